//! Stage 3: the outline — 篇/章/节, standalone headings, TOC, preface, appendices, glossaries.
//!
//! (Stub until the segment issue lands: no sections.)

use crate::analysis::Analysis;
use crate::context::Context;
use crate::meta::Meta;
use crate::model::{Section, Warning};
use crate::normalize::Normalized;

/// The outline of one document, with the innermost section of every line.
#[derive(Debug, Default)]
pub struct Outline {
    pub sections: Vec<Section>,
    pub warnings: Vec<Warning>,
    /// For each line index, the index into `sections` of its innermost section.
    pub line_section: Vec<Option<usize>>,
}

impl Outline {
    /// The innermost section holding line `line` (0-based), if any.
    pub fn section_at_line(&self, line: usize) -> Option<&Section> {
        self.line_section
            .get(line)
            .copied()
            .flatten()
            .map(|i| &self.sections[i])
    }

    /// Id of the innermost section holding line `line` (0-based).
    pub fn section_id_at_line(&self, line: usize) -> Option<String> {
        self.section_at_line(line).map(|s| s.id.clone())
    }

    /// The chain of sections from the top down to `id`.
    pub fn path(&self, id: &str) -> Vec<&Section> {
        let mut chain = Vec::new();
        let mut cur = self.sections.iter().find(|s| s.id == id);
        while let Some(s) = cur {
            chain.push(s);
            cur = s
                .parent
                .as_deref()
                .and_then(|p| self.sections.iter().find(|s| s.id == p));
        }
        chain.reverse();
        chain
    }
}

/// Build the outline of a document.
pub fn segment(doc: &Normalized, _meta: &Meta, _tokens: &Analysis, _ctx: &Context) -> Outline {
    Outline {
        line_section: vec![None; doc.lines.len()],
        ..Outline::default()
    }
}
