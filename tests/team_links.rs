#![cfg(not(target_arch = "wasm32"))]
//! Team links and the roster: round trips and the canonical order of people, the size budget,
//! every one-character change and every malformed link with its sentence; links found in pasted
//! chat text; people gathered by model version, a person given twice counted once.

mod support;

use arbtest::arbitrary::{self, Unstructured};
use cx_maturity::core::answers::{Answer, Answers};
use cx_maturity::core::model::Model;
use cx_maturity::core::share::{
    self, LinkHeader, MAX_TEAM, MAX_TEAM_CHARS, ShareError, TEAM_FRAGMENT_KEY, decode_team, encode_team,
    read_team_header, team_link, team_link_payload,
};
use cx_maturity::core::team::roster::{Damaged, Found, FoundLink, LinkKind, Roster, find};
use data_encoding::BASE64URL_NOPAD;
use std::borrow::Cow;
use std::sync::Arc;
use support::{answered, random_answers, with_char};

const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// The built-in models in every version this release has: current and archived.
fn every_version() -> Vec<Arc<Model>> {
    support::every_version().into_iter().map(Arc::new).collect()
}

fn model(id: &str) -> Arc<Model> {
    Arc::new(support::load(&format!("models/{id}.json")))
}

/// `n` people whose answers depend on their number `i` and `seed`; most of them differ.
fn people(m: &Model, n: usize, seed: usize) -> Vec<Answers> {
    (0..n).map(|i| answered(m, |q| i / (q % 3 + 1) + q * seed + i * 7)).collect()
}

/// A permutation of `items`, drawn from `u`.
fn shuffled<T: Clone>(items: &[T], u: &mut Unstructured) -> arbitrary::Result<Vec<T>> {
    let mut items = items.to_vec();
    for i in (1..items.len()).rev() {
        items.swap(i, u.int_in_range(0..=i)?);
    }
    Ok(items)
}

/// The answers' text forms, sorted: a set of people to compare regardless of order.
fn texts(people: &[Answers]) -> Vec<String> {
    let mut texts: Vec<String> = people.iter().map(Answers::encode).collect();
    texts.sort();
    texts
}

/// A team payload of these bytes with the checksum the format asks for: CRC-16/IBM-3740 of the
/// answer bytes and then the first four header bytes, most significant byte first in bytes 4-5.
fn forge(mut bytes: Vec<u8>) -> String {
    let crc = crc::Crc::<u16>::new(&crc::CRC_16_IBM_3740);
    let mut digest = crc.digest();
    digest.update(&bytes[6..]);
    digest.update(&bytes[..4]);
    let sum = digest.finalize().to_be_bytes();
    bytes[4..6].copy_from_slice(&sum);
    BASE64URL_NOPAD.encode(&bytes)
}

/// The answers of a model with fewer than 64 bits of them as one number, as a link writes them.
fn number(m: &Model, a: &Answers) -> u64 {
    (0..m.questions.len()).fold(0, |n, q| {
        let options = m.options(q).len();
        n * (options as u64 + 1) + a.get(q).position(options).expect("answered") as u64
    })
}

/// A team payload for `m` (answers of fewer than 64 bits) with these numbers in this order.
fn forge_people(m: &Model, numbers: &[u64]) -> String {
    let width = 64 - number(m, &answered(m, |q| m.options(q).len())).leading_zeros() as usize;
    let mut b = vec![0u8; 6 + (width * numbers.len()).div_ceil(8)];
    b[0] = 0x10
        | ["six-stage", "four-phases", "four-stages", "ebd"].iter().position(|id| *id == m.id).expect("code") as u8;
    b[1] = m.version as u8;
    b[2..4].copy_from_slice(&(numbers.len() as u16).to_be_bytes());
    for (p, n) in numbers.iter().enumerate() {
        for i in 0..width {
            if n >> (width - 1 - i) & 1 == 1 {
                let at = 48 + p * width + i;
                b[at / 8] |= 0x80 >> (at % 8);
            }
        }
    }
    forge(b)
}

fn bytes(payload: &str) -> Vec<u8> {
    BASE64URL_NOPAD.decode(payload.as_bytes()).expect("base64url")
}

#[test]
fn the_fragment_key_is_team_and_only_a_team_fragment_holds_a_payload() {
    assert_eq!(TEAM_FRAGMENT_KEY, "team");
    assert_eq!(team_link("https://cx.example.org/", "EAIA"), "https://cx.example.org/#team=EAIA");
    let table: &[(&str, Option<&str>)] = &[
        ("#team=EAIA", Some("EAIA")),
        ("team=EAIA", Some("EAIA")),
        ("#team=", Some("")),
        ("", None),
        ("#team", None),
        ("#teams=EAIA", None),
        ("#result=EAIA", None),
        ("##team=EAIA", None),
        ("#Team=EAIA", None),
    ];
    for (fragment, payload) in table {
        assert_eq!(team_link_payload(fragment), *payload, "{fragment:?}");
    }
}

#[test]
fn every_team_round_trips_in_the_canonical_order() {
    let models = every_version();
    arbtest::arbtest(|u| {
        let m = u.choose(&models)?;
        let n = if u.ratio(1, 10)? { u.int_in_range(1..=MAX_TEAM)? } else { u.int_in_range(1..=40)? };
        let team = (0..n).map(|_| random_answers(m, u)).collect::<arbitrary::Result<Vec<_>>>()?;
        let payload = encode_team(m, &team).expect("shareable");
        assert!(payload.len() <= MAX_TEAM_CHARS);
        let header = read_team_header(&payload).expect("header");
        assert_eq!((&*header.model, header.version), (&*m.id, m.version));
        let back = decode_team(m, &payload).expect("decodes");
        assert_eq!(texts(&back), texts(&team), "{}: {payload}", m.id);
        assert_eq!(encode_team(m, &back).as_deref(), Ok(payload.as_str()), "decoded in the canonical order");
        Ok(())
    })
    .size_min(4096)
    .budget_ms(1500);
}

#[test]
fn any_order_of_the_same_people_gives_the_same_payload() {
    let models = every_version();
    arbtest::arbtest(|u| {
        let m = u.choose(&models)?;
        let n = u.int_in_range(1..=30)?;
        let mut team = (0..n).map(|_| random_answers(m, u)).collect::<arbitrary::Result<Vec<_>>>()?;
        if u.ratio(1, 3)? {
            // Two people may well give the same answers; both are kept.
            team.push(team[0].clone());
        }
        let payload = encode_team(m, &team).expect("shareable");
        assert_eq!(encode_team(m, &shuffled(&team, u)?), Ok(payload.clone()));
        assert_eq!(decode_team(m, &payload).map(|p| p.len()), Ok(team.len()));
        Ok(())
    })
    .size_min(1024)
    .budget_ms(1000);
}

/// 30 people of the default model in under 600 characters (319: a header of 8 characters and
/// 62 bits a person); 2,000 people of every built-in model version within the limit.
#[test]
fn team_links_stay_within_the_size_budget() {
    let six = model("six-stage");
    let payload = encode_team(&six, &people(&six, 30, 1)).expect("shareable");
    assert_eq!(payload.len(), 319);
    assert!(payload.len() < 600);
    for m in every_version() {
        let team = people(&m, MAX_TEAM, 3);
        let payload = encode_team(&m, &team).unwrap_or_else(|e| panic!("{} v{}: {e}", m.id, m.version));
        assert!(payload.len() <= MAX_TEAM_CHARS, "{} v{}: {}", m.id, m.version, payload.len());
        assert_eq!(decode_team(&m, &payload).map(|p| texts(&p)), Ok(texts(&team)), "{}", m.id);
    }
}

/// Replacing any one character of a team payload by any other base64url character is refused
/// at the header already; in the answers (after the eight header characters) as altered.
#[test]
fn every_one_character_change_is_caught() {
    for (m, n) in [(model("six-stage"), 30), (model("four-stages"), 7), (model("ebd"), 1)] {
        let payload = encode_team(&m, &people(&m, n, 2)).expect("shareable");
        for i in 0..payload.len() {
            for &c in ALPHABET.iter().filter(|&&c| c != payload.as_bytes()[i]) {
                let changed = with_char(&payload, i, c);
                let error = read_team_header(&changed).expect_err(&changed);
                if i >= 8 {
                    assert_eq!(error, ShareError::Altered, "{}: {i}", m.id);
                }
                assert!(decode_team(&m, &changed).is_err(), "{}: {changed}", m.id);
            }
        }
    }
}

/// Payloads changed anywhere and given the right checksum again, so that reading gets past it:
/// reading never panics, and what it accepts is the one payload of the people it gives.
#[test]
fn forged_team_links_decode_only_to_their_one_payload() {
    let models = every_version();
    let (accepted, refused) = (std::cell::Cell::new(0), std::cell::Cell::new(0));
    arbtest::arbtest(|u| {
        let m = u.choose(&models)?;
        let team = (0..u.int_in_range(1..=6)?).map(|_| random_answers(m, u)).collect::<arbitrary::Result<Vec<_>>>()?;
        let mut b = bytes(&encode_team(m, &team).expect("shareable"));
        for _ in 0..u.int_in_range(1..=3)? {
            match u.int_in_range(0..=3)? {
                0 => {
                    let i = u.choose_index(b.len())?;
                    b[i] ^= 1 << u.int_in_range(0..=7)?;
                }
                1 => b.truncate(u.int_in_range(6..=b.len())?),
                2 => b.push(u.arbitrary()?),
                _ if b.len() > 6 => {
                    let i = u.int_in_range(6..=b.len() - 1)?;
                    b[i] = u.arbitrary()?;
                }
                _ => b[2..4].copy_from_slice(&u.arbitrary::<[u8; 2]>()?),
            }
        }
        let payload = forge(b);
        for m in &models {
            match decode_team(m, &payload) {
                Ok(people) => {
                    assert_eq!(encode_team(m, &people).as_deref(), Ok(payload.as_str()));
                    accepted.set(accepted.get() + 1);
                }
                Err(_) => refused.set(refused.get() + 1),
            }
        }
        Ok(())
    })
    .size_min(1024)
    .budget_ms(1000);
    // Both ways out are taken: some changes give another team, most are refused.
    assert!(accepted.get() > 0 && refused.get() > accepted.get(), "{} {}", accepted.get(), refused.get());
}

/// Every way a team link can be refused, reached by a hand-made link, with its sentence.
#[test]
fn malformed_team_links_say_what_is_wrong() {
    let six = model("six-stage");
    let ebd = model("ebd");
    let team = people(&six, 3, 1);
    let valid = encode_team(&six, &team).expect("shareable");
    let b = bytes(&valid);
    assert_eq!(b.len(), 6 + (3 * 62usize).div_ceil(8));
    let changed = |f: &dyn Fn(&mut Vec<u8>)| {
        let mut b = b.clone();
        f(&mut b);
        forge(b)
    };
    let altered = "This team link has been changed or cut short, so its answers cannot be used.";
    let bad_answers = "The answers in this link do not fit the questions they are for.";
    let no_people = "A team link needs the answers of at least one person, and this one has none.";
    let too_many = "A team link holds the answers of at most 2000 people.";
    let character =
        |n: usize| format!("This team link has a character that never appears in one (character {n} after “team=”).");
    let unknown = "This link is for a questionnaire this app does not have.";
    let table: Vec<(&str, String, &Model, ShareError, String)> = vec![
        ("empty", String::new(), &six, ShareError::Empty, "This team link has nobody's answers in it.".into()),
        (
            "too long",
            "A".repeat(MAX_TEAM_CHARS + 1),
            &six,
            ShareError::TooLong,
            "This team link is longer than any team link this app makes.".into(),
        ),
        ("a script", "<script>".into(), &six, ShareError::BadCharacter { position: 1 }, character(1)),
        (
            "standard base64",
            format!("{}+/", &valid[..9]),
            &six,
            ShareError::BadCharacter { position: 10 },
            character(10),
        ),
        (
            "truncated",
            valid[..7].to_string(),
            &six,
            ShareError::Truncated,
            "This team link is too short to hold anyone's answers; it may have been cut off when it was copied.".into(),
        ),
        ("cut short", valid[..valid.len() - 1].to_string(), &six, ShareError::Altered, altered.into()),
        ("cut to the header", valid[..8].to_string(), &six, ShareError::Altered, altered.into()),
        ("a character added", format!("{valid}A"), &six, ShareError::Altered, altered.into()),
        (
            "wrong checksum",
            with_char(&valid, 7, if valid.as_bytes()[7] == b'A' { b'B' } else { b'A' }),
            &six,
            ShareError::Altered,
            altered.into(),
        ),
        ("format 0", changed(&|b| b[0] &= 0x0f), &six, ShareError::Altered, altered.into()),
        (
            "newer format",
            changed(&|b| b[0] = 0x20),
            &six,
            ShareError::NewerFormat,
            "This link was made by a newer version of this app, which this page cannot read yet.".into(),
        ),
        ("unknown model", changed(&|b| b[0] = 0x14), &six, ShareError::UnknownModel, unknown.into()),
        (
            "another model",
            valid.clone(),
            &ebd,
            ShareError::OtherModel,
            "This link is for a different questionnaire from the one it was opened with.".into(),
        ),
        (
            "an old version",
            changed(&|b| b[1] = 1),
            &six,
            ShareError::OtherVersion { link: 1, app: six.version },
            format!(
                "This link holds answers to version 1 of the questionnaire, but this app now has version {}, so they cannot be scored.",
                six.version
            ),
        ),
        ("nobody", changed(&|b| b[2..4].copy_from_slice(&[0, 0])), &six, ShareError::NoPeople, no_people.into()),
        (
            "2001 people",
            changed(&|b| b[2..4].copy_from_slice(&2001u16.to_be_bytes())),
            &six,
            ShareError::TooManyPeople,
            too_many.into(),
        ),
        ("more people than answers", changed(&|b| b[3] = 4), &six, ShareError::BadAnswers, bad_answers.into()),
        ("fewer people than answers", changed(&|b| b[3] = 2), &six, ShareError::BadAnswers, bad_answers.into()),
        ("a byte more", changed(&|b| b.push(0)), &six, ShareError::BadAnswers, bad_answers.into()),
        (
            "a byte short",
            changed(&|b| {
                b.pop();
            }),
            &six,
            ShareError::BadAnswers,
            bad_answers.into(),
        ),
        (
            "padding bits set",
            changed(&|b| *b.last_mut().unwrap() |= 1),
            &six,
            ShareError::BadAnswers,
            bad_answers.into(),
        ),
        (
            "an answer past the last choice",
            changed(&|b| b[6..14].fill(0xff)),
            &six,
            ShareError::BadAnswers,
            bad_answers.into(),
        ),
        (
            "people out of order",
            {
                let mut values: Vec<u64> = team.iter().map(|a| number(&six, a)).collect();
                values.sort_by(|a, b| b.cmp(a));
                forge_people(&six, &values)
            },
            &six,
            ShareError::BadAnswers,
            bad_answers.into(),
        ),
    ];
    for (name, payload, m, error, sentence) in &table {
        let got = decode_team(m, payload).expect_err(name);
        assert_eq!(&got, error, "{name}");
        assert_eq!(&got.team_text().en(), sentence, "{name}");
    }
    assert_eq!(read_team_header(&changed(&|b| b[2..4].copy_from_slice(&[0, 0]))), Err(ShareError::NoPeople));
}

/// A loader of every built-in model version, as the UI's models store gives them.
fn loader(models: &[Arc<Model>]) -> impl Fn(&str, u32) -> Option<Arc<Model>> + '_ {
    move |id, version| models.iter().find(|m| m.id == id && m.version == version).cloned()
}

/// A chat channel and an e-mail pasted together: five links (one twice), one cut short, one in
/// angle brackets, one before a full stop, one team link; other addresses and fragments.
#[test]
fn links_are_found_in_pasted_chat_text() {
    let six = model("six-stage");
    let ebd = model("ebd");
    let ana = share::encode(&six, &answered(&six, |q| q)).expect("shareable");
    let ben = share::encode(&six, &answered(&six, |_| 6)).expect("shareable");
    let chloe = share::encode(&ebd, &answered(&ebd, |q| q + 1)).expect("shareable");
    let eva = share::encode(&six, &answered(&six, |_| 2)).expect("shareable");
    let cut = &eva[..eva.len() - 3];
    let team = encode_team(&six, &people(&six, 4, 5)).expect("shareable");
    let text = format!(
        "[09:14] Ana Lima: mine is https://cx.example.org/assess/#result={ana}\n\
         [09:15] Ben Okafor: here you go <https://cx.example.org/assess/#result={ben}>\n\
         [09:17] Chloé: Done, took me ages. My link is https://cx.example.org/assess/#result={chloe}.\n\
         [09:20] Dev: (pasting Ana's again so it's not lost: https://cx.example.org/assess/#result={ana})\n\
         [09:22] Eva: from my phone, hope it works https://cx.example.org/assess/#result={cut}\n\
         [09:23] Eva: see https://wiki.example.org/page#section=2 and ?result=EAIA and #results=EAIA\n\
         \n\
         From: Facilitator <facilitator@example.org>\n\
         Subject: Re: last quarter's team\n\
         \n\
         > The whole team from last quarter: https://cx.example.org/assess/#team={team}\n\
         > Thanks!\n"
    );
    let found = find(&text);
    let link = |kind, payload: &str, m: &Model| FoundLink {
        kind,
        payload: payload.to_string(),
        header: LinkHeader { model: m.id.clone(), version: m.version },
    };
    assert_eq!(
        found,
        Found {
            links: vec![
                link(LinkKind::Result, &ana, &six),
                link(LinkKind::Result, &ben, &six),
                link(LinkKind::Result, &chloe, &ebd),
                link(LinkKind::Team, &team, &six),
            ],
            damaged: vec![Damaged { link: format!("#result={cut}"), why: ShareError::Altered.text() }],
            repeats: 1,
        }
    );
    assert_eq!(found.needs(), vec![("ebd", ebd.version), ("six-stage", six.version)]);
    assert_eq!(find("no links here, only result=EAIA and https://example.org/#top"), Found::default());
}

#[test]
fn damaged_links_are_shown_short_and_say_why_in_their_own_words() {
    let long = "A".repeat(300);
    let found = find(&format!("#team= and #result={long} and #team=<b> and #team={}", "B".repeat(40)));
    let shown: Vec<(&str, String)> = found.damaged.iter().map(|d| (d.link.as_str(), d.why.en())).collect();
    let shortened = format!("#result={}…{}", "A".repeat(21), "A".repeat(30));
    assert_eq!(shortened.chars().count(), 60);
    assert_eq!(
        shown,
        vec![
            ("#team=", "This team link has nobody's answers in it.".to_string()),
            (shortened.as_str(), "This link is far too long to be a shared result.".to_string()),
            (
                format!("#team={}", "B".repeat(40)).as_str(),
                "This team link has been changed or cut short, so its answers cannot be used.".to_string()
            ),
        ]
    );
    // "#team=" before "<b>" is the same empty link again.
    assert_eq!(found.repeats, 1);
}

#[test]
fn a_link_pasted_twice_counts_once() {
    let models = every_version();
    let six = model("six-stage");
    let one = share::encode(&six, &answered(&six, |q| q)).expect("shareable");
    let mut roster = Roster::default();
    roster.add_found(find(&format!("#result={one} and again #result={one}")), &loader(&models));
    assert_eq!((roster.people(), roster.repeats), (1, 1));
    roster.add_found(find(&format!("later: #result={one}")), &loader(&models));
    assert_eq!((roster.people(), roster.repeats), (1, 2));
    assert!(!roster.add(&six, answered(&six, |q| q)));
    assert_eq!((roster.people(), roster.repeats), (1, 3));
    assert!(roster.damaged.is_empty());
}

#[test]
fn a_team_link_and_one_of_its_people_count_once() {
    let models = every_version();
    let six = model("six-stage");
    let team = people(&six, 5, 2);
    let payload = encode_team(&six, &team).expect("shareable");
    let third = share::encode(&six, &team[2]).expect("shareable");
    let mut roster = Roster::default();
    roster.add_found(find(&format!("#team={payload}\n#result={third}")), &loader(&models));
    assert_eq!((roster.people(), roster.repeats), (5, 1));
    let groups = roster.groups();
    assert_eq!(groups.len(), 1);
    assert_eq!(texts(&groups[0].people), texts(&team));
    assert!(roster.add(&six, answered(&six, |_| 6)));
    assert_eq!(roster.people(), 6);
}

#[test]
fn a_version_this_release_lacks_is_damaged_and_named() {
    let models = every_version();
    let six = model("six-stage");
    let mut old = bytes(&share::encode(&six, &answered(&six, |_| 1)).expect("shareable"));
    old[1] = 1;
    // The result link's CRC-8: the answer bytes, then the first two header bytes.
    let crc = crc::Crc::<u8>::new(&crc::CRC_8_SMBUS);
    let mut digest = crc.digest();
    digest.update(&old[3..]);
    digest.update(&old[..2]);
    old[2] = digest.finalize();
    let payload = BASE64URL_NOPAD.encode(&old);
    let mut roster = Roster::default();
    roster.add_found(find(&format!("#result={payload}")), &loader(&models));
    assert_eq!(roster.people(), 0);
    assert_eq!(
        roster.damaged,
        vec![Damaged {
            link: format!("#result={payload}"),
            why: cx_maturity::text!(
                cx_maturity::i18n::TEAM_LINKS_MISSING_VERSION,
                version = 1u32,
                model = "Six-stage CX maturity"
            ),
        }]
    );
    assert_eq!(
        roster.damaged[0].why.en(),
        "This link holds answers to version 1 of Six-stage CX maturity, which this release of the app does not have."
    );
}

#[test]
fn groups_keep_models_and_versions_apart() {
    let models = every_version();
    let find_model = |id: &str, version: u32| loader(&models)(id, version).expect("built in");
    let six = find_model("six-stage", 3);
    let six_v2 = find_model("six-stage", 2);
    let ebd = find_model("ebd", 3);
    let four = find_model("four-phases", 3);
    let mut roster = Roster::default();
    for a in people(&six, 2, 1) {
        assert!(roster.add(&six, a));
    }
    let team_v2 = encode_team(&six_v2, &people(&six_v2, 2, 1)).expect("shareable");
    let ebd_team = encode_team(&ebd, &people(&ebd, 3, 4)).expect("shareable");
    let four_one = share::encode(&four, &answered(&four, |_| 0)).expect("shareable");
    roster.add_found(find(&format!("#team={team_v2} #team={ebd_team} #result={four_one}")), &loader(&models));
    let groups: Vec<(String, u32, usize)> =
        roster.groups().iter().map(|g| (g.model.id.to_string(), g.model.version, g.people.len())).collect();
    assert_eq!(
        groups,
        vec![
            ("ebd".to_string(), 3, 3),
            ("six-stage".to_string(), 2, 2),
            ("six-stage".to_string(), 3, 2),
            ("four-phases".to_string(), 3, 1),
        ]
    );
    assert_eq!(roster.people(), 8);
    for g in roster.groups() {
        let in_order: Vec<String> = g.people.iter().map(Answers::encode).collect();
        assert_eq!(in_order, texts(&g.people), "{}: people in the order of their answers", g.model.id);
    }
    // The same answers to another version are another person.
    let mut incomplete = answered(&six, |_| 0);
    incomplete.set(0, Answer::Unanswered);
    assert!(!roster.add(&six, incomplete));
    assert_eq!((roster.people(), roster.repeats), (8, 0));
}

/// Links of several model versions, some pasted twice, some people also in a team link, one
/// damaged: any order of the same pieces of text gives the same groups, damaged links and repeats.
#[test]
fn any_order_of_the_same_links_gives_the_same_groups() {
    let models = every_version();
    arbtest::arbtest(|u| {
        let mut pieces = Vec::new();
        for _ in 0..u.int_in_range(1..=12)? {
            let m = u.choose(&models)?;
            let team =
                (0..u.int_in_range(1..=4)?).map(|_| random_answers(m, u)).collect::<arbitrary::Result<Vec<_>>>()?;
            if u.ratio(1, 2)? {
                pieces.push(format!("#team={}", encode_team(m, &team).expect("shareable")));
            }
            for a in &team {
                if u.ratio(1, 2)? {
                    pieces.push(format!("#result={}", share::encode(m, a).expect("shareable")));
                }
            }
        }
        pieces.push("#result=EAIA".to_string());
        if u.ratio(1, 2)? {
            let again = u.choose(&pieces)?.clone();
            pieces.push(again);
        }
        let gather = |pieces: &[String]| {
            let mut roster = Roster::default();
            roster.add_found(find(&pieces.join("\n")), &loader(&models));
            roster
        };
        let first = gather(&pieces);
        let other = gather(&shuffled(&pieces, u)?);
        assert_eq!(first.groups(), other.groups());
        assert_eq!((first.people(), first.repeats, first.damaged.len()), (other.people(), other.repeats, 1));
        // Split in two pastes, in either order, the people are the same too.
        let half = pieces.len() / 2;
        let mut split = Roster::default();
        split.add_found(find(&pieces[half..].join(" ")), &loader(&models));
        split.add_found(find(&pieces[..half].join(" ")), &loader(&models));
        assert_eq!(split.groups(), first.groups());
        assert_eq!(split.damaged, first.damaged);
        // Pasted again, nothing is new.
        let before = (split.people(), split.repeats);
        split.add_found(find(&pieces.join(" ")), &loader(&models));
        assert_eq!((split.groups(), split.damaged.len()), (first.groups(), 1));
        assert_eq!(split.people(), before.0);
        assert!(split.repeats > before.1, "the damaged link at least is given again");
        Ok(())
    })
    .size_min(2048)
    .budget_ms(1000);
}

/// The fuzzer's seeds are what their names say: `valid-<model>-…` a team link to that model (in
/// the version its header names), anything else a near miss that every version of every model
/// refuses.
#[test]
fn the_fuzz_seeds_are_what_their_names_say() {
    let models = every_version();
    let mut seeds = 0;
    for (name, text) in support::fuzz_seeds("team") {
        let payload = team_link_payload(&text).unwrap_or(&text);
        match name.strip_prefix("valid-") {
            Some(rest) => {
                let header = read_team_header(payload).unwrap_or_else(|e| panic!("{name}: {e}"));
                let m = models
                    .iter()
                    .find(|m| rest.starts_with(&*m.id) && (&*m.id, m.version) == (&*header.model, header.version))
                    .expect("model named, in the version of the link");
                let team = decode_team(m, payload).unwrap_or_else(|e| panic!("{name}: {e}"));
                assert_eq!(encode_team(m, &team).as_deref(), Ok(payload), "{name}");
            }
            None => assert!(models.iter().all(|m| decode_team(m, payload).is_err()), "{name}"),
        }
        seeds += 1;
    }
    assert!(seeds >= 5, "{seeds}");
}

#[test]
fn only_complete_answers_of_a_built_in_model_go_in_a_team_link() {
    let six = model("six-stage");
    let mut partial = answered(&six, |_| 2);
    partial.set(3, Answer::Unanswered);
    let mut custom = (*six).clone();
    custom.id = Cow::Borrowed("my-own-model");
    let table: Vec<(&str, &Model, Vec<Answers>, ShareError, &str)> = vec![
        (
            "nobody",
            &six,
            vec![],
            ShareError::NoPeople,
            "A team link needs the answers of at least one person, and this one has none.",
        ),
        (
            "2001 people",
            &six,
            vec![answered(&six, |_| 0); MAX_TEAM + 1],
            ShareError::TooManyPeople,
            "A team link holds the answers of at most 2000 people.",
        ),
        (
            "one unanswered",
            &six,
            vec![answered(&six, |_| 1), partial],
            ShareError::Unanswered,
            "A team link can only hold people who answered every question.",
        ),
        (
            "a custom model",
            &custom,
            vec![answered(&custom, |_| 0)],
            ShareError::NotShareable,
            "Answers to this questionnaire cannot be put in a team link.",
        ),
    ];
    for (name, m, team, error, sentence) in table {
        let got = encode_team(m, &team).expect_err(name);
        assert_eq!(got, error, "{name}");
        assert_eq!(got.team_text().en(), sentence, "{name}");
    }
}
