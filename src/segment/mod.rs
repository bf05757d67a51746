//! Stage 3: the outline — 篇/章/节, standalone headings, TOC, preface, appendices, glossaries.
//!
//! 1. [`headings`] finds heading lines by their markers ([`markers`]) and shape;
//! 2. [`toc`] finds the table of contents, one `toc` section whose lines are never body headings;
//! 3. [`tree`] nests the headings by their markers into parents and levels;
//! 4. spans run from a heading to the end of its content (the line before the next heading that
//!    is not its descendant); every line gets its innermost section;
//! 5. [`checks`] warns about TOC/body disagreements and numbering gaps; [`keywords`] ranks each
//!    section's words.

pub mod checks;
pub mod headings;
pub mod keywords;
pub mod markers;
pub mod toc;
pub mod tree;

use crate::analysis::Analysis;
use crate::context::Context;
use crate::meta::Meta;
use crate::model::{Section, SectionKind, Span, Warning};
use crate::normalize::{LineKind, Normalized};
use headings::Candidate;
use markers::Family;
use tree::Node;

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
        let mut cur = self.by_id(id);
        while let Some(s) = cur {
            chain.push(s);
            cur = s.parent.as_deref().and_then(|p| self.by_id(p));
        }
        chain.reverse();
        chain
    }

    /// The section with id `id`. Ids are unique and numbered in order (`s1` is `sections[0]`,
    /// see [`section`]), so the index is read from the id instead of searching every section —
    /// extractors ask for the path of every item they find. An id of another form is searched.
    fn by_id(&self, id: &str) -> Option<&Section> {
        let indexed = id
            .strip_prefix('s')
            .and_then(|n| n.parse::<usize>().ok())
            .and_then(|n| self.sections.get(n.checked_sub(1)?))
            .filter(|s| s.id == id);
        indexed.or_else(|| self.sections.iter().find(|s| s.id == id))
    }
}

/// Build the outline of a document.
pub fn segment(doc: &Normalized, _meta: &Meta, tokens: &Analysis, ctx: &Context) -> Outline {
    let toc = toc::find(doc);
    let marks = markers::of_lines(doc);
    let cands = candidates(doc, &headings::Scan::new(doc, &marks, toc.as_ref()));
    let boxes: Vec<usize> = doc
        .lines
        .iter()
        .filter(|l| headings::is_box_caption(l))
        .map(|l| l.index)
        .collect();
    let nodes = tree::build(cands, &boxes);
    let regions = regions(doc, &nodes, toc.as_ref());
    let line_section = line_sections(doc, &nodes, &regions);
    let mut warnings = checks::numbering(&nodes);
    if let Some(t) = &toc {
        warnings.extend(checks::toc_vs_body(t, &nodes));
    }
    let owner: Vec<Option<usize>> = doc
        .paragraphs
        .iter()
        .map(|p| line_section.get(p.first_line()).copied().flatten())
        .collect();
    let parents: Vec<Option<usize>> = nodes.iter().map(|n| n.parent).collect();
    let keywords = keywords::compute(doc, tokens, ctx, &owner, &parents);
    let sections = nodes
        .iter()
        .zip(keywords)
        .enumerate()
        .map(|(i, (n, kw))| section(doc, n, i, regions[i], kw))
        .collect();
    Outline {
        sections,
        warnings,
        line_section,
    }
}

/// Every heading candidate in line order: the TOC as one, body headings outside it, and a
/// resolution printed before the plan.
fn candidates(doc: &Normalized, scan: &headings::Scan) -> Vec<Candidate> {
    let toc = scan.toc;
    let mut out: Vec<Candidate> = Vec::new();
    let resolution = headings::resolution(doc);
    let mut skip_to = resolution.as_ref().map_or(0, |r| r.last_line + 1);
    out.extend(resolution);
    let mut i = skip_to;
    let mut in_notes = false;
    while i < doc.lines.len() {
        if let Some(t) = toc.filter(|t| t.first_line == i) {
            out.push(toc_candidate(doc, t));
            i = t.last_line + 1;
            continue;
        }
        in_notes = notes_state(&doc.lines[i], in_notes);
        if i < skip_to {
            i += 1;
            continue;
        }
        let found = headings::candidate(doc, i, scan);
        if let Some(c) = found.filter(|c| !(in_notes && c.family.is_sub())) {
            // A heading that is no numbered item (第三章, 第一节, 2024年工作回顾) ends a notes
            // block even where no blank line does: text with single line breaks.
            in_notes &= c.family.is_sub();
            skip_to = c.last_line + 1;
            let child = c
                .family
                .is_di()
                .then(|| headings::inline_child(doc, i, scan));
            out.push(c);
            if let Some(k) = child.flatten() {
                skip_to = skip_to.max(k.last_line + 1);
                out.push(k);
            }
        }
        i += 1;
    }
    out
}

/// Whether line `l` is inside a block of notes under a table (`注:1.【 】为5年累计数…` then
/// `2.城市副中心…`, beijing lines 610–613), whose numbered items are not headings. The block
/// opens at a line starting with 注 and ends at a blank line, a page mark, or a heading other than
/// a numbered item ([`candidates`]).
fn notes_state(l: &crate::normalize::Line, in_notes: bool) -> bool {
    match l.kind {
        LineKind::Blank | LineKind::PageMark => false,
        _ if markers::compact_starts_with(&l.text, "注:") => true,
        _ => in_notes,
    }
}

fn toc_candidate(doc: &Normalized, t: &toc::Toc) -> Candidate {
    let line = &doc.lines[t.first_line];
    Candidate {
        line: t.first_line,
        last_line: t.last_line,
        family: Family::Toc,
        number: None,
        label: None,
        title: "目录".to_string(),
        start: line.map.first().map_or(0, |&b| b as usize),
    }
}

/// The last line (0-based, inclusive) of every node's region: up to the next heading that is not
/// its descendant; the TOC ends at its last entry.
fn regions(doc: &Normalized, nodes: &[Node], toc: Option<&toc::Toc>) -> Vec<usize> {
    let last = doc.lines.len().saturating_sub(1);
    (0..nodes.len())
        .map(|i| {
            if nodes[i].cand.family == Family::Toc {
                return toc.map_or(nodes[i].cand.last_line, |t| t.last_line);
            }
            let level = nodes[i].level;
            nodes[i + 1..]
                .iter()
                .find(|n| n.level <= level)
                .map_or(last, |n| n.cand.line.saturating_sub(1))
                .max(nodes[i].cand.last_line)
        })
        .collect()
}

/// Innermost section of every line: the latest heading at or before it whose region holds it.
fn line_sections(doc: &Normalized, nodes: &[Node], regions: &[usize]) -> Vec<Option<usize>> {
    let mut out = vec![None; doc.lines.len()];
    for (i, n) in nodes.iter().enumerate() {
        let until = nodes.get(i + 1).map_or(doc.lines.len(), |m| m.cand.line);
        for (line, slot) in out.iter_mut().enumerate().take(until).skip(n.cand.line) {
            let mut cur = Some(i);
            while let Some(c) = cur.filter(|&c| regions[c] < line) {
                cur = nodes[c].parent;
            }
            *slot = cur;
        }
    }
    out
}

fn kind_of(f: Family) -> SectionKind {
    match f {
        Family::Part | Family::Division => SectionKind::Part,
        Family::Chapter => SectionKind::Chapter,
        Family::Section => SectionKind::Section,
        Family::Cn
        | Family::ParenCn
        | Family::Arabic
        | Family::ParenArabic
        | Family::Decimal(_) => SectionKind::Heading,
        Family::Preface => SectionKind::Preface,
        Family::Appendix => SectionKind::Appendix,
        Family::Glossary => SectionKind::Glossary,
        Family::Toc => SectionKind::Toc,
    }
}

/// The contract section of node `i`, whose region ends at line `region_end`.
fn section(
    doc: &Normalized,
    n: &Node,
    i: usize,
    region_end: usize,
    keywords: Vec<String>,
) -> Section {
    Section {
        id: format!("s{}", i + 1),
        parent: n.parent.map(|p| format!("s{}", p + 1)),
        level: n.level,
        kind: kind_of(n.cand.family),
        number: n.cand.number,
        label: n.cand.label.clone(),
        title: n.cand.title.clone(),
        span: span(doc, n, region_end),
        keywords,
    }
}

/// From the heading's first character to the end of the last content line of its region that
/// holds text (probes3 province_gwr_2023_md: a section ending in an HTML table whose last lines
/// are tags only had an empty span).
fn span(doc: &Normalized, n: &Node, region_end: usize) -> Span {
    let end_line = (n.cand.line..=region_end)
        .rev()
        // A line of markup only (`<table>`, `</tr>`) cleans to nothing and maps no byte.
        .find(|&l| {
            doc.lines
                .get(l)
                .is_some_and(|x| x.kind.is_content() && !x.map.is_empty())
        })
        .unwrap_or(n.cand.line);
    let end = doc
        .lines
        .get(end_line)
        .and_then(|l| {
            let last = *l.map.last()? as usize;
            Some(last + doc.source.char_len_at(last))
        })
        .unwrap_or(n.cand.start)
        .max(n.cand.start);
    doc.source.span(n.cand.start, end)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The heading candidates' families of a text, in order.
    fn families(text: &str) -> Vec<Family> {
        let doc = Normalized::new(text.to_string());
        let marks = markers::of_lines(&doc);
        let scan = headings::Scan::new(&doc, &marks, None);
        candidates(&doc, &scan).iter().map(|c| c.family).collect()
    }

    /// probes3 province_gwr_2023_md line 27: a section ending in an HTML table whose last lines
    /// are tags only spans its text, not nothing.
    #[test]
    fn a_section_ending_in_tag_lines_spans_its_text() {
        let text = "一、2022年工作回顾\n全省地区生产总值增长3.8%。\n\n二、2023年主要目标\n地区生产总值增长5%左右。\n<table>\n<tr><td>地区生产总值增长(%)</td><td>5</td></tr>\n</table>\n";
        let doc = Normalized::new(text.to_string());
        let meta = crate::meta::read(&doc);
        let ctx = crate::Context::new();
        let tokens = crate::analysis::Analysis::new(&doc, &ctx);
        let outline = segment(&doc, &meta, &tokens, &ctx);
        let s = &outline.sections[1];
        assert!(s.span.start < s.span.end, "{:?}", s.span);
        assert_eq!(s.span.line, 4);
    }

    #[test]
    fn numbered_notes_under_a_table_are_not_headings() {
        // beijing lines 610–616.
        let text = "注:1.【 】为5年累计数,带∗为预计数。\n2.城市副中心和平原新城地区生产总值年均增速、绿色经济重点产业收入\n比例尚无2025年数\n据。\n— 13 —\n第二篇 坚守职责使命\n";
        let found = families(text);
        assert_eq!(found, [Family::Part]);
    }

    /// Text with single line breaks has no blank line to end a notes block: the next chapter
    /// or section heading ends it, and the numbered headings under it count again (001 lines
    /// 337–455 with its blank lines removed, as plain-text converters give it).
    #[test]
    fn a_section_heading_ends_a_notes_block() {
        let text = "注:1、带[]为五年累计数。2、能源综合生产能力指煤炭、石油、天然气、非化石能源生产能力之和。\n第三章 坚持创新驱动发展\n第一节 培育壮大战略新兴产业\n实施战略新兴产业发展推进计划。\n一、生物产业\n重点发展以生物医药为主的生物产业。\n二、先进装备制造业\n加快发展先进装备制造业。\n";
        let found = families(text);
        assert_eq!(
            found,
            [Family::Chapter, Family::Section, Family::Cn, Family::Cn]
        );
    }

    /// A table printed one cell a line (fixtures/variants/001_indicator_table.listed.txt): a
    /// numbered label cell over its value cell is no heading; a numbered heading over prose is.
    #[test]
    fn a_numbered_label_over_a_value_cell_is_no_heading() {
        let text = "第三节 发展目标\n类别\n指标\n经济发展\n1. 地区生产总值增长(%)\n6.6\n-\n预期性\n2. 常住人口城镇化率(%)\n\n63.35\n68.35\n[5]\n预期性\n\n一、生物产业\n重点发展以生物医药为主的生物产业。\n";
        let found = families(text);
        assert_eq!(found, [Family::Section, Family::Cn]);
    }
}
