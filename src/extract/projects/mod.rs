//! Boxed lists (专栏) and appendix project lists: every box, and the projects they name.
//!
//! - [`pieces`]: lines cut into the units box content is made of (HTML paragraphs, pipe cells);
//! - [`boxes`]: every 专栏 in its layouts, and where it ends;
//! - [`split`]: group labels, and lists split into project names;
//! - [`appendix`]: appendix lists of 工程 with investment and sub-projects (004 附件2);
//! - [`table`]: project tables, a column of project names (`| 序号 | 项目名称 | 总投资（亿元） |`);
//! - [`money`]: stated investments;
//! - [`records`]: project records one a line, fields labelled (`项目名称：…；投资：…万元`).
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
pub mod records;
pub mod split;
pub mod table;
pub mod wrap;

use crate::extract::tables::layout::Grid;
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

/// `table_lines`: line ranges the tables extractor claimed (a box there is a `table` box);
/// `grids`: every grid it read, for project tables.
pub fn extract(
    doc: &Normalized,
    outline: &Outline,
    table_lines: &[Range<usize>],
    grids: &[Grid],
) -> ProjectsOut {
    let pieces = pieces::all(doc);
    let mut out = ProjectsOut::default();
    let mut tables: Vec<Option<table::ProjectTable>> =
        table::find(doc, grids).into_iter().map(Some).collect();
    for b in boxes::find(doc, &pieces, table_lines) {
        let (first, last) = (
            &pieces[b.head.start],
            &pieces[b.body.end.max(b.head.end) - 1],
        );
        let overlaps = |r: &Range<usize>| r.start <= last.line && first.line < r.end;
        let in_table = tables
            .iter_mut()
            .find(|t| t.as_ref().is_some_and(|t| overlaps(&t.lines)))
            .and_then(Option::take);
        let projects = match (&in_table, b.layout) {
            (Some(t), _) => table_projects(outline, t, &b.caption),
            (None, Layout::List) => box_projects(doc, outline, &pieces, &b),
            (None, _) => Vec::new(),
        };
        let claimed = table_lines.iter().any(overlaps);
        let kind = if !projects.is_empty() && in_table.is_some() {
            BoxKind::Projects
        } else if claimed || b.layout == Layout::Rows {
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
    record_lists(doc, outline, &mut out);
    for t in tables.into_iter().flatten() {
        unboxed_table(doc, outline, &t, &mut out);
    }
    out
}

/// The projects of a project table inside box `caption`.
fn table_projects(outline: &Outline, t: &table::ProjectTable, caption: &str) -> Vec<Project> {
    t.rows
        .iter()
        .map(|r| Project {
            id: String::new(),
            section: outline.section_id_at_line(r.span.line.saturating_sub(1)),
            box_caption: Some(caption.to_string()),
            group: r.group.clone(),
            name: r.name.clone(),
            attributes: r.attributes.clone(),
            investment: r.investment.clone(),
            span: r.span,
        })
        .collect()
}

/// A project table outside any box (an appendix's `重大项目表`): a `projects` box of its own,
/// captioned by the table's caption (or its first project's section when it has none).
fn unboxed_table(
    doc: &Normalized,
    outline: &Outline,
    t: &table::ProjectTable,
    out: &mut ProjectsOut,
) {
    let caption = unboxed_list(doc, outline, t.caption.clone(), t.lines.clone(), out);
    out.projects.extend(table_projects(outline, t, &caption));
}

/// A `projects` box for a list of projects outside any 专栏 on `lines`, captioned by `caption`
/// or, without one, by its section's title; returns the caption.
fn unboxed_list(
    doc: &Normalized,
    outline: &Outline,
    caption: Option<String>,
    lines: Range<usize>,
    out: &mut ProjectsOut,
) -> String {
    let section = outline.section_at_line(lines.start);
    let caption = caption
        .or_else(|| section.map(|s| s.title.clone()))
        .unwrap_or_default();
    out.boxes.push(BoxedList {
        id: String::new(),
        section: section.map(|s| s.id.clone()),
        caption: caption.clone(),
        kind: BoxKind::Projects,
        span: doc.lines_span(lines),
    });
    caption
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

/// The projects of a list box, with their group labels. A piece is read together with the
/// pieces that continue it across line breaks (see [`continues`]), so a name the line width cut
/// (003 专栏 17: `…建设甲文化创意设计平台、甲维吾尔医` / `药传承中心、…`) is found whole.
fn box_projects(
    doc: &Normalized,
    outline: &Outline,
    pieces: &[Piece],
    b: &FoundBox,
) -> Vec<Project> {
    let mut out = Vec::new();
    let mut group: Option<String> = None;
    let mut k = b.body.start;
    while k < b.body.end {
        let text = pieces[k].text(doc);
        let mut rest_at = split::enumerator_len(text);
        let mut all = false;
        let mut described = None;
        if let Some(g) = split::group_label(text) {
            if g.colon && split::describes_label(g.label(text), g.rest(text)) {
                described = Some(g);
            } else {
                group = Some(g.label(text).trim().to_string());
                all = g.colon && split::names_projects(g.label(text));
            }
            rest_at = g.rest;
        }
        let label_piece = k;
        let mut joined = wrap::Joined::default();
        joined.push(doc, pieces, k, rest_at);
        while k + 1 < b.body.end && continues(doc, &pieces[k], &pieces[k + 1]) {
            k += 1;
            joined.push(doc, pieces, k, 0);
        }
        if let Some(g) = described {
            let label = (label_piece, g);
            out.extend(described_project(
                doc, outline, pieces, label, &joined, b, &group,
            ));
            k += 1;
            continue;
        }
        k += 1;
        let items = if all {
            split::list_items(&joined.text)
        } else {
            split::items(&joined.text)
        };
        for it in items {
            if let Some(p) = project(doc, outline, pieces, &joined, &it, &b.caption, &group) {
                out.push(p);
            }
        }
    }
    out
}

/// A label that is itself the project (`1.甲至乙高速公路:全长120公里,总投资80亿元。`): the
/// label (on its piece) is the name, the description after its colon (with the lines that continue
/// it) the attributes, and the investment is read from the description.
fn described_project(
    doc: &Normalized,
    outline: &Outline,
    pieces: &[Piece],
    (k, g): (usize, split::Group),
    description: &wrap::Joined,
    b: &FoundBox,
    group: &Option<String>,
) -> Option<Project> {
    let text = pieces.get(k)?.text(doc);
    let label = g.label(text);
    let lead = label.len() - label.trim_start().len();
    let (name, span) = located(
        doc,
        pieces,
        (k, g.start + lead),
        (k, g.start + label.trim_end().len()),
    )?;
    let body = description.text.trim_end_matches(['。', ';', ' ']);
    let attributes = (!body.trim().is_empty())
        .then(|| {
            let start = body.len() - body.trim_start().len();
            let (a, z) = description.range(start, body.len());
            located(doc, pieces, a, z)
        })
        .flatten()
        .map(|(t, _)| t);
    Some(Project {
        id: String::new(),
        section: outline.section_id_at_line(pieces[k].line),
        box_caption: Some(b.caption.clone()),
        group: group.clone(),
        name,
        attributes,
        investment: money::parse(&description.text),
        span,
    })
}

/// Characters that end a list item or a sentence: a piece ending otherwise is continued by the
/// next line.
const BREAKS: &[char] = &['、', ',', ';', '。', ':', '!', '?'];

/// Does piece `q` continue piece `p` — a line break, not the list, ended `p`? `p` must end
/// without a separator (`…甲维吾尔医`), and `q`, on a later line, must open with no enumerator
/// or group label. When both the fragment `p` ends with and the one `q` opens with are names
/// on their own (each ends with a head noun), the lines are two items, not one cut name.
fn continues(doc: &Normalized, p: &Piece, q: &Piece) -> bool {
    let (a, b) = (p.text(doc), q.text(doc));
    if q.line == p.line || a.ends_with(BREAKS) {
        return false;
    }
    if split::enumerator_len(b) > 0 || split::group_label(b).is_some() || boxes::is_heading(b) {
        return false;
    }
    let tail = a.rsplit(BREAKS).next().unwrap_or(a);
    let head = b.split(BREAKS).next().unwrap_or(b);
    !(dict::head_of(tail).is_some() && dict::head_of(head).is_some())
}

/// One project record from an item of a joined text (offsets in `joined.text`); `None` if the
/// item's places cannot be mapped to the source.
fn project(
    doc: &Normalized,
    outline: &Outline,
    pieces: &[Piece],
    joined: &wrap::Joined,
    it: &split::Item,
    caption: &str,
    group: &Option<String>,
) -> Option<Project> {
    let (a, b) = joined.range(it.start, it.end);
    let (name, span) = located(doc, pieces, a, b)?;
    let attributes = it
        .attributes
        .filter(|(s, e)| s < e)
        .and_then(|(s, e)| {
            let (a, b) = joined.range(s, e);
            located(doc, pieces, a, b)
        })
        .map(|(t, _)| t);
    let investment = it
        .attributes
        .and_then(|(s, e)| joined.text.get(s..e))
        .and_then(money::parse);
    Some(Project {
        id: String::new(),
        section: outline.section_id_at_line(pieces.get(a.0)?.line),
        box_caption: Some(caption.to_string()),
        group: group.clone(),
        name,
        attributes,
        investment,
        span,
    })
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
            let Some((name, span)) = located(doc, pieces, (e.piece, e.start), (e.end_piece, e.end))
            else {
                continue;
            };
            out.projects.push(Project {
                id: String::new(),
                section: outline.section_id_at_line(p.line),
                box_caption: Some(list.caption.clone()),
                group: e.parent.clone(),
                name,
                attributes: None,
                investment: appendix::investment(p.text(doc), e),
                span,
            });
        }
    }
}

/// Lists of project records (see [`records`]): a `projects` box each, captioned by its lead line
/// or, without one, by its section's title.
fn record_lists(doc: &Normalized, outline: &Outline, out: &mut ProjectsOut) {
    for list in records::find(doc) {
        let caption = unboxed_list(doc, outline, list.caption, list.lines.clone(), out);
        for r in list.records {
            out.projects.push(Project {
                id: String::new(),
                section: outline.section_id_at_line(r.span.line.saturating_sub(1)),
                box_caption: Some(caption.clone()),
                group: None,
                name: r.name,
                attributes: None,
                investment: r.investment,
                span: r.span,
            });
        }
    }
}

/// The exact source text from place `a` to place `b` and its span: a name a line break cut
/// keeps the break and the next line's indentation (`核\n心区宜居品质提升`).
fn located(doc: &Normalized, pieces: &[Piece], a: wrap::At, b: wrap::At) -> Option<(String, Span)> {
    let (s, e) = wrap::source_range(doc, pieces, a, b)?;
    let name = doc.source.as_str().get(s..e)?.to_string();
    Some((name, doc.source.span(s, e)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 003 专栏 17: `…甲维吾尔医` / `药传承中心、…` is one name cut by the line; two lines that
    /// each end and open with a whole name (`丙市丁水库` / `戊市己公路`) are two items, and a
    /// line ending with a separator or followed by a numbered line is never continued.
    #[test]
    fn a_line_is_continued_only_where_a_name_was_cut() {
        let doc = Normalized::new(
            "建设甲文化创意设计平台、甲维吾尔医\n\n药传承中心、乙博览园等项目\n甲市乙铁路、丙市丁水库\n戊市己公路、庚机场改扩建工程、\n1.辛市壬公路\n"
                .to_string(),
        );
        let ps = pieces::all(&doc);
        assert_eq!(ps.len(), 5);
        assert!(continues(&doc, &ps[0], &ps[1]));
        assert!(!continues(&doc, &ps[2], &ps[3]));
        assert!(!continues(&doc, &ps[3], &ps[4]));
        let mut j = wrap::Joined::default();
        j.push(&doc, &ps, 0, 0);
        j.push(&doc, &ps, 1, 0);
        let s = j.text.find("甲维").unwrap_or(0);
        let e = j.text.find("中心").map_or(0, |i| i + "中心".len());
        let (a, b) = j.range(s, e);
        let (name, span) = located(&doc, &ps, a, b).expect("located");
        assert_eq!(name, "甲维吾尔医\n\n药传承中心");
        assert_eq!((span.line, span.end - span.start), (1, 12));
    }
}
