//! Indicator tables (主要指标) in their three layouts, and the targets their cells state.
//!
//! (Stub until the tables issue lands.)

use crate::analysis::Analysis;
use crate::context::Context;
use crate::meta::Meta;
use crate::model::{Table, Target, Warning};
use crate::normalize::Normalized;
use crate::segment::Outline;
use std::ops::Range;

/// Tables found, the targets of their cells, and the line ranges they occupy (0-based line
/// indices) so that other extractors skip them.
#[derive(Debug, Default)]
pub struct TablesOut {
    pub tables: Vec<Table>,
    pub targets: Vec<Target>,
    pub claimed_lines: Vec<Range<usize>>,
    pub warnings: Vec<Warning>,
}

pub fn extract(
    _doc: &Normalized,
    _meta: &Meta,
    _outline: &Outline,
    _tokens: &Analysis,
    _ctx: &Context,
) -> TablesOut {
    TablesOut::default()
}
