//! Content that is not tied to one model.

use crate::core::catalog::CATALOG;
use crate::i18n::{self, Msg};

/// What organisations at the top of any ladder keep doing to stay there (paraphrased from the
/// list of structural habits in Annette Franz's article; the sources agree there is no ceiling).
pub const KEEP_DOING: &[Msg] = &[
    i18n::GUIDANCE_KEEP_DOING_1,
    i18n::GUIDANCE_KEEP_DOING_2,
    i18n::GUIDANCE_KEEP_DOING_3,
    i18n::GUIDANCE_KEEP_DOING_4,
    i18n::GUIDANCE_KEEP_DOING_5,
    i18n::GUIDANCE_KEEP_DOING_6,
    i18n::GUIDANCE_KEEP_DOING_7,
    i18n::GUIDANCE_KEEP_DOING_8,
    i18n::GUIDANCE_KEEP_DOING_9,
    i18n::GUIDANCE_KEEP_DOING_10,
    i18n::GUIDANCE_KEEP_DOING_11,
    i18n::GUIDANCE_KEEP_DOING_12,
    i18n::GUIDANCE_KEEP_DOING_13,
    i18n::GUIDANCE_KEEP_DOING_14,
    i18n::GUIDANCE_KEEP_DOING_15,
    i18n::GUIDANCE_KEEP_DOING_16,
    i18n::GUIDANCE_KEEP_DOING_17,
];

/// Where `KEEP_DOING` comes from.
pub const KEEP_DOING_SOURCE: Msg = i18n::GUIDANCE_KEEP_DOING_SOURCE;

/// For results at the top of a ladder: the top is not a resting place (Annette Franz's article).
pub const TOP_WARNING: Msg = i18n::GUIDANCE_TOP_WARNING;

/// On every result: follow the plan through and measure again. The plan and its measures follow
/// the four-stage article's advice on evaluating and advancing maturity; the pace follows the
/// sources' point that maturity takes a long time, so a re-take comes when the plan has had time.
pub const FOLLOW_THROUGH: Msg = i18n::GUIDANCE_FOLLOW_THROUGH;

/// Where `FOLLOW_THROUGH` comes from: the article the four-stage model is built on, cited as
/// that model cites it (so a result citing both lists it once).
pub fn follow_through_source() -> &'static str {
    CATALOG.iter().find(|e| e.id == "four-stages").map_or("", |e| e.source)
}
