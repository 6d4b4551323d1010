//! What result links and team links share: the model codes, reading a payload's characters into
//! bytes, answers as mixed-radix numbers, and bits written and read most significant first.

use super::error::{LinkHeader, ShareError};
use crate::core::answers::{Answer, Answers};
use crate::core::model::{MAX_OPTIONS, Model};
use data_encoding::BASE64URL_NOPAD;

/// The format written here. A link with a higher one was made by a newer version of the app.
pub(super) const FORMAT: u8 = 1;

/// The models a link of this format can name, by code. Codes are permanent: a model is only
/// ever added at the end, never moved or removed.
const CODES: [&str; 4] = ["six-stage", "four-phases", "four-stages", "ebd"];

/// The code of a model that is not built in (a host page's own, `model-src`): a result link
/// names it by its id, written after the header as a byte of its length and then its
/// characters. A team link cannot name such a model.
const OWN_MODEL: u8 = 0x0f;

/// The longest id a link names a model by.
pub(super) const MAX_ID: usize = 64;

/// The first byte of a link to `model` (format and model code) and its second (the version).
pub(super) fn header_bytes(model: &Model) -> Result<[u8; 2], ShareError> {
    let code = match CODES.iter().position(|c| *c == model.id) {
        Some(code) => code as u8,
        None if own_id(&model.id) => OWN_MODEL,
        None => return Err(ShareError::NotShareable),
    };
    let version = u8::try_from(model.version).map_err(|_| ShareError::NotShareable)?;
    Ok([(FORMAT << 4) | code, version])
}

/// The bytes that name `model` after a result link's header: none for a built-in model, its id
/// for another.
pub(super) fn id_bytes(model: &Model) -> Vec<u8> {
    if CODES.contains(&&*model.id) {
        return Vec::new();
    }
    let mut bytes = vec![model.id.len() as u8];
    bytes.extend_from_slice(model.id.as_bytes());
    bytes
}

/// Whether `id` can name a model that is not built in: 1 to `MAX_ID` characters of `a-z`,
/// `0-9` and `-`, and no built-in model's id.
fn own_id(id: &str) -> bool {
    (1..=MAX_ID).contains(&id.len())
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !CODES.contains(&id)
}

/// The built-in model a link's first byte names, or `None` for a model that is not built in.
pub(super) fn model_code(first: u8) -> Result<Option<&'static str>, ShareError> {
    match first & 0x0f {
        OWN_MODEL => Ok(None),
        code => CODES.get(usize::from(code)).copied().map(Some).ok_or(ShareError::UnknownModel),
    }
}

/// The id written at `at` in `bytes` (a result link of a model that is not built in), and where
/// what follows it starts.
pub(super) fn read_own_id(bytes: &[u8], at: usize) -> Result<(String, usize), ShareError> {
    let len = usize::from(*bytes.get(at).ok_or(ShareError::Truncated)?);
    let id = bytes.get(at + 1..at + 1 + len).ok_or(ShareError::Truncated)?;
    let id = std::str::from_utf8(id).ok().filter(|id| own_id(id)).ok_or(ShareError::UnknownModel)?;
    Ok((id.to_string(), at + 1 + len))
}

/// The bytes of a payload of at most `max_chars` characters and at least `header` bytes, in
/// the format written here; the checksum is left to the caller.
pub(super) fn payload_bytes(payload: &str, max_chars: usize, header: usize) -> Result<Vec<u8>, ShareError> {
    if payload.is_empty() {
        return Err(ShareError::Empty);
    }
    if payload.chars().nth(max_chars).is_some() {
        return Err(ShareError::TooLong);
    }
    if let Some(i) = payload.chars().position(|c| !is_base64url(c)) {
        return Err(ShareError::BadCharacter { position: i + 1 });
    }
    if payload.len() < (header * 8).div_ceil(6) {
        return Err(ShareError::Truncated);
    }
    let bytes = BASE64URL_NOPAD.decode(payload.as_bytes()).map_err(|_| ShareError::Altered)?;
    match bytes[0] >> 4 {
        FORMAT => Ok(bytes),
        0 => Err(ShareError::Altered),
        _ => Err(ShareError::NewerFormat),
    }
}

/// The payload in a URL fragment (with or without its `#`) when the fragment is `<key>=<payload>`.
pub(super) fn fragment_payload<'a>(fragment: &'a str, key: &str) -> Option<&'a str> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    fragment.strip_prefix(key)?.strip_prefix('=')
}

/// A character of a payload: base64url's alphabet.
pub(crate) fn is_base64url(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_'
}

/// The number of choices of each question: its options and "Not sure". `None` when a question
/// has more than `MAX_OPTIONS` options, which `Model::check` refuses.
pub(super) fn radices(model: &Model) -> Option<Vec<u32>> {
    (0..model.questions.len())
        .map(|q| {
            let options = model.options(q).len();
            (options <= MAX_OPTIONS).then_some(options as u32 + 1)
        })
        .collect()
}

/// Bits that hold every answer set: those of the largest, every question at its last choice.
pub(super) fn answer_bits(radices: &[u32]) -> usize {
    let last: Vec<u32> = radices.iter().map(|r| r - 1).collect();
    Big::pack(radices, &last).bit_len()
}

/// The radices of `model`'s questions and the bits of one answer set, once `header` is found to
/// name `model` as it is now.
pub(super) fn layout(header: &LinkHeader, model: &Model) -> Result<(Vec<u32>, usize), ShareError> {
    if header.model != model.id {
        return Err(ShareError::OtherModel);
    }
    if header.version != model.version {
        return Err(ShareError::OtherVersion { link: header.version, app: model.version });
    }
    let radices = radices(model).ok_or(ShareError::BadAnswers)?;
    let width = answer_bits(&radices);
    Ok((radices, width))
}

/// The digits of a complete answer set: each question's choice, "Not sure" the last.
pub(super) fn digits(radices: &[u32], answers: &Answers) -> Result<Vec<u32>, ShareError> {
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
    Ok(digits)
}

/// The answers to `model` whose digits these are.
pub(super) fn answers(model: &Model, digits: Vec<u32>) -> Answers {
    let mut answers = Answers::empty(model);
    for (q, digit) in digits.into_iter().enumerate() {
        answers.set(q, Answer::at(digit as usize, model.options(q).len()));
    }
    answers
}

/// Bit `i` of `bytes`, counted from the most significant bit of the first byte.
pub(super) fn bit(bytes: &[u8], i: usize) -> bool {
    bytes.get(i / 8).is_some_and(|b| b & (0x80 >> (i % 8)) != 0)
}

/// Whether any bit of `bytes` from bit `from` on is set.
pub(super) fn any_set_from(bytes: &[u8], from: usize) -> bool {
    (from..bytes.len() * 8).any(|i| bit(bytes, i))
}

/// Writes the low `width` bits of `value`, most significant first, from bit `at` of `bytes`
/// (which are zero there).
pub(super) fn put(bytes: &mut [u8], at: usize, width: usize, value: &Big) {
    for i in 0..width {
        if value.bit(width - 1 - i)
            && let Some(byte) = bytes.get_mut((at + i) / 8)
        {
            *byte |= 0x80 >> ((at + i) % 8);
        }
    }
}

/// The number in the `width` bits of `bytes` from bit `at`, most significant first.
pub(super) fn get(bytes: &[u8], at: usize, width: usize) -> Big {
    let mut value = Big::default();
    for i in at..at + width {
        value.mul_add(2, u32::from(bit(bytes, i)));
    }
    value
}

/// A whole number of any size, as 32-bit limbs, least significant first, with no zero limb at
/// the top (zero has no limbs). Answer sets of large models pass 128 bits.
#[derive(Default)]
pub(super) struct Big(Vec<u32>);

impl Big {
    /// The mixed-radix number with these digits, the first the most significant.
    pub(super) fn pack(radices: &[u32], digits: &[u32]) -> Big {
        let mut value = Big::default();
        for (&radix, &digit) in radices.iter().zip(digits) {
            value.mul_add(radix, digit);
        }
        value
    }

    /// The digits of this number in these radices, if it has no more of them.
    pub(super) fn unpack(mut self, radices: &[u32]) -> Option<Vec<u32>> {
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
