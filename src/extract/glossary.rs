//! Glossaries: 名词解释 and 注释 blocks → term and definition.
//!
//! (Stub until the projects issue lands.)

use crate::model::GlossaryEntry;
use crate::normalize::Normalized;
use crate::segment::Outline;

pub fn extract(_doc: &Normalized, _outline: &Outline) -> Vec<GlossaryEntry> {
    Vec::new()
}
