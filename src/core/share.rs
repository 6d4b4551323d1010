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
//! Question `q` with `n` options has `n + 1` choices: its options, lowest first, then "Not sure"
//! as the last digit. The answers are the number whose digits are the choices, the first question
//! the most significant, written in the fewest bits that hold every answer set:
//! `ceil(log2(product of the radices))`. The default model (22 questions of 6 options) takes
//! 62 bits, so with the header and padding 11 bytes, 15 characters.
//!
//! The checksum is taken over the answer bytes and then the first two header bytes, as if the
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

use crate::core::answers::{Answer, Answers};
use crate::core::model::{MAX_OPTIONS, Model};
use crate::i18n::{self, Text};
use crate::text;
use crc::{CRC_8_SMBUS, Crc};
use data_encoding::BASE64URL_NOPAD;
use std::fmt;

/// The key of the URL fragment that holds a shared result: `#result=<payload>`.
pub const FRAGMENT_KEY: &str = "result";

/// The format written here. A link with a higher one was made by a newer version of the app.
const FORMAT: u8 = 1;

/// The models a link of this format can name, by code. Codes are permanent: a model is only
/// ever added at the end, never moved or removed.
const CODES: [&str; 4] = ["six-stage", "four-phases", "four-stages", "ebd"];

/// Longer payloads are refused before anything is decoded.
const MAX_CHARS: usize = 200;

/// Format and model, model version, checksum.
const HEADER_BYTES: usize = 3;

/// Where the checksum is in the payload.
const CRC_BYTE: usize = 2;

const CRC8: Crc<u8> = Crc::<u8>::new(&CRC_8_SMBUS);

/// What a payload says before its answers are read: which model and version asked them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LinkHeader {
    pub model: &'static str,
    pub version: u32,
}

/// Why a result cannot be put in a link, or a link cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareError {
    /// The fragment says `result=` and nothing more.
    Empty,
    /// More than `MAX_CHARS` characters.
    TooLong,
    /// A character outside base64url, at this position (1 is the first after `result=`).
    BadCharacter { position: usize },
    /// Too short to hold even the header.
    Truncated,
    /// The checksum does not match, or the characters do not form whole bytes.
    Altered,
    /// Written in a format newer than this one.
    NewerFormat,
    /// A model code this app does not know.
    UnknownModel,
    /// The link names another model than the one given to `decode`.
    OtherModel,
    /// The link's answers were given to another version of the model.
    OtherVersion { link: u32, app: u32 },
    /// The answer bits are not a set of answers to the model's questions.
    BadAnswers,
    /// `encode` was given a result with a question not answered.
    Unanswered,
    /// `encode` was given a model this format cannot name, or one too large for a link.
    NotShareable,
}

impl ShareError {
    /// Why the link cannot be made or read, in one sentence.
    pub fn text(&self) -> Text {
        match self {
            ShareError::Empty => i18n::PROBLEM_SHARE_EMPTY.into(),
            ShareError::TooLong => i18n::PROBLEM_SHARE_TOO_LONG.into(),
            ShareError::BadCharacter { position } => {
                text!(i18n::PROBLEM_SHARE_CHARACTER, position = *position, key = FRAGMENT_KEY)
            }
            ShareError::Truncated => i18n::PROBLEM_SHARE_TRUNCATED.into(),
            ShareError::Altered => i18n::PROBLEM_SHARE_ALTERED.into(),
            ShareError::NewerFormat => i18n::PROBLEM_SHARE_NEWER.into(),
            ShareError::UnknownModel => i18n::PROBLEM_SHARE_UNKNOWN_MODEL.into(),
            ShareError::OtherModel => i18n::PROBLEM_SHARE_OTHER_MODEL.into(),
            ShareError::OtherVersion { link, app } => text!(i18n::PROBLEM_SHARE_VERSION, link = *link, app = *app),
            ShareError::BadAnswers => i18n::PROBLEM_SHARE_ANSWERS.into(),
            ShareError::Unanswered => i18n::PROBLEM_SHARE_UNANSWERED.into(),
            ShareError::NotShareable => i18n::PROBLEM_SHARE_NOT_SHAREABLE.into(),
        }
    }
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text().en())
    }
}

/// The payload of a share link for `answers` to `model`: the text after `#result=`.
pub fn encode(model: &Model, answers: &Answers) -> Result<String, ShareError> {
    let code = CODES.iter().position(|c| *c == model.id).ok_or(ShareError::NotShareable)?;
    let version = u8::try_from(model.version).map_err(|_| ShareError::NotShareable)?;
    let radices = radices(model).ok_or(ShareError::NotShareable)?;
    if answers.len() != radices.len() {
        return Err(ShareError::BadAnswers);
    }
    let mut digits = Vec::with_capacity(radices.len());
    for (q, &radix) in radices.iter().enumerate() {
        let not_sure = radix - 1;
        digits.push(match answers.get(q) {
            Answer::Unanswered => return Err(ShareError::Unanswered),
            Answer::NotSure => not_sure,
            Answer::Option(i) if u32::from(i) < not_sure => u32::from(i),
            Answer::Option(_) => return Err(ShareError::BadAnswers),
        });
    }
    let bits = answer_bits(&radices);
    let value = Big::pack(&radices, &digits);
    let mut bytes = vec![0; HEADER_BYTES + bits.div_ceil(8)];
    bytes[0] = (FORMAT << 4) | code as u8;
    bytes[1] = version;
    for i in 0..bits {
        if value.bit(bits - 1 - i) {
            bytes[HEADER_BYTES + i / 8] |= 0x80 >> (i % 8);
        }
    }
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
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    fragment.strip_prefix(FRAGMENT_KEY)?.strip_prefix('=')
}

/// Which model and version a payload's answers are for, once its length, characters, format,
/// checksum and model code are found sound.
pub fn read_header(payload: &str) -> Result<LinkHeader, ShareError> {
    read(payload).map(|(header, _)| header)
}

/// The answers in a payload made for `model` as it is now.
pub fn decode(model: &Model, payload: &str) -> Result<Answers, ShareError> {
    let (header, bytes) = read(payload)?;
    if header.model != model.id {
        return Err(ShareError::OtherModel);
    }
    if header.version != model.version {
        return Err(ShareError::OtherVersion { link: header.version, app: model.version });
    }
    let radices = radices(model).ok_or(ShareError::BadAnswers)?;
    let bits = answer_bits(&radices);
    if bytes.len() != HEADER_BYTES + bits.div_ceil(8) {
        return Err(ShareError::BadAnswers);
    }
    let answer_bytes = &bytes[HEADER_BYTES..];
    let bit = |i: usize| answer_bytes[i / 8] & (0x80 >> (i % 8)) != 0;
    if (bits..answer_bytes.len() * 8).any(bit) {
        return Err(ShareError::BadAnswers);
    }
    let mut value = Big::default();
    for i in 0..bits {
        value.mul_add(2, u32::from(bit(i)));
    }
    let digits = value.unpack(&radices).ok_or(ShareError::BadAnswers)?;
    let mut answers = Answers::empty(model);
    for (q, digit) in digits.into_iter().enumerate() {
        answers.set(q, Answer::at(digit as usize, model.options(q).len()));
    }
    Ok(answers)
}

/// The header and the bytes of a payload whose header is sound.
fn read(payload: &str) -> Result<(LinkHeader, Vec<u8>), ShareError> {
    if payload.is_empty() {
        return Err(ShareError::Empty);
    }
    if payload.chars().nth(MAX_CHARS).is_some() {
        return Err(ShareError::TooLong);
    }
    let base64url = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
    if let Some(i) = payload.chars().position(|c| !base64url(c)) {
        return Err(ShareError::BadCharacter { position: i + 1 });
    }
    if payload.len() < (HEADER_BYTES * 8).div_ceil(6) {
        return Err(ShareError::Truncated);
    }
    let bytes = BASE64URL_NOPAD.decode(payload.as_bytes()).map_err(|_| ShareError::Altered)?;
    match bytes[0] >> 4 {
        FORMAT => {}
        0 => return Err(ShareError::Altered),
        _ => return Err(ShareError::NewerFormat),
    }
    if bytes[CRC_BYTE] != checksum(&bytes) {
        return Err(ShareError::Altered);
    }
    let model = CODES.get(usize::from(bytes[0] & 0x0f)).ok_or(ShareError::UnknownModel)?;
    Ok((LinkHeader { model, version: u32::from(bytes[1]) }, bytes))
}

/// The CRC-8 of every byte of a payload but the checksum's own: the answers, then the header.
fn checksum(bytes: &[u8]) -> u8 {
    let mut digest = CRC8.digest();
    digest.update(&bytes[HEADER_BYTES..]);
    digest.update(&bytes[..CRC_BYTE]);
    digest.finalize()
}

/// The number of choices of each question: its options and "Not sure". `None` when a question
/// has more than `MAX_OPTIONS` options, which `Model::check` refuses.
fn radices(model: &Model) -> Option<Vec<u32>> {
    (0..model.questions.len())
        .map(|q| {
            let options = model.options(q).len();
            (options <= MAX_OPTIONS).then_some(options as u32 + 1)
        })
        .collect()
}

/// Bits that hold every answer set: those of the largest, every question at its last choice.
fn answer_bits(radices: &[u32]) -> usize {
    let last: Vec<u32> = radices.iter().map(|r| r - 1).collect();
    Big::pack(radices, &last).bit_len()
}

/// A whole number of any size, as 32-bit limbs, least significant first, with no zero limb at
/// the top (zero has no limbs). Answer sets of large models pass 128 bits.
#[derive(Default)]
struct Big(Vec<u32>);

impl Big {
    /// The mixed-radix number with these digits, the first the most significant.
    fn pack(radices: &[u32], digits: &[u32]) -> Big {
        let mut value = Big::default();
        for (&radix, &digit) in radices.iter().zip(digits) {
            value.mul_add(radix, digit);
        }
        value
    }

    /// The digits of this number in these radices, if it has no more of them.
    fn unpack(mut self, radices: &[u32]) -> Option<Vec<u32>> {
        let mut digits = vec![0; radices.len()];
        for (digit, &radix) in digits.iter_mut().zip(radices).rev() {
            *digit = self.div_rem(radix);
        }
        self.0.is_empty().then_some(digits)
    }

    /// `self = self * m + a`, `m` at least 1.
    fn mul_add(&mut self, m: u32, a: u32) {
        let mut carry = u64::from(a);
        for limb in &mut self.0 {
            let t = u64::from(*limb) * u64::from(m) + carry;
            *limb = t as u32;
            carry = t >> 32;
        }
        if carry > 0 {
            self.0.push(carry as u32);
        }
    }

    /// `self = self / d`, giving the remainder; `d` is at least 1.
    fn div_rem(&mut self, d: u32) -> u32 {
        let d = u64::from(d);
        let mut rem = 0;
        for limb in self.0.iter_mut().rev() {
            let t = (rem << 32) | u64::from(*limb);
            *limb = (t / d) as u32;
            rem = t % d;
        }
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
        rem as u32
    }

    fn bit_len(&self) -> usize {
        self.0.last().map_or(0, |top| self.0.len() * 32 - top.leading_zeros() as usize)
    }

    fn bit(&self, i: usize) -> bool {
        self.0.get(i / 32).is_some_and(|limb| limb >> (i % 32) & 1 == 1)
    }
}
