#![cfg(not(target_arch = "wasm32"))]
//! Share links: round trips on the built-in models, the size budget, every malformed link with
//! the sentence it gets, and properties over random answer sets and every one-character change.

mod support;

use support::{answered, every_version, random_answers, with_char};

use cx_maturity::core::answers::{Answer, Answers};
use cx_maturity::core::catalog::CATALOG;
use cx_maturity::core::model::Model;
use cx_maturity::core::share::{FRAGMENT_KEY, LinkHeader, ShareError, decode, encode, link_payload, read_header};
use data_encoding::BASE64URL_NOPAD;
use std::borrow::Cow;

const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn builtins() -> Vec<Model> {
    CATALOG.iter().map(|e| support::load(e.file)).collect()
}

fn model(id: &str) -> Model {
    support::load(&format!("models/{id}.json"))
}

/// A payload of these bytes with the checksum the format asks for: CRC-8/SMBUS of the answer
/// bytes and then the first two header bytes, in the third byte.
fn forge(mut bytes: Vec<u8>) -> String {
    let crc = crc::Crc::<u8>::new(&crc::CRC_8_SMBUS);
    let mut digest = crc.digest();
    digest.update(&bytes[3..]);
    digest.update(&bytes[..2]);
    bytes[2] = digest.finalize();
    BASE64URL_NOPAD.encode(&bytes)
}

fn bytes(payload: &str) -> Vec<u8> {
    BASE64URL_NOPAD.decode(payload.as_bytes()).expect("base64url")
}

#[test]
fn the_fragment_key_is_result() {
    assert_eq!(FRAGMENT_KEY, "result");
}

#[test]
fn only_a_result_fragment_holds_a_payload() {
    let table: &[(&str, Option<&str>)] = &[
        ("#result=EAIA", Some("EAIA")),
        ("result=EAIA", Some("EAIA")),
        ("#result=", Some("")),
        ("", None),
        ("#", None),
        ("#result", None),
        ("#results=EAIA", None),
        ("#other=1", None),
        ("##result=EAIA", None),
        ("#Result=EAIA", None),
    ];
    for (fragment, payload) in table {
        assert_eq!(link_payload(fragment), *payload, "{fragment:?}");
    }
}

#[test]
fn built_in_results_round_trip() {
    for m in builtins() {
        let sets = [
            answered(&m, |_| 0),
            answered(&m, |q| m.options(q).len() - 1),
            answered(&m, |q| m.options(q).len()),
            answered(&m, |q| q),
            answered(&m, |q| q * 7 + 3),
        ];
        for a in sets {
            let payload = encode(&m, &a).unwrap_or_else(|e| panic!("{}: {e}", m.id));
            let header = read_header(&payload).expect("header");
            assert_eq!((&*header.model, header.version), (&*m.id, m.version));
            assert_eq!(decode(&m, &payload), Ok(a.clone()), "{}: {payload}", m.id);
            let link = format!("#{FRAGMENT_KEY}={payload}");
            assert_eq!(link_payload(&link), Some(payload.as_str()));
        }
    }
}

/// The issue's budget: answers in at most 1.25 times their information content, a header (with
/// the padding to whole bytes and characters) of at most 40 bits, and at most 16 characters for
/// the default model.
#[test]
fn payloads_stay_within_the_size_budget() {
    for (entry, m) in CATALOG.iter().zip(builtins()) {
        let radices: Vec<u32> = (0..m.questions.len()).map(|q| m.options(q).len() as u32 + 1).collect();
        let information: f64 = radices.iter().map(|&r| f64::from(r).log2()).sum();
        let product = radices.iter().try_fold(1u128, |p, &r| p.checked_mul(u128::from(r))).expect("fits u128");
        let answer_bits = (128 - (product - 1).leading_zeros()) as f64;
        let payload = encode(&m, &answered(&m, |q| q)).expect("shareable");
        let sent_bits = 6.0 * payload.len() as f64;
        println!(
            "{}: {} chars ({sent_bits} bits): answers {answer_bits} bits for {information:.2} bits of information, \
             header and padding {} bits",
            m.id,
            payload.len(),
            sent_bits - answer_bits
        );
        assert_eq!(bytes(&payload).len(), 3 + (answer_bits as usize).div_ceil(8), "{}", m.id);
        assert!(answer_bits <= 1.25 * information, "{}", m.id);
        assert!(sent_bits - answer_bits <= 40.0, "{}", m.id);
        if entry.id == cx_maturity::core::catalog::DEFAULT_MODEL {
            assert!(payload.len() <= 16, "{}", payload.len());
        }
    }
}

#[test]
fn malformed_links_say_what_is_wrong_in_one_plain_sentence() {
    let six = model("six-stage");
    let ebd = model("ebd");
    let valid = encode(&six, &answered(&six, |q| q)).expect("shareable");
    let mut header_only = bytes(&valid);
    header_only[0] = 0x20;
    let newer_format = forge(header_only.clone());
    header_only[0] = 0x1f;
    let unknown_model = forge(header_only.clone());
    header_only[0] = 0x14;
    let unknown_code_4 = forge(header_only);
    let mut old = bytes(&valid);
    old[1] = 1;
    let old_version = forge(old);
    let mut all_ones = bytes(&valid);
    all_ones[3..].fill(0xff);
    all_ones[10] = 0xfc;
    let too_large = forge(all_ones);
    let mut leftover = bytes(&valid);
    leftover[10] |= 0x01;
    let leftover_bits = forge(leftover);
    let mut longer = bytes(&valid);
    longer.push(0);
    let extra_byte = forge(longer);
    let mut shorter = bytes(&valid);
    shorter.pop();
    let short_byte = forge(shorter);

    let altered = "This link has been changed or cut short, so its result cannot be shown.";
    let bad_answers = "The answers in this link do not fit the questions they are for.";
    let bad_char = |n: usize| {
        format!("This link has a character that never appears in a shared result (character {n} after “result=”).")
    };
    let table: Vec<(&str, String, &Model, String)> = vec![
        ("empty", "#result=".into(), &six, "This link has no result in it.".into()),
        (
            "absurdly long",
            format!("#result={}", "A".repeat(201)),
            &six,
            "This link is far too long to be a shared result.".into(),
        ),
        (
            "absurdly long, not base64",
            format!("#result={}", "<".repeat(5000)),
            &six,
            "This link is far too long to be a shared result.".into(),
        ),
        ("script", "#result=<script>alert(1)</script>".into(), &six, bad_char(1)),
        ("standard base64", format!("#result={}+/", &valid[..4]), &six, bad_char(5)),
        ("padding", format!("#result={valid}="), &six, bad_char(valid.len() + 1)),
        ("space", format!("#result={} {}", &valid[..2], &valid[2..]), &six, bad_char(3)),
        ("percent-encoded", "#result=%3Cb%3E".into(), &six, bad_char(1)),
        ("not ASCII", "#result=EA€IA".into(), &six, bad_char(3)),
        (
            "truncated to 3 characters",
            format!("#result={}", &valid[..3]),
            &six,
            "This link is too short to hold a result; it may have been cut off when it was copied.".into(),
        ),
        ("cut short by a character", format!("#result={}", &valid[..valid.len() - 1]), &six, altered.into()),
        ("cut short by two characters", format!("#result={}", &valid[..valid.len() - 2]), &six, altered.into()),
        ("cut short to the header", format!("#result={}", &valid[..4]), &six, altered.into()),
        (
            "an answer altered",
            format!("#result={}", with_char(&valid, 8, if valid.as_bytes()[8] == b'A' { b'B' } else { b'A' })),
            &six,
            altered.into(),
        ),
        (
            "wrong checksum",
            format!("#result={}", with_char(&valid, 3, if valid.as_bytes()[3] == b'A' { b'B' } else { b'A' })),
            &six,
            altered.into(),
        ),
        ("a character added", format!("#result={valid}A"), &six, altered.into()),
        ("format 0", format!("#result={}", forge(vec![0x00, 2, 0, 0])), &six, altered.into()),
        (
            "newer format",
            format!("#result={newer_format}"),
            &six,
            "This link was made by a newer version of this app, which this page cannot read yet.".into(),
        ),
        (
            "unknown model",
            format!("#result={unknown_model}"),
            &six,
            "This link is for a questionnaire this app does not have.".into(),
        ),
        (
            "the first unknown model code",
            format!("#result={unknown_code_4}"),
            &six,
            "This link is for a questionnaire this app does not have.".into(),
        ),
        (
            "another model",
            format!("#result={valid}"),
            &ebd,
            "This link is for a different questionnaire from the one it was opened with.".into(),
        ),
        (
            "an old model version",
            format!("#result={old_version}"),
            &six,
            format!(
                "This link holds answers to version 1 of the questionnaire, but this app now has version {}, so they cannot be scored.",
                six.version
            ),
        ),
        ("answers past the last choice", format!("#result={too_large}"), &six, bad_answers.into()),
        ("leftover bits set", format!("#result={leftover_bits}"), &six, bad_answers.into()),
        ("an extra byte", format!("#result={extra_byte}"), &six, bad_answers.into()),
        ("a byte short", format!("#result={short_byte}"), &six, bad_answers.into()),
    ];
    for (name, link, m, sentence) in &table {
        let payload = link_payload(link).unwrap_or_else(|| panic!("{name}: not a result fragment"));
        let error = decode(m, payload).expect_err(name);
        assert_eq!(&error.to_string(), sentence, "{name}");
        assert!(!error.to_string().contains('<'), "{name}");
    }
}

#[test]
fn the_header_names_the_model_before_it_is_loaded() {
    for m in builtins() {
        let payload = encode(&m, &answered(&m, |_| 1)).expect("shareable");
        let header = read_header(&payload).expect("header");
        assert_eq!((&*header.model, header.version), (&*m.id, m.version));
    }
    let six = model("six-stage");
    let mut old = bytes(&encode(&six, &answered(&six, |_| 0)).expect("shareable"));
    old[1] = 1;
    assert_eq!(read_header(&forge(old)), Ok(LinkHeader { model: "six-stage".into(), version: 1 }));
}

#[test]
fn only_a_complete_result_of_a_model_a_link_can_name_is_shared() {
    let six = model("six-stage");
    let mut partial = answered(&six, |_| 2);
    partial.set(21, Answer::Unanswered);
    let ebd = model("ebd");
    let mut other_model = six.clone();
    other_model.id = Cow::Borrowed("My own model");
    let mut long_id = six.clone();
    long_id.id = Cow::Owned("a".repeat(65));
    let mut version_256 = six.clone();
    version_256.version = 256;
    let mut no_such_option = answered(&six, |_| 0);
    no_such_option.set(4, Answer::Option(6));
    let unanswered = "A result can only be shared once every question is answered.";
    let not_shareable = "Results of this questionnaire cannot be shared as a link.";
    let bad_answers = "The answers in this link do not fit the questions they are for.";
    let table: Vec<(&str, &Model, Answers, &str)> = vec![
        ("nothing answered", &six, Answers::empty(&six), unanswered),
        ("one question open", &six, partial, unanswered),
        ("an id no model file may have", &other_model, answered(&other_model, |_| 0), not_shareable),
        ("an id past 64 characters", &long_id, answered(&long_id, |_| 0), not_shareable),
        ("a version past 255", &version_256, answered(&six, |_| 0), not_shareable),
        ("answers to another model", &six, answered(&ebd, |_| 0), bad_answers),
        ("an option the question lacks", &six, no_such_option, bad_answers),
    ];
    for (name, m, a, sentence) in table {
        assert_eq!(encode(m, &a).map_err(|e| e.to_string()), Err(sentence.to_string()), "{name}");
    }
}

/// A host page's own model: the six-stage questions under an id of its own.
fn own(id: &str) -> Model {
    let mut m = model("six-stage");
    m.id = Cow::Owned(id.to_string());
    m
}

/// A host page's own model is named by its id, which the checksum covers too: its links round
/// trip, name it before it is loaded, and are refused by a model of another id.
#[test]
fn a_host_models_link_names_it_by_its_id() {
    for id in ["a", "acme-cx", &"z9-".repeat(21)] {
        let m = own(id);
        let a = answered(&m, |q| q % 7);
        let payload = encode(&m, &a).unwrap_or_else(|e| panic!("{id}: {e}"));
        // The six-stage link's 11 bytes, a byte of length and the id's.
        assert_eq!(payload.len(), ((11 + 1 + id.len()) * 8).div_ceil(6), "{id}");
        assert_eq!(read_header(&payload), Ok(LinkHeader { model: id.to_string().into(), version: m.version }));
        assert_eq!(decode(&m, &payload), Ok(a), "{id}");
        assert_eq!(decode(&own("acme-cy"), &payload), Err(ShareError::OtherModel), "{id}");
        assert_eq!(decode(&model("six-stage"), &payload), Err(ShareError::OtherModel), "{id}");
    }
    // Code 15 with a built-in model's id, an id past its bytes, or one of characters no id has.
    let six = encode(&own("ab"), &answered(&own("ab"), |_| 0)).expect("shareable");
    let mut b = bytes(&six);
    for (at, byte, why) in [(4, b'A', ShareError::UnknownModel), (3, 60, ShareError::Truncated)] {
        let mut changed = b.clone();
        changed[at] = byte;
        assert_eq!(read_header(&forge(changed)), Err(why), "byte {at} = {byte}");
    }
    b.splice(3..6, [9u8].into_iter().chain(*b"six-stage"));
    assert_eq!(read_header(&forge(b)), Err(ShareError::UnknownModel), "a built-in id after code 15");
}

/// A model with `questions` questions of 36 options each, called "ebd" so that a link can name it.
fn widest(questions: usize) -> Model {
    let values: Vec<i32> = (1..=36).collect();
    let mut m = support::model(1, questions, 36, &values, r#"{"rule":"average"}"#);
    m.id = Cow::Borrowed("ebd");
    m
}

/// Answer sets past 128 bits need the hand-written big numbers; the longest link a model can have
/// is 200 characters: 225 questions of 37 choices.
#[test]
fn large_answer_sets_round_trip_up_to_the_length_limit() {
    for questions in [1, 24, 25, 30, 100, 225] {
        let m = widest(questions);
        for a in [answered(&m, |_| 36), answered(&m, |_| 0), answered(&m, |q| q * 5 + 1)] {
            let payload = encode(&m, &a).unwrap_or_else(|e| panic!("{questions}: {e}"));
            assert!(payload.len() <= 200, "{questions}: {}", payload.len());
            assert_eq!(decode(&m, &payload), Ok(a), "{questions}");
        }
    }
    let m = widest(225);
    assert_eq!(encode(&m, &answered(&m, |_| 36)).map(|p| p.len()), Ok(200));
    let m = widest(226);
    assert_eq!(encode(&m, &answered(&m, |_| 0)), Err(ShareError::NotShareable));
}

#[test]
fn every_answer_set_round_trips() {
    let models = builtins();
    let mut large = widest(40);
    large.id = Cow::Borrowed("four-stages");
    arbtest::arbtest(|u| {
        let m = if u.ratio(1, 5)? { &large } else { u.choose(&models)? };
        let a = random_answers(m, u)?;
        let payload = encode(m, &a).expect("shareable");
        assert_eq!(decode(m, &payload), Ok(a), "{}: {payload}", m.id);
        Ok(())
    })
    .size_min(256)
    .budget_ms(1000);
}

/// Replacing any one character of a valid payload by any other base64url character is refused,
/// at the header already: never a different answer set.
#[test]
fn every_one_character_change_is_caught() {
    let mut models = builtins();
    models.push(own("acme-cx"));
    arbtest::arbtest(|u| {
        let m = u.choose(&models)?;
        let payload = encode(m, &random_answers(m, u)?).expect("shareable");
        for i in 0..payload.len() {
            for &c in ALPHABET.iter().filter(|&&c| c != payload.as_bytes()[i]) {
                let changed = with_char(&payload, i, c);
                assert!(read_header(&changed).is_err(), "{}: {payload} -> {changed}", m.id);
                assert!(decode(m, &changed).is_err(), "{}: {payload} -> {changed}", m.id);
            }
        }
        Ok(())
    })
    .size_min(256)
    .budget_ms(1000);
}

/// The fuzzer's seeds are what their names say: `valid-<model>-…` a link to that model's result
/// (in the version its header names, current or archived), anything else a near miss that every
/// version of every model refuses.
#[test]
fn the_fuzz_seeds_are_what_their_names_say() {
    let models = every_version();
    let mut seeds = 0;
    for (name, text) in support::fuzz_seeds("share") {
        let payload = link_payload(&text).unwrap_or(&text);
        match name.strip_prefix("valid-") {
            Some(rest) => {
                let header = read_header(payload).unwrap_or_else(|e| panic!("{name}: {e}"));
                let m = models
                    .iter()
                    .find(|m| rest.starts_with(&*m.id) && (&*m.id, m.version) == (&*header.model, header.version))
                    .expect("model named, in the version of the link");
                let a = decode(m, payload).unwrap_or_else(|e| panic!("{name}: {e}"));
                assert_eq!(encode(m, &a).as_deref(), Ok(payload), "{name}");
            }
            None => assert!(models.iter().all(|m| decode(m, payload).is_err()), "{name}"),
        }
        seeds += 1;
    }
    assert!(seeds >= 10, "{seeds}");
}
