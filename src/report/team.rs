//! What the team view says about many people's results of one model version: how many took
//! part, where the middle of the team is, how many are at each stage, each area's spread, and
//! where people disagree most; also the team's spreadsheet. Built from `core::team::stats`.

use super::{placement_text, whole_percent};
use crate::core::answers::Answers;
use crate::core::export::csv_lines;
use crate::core::model::Model;
use crate::core::scoring::{Placement, score};
use crate::core::team::stats::{Picture, Spread};
use crate::i18n::{self, Catalog, Text};
use crate::text;

/// Questions listed under "where people disagree most".
pub const DISAGREE_QUESTIONS: usize = 5;

/// One stage and how many people are at it.
#[derive(Debug, Clone, PartialEq)]
pub struct StageRow {
    pub stage: Text,
    pub people: usize,
    /// Its share of the largest count, 0.0–1.0, for the bar's length.
    pub bar: f64,
}

/// A spread in whole percent: lowest, lower quartile, median, upper quartile, highest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Five(pub [u32; 5]);

impl Five {
    pub fn of(spread: &Spread) -> Five {
        let s = spread;
        Five([s.lowest, s.q1, s.median, s.q3, s.highest].map(whole_percent))
    }

    pub fn median(&self) -> u32 {
        self.0[2]
    }

    /// "lowest 20%, middle half 40–70%, highest 90%".
    pub fn words(&self) -> Text {
        let [lowest, q1, _, q3, highest] = self.0;
        text!(i18n::TEAM_SPREAD, lowest = lowest, lower = q1, upper = q3, highest = highest)
    }
}

/// One area (dimension) across the team.
#[derive(Debug, Clone, PartialEq)]
pub struct AreaRow {
    pub index: usize,
    pub name: Text,
    pub five: Five,
    /// Each person's score, whole percent, in the group's order.
    pub marks: Vec<u32>,
    /// "People are 14 points apart on average".
    pub apart: Text,
}

/// A question people answered differently, with how the answers spread.
#[derive(Debug, Clone, PartialEq)]
pub struct QuestionRow {
    pub index: usize,
    /// "Question 7 of 22 (Customer insight)".
    pub label: Text,
    pub prompt: Text,
    /// Each choice (the options, lowest first, then "Not sure") and how many chose it.
    pub answers: Vec<(Text, usize)>,
    pub apart: Text,
}

/// The team's picture in words and numbers.
#[derive(Debug, Clone, PartialEq)]
pub struct TeamReport {
    /// "Six-stage model, 12 people".
    pub title: Text,
    /// Where the middle of the team is.
    pub middle: Text,
    pub stages: Vec<StageRow>,
    /// Every area, in the model's order.
    pub areas: Vec<AreaRow>,
    /// Area indexes, most disagreement first.
    pub area_order: Vec<usize>,
    /// The questions with the most disagreement, most first (at most `DISAGREE_QUESTIONS`, and
    /// only those people answered differently).
    pub questions: Vec<QuestionRow>,
}

fn stage(model: &Model, stage: usize) -> Text {
    placement_text(model, Placement { stage, complete_stages: None })
}

/// "People are 14 points apart on average", from a 0.0–1.0 mean difference.
fn apart(disagreement: f64) -> Text {
    i18n::TEAM_APART.count(whole_percent(disagreement) as usize, Vec::new())
}

/// What the team view says of `picture`, the picture of `model`'s results.
pub fn team_report(model: &Model, picture: &Picture) -> TeamReport {
    let (low, high) = picture.median_stage;
    let middle = if low == high {
        text!(i18n::TEAM_MIDDLE, stage = stage(model, low))
    } else {
        text!(i18n::TEAM_MIDDLE_BETWEEN, low = stage(model, low), high = stage(model, high))
    };
    let most = picture.stages.iter().copied().max().unwrap_or(0).max(1);
    let stages = picture
        .stages
        .iter()
        .enumerate()
        .map(|(i, &people)| StageRow { stage: stage(model, i + 1), people, bar: people as f64 / most as f64 })
        .collect();
    let areas = picture
        .areas
        .iter()
        .enumerate()
        .map(|(index, area)| AreaRow {
            index,
            name: Text::from(&*model.dimensions[index].name),
            five: Five::of(&area.spread),
            marks: area.marks.iter().map(|&m| whole_percent(m)).collect(),
            apart: apart(area.disagreement),
        })
        .collect();
    let questions = picture
        .question_order
        .iter()
        .filter(|&&q| picture.questions[q].disagreement > 0.0)
        .take(DISAGREE_QUESTIONS)
        .map(|&q| question_row(model, picture, q))
        .collect();
    TeamReport {
        title: i18n::TEAM_GROUP_TITLE.count(picture.people, vec![("model", Text::from(&*model.name))]),
        middle,
        stages,
        areas,
        area_order: picture.area_order.clone(),
        questions,
    }
}

/// Question `q` across the team.
pub fn question_row(model: &Model, picture: &Picture, q: usize) -> QuestionRow {
    let question = &model.questions[q];
    let spread = &picture.questions[q];
    let area = &*model.dimensions[model.dimension_of(q)].name;
    let labels = model.options(q).iter().map(|o| Text::from(&*o.label)).chain([i18n::RESULT_NOT_SURE.into()]);
    QuestionRow {
        index: q,
        label: text!(i18n::TEAM_QUESTION_LABEL, number = q + 1, total = model.questions.len(), area = area),
        prompt: Text::from(&*question.prompt),
        answers: labels.zip(spread.counts.iter().copied()).collect(),
        apart: apart(spread.disagreement),
    }
}

/// How many people are at each stage, as one line ("Stage 2 of 6, Explore: 3 people; …").
pub fn stage_counts(report: &TeamReport) -> Vec<Text> {
    report
        .stages
        .iter()
        .filter(|row| row.people > 0)
        .map(|row| i18n::TEAM_STAGE_PEOPLE.count(row.people, vec![("stage", row.stage.clone())]))
        .collect()
}

/// The team's spreadsheet (RFC 4180): one row per person of `people` (answers to `model`), with
/// the name typed for them (`names`, "" for none), their result, each area's score as `report`
/// has it, and their answers in the text form of `core::answers`. The column names are the
/// documented format's (`docs/team-view.md`), the same in every language.
pub fn team_csv(model: &Model, people: &[Answers], report: &TeamReport, names: &[String], catalog: &Catalog) -> String {
    let mut header = vec!["person".to_string(), "name".into(), "model".into(), "version".into(), "result".into()];
    header.extend(report.areas.iter().map(|a| format!("{} %", a.name.render(catalog))));
    header.push("answers".into());
    let mut lines = vec![header];
    for (k, answers) in people.iter().enumerate() {
        let mut line = vec![
            (k + 1).to_string(),
            names.get(k).cloned().unwrap_or_default(),
            model.name.to_string(),
            model.version.to_string(),
            placement_text(model, score(model, answers).placement()).render(catalog),
        ];
        line.extend(report.areas.iter().map(|a| a.marks.get(k).copied().unwrap_or(0).to_string()));
        line.push(answers.encode());
        lines.push(line);
    }
    csv_lines(&lines)
}
