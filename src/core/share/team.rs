//! Team links: every person's complete answers to one version of one model in a single URL
//! fragment, `<page>#team=<payload>`, so a facilitator can pass a whole team's picture on. The
//! link carries answers only, never names.
//!
//! The payload is base64url without padding of a bit string, most significant bit first:
//!
//! | bits | field |
//! | --- | --- |
//! | 4 | format, `1` here; a link of a higher format was made by a newer version of the app |
//! | 4 | model: its code, as in a result link |
//! | 8 | model version |
//! | 16 | how many people the link holds, 1 to `MAX_TEAM` |
//! | 16 | CRC-16/IBM-3740 of every other bit of the payload (see below) |
//! | rest | each person's answers, as a result link writes them (one mixed-radix number), all at the same width: the bits of the largest answer set; then zero bits up to a whole byte |
//!
//! The people are written in a canonical order, the smallest number first, so one set of people
//! always gives the same payload; two people with the same answers are both written. A payload
//! whose people are out of that order is refused, so each team has exactly one link.
//!
//! The header is 48 bits, eight characters, so no character lies across it and the answers. The
//! checksum is taken over the answer bytes and then the first four header bytes, as if it came
//! last, and is written most significant byte first; in that order the payload is a plain CRC code
//! word and the checksum's bits are neighbours of the count's. A team link is far longer than a
//! result link (30 people of the default model take 319 characters, 2,000 people of the largest
//! built-in model about 32,000), so a CRC-8 would let one change in 256 through. CRC-16/IBM-3740
//! (polynomial 0x1021, not reflected, so its bit order is the payload's) finds every error
//! confined to 16 neighbouring bits of a code word, which covers any one changed character (6
//! bits), and every error of one, two or three bits in a code word of up to 32,767 bits, a team
//! link of up to about 5,400 characters; every odd number of wrong bits at any length.
//!
//! Whatever the input, reading never panics: it gives the answers or a `ShareError`. Its words for
//! a team link are `ShareError::team_text`.

use super::bits::{self, Big};
use super::error::{LinkHeader, ShareError};
use super::{MAX_TEAM, TEAM_FRAGMENT_KEY};
use crate::core::answers::Answers;
use crate::core::model::Model;
use crate::core::sort::heap_sort;
use crc::{CRC_16_IBM_3740, Crc};
use data_encoding::BASE64URL_NOPAD;

/// Longer payloads are refused before anything is decoded: 2,000 people of the largest built-in
/// model version (version 2 of `four-stages`, 41 questions of five choices: 96 bits a person)
/// take 32,008 characters.
pub const MAX_TEAM_CHARS: usize = 32_768;

/// Format and model, model version, count of people, checksum.
const HEADER_BYTES: usize = 6;

/// Where the count of people and the checksum are in the payload.
const COUNT_BYTE: usize = 2;
const CRC_BYTE: usize = 4;

const CRC16: Crc<u16> = Crc::<u16>::new(&CRC_16_IBM_3740);

/// Payload of a team link: every person's complete answers to `model`. Order-independent: the
/// people are written in a canonical order (sorted by their answer bits), so the same set of
/// people gives the same payload.
pub fn encode_team(model: &Model, people: &[Answers]) -> Result<String, ShareError> {
    let header = bits::header_bytes(model)?;
    if !bits::id_bytes(model).is_empty() {
        return Err(ShareError::NotShareable);
    }
    let radices = bits::radices(model).ok_or(ShareError::NotShareable)?;
    if people.is_empty() {
        return Err(ShareError::NoPeople);
    }
    let count = u16::try_from(people.len()).ok().filter(|&n| usize::from(n) <= MAX_TEAM);
    let count = count.ok_or(ShareError::TooManyPeople)?;
    let mut all = people.iter().map(|a| bits::digits(&radices, a)).collect::<Result<Vec<_>, _>>()?;
    // Digits most significant first: their order is the numbers' order.
    heap_sort(&mut all, |a, b| a < b);
    let width = bits::answer_bits(&radices);
    let mut bytes = vec![0; HEADER_BYTES + (width * all.len()).div_ceil(8)];
    bytes[..COUNT_BYTE].copy_from_slice(&header);
    bytes[COUNT_BYTE..CRC_BYTE].copy_from_slice(&count.to_be_bytes());
    for (i, digits) in all.iter().enumerate() {
        bits::put(&mut bytes[HEADER_BYTES..], i * width, width, &Big::pack(&radices, digits));
    }
    let crc = checksum(&bytes);
    bytes[CRC_BYTE..HEADER_BYTES].copy_from_slice(&crc.to_be_bytes());
    let payload = BASE64URL_NOPAD.encode(&bytes);
    if payload.len() > MAX_TEAM_CHARS {
        return Err(ShareError::NotShareable);
    }
    Ok(payload)
}

/// Every person's answers in a team link made for `model` as it is now, in the link's order.
pub fn decode_team(model: &Model, payload: &str) -> Result<Vec<Answers>, ShareError> {
    let (header, count, bytes) = read(payload)?;
    let (radices, width) = bits::layout(&header, model)?;
    let body = &bytes[HEADER_BYTES..];
    if body.len() != (width * count).div_ceil(8) || bits::any_set_from(body, width * count) {
        return Err(ShareError::BadAnswers);
    }
    let mut people: Vec<Vec<u32>> = Vec::with_capacity(count);
    for i in 0..count {
        let digits = bits::get(body, i * width, width).unpack(&radices).ok_or(ShareError::BadAnswers)?;
        if people.last().is_some_and(|before| *before > digits) {
            return Err(ShareError::BadAnswers);
        }
        people.push(digits);
    }
    Ok(people.into_iter().map(|digits| bits::answers(model, digits)).collect())
}

/// Which model and version a team payload's answers are for, once its length, characters,
/// format, checksum, model code and count of people are found sound.
pub fn read_team_header(payload: &str) -> Result<LinkHeader, ShareError> {
    read(payload).map(|(header, _, _)| header)
}

/// The team link of `payload` on `page` (an address without a fragment).
pub fn team_link(page: &str, payload: &str) -> String {
    format!("{page}#{TEAM_FRAGMENT_KEY}={payload}")
}

/// The payload in a URL fragment (`location.hash`, with or without its `#`) when the fragment is
/// a team link, `team=<payload>`; `None` for any other fragment.
pub fn team_link_payload(fragment: &str) -> Option<&str> {
    bits::fragment_payload(fragment, TEAM_FRAGMENT_KEY)
}

/// The header, the count of people and the bytes of a payload whose header is sound.
fn read(payload: &str) -> Result<(LinkHeader, usize, Vec<u8>), ShareError> {
    let bytes = bits::payload_bytes(payload, MAX_TEAM_CHARS, HEADER_BYTES)?;
    if bytes[CRC_BYTE..HEADER_BYTES] != checksum(&bytes).to_be_bytes() {
        return Err(ShareError::Altered);
    }
    let model = bits::model_code(bytes[0])?.ok_or(ShareError::UnknownModel)?;
    let count = usize::from(u16::from_be_bytes([bytes[COUNT_BYTE], bytes[COUNT_BYTE + 1]]));
    match count {
        0 => Err(ShareError::NoPeople),
        n if n > MAX_TEAM => Err(ShareError::TooManyPeople),
        n => Ok((LinkHeader { model: model.into(), version: u32::from(bytes[1]) }, n, bytes)),
    }
}

/// The CRC-16 of every byte of a payload but the checksum's own: the answers, then the header.
fn checksum(bytes: &[u8]) -> u16 {
    let mut digest = CRC16.digest();
    digest.update(&bytes[HEADER_BYTES..]);
    digest.update(&bytes[..CRC_BYTE]);
    digest.finalize()
}
