//! A JSON Schema validator's errors as problems with a model file's shape, worded like serde's:
//! the field they are about and what is wrong there.

use crate::core::model::{FieldPath, Segment};
use jsonschema::ValidationError;
use jsonschema::error::{TypeKind, ValidationErrorKind as K};
use jsonschema::paths::LocationSegment;
use serde_json::Value;

/// The problems one validation error stands for: one per unknown field, the errors of the one
/// form a value was meant to take when it takes none (a scoring rule), else one.
pub fn problems(error: &ValidationError) -> Vec<(FieldPath, String)> {
    let field = field_of(error);
    let one = |message: String| vec![(field.clone(), message)];
    match error.kind() {
        K::AdditionalProperties { unexpected } => {
            unexpected.iter().map(|name| (field.key(name), format!("unknown field `{name}`"))).collect()
        }
        K::Required { property } => one(format!("missing field {}", quoted(property))),
        K::Type { kind } => one(format!("invalid type: {}, expected {}", found(error.instance()), expected(kind))),
        K::Minimum { limit } => one(format!("must be {limit} or more")),
        K::Maximum { limit } => one(format!("must be {limit} or less")),
        K::Constant { expected_value } => one(format!("must be {}", quoted(expected_value))),
        K::OneOfMultipleValid { .. } => one("give either `options` or `scale`, not both".into()),
        K::OneOfNotValid { context } | K::AnyOf { context } => forms(&field, context),
        _ => one(error.to_string()),
    }
}

/// The field an error is about, from its instance path.
fn field_of(error: &ValidationError) -> FieldPath {
    let segment = |segment| match segment {
        LocationSegment::Property(name) => Segment::Key(name.into_owned()),
        LocationSegment::Index(index) => Segment::Index(index),
    };
    FieldPath(error.instance_path().iter().map(segment).collect())
}

/// A value that takes none of its allowed forms. The forms a value is told apart by (a scoring
/// rule's `rule`) are left out when the value does not have their mark; when one form is left its
/// errors are the problems; when none is, the marks it could have are listed; when each form
/// only misses a field (a question's `options` or `scale`), those fields are named.
fn forms(field: &FieldPath, context: &[Vec<ValidationError<'static>>]) -> Vec<(FieldPath, String)> {
    let marked = |errors: &Vec<ValidationError>| !errors.iter().any(|e| matches!(e.kind(), K::Constant { .. }));
    let left: Vec<&Vec<ValidationError>> = context.iter().filter(|errors| marked(errors)).collect();
    let missing: Vec<String> = context
        .iter()
        .flatten()
        .filter_map(|e| match e.kind() {
            K::Required { property } => Some(quoted(property)),
            _ => None,
        })
        .collect();
    match left.as_slice() {
        [errors] => errors.iter().flat_map(problems).collect(),
        [] => {
            let marks: Vec<(FieldPath, String)> = context
                .iter()
                .flatten()
                .filter_map(|e| match e.kind() {
                    K::Constant { expected_value } => Some((field_of(e), quoted(expected_value))),
                    _ => None,
                })
                .collect();
            let at = marks.first().map_or_else(|| field.clone(), |(f, _)| f.clone());
            let names: Vec<String> = marks.into_iter().map(|(_, name)| name).collect();
            vec![(at, format!("must be one of {}", names.join(", ")))]
        }
        _ if missing.len() == context.len() => vec![(field.clone(), format!("needs {}", missing.join(" or ")))],
        _ => left
            .iter()
            .min_by_key(|errors| errors.len())
            .into_iter()
            .flat_map(|e| e.iter().flat_map(problems))
            .collect(),
    }
}

/// A name or a value as the messages quote it: `options`.
fn quoted(value: &Value) -> String {
    match value {
        Value::String(text) => format!("`{text}`"),
        other => format!("`{other}`"),
    }
}

/// What a value is, as serde says it: `string "one"`, `integer \`5\``, `null`.
fn found(value: &Value) -> String {
    match value {
        Value::Null => "null".into(),
        Value::Bool(b) => format!("boolean `{b}`"),
        Value::Number(n) if n.is_f64() => format!("floating point `{n}`"),
        Value::Number(n) => format!("integer `{n}`"),
        Value::String(s) if s.chars().count() > 40 => format!("string \"{}…\"", s.chars().take(40).collect::<String>()),
        Value::String(s) => format!("string {s:?}"),
        Value::Array(_) => "sequence".into(),
        Value::Object(_) => "map".into(),
    }
}

/// The kinds of value a field takes, in words.
fn expected(kind: &TypeKind) -> String {
    let word = |t: jsonschema::JsonType| match t.to_string().as_str() {
        "array" => "a list".to_string(),
        "object" => "an object".to_string(),
        "integer" => "a whole number".to_string(),
        other => format!("a {other}"),
    };
    match kind {
        TypeKind::Single(t) => word(*t),
        TypeKind::Multiple(set) => set.iter().map(word).collect::<Vec<_>>().join(" or "),
    }
}
