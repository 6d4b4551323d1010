//! What the team view says of a team's picture: hand-checked on small teams of the six-stage
//! model whose people answer every question alike (a person answering option n is at stage n).

mod support;

use cx_maturity::core::answers::{Answer, Answers};
use cx_maturity::core::model::Model;
use cx_maturity::core::team::stats::combine;
use cx_maturity::i18n::Catalog;
use cx_maturity::report::team::{DISAGREE_QUESTIONS, Five, TeamReport, stage_counts, team_csv, team_report};
use support::all;

fn six_stage() -> Model {
    let file = "models/six-stage.json";
    Model::from_json(file, &std::fs::read_to_string(file).expect("model file")).expect("valid model")
}

/// What the team view says of `people`.
fn report(m: &Model, people: &[Answers]) -> TeamReport {
    team_report(m, &combine(m, people).expect("a team of at least one"))
}

/// People answering every question with option index `i` (stage i + 1), one for each of `picks`.
fn team(model: &Model, picks: &[u8]) -> Vec<Answers> {
    picks.iter().map(|&i| all(model, i)).collect()
}

#[test]
fn five_people_the_middle_the_stage_counts_and_each_area_spread() {
    let m = six_stage();
    let people = team(&m, &[0, 1, 2, 2, 3]);
    let r = report(&m, &people);
    assert_eq!(r.title.en(), "Six-stage CX maturity: 5 people");
    assert_eq!(r.middle.en(), "The middle of the team: stage 3 of 6, Mobilize.");
    let counts: Vec<usize> = r.stages.iter().map(|s| s.people).collect();
    assert_eq!(counts, [1, 1, 2, 1, 0, 0]);
    // The bar of the largest count is full; the others are its share.
    assert_eq!(r.stages.iter().map(|s| s.bar).collect::<Vec<_>>(), [0.5, 0.5, 1.0, 0.5, 0.0, 0.0]);
    assert_eq!(
        stage_counts(&r).iter().map(|t| t.en()).collect::<Vec<_>>(),
        [
            "stage 1 of 6, Ignore: 1 person",
            "stage 2 of 6, Explore: 1 person",
            "stage 3 of 6, Mobilize: 2 people",
            "stage 4 of 6, Operationalize: 1 person"
        ]
    );
    // Area scores 0, 20, 40, 40, 60: quartiles at ranks 1 and 3 (of 0..4) are 20 and 40.
    for area in &r.areas {
        assert_eq!(area.five, Five([0, 20, 40, 40, 60]));
        assert_eq!(area.marks, [0, 20, 40, 40, 60]);
        assert_eq!(area.five.words().en(), "lowest 0%, middle half 20–40%, highest 60%");
    }
}

#[test]
fn an_even_team_split_down_the_middle_names_both_middle_stages() {
    let m = six_stage();
    let r = report(&m, &team(&m, &[0, 1, 2, 3]));
    assert_eq!(r.middle.en(), "The middle of the team lies between stage 2 of 6, Explore and stage 3 of 6, Mobilize.");
    let agreed = report(&m, &team(&m, &[1, 2, 2, 4]));
    assert_eq!(agreed.middle.en(), "The middle of the team: stage 3 of 6, Mobilize.");
}

#[test]
fn the_questions_answered_most_differently_come_first_and_only_disputed_ones_are_listed() {
    let m = six_stage();
    let last = m.questions.len() - 1;
    // Everyone agrees on everything but the last question, where one person is far apart.
    let mut people = team(&m, &[2, 2, 2]);
    people[0].set(last, Answer::Option(5));
    let r = report(&m, &people);
    assert_eq!(r.questions.len(), 1);
    let q = &r.questions[0];
    assert_eq!(q.index, last);
    assert_eq!(q.label.en(), format!("Question 22 of 22 ({})", m.dimensions[m.dimension_of(last)].name));
    let counts: Vec<usize> = q.answers.iter().map(|(_, n)| *n).collect();
    assert_eq!(counts, [0, 0, 2, 0, 0, 1, 0]);
    assert_eq!(q.answers.last().map(|(label, _)| label.en()).as_deref(), Some("Not sure"));
    // Options 3 and 6 of six score 40 and 100: two of the three pairs differ by 60, one by 0.
    assert_eq!(q.apart.en(), "two people's scores differ by 40 points on average");
    // A team that disagrees everywhere lists at most DISAGREE_QUESTIONS, most disputed first.
    let spread = report(&m, &team(&m, &[0, 5, 2]));
    assert_eq!(spread.questions.len(), DISAGREE_QUESTIONS);
    assert_eq!(spread.questions.iter().map(|q| q.index).collect::<Vec<_>>(), [0, 1, 2, 3, 4]);
}

#[test]
fn the_spreadsheet_has_a_row_per_person_with_the_name_typed() {
    let m = six_stage();
    let people = team(&m, &[0, 2]);
    let r = report(&m, &people);
    let csv = team_csv(&m, &people, &r, &["Ana, CX".to_string(), String::new()], &Catalog::english());
    let lines: Vec<&str> = csv.split("\r\n").collect();
    let areas: Vec<String> = m.dimensions.iter().map(|d| format!("{} %", d.name)).collect();
    assert_eq!(lines[0], format!("person,name,model,version,result,{},answers", areas.join(",")));
    let zeros = vec!["0"; m.dimensions.len()].join(",");
    assert_eq!(
        lines[1],
        format!(
            "1,\"Ana, CX\",Six-stage CX maturity,{},\"stage 1 of 6, Ignore\",{zeros},{}",
            m.version,
            "0".repeat(22)
        )
    );
    assert!(lines[2].starts_with("2,,Six-stage CX maturity,"));
    assert_eq!(lines.len(), 4, "two rows and the line end after the last");
}
