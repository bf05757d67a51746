//! Tables drawn with box-drawing characters, read as pipe tables.
//!
//! ```text
//! ┌──┬────────────────────────┬──────────┬──────┬──────┐
//! │1 │地区生产总值            │亿元      │386.5 │515   │
//! ├──┼────────────────────────┼──────────┼──────┼──────┤
//! │2 │数字经济核心产业增加值占│%         │6.8   │10    │
//! │  │地区生产总值比重        │          │      │      │
//! ```
//!
//! (probes38 county_15th_outline_box_drawing_table lines 55–77, as some PDF converters draw
//! tables). A line with at least [`MIN_BARS`] bars or junctions is a table's row or rule: each
//! bar or junction becomes a pipe and two spaces, each horizontal line three dashes — three bytes
//! for the three of the character, so the cleaned line maps back to the source exactly — and the
//! line is a pipe row; its rules are dropped by the table reader as a markdown table's are (the
//! bytes standing for a character map to its first byte). A
//! boxed list drawn in text (`│ text │`, two bars) is left alone: cleaning drops its borders.

use super::{Line, LineKind};
use crate::source::SourceText;

/// Fewest bars and junctions on a line of a drawn table: three cells' borders.
const MIN_BARS: usize = 4;

/// A vertical bar, a corner or a junction: a cell border, drawn as a pipe.
fn is_bar(c: char) -> bool {
    matches!(
        c,
        '│' | '┃'
            | '║'
            | '┼'
            | '├'
            | '┤'
            | '┬'
            | '┴'
            | '┌'
            | '┐'
            | '└'
            | '┘'
            | '╋'
            | '┣'
            | '┫'
            | '┳'
            | '┻'
            | '┏'
            | '┓'
            | '┗'
            | '┛'
            | '╬'
            | '╠'
            | '╣'
            | '╦'
            | '╩'
            | '╔'
            | '╗'
            | '╚'
            | '╝'
    )
}

/// A horizontal line: a rule, drawn as dashes.
fn is_horizontal(c: char) -> bool {
    matches!(c, '─' | '━' | '═')
}

/// Whether a raw line is a row or a rule of a drawn table.
fn is_drawn_row(raw: &str) -> bool {
    raw.contains(['│', '┃', '║', '┼', '╋', '╬', '┬', '┴'])
        && raw.chars().filter(|&c| is_bar(c)).count() >= MIN_BARS
}

/// `raw` with its bars and junctions as `|  ` and its horizontal lines as `---` (same length:
/// every box-drawing character is three bytes).
fn as_pipes(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for c in raw.chars() {
        match c {
            c if is_bar(c) && c.len_utf8() == 3 => out.push_str("|  "),
            c if is_horizontal(c) && c.len_utf8() == 3 => out.push_str("---"),
            c => out.push(c),
        }
    }
    out
}

/// Re-clean the lines of every drawn table as pipe rows.
pub fn mark(source: &SourceText, lines: &mut [Line]) {
    if !source.as_str().contains(['│', '┃', '║']) {
        return;
    }
    // A rule line cleans to nothing (cleaning drops box-drawing characters): it is Blank.
    for line in lines
        .iter_mut()
        .filter(|l| matches!(l.kind, LineKind::Text | LineKind::Blank))
    {
        let raw = source.line(line.index);
        if is_drawn_row(raw) {
            super::reclean_as_row(source, line, &as_pipes(raw));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drawn_rows_and_boxed_lists() {
        assert!(is_drawn_row(
            "│1 │地区生产总值            │亿元      │386.5 │515   │"
        ));
        assert!(is_drawn_row("├──┼────┼────┤"));
        // A boxed list's line and border: two bars, two corners.
        assert!(!is_drawn_row("│ 专栏1 重点项目 │"));
        assert!(!is_drawn_row("┌──────────────┐"));
        let raw = "│1 │亿元│386.5│";
        assert_eq!(as_pipes(raw).len(), raw.len());
        assert_eq!(as_pipes(raw), "|  1 |  亿元|  386.5|  ");
    }

    #[test]
    fn a_drawn_table_maps_back_to_its_source() {
        let text = "┌──┬──────┬────┬─────┐\n│1 │地区生产总值│亿元│386.5│\n└──┴──────┴────┴─────┘\n";
        let n = crate::normalize::Normalized::new(text.to_string());
        let row = &n.lines[1];
        assert_eq!(row.kind, LineKind::PipeRow);
        let at = row.text.find("386.5").expect("the value");
        let src = row.map[at] as usize;
        assert_eq!(&text[src..src + 5], "386.5");
    }
}
