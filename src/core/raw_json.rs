//! A JSON value read only as far as the checks of stored results and export files need it.

use serde::Deserialize;
use std::fmt;

/// A JSON value as far as the checks here need one: whole numbers, text, and objects of them
/// (keys in the file's order) and lists; any other value is `Other`. It does what `serde_json::Value` would
/// here at a fraction of the wasm: no map type and no deserializer of its own.
#[derive(Debug)]
pub(crate) enum RawJson {
    Number(u64),
    Text(String),
    Object(Vec<(String, RawJson)>),
    List(Vec<RawJson>),
    Other,
}

impl RawJson {
    /// The value of `key` in an object (the last one when a key is given twice, as serde_json does).
    pub(crate) fn get(&self, key: &str) -> Option<&RawJson> {
        match self {
            RawJson::Object(fields) => fields.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub(crate) fn as_u64(&self) -> Option<u64> {
        match self {
            RawJson::Number(n) => Some(*n),
            _ => None,
        }
    }

    pub(crate) fn as_list(&self) -> Option<&[RawJson]> {
        match self {
            RawJson::List(items) => Some(items),
            _ => None,
        }
    }

    pub(crate) fn as_str(&self) -> Option<&str> {
        match self {
            RawJson::Text(t) => Some(t),
            _ => None,
        }
    }
}

impl<'de> Deserialize<'de> for RawJson {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<RawJson, D::Error> {
        deserializer.deserialize_any(RawJsonVisitor)
    }
}

struct RawJsonVisitor;

impl<'de> serde::de::Visitor<'de> for RawJsonVisitor {
    type Value = RawJson;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_u64<E>(self, v: u64) -> Result<RawJson, E> {
        Ok(RawJson::Number(v))
    }

    fn visit_i64<E>(self, _: i64) -> Result<RawJson, E> {
        Ok(RawJson::Other)
    }

    fn visit_f64<E>(self, _: f64) -> Result<RawJson, E> {
        Ok(RawJson::Other)
    }

    fn visit_bool<E>(self, _: bool) -> Result<RawJson, E> {
        Ok(RawJson::Other)
    }

    fn visit_unit<E>(self) -> Result<RawJson, E> {
        Ok(RawJson::Other)
    }

    fn visit_str<E>(self, v: &str) -> Result<RawJson, E> {
        Ok(RawJson::Text(v.to_string()))
    }

    fn visit_string<E>(self, v: String) -> Result<RawJson, E> {
        Ok(RawJson::Text(v))
    }

    /// A list's items are read as values too, so serde_json's nesting limit applies to them as to
    /// any value.
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<RawJson, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element::<RawJson>()? {
            items.push(item);
        }
        Ok(RawJson::List(items))
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<RawJson, A::Error> {
        let mut fields = Vec::new();
        while let Some(entry) = map.next_entry::<String, RawJson>()? {
            fields.push(entry);
        }
        Ok(RawJson::Object(fields))
    }
}
