//! Tables whose cells are separated by single spaces and wrapped across lines by PDF
//! extraction (the Beijing 十五五 plan, line 523): a header line `类别 序号 指标 2025年 2030年目标
//! 属性`, then records that open with a serial number and close with 预期性/约束性.
//!
//! (Not yet read: returns no grid.)

use super::layout::Grid;
use crate::normalize::Normalized;
use std::ops::Range;

pub fn spaced_tables(_doc: &Normalized, _taken: &[Range<usize>]) -> Vec<Grid> {
    Vec::new()
}
