//! Heading lines: a marker (`markers.rs`) plus the line shape that tells a heading from a
//! sentence that merely starts with an ordinal.
//!
//! - 第X篇/章/节 are headings unless their "title" is a sentence (holds `。`). In documents that
//!   run the heading into its body text on one line (national 12th plan:
//!   `第一章　发展环境　　“十一五”时期是…`) the title ends at the wide gap.
//! - Arabic-numbered `1.` and `（1）` are headings only when they stand alone: no `。` (a numbered
//!   paragraph `1、坚持把科学跨越…。紧紧扭住…`), no clause punctuation at the end or a colon
//!   inside (`1.铁路项目:精伊霍铁路`), and short. 一、 （一） are headings standing alone too, or
//!   run in: the first sentence is the title when it is short (`(一)指导思想。全面贯彻…`).
//! - A 篇 and its first 章 printed on one line are two headings (`第三篇推进改革开放第十三章…`).
//! - A title cut by the page width continues on the next line when that line is short, has no
//!   punctuation and is followed by a break or another heading (beijing: `第一篇 锚定发展目标` /
//!   `奋力谱写现代化的城市篇章`).

use super::markers::{Family, Marker, compact, compact_starts_with, inner_di, marker};
use super::toc::{Toc, completes};
use crate::extract::tables::cells::{is_value_like, tidy};
use crate::normalize::{Line, LineKind, Normalized};
use regex::Regex;
use std::sync::LazyLock;

/// Longest title of a standalone sub-heading (一、 （一） 1.), in characters.
const MAX_SUB_TITLE: usize = 40;
/// Longest title of a 篇/章/节 or appendix heading, in characters.
const MAX_DI_TITLE: usize = 60;
/// Longest line that can continue a wrapped title, in characters.
const MAX_WRAP: usize = 24;

/// A heading found in the text, before nesting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    /// 0-based line of the heading's first character.
    pub line: usize,
    /// 0-based last line the heading occupies (a wrapped title).
    pub last_line: usize,
    pub family: Family,
    pub number: Option<u32>,
    /// The marker as printed, without spaces (`第十二章`, `（一）`, `附件1`).
    pub label: Option<String>,
    /// The title as printed, without marker, markup and spaces.
    pub title: String,
    /// Source byte of the heading's first character.
    pub start: usize,
}

/// How the headings of one document are read: the marker of every line (from
/// [`super::markers::of_lines`], computed once), whether 篇/章/节 run into their body text
/// ([`run_in_style`]) and the table of contents, whose entries tell where a wrapped title ends.
pub struct Scan<'a> {
    pub marks: &'a [Option<Marker>],
    pub run_in: bool,
    pub toc: Option<&'a Toc>,
}

impl<'a> Scan<'a> {
    /// The scan of a document whose line markers are `marks`.
    pub fn new(doc: &Normalized, marks: &'a [Option<Marker>], toc: Option<&'a Toc>) -> Scan<'a> {
        Scan {
            marks,
            run_in: run_in_style(doc, marks),
            toc,
        }
    }

    /// The marker line `i` starts with.
    fn marker(&self, i: usize) -> Option<&'a Marker> {
        self.marks.get(i)?.as_ref()
    }
}

/// Markdown/HTML markup left in a source slice: bold marks, tags.
static MARKUP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\*\*|__|</?[a-z][a-z0-9]*(?:\s[^<>]{0,200})?/?>|&nbsp;|&ensp;|&emsp;")
        .expect("valid regex")
});

/// Source text of `line.text[start..end]` without markup and whitespace: what a label or title
/// field holds (`（一）`, `加快工业强基增效,推动工业经济高质量发展`).
pub fn printed(doc: &Normalized, line: &Line, start: usize, end: usize) -> String {
    if start >= end || end > line.text.len() {
        return String::new();
    }
    let src = doc.evidence(&line.map, start, end);
    // Every piece of markup opens with one of these; most titles hold none, and skip the regex.
    if src.contains(['*', '_', '<', '&']) {
        compact(&MARKUP.replace_all(src, ""))
    } else {
        compact(src)
    }
}

/// Characters that end a clause: a line ending in one is a sentence, not a title.
fn ends_clause(s: &str) -> bool {
    s.ends_with([',', ';', ':', '、', '，', '；', '：'])
}

/// Whether text after a wide gap reads as body text (a sentence), not the rest of a title.
fn body_like(s: &str) -> bool {
    s.contains(['。', ',', ';', '，']) || s.chars().count() > 30
}

/// Whether the document runs 篇/章/节 headings into their body text after a wide gap: most of
/// its ordinal lines with a gap have a sentence after it. `marks` are the lines' markers.
pub fn run_in_style(doc: &Normalized, marks: &[Option<Marker>]) -> bool {
    let (mut gapped, mut bodied) = (0, 0);
    for (l, m) in doc.lines.iter().zip(marks) {
        let Some(m) = m
            .as_ref()
            .filter(|m| l.kind == LineKind::Text && m.family.is_di())
        else {
            continue;
        };
        if let Some((_, after)) = l.text[m.title_start..].split_once('\t') {
            gapped += 1;
            if body_like(after) {
                bodied += 1;
            }
        }
    }
    bodied >= 2 && bodied * 2 >= gapped
}

/// End (byte) of a title starting at `start` in `text`: the end of line, or the wide gap before
/// body text.
fn title_end(text: &str, start: usize, run_in: bool) -> usize {
    let mut end = start;
    let mut pos = start;
    for (i, seg) in text[start..].split('\t').enumerate() {
        if i > 0 && (run_in || body_like(seg)) {
            break;
        }
        end = pos + seg.len();
        pos = end + 1;
    }
    end
}

/// End of a run-in title: a 一、 or （一） heading whose first sentence is the title and whose
/// body follows on the same line, as work reports and policy opinions print them
/// (`（一）指导思想。全面贯彻党的十九大精神，…`). Returns `end` unchanged when the text up to it
/// holds no `。` with body text after it; [`title_ok`] still decides whether the sentence is short
/// enough to be a title.
fn lead_sentence_end(text: &str, start: usize, end: usize) -> usize {
    let Some(own) = text.get(start..end) else {
        return end;
    };
    match own.find('。') {
        Some(p) if p > 0 && !own[p + '。'.len_utf8()..].trim().is_empty() => start + p,
        _ => end,
    }
}

/// Whether a title is acceptable for its family.
fn title_ok(family: Family, title: &str) -> bool {
    let chars = title.chars().count();
    if title.contains('。') {
        return false;
    }
    if family.is_sub() {
        return chars > 0
            && chars <= MAX_SUB_TITLE
            && !ends_clause(title)
            && !title.contains([':', ';']);
    }
    chars <= MAX_DI_TITLE
}

/// The next line if it is a continuation of a wrapped title: short, unpunctuated, no marker,
/// and followed by a break (blank, page mark, end) or by another heading. `marks` are the
/// lines' markers.
fn wrap_line(doc: &Normalized, marks: &[Option<Marker>], i: usize) -> Option<usize> {
    let marked = |j: usize| marks.get(j).is_some_and(Option::is_some);
    let next = doc.lines.get(i + 1)?;
    if next.kind != LineKind::Text
        || next.text.chars().count() > MAX_WRAP
        || next
            .text
            .contains(['。', ',', ';', ':', '，', '；', '：', '(', '\t'])
        || marked(i + 1)
        || compact_starts_with(&next.text, "专栏")
    {
        return None;
    }
    let after = doc.lines.get(i + 2);
    let breaks = after
        .is_none_or(|a| matches!(a.kind, LineKind::Blank | LineKind::PageMark) || marked(i + 2));
    breaks.then_some(i + 1)
}

/// The heading starting on line `i`, if the line is one.
pub fn candidate(doc: &Normalized, i: usize, scan: &Scan) -> Option<Candidate> {
    let line = doc.lines.get(i)?;
    if line.kind != LineKind::Text {
        return None;
    }
    let m = scan.marker(i)?;
    let start = *line.map.get(m.lead)? as usize;
    match m.family {
        Family::Toc | Family::Preface | Family::Glossary | Family::Division => Some(Candidate {
            line: i,
            last_line: i,
            family: m.family,
            number: None,
            label: None,
            title: printed(doc, line, m.lead, line.text.len()),
            start,
        }),
        _ => numbered(doc, i, line, m, scan, start),
    }
}

/// The second heading of a line that prints two (`第三篇推进改革开放第十三章深化各项改革`, yunnan_10th
/// line 179): the 章 or 节 after the first heading's title, if line `i` holds one.
pub fn inline_child(doc: &Normalized, i: usize, scan: &Scan) -> Option<Candidate> {
    let line = doc.lines.get(i).filter(|l| l.kind == LineKind::Text)?;
    let outer = scan.marker(i).filter(|m| m.family.is_di())?;
    let t_end = title_end(&line.text, outer.title_start, scan.run_in);
    let at = inner_di(&line.text, outer.title_start, t_end, outer.family)?;
    let mut m = marker(&line.text[at..])?;
    m.lead = at;
    m.label_end += at;
    m.title_start += at;
    let start = *line.map.get(at)? as usize;
    numbered(doc, i, line, &m, scan, start)
}

/// Whether the next content line (past blank lines and page marks) is a value cell alone — a
/// number, a bracketed (cumulative) number, a ratio or a dash, as the table reader parses cells
/// (`1523`, `[5]`, `>95`, `-`, `5.5左右`): the numbered line is then the label cell of a table row
/// printed one cell a line, no heading.
fn value_cell_follows(doc: &Normalized, i: usize) -> bool {
    doc.lines
        .iter()
        .skip(i + 1)
        .find(|l| !matches!(l.kind, LineKind::Blank | LineKind::PageMark))
        .is_some_and(|l| l.kind == LineKind::Text && is_value_like(&tidy(&l.text)))
}

/// The line of an appendix's title under a `附件` marker printed alone: the next line of text,
/// short, with no marker of its own and no clause mark.
fn appendix_title_line(doc: &Normalized, marks: &[Option<Marker>], i: usize) -> Option<usize> {
    let j = (i + 1..doc.lines.len().min(i + 4))
        .find(|&j| !matches!(doc.lines[j].kind, LineKind::Blank | LineKind::PageMark))?;
    let l = &doc.lines[j];
    let text = l.text.trim();
    (l.kind == LineKind::Text
        && marks.get(j).is_none_or(Option::is_none)
        && (2..=30).contains(&text.chars().count())
        && !text.contains(['。', '，', ',', '；', ';', ':', '：']))
    .then_some(j)
}

/// A heading with an ordinal or 附件 marker.
fn numbered(
    doc: &Normalized,
    i: usize,
    line: &Line,
    m: &Marker,
    scan: &Scan,
    start: usize,
) -> Option<Candidate> {
    if m.family.is_sub() && (line.text.matches('\t').count() >= 2 || value_cell_follows(doc, i)) {
        // A table row with a numbered first cell: `10.农村居民人均纯收入(元)\t\t8850\t13004`,
        // or one cell a line: `1.地区生产总值(亿元)` over `1523`.
        return None;
    }
    let mut t_end = title_end(&line.text, m.title_start, scan.run_in && m.family.is_di());
    if matches!(m.family, Family::Cn | Family::ParenCn) {
        t_end = lead_sentence_end(&line.text, m.title_start, t_end);
    }
    if let Some(p) = inner_di(&line.text, m.title_start, t_end, m.family) {
        t_end = p;
    }
    let own = &line.text[m.title_start..t_end];
    if !title_ok(m.family, own) {
        return None;
    }
    if let Family::Decimal(depth) = m.family
        && !decimal_ok(doc, scan.marks, i, (depth, m.number), own)
    {
        return None;
    }
    let mut title = printed(doc, line, m.title_start, t_end);
    let mut last_line = i;
    // Only a title that fills its line and ends without a clause mark can wrap: the next line
    // (and the TOC, the costly test) is looked at for no other.
    let can_wrap = t_end >= line.text.len() && !ends_clause(own);
    let toc_wrap = || {
        let next = doc.lines.get(i + 1)?;
        (next.kind == LineKind::Text && completes(scan.toc, m.family, m.number, &title, &next.text))
            .then_some(i + 1)
    };
    let wrapped = can_wrap
        .then(|| wrap_line(doc, scan.marks, i).or_else(toc_wrap))
        .flatten();
    if let Some(j) = wrapped {
        let next = &doc.lines[j];
        title.push_str(&printed(doc, next, 0, next.text.len()));
        last_line = j;
    }
    if title.is_empty() && m.family.is_sub() {
        return None;
    }
    // `附件：` alone, its title on the next line (`2026年省重点民生实事`, probes41
    // province_gwr_2026_annex_livelihood_list lines 85–87).
    if title.is_empty()
        && m.family == Family::Appendix
        && let Some(j) = appendix_title_line(doc, scan.marks, i)
    {
        let next = &doc.lines[j];
        title = printed(doc, next, 0, next.text.len());
        last_line = j;
    }
    let label = printed(doc, line, m.lead, m.label_end);
    let label = label.trim_end_matches([':', '：']).to_string();
    let mut family = m.family;
    if family == Family::Appendix && is_glossary_title(&title) {
        family = Family::Glossary;
    }
    Some(Candidate {
        line: i,
        last_line,
        family,
        number: m.number,
        label: Some(label),
        title,
        start,
    })
}

/// Lines after a depth-1 decimal heading (`1 总体要求`) searched for its first child (`1.1 …`).
const DECIMAL_CHILD_LINES: usize = 40;

/// Whether a decimal marker heads a title: words, not a clause wrapped onto a line of its own
/// (`2.5 倍于…,`); and, for a single number (`1 总体要求`, which a list or a table row may also
/// start with), a first child `1.1` printed within [`DECIMAL_CHILD_LINES`].
fn decimal_ok(
    doc: &Normalized,
    marks: &[Option<Marker>],
    i: usize,
    (depth, number): (u8, Option<u32>),
    title: &str,
) -> bool {
    if title.chars().count() < 2 || title.contains([',', '%', '，', '、']) {
        return false;
    }
    if depth > 1 {
        return true;
    }
    let Some(n) = number else {
        return false;
    };
    let child = format!("{n}.");
    (i + 1..doc.lines.len().min(i + 1 + DECIMAL_CHILD_LINES)).any(|j| {
        marks[j].as_ref().is_some_and(|k| {
            k.family == Family::Decimal(2)
                && k.number == Some(1)
                && doc.lines[j].text[k.lead..].starts_with(&child)
        })
    })
}

/// `附件2 名词解释`: an appendix that is a glossary.
fn is_glossary_title(title: &str) -> bool {
    matches!(title, "名词解释" | "注释" | "名词注释")
}

/// Whether line `i` opens a boxed list (`专栏 4-1 旅游重点项目`, `专栏3`).
pub fn is_box_caption(line: &Line) -> bool {
    line.kind == LineKind::Text && compact_starts_with(&line.text, "专栏")
}

/// A 决议 printed before the plan, from the first content line to the line ending in 决议
/// (004 lines 1–2), as a preface candidate.
pub fn resolution(doc: &Normalized) -> Option<Candidate> {
    let first = doc.lines.iter().position(|l| l.kind == LineKind::Text)?;
    let mut title = String::new();
    for j in first..(first + 3).min(doc.lines.len()) {
        let l = &doc.lines[j];
        if l.kind != LineKind::Text {
            return None;
        }
        title.push_str(&printed(doc, l, 0, l.text.len()));
        if title.ends_with("决议") {
            return Some(Candidate {
                line: first,
                last_line: j,
                family: Family::Preface,
                number: None,
                label: None,
                title,
                start: *doc.lines[first].map.first()? as usize,
            });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::markers::of_lines;

    fn first(text: &str) -> Option<Candidate> {
        let doc = Normalized::new(text.to_string());
        let marks = of_lines(&doc);
        candidate(&doc, 0, &Scan::new(&doc, &marks, None))
    }

    fn title(text: &str) -> Option<String> {
        first(text).map(|c| c.title)
    }

    #[test]
    fn standalone_sub_headings() {
        // 001 lines 535 and 537, 002 line 111.
        assert_eq!(
            title("一、 做强现代种养殖业\n"),
            Some("做强现代种养殖业".into())
        );
        let c = first("（一）调整优化种植业结构\n").unwrap();
        assert_eq!(c.label.as_deref(), Some("（一）"));
        assert_eq!(c.title, "调整优化种植业结构");
        assert_eq!(
            title("三、实行更高水平开放，加快建设经济带核心区门户城市开放高地\n"),
            Some("实行更高水平开放，加快建设经济带核心区门户城市开放高地".into())
        );
    }

    #[test]
    fn run_in_sub_headings_take_their_first_sentence() {
        // gwr_2025 line 33, rural_revitalization_opinion_2018 line 9.
        assert_eq!(
            title(
                "　　（一）做实城市群“一点两地”全新定位，更好发挥高质量发展动力源作用。推动城市群市场一体化建设。\n"
            ),
            Some("做实城市群“一点两地”全新定位，更好发挥高质量发展动力源作用".into())
        );
        assert_eq!(
            title("（一）指导思想。全面贯彻党的十九大精神，以新时代思想为指导。\n"),
            Some("指导思想".into())
        );
        // A first sentence too long for a title stays a paragraph.
        let long = format!("（二）{}。正文。\n", "加强".repeat(25));
        assert_eq!(title(&long), None);
    }

    #[test]
    fn two_headings_on_one_line() {
        // yunnan_10th lines 179 and 229 (OCR): a 篇 and its first 章 printed on one line.
        let doc = Normalized::new("第三篇推进改革开放第十三章深化各项改革\n正文。\n".to_string());
        let marks = of_lines(&doc);
        let scan = Scan::new(&doc, &marks, None);
        assert!(!scan.run_in);
        let part = candidate(&doc, 0, &scan).unwrap();
        assert_eq!(
            (part.family, part.title.as_str()),
            (Family::Part, "推进改革开放")
        );
        let chapter = inline_child(&doc, 0, &scan).unwrap();
        assert_eq!(chapter.family, Family::Chapter);
        assert_eq!(chapter.label.as_deref(), Some("第十三章"));
        assert_eq!(chapter.title, "深化各项改革");
        assert_eq!(chapter.start, "第三篇推进改革开放".len());
        // A 章 never splits off a 章, and a marker with no title after it stays in the title.
        let doc = Normalized::new("第一章回顾第二章\n".to_string());
        assert_eq!(title("第一章回顾第二章\n"), Some("回顾第二章".into()));
        let marks = of_lines(&doc);
        assert!(inline_child(&doc, 0, &Scan::new(&doc, &marks, None)).is_none());
    }

    #[test]
    fn lead_in_sentences_are_not_headings() {
        // 000 line 81, 002 glossary line 1, a box item: Arabic-numbered sentences are list items.
        assert_eq!(
            title(
                "1、坚持把科学跨越、后发赶超作为经济社会发展的主题。紧紧扭住发展这个第一要务不放\n"
            ),
            None
        );
        assert_eq!(
            title("1.“三支队伍”：党政干部队伍、宗教界代表人士队伍\n"),
            None
        );
        assert_eq!(title("——**疫情防控夺取重大胜利。**坚持人民至上\n"), None);
    }

    #[test]
    fn run_in_headings_end_at_the_gap() {
        // national_12th lines 2–3 and 22: the heading runs into its body text.
        let text = "　　第一篇　转变方式　开创科学发展新局面　　“十二五”时期是全面建设小康社会的关键时期，是深化改革开放\n　　第一章　发展环境　　“十一五”时期是我国发展史上极不平凡的五年\n　　第二章　指导思想　　高举伟大旗帜，以科学理论\n";
        let doc = Normalized::new(text.to_string());
        let marks = of_lines(&doc);
        let scan = Scan::new(&doc, &marks, None);
        assert!(scan.run_in);
        let a = candidate(&doc, 0, &scan).unwrap();
        assert_eq!(a.family, Family::Part);
        assert_eq!(a.title, "转变方式开创科学发展新局面");
        let b = candidate(&doc, 1, &scan).unwrap();
        assert_eq!(b.title, "发展环境");
        assert_eq!(b.label.as_deref(), Some("第一章"));
    }

    #[test]
    fn gaps_inside_titles_stay_in_plain_documents() {
        // 004 line 954: two spaces inside the title.
        assert_eq!(
            title("第六章 加强区域合作  促进协调发展\n\n正文。\n"),
            Some("加强区域合作促进协调发展".into())
        );
    }

    #[test]
    fn wrapped_titles_join() {
        // beijing lines 276–278.
        let c = first("第一篇 锚定发展目标\n奋力谱写现代化的城市篇章\n第一章 “十四五”时期重大成就为接续发展奠定了坚实基础\n").unwrap();
        assert_eq!(c.title, "锚定发展目标奋力谱写现代化的城市篇章");
        assert_eq!(c.last_line, 1);
        // A heading followed by its body text does not take the body's first line.
        let c =
            first("第一节 发展基础\n经济持续较快发展,综合实力显著增强,全市生产总值达到一定规模\n")
                .unwrap();
        assert_eq!(c.title, "发展基础");
    }

    #[test]
    fn appendix_and_glossary_appendix() {
        // 004 line 1241, gwr_2025 line 113.
        let c = first("附件1：       地区重点工作任务\n").unwrap();
        assert_eq!((c.family, c.number), (Family::Appendix, Some(1)));
        assert_eq!(c.label.as_deref(), Some("附件1"));
        assert_eq!(c.title, "地区重点工作任务");
        let g = first("附件2 名词解释\n").unwrap();
        assert_eq!(g.family, Family::Glossary);
        assert_eq!(g.label.as_deref(), Some("附件2"));
    }

    #[test]
    fn resolution_before_the_plan_is_a_preface() {
        // 004 lines 1–3.
        let doc = Normalized::new(" 某地区人大工作委员会2016年第一次会议关于\n某地区国民经济和社会发展第十三个五年规划纲要的决议\n(2016年3月25日某地区人大工作委员会第一次会议通过)\n".to_string());
        let c = resolution(&doc).unwrap();
        assert_eq!(c.line, 0);
        assert_eq!(c.last_line, 1);
        assert!(c.title.ends_with("规划纲要的决议"));
    }
}
