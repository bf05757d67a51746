//! HTML tables (`<table><tr><td>…`): converters write a table as HTML when markdown cannot hold
//! its merged cells — a whole table on one line, or one tag a line. Cells are read off the
//! source, merged cells laid out the way pipe tables print them (a `rowspan` category cell
//! fills the rows below with empty cells, a `colspan` cell the columns after it), and each
//! cell's text is taken from the cleaned lines, so the rest of the table reader is shared.
//!
//! Example (001's indicator table as an HTML converter writes it):
//! `<tr><td rowspan="3">经济发展</td><td>1. 地区生产总值增长(%)</td><td>6.6</td>…</tr>`.

use super::cells::Cell;
use super::layout::{Grid, captioned, has_value_rows};
use crate::normalize::{LineKind, Normalized};
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// An opening tag of a table, a row, a cell or a caption, with its attributes.
static OPEN_TAG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)<(table|tr|td|th|caption)\b([^<>]{0,300})>").expect("valid regex")
});

/// A closing tag that ends a cell's or a caption's text.
static CLOSE_TAG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)</(?:td|th|tr|table|caption|thead|tbody|tfoot)\s*>").expect("valid regex")
});

/// `rowspan="3"`, `colspan=2`.
static SPAN_ATTR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)\b(row|col)span\s*=\s*["']?\s*(\d{1,4})"#).expect("valid regex")
});

/// Columns a table is laid out to at most: a `colspan` beyond it is cut (bad input: a table of
/// 10,000 columns must not make a grid of millions of cells).
const MAX_COLUMNS: usize = 64;
/// Rows a `rowspan` reaches down at most.
const MAX_ROWSPAN: usize = 200;

/// The HTML tables of a document: each run of [`LineKind::HtmlTable`] lines not already `taken`
/// by another layout, read as one or more tables.
pub fn html_tables(doc: &Normalized, taken: &[Range<usize>]) -> Vec<Grid> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < doc.lines.len() {
        if doc.lines[i].kind != LineKind::HtmlTable || taken.iter().any(|r| r.contains(&i)) {
            i += 1;
            continue;
        }
        let start = i;
        while doc
            .lines
            .get(i)
            .is_some_and(|l| l.kind == LineKind::HtmlTable)
        {
            i += 1;
        }
        out.extend(tables_in(doc, start..i));
    }
    out
}

/// The tables of lines `lines` (a run of HTML table lines).
fn tables_in(doc: &Normalized, lines: Range<usize>) -> Vec<Grid> {
    let from = doc.source.line_range(lines.start).start;
    let to = doc.source.line_range(lines.end - 1).end;
    let text = &doc.source.as_str()[from..to];
    let mut out = Vec::new();
    let mut table: Option<Builder> = None;
    for m in OPEN_TAG.captures_iter(text) {
        let (Some(whole), Some(name)) = (m.get(0), m.get(1)) else {
            continue;
        };
        let at = from + whole.start();
        let content = from + whole.end()..from + text_end(text, whole.end());
        match name.as_str().to_ascii_lowercase().as_str() {
            "table" => {
                out.extend(table.take().and_then(|b| b.finish(doc, at)));
                table = Some(Builder::new(doc.source.line_of_byte(at)));
            }
            "caption" => {
                let b = table.get_or_insert_with(|| Builder::new(doc.source.line_of_byte(at)));
                b.caption = Some(cell_of(doc, content));
            }
            "tr" => {
                let b = table.get_or_insert_with(|| Builder::new(doc.source.line_of_byte(at)));
                b.end_row();
                b.in_row = true;
            }
            _ => {
                let b = table.get_or_insert_with(|| Builder::new(doc.source.line_of_byte(at)));
                let (rows, cols) = spans(&m[2]);
                b.push(cell_of(doc, content), rows, cols);
            }
        }
    }
    out.extend(table.and_then(|b| b.finish(doc, to)));
    out
}

/// End (byte in `text`) of the text that opens at `start`: the next closing or opening tag of
/// the table's structure, or the end.
fn text_end(text: &str, start: usize) -> usize {
    let rest = &text[start..];
    let close = CLOSE_TAG.find(rest).map(|m| m.start());
    let open = OPEN_TAG.find(rest).map(|m| m.start());
    start + close.into_iter().chain(open).min().unwrap_or(rest.len())
}

/// The `rowspan` and `colspan` of a cell's attributes, each at least 1 and capped.
fn spans(attrs: &str) -> (usize, usize) {
    let (mut rows, mut cols) = (1, 1);
    for c in SPAN_ATTR.captures_iter(attrs) {
        let n: usize = c[2].parse().unwrap_or(1);
        if c[1].eq_ignore_ascii_case("row") {
            rows = n.clamp(1, MAX_ROWSPAN);
        } else {
            cols = n.clamp(1, MAX_COLUMNS);
        }
    }
    (rows, cols)
}

/// The cell whose text stands at source bytes `range`: its cleaned text, piece by line (a cell
/// may hold `<br>` or `<p>` and run over several lines; markup is gone from the cleaned text).
fn cell_of(doc: &Normalized, range: Range<usize>) -> Cell {
    let mut cell = Cell::default();
    if range.is_empty() {
        return cell;
    }
    let first = doc.source.line_of_byte(range.start);
    let last = doc.source.line_of_byte(range.end - 1);
    for line in first..=last.min(doc.lines.len().saturating_sub(1)) {
        let map = &doc.lines[line].map;
        let s = map.partition_point(|&b| (b as usize) < range.start);
        let e = map.partition_point(|&b| (b as usize) < range.end);
        if s < e {
            cell.push(doc, line, s, e);
        }
    }
    cell
}

/// A table being read: its rows so far, with the merged cells still reaching down.
struct Builder {
    first_line: usize,
    caption: Option<Cell>,
    rows: Vec<Vec<Cell>>,
    row: Vec<Cell>,
    in_row: bool,
    /// Per column: rows still covered by a `rowspan` cell from above.
    below: Vec<usize>,
}

impl Builder {
    fn new(first_line: usize) -> Self {
        Builder {
            first_line,
            caption: None,
            rows: Vec::new(),
            row: Vec::new(),
            in_row: false,
            below: Vec::new(),
        }
    }

    /// Adds a cell to the current row, after the columns that merged cells from above cover.
    fn push(&mut self, cell: Cell, rows: usize, cols: usize) {
        self.in_row = true;
        self.skip_covered();
        for k in 0..cols {
            let col = self.row.len();
            if col >= MAX_COLUMNS {
                return;
            }
            self.row.push(if k == 0 {
                cell.clone()
            } else {
                Cell::default()
            });
            if self.below.len() <= col {
                self.below.resize(col + 1, 0);
            }
            self.below[col] = rows - 1;
        }
    }

    /// Empty cells for the columns at the row's end that a merged cell from above covers.
    fn skip_covered(&mut self) {
        while let Some(&n) = self.below.get(self.row.len()) {
            if n == 0 || self.row.len() >= MAX_COLUMNS {
                break;
            }
            let col = self.row.len();
            self.row.push(Cell::default());
            self.below[col] = n - 1;
        }
    }

    fn end_row(&mut self) {
        if !self.in_row {
            return;
        }
        self.skip_covered();
        // Covered columns after the row's last cell.
        for col in self.row.len()..self.below.len() {
            if self.below[col] > 0 {
                self.below[col] -= 1;
            }
        }
        if !self.row.iter().all(Cell::is_empty) {
            self.rows.push(std::mem::take(&mut self.row));
        }
        self.row.clear();
        self.in_row = false;
    }

    /// The grid, ending before source byte `end`; None for a table without three filled cells
    /// in any row (a layout box, not a table of indicators). Captioned as pipe tables are.
    fn finish(mut self, doc: &Normalized, end: usize) -> Option<Grid> {
        self.end_row();
        if !has_value_rows(&self.rows) {
            return None;
        }
        let last = doc
            .source
            .line_of_byte(end.saturating_sub(1))
            .max(self.first_line);
        Some(captioned(
            doc,
            self.caption,
            self.rows,
            self.first_line,
            last + 1,
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grids(text: &str) -> Vec<Grid> {
        html_tables(&Normalized::new(text.to_string()), &[])
    }

    fn texts(g: &Grid) -> Vec<Vec<String>> {
        g.rows
            .iter()
            .map(|r| r.iter().map(|c| c.text.clone()).collect())
            .collect()
    }

    /// Merged cells read as pipe tables print them: a `rowspan` category leaves the rows below
    /// an empty first cell, a `colspan` value an empty cell after it.
    #[test]
    fn merged_cells_lay_out_as_empty_cells() {
        let g = grids(concat!(
            "<table><tr><th colspan=\"4\">主要指标</th></tr>",
            "<tr><th>类别</th><th>指标</th><th>2025年</th><th>属性</th></tr>",
            "<tr><td rowspan=\"2\">绿色生态</td><td>森林覆盖率(%)</td><td>20</td><td>约束性</td></tr>",
            "<tr><td>单位GDP能耗降低(%)</td><td colspan=2>完成下达任务</td></tr>",
            "</table>\n"
        ));
        assert_eq!(g.len(), 1);
        assert_eq!(
            g[0].caption.as_ref().map(|c| c.text.as_str()),
            Some("主要指标")
        );
        assert_eq!(
            texts(&g[0]),
            [
                vec!["类别", "指标", "2025年", "属性"],
                vec!["绿色生态", "森林覆盖率(%)", "20", "约束性"],
                vec!["", "单位GDP能耗降低(%)", "完成下达任务", ""],
            ]
        );
    }

    /// One tag a line, markup inside cells, and cells pointing at their source text.
    #[test]
    fn one_tag_a_line_with_markup_in_cells() {
        let text = "<table>\n<tbody>\n<tr>\n<td>指标</td>\n<td>2020年</td>\n<td>2025年</td>\n</tr>\n<tr>\n<td><p>常住人口<br>城镇化率(%)</p></td>\n<td>63.35</td>\n<td><b>68.35</b></td>\n</tr>\n</tbody>\n</table>\n";
        let doc = Normalized::new(text.to_string());
        let g = html_tables(&doc, &[]);
        assert_eq!(
            texts(&g[0]),
            [
                vec!["指标", "2020年", "2025年"],
                vec!["常住人口城镇化率(%)", "63.35", "68.35"]
            ]
        );
        assert_eq!(g[0].lines, 0..14);
        let cell = &g[0].rows[1][2];
        let p = &cell.pieces[0];
        let map = &doc.lines[p.line].map;
        assert_eq!(doc.evidence(map, p.start, p.end), "68.35");
    }

    /// Bad input: spans and columns are capped, so a table of 10,000 columns or a `colspan` of
    /// a million makes a bounded grid.
    #[test]
    fn spans_and_columns_are_capped() {
        let wide = format!(
            "<table><tr>{}</tr><tr><td colspan=\"1000000\">x</td><td rowspan=\"99999\">y</td><td>1</td></tr></table>\n",
            "<td>5</td>".repeat(10_000)
        );
        let g = grids(&wide);
        assert_eq!(g.len(), 1);
        assert!(g[0].rows.iter().all(|r| r.len() <= MAX_COLUMNS));
        assert_eq!(spans(r#"rowspan="99999" colspan='0'"#), (MAX_ROWSPAN, 1));
    }

    /// Tables without three filled cells in a row are layout boxes, not indicator tables.
    #[test]
    fn layout_boxes_are_no_tables() {
        assert!(grids("<table><tr><td>专栏1 重点项目</td></tr><tr><td>甲市物流园项目。</td></tr></table>\n").is_empty());
    }
}
