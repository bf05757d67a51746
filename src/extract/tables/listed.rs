//! One cell a line with nothing else to tell rows apart: no indentation and no blank line
//! between rows, or a blank line after every cell — what plain PDF text extraction makes of an
//! indicator table:
//!
//! ```text
//! 类别
//! 指标
//! 2020年
//! 2025年
//! 年均增长
//! （%）
//! 属性
//! 经济发展
//! 1.地区生产总值增长（%）
//! 6.6
//! -
//! 保持在合理区间
//! 预期性
//! ```
//!
//! The header is a run of header words (`指标`, `2020年`, `年均增长`) that ends with `属性`; a row
//! then ends at each attribute cell (预期性/约束性), the last column. A line opening with a
//! parenthesis (`（%）`, `（亿元）`) continues the cell above. Without a 属性 column the rows
//! cannot be told apart, and no table is read.

use super::cells::{Cell, attribute, tidy};
use super::layout::{Grid, caption_above, header_words, is_heading, is_note, whole_line_cell};
use crate::normalize::{LineKind, Normalized};
use std::ops::Range;

/// Most characters of a header cell, and of any body cell: a longer line is prose.
const HEADER_CHARS: usize = 12;
const CELL_CHARS: usize = 40;

/// Tables of one cell a line whose rows end at their 属性 cell.
pub fn listed_tables(doc: &Normalized, taken: &[Range<usize>]) -> Vec<Grid> {
    super::layout::scan(doc, taken, |i| {
        if !opens_header(doc, i) {
            return None;
        }
        let (header, body_start) = header(doc, i)?;
        let (mut rows, end) = body(doc, body_start);
        (rows.len() >= 2).then(|| {
            rows.insert(0, header);
            Grid::with_caption(doc, i, rows, end)
        })
    })
}

/// A first header cell (`指标`, `类别`, `序号`) alone on a line, after a blank line or a caption.
fn opens_header(doc: &Normalized, i: usize) -> bool {
    let l = &doc.lines[i];
    if l.kind != LineKind::Text || l.text.len() > 12 {
        return false;
    }
    let t = tidy(&l.text);
    if !matches!(t.as_str(), "指标" | "类别" | "序号" | "指标名称") {
        return false;
    }
    i == 0 || doc.lines[i - 1].kind != LineKind::Text || caption_above(doc, i).is_some()
}

/// The header cells from line `i`, if they end with `属性`, and the line after them.
fn header(doc: &Normalized, i: usize) -> Option<(Vec<Cell>, usize)> {
    let mut cells: Vec<Cell> = Vec::new();
    let mut j = i;
    while j < doc.lines.len() {
        let l = &doc.lines[j];
        j += 1;
        match l.kind {
            LineKind::Blank | LineKind::PageMark => continue,
            LineKind::Text => {}
            _ => return None,
        }
        let t = tidy(&l.text);
        if t.chars().count() > HEADER_CHARS {
            return None;
        }
        if opens_parenthesis(&t) && !cells.is_empty() {
            cells.last_mut()?.push(doc, j - 1, 0, l.text.len());
            continue;
        }
        let cell = whole_line_cell(doc, j - 1);
        if header_words(std::slice::from_ref(&cell)) == 0 {
            return None;
        }
        let done = cell.text == "属性" || cell.text == "指标属性";
        cells.push(cell);
        if done {
            break;
        }
    }
    let ends_with_attribute = cells.last().is_some_and(|c| c.text.ends_with("属性"));
    (cells.len() >= 3 && ends_with_attribute && header_words(&cells) >= 3).then_some((cells, j))
}

/// The rows from line `start`, each ended by its attribute cell, and the end of the claimed
/// lines (past a note under the table).
fn body(doc: &Normalized, start: usize) -> (Vec<Vec<Cell>>, usize) {
    let mut rows: Vec<Vec<Cell>> = Vec::new();
    let mut row: Vec<Cell> = Vec::new();
    let mut end = start;
    for j in start..doc.lines.len() {
        let l = &doc.lines[j];
        match l.kind {
            LineKind::Blank | LineKind::PageMark => continue,
            LineKind::Text => {}
            _ => break,
        }
        let t = tidy(&l.text);
        if is_note(&t) {
            end = j + 1;
            break;
        }
        if is_heading(&t) || t.starts_with("专栏") || t.chars().count() > CELL_CHARS {
            break;
        }
        if opens_parenthesis(&t) && !row.is_empty() {
            if let Some(cell) = row.last_mut() {
                cell.push(doc, j, 0, l.text.len());
            }
        } else {
            let cell = whole_line_cell(doc, j);
            if rows.is_empty() && row.is_empty() && is_sub_header(&cell) {
                // A second header row (`2015年`, `年均`, `增长%` under `规划目标`): its columns
                // cannot be told from one cell a line, and a table misread is worse than none.
                return (Vec::new(), start);
            }
            row.push(cell);
        }
        end = j + 1;
        if attribute(&t).is_some() {
            rows.push(std::mem::take(&mut row));
        }
    }
    // Cells after the last attribute cell belong to no row: the table ended before them.
    if !row.is_empty() {
        end = row
            .first()
            .and_then(Cell::line)
            .map_or(end, |line| line.max(start));
    }
    (rows, end)
}

/// A short header word opening the body (`2015年`, `年均`): the header has a second row.
fn is_sub_header(cell: &Cell) -> bool {
    cell.text.chars().count() <= 6 && header_words(std::slice::from_ref(cell)) > 0
}

/// `（%）`, `(亿元)`: a unit the PDF wrapped onto the next line.
fn opens_parenthesis(t: &str) -> bool {
    t.starts_with(['(', '（']) && t.chars().count() <= 10
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_end_at_their_attribute_cell() {
        let text = "表1 主要指标\n\n类别\n指标\n2020年\n2025年\n年均增长\n(%)\n属性\n\
经济发展\n1.地区生产总值(亿元)\n1523\n2100\n6.5\n预期性\n\
2.常住人口城镇化率\n(%)\n63.35\n68.35\n[5]\n预期性\n\
绿色生态\n3.单位地区生产总值能源消耗降低(%)\n[9]\n控制在下达指标内\n约束性\n\n第三章 创新\n";
        let doc = Normalized::new(text.to_string());
        let grids = listed_tables(&doc, &[]);
        assert_eq!(grids.len(), 1);
        let rows = grids[0].texts();
        assert_eq!(
            rows,
            vec![
                vec!["类别", "指标", "2020年", "2025年", "年均增长(%)", "属性"],
                vec![
                    "经济发展",
                    "1.地区生产总值(亿元)",
                    "1523",
                    "2100",
                    "6.5",
                    "预期性"
                ],
                vec!["2.常住人口城镇化率(%)", "63.35", "68.35", "[5]", "预期性"],
                vec![
                    "绿色生态",
                    "3.单位地区生产总值能源消耗降低(%)",
                    "[9]",
                    "控制在下达指标内",
                    "约束性"
                ],
            ]
        );
        assert_eq!(
            grids[0].caption.as_ref().map(|c| c.text.as_str()),
            Some("表1主要指标")
        );
        // The heading after the table is not claimed.
        assert!(grids[0].lines.end <= 27, "{:?}", grids[0].lines);
    }

    /// 004 专栏 1 without its blank lines: a header in two rows (`规划目标` over `2015年`,
    /// `年均增长%`) whose columns one cell a line cannot tell: no table rather than a misread one.
    #[test]
    fn a_two_row_header_is_not_guessed() {
        let text = "\n指标\n2010年\n规划目标\n实践执行情况\n属性\n2015年\n年均\n增长%\n2015年\n年均\n增长%\n\
经济总量\n全区生产总值(亿元)\n285.5\n750\n20以上\n494.1\n13.8\n预期性\n\
城镇化率(%)\n39.3\n48\n—\n46\n—\n预期性\n";
        let doc = Normalized::new(text.to_string());
        assert!(listed_tables(&doc, &[]).is_empty());
    }

    #[test]
    fn without_an_attribute_column_no_table_is_read() {
        let text = "\n指标\n2020年\n2025年\n地区生产总值\n1523\n2100\n";
        let doc = Normalized::new(text.to_string());
        assert!(listed_tables(&doc, &[]).is_empty());
    }
}
