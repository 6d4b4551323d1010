//! The embedded widget's side of the contract with its host page: the element's attributes read
//! into a checked configuration (an invalid value falls back to its default, with a warning the
//! browser glue writes to the console), and the payloads of the events it dispatches on the
//! element: `cx-maturity-start` and `cx-maturity-progress` (`Step`), `cx-maturity-complete`
//! (`Completion`). Documented in `docs/embedding.md`.

use crate::core::answers::{Answer, Answers};
use crate::core::catalog::{self, CATALOG};
use crate::core::model::Model;
use crate::core::scoring::{Confidence, Outcome};
use crate::core::share::{MAX_TEAM_CHARS, link, link_payload, team_link_payload};
use crate::core::translation::{LANGUAGES, Language, best_match};
use crate::core::url::{MAX_LABEL, MAX_URL, clean, good_label, safe_url};
use serde::Serialize;

/// The element's attributes the app reads, as the host wrote them (absent ones are `None`).
/// `accent` and `font` are not among them: the element's script sets those as CSS properties.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Attributes {
    pub model: Option<String>,
    pub model_src: Option<String>,
    pub cta_label: Option<String>,
    pub cta_url: Option<String>,
    pub namespace: Option<String>,
    pub compact: Option<String>,
    pub share_answers: Option<String>,
    pub result: Option<String>,
    pub team: Option<String>,
    pub share_url: Option<String>,
    pub lang: Option<String>,
}

impl Attributes {
    /// The attributes, each looked up by its name on the element with `get`.
    pub fn read(get: impl Fn(&str) -> Option<String>) -> Attributes {
        Attributes {
            model: get("model"),
            model_src: get("model-src"),
            cta_label: get("cta-label"),
            cta_url: get("cta-url"),
            namespace: get("namespace"),
            compact: get("compact"),
            share_answers: get("share-answers"),
            result: get("result"),
            team: get("team"),
            share_url: get("share-url"),
            lang: get("lang"),
        }
    }
}

/// A call to action shown with the result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallToAction {
    pub label: String,
    pub url: String,
}

/// What the widget does with its attributes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WidgetConfig {
    /// Catalog index of the model to open with.
    pub model: Option<usize>,
    /// The language the host asks for (`lang`), when the app speaks it; otherwise the page's
    /// and the browser's languages decide.
    pub lang: Option<&'static Language>,
    /// The address of the host's own model file, as the host wrote it (relative to the host
    /// page, or absolute http(s), or a `blob:` address); when given, it is the only model offered.
    pub model_src: Option<String>,
    pub call_to_action: Option<CallToAction>,
    /// Keeps this widget's data apart from other widgets' on the same origin.
    pub namespace: Option<String>,
    pub compact: bool,
    /// Whether the completion event carries the answers.
    pub share_answers: bool,
    /// A shared result to open with: a share link's payload (what follows `#result=`), which the
    /// host or the widget's own frame page (embed/frame.js) passes on from its address. The
    /// widget never reads its host page's address itself.
    pub result: Option<String>,
    /// A team link to open the team view with: its payload (what follows `#team=`), passed on
    /// like `result`.
    pub team: Option<String>,
    /// The page the widget's share links open: an absolute http(s) address, to which
    /// `#result=<payload>` is added. Without it, links open the widget's own page, `frame.html`
    /// next to its script.
    pub share_url: Option<String>,
}

/// The longest namespace accepted.
const MAX_NAME: usize = 40;

/// A boolean attribute: present (any value but "false") is on.
fn flag(value: &Option<String>) -> bool {
    value.as_deref().is_some_and(|v| !v.eq_ignore_ascii_case("false"))
}

/// An address a model file may be fetched from: absolute http(s), `blob:` (a file an author
/// page made, see author.html) or relative to the host page; never `javascript:` or `data:`.
fn model_file_url(url: &str) -> bool {
    let url = url.trim();
    let lower = url.to_ascii_lowercase();
    // A colon after the first `/`, `?` or `#` is no scheme's: `models/a:b.json` is relative.
    let relative = url.find(':').is_none_or(|colon| url.find(['/', '?', '#']).is_some_and(|end| end < colon));
    clean(url)
        && (lower.starts_with("https://") || lower.starts_with("http://") || lower.starts_with("blob:") || relative)
}

impl WidgetConfig {
    /// Reads `attributes`; each invalid value is left out, with a sentence saying why. The
    /// sentences go to the console for the host page's developers, so they stay in English.
    pub fn read(attributes: &Attributes) -> (WidgetConfig, Vec<String>) {
        let mut warnings = Vec::new();
        let mut config = WidgetConfig {
            compact: flag(&attributes.compact),
            share_answers: flag(&attributes.share_answers),
            ..WidgetConfig::default()
        };
        if let Some(tag) = &attributes.lang {
            config.lang = best_match([tag.as_str()]);
            if config.lang.is_none() {
                warnings.push(format!(
                    "lang=\"{}\" is not a language the widget speaks ({}); the page's or the browser's language is used.",
                    shorten(tag),
                    listed(LANGUAGES.iter().map(|l| l.tag))
                ));
            }
        }
        if let Some(src) = &attributes.model_src {
            if model_file_url(src) {
                config.model_src = Some(src.trim().to_string());
            } else {
                warnings.push(format!(
                    "model-src=\"{}\" is not an http(s), blob or relative address of a model file; it is not loaded.",
                    shorten(src)
                ));
            }
        }
        if let (Some(_), Some(_)) = (&config.model_src, &attributes.model) {
            warnings.push("model is ignored when model-src is given: the host's model is the one offered.".to_string());
        } else if let Some(id) = &attributes.model {
            config.model = catalog::index(id.trim());
            if config.model.is_none() {
                warnings.push(format!(
                    "model=\"{}\" is not a built-in model ({}); the default is used.",
                    shorten(id),
                    listed(CATALOG.iter().map(|e| e.id))
                ));
            }
        }
        if let Some(name) = &attributes.namespace {
            let ok = (1..=MAX_NAME).contains(&name.len())
                && name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
            if ok {
                config.namespace = Some(name.clone());
            } else {
                warnings.push(format!(
                    "namespace=\"{}\" must be 1 to {MAX_NAME} characters of a-z, 0-9 and '-'; no namespace is used.",
                    shorten(name)
                ));
            }
        }
        match (&attributes.cta_label, &attributes.cta_url) {
            (None, None) => {}
            (Some(label), Some(url)) => {
                let label = label.trim();
                if !good_label(label) {
                    warnings
                        .push(format!("cta-label must be 1 to {MAX_LABEL} characters; no call to action is shown."));
                } else if !safe_url(url) {
                    warnings.push(format!(
                        "cta-url=\"{}\" is not an http(s), mailto or same-site link; no call to action is shown.",
                        shorten(url)
                    ));
                } else {
                    config.call_to_action =
                        Some(CallToAction { label: label.to_string(), url: url.trim().to_string() });
                }
            }
            _ => warnings.push("cta-label and cta-url go together; no call to action is shown.".to_string()),
        }
        // A whole fragment (`#result=…`, `#team=…`) is taken as well as its payload. The payload
        // itself is checked when it is opened, and a bad one is told to the visitor like a bad link.
        let mut payload = |given: &Option<String>, strip: fn(&str) -> Option<&str>, max: usize, which: &str| {
            let given = given.as_deref()?.trim();
            let payload = strip(given).unwrap_or(given).trim();
            if payload.is_empty() || payload.len() > max {
                warnings.push(format!("{which} must be 1 to {max} characters; it is not opened."));
                return None;
            }
            Some(payload.to_string())
        };
        config.result = payload(&attributes.result, link_payload, MAX_URL, "result");
        config.team = payload(&attributes.team, team_link_payload, MAX_TEAM_CHARS, "team");
        if let Some(url) = &attributes.share_url {
            let url = url.trim();
            let lower = url.to_ascii_lowercase();
            if (lower.starts_with("https://") || lower.starts_with("http://")) && safe_url(url) {
                config.share_url = Some(url.split('#').next().unwrap_or(url).to_string());
            } else {
                warnings.push(format!(
                    "share-url=\"{}\" is not an absolute http(s) address; share links open the widget's own page.",
                    shorten(url)
                ));
            }
        }
        (config, warnings)
    }

    /// The share link of `payload`: on the host's `share_url` if it gave one, else on the widget's
    /// own page in `assets` (the folder its files are in, ending in `/`). `encode` makes a text
    /// a query parameter's value (`encodeURIComponent`).
    pub fn share_link(&self, assets: &str, payload: &str, encode: impl Fn(&str) -> String) -> String {
        link(&self.share_page(assets, encode), payload)
    }

    /// The page share links and team links open: the host's `share_url`, else the widget's own
    /// page in `assets`, given the host's own model file (`?model-src=`) when there is one, so
    /// that a link of that model opens on it.
    pub fn share_page(&self, assets: &str, encode: impl Fn(&str) -> String) -> String {
        match (&self.share_url, &self.model_src) {
            (Some(url), _) => url.clone(),
            (None, Some(src)) => format!("{assets}frame.html?model-src={}", encode(src)),
            (None, None) => format!("{assets}frame.html"),
        }
    }
}

/// At most a few dozen characters of a value the host gave, for a warning.
/// Names as a warning lists them: "en, de, fr".
fn listed<'a>(names: impl Iterator<Item = &'a str>) -> String {
    names.collect::<Vec<_>>().join(", ")
}

fn shorten(value: &str) -> String {
    let short: String = value.chars().take(40).collect();
    if short.len() < value.len() { format!("{short}…") } else { short }
}

/// One dimension's score in the completion event.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DimensionScore {
    pub id: String,
    pub name: String,
    /// Whole percent, "Not sure" counted as the lowest answer.
    pub percent: u32,
}

/// Where a result would be placed: a stage and its name.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Placed {
    /// The stage (1-based) on a ladder; the number of sound dimensions on a model that counts them.
    pub stage: usize,
    /// The stage's name, or "2 of 3 principles sound".
    pub stage_name: String,
}

/// The `detail` of the `cx-maturity-start` event (the question shown on leaving the intro) and of
/// `cx-maturity-progress` (a question answered for the first time).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Step<'a> {
    pub model: &'a str,
    pub version: u32,
    /// The question (1-based) shown or answered.
    pub question: usize,
    pub questions: usize,
}

/// Question `q` (0-based) of `model`.
pub fn step(model: &Model, q: usize) -> Step<'_> {
    Step { model: &model.id, version: model.version, question: q + 1, questions: model.questions.len() }
}

/// The `detail` of the `cx-maturity-complete` event.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Completion {
    pub model: String,
    pub version: u32,
    /// The stage (1-based) on a ladder; the number of sound dimensions on a model that counts them.
    pub stage: usize,
    /// The stage's name, or "2 of 3 principles sound".
    pub stage_name: String,
    /// How many stages are complete, on a model that completes them in order.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub complete_stages: Option<usize>,
    /// "high", "medium" or "low", as the result screen says it.
    pub confidence: &'static str,
    /// Questions answered with something other than "Not sure", and all of them.
    pub answered: usize,
    pub questions: usize,
    /// The result with every "Not sure" at the highest option, when that differs: a host that
    /// scores leads on the result should not take `stage` as certain then.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub best_case: Option<Placed>,
    /// Ids of the dimensions too little is known of to place (mostly "Not sure").
    pub unplaced: Vec<String>,
    pub dimensions: Vec<DimensionScore>,
    /// The answers in the text form of `Answers::encode`, only when the host asked for them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub answers: Option<String>,
}

/// The completion of `answers` to `model`, scored as `outcome`. On a model that counts its sound
/// dimensions, `sound[n]` names the result of `n` sound ("2 of 3 principles sound", in the
/// language the app speaks, as a ladder's stage names are the model's in it).
pub fn completion(
    model: &Model,
    outcome: &Outcome,
    answers: &Answers,
    with_answers: bool,
    sound: &[String],
) -> Completion {
    let placed = |stage: usize| {
        if model.is_ladder() {
            Placed { stage, stage_name: model.stages[stage - 1].name.to_string() }
        } else {
            // The unordered rule's stage is one more than the sound dimensions.
            Placed { stage: stage - 1, stage_name: sound.get(stage - 1).cloned().unwrap_or_default() }
        }
    };
    let Placed { stage, stage_name } = placed(outcome.stage);
    let answered = (0..model.questions.len()).filter(|&q| matches!(answers.get(q), Answer::Option(_))).count();
    Completion {
        model: model.id.to_string(),
        version: model.version,
        stage,
        stage_name,
        complete_stages: outcome.complete_stages,
        confidence: match outcome.confidence_band() {
            Confidence::High => "high",
            Confidence::Medium => "medium",
            Confidence::Low => "low",
        },
        answered,
        questions: model.questions.len(),
        best_case: outcome.best_case.map(|b| placed(b.stage)),
        unplaced: outcome.unplaced.iter().map(|&d| model.dimensions[d].id.to_string()).collect(),
        dimensions: model
            .dimensions
            .iter()
            .zip(&outcome.dimensions)
            .map(|(d, s)| DimensionScore {
                id: d.id.to_string(),
                name: d.name.to_string(),
                percent: (s.percent * 100.0).round() as u32,
            })
            .collect(),
        answers: with_answers.then(|| answers.encode()),
    }
}
