//! Indicator tables exported as records of `key：value` lines, one record an indicator, as open
//! data portals print a dataset (probes40 prefecture_indicator_open_data_export lines 14–21):
//!
//! ```text
//! 序号：1
//! 指标名称：地区生产总值
//! 计量单位：亿元
//! 基期值（2025年）：2368.4
//! 目标值（2030年）：3170
//! 年均增速：6%左右
//! 指标属性：预期性
//! ----
//! ```
//!
//! A record may also fill one line, its fields apart by semicolons (probes63
//! province_employment_promotion_15th_plan lines 47–55):
//!
//! ```text
//! 指标名称：城镇新增就业（万人）；2025年：〔362.5〕；2030年：〔350以上〕；属性：预期性
//! ```
//!
//! The keys of the first record become the header, each record a row with its values under
//! its keys, so the grid is read as any other table. Records are separated by a rule, a blank
//! line, or a key that the record already holds; a line without a key continues the value above
//! it (a wrapped name). A page's footer between two records is passed over.

use super::cells::Cell;
use super::layout::Grid;
use crate::normalize::{LineKind, Normalized};
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// A `key：value` line (colons folded to `:`): a short key without clause marks.
static KEY_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<key>[\p{Han}A-Za-z0-9()（）]{1,14}):(?P<value>.*)$").expect("valid regex")
});

/// The key of the indicator's name.
static NAME_KEY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:指标名称|指标|指标项)$").expect("valid regex"));

/// A key of values: a year's (`基期值（2025年）`), a target's, a growth.
static VALUE_KEY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:19|20)\d{2}年|目标值|基期值|现状值|规划值|年均|增速|增长").expect("valid regex")
});

/// A rule between records: `----`, `====`, `****`.
static RULE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:-{3,}|={3,}|\*{3,}|—{2,})$").expect("valid regex"));

/// Fewest records that make a table.
const MIN_RECORDS: usize = 3;

/// Lines of other text (a page's footer) passed over between two records.
const MAX_DEBRIS_LINES: usize = 2;

/// One record: its keys and value cells in order.
type Record = Vec<(String, Cell)>;

/// Every table of records not inside `taken` lines.
pub fn record_tables(doc: &Normalized, taken: &[Range<usize>]) -> Vec<Grid> {
    super::layout::scan(doc, taken, |i| {
        key_of(doc, i)?;
        let (records, end) = records_from(doc, i);
        grid_of(&records, i, end)
    })
}

/// The key of line `i` and the byte range (of the cleaned line) of its value.
fn key_of(doc: &Normalized, i: usize) -> Option<(String, Range<usize>)> {
    let l = doc.lines.get(i)?;
    if l.kind != LineKind::Text {
        return None;
    }
    let c = KEY_LINE.captures(&l.text)?;
    let (k, v) = (c.name("key")?, c.name("value")?);
    Some((k.as_str().to_string(), v.range()))
}

/// The records from line `start` on and the line after the last.
fn records_from(doc: &Normalized, start: usize) -> (Vec<Record>, usize) {
    let mut records: Vec<Record> = Vec::new();
    let mut current: Record = Vec::new();
    let mut end = start;
    let mut j = start;
    // Whether the records fill a line each.
    let mut inline = false;
    while j < doc.lines.len() {
        let l = &doc.lines[j];
        if let Some(fields) = fields_of(doc, j) {
            if !current.is_empty() {
                records.push(std::mem::take(&mut current));
            }
            let record = fields
                .into_iter()
                .map(|(key, vr)| (key, value_cell(doc, j, vr)))
                .collect();
            records.push(record);
            inline = true;
            end = j + 1;
            j += 1;
            continue;
        }
        if inline {
            // After records of one line, a line of one field (`注：…`) is the table's note; a
            // page's footer before the next record is passed over.
            if inline_resumes(doc, j) {
                j += 1;
                continue;
            }
            break;
        }
        if let Some((key, vr)) = key_of(doc, j) {
            if current.iter().any(|(k, _)| *k == key) {
                records.push(std::mem::take(&mut current));
            }
            current.push((key, value_cell(doc, j, vr)));
            end = j + 1;
            j += 1;
            continue;
        }
        let text = l.text.trim();
        if l.kind != LineKind::Text || text.is_empty() || RULE.is_match(text) {
            if !current.is_empty() {
                records.push(std::mem::take(&mut current));
            }
            j += 1;
            continue;
        }
        // A wrapped value (`数字经济核心产业增加值占地区生产总值` / `比重`).
        if let Some((_, cell)) = current
            .last_mut()
            .filter(|_| j == end && !text.contains(':'))
        {
            let len = l.text.len();
            cell.push(doc, j, 0, len);
            end = j + 1;
            j += 1;
            continue;
        }
        if !records.is_empty() && current.is_empty() && resumes(doc, j, &records[0]) {
            j += 1;
            continue;
        }
        break;
    }
    if !current.is_empty() {
        records.push(current);
    }
    (records, end)
}

/// The cell of a value at bytes `vr` of line `j`; an empty value gives an empty cell, which
/// keeps the row's cells aligned under their keys.
fn value_cell(doc: &Normalized, j: usize, vr: Range<usize>) -> Cell {
    let cell = Cell::from_line(doc, j, vr.start, vr.end);
    if cell.pieces.is_empty() {
        Cell::default()
    } else {
        cell
    }
}

/// Fewest fields of a record on one line.
const MIN_FIELDS: usize = 3;

/// The `key：value` fields of a line holding a whole record, apart by semicolons, each key with
/// the byte range of its value; `None` unless there are [`MIN_FIELDS`] fields or more and the
/// first names the indicator (`指标名称：…；2025年：…；2030年：…；属性：…`).
fn fields_of(doc: &Normalized, i: usize) -> Option<Vec<(String, Range<usize>)>> {
    let l = doc.lines.get(i)?;
    if l.kind != LineKind::Text || !l.text.contains([';', '；']) {
        return None;
    }
    let text = l.text.as_str();
    let mut bounds: Vec<(usize, usize)> = Vec::new();
    let mut start = 0;
    for (at, c) in text.char_indices().filter(|(_, c)| matches!(c, ';' | '；')) {
        bounds.push((start, at));
        start = at + c.len_utf8();
    }
    if !text[start..].trim().is_empty() {
        bounds.push((start, text.len()));
    }
    let fields: Vec<(String, Range<usize>)> = bounds
        .into_iter()
        .map(|(s, e)| {
            let part = &text[s..e];
            let lead = part.len() - part.trim_start().len();
            let c = KEY_LINE.captures(part.trim())?;
            let (k, v) = (c.name("key")?, c.name("value")?);
            Some((
                k.as_str().to_string(),
                s + lead + v.start()..s + lead + v.end(),
            ))
        })
        .collect::<Option<_>>()?;
    (fields.len() >= MIN_FIELDS && NAME_KEY.is_match(&fields[0].0)).then_some(fields)
}

/// Whether a record of one line follows line `j` after at most [`MAX_DEBRIS_LINES`] lines of
/// text, none of them a `key：value` line.
fn inline_resumes(doc: &Normalized, j: usize) -> bool {
    let mut texts = 0;
    for k in j..doc.lines.len() {
        if fields_of(doc, k).is_some() {
            return true;
        }
        let l = &doc.lines[k];
        if l.kind == LineKind::Text && !l.text.trim().is_empty() {
            texts += 1;
            if texts > MAX_DEBRIS_LINES || key_of(doc, k).is_some() {
                return false;
            }
        }
    }
    false
}

/// Whether a record with the first record's opening key follows within
/// [`MAX_DEBRIS_LINES`] lines of text from line `j` (a page's footer between records).
fn resumes(doc: &Normalized, j: usize, first: &Record) -> bool {
    let Some((opening, _)) = first.first() else {
        return false;
    };
    let mut texts = 0;
    for k in j..doc.lines.len() {
        if let Some((key, _)) = key_of(doc, k) {
            return key == *opening;
        }
        if doc.lines[k].kind == LineKind::Text && !doc.lines[k].text.trim().is_empty() {
            texts += 1;
            if texts > MAX_DEBRIS_LINES {
                return false;
            }
        }
    }
    false
}

/// The grid of `records` read from lines `start..end`: the first record's keys as the header
/// (the key cells are the header's cells), each record's values under them. `None` unless
/// there are [`MIN_RECORDS`] records, a key names the indicator and another states values.
fn grid_of(records: &[Record], start: usize, end: usize) -> Option<Grid> {
    let first = records.first()?;
    let keys: Vec<&str> = first.iter().map(|(k, _)| k.as_str()).collect();
    if records.len() < MIN_RECORDS
        || !keys.iter().any(|k| NAME_KEY.is_match(k))
        || !keys.iter().any(|k| VALUE_KEY.is_match(k))
    {
        return None;
    }
    let header: Vec<Cell> = keys
        .iter()
        .map(|k| Cell {
            text: super::cells::tidy(k),
            pieces: Vec::new(),
        })
        .collect();
    let mut rows = vec![header];
    for r in records {
        let row = keys
            .iter()
            .map(|k| {
                r.iter()
                    .find(|(rk, _)| rk == k)
                    .map(|(_, c)| c.clone())
                    .unwrap_or_default()
            })
            .collect();
        rows.push(row);
    }
    Some(Grid {
        caption: None,
        rows,
        lines: start..end,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grids(text: &str) -> Vec<Vec<Vec<String>>> {
        let doc = Normalized::new(text.to_string());
        record_tables(&doc, &[])
            .iter()
            .map(|g| {
                g.rows
                    .iter()
                    .map(|r| r.iter().map(|c| c.text.clone()).collect())
                    .collect()
            })
            .collect()
    }

    #[test]
    fn records_become_rows_under_their_keys() {
        let text = "序号：1\n指标名称：地区生产总值\n计量单位：亿元\n基期值（2025年）：2368.4\n\
                    目标值（2030年）：3170\n----\n序号：2\n指标名称：数字经济核心产业增加值占\n比重\n\
                    计量单位：%\n基期值（2025年）：6.3\n目标值（2030年）：10\n\n第1页/共2页\n\n\
                    序号：3\n指标名称：森林覆盖率\n计量单位：%\n目标值（2030年）：58.5\n";
        let g = grids(text);
        assert_eq!(g.len(), 1);
        let rows = &g[0];
        assert_eq!(rows.len(), 4);
        assert_eq!(rows[0][3], "基期值(2025年)");
        assert_eq!(rows[2][1], "数字经济核心产业增加值占比重");
        // A key the record lacks leaves its cell empty.
        assert_eq!(rows[3][3], "");
        assert_eq!(rows[3][4], "58.5");
    }

    #[test]
    fn records_of_one_line_apart_by_semicolons() {
        // probes63 province_employment_promotion_15th_plan lines 46–48, 56.
        let text = "专栏1　“十五五”时期就业促进主要指标\n\
                    指标名称：城镇新增就业（万人）；2025年：〔362.5〕；2030年：〔350以上〕；属性：预期性\n\
                    指标名称：城镇调查失业率（%）；2025年：5.0；2030年：5.5以内；属性：预期性\n\
                    指标名称：劳动人事争议仲裁结案率（%）；2025年：95.6；2030年：95以上；属性：约束性\n\
                    注：〔　〕内为五年累计数。\n";
        let g = grids(text);
        assert_eq!(g.len(), 1);
        let rows = &g[0];
        assert_eq!(rows.len(), 4);
        assert_eq!(rows[0], ["指标名称", "2025年", "2030年", "属性"]);
        assert_eq!(rows[1][2], "〔350以上〕");
        assert_eq!(rows[3][3], "约束性");
        // A page's footer between two records is passed over.
        let paged = text.replacen("\n指标名称：劳动", "\n\n— 7 —\n\n指标名称：劳动", 1);
        assert_eq!(grids(&paged)[0].len(), 4);
        // Two fields, or a first field naming no indicator, make no record.
        assert!(
            grids("指标名称：甲；目标：1\n指标名称：乙；目标：2\n指标名称：丙；目标：3\n")
                .is_empty()
        );
        assert!(grids("地区：甲；2025年：1；2030年：2\n地区：乙；2025年：1；2030年：2\n地区：丙；2025年：1；2030年：2\n").is_empty());
    }

    #[test]
    fn a_few_labelled_lines_are_no_table() {
        assert!(grids("数据来源：统计局\n发布时间：2026-02-28\n更新时间：2026-03-15\n").is_empty());
        let two = "指标名称：地区生产总值\n目标值：3170\n\n指标名称：森林覆盖率\n目标值：58.5\n";
        assert!(grids(two).is_empty());
    }
}
