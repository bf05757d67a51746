//! Cleaning one source line: markup removed, full-width forms folded, spaces inside numbers
//! joined — with a map from every byte of the cleaned text back to the source byte it came from.
//!
//! Example (000, line 19): `实现生产总值 94 亿元，年均增长 14.76%` cleans to
//! `实现生产总值94亿元,年均增长14.76%`; the map sends `9` back to the `9` of the source.

use regex::Regex;
use std::sync::LazyLock;
use unicode_normalization::UnicodeNormalization;

/// A cleaned line and what the cleaning saw.
#[derive(Debug, Clone, Default)]
pub struct Cleaned {
    pub text: String,
    /// Source byte offset for every byte of `text`.
    pub map: Vec<u32>,
    /// The line carried markdown heading marks (`#`, `##`, …) — a hint only, never a level.
    pub heading_mark: bool,
    /// The whole line was bold (`**…**`) or wrapped in `<b>`.
    pub bold: bool,
    /// The line started with a markdown bullet (`- `, `* `).
    pub bullet: bool,
    /// The line started with a tab or a wide run of spaces.
    pub indented: bool,
    /// The line is a pipe-table row (`| a | b |`); its pipes are kept.
    pub pipe_row: bool,
}

/// Markup whose bytes are dropped wherever they stand: HTML tags, `<sup>n</sup>` footnote marks
/// with their content, bold/italic markers, HTML entities for spaces.
static INLINE_MARKUP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)<sup>[^<>]{0,12}</sup>|</?[a-z][a-z0-9]*(?:\s[^<>]{0,200})?/?>|\*\*|__|&nbsp;|&ensp;|&emsp;",
    )
    .expect("valid regex")
});

/// Line-initial markdown: heading marks, block quotes, bullets.
static LEADING_MARKUP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[\s\u{3000}]*(?:(?P<h>#{1,6})[ \t\u{3000}]*|>[ \t]*|(?P<b>[-*+•●])[ \t\u{3000}]+)",
    )
    .expect("valid regex")
});

/// A pipe-table row: starts with `|` and holds at least one more.
static PIPE_ROW: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[\s\u{3000}]*\|.*\|").expect("valid regex"));

/// Clean the line `raw`, whose first byte is at source offset `base`.
pub fn clean_line(raw: &str, base: usize) -> Cleaned {
    let mut out = Cleaned {
        indented: raw.starts_with('\t') || raw.starts_with("  ") || raw.starts_with('\u{3000}'),
        ..Cleaned::default()
    };
    let mut deleted = vec![false; raw.len()];
    let mut body_start = 0;
    if let Some(m) = LEADING_MARKUP.find(raw) {
        let caps = LEADING_MARKUP.captures(raw).expect("matched");
        if caps.name("h").is_some()
            || caps.name("b").is_some()
            || m.as_str().trim_start().starts_with('>')
        {
            out.heading_mark = caps.name("h").is_some();
            out.bullet = caps.name("b").is_some();
            deleted[..m.end()].iter_mut().for_each(|d| *d = true);
            body_start = m.end();
        }
    }
    let body = &raw[body_start..];
    let trimmed = body.trim();
    out.bold = (trimmed.starts_with("**") && trimmed.ends_with("**") && trimmed.len() > 4)
        || starts_with_ignore_case(trimmed, "<b>")
        || starts_with_ignore_case(trimmed, "<p><b>");
    // Most lines hold no markup at all: the regex runs only where one of its first bytes is.
    if body.contains(['<', '*', '_', '&']) {
        for m in INLINE_MARKUP.find_iter(body) {
            deleted[body_start + m.start()..body_start + m.end()]
                .iter_mut()
                .for_each(|d| *d = true);
        }
    }
    out.pipe_row = raw.contains('|') && PIPE_ROW.is_match(raw);
    let kept = fold_chars(raw, &deleted, out.pipe_row);
    write_spaced(&kept, base, &mut out);
    out
}

/// The characters that survive markup removal, folded to their compatibility forms (NFKC:
/// `２０１５` → `2015`, `（` → `(`, `　` → space), each with its source byte offset.
fn fold_chars(raw: &str, deleted: &[bool], keep_pipes: bool) -> Vec<(char, u32)> {
    let mut kept = Vec::with_capacity(raw.len() / 2);
    for (b, c) in raw.char_indices() {
        if deleted[b] || c == '\r' || (c == '|' && !keep_pipes) {
            continue;
        }
        match fold_common(c).or_else(|| fold_memo(c)) {
            Some(f) => kept.push((f, b as u32)),
            None => kept.extend(std::iter::once(c).nfkc().map(|f| (f, b as u32))),
        }
    }
    kept
}

/// NFKC of the characters that fill plan text, without the general algorithm: ASCII and CJK
/// ideographs stay, full-width ASCII forms (`，` `２` `％`) shift to ASCII, CJK punctuation
/// (`、` `。` `《`) stays — except U+3036 and U+3038–303A, which NFKC changes. None for any
/// other character (the caller applies NFKC); a test checks every character of these ranges
/// against the general algorithm.
fn fold_common(c: char) -> Option<char> {
    match c {
        _ if c.is_ascii() => Some(c),
        '\u{4e00}'..='\u{9fff}' => Some(c),
        '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0),
        '\u{3001}'..='\u{3035}' | '\u{3037}' | '\u{303b}'..='\u{303f}' => Some(c),
        _ => None,
    }
}

thread_local! {
    /// NFKC of each other character met so far on this thread, when it is one character (None
    /// when it expands to several, `…` → `...`): quotes and dashes (`“` `—`) recur on every line
    /// and the general algorithm costs hundreds of instructions a call.
    static FOLDED: std::cell::RefCell<rustc_hash::FxHashMap<char, Option<char>>> =
        std::cell::RefCell::default();
}

/// NFKC of `c` when it is a single character, memoized per thread.
fn fold_memo(c: char) -> Option<char> {
    FOLDED.with(|memo| {
        *memo.borrow_mut().entry(c).or_insert_with(|| {
            let mut it = std::iter::once(c).nfkc();
            match (it.next(), it.next()) {
                (Some(f), None) => Some(f),
                _ => None,
            }
        })
    })
}

/// Whether `s` starts with the ASCII `prefix`, ignoring ASCII case (`<P><B>`).
fn starts_with_ignore_case(s: &str, prefix: &str) -> bool {
    s.as_bytes()
        .get(..prefix.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(prefix.as_bytes()))
}

fn is_space(c: char) -> bool {
    c == ' ' || c == '\t' || c == '\u{a0}'
}

fn is_ideograph(c: char) -> bool {
    ('\u{3400}'..='\u{9fff}').contains(&c) || ('\u{f900}'..='\u{faff}').contains(&c) || c == '〇'
}

/// Whitespace: trimmed at both ends; a tab or a run of two or more spaces inside becomes one
/// `\t` (a cell gap); a single space is dropped where it splits a number or a number from its
/// unit (`94 亿元`, `2 0 0 1年`, `14.76 %`), kept between two words.
fn write_spaced(kept: &[(char, u32)], base: usize, out: &mut Cleaned) {
    let first = kept.iter().position(|&(c, _)| !is_space(c));
    let Some(first) = first else { return };
    let last = kept
        .iter()
        .rposition(|&(c, _)| !is_space(c))
        .expect("non-space exists");
    let mut i = first;
    while i <= last {
        let (c, src) = kept[i];
        if !is_space(c) {
            push(out, c, src, base);
            i += 1;
            continue;
        }
        let run_end = (i..=last)
            .find(|&j| !is_space(kept[j].0))
            .expect("run ends before last");
        let run = &kept[i..run_end];
        if run.len() >= 2 || run.iter().any(|&(c, _)| c == '\t') {
            push(out, '\t', src, base);
        } else if keep_single_space(kept, i) {
            push(out, ' ', src, base);
        }
        i = run_end;
    }
}

fn push(out: &mut Cleaned, c: char, src: u32, base: usize) {
    let at = base as u32 + src;
    let mut buf = [0u8; 4];
    let s = c.encode_utf8(&mut buf);
    out.text.push_str(s);
    out.map.extend(std::iter::repeat_n(at, s.len()));
}

/// Whether the single space at `kept[i]` separates words (kept) or splits a number (dropped).
fn keep_single_space(kept: &[(char, u32)], i: usize) -> bool {
    let p = kept[i - 1].0;
    let n = kept[i + 1].0;
    if matches!(p, '%' | '‰' | '/' | '|') || matches!(n, '%' | '‰' | '/' | '|') {
        return false;
    }
    if p.is_ascii_digit() && n.is_ascii_digit() {
        // `2 0 0 1年` joins; `270 21.9` (two numbers) stays apart.
        return !(digit_token_len(kept, i, -1) == 1 || digit_token_len(kept, i, 1) == 1);
    }
    if p.is_ascii() && n.is_ascii() {
        return true;
    }
    is_ideograph(p) && is_ideograph(n)
}

/// Length of the run of digits and dots next to the space at `i`, leftwards (-1) or rightwards.
fn digit_token_len(kept: &[(char, u32)], i: usize, dir: isize) -> usize {
    let mut n = 0;
    let mut j = i as isize + dir;
    while j >= 0 && (j as usize) < kept.len() {
        let c = kept[j as usize].0;
        if !(c.is_ascii_digit() || c == '.') {
            break;
        }
        n += 1;
        j += dir;
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clean(s: &str) -> String {
        clean_line(s, 0).text
    }

    #[test]
    fn joins_numbers_split_by_spaces() {
        // 000 line 19, 001 line 3, yunnan line 4.
        assert_eq!(
            clean("实现生产总值 94 亿元，年均增长 14.76%"),
            "实现生产总值94亿元,年均增长14.76%"
        );
        assert_eq!(clean("年均增长 14.76 %"), "年均增长14.76%");
        assert_eq!(clean("(2 0 0 1年2月1 6日某省"), "(2001年2月16日某省");
        assert_eq!(
            clean("污水处理能力 10.5 万立方米 / 日"),
            "污水处理能力10.5万立方米/日"
        );
        assert_eq!(clean("270 21.9"), "270 21.9");
    }

    #[test]
    fn folds_full_width_forms() {
        assert_eq!(
            clean("本届政府１９９８年３月就职：（一）１４％"),
            "本届政府1998年3月就职:(一)14%"
        );
    }

    #[test]
    fn strips_markup_and_marks_headings() {
        let c = clean_line("## **第四篇 产业发展**", 0);
        assert_eq!(c.text, "第四篇 产业发展");
        assert!(c.heading_mark);
        assert_eq!(clean("<p><b>专栏 5 重点项目</b></p>"), "专栏5重点项目");
        assert_eq!(clean("森林覆盖率<sup>3</sup>达到 20%"), "森林覆盖率达到20%");
        let b = clean_line("- 1.铁路项目：**精伊霍铁路**", 0);
        assert!(b.bullet);
        assert_eq!(b.text, "1.铁路项目:精伊霍铁路");
    }

    #[test]
    fn wide_gaps_become_tabs_and_pipes_survive_in_rows() {
        assert_eq!(
            clean("\t专栏6                 重点产业项目"),
            "专栏6\t重点产业项目"
        );
        let row = clean_line("| 地区生产总值 | 亿元 | 270 |", 0);
        assert!(row.pipe_row);
        assert_eq!(row.text, "|地区生产总值|亿元|270|");
    }

    #[test]
    fn fast_folding_agrees_with_nfkc() {
        let ranges = [
            '\u{0}'..='\u{7f}',
            '\u{3000}'..='\u{303f}',
            '\u{ff00}'..='\u{ffef}',
        ];
        let cjk = ('\u{4e00}'..='\u{9fff}').step_by(97);
        for c in ranges.into_iter().flatten().chain(cjk) {
            if let Some(f) = fold_common(c) {
                let nfkc: String = std::iter::once(c).nfkc().collect();
                assert_eq!(nfkc, f.to_string(), "U+{:04X}", c as u32);
            }
        }
        assert_eq!(fold_common('，'), Some(','));
        for c in ['“', '—', '\u{a0}', '…', '㎡', 'ⅲ', '①'] {
            let nfkc: Vec<char> = std::iter::once(c).nfkc().collect();
            let memo = fold_memo(c);
            assert_eq!(
                memo.map(|f| vec![f]).unwrap_or_else(|| nfkc.clone()),
                nfkc,
                "{c}"
            );
            assert_eq!(memo.is_none(), nfkc.len() > 1, "{c}");
        }
        assert_eq!(fold_common('\u{3038}'), None);
        assert!(starts_with_ignore_case("<P><B>专栏", "<p><b>"));
        assert!(!starts_with_ignore_case("<", "<b>"));
    }

    #[test]
    fn map_points_at_source_bytes() {
        let raw = "总值 94 亿元";
        let c = clean_line(raw, 100);
        let nine = c.text.find('9').unwrap();
        assert_eq!(c.map[nine] as usize - 100, raw.find('9').unwrap());
    }
}
