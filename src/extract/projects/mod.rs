//! Boxed lists (专栏) and appendix project lists: every box, and the projects they name.
//!
//! - [`pieces`]: lines cut into the units box content is made of (HTML paragraphs, pipe cells);
//! - [`boxes`]: every 专栏 in its layouts, and where it ends;
//! - [`split`]: group labels, and lists split into project names;
//! - [`appendix`]: appendix lists of 工程 with investment and sub-projects (004 附件2);
//! - [`money`]: stated investments.
//!
//! A box whose lines the tables extractor claimed, or whose content is rows of cells, is a
//! `table` box; a box with projects is a `projects` box; any other (a spatial layout, a list of
//! tasks naming no project) is a `text` box. Every project's `name` is the exact source slice of
//! its span; a capacity in parentheses after a name goes to `attributes` (see [`split`]).

pub mod appendix;
pub mod boxes;
pub mod dict;
pub mod money;
pub mod pieces;
pub mod split;

use crate::context::Context;
use crate::meta::Meta;
use crate::model::{BoxKind, BoxedList, Project, Span, Warning};
use crate::normalize::Normalized;
use crate::segment::Outline;
use boxes::{FoundBox, Layout};
use pieces::Piece;
use std::ops::Range;

#[derive(Debug, Default)]
pub struct ProjectsOut {
    pub boxes: Vec<BoxedList>,
    pub projects: Vec<Project>,
    pub warnings: Vec<Warning>,
}

/// `table_lines`: line ranges the tables extractor claimed (a box there is a `table` box).
pub fn extract(
    doc: &Normalized,
    _meta: &Meta,
    outline: &Outline,
    table_lines: &[Range<usize>],
    _ctx: &Context,
) -> ProjectsOut {
    let pieces = pieces::all(doc);
    let mut out = ProjectsOut::default();
    for b in boxes::find(doc, &pieces, table_lines) {
        let projects = if b.layout == Layout::List {
            box_projects(doc, outline, &pieces, &b)
        } else {
            Vec::new()
        };
        let (first, last) = (
            &pieces[b.head.start],
            &pieces[b.body.end.max(b.head.end) - 1],
        );
        let claimed = table_lines
            .iter()
            .any(|r| r.start <= last.line && first.line < r.end);
        let kind = if claimed || b.layout == Layout::Rows {
            BoxKind::Table
        } else if projects.is_empty() {
            BoxKind::Text
        } else {
            BoxKind::Projects
        };
        out.boxes.push(BoxedList {
            id: String::new(),
            section: outline.section_id_at_line(first.line),
            caption: b.caption.clone(),
            kind,
            span: between(doc, first, last),
        });
        if kind == BoxKind::Projects {
            out.projects.extend(projects);
        }
    }
    appendix_lists(doc, outline, &pieces, &mut out);
    out
}

/// The span from the start of piece `a` to the end of piece `b`.
fn between(doc: &Normalized, a: &Piece, b: &Piece) -> Span {
    let s = doc.span(&doc.lines[a.line].map, a.start, a.end);
    let e = doc.span(&doc.lines[b.line].map, b.start, b.end);
    Span {
        start: s.start,
        end: e.end.max(s.end),
        line: s.line,
    }
}

/// The projects of a list box, with their group labels.
fn box_projects(
    doc: &Normalized,
    outline: &Outline,
    pieces: &[Piece],
    b: &FoundBox,
) -> Vec<Project> {
    let mut out = Vec::new();
    let mut group: Option<String> = None;
    let mut prev: Option<&Piece> = None;
    for p in &pieces[b.body.clone()] {
        let text = p.text(doc);
        // `…建设甲文化创意设计平台、甲维吾尔医` / `药传承中心、…`: a piece that continues a name
        // broken by the line before starts with a fragment, no name.
        let fragment_end = prev
            .filter(|q| q.line != p.line && !q.text(doc).ends_with(BREAKS))
            .filter(|_| split::enumerator_len(text) == 0 && split::group_label(text).is_none())
            .and_then(|_| text.find(BREAKS))
            .unwrap_or(0);
        prev = Some(p);
        let mut rest_at = split::enumerator_len(text);
        let mut all = false;
        if let Some(g) = split::group_label(text) {
            group = Some(g.label(text).trim().to_string());
            rest_at = g.rest;
            all = g.colon && split::names_projects(g.label(text));
        }
        let rest = text.get(rest_at..).unwrap_or("");
        let items = if all {
            split::list_items(rest)
        } else {
            split::items(rest)
        };
        for it in items {
            if rest_at + it.start < fragment_end {
                continue;
            }
            out.push(project(
                doc,
                outline,
                p,
                rest_at,
                &it,
                &b.caption,
                group.clone(),
            ));
        }
    }
    out
}

/// Characters that end a list item or a sentence: a piece ending otherwise is continued by the
/// next line.
const BREAKS: &[char] = &['、', ',', ';', '。', ':', '!', '?'];

/// One project record from an item of piece `p` (item offsets relative to `p`'s text + `off`).
fn project(
    doc: &Normalized,
    outline: &Outline,
    p: &Piece,
    off: usize,
    it: &split::Item,
    caption: &str,
    group: Option<String>,
) -> Project {
    let map = &doc.lines[p.line].map;
    let (s, e) = (p.start + off + it.start, p.start + off + it.end);
    let attributes = it.attributes.filter(|(a, b)| a < b).map(|(a, b)| {
        doc.evidence(map, p.start + off + a, p.start + off + b)
            .to_string()
    });
    let investment = it
        .attributes
        .and_then(|(a, b)| p.text(doc).get(off + a..off + b))
        .and_then(money::parse);
    Project {
        id: String::new(),
        section: outline.section_id_at_line(p.line),
        box_caption: Some(caption.to_string()),
        group,
        name: doc.evidence(map, s, e).to_string(),
        attributes,
        investment,
        span: doc.span(map, s, e),
    }
}

/// Appendix lists become `projects` boxes; their 工程 and sub-projects become projects.
fn appendix_lists(doc: &Normalized, outline: &Outline, pieces: &[Piece], out: &mut ProjectsOut) {
    let (lists, warnings) = appendix::find(doc, pieces);
    out.warnings.extend(warnings);
    for list in lists {
        let (first, last) = (&pieces[list.first], &pieces[list.end - 1]);
        out.boxes.push(BoxedList {
            id: String::new(),
            section: outline.section_id_at_line(first.line),
            caption: list.caption.clone(),
            kind: BoxKind::Projects,
            span: between(doc, first, last),
        });
        for e in &list.entries {
            let p = &pieces[e.piece];
            let map = &doc.lines[p.line].map;
            let (s, t) = (p.start + e.start, p.start + e.end);
            out.projects.push(Project {
                id: String::new(),
                section: outline.section_id_at_line(p.line),
                box_caption: Some(list.caption.clone()),
                group: e.parent.clone(),
                name: doc.evidence(map, s, t).to_string(),
                attributes: None,
                investment: appendix::investment(p.text(doc), e),
                span: doc.span(map, s, t),
            });
        }
    }
}
