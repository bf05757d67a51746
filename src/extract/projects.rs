//! Boxed lists (专栏) and appendix project lists: every box, and the projects they name.
//!
//! (Stub until the projects issue lands.)

use crate::context::Context;
use crate::meta::Meta;
use crate::model::{BoxedList, Project, Warning};
use crate::normalize::Normalized;
use crate::segment::Outline;
use std::ops::Range;

#[derive(Debug, Default)]
pub struct ProjectsOut {
    pub boxes: Vec<BoxedList>,
    pub projects: Vec<Project>,
    pub warnings: Vec<Warning>,
}

/// `table_lines`: line ranges the tables extractor claimed (a box there is a `table` box).
pub fn extract(
    _doc: &Normalized,
    _meta: &Meta,
    _outline: &Outline,
    _table_lines: &[Range<usize>],
    _ctx: &Context,
) -> ProjectsOut {
    ProjectsOut::default()
}
