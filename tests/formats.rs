#![cfg(not(target_arch = "wasm32"))]
//! The stored forms: the answer codec, saved progress and the older one-line form still read for
//! migration, including every way stored data can be wrong.

mod support;

use cx_maturity::core::answers::{Answer, Answers, AnswersError};
use cx_maturity::core::progress::{LoadProblem, Progress, SAVED_FORMAT, SavedProgress, Stored, read_stored};
use support::{answers, model};

fn small() -> cx_maturity::core::model::Model {
    model(2, 2, 3, &[1, 2, 3], r#"{"rule":"average"}"#)
}

#[test]
fn answers_round_trip_through_text() {
    let m = small();
    for text in ["----", "0?21", "????", "2222", "0-1-"] {
        assert_eq!(answers(&m, text).encode(), text);
    }
    let a = answers(&m, "0?2-");
    assert_eq!(a.get(0), Answer::Option(0));
    assert_eq!(a.get(1), Answer::NotSure);
    assert_eq!(a.get(3), Answer::Unanswered);
    assert_eq!(a.get(99), Answer::Unanswered);
    assert_eq!(a.answered(), 3);
    assert_eq!(a.first_unanswered(), Some(3));
    assert!(!a.is_complete());
}

#[test]
fn an_answer_and_its_place_in_the_radio_group_match() {
    // Three options, then "Not sure" at position 3.
    let table = [(0, Answer::Option(0)), (2, Answer::Option(2)), (3, Answer::NotSure)];
    for (position, answer) in table {
        assert_eq!(Answer::at(position, 3), answer);
        assert_eq!(answer.position(3), Some(position));
    }
    assert_eq!(Answer::Unanswered.position(3), None);
}

#[test]
fn the_open_question_stays_on_the_last_while_the_result_is_shown() {
    let m = small();
    let at = |current| Progress { answers: answers(&m, "0?21"), current }.open_question();
    assert_eq!([at(0), at(2), at(3), at(4)], [0, 2, 3, 3]);
}

#[test]
fn malformed_answer_text_is_refused_with_a_reason() {
    let m = small();
    let table: &[(&str, AnswersError)] = &[
        ("012", AnswersError::WrongLength { expected: 4, found: 3 }),
        ("01234", AnswersError::WrongLength { expected: 4, found: 5 }),
        ("01!2", AnswersError::BadCharacter { position: 2 }),
        ("01A2", AnswersError::BadCharacter { position: 2 }),
        ("0132", AnswersError::NoSuchOption { question: 2 }),
        ("ééé", AnswersError::WrongLength { expected: 4, found: 3 }),
    ];
    for (text, error) in table {
        assert_eq!(Answers::decode(&m, text).as_ref(), Err(error), "{text}");
    }
}

/// `progress` saved for `m` as the app stores it, and read back.
fn saved_and_restored(m: &cx_maturity::core::model::Model, progress: &Progress) -> Result<Progress, LoadProblem> {
    let text = serde_json::to_string(&SavedProgress::new(m, progress)).expect("a record is always written");
    assert!(text.starts_with('{'), "a JSON record, not the earlier line format: {text}");
    serde_json::from_str::<SavedProgress>(&text).expect("a written record reads back").restore(m)
}

#[test]
fn progress_round_trips() {
    let m = small();
    let saved = Progress { answers: answers(&m, "0?2-"), current: 3 };
    assert_eq!(saved_and_restored(&m, &saved), Ok(saved));
    let finished = Progress { answers: answers(&m, "0?21"), current: 4 };
    assert_eq!(saved_and_restored(&m, &finished), Ok(finished));
}

#[test]
fn saved_progress_is_plain_json() {
    let m = small();
    let saved = SavedProgress::new(&m, &Progress { answers: answers(&m, "0?2-"), current: 3 });
    assert_eq!(
        serde_json::to_string(&saved).unwrap(),
        r#"{"format":2,"model":"test","version":1,"answers":"0?2-","current":3}"#
    );
    // A later version may add fields; they are left alone.
    let later = r#"{"format":2,"model":"test","version":1,"answers":"0?2-","current":3,"theme":"dark"}"#;
    assert_eq!(serde_json::from_str::<SavedProgress>(later).unwrap(), saved);
}

#[test]
fn a_saved_record_is_checked_before_use() {
    let m = small();
    let record = |format, model: &str, version, answers: &str, current| SavedProgress {
        format,
        model: model.into(),
        version,
        answers: answers.into(),
        current,
    };
    // (record, the answers and open question read back, or the problem)
    type Case = (SavedProgress, Result<(&'static str, usize), LoadProblem>);
    let table: &[Case] = &[
        (record(SAVED_FORMAT, "test", 1, "01--", 2), Ok(("01--", 2))),
        // A result screen saved without every answer reopens at the first open question.
        (record(SAVED_FORMAT, "test", 1, "01--", 4), Ok(("01--", 2))),
        (record(SAVED_FORMAT, "test", 1, "0---", 99), Ok(("0---", 1))),
        (record(SAVED_FORMAT, "test", 1, "0?21", 99), Ok(("0?21", 4))),
        (record(3, "test", 1, "0000", 0), Err(LoadProblem::OtherFormat(3))),
        (record(1, "test", 1, "0000", 0), Err(LoadProblem::OtherFormat(1))),
        (record(SAVED_FORMAT, "other", 1, "0000", 0), Err(LoadProblem::OtherModel("other".into()))),
        (record(SAVED_FORMAT, "test", 2, "0000", 0), Err(LoadProblem::OtherVersion { saved: 2, current: 1 })),
        (
            record(SAVED_FORMAT, "test", 1, "00", 0),
            Err(LoadProblem::BadAnswers(AnswersError::WrongLength { expected: 4, found: 2 })),
        ),
        (
            record(SAVED_FORMAT, "test", 1, "<b>x", 0),
            Err(LoadProblem::BadAnswers(AnswersError::BadCharacter { position: 0 })),
        ),
    ];
    for (saved, expected) in table {
        let got = saved.clone().restore(&m);
        let expected = expected.clone().map(|(a, current)| Progress { answers: answers(&m, a), current });
        assert_eq!(got, expected, "{saved:?}");
    }
    assert!(LoadProblem::OtherFormat(3).to_string().contains("a different version of this tool (format 3)"));
}

#[test]
fn the_older_one_line_form_is_read_for_migration() {
    let m = small();
    // (stored text, the answers and open question read back, or the problem)
    type Case = (&'static str, Result<(&'static str, usize), LoadProblem>);
    let table: &[Case] = &[
        ("cxm1 test 1 01-- 2", Ok(("01--", 2))),
        // A result screen saved without every answer reopens at the first open question.
        ("cxm1 test 1 01-- 4", Ok(("01--", 2))),
        ("cxm1 test 1 0--- 99", Ok(("0---", 1))),
        ("not stored by us at all", Err(LoadProblem::Unreadable)),
        ("", Err(LoadProblem::Unreadable)),
        ("null", Err(LoadProblem::Unreadable)),
        (r#"{"format":1,"model":"test"}"#, Err(LoadProblem::Unreadable)),
        ("cxm1", Err(LoadProblem::Unreadable)),
        ("cxm1 test 1 01--", Err(LoadProblem::Unreadable)),
        ("cxm1 test 1 01-- 2 extra", Err(LoadProblem::Unreadable)),
        ("cxm1 test one 01-- 2", Err(LoadProblem::Unreadable)),
        ("cxm1 test 1 01-- -2", Err(LoadProblem::Unreadable)),
        ("cxm1  test 1 01-- 2", Err(LoadProblem::Unreadable)),
        ("cxm7 whatever the future holds", Err(LoadProblem::UnknownFormat("cxm7".into()))),
        ("cxm1 other 1 0000 0", Err(LoadProblem::OtherModel("other".into()))),
        ("cxm1 test 2 0000 0", Err(LoadProblem::OtherVersion { saved: 2, current: 1 })),
        ("cxm1 test 1 00 0", Err(LoadProblem::BadAnswers(AnswersError::WrongLength { expected: 4, found: 2 }))),
        ("cxm1 test 1 <b>x 0", Err(LoadProblem::BadAnswers(AnswersError::BadCharacter { position: 0 }))),
    ];
    for (text, expected) in table {
        let got = Progress::from_legacy(&m, text);
        let expected = expected.clone().map(|(a, current)| Progress { answers: answers(&m, a), current });
        assert_eq!(got, expected, "{text}");
    }
}

#[test]
fn load_problems_read_as_plain_words() {
    assert_eq!(LoadProblem::Unreadable.to_string(), "the saved answers in this browser could not be read");
    assert!(LoadProblem::OtherVersion { saved: 1, current: 2 }.to_string().contains("version 1"));
    // The answers' own problem, in the words the tables above compared before they compared errors.
    for (problem, sentence) in [
        (AnswersError::WrongLength { expected: 4, found: 2 }, "it has 2 answers but the questionnaire has 4 questions"),
        (AnswersError::BadCharacter { position: 0 }, "answer 1 is not readable"),
        (AnswersError::NoSuchOption { question: 2 }, "answer 3 is not one of the options"),
    ] {
        assert_eq!(
            LoadProblem::BadAnswers(problem).to_string(),
            format!("the saved answers could not be used: {sentence}")
        );
    }
    assert_eq!(
        LoadProblem::UnknownFormat("cxm7".into()).to_string(),
        "the saved answers were written by a different version of this tool (cxm7)"
    );
}

/// The stored value classified by `read_stored` for model `m` (version 1, format 2).
fn stored(m: &cx_maturity::core::model::Model, text: &str) -> Stored {
    read_stored(m, text)
}

// Guards the reliability review's M-6 and H-1: a release must tell a newer release's progress
// (leave it, never write over it) and an earlier version's (keep it until replaced) from what is
// really corrupt (the only kind set aside).
#[test]
fn stored_progress_is_told_apart_by_who_wrote_it() {
    let m = small();
    let usable = Progress { answers: answers(&m, "0?2-"), current: 3 };
    let record = |format: u32, model: &str, version: u32, answers: &str| {
        format!(r#"{{"format":{format},"model":"{model}","version":{version},"answers":"{answers}","current":3}}"#)
    };
    let table: &[(&str, String, Stored)] = &[
        ("this release's record", record(SAVED_FORMAT, "test", 1, "0?2-"), Stored::Usable(usable.clone())),
        ("an earlier release's line", "cxm1 test 1 0?2- 3".into(), Stored::Legacy(usable.clone())),
        ("a newer format", record(SAVED_FORMAT + 1, "test", 1, "0?2-"), Stored::Newer),
        ("a newer format with fields renamed", r#"{"format":3,"quiz":"test","given":"0"}"#.into(), Stored::Newer),
        ("a newer version of the questions", record(SAVED_FORMAT, "test", 2, "0?2-0"), Stored::Newer),
        ("an earlier line of a newer version", "cxm1 test 7 0?2- 3".into(), Stored::Newer),
        ("an earlier version of the questions", record(SAVED_FORMAT, "test", 0, "0?"), Stored::Earlier { version: 0 }),
        ("an earlier line of an earlier version", "cxm1 test 0 0?2- 3".into(), Stored::Earlier { version: 0 }),
        (
            "another model's record",
            record(SAVED_FORMAT, "other", 1, "0?2-"),
            Stored::Corrupt(LoadProblem::OtherModel("other".into())),
        ),
        ("an older JSON format", record(1, "test", 1, "0?2-"), Stored::Corrupt(LoadProblem::OtherFormat(1))),
        ("not JSON and not a line", "{{{".into(), Stored::Corrupt(LoadProblem::Unreadable)),
        ("JSON that is not a record", "[1,2]".into(), Stored::Corrupt(LoadProblem::Unreadable)),
        (
            "a record without its version",
            r#"{"format":2,"model":"test"}"#.into(),
            Stored::Corrupt(LoadProblem::Unreadable),
        ),
        (
            "answers of the wrong length",
            record(SAVED_FORMAT, "test", 1, "0?2"),
            Stored::Corrupt(LoadProblem::BadAnswers(AnswersError::WrongLength { expected: 4, found: 3 })),
        ),
    ];
    for (what, text, expected) in table {
        assert_eq!(&stored(&m, text), expected, "{what}: {text}");
    }
}

// Guards the reliability review's L-1: two tabs answering the same model, each saving last in
// turn, must not lose each other's answers.
#[test]
fn progress_from_two_tabs_merges_answer_by_answer() {
    let m = small();
    let p = |text: &str, current| Progress { answers: answers(&m, text), current };
    let base = p("0---", 1);
    // This tab answered question 2; the other tab answered question 3 and changed question 1.
    let ours = p("0-1-", 2);
    let theirs = p("2--?", 3);
    assert_eq!(ours.merge(&base, &theirs), p("2-1?", 2), "each side's own changes are kept");
    // A question both changed keeps this tab's answer: it is the one on screen.
    assert_eq!(p("1---", 0).merge(&base, &p("2---", 0)), p("1---", 0));
    // Nothing changed here: theirs is taken whole, the open question too.
    assert_eq!(base.merge(&base, &theirs), theirs);
    assert!(!Progress::new(&m).is_started() && p("----", 1).is_started() && p("?---", 0).is_started());
}
