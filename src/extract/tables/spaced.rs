//! Tables whose cells are separated by single spaces and wrapped across lines by PDF
//! extraction (the Beijing 十五五 plan, line 523): a header line `类别 序号 指标 2025年 2030年目标
//! 属性`, then records that open with a serial number and close with 预期性/约束性.
//!
//! A record is read line by line:
//! - `1` alone, then `全社会研究与试验发展经费支出占地区生` / `产总值比重(%)`: label pieces on
//!   lines without values join into one indicator cell;
//! - `6左右∗ >6 预期性`: values fill the value columns, the attribute closes the record;
//! - `5.4` then `4.5-5,` / `努力争取` / `更好结果`: a word after the values opens the next free
//!   value cell, or continues the last one when every value column is filled (a wrapped cell);
//! - `29 食品药品安全` / `食品安全抽检合格率(%) >98.5∗ >98.7` / `药品抽检合格率(%) >99∗ >99` /
//!   `约束性`: several lines with values in one record are sub-rows; the label printed before
//!   the first of them is their parent.
//!
//! Short lines between records (`创新` / `发展` / `(5项)`) are the category cell of the
//! records after them.

use super::cells::{Cell, is_value_like, tidy};
use super::layout::{Grid, is_header_row, is_heading, is_note, next_text_line};
use crate::normalize::{LineKind, Normalized};
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// A serial number opening a record: `1`, `29`.
static SERIAL: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\d{1,3}$").expect("valid regex"));

/// Label column heads (`类别`, `序号`, `指标`): the columns before the values.
static LABEL_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:指标|类别|序号|领域|项目|名称|指标名称|分类)$").expect("valid regex")
});

/// Lines a record may run over before the reader gives up on it (Beijing's longest: 5).
const MAX_RECORD_LINES: usize = 10;

/// Every space-separated table not inside `taken`.
pub fn spaced_tables(doc: &Normalized, taken: &[Range<usize>]) -> Vec<Grid> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < doc.lines.len() {
        let Some(head) = header_at(doc, i, taken) else {
            i += 1;
            continue;
        };
        let (rows, end) = read_records(doc, i, &head);
        if rows.len() >= 3 {
            let mut all = vec![head];
            all.extend(rows);
            out.push(Grid::with_caption(doc, i, all, end));
        }
        i = end.max(i + 1);
    }
    out
}

/// The header cells of line `i` when it is a space-separated header with a 属性 column:
/// `类别 序号 指标 2025年 2030年目标 属性`.
fn header_at(doc: &Normalized, i: usize, taken: &[Range<usize>]) -> Option<Vec<Cell>> {
    let l = &doc.lines[i];
    if l.kind != LineKind::Text
        || l.text.contains('\t')
        || !(l.text.contains("序号") && l.text.contains("属性"))
        || taken.iter().any(|r| r.contains(&i))
    {
        return None;
    }
    let cells = split_spaces(doc, i);
    let ok = cells.len() >= 4
        && is_header_row(&cells)
        && cells.iter().any(|c| c.text == "序号")
        && cells.iter().any(|c| c.text.ends_with("属性"));
    ok.then_some(cells)
}

/// Cells of line `i` split at every run of spaces of the raw line, mapped to cleaned bytes
/// (cleaning drops the space in `2025年 2030年目标`, so the cleaned text cannot be split).
fn split_spaces(doc: &Normalized, i: usize) -> Vec<Cell> {
    let raw = doc.source.line(i);
    let base = doc.source.line_range(i).start as u32;
    let map = &doc.lines[i].map;
    let mut out = Vec::new();
    let mut start = None;
    let mut bounds = Vec::new();
    for (b, c) in raw.char_indices() {
        let space = c == ' ' || c == '\u{3000}' || c == '\t';
        match (space, start) {
            (true, Some(s)) => {
                bounds.push(s..b);
                start = None;
            }
            (false, None) => start = Some(b),
            _ => {}
        }
    }
    if let Some(s) = start {
        bounds.push(s..raw.len());
    }
    for r in bounds {
        let s = map.partition_point(|&m| m < base + r.start as u32);
        let e = map.partition_point(|&m| m < base + r.end as u32);
        let cell = Cell::from_line(doc, i, s, e);
        if !cell.is_empty() {
            out.push(cell);
        }
    }
    out
}

/// Append `other`'s pieces to `cell` (a wrapped cell).
fn join(doc: &Normalized, cell: &mut Cell, other: &Cell) {
    for p in &other.pieces {
        cell.push(doc, p.line, p.start, p.end);
    }
}

/// One line of values inside a record, with the label printed before it.
#[derive(Default)]
struct SubRow {
    /// Label pieces on lines before this one that held no values.
    before: Option<Cell>,
    /// Label words on this row's own line.
    own: Option<Cell>,
    values: Vec<Cell>,
}

/// A record: serial, its value lines, its attribute.
#[derive(Default)]
struct Record {
    serial: Cell,
    pending: Option<Cell>,
    subs: Vec<SubRow>,
    attr: Option<Cell>,
    lines: usize,
}

/// Shape of the table: whether it has a category column, and how many value columns precede
/// the 属性 column.
struct Shape {
    category: bool,
    values: usize,
}

fn shape(head: &[Cell]) -> Shape {
    let serial = head.iter().position(|c| c.text == "序号").unwrap_or(0);
    let labels = head.iter().filter(|c| LABEL_HEAD.is_match(&c.text)).count();
    let attrs = head.iter().filter(|c| c.text.ends_with("属性")).count();
    Shape {
        category: serial > 0,
        values: head.len().saturating_sub(labels + attrs).max(1),
    }
}

/// Read the records after the header line `head_line`; returns the grid rows (header excluded)
/// and the end of the claimed lines.
fn read_records(doc: &Normalized, head_line: usize, head: &[Cell]) -> (Vec<Vec<Cell>>, usize) {
    let shape = shape(head);
    let head_words: Vec<&str> = head.iter().map(|c| c.text.as_str()).collect();
    let mut rows = Vec::new();
    let mut category: Option<Cell> = None;
    let mut category_open = false;
    let mut record: Option<Record> = None;
    let mut end = head_line + 1;
    let mut j = head_line + 1;
    while let Some(next) = next_text_line(doc, j) {
        j = next;
        let l = &doc.lines[j];
        let text = tidy(&l.text);
        if is_heading(&text) {
            break;
        }
        if is_note(&text) {
            end = j + 1;
            break;
        }
        let cells = split_spaces(doc, j);
        if cells
            .iter()
            .map(|c| c.text.as_str())
            .eq(head_words.iter().copied())
        {
            // The header printed again after a page break.
            category_open = false;
            j += 1;
            end = j;
            continue;
        }
        let mut cells = cells.as_slice();
        if record.is_none() {
            match cells.first() {
                Some(c) if SERIAL.is_match(&c.text) => {
                    record = Some(Record {
                        serial: c.clone(),
                        ..Record::default()
                    });
                    cells = &cells[1..];
                    category_open = false;
                }
                Some(c) if cells.len() == 1 && is_category_piece(&c.text) => {
                    match (&mut category, category_open) {
                        (Some(cat), true) => join(doc, cat, c),
                        _ => category = Some(c.clone()),
                    }
                    category_open = true;
                    j += 1;
                    continue;
                }
                _ => break,
            }
        }
        let Some(rec) = record.as_mut() else { break };
        rec.lines += 1;
        if rec.lines > MAX_RECORD_LINES {
            break;
        }
        if read_line(doc, rec, cells, shape.values)
            && let Some(rec) = record.take()
        {
            rows.extend(record_rows(doc, &rec, &category, &shape));
        }
        j += 1;
        end = j;
    }
    (rows, end)
}

/// A short line of words between records: a piece of a category cell (`创新`, `(5项)`).
fn is_category_piece(text: &str) -> bool {
    text.chars().count() <= 10 && !is_value_like(text) && super::cells::attribute(text).is_none()
}

/// Read one line of a record; returns true when the attribute closed the record.
fn read_line(doc: &Normalized, rec: &mut Record, cells: &[Cell], n: usize) -> bool {
    let has_values = cells.iter().any(|c| is_value_like(&c.text));
    let words = cells
        .iter()
        .take_while(|c| !is_value_like(&c.text) && super::cells::attribute(&c.text).is_none())
        .count();
    let (lead, rest) = cells.split_at(words);
    let mut lead_cell: Option<Cell> = None;
    for c in lead {
        match &mut lead_cell {
            Some(cell) => join(doc, cell, c),
            None => lead_cell = Some(c.clone()),
        }
    }
    if has_values {
        let open_row = rec.subs.last().is_some_and(|s| s.values.len() < n);
        if open_row && let Some(w) = &lead_cell {
            // Words before the values of a row already open: a text value cell.
            push_word(doc, rec, w, n);
        } else {
            rec.subs.push(SubRow {
                before: rec.pending.take(),
                own: lead_cell,
                values: Vec::new(),
            });
        }
    } else if let Some(w) = &lead_cell {
        if rec.subs.is_empty() {
            match &mut rec.pending {
                Some(p) => join(doc, p, w),
                None => rec.pending = Some(w.clone()),
            }
        } else {
            push_word(doc, rec, w, n);
        }
    }
    for c in rest {
        if super::cells::attribute(&c.text).is_some() {
            rec.attr = Some(c.clone());
            return true;
        }
        if is_value_like(&c.text) {
            match rec.subs.last_mut() {
                Some(s) => s.values.push(c.clone()),
                None => rec.subs.push(SubRow {
                    before: rec.pending.take(),
                    own: None,
                    values: vec![c.clone()],
                }),
            }
        } else {
            push_word(doc, rec, c, n);
        }
    }
    false
}

/// Words after a row's values: the next free value cell, or the continuation of the last one
/// when every value column is filled (`4.5-5,` / `努力争取` / `更好结果`).
fn push_word(doc: &Normalized, rec: &mut Record, w: &Cell, n: usize) {
    let Some(s) = rec.subs.last_mut() else { return };
    if s.values.len() < n {
        s.values.push(w.clone());
    } else if let Some(last) = s.values.last_mut() {
        join(doc, last, w);
    }
}

/// Grid rows of a closed record: `[category,] serial, indicator, values…, attribute`, or with
/// sub-rows `[category,] serial, parent, sub-indicator, values…, attribute` (merged cells
/// repeated on every sub-row).
fn record_rows(
    doc: &Normalized,
    rec: &Record,
    category: &Option<Cell>,
    shape: &Shape,
) -> Vec<Vec<Cell>> {
    let split = rec.subs.len() > 1
        && rec
            .subs
            .first()
            .is_some_and(|s| s.before.is_some() && s.own.is_some());
    let parent = if split {
        rec.subs.first().and_then(|s| s.before.clone())
    } else {
        None
    };
    let mut out = Vec::new();
    for s in &rec.subs {
        let mut row = Vec::new();
        if shape.category {
            row.push(category.clone().unwrap_or_default());
        }
        row.push(rec.serial.clone());
        let label = if split {
            s.own.clone().or_else(|| s.before.clone())
        } else {
            let mut l = s.before.clone().unwrap_or_default();
            if let Some(o) = &s.own {
                join(doc, &mut l, o);
            }
            Some(l)
        };
        if let Some(p) = &parent {
            row.push(p.clone());
        }
        row.push(label.unwrap_or_default());
        let mut values = s.values.clone();
        values.resize(shape.values, Cell::default());
        row.extend(values);
        row.push(rec.attr.clone().unwrap_or_default());
        out.push(row);
    }
    out
}
