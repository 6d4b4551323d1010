//! Links a host or a model file may send people to, and the call to action that carries one:
//! the rule the widget's `cta-url` and `share-url` and a model stage's `cta` share.

/// The longest call-to-action label accepted, in characters.
pub const MAX_LABEL: usize = 80;
/// The longest link accepted, in bytes.
pub const MAX_URL: usize = 2000;

/// A link a host may send people to: `https:`, `http:`, `mailto:` or a path on its own site;
/// never `javascript:` or `data:`. A backslash is refused anywhere: browsers read it as `/` in
/// web addresses, so `/\other.example` would leave the site.
pub fn safe_url(url: &str) -> bool {
    let url = url.trim();
    let lower = url.to_ascii_lowercase();
    clean(url)
        && (lower.starts_with("https://")
            || lower.starts_with("http://")
            || lower.starts_with("mailto:")
            || ((url.starts_with('/') || url.starts_with("./") || url.starts_with('#')) && !url.starts_with("//")))
}

/// Not empty, not too long, and free of control characters and backslashes.
pub fn clean(url: &str) -> bool {
    !url.is_empty() && url.len() <= MAX_URL && !url.chars().any(|c| c.is_control() || c == '\\')
}

/// Whether `label` is fit to show on a call to action: 1 to `MAX_LABEL` characters once trimmed.
pub fn good_label(label: &str) -> bool {
    let label = label.trim();
    !label.is_empty() && label.chars().count() <= MAX_LABEL
}
