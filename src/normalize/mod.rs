//! Stage 2: a normalized view of the decoded text that every later stage reads.
//!
//! Two views, both mapped back to source bytes:
//! - [`Line`]s: one per source line, cleaned by [`clean::clean_line`] (markup gone, full-width
//!   folded, numbers joined), with layout hints (tabs, pipes, indentation) kept for the outline and
//!   table stages;
//! - [`Paragraph`]s: running text with the sentences that PDF conversion broke across lines and
//!   blank lines joined again (000 lines 23–27: `排水管网总` … `长达到 349.5 公里`), for the
//!   extractors of prose.
//!
//! Any byte range of a line's or paragraph's `text` maps to a contract [`Span`] with
//! [`Normalized::span`]; the span slices the source to the evidence exactly.

mod box_rows;
pub mod clean;
mod csv_rows;
mod paragraphs;

use crate::model::Span;
use crate::source::SourceText;
use regex::Regex;
use rustc_hash::FxHashMap;
use std::sync::LazyLock;

/// What a cleaned line is, for the stages after this one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    /// Nothing but whitespace and markup.
    Blank,
    /// Page debris: `— 12 —`, `第 3 页`, a lone page number between prose lines.
    PageMark,
    /// A markdown pipe-table row, pipes kept.
    PipeRow,
    /// A line of an HTML table (`<table>` … `</table>`), as converters write tables with merged
    /// cells: the table reader reads its cells from the source; no paragraph or heading.
    HtmlTable,
    Text,
}

impl LineKind {
    /// Text, a pipe-table row or a line of an HTML table: what a section's text is made of.
    pub fn is_content(self) -> bool {
        matches!(
            self,
            LineKind::Text | LineKind::PipeRow | LineKind::HtmlTable
        )
    }
}

/// One cleaned source line.
#[derive(Debug, Clone)]
pub struct Line {
    /// 0-based index (source line number − 1).
    pub index: usize,
    pub kind: LineKind,
    pub text: String,
    /// Source byte for every byte of `text`.
    pub map: Vec<u32>,
    pub heading_mark: bool,
    pub bold: bool,
    pub bullet: bool,
    pub indented: bool,
}

impl Line {
    /// 1-based line number, as spans count it.
    pub fn number(&self) -> usize {
        self.index + 1
    }
}

/// Running text joined across broken lines; `lines` are the indices of the lines it joins
/// (notes or page marks that PDF conversion put inside a sentence are skipped, not joined).
#[derive(Debug, Clone)]
pub struct Paragraph {
    pub text: String,
    pub map: Vec<u32>,
    pub lines: Vec<usize>,
}

impl Paragraph {
    pub fn first_line(&self) -> usize {
        self.lines[0]
    }
}

/// The normalized document.
#[derive(Debug)]
pub struct Normalized {
    pub source: SourceText,
    pub lines: Vec<Line>,
    pub paragraphs: Vec<Paragraph>,
}

/// `— 12 —`, `- 3 -`, `第 12 页`, `·5·`.
static PAGE_MARK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[-—–－·~]+\s*\d{1,4}\s*[-—–－·~]+|第\s*\d{1,4}\s*页(?:\s*共\s*\d+\s*页)?|\d{1,4}\s*/\s*\d{1,4})$")
        .expect("valid regex")
});

static LONE_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\d{1,3}$").expect("valid regex"));

impl Normalized {
    /// Normalize decoded text.
    pub fn new(text: String) -> Self {
        let source = SourceText::new(text);
        let margins = margin_numbers(&source);
        let mut lines: Vec<Line> = (0..source.line_count())
            .map(|i| make_line(&source, i, margins.get(i).copied().unwrap_or(0)))
            .collect();
        mark_front_matter(&mut lines);
        mark_lone_page_numbers(&mut lines);
        mark_running_headers(&mut lines);
        mark_sidebar_lines(&mut lines);
        mark_wrapped_pipe_rows(&source, &mut lines);
        mark_html_tables(&source, &mut lines);
        csv_rows::mark(&source, &mut lines);
        box_rows::mark(&source, &mut lines);
        let paragraphs = paragraphs::build(&source, &lines);
        Normalized {
            source,
            lines,
            paragraphs,
        }
    }

    /// The contract span of `text[start..end]`, where `map` is that text's byte map (a line's or a
    /// paragraph's). `start < end` and both on char boundaries of the text.
    pub fn span(&self, map: &[u32], start: usize, end: usize) -> Span {
        let (s, e) = self.source_bytes(map, start, end);
        self.source.span(s, e)
    }

    /// The source bytes behind `text[start..end]`.
    ///
    /// A text made of source lines out of order (a figure's label printed under it, read as
    /// `label figure`: `extract::targets::figures`) has its bytes' source in no order: the range
    /// is from the first source byte behind the text to the last.
    pub fn source_bytes(&self, map: &[u32], start: usize, end: usize) -> (usize, usize) {
        let (mut s, mut last) = (map[start], map[end - 1]);
        if s > last {
            let range = &map[start..end];
            s = range.iter().copied().min().unwrap_or(s);
            last = range.iter().copied().max().unwrap_or(last);
        }
        let (s, last) = (s as usize, last as usize);
        (s, last + self.source.char_len_at(last))
    }

    /// The contract span of whole source lines `lines` (0-based; an empty range spans its first
    /// line): a table's or a box's extent.
    pub fn lines_span(&self, lines: std::ops::Range<usize>) -> Span {
        let first = lines.start;
        let last = lines.end.saturating_sub(1).max(first);
        let s = self.source.line_range(first).start;
        let e = self.source.line_range(last).start + self.source.line(last).len();
        self.source.span(s, e.max(s))
    }

    /// The source text behind `text[start..end]` — what a contract `evidence` field holds.
    pub fn evidence(&self, map: &[u32], start: usize, end: usize) -> &str {
        let (s, e) = self.source_bytes(map, start, end);
        &self.source.as_str()[s..e]
    }

    /// Indices of the non-blank, non-page-mark lines.
    pub fn content_lines(&self) -> impl Iterator<Item = &Line> {
        self.lines.iter().filter(|l| l.kind.is_content())
    }
}

/// Clean `line` again as a pipe row from `pipes`: its raw text with the separators of a table
/// pasted or drawn in text turned into pipes, the same length as the raw line, so that byte `i`
/// of `pipes` stands for byte `i` of the source line (`csv_rows`, `box_rows`). A byte standing
/// for the inside of a source character maps to the character's first byte, so that every span
/// starts and ends on a character of the source.
fn reclean_as_row(source: &SourceText, line: &mut Line, pipes: &str) {
    let mut c = clean::clean_row(pipes, source.line_range(line.index).start);
    let text = source.as_str();
    for m in &mut c.map {
        while !text.is_char_boundary(*m as usize) {
            *m -= 1;
        }
    }
    line.text = c.text;
    line.map = c.map;
    line.kind = LineKind::PipeRow;
}

fn make_line(source: &SourceText, index: usize, margin: usize) -> Line {
    let range = source.line_range(index);
    let raw = &source.line(index)[margin..];
    let c = clean::clean_line(raw, range.start + margin);
    let trimmed = c.text.trim();
    let kind = if trimmed.is_empty() {
        LineKind::Blank
    } else if is_page_mark(trimmed)
        || (c.bullet && is_page_mark(raw.trim()))
        || is_titled_page_mark(trimmed)
    {
        // `- 2 -` opens like a markdown list item, and cleaning took its dash for a bullet.
        LineKind::PageMark
    } else if c.pipe_row {
        LineKind::PipeRow
    } else {
        LineKind::Text
    };
    Line {
        index,
        kind,
        text: c.text,
        map: c.map,
        heading_mark: c.heading_mark,
        bold: c.bold,
        bullet: c.bullet,
        indented: c.indented,
    }
}

/// Bytes of each line's margin number, in a draft printed with its lines numbered (`37  到2030年，
/// 全县地区生产总值达到420亿元左右`, probes46 county_15th_plan_draft_line_numbers): the numbers
/// count up by one from line to line of text, on four lines of five at least; each is dropped
/// with the spaces after it. All zero in any other document, and for a number out of the count
/// (`2025  年`).
fn margin_numbers(source: &SourceText) -> Vec<usize> {
    let n = source.line_count();
    let mut out = vec![0; n];
    let mut found: Vec<(usize, u32, usize)> = Vec::new();
    let mut texts = 0usize;
    for i in 0..n {
        let raw = source.line(i);
        if raw.trim().is_empty() {
            continue;
        }
        texts += 1;
        let digits = raw.bytes().take_while(u8::is_ascii_digit).count();
        let spaces = raw[digits..]
            .bytes()
            .take_while(|&b| b == b' ' || b == b'\t')
            .count();
        if (1..=4).contains(&digits)
            && spaces >= 1
            && digits + spaces < raw.len()
            && let Ok(k) = raw[..digits].parse::<u32>()
        {
            found.push((i, k, digits + spaces));
        }
    }
    let counted = found.windows(2).filter(|w| w[1].1 == w[0].1 + 1).count();
    if found.len() < MIN_MARGIN_LINES
        || found.len() * 5 < texts * 4
        || counted * 10 < found.len() * 9
    {
        return out;
    }
    let mut prev: Option<u32> = None;
    for (i, k, len) in found {
        if prev.is_none_or(|p| k == p + 1) {
            out[i] = len;
            prev = Some(k);
        }
    }
    out
}

/// Fewest numbered lines that make a document's lines numbered in the margin.
const MIN_MARGIN_LINES: usize = 20;

/// Whether a trimmed line is a page mark (`— 3 —`, `第 12 页`, `3/45`).
fn is_page_mark(line: &str) -> bool {
    may_be_page_mark(line) && PAGE_MARK.is_match(line)
}

/// Whether a trimmed line is a footer of the document's title and a page mark, set apart by a
/// wide gap (folded to a tab): `霁川省“十四五”规划中期评估报告    － 4 －` (probes48
/// province_plan_midterm_evaluation_table line 34), or the mark first. The title is short and
/// no sentence.
fn is_titled_page_mark(line: &str) -> bool {
    let title = |t: &str| !t.trim().is_empty() && may_be_title(t.trim());
    let mark = |t: &str| is_page_mark(t.trim());
    line.rsplit_once('\t')
        .is_some_and(|(head, tail)| mark(tail) && title(head))
        || line
            .split_once('\t')
            .is_some_and(|(head, tail)| mark(head) && title(tail))
}

/// Whether `line` opens and ends as a [`PAGE_MARK`] can (a dash, `第` or a digit; a dash, `页` or
/// a digit), so that the regex runs on a few lines, not all of them.
fn may_be_page_mark(line: &str) -> bool {
    let dash = |c: char| matches!(c, '-' | '—' | '–' | '－' | '·' | '~');
    let (Some(first), Some(last)) = (line.chars().next(), line.chars().next_back()) else {
        return false;
    };
    (dash(first) || first == '第' || may_be_digit(first))
        && (dash(last) || last == '页' || may_be_digit(last))
}

/// Whether `c` may be a digit of the regex's Unicode `\d` (general category Nd): an ASCII digit
/// or a numeric character outside CJK punctuation and ideographs, which hold no Nd and fill the
/// lines — the general lookup is slow.
fn may_be_digit(c: char) -> bool {
    c.is_ascii_digit()
        || (!c.is_ascii()
            && !matches!(c, '\u{3000}'..='\u{303f}' | '\u{3400}'..='\u{9fff}')
            && c.is_numeric())
}

/// `<table` or `</table`, any case.
static TABLE_TAG: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)<(/?)table\b").expect("valid regex"));

/// Marks the lines of HTML tables as [`LineKind::HtmlTable`]: from a line holding `<table` to
/// the line holding its `</table>`. A table left open ends at the next blank line, so that a
/// stray `<table>` cannot swallow the rest of a document.
fn mark_html_tables(source: &SourceText, lines: &mut [Line]) {
    if !source.as_str().as_bytes().contains(&b'<') {
        return;
    }
    let mut open = false;
    for line in lines.iter_mut() {
        let raw = source.line(line.index);
        if line.kind == LineKind::Blank && !raw.contains('<') {
            open = false;
            continue;
        }
        let mut inside = open;
        if raw.contains('<') {
            for c in TABLE_TAG.captures_iter(raw) {
                inside |= c[1].is_empty();
                open = c[1].is_empty();
            }
        }
        // Lines of markup alone (`</tr>`, `<tbody>`) clean to nothing but belong to the table.
        if inside && (line.kind != LineKind::Blank || raw.contains('<')) {
            line.kind = LineKind::HtmlTable;
        }
    }
}

/// Longest running header, in chars: a document's title repeated at the top of each page
/// (`某省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要`, 34).
const MAX_HEADER_CHARS: usize = 60;

/// Whether a line may be the document's title printed on every page: short, and without the
/// punctuation of a sentence.
fn may_be_title(text: &str) -> bool {
    text.chars().count() <= MAX_HEADER_CHARS && !text.contains(['。', ',', ';', ':', '!', '?'])
}

/// A pipe row whose last cell wrapped onto the next lines (probes25 township_15th_plan lines
/// 61–62: `| 柘湾村 | 6820 | 128.5 | 220 | 商贸物流、农产品` / `加工 |`): the row does not end
/// with its pipe, and within three lines a line does. Those lines are the row's too, so that the
/// table goes on past them; the table reader joins them to the row.
fn mark_wrapped_pipe_rows(source: &SourceText, lines: &mut [Line]) {
    // The first part of a row wrapped in a table without outer pipes, between two rows (`4 | 农田
    // 灌溉水有效利用` / `   系数 | — | 0.562 | ≥0.58 | 约束性`, probes32
    // city_water_resources_15th_plan lines 44–45).
    for i in 1..lines.len().saturating_sub(1) {
        if lines[i].kind == LineKind::Text
            && lines[i - 1].kind == LineKind::PipeRow
            && lines[i + 1].kind == LineKind::PipeRow
            && clean::separators(source.line(i)) > 0
        {
            lines[i].kind = LineKind::PipeRow;
        }
    }
    let opens = |i: usize| source.line(i).trim_start().starts_with('|');
    let closes = |i: usize| source.line(i).trim_end().ends_with('|');
    for i in 1..lines.len() {
        if lines[i - 1].kind != LineKind::PipeRow || !opens(i - 1) || closes(i - 1) {
            continue;
        }
        let wrapped = |j: &usize| lines[*j].kind == LineKind::Text;
        let Some(end) = (i..lines.len().min(i + 3))
            .take_while(wrapped)
            .find(|&j| closes(j))
        else {
            continue;
        };
        if (i..end).all(|j| !source.line(j).contains('|')) {
            for line in &mut lines[i..=end] {
                line.kind = LineKind::PipeRow;
            }
        }
    }
}

/// A running header: a text line printed again and again, right after a page mark (blank lines
/// between) — the plan's title at the top of every page — is page debris like the mark itself,
/// so that a sentence broken by the page goes on across both (probes3 province_14th_outline
/// lines 45–50: `…地表水达到或好于Ⅲ类水体` / `— 7 —` / the title / `比例达到88%`). A header is a
/// title, without the punctuation of a sentence. The first printing, where the document names
/// itself, stays: it follows no page mark.
fn mark_running_headers(lines: &mut [Line]) {
    let mut after_mark = Vec::new();
    let mut prev_kind = None;
    for (i, l) in lines.iter().enumerate() {
        if l.kind == LineKind::Text
            && prev_kind == Some(LineKind::PageMark)
            && may_be_title(&l.text)
        {
            after_mark.push(i);
        }
        if l.kind != LineKind::Blank {
            prev_kind = Some(l.kind);
        }
    }
    if after_mark.len() < 2 {
        return;
    }
    let mut seen: FxHashMap<&str, usize> = FxHashMap::default();
    for &i in &after_mark {
        *seen.entry(lines[i].text.trim()).or_default() += 1;
    }
    let repeated: Vec<usize> = after_mark
        .into_iter()
        .filter(|&i| seen.get(lines[i].text.trim()).is_some_and(|&n| n >= 2))
        .collect();
    for i in repeated {
        lines[i].kind = LineKind::PageMark;
    }
}

/// Most characters of a sidebar's line (see [`mark_sidebar_lines`]).
const MAX_SIDEBAR_CHARS: usize = 10;

/// Fewest characters of the lines of running text around a sidebar's line.
const MIN_TEXT_AROUND: usize = 20;

/// A line of a page's narrow sidebar that PDF conversion interleaved with the main text, in the
/// middle of a sentence (`…坚持稳中求进` / `3862.5亿元` / `工作总基调，…`,
/// `城镇新增就业12.8` / `★ 民生实事` / `万人，…`, probes52 city_gwr_2026_three_column_pdf lines
/// 11–13, 43–45): a short bulleted line or a figure alone between two long lines of running text,
/// the first of which ends no sentence, the second no indented or numbered opening. It is page
/// debris, as a page mark is, so that the sentence goes on across it.
fn mark_sidebar_lines(lines: &mut [Line]) {
    for i in 1..lines.len().saturating_sub(1) {
        let (prev, line, next) = (&lines[i - 1], &lines[i], &lines[i + 1]);
        let text = |l: &Line| l.kind == LineKind::Text && !l.heading_mark;
        if !(text(prev) && text(line) && text(next)) || next.indented || next.bullet {
            continue;
        }
        let t = line.text.trim();
        // Only what a sidebar prints and running text never breaks into: an item's bullet
        // (`■ 关键数字`, `★ 民生实事`) or a figure alone (`3862.5亿元`, `5.8%`). A short line of
        // words is the rest of a word a PDF broke (`北京成为全` / `球唯一的“双奥之城”` / `,首都…`,
        // beijing lines 286–288); a number whose unit opens the next line is a sentence's
        // (`12.8万` / `人，…`).
        let sidebar = line.bullet || crate::extract::numbers::is_figure_alone(t);
        let short = sidebar
            && t.chars().count() <= MAX_SIDEBAR_CHARS
            && !t.contains(['。', ',', '，', ';', '；', ':', '：', '\t'])
            && !paragraphs::splits_a_value(t, &next.text);
        // Running text: long, with a clause mark, no cells (a table's label rest between two rows
        // is no sidebar).
        let long = |l: &Line| {
            l.text.trim().chars().count() >= MIN_TEXT_AROUND
                && l.text.contains(['，', '。', '、', '；', ','])
                && !l.text.contains('\t')
        };
        if short
            && long(prev)
            && long(next)
            && !paragraphs::ends_sentence(&prev.text)
            && !paragraphs::opens_block(&next.text)
        {
            lines[i].kind = LineKind::PageMark;
        }
    }
}

/// A web page's metadata exported before its text (a CMS's markdown, probes42
/// county_15th_plan_cms_markdown_export lines 1–9): `---`, lines of `key: value` (`title: …`,
/// `date: 2026-02-10`, `views: 3421`), `---` at the very start. It is no part of the text; its
/// lines are marked as debris, as a page's footer is.
fn mark_front_matter(lines: &mut [Line]) {
    static KEY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^[A-Za-z_][A-Za-z0-9_-]{0,30}\s*:|^-\s").expect("valid regex")
    });
    let rule = |l: &Line| l.text.trim() == "---";
    let Some(open) = lines.iter().position(|l| l.kind != LineKind::Blank) else {
        return;
    };
    if !rule(&lines[open]) {
        return;
    }
    let Some(len) = lines[open + 1..].iter().take(40).position(rule) else {
        return;
    };
    let body = &lines[open + 1..open + 1 + len];
    if len == 0
        || !body
            .iter()
            .all(|l| l.kind == LineKind::Blank || KEY.is_match(l.text.trim()))
    {
        return;
    }
    for l in &mut lines[open..=open + 1 + len] {
        l.kind = LineKind::PageMark;
    }
}

/// A lone 1–3 digit line, not indented, between two lines of prose is a page number; indented
/// lone numbers are table cells (004's one-cell-a-line tables) and stay.
fn mark_lone_page_numbers(lines: &mut [Line]) {
    let is_prose = |l: &Line| l.kind == LineKind::Text && l.text.chars().count() >= 20;
    for i in 0..lines.len() {
        if lines[i].kind != LineKind::Text
            || lines[i].indented
            || lines[i].text.len() > 12 // three digits of at most four bytes
            || !LONE_NUMBER.is_match(&lines[i].text)
        {
            continue;
        }
        let skip = |l: &&Line| !matches!(l.kind, LineKind::Blank | LineKind::PageMark);
        let prev = lines[..i].iter().rev().find(skip);
        let next = lines[i + 1..].iter().find(skip);
        if prev.is_some_and(is_prose) && next.is_none_or(is_prose) {
            lines[i].kind = LineKind::PageMark;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An HTML table's lines, markup-only lines included, are table lines; one left open ends at
    /// the next blank line.
    #[test]
    fn html_table_lines_are_marked() {
        let n = Normalized::new(
            "前言\n<table>\n<tr>\n<td>指标</td>\n</tr>\n</table>\n正文\n<table><tr><td>a</td>\n<td>b</td>\n\n正文\n".to_string(),
        );
        let kinds: Vec<LineKind> = n.lines.iter().map(|l| l.kind).collect();
        use LineKind::*;
        assert_eq!(
            kinds,
            [
                Text, HtmlTable, HtmlTable, HtmlTable, HtmlTable, HtmlTable, Text, HtmlTable,
                HtmlTable, Blank, Text, Blank
            ]
        );
    }

    #[test]
    fn footer_of_title_and_page_mark_is_debris() {
        assert!(is_titled_page_mark("霁川省“十四五”规划中期评估报告\t- 4 -"));
        assert!(is_titled_page_mark("- 4 -\t霁川省“十四五”规划中期评估报告"));
        assert!(!is_titled_page_mark("地区生产总值(亿元)\t3.8\t5.2"));
        assert!(!is_titled_page_mark("全省经济总体平稳，增长5.2%。\t- 4 -"));
    }

    #[test]
    fn page_marks_are_recognised() {
        let n = Normalized::new(
            "这是一段很长的正文，用来说明页码标记的识别规则是否正确。\n— 12 —\n12\n这是一段很长的正文，用来说明页码标记的识别规则是否正确。\n\t12\n"
                .to_string(),
        );
        assert_eq!(n.lines[1].kind, LineKind::PageMark);
        assert_eq!(n.lines[2].kind, LineKind::PageMark);
        assert_eq!(n.lines[4].kind, LineKind::Text);
    }

    /// probes3 province_14th_outline lines 45–50: the plan's title printed after each page mark
    /// is debris, and the sentence goes on across it; the title's first printing stays text, and
    /// a line after a page mark printed once is text.
    #[test]
    fn running_header_after_page_marks_is_debris() {
        let title = "某省国民经济和社会发展第十四个五年规划纲要";
        let body = "——生态文明建设实现新进步。单位地区生产总值能源消耗下降14%,森林覆盖率达到42.5%,地表水达到或好于Ⅲ类水体";
        let src = format!(
            "{title}\n\n第一章 发展基础\n\n— 1 —\n{title}\n\n{body}\n\n— 2 —\n{title}\n\n比例达到88%。\n— 3 —\n第三章 结语\n"
        );
        let n = Normalized::new(src);
        let kinds: Vec<LineKind> = n.lines.iter().map(|l| l.kind).collect();
        assert_eq!(kinds[0], LineKind::Text);
        assert_eq!(
            (kinds[5], kinds[10]),
            (LineKind::PageMark, LineKind::PageMark)
        );
        assert_eq!(kinds[14], LineKind::Text);
        assert!(
            n.paragraphs
                .iter()
                .any(|p| p.text.ends_with("类水体比例达到88%。")),
            "{:?}",
            n.paragraphs
        );
    }

    /// `- 2 -` (probes3 city_gwr_2016 line 25, inside a sentence) is a page mark, though cleaning
    /// reads its first dash as a markdown bullet; a real list item stays text.
    #[test]
    fn hyphen_page_mark_is_no_list_item() {
        let n =
            Normalized::new("占一般公共预算支出比重保持在\n- 2 -\n75%以上。\n- 2个\n".to_string());
        assert_eq!(n.lines[1].kind, LineKind::PageMark);
        assert_eq!(n.lines[3].kind, LineKind::Text);
    }

    #[test]
    fn page_mark_precheck_admits_every_digit() {
        let digit = Regex::new(r"^\d$").expect("valid regex");
        let all = (0..=0x10ffff).filter_map(char::from_u32);
        for c in all.filter(|c| digit.is_match(c.encode_utf8(&mut [0; 4]))) {
            assert!(may_be_digit(c), "U+{:04X}", c as u32);
        }
        assert!(may_be_page_mark("第 3 页") && may_be_page_mark("— 12 —"));
        assert!(!may_be_page_mark("第一章 发展环境"));
    }

    #[test]
    fn span_slices_source_exactly() {
        let n = Normalized::new("# 标题\n\n生产总值 94 亿元\n".to_string());
        let line = &n.lines[2];
        let s = line.text.find("94").unwrap();
        let e = line.text.len();
        let span = n.span(&line.map, s, e);
        assert_eq!(span.line, 3);
        assert_eq!(n.source.slice(&span), "94 亿元");
        assert_eq!(n.evidence(&line.map, s, e), "94 亿元");
    }
}
