#![cfg(not(target_arch = "wasm32"))]
//! The message catalogue: arguments filled in by name, plural forms chosen by the count, text from
//! models passed through as it is, every message of the English catalogue well formed, and every
//! text the report layer and the core's problems build rendered with all its arguments.

use cx_maturity::core::answers::{Answer, Answers, AnswersError};
use cx_maturity::core::catalog::CATALOG;
use cx_maturity::core::crosswalk::ladders_besides;
use cx_maturity::core::export::ImportError;
use cx_maturity::core::history::{Field, RecordProblem};
use cx_maturity::core::model::Model;
use cx_maturity::core::progress::LoadProblem;
use cx_maturity::core::scoring::score;
use cx_maturity::core::share::ShareError;
use cx_maturity::i18n::{self, Catalog, MESSAGES, Msg, PART, Plural, Text};
use cx_maturity::report::compare::{compare, summary_line};
use cx_maturity::report::method::{
    CROSSWALK_EXAMPLE, CROSSWALK_RULE, CROSSWALK_TITLE, INDEPENDENCE, LEAD, LIMITS, LIMITS_TITLE, method_page,
};
use cx_maturity::report::result_report;
use cx_maturity::report::screen::{begin_label, discard_prompt, keys_hint, minutes_line, next_label, question_place};
use cx_maturity::text;
use cx_maturity::ui::words::Show;

const GREETING: Msg = Msg { id: 0, en: "Your result: {placement}, by {who}" };
const RESULTS: Plural = Plural { id: 1, one: "{n} saved result in {where}", other: "{n} saved results in {where}" };

#[test]
fn arguments_are_filled_in_by_name() {
    let t = text!(GREETING, placement = "stage 3 of 6", who = Text::from("you"));
    assert_eq!(t.en(), "Your result: stage 3 of 6, by you");
    // A message can be an argument of another, and a number is written as one.
    let nested = text!(GREETING, placement = text!(GREETING, placement = 3usize, who = "B"), who = "A");
    assert_eq!(nested.en(), "Your result: Your result: 3, by B, by A");
}

#[test]
fn plural_forms_follow_the_count() {
    let t = |n| RESULTS.count(n, vec![("where", "this browser".into())]).en();
    assert_eq!(t(1), "1 saved result in this browser");
    assert_eq!(t(0), "0 saved results in this browser");
    assert_eq!(t(10_000), "10000 saved results in this browser");
}

#[test]
fn a_missing_argument_shows_its_name_rather_than_vanishing() {
    assert_eq!(text!(GREETING, placement = "x").en(), "Your result: x, by {who}");
    let open = Msg { id: 2, en: "a {b" };
    assert_eq!(Text::from(open).en(), "a {b");
}

#[test]
fn text_from_a_model_is_shown_as_it_is() {
    let t = text!(GREETING, placement = "{who} <b>bold</b>", who = "me");
    assert_eq!(t.en(), "Your result: {who} <b>bold</b>, by me", "arguments are not filled in twice, and never markup");
    assert_eq!(Catalog::english().lang(), "en");
}

#[test]
fn a_message_without_arguments_renders_as_its_text() {
    assert_eq!(i18n::NAV_BACK.en(), "Back");
    assert_eq!(i18n::NAV_BACK.en(), Text::from(i18n::NAV_BACK).en());
}

#[test]
fn a_sentence_is_cut_where_the_part_a_component_lays_out_stands() {
    let cut = |t: Text| t.tr_around();
    let pair = |a: &str, b: &str| (a.to_string(), b.to_string());
    assert_eq!(cut(text!(GREETING, placement = PART, who = "you")), pair("Your result: ", ", by you"));
    assert_eq!(cut(text!(GREETING, placement = "x", who = PART)), pair("Your result: x, by ", ""));
    // A text without the part (a language that left the argument out) is all before it.
    assert_eq!(cut(text!(GREETING, placement = "x", who = "y")), pair("Your result: x, by y", ""));
    assert_eq!(cut(text!(i18n::RESULT_YOUR_ANSWER, answer = PART)), pair("Your answer: ", ""));
    assert_eq!(cut(text!(i18n::RESULT_SOURCE_NOTE, n = PART)), pair("(source ", ")"));
    assert_eq!(cut(text!(i18n::MY_RESULTS_OPEN, result = PART)), pair("Open ", ""));
}

#[test]
fn the_catalogue_has_messages() {
    assert!(MESSAGES > 0);
}

fn load(id: &str) -> Model {
    let file = format!("models/{id}.json");
    Model::from_json(&file, &std::fs::read_to_string(&file).expect("model file")).expect("valid model")
}

/// Every answer set worth rendering for `m`: each option everywhere, every answer "Not sure",
/// and mixtures that hold a dimension back, leave one unknown or set answers far apart.
fn answer_sets(m: &Model) -> Vec<Answers> {
    let n = m.questions.len();
    let top = |q: usize| m.options(q).len() - 1;
    let set = |pick: &dyn Fn(usize) -> Answer| {
        let mut a = Answers::empty(m);
        for q in 0..n {
            a.set(q, pick(q));
        }
        a
    };
    let most = (0..n).map(|q| m.options(q).len()).max().unwrap_or(1);
    let mut sets: Vec<Answers> = (0..most).map(|k| set(&|q| Answer::Option(k.min(top(q)) as u8))).collect();
    sets.push(set(&|_| Answer::NotSure));
    sets.push(set(&|q| if q % 2 == 0 { Answer::NotSure } else { Answer::Option(top(q) as u8) }));
    for d in 0..m.dimensions.len() {
        let in_d = |q: usize| m.dimension_of(q) == d;
        sets.push(set(&|q| Answer::Option(if in_d(q) { 0 } else { top(q) as u8 })));
        sets.push(set(&|q| if in_d(q) { Answer::NotSure } else { Answer::Option(top(q) as u8) }));
        sets.push(set(&|q| Answer::Option(if in_d(q) { top(q).saturating_sub(1) as u8 } else { top(q) as u8 })));
        sets.push(set(&|q| Answer::Option(if in_d(q) && q % 2 == 0 { 0 } else { top(q) as u8 })));
    }
    sets
}

fn assert_filled(what: &str, text: &Text) {
    let english = text.en();
    assert!(!english.contains(['{', '}']), "{what}: an argument is not filled in: {english:?} from {text:?}");
}

#[test]
fn every_report_and_methodology_text_renders_with_its_arguments_filled_in() {
    let models: Vec<Model> = CATALOG.iter().map(|e| load(e.id)).collect();
    for m in &models {
        let ladders = ladders_besides(&m.id, &Catalog::english());
        let sets = answer_sets(m);
        let outcomes: Vec<_> = sets.iter().map(|a| score(m, a)).collect();
        for (i, (answers, outcome)) in sets.iter().zip(&outcomes).enumerate() {
            let what = format!("{} {}", m.id, answers.encode());
            let report = result_report(m, outcome, answers, &ladders);
            let texts = report.texts();
            assert!(texts.len() > 10, "{what}: {} texts", texts.len());
            for text in texts {
                assert_filled(&what, text);
            }
            assert_filled(&what, &summary_line(m, outcome));
            let previous = &outcomes[i.saturating_sub(1)];
            let c = compare((m, previous), (m, outcome));
            for text in
                [&c.before, &c.after, &c.overall].into_iter().chain(&c.notes).chain(c.rows.iter().map(|r| &r.change))
            {
                assert_filled(&what, text);
            }
        }
    }
    for part in method_page(models.iter()) {
        for text in part.texts() {
            assert_filled(&part.id, text);
        }
    }
    for msg in
        [LEAD, LIMITS_TITLE, INDEPENDENCE, CROSSWALK_TITLE, CROSSWALK_RULE, CROSSWALK_EXAMPLE].iter().chain(LIMITS)
    {
        assert_filled("methodology", &Text::from(*msg));
    }
    for n in 0..3 {
        for text in
            [begin_label(n, 20, false), question_place(n, 20), next_label(n, 20), discard_prompt(n), keys_hint(n)]
        {
            assert_filled("screens", &text);
        }
    }
    assert_filled("intro", &minutes_line(12, 1800));
}

#[test]
fn every_problem_sentence_renders_with_its_arguments_filled_in() {
    let answers = [
        AnswersError::WrongLength { expected: 4, found: 2 },
        AnswersError::BadCharacter { position: 3 },
        AnswersError::NoSuchOption { question: 1 },
    ];
    let mut texts: Vec<Text> = answers.iter().map(AnswersError::text).collect();
    texts.extend(answers.iter().map(|e| LoadProblem::BadAnswers(e.clone()).text()));
    texts.extend(answers.iter().map(|e| RecordProblem::BadAnswers(e.clone()).text()));
    texts.extend(
        [
            LoadProblem::Unreadable,
            LoadProblem::OtherFormat(3),
            LoadProblem::UnknownFormat("cxm7".into()),
            LoadProblem::OtherModel("m".into()),
            LoadProblem::OtherVersion { saved: 1, current: 2 },
        ]
        .iter()
        .map(LoadProblem::text),
    );
    let fields = [Field::Format, Field::Id, Field::Taken, Field::Model, Field::Version, Field::Answers];
    texts.extend(fields.map(|f| RecordProblem::BadField(f).text()));
    texts.extend(
        [
            RecordProblem::Unreadable,
            RecordProblem::NewerFormat(u64::MAX),
            RecordProblem::UnknownField("zz".into()),
            RecordProblem::OtherModel("m".into()),
            RecordProblem::OtherVersion { saved: 1, current: 3 },
            RecordProblem::UnknownVersion(9),
            RecordProblem::Incomplete { answered: 2, questions: 5 },
        ]
        .iter()
        .map(RecordProblem::text),
    );
    texts.extend(
        [
            ImportError::TooLarge,
            ImportError::NotJson("expected value at line 1 column 1".into()),
            ImportError::NotExport,
            ImportError::NewerVersion(2),
            ImportError::Damaged("missing field `results`".into()),
            ImportError::TooMany(10_001),
        ]
        .iter()
        .map(ImportError::text),
    );
    texts.extend(
        [
            ShareError::Empty,
            ShareError::TooLong,
            ShareError::BadCharacter { position: 5 },
            ShareError::Truncated,
            ShareError::Altered,
            ShareError::NewerFormat,
            ShareError::UnknownModel,
            ShareError::OtherModel,
            ShareError::OtherVersion { link: 1, app: 2 },
            ShareError::BadAnswers,
            ShareError::Unanswered,
            ShareError::NotShareable,
        ]
        .iter()
        .map(ShareError::text),
    );
    for text in &texts {
        assert_filled("problems", text);
    }
    assert_eq!(
        RecordProblem::NewerFormat(u64::MAX).to_string(),
        format!("it was saved by a newer version of this tool (format {})", u64::MAX),
        "a number too large for the catalogue's numbers is shown as given"
    );
}

/// Every plural message of the English catalogue, with arguments for its other names.
fn plurals() -> Vec<(Plural, Vec<(&'static str, Text)>)> {
    let names = || vec![("names", Text::from("Insights"))];
    vec![
        (i18n::RESULT_PROBLEMS, names()),
        (i18n::ADVICE_CHASM_SHORT, names()),
        (i18n::ADVICE_CHASM_UNKNOWN, names()),
        (
            i18n::ADVICE_BEST_CASE,
            vec![("current", "stage 2 of 6, Explore".into()), ("best", "stage 6 of 6, Embed".into())],
        ),
        (i18n::METHOD_DIMENSION_ABOUT, vec![("description", "What it is.".into())]),
        (i18n::SCREEN_DISCARD_PROMPT, vec![]),
        (i18n::SCREEN_MINUTES, vec![("words", 1903usize.into())]),
        (i18n::COMPARE_UP_POINTS, vec![]),
        (i18n::COMPARE_DOWN_POINTS, vec![]),
        (i18n::NOTICES_RESULTS_NEWER, vec![]),
        (i18n::NOTICES_RESULTS_SET_ASIDE, vec![("why", "it is not a saved result this tool can read".into())]),
        (i18n::RESULT_WHOLE_PLAN, vec![]),
        (i18n::MY_RESULTS_NOT_ALL_DELETED, vec![]),
        (i18n::MY_RESULTS_STORED_RESULTS, vec![]),
        (i18n::MY_RESULTS_STORED_PROGRESS, vec![]),
        (i18n::MY_RESULTS_STORED_ASIDE, vec![]),
        (i18n::TRANSFER_LEFT_OUT, vec![]),
        (i18n::TRANSFER_IMPORTING, vec![]),
        (i18n::TRANSFER_IMPORTED, vec![]),
        (i18n::TRANSFER_KEPT_FULL, vec![]),
        (i18n::TRANSFER_KEPT_REFUSED, vec![]),
        (i18n::TRANSFER_DUPLICATES, vec![]),
        (i18n::MY_RESULTS_STORED_TEAMS, vec![]),
        (i18n::TEAM_ADDED, vec![]),
        (i18n::TEAM_ADDED_REPEATS, vec![]),
        (i18n::TEAM_ADDED_DAMAGED, vec![]),
        (i18n::TEAM_DAMAGED_TITLE, vec![]),
        (i18n::TEAM_GROUP_TITLE, vec![("model", "Six-stage CX maturity".into())]),
        (i18n::TEAM_PEOPLE, vec![]),
        (i18n::TEAM_STAGE_PEOPLE, vec![("stage", "stage 3 of 6, Mobilize".into())]),
        (i18n::TEAM_APART, vec![]),
        (i18n::TEAM_SHOW_EVERYONE, vec![]),
        (i18n::TEAM_SAVED_NEWER, vec![]),
        (i18n::TEAM_SAVED_SET_ASIDE, vec![("why", "it is not a saved team picture".into())]),
        (i18n::TEAM_WORKSHOP_ABOUT, vec![]),
        (i18n::TEAM_CONSENSUS_OF, vec![]),
    ]
}

#[test]
fn plural_messages_take_the_one_form_for_1_and_the_other_for_2() {
    let list = plurals();
    // The list is the whole catalogue's: as many plurals as the files hold, and the same ones.
    let mut in_files: Vec<String> = Vec::new();
    for entry in std::fs::read_dir("messages/en").expect("messages/en") {
        let path = entry.expect("entry").path();
        let file: serde_json::Map<String, serde_json::Value> =
            serde_json::from_str(&std::fs::read_to_string(&path).expect("readable")).expect("a JSON object");
        in_files.extend(file.values().filter_map(|v| v.get("one")?.as_str().map(String::from)));
    }
    let mut listed: Vec<String> = list.iter().map(|(p, _)| p.one.to_string()).collect();
    in_files.sort();
    listed.sort();
    assert_eq!(listed, in_files, "every plural message is checked here");
    // The template with `{n}` and each argument written in, as the catalogue should fill it.
    let fill = |template: &str, n: usize, args: &[(&str, Text)]| {
        args.iter().fold(template.replace("{n}", &n.to_string()), |t, (k, v)| t.replace(&format!("{{{k}}}"), &v.en()))
    };
    for (plural, args) in list {
        assert_ne!(plural.one, plural.other, "{plural:?}");
        assert_eq!(plural.count(1, args.clone()).en(), fill(plural.one, 1, &args), "{plural:?}");
        assert_eq!(plural.count(2, args.clone()).en(), fill(plural.other, 2, &args), "{plural:?}");
    }
    // The same forms reached through the report: one answer and two, one point and two.
    assert_eq!(discard_prompt(1).en(), "Discard your 1 answer and start again?");
    assert_eq!(discard_prompt(2).en(), "Discard your 2 answers and start again?");
}
