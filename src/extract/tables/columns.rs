//! Tables a PDF gave up column by column, one cell a line: the header's words, then every
//! row's first cell, then every row's second, and so on (probes44
//! city_15th_plan_column_major_table lines 44–124):
//!
//! ```text
//! 指标
//! 单位
//! 2025年
//! 2030年
//! 属性
//! 地区生产总值年均增长        ← the names, one a line
//! 人均地区生产总值
//! …
//! %                          ← then the units
//! …
//! 5.5左右                    ← then each year's values, then the attributes
//! ```
//!
//! The header is a run of lines that are each a header word, a year among them; the names are
//! the lines after it that are neither units, values nor attributes. The cells that follow must
//! fill one block per header column, as many as there are names; each row is then put back
//! together from the k-th line of every block.

use super::cells::{self, Cell};
use super::layout::{Grid, header_words, is_heading, is_note, whole_line_cell};
use crate::normalize::{LineKind, Normalized};
use std::ops::Range;

/// Fewest header words and rows that make such a table.
const MIN_COLUMNS: usize = 3;
const MIN_ROWS: usize = 3;

/// Every column-by-column table not inside `taken` lines.
pub fn column_tables(doc: &Normalized, taken: &[Range<usize>]) -> Vec<Grid> {
    super::layout::scan(doc, taken, |i| table_at(doc, i))
}

/// The lines of text from `i` on, each one cell, until a blank-free run ends: a note, a
/// heading, or a line of prose (a clause mark inside it).
fn cell_lines(doc: &Normalized, i: usize) -> Vec<usize> {
    let mut out = Vec::new();
    for (j, l) in doc.lines.iter().enumerate().skip(i) {
        match l.kind {
            LineKind::Blank | LineKind::PageMark => continue,
            LineKind::Text => {}
            _ => break,
        }
        let t = l.text.trim();
        if t.contains('\t') || is_note(t) || is_heading(t) || t.contains(['。', '；', '，', ','])
        {
            break;
        }
        out.push(j);
    }
    out
}

/// Whether a one-cell line is a header word (`指标`, `2025年`, `属性`): short, or naming a year
/// (an indicator's name may hold a header word too: `地区生产总值年均增长`).
fn is_header(doc: &Normalized, j: usize) -> bool {
    let cell = whole_line_cell(doc, j);
    let short = cell.text.chars().count() <= 6 || names_year(&cell.text);
    short && header_words(std::slice::from_ref(&cell)) == 1
}

/// Whether a header names a year (`2025年`, `2030年目标`).
fn names_year(text: &str) -> bool {
    text.as_bytes()
        .windows(4)
        .any(|w| w.iter().all(u8::is_ascii_digit) && (w[0] == b'1' || w[0] == b'2'))
        && text.contains('年')
}

/// What a cell of the body is: a name, a unit, a value (or a dash, or words of a goal), an
/// attribute.
fn is_name(text: &str) -> bool {
    !cells::is_value_like(text)
        && cells::attribute(text).is_none()
        && !cells::is_unit_like(text)
        && text.chars().count() >= 3
}

fn table_at(doc: &Normalized, i: usize) -> Option<Grid> {
    let lines = cell_lines(doc, i);
    let h = lines.iter().take_while(|&&j| is_header(doc, j)).count();
    let years = lines[..h]
        .iter()
        .filter(|&&j| names_year(&doc.lines[j].text))
        .count();
    if h < MIN_COLUMNS || years == 0 {
        return None;
    }
    let body = &lines[h..];
    let n = body
        .iter()
        .take_while(|&&j| is_name(doc.lines[j].text.trim()))
        .count();
    if n < MIN_ROWS || body.len() < n * h {
        return None;
    }
    let body = &body[..n * h];
    // Each later block holds no names: units, values, words of a goal, attributes.
    let block = |k: usize| &body[k * n..(k + 1) * n];
    let values = (1..h)
        .filter(|&k| {
            block(k)
                .iter()
                .filter(|&&j| cells::is_value_like(doc.lines[j].text.trim()))
                .count()
                * 2
                > n
        })
        .count();
    if values == 0 {
        return None;
    }
    let mut rows = vec![
        lines[..h]
            .iter()
            .map(|&j| whole_line_cell(doc, j))
            .collect(),
    ];
    for r in 0..n {
        let row: Vec<Cell> = (0..h).map(|k| whole_line_cell(doc, block(k)[r])).collect();
        rows.push(row);
    }
    let end = body.last().map_or(i, |&j| j + 1);
    Some(Grid::with_caption(doc, lines[0], rows, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_given_column_by_column_is_put_back_in_rows() {
        let text = "表1  主要指标\n指标\n单位\n2025年\n2030年\n属性\n地区生产总值增长\n\
                    常住人口城镇化率\n森林覆盖率\n%\n%\n%\n6.1\n68\n58.2\n5.5左右\n70\n58.5\n\
                    预期性\n预期性\n约束性\n注：1.2025年为预计数。\n";
        let doc = Normalized::new(text.to_string());
        let grids = column_tables(&doc, &[]);
        assert_eq!(grids.len(), 1);
        let rows = grids[0].texts();
        assert_eq!(rows[0], ["指标", "单位", "2025年", "2030年", "属性"]);
        assert_eq!(rows[2], ["常住人口城镇化率", "%", "68", "70", "预期性"]);
        assert_eq!(rows[3], ["森林覆盖率", "%", "58.2", "58.5", "约束性"]);
        // Too few cells for the header's columns: no table.
        let short = "指标\n2025年\n2030年\n地区生产总值增长\n常住人口城镇化率\n森林覆盖率\n6.1\n";
        assert!(column_tables(&Normalized::new(short.into()), &[]).is_empty());
    }
}
