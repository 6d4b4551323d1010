//! The team view's core: many people's results of one assessment, found in pasted text or
//! imported files (`roster`), combined into one picture (`stats`), and the records a facilitator
//! keeps: a team picture and a consensus result (`record`). Pure, like the rest of the core.

pub mod consensus;
pub mod record;
pub mod roster;
pub mod stats;
