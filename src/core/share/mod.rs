//! Share links: a completed result as a short code in the page's URL fragment,
//! `<page>#result=<payload>`, so that whoever opens the link sees the same answers scored.
//!
//! The payload is base64url without padding of a bit string, most significant bit first:
//!
//! | bits | field |
//! | --- | --- |
//! | 4 | format, `1` here; a link of a higher format was made by a newer version of the app |
//! | 4 | model: its index in `CODES` (the built-in models; a later format will carry other ids) |
//! | 8 | model version: answers are only ever scored by the version that asked them |
//! | 8 | CRC-8/SMBUS of every other bit of the payload (see below) |
//! | rest | the answers as one mixed-radix number, then zero bits up to a whole byte |
//!
//! A host page's own model (`model-src`) is named by its id (1 to 64 characters of `a-z`, `0-9`
//! and `-`, never a built-in model's), so its links are kept apart from every other model's and a
//! page without that model can say which one a link needs.
//!
//! Question `q` with `n` options has `n + 1` choices: its options, lowest first, then "Not sure"
//! as the last digit. The answers are the number whose digits are the choices, the first question
//! the most significant, written in the fewest bits that hold every answer set:
//! `ceil(log2(product of the radices))`. The default model (22 questions of 6 options) takes
//! 62 bits, so with the header and padding 11 bytes, 15 characters.
//!
//! The checksum is taken over the id and answer bytes and then the first two header bytes, as if the
//! checksum byte came last. In that order the payload is a plain CRC code word, and a CRC-8 finds
//! every error confined to 8 neighbouring bits of a code word. One character of the payload
//! carries 6 bits. The only character that lies across the checksum and another field is the
//! third (the version's low four bits and the checksum's top two), and those bits are neighbours
//! in that order too; the checksum ends at bit 24, a character boundary. So changing any one
//! character is always caught (non-zero bits after the last byte are refused by the base64
//! decoder). Taken over the bytes in their own order, with the checksum byte zeroed, it would
//! miss some changes of the third character (one of the `ebd` model's links, for one).
//!
//! Whatever the input, reading never panics: it gives the answers or a `ShareError` whose text
//! is one plain sentence and never repeats the input.
//!
//! A team link, `#team=<payload>`, carries many people's answers in the same way (`team.rs`); the
//! parts both kinds of link use are in `bits.rs`, the header and the errors in `error.rs`.

use crate::core::answers::Answers;
use crate::core::model::Model;
use crc::{CRC_8_SMBUS, Crc};
use data_encoding::BASE64URL_NOPAD;
use std::borrow::Cow;

mod bits;
mod error;
mod team;

pub(crate) use bits::is_base64url;
pub use error::{LinkHeader, ShareError};
pub use team::{MAX_TEAM_CHARS, decode_team, encode_team, read_team_header, team_link, team_link_payload};

/// The key of the URL fragment that holds a shared result: `#result=<payload>`.
pub const FRAGMENT_KEY: &str = "result";

/// The key of the URL fragment that holds a team's answers: `#team=<payload>` (`team.rs`).
pub const TEAM_FRAGMENT_KEY: &str = "team";

/// The most people a team link holds.
pub const MAX_TEAM: usize = 2000;

/// Longer payloads are refused before anything is decoded.
const MAX_CHARS: usize = 200;

/// Format and model, model version, checksum.
const HEADER_BYTES: usize = 3;

/// Where the checksum is in the payload.
const CRC_BYTE: usize = 2;

const CRC8: Crc<u8> = Crc::<u8>::new(&CRC_8_SMBUS);

/// The payload of a share link for `answers` to `model`: the text after `#result=`.
pub fn encode(model: &Model, answers: &Answers) -> Result<String, ShareError> {
    let header = bits::header_bytes(model)?;
    let id = bits::id_bytes(model);
    let radices = bits::radices(model).ok_or(ShareError::NotShareable)?;
    let digits = bits::digits(&radices, answers)?;
    let width = bits::answer_bits(&radices);
    let start = HEADER_BYTES + id.len();
    let mut bytes = vec![0; start + width.div_ceil(8)];
    bytes[..2].copy_from_slice(&header);
    bytes[HEADER_BYTES..start].copy_from_slice(&id);
    bits::put(&mut bytes[start..], 0, width, &bits::Big::pack(&radices, &digits));
    bytes[CRC_BYTE] = checksum(&bytes);
    let payload = BASE64URL_NOPAD.encode(&bytes);
    if payload.len() > MAX_CHARS {
        return Err(ShareError::NotShareable);
    }
    Ok(payload)
}

/// The share link of `payload` on `page` (an address without a fragment).
pub fn link(page: &str, payload: &str) -> String {
    format!("{page}#{FRAGMENT_KEY}={payload}")
}

/// The payload in a URL fragment (`location.hash`, with or without its `#`) when the fragment is
/// a shared result, `result=<payload>`; `None` for any other fragment.
pub fn link_payload(fragment: &str) -> Option<&str> {
    bits::fragment_payload(fragment, FRAGMENT_KEY)
}

/// Which model and version a payload's answers are for, once its length, characters, format,
/// checksum and model code are found sound.
pub fn read_header(payload: &str) -> Result<LinkHeader, ShareError> {
    read(payload).map(|(header, _, _)| header)
}

/// The answers in a payload made for `model` as it is now.
pub fn decode(model: &Model, payload: &str) -> Result<Answers, ShareError> {
    let (header, start, bytes) = read(payload)?;
    let (radices, width) = bits::layout(&header, model)?;
    if bytes.len() != start + width.div_ceil(8) {
        return Err(ShareError::BadAnswers);
    }
    let answer_bytes = &bytes[start..];
    if bits::any_set_from(answer_bytes, width) {
        return Err(ShareError::BadAnswers);
    }
    let digits = bits::get(answer_bytes, 0, width).unpack(&radices).ok_or(ShareError::BadAnswers)?;
    Ok(bits::answers(model, digits))
}

/// The header of a payload whose header is sound, where its answers start, and its bytes.
fn read(payload: &str) -> Result<(LinkHeader, usize, Vec<u8>), ShareError> {
    let bytes = bits::payload_bytes(payload, MAX_CHARS, HEADER_BYTES)?;
    if bytes[CRC_BYTE] != checksum(&bytes) {
        return Err(ShareError::Altered);
    }
    let version = u32::from(bytes[1]);
    let (model, start) = match bits::model_code(bytes[0])? {
        Some(id) => (Cow::Borrowed(id), HEADER_BYTES),
        None => {
            let (id, start) = bits::read_own_id(&bytes, HEADER_BYTES)?;
            (Cow::Owned(id), start)
        }
    };
    Ok((LinkHeader { model, version }, start, bytes))
}

/// The CRC-8 of every byte of a payload but the checksum's own: the answers, then the header.
fn checksum(bytes: &[u8]) -> u8 {
    let mut digest = CRC8.digest();
    digest.update(&bytes[HEADER_BYTES..]);
    digest.update(&bytes[..CRC_BYTE]);
    digest.finalize()
}
