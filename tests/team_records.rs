#![cfg(not(target_arch = "wasm32"))]
//! The team view's records: a consensus result (a saved result in format 2 with `team`) through
//! storage and export, the format rules, and a saved team picture with each refusal.

mod support;

use cx_maturity::core::export::{export_json, import_json};
use cx_maturity::core::history::{RecordProblem, SavedResult, read_record};
use cx_maturity::core::team::record::{
    Consensus, Note, SavedTeam, StoredTeam, TEAMS_PREFIX, TeamField, TeamProblem, read_stored_team, read_team, team_key,
};
use support::{answers, model};

const TAKEN: &str = "2026-12-02T10:00:00.000Z";

fn small() -> cx_maturity::core::model::Model {
    model(2, 2, 3, &[1, 2, 3], r#"{"rule":"average"}"#)
}

fn agreed() -> SavedResult {
    let m = small();
    let team = Consensus {
        people: 5,
        notes: vec![
            Note { question: 3, text: "We argued about this one.".into() },
            Note { question: 1, text: "Marketing sees it differently.".into() },
            Note { question: 2, text: "  ".into() },
        ],
    };
    SavedResult::consensus("c1".into(), TAKEN.into(), &m, &answers(&m, "0?21"), team)
}

#[test]
fn a_consensus_result_is_format_2_with_its_notes_in_order() {
    let saved = agreed();
    assert_eq!(saved.format, 2);
    let team = saved.team.clone().expect("team");
    assert_eq!(team.people, 5);
    assert_eq!(team.notes.iter().map(|n| n.question).collect::<Vec<_>>(), vec![1, 3]);
    let text = serde_json::to_string(&saved).unwrap();
    assert!(text.starts_with(r#"{"format":2,"#) && text.contains(r#""team":{"people":5,"#), "{text}");
    assert_eq!(read_record(&text), Ok(saved.clone()));
    assert!(saved.restore(&small()).is_ok());
    // An ordinary result keeps format 1 and has no team field.
    let m = small();
    let plain = SavedResult::new("r1".into(), TAKEN.into(), &m, &answers(&m, "0?21"));
    let text = serde_json::to_string(&plain).unwrap();
    assert!(text.starts_with(r#"{"format":1,"#) && !text.contains("team"), "{text}");
    assert_eq!(read_record(&text), Ok(plain));
}

#[test]
fn a_consensus_result_goes_through_export_and_import() {
    let saved = agreed();
    let file = export_json(std::slice::from_ref(&saved), TAKEN);
    let import = import_json(&file, &[], |r| r.restore(&small()).map(|_| ())).expect("an export");
    assert_eq!(import.added, vec![saved]);
    assert!(import.refused.is_empty());
}

#[test]
fn the_format_and_the_team_go_together() {
    let base = r#""id":"c1","taken":"2026-12-02T10:00:00.000Z","model":"test","version":1,"answers":"0?21""#;
    let team = r#""team":{"people":3,"notes":[{"question":2,"text":"Checked twice."}]}"#;
    let read = |format: u32, team: &str| read_record(&format!(r#"{{"format":{format},{base}{team}}}"#));
    assert!(read(2, &format!(",{team}")).is_ok());
    assert!(read(1, "").is_ok());
    assert_eq!(read(1, &format!(",{team}")), Err(RecordProblem::TeamInOldFormat));
    assert_eq!(read(2, ""), Err(RecordProblem::NoTeam));
    assert_eq!(read(3, ""), Err(RecordProblem::NewerFormat(3)));
    let bad_teams = [
        r#","team":{"people":0,"notes":[]}"#,
        r#","team":{"people":2}"#,
        r#","team":{"people":2,"notes":[],"extra":1}"#,
        r#","team":{"people":2,"notes":[{"question":0,"text":"x"}]}"#,
        r#","team":{"people":2,"notes":[{"question":2,"text":""}]}"#,
        r#","team":{"people":2,"notes":[{"question":2,"text":"a"},{"question":1,"text":"b"}]}"#,
        r#","team":{"people":2,"notes":[{"question":2,"text":"a"},{"question":2,"text":"b"}]}"#,
        r#","team":"five people""#,
    ];
    for bad in bad_teams {
        assert_eq!(read(2, bad), Err(RecordProblem::BadField(cx_maturity::core::history::Field::Team)), "{bad}");
    }
    let long = format!(r#","team":{{"people":2,"notes":[{{"question":1,"text":"{}"}}]}}"#, "x".repeat(501));
    assert!(read(2, &long).is_err());
    // A note on a question the model does not have is found where the answers are checked.
    let beyond = read(2, r#","team":{"people":2,"notes":[{"question":5,"text":"Which one?"}]}"#).expect("fields");
    assert_eq!(beyond.restore(&small()), Err(RecordProblem::NoteQuestion { question: 5, questions: 4 }));
    assert!(RecordProblem::NoteQuestion { question: 5, questions: 4 }.to_string().contains("question 5"));
}

fn team() -> SavedTeam {
    let m = small();
    let people = [answers(&m, "2222"), answers(&m, "0?21"), answers(&m, "1111")];
    SavedTeam::new("t1".into(), TAKEN.into(), &m, &people, vec!["Zoe".into(), "Ann".into()])
}

#[test]
fn a_team_picture_round_trips_in_sorted_order() {
    let saved = team();
    assert_eq!(team_key("t1"), format!("{TEAMS_PREFIX}t1"));
    assert_eq!(saved.people, vec!["0?21", "1111", "2222"]);
    assert_eq!(saved.names, vec!["Ann", "", "Zoe"]);
    let text = serde_json::to_string(&saved).unwrap();
    assert_eq!(read_team(&text), Ok(saved.clone()));
    let m = small();
    assert_eq!(saved.restore(&m).unwrap()[0], answers(&m, "0?21"));
    let newest = |id: &str| (id == "test").then_some(1);
    assert_eq!(read_stored_team(&team_key("t1"), &text, newest), StoredTeam::Usable(saved.clone()));
    assert_eq!(read_stored_team(&team_key("t2"), &text, newest), StoredTeam::Corrupt(TeamProblem::Unreadable));
    assert_eq!(read_stored_team(&team_key("t1"), &text, |_| None), StoredTeam::Newer);
    let newer = text.replace(r#""format":1"#, r#""format":2"#);
    assert_eq!(read_stored_team(&team_key("t1"), &newer, newest), StoredTeam::Newer);
}

#[test]
fn every_bad_team_picture_is_refused_with_its_reason() {
    let text = serde_json::to_string(&team()).unwrap();
    let with = |from: &str, to: &str| read_team(&text.replace(from, to));
    assert_eq!(read_team("not json"), Err(TeamProblem::Unreadable));
    assert_eq!(with(r#""id":"t1""#, r#""id":"T 1""#), Err(TeamProblem::BadField(TeamField::Id)));
    assert_eq!(with(TAKEN, "yesterday"), Err(TeamProblem::BadField(TeamField::Saved)));
    assert_eq!(with(r#""version":1"#, r#""version":0"#), Err(TeamProblem::BadField(TeamField::Version)));
    assert_eq!(with(r#""0?21","1111""#, r#""1111","0?21""#), Err(TeamProblem::BadField(TeamField::People)));
    assert_eq!(with(r#""0?21","#, r#""0-21","#), Err(TeamProblem::BadField(TeamField::People)));
    assert_eq!(with(r#""Ann","#, ""), Err(TeamProblem::BadField(TeamField::Names)));
    let long = format!(r#""{}","#, "n".repeat(81));
    assert_eq!(with(r#""Ann","#, &long), Err(TeamProblem::BadField(TeamField::Names)));
    assert_eq!(with(r#""names""#, r#""nicknames""#), Err(TeamProblem::UnknownField("nicknames".into())));
    let m = small();
    let short = read_team(&text.replace(r#""0?21""#, r#""0?2""#)).expect("fields");
    assert!(matches!(short.restore(&m), Err(TeamProblem::BadAnswers { person: 1, .. })));
    let other = model(2, 2, 3, &[1, 2, 3], r#"{"rule":"majority"}"#);
    assert!(team().restore(&other).is_ok());
    let mut moved = team();
    moved.version = 2;
    assert_eq!(moved.restore(&m), Err(TeamProblem::OtherVersion { saved: 2, current: 1 }));
    assert!(!TeamProblem::Empty.to_string().is_empty());
}
