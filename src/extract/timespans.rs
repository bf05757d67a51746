//! Time expressions: plan periods (十四五), ranges, years, deadlines (到2025年), relative ones.
//!
//! (Stub until the targets issue lands.)

use crate::meta::Meta;
use crate::model::TimeSpan;
use crate::normalize::Normalized;

pub fn extract(_doc: &Normalized, _meta: &Meta) -> Vec<TimeSpan> {
    Vec::new()
}
