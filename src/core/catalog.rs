//! The built-in models. `build.rs` checks every file in `models/` when the crate is built and
//! generates them here as static data (see `Text` in `model`), in the chooser's order.

use crate::core::model::{AnswerOption, Benchmark, Dimension, Model, Question, Scale, Scoring, Source, Stage};
use std::borrow::Cow;

include!(concat!(env!("OUT_DIR"), "/models.rs"));

/// Id of the model a visitor gets unless they choose another.
pub const DEFAULT_MODEL: &str = "six-stage";
