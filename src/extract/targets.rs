//! Numeric targets in running text: indicator, value, unit, year, comparator, status, binding.
//!
//! (Stub until the targets issue lands.)

use crate::analysis::Analysis;
use crate::context::Context;
use crate::meta::Meta;
use crate::model::{Target, Warning};
use crate::normalize::Normalized;
use crate::segment::Outline;
use std::ops::Range;

#[derive(Debug, Default)]
pub struct TargetsOut {
    pub targets: Vec<Target>,
    pub warnings: Vec<Warning>,
}

/// `table_lines`: line ranges of tables, whose numbers the tables extractor reports.
pub fn extract(
    _doc: &Normalized,
    _meta: &Meta,
    _outline: &Outline,
    _tokens: &Analysis,
    _table_lines: &[Range<usize>],
    _ctx: &Context,
) -> TargetsOut {
    TargetsOut::default()
}
