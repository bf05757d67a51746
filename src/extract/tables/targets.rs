//! Rows of a table model to contract rows and targets.
//!
//! Labels: each row's label cells are read as category / indicator / sub-indicator, with merged
//! (empty) cells carried down: 003 专栏 2 line 275 `\t\t户籍人口城镇化率(%)` is a sub-indicator of
//! `7.城镇化率` in category `经济发展`. The unit comes from the label (`(亿元)`), a sub-indicator
//! without one takes its parent's (`主要污染物排放总量降低(%)` / `化学需氧量`).
//!
//! Values: the target-year column gives `value` and `year`; the base-year column gives `base`;
//! a growth column gives an `annual_growth` target, or a cumulative `change` when bracketed;
//! text cells give a target with `value: null` and the words in `note`; 属性 gives `binding`,
//! carried down to sub-rows whose 属性 cell is blank.
//!
//! Evidence: when the indicator cell and the value cell are on one source line, the evidence is
//! the source from the indicator cell through the value cell (the shortest substring holding
//! both, as the contract asks of every target); when they are on different lines (one cell a
//! line, 004) it is the value cell as printed, whose span then says where the number is.

use super::cells::{self, Cell, CellValue, Number};
use super::grid::{BodyRow, Column, DEADLINE_HEAD, Model, Role};
use crate::extract::{indicators, units};
use crate::model::{Base, Binding, Comparator, Origin, Status, Target, TargetKind, Value};
use crate::normalize::Normalized;
use crate::segment::Outline;
use regex::Regex;
use std::sync::LazyLock;

/// A body row with its labels read.
#[derive(Debug, Clone)]
pub struct ReadRow {
    pub category: Option<Cell>,
    pub parent: Option<Cell>,
    /// The indicator cell (the sub-indicator on a sub-row).
    pub indicator: Option<Cell>,
    pub serial: Option<Cell>,
    /// The cell of a `单位` column (`亿元`), printed after the indicator.
    pub unit_cell: Option<Cell>,
    pub indicator_name: Option<String>,
    pub unit: Option<String>,
    pub binding: Option<Binding>,
    pub values: Vec<Cell>,
}

/// Labels of every body row, carrying merged cells down.
pub fn read_rows(model: &Model) -> Vec<ReadRow> {
    let mut out = Vec::new();
    let mut category: Option<Cell> = None;
    let mut parent: Option<Cell> = None;
    let mut parent_binding: Option<Binding> = None;
    let mut sub_pos: Option<usize> = None;
    let mut fresh_category = false;
    // Label cells of the last row read (the serial and indicator columns).
    let mut prev_labels = 0;
    for row in &model.body {
        let (serial, unit_cell, mut named) = label_cells(row);
        let has_values = row.values.iter().any(|c| !c.is_empty());
        let mut lead = row.labels.iter().take_while(|c| c.is_empty()).count();
        // The first row under a category printed on its own (004 line 276) lacks the merged
        // category cell the rows after it carry: shift its labels one place right.
        if fresh_category && lead == 0 {
            lead = 1;
            named.iter_mut().for_each(|(p, _)| *p += 1);
        }
        fresh_category = false;
        if serial.is_none()
            && let Some(prev) = out.last_mut()
            && continues_row(row, prev)
        {
            join_rest(row, prev, prev_labels);
            continue;
        }
        prev_labels = row.labels.len();
        let ordinal = named.iter().position(|(_, c)| cells::has_ordinal(&c.text));
        let mut indicator: Option<Cell> = None;
        let mut is_sub = false;
        match (ordinal, named.len()) {
            (_, 0) => {}
            (Some(o), _) => {
                if o > 0 {
                    category = Some(named[o - 1].1.clone());
                }
                if let Some((p, sub)) = named.get(o + 1) {
                    parent = Some(named[o].1.clone());
                    indicator = Some(sub.clone());
                    sub_pos = Some(*p);
                    is_sub = true;
                } else {
                    indicator = Some(named[o].1.clone());
                }
            }
            (None, 1) => {
                let (pos, c) = &named[0];
                if sub_pos == Some(*pos) && parent.is_some() && lead > 0 {
                    indicator = Some(c.clone());
                    is_sub = true;
                } else if lead == 0 && !has_values && wraps_label(&out, category.as_ref(), c) {
                    // `| 13.地表水达到或好于Ⅲ类水体 | % | 85.7 |` / `| 比例★ | | |` (probes28
                    // county_plan_midterm_evaluation_2028 lines 42–43): the label wrapped
                    // into a row of its own.
                    if let Some(prev) = out.last_mut() {
                        join_label(prev, c);
                    }
                    continue;
                } else if lead == 0 && !has_values {
                    category = Some(c.clone());
                    parent = None;
                    sub_pos = None;
                    fresh_category = true;
                    continue;
                } else {
                    indicator = Some(c.clone());
                }
            }
            (None, 2) => {
                let first_unit = cells::split_label(&named[0].1.text).1.is_some();
                if lead == 0 && !first_unit {
                    category = Some(named[0].1.clone());
                    indicator = Some(named[1].1.clone());
                } else {
                    parent = Some(named[0].1.clone());
                    indicator = Some(named[1].1.clone());
                    sub_pos = Some(named[1].0);
                    is_sub = true;
                }
            }
            (None, _) => {
                let n = named.len();
                category = Some(named[n - 3].1.clone());
                parent = Some(named[n - 2].1.clone());
                indicator = Some(named[n - 1].1.clone());
                sub_pos = Some(named[n - 1].0);
                is_sub = true;
            }
        }
        if !is_sub {
            parent = None;
            sub_pos = None;
        }
        let attr = model
            .columns
            .iter()
            .zip(&row.values)
            .find_map(|(col, c)| (col.role == Role::Attr).then(|| cells::attribute(&c.text)))
            .flatten();
        let binding = match attr {
            Some(b) => Some(b),
            None if is_sub => parent_binding,
            None => None,
        };
        if !is_sub || attr.is_some() {
            parent_binding = binding;
        }
        let (name, unit) = name_and_unit(indicator.as_ref(), parent.as_ref().filter(|_| is_sub));
        let unit = unit.or_else(|| unit_cell.as_ref().and_then(|c| unit_of_cell(&c.text)));
        out.push(ReadRow {
            category: category.clone(),
            parent: parent.clone().filter(|_| is_sub),
            indicator,
            serial,
            unit_cell,
            indicator_name: name,
            unit,
            binding,
            values: row.values.clone(),
        });
    }
    out
}

/// Whether a lone label cell in a row without values goes on with the label of the row above:
/// that row is a numbered indicator with values, the categories are numbered (`三、绿色生态`), and
/// this cell is not.
fn wraps_label(out: &[ReadRow], category: Option<&Cell>, c: &Cell) -> bool {
    out.last().is_some_and(|prev| {
        prev.values.iter().any(|v| !v.is_empty())
            && prev
                .indicator
                .as_ref()
                .is_some_and(|i| cells::has_ordinal(&i.text))
    }) && category.is_some_and(|k| numbered(&k.text))
        && !numbered(&c.text)
}

/// Whether a row without a serial is the rest of the numbered row above it, its label and cells
/// wrapped onto a row of their own (`| 4 | 数字经济核心产业增加值 | 8.2 | 12 | 〔3.8〕 | 预期性 |` /
/// `|  | 占地区生产总值比重（%） |  |  |  |  |`, `| 1 | 地区生产总值增长（%） | 6.3 | — | 5.5 | 预期性 |`
/// / `|  |  |  |  | 左右 |  |`, probes47 city_plan_table_wrapped_rows lines 28–35): the row
/// above has values, this one holds words only, no value and no attribute.
fn continues_row(row: &BodyRow, prev: &ReadRow) -> bool {
    let filled: Vec<&Cell> = row
        .labels
        .iter()
        .chain(&row.values)
        .filter(|c| !c.text.trim().is_empty())
        .collect();
    // A header printed again after a page break is no rest of a row (`区县（园区）  地区生产总值
    // …`, probes46 city_district_target_breakdown_table line 61).
    let header = filled.len() > MAX_WRAPPED_CELLS
        || filled
            .iter()
            .any(|c| c.text.contains("年") && c.text.contains(|d: char| d.is_ascii_digit()));
    // The serial's column is empty: `| 二 | 创新驱动 |` is a category.
    let serial_empty = row.labels.first().is_none_or(|c| c.text.trim().is_empty());
    prev.serial.is_some()
        && serial_empty
        && prev.values.iter().any(|v| cells::is_value_like(&v.text))
        && !filled.is_empty()
        && !header
        && filled
            .iter()
            .all(|c| !cells::is_value_like(&c.text) && cells::attribute(&c.text).is_none())
}

/// Most cells a row's wrapped rest fills (`（%）` under the label, `以上` under its value).
const MAX_WRAPPED_CELLS: usize = 2;

/// Add a wrapped row's words to the row above, cell by cell: the cells of a row without values
/// stand where the table's columns are (`labels` runs up to its last word), so the first
/// `labels` of them are label columns (their words go on with the indicator's), the rest value
/// columns.
fn join_rest(row: &BodyRow, prev: &mut ReadRow, labels: usize) {
    let all = row.labels.iter().chain(&row.values).enumerate();
    for (k, c) in all.filter(|(_, c)| !c.text.trim().is_empty()) {
        if k < labels {
            join_label(prev, c);
        } else if let Some(v) = prev.values.get_mut(k - labels) {
            v.append(c);
        }
    }
}

/// A label opening with an ordinal, Arabic (`7.`) or Chinese (`三、`).
fn numbered(label: &str) -> bool {
    static CHINESE_ORDINAL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^[(（]?[一二三四五六七八九十]{1,3}[、.)）]").expect("valid regex")
    });
    cells::has_ordinal(label) || CHINESE_ORDINAL.is_match(label)
}

/// Append a wrapped label's words to a read row's indicator.
fn join_label(row: &mut ReadRow, c: &Cell) {
    let Some(ind) = row.indicator.as_mut() else {
        return;
    };
    ind.append(c);
    let (name, unit) = cells::split_label(ind.text.trim_end_matches(MARKS));
    row.indicator_name = Some(name);
    row.unit = unit.or(row.unit.take());
}

/// Non-empty label cells with their positions, a serial number (`1`, Beijing's 序号) and the
/// cell of a `单位` column (`亿元`, `%`: a unit and nothing else) set apart.
fn label_cells(row: &BodyRow) -> (Option<Cell>, Option<Cell>, Vec<(usize, Cell)>) {
    static SERIAL: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^\d{1,3}$").expect("valid regex"));
    let mut serial = None;
    let mut unit = None;
    let mut named = Vec::new();
    for (i, c) in row.labels.iter().enumerate() {
        if c.is_empty() {
            continue;
        }
        if cells::is_dash(&c.text) {
            // `—` in a 单位 column: no unit, no name.
            continue;
        }
        if SERIAL.is_match(&c.text) {
            serial = Some(c.clone());
        } else if unit.is_none() && unit_of_cell(&c.text).is_some() {
            unit = Some(c.clone());
        } else {
            named.push((i, c.clone()));
        }
    }
    (serial, unit, named)
}

/// The unit a label cell holds when it holds a unit only: a `单位` column's `亿元`, `%`,
/// `万人` (probes4 prefecture_12th_plan lines 38–47, a TAB-separated table).
fn unit_of_cell(text: &str) -> Option<String> {
    let t = text.trim().trim_start_matches('(').trim_end_matches(')');
    units::lookup(t).map(|u| u.name.to_string())
}

/// The indicator name and unit of a row: `1.地区生产总值(亿元)` → 地区生产总值, 亿元; a
/// sub-indicator without a unit is named with its parent (`主要污染物排放总量降低(化学需氧量)`)
/// and takes the parent's unit.
fn name_and_unit(ind: Option<&Cell>, parent: Option<&Cell>) -> (Option<String>, Option<String>) {
    let Some(ind) = ind else {
        return (None, None);
    };
    // `森林覆盖率★`, `人均预期寿命(岁)☆`: a mark of the row's attribute is no part of its name.
    let (name, unit) = cells::split_label(ind.text.trim_end_matches(MARKS));
    // `其中:小麦`: a part of the row above, named by itself.
    let name = match name.strip_prefix("其中") {
        Some(rest) if rest.starts_with([':', '：']) => {
            rest[rest.chars().next().map_or(0, char::len_utf8)..].to_string()
        }
        _ => name,
    };
    if unit.is_some() {
        return (Some(name), unit);
    }
    match parent.map(|p| cells::split_label(&p.text)) {
        Some((pname, Some(punit))) => (Some(format!("{pname}({name})")), Some(punit)),
        _ => (Some(name), None),
    }
}

/// The contract row of a read row: category, serial, parent, indicator, then one cell per value
/// column; `slots` says which label slots the table uses.
pub fn contract_row(r: &ReadRow, slots: [bool; 4]) -> Vec<String> {
    let text = |c: &Option<Cell>| c.as_ref().map(|c| c.text.clone()).unwrap_or_default();
    let mut out = Vec::new();
    if slots[0] {
        out.push(text(&r.category));
    }
    if slots[1] {
        out.push(text(&r.serial));
    }
    if slots[2] {
        out.push(text(&r.parent));
    }
    out.push(text(&r.indicator));
    if slots[3] {
        out.push(text(&r.unit_cell));
    }
    out.extend(r.values.iter().map(|c| c.text.clone()));
    out
}

/// Everything a target needs from its table.
pub struct TableCtx<'a> {
    pub doc: &'a Normalized,
    pub outline: &'a Outline,
    pub columns: &'a [Column],
    /// The year a document of outcomes reports (a communiqué, a bulletin, a report on a year's
    /// work: `Meta::reviews_its_year`): its tables hold that year's outcomes.
    pub reported_year: Option<i32>,
    /// The unit the caption gives every amount (`（单位：亿元）`).
    pub caption_unit: Option<String>,
    /// The year of a table none of whose columns names one (`| 一级指标 | 二级指标 | 三级指标 |
    /// 指标值 |`, probes22 dept_performance_targets_2025 line 39): see `tables::yearless`.
    pub yearless: Option<i32>,
    /// Marks after an indicator's name that its note gives an attribute (`★` 约束性).
    pub marks: Vec<(char, Binding)>,
    /// The first year the document plans: a column of an earlier year holds outcomes. A plan's
    /// first year (`| 2020年 | 2025年 | 2030年 |` in a 十五五 plan, probes42
    /// county_15th_plan_cms_markdown_export line 58: 2025's values are achieved), a report's own
    /// (`项目 | 2020年 |
    /// 2025年 | 增长` in a report on 十四五 and 2026's work, probes63
    /// county_civil_affairs_elderly_care_review_2026 line 39). A column of an earlier year holds
    /// outcomes.
    pub planned_from: Option<i32>,
    /// The last year of a plan's own period: a column of goals naming no year holds the plan's
    /// (`| 原目标值 | 调整后目标值 | 2027年完成值 |`, probes57 province_plan_midterm_target_adjustment
    /// line 87).
    pub plan_end: Option<i32>,
    /// For each column, the column of that year's growth the bracketed half of a cell reads
    /// under (`2368.4（5.6%）`, see [`growth_columns`]).
    pub growth_columns: Vec<Column>,
}

/// The growth half of a cell holding a value and its growth (`2368.4（5.6%）`, probes43
/// city_annual_plan_report_value_growth_cells line 73) reads as a column of that year's growth:
/// one for each of the table's columns, made once a table.
pub fn growth_columns(columns: &[Column]) -> Vec<Column> {
    columns
        .iter()
        .map(|c| Column {
            role: Role::Growth,
            name: format!("{}/比上年增长", c.name),
            base: false,
            unit: None,
            place: false,
            measure: None,
            ..c.clone()
        })
        .collect()
}

/// Whether a unit measures an amount (`亿元`, `万吨`), not a share (`%`, `‰`, `个百分点`).
fn is_amount(unit: Option<&str>) -> bool {
    unit.and_then(units::lookup)
        .is_some_and(|u| !matches!(u.base, "%" | "‰" | "pp"))
}

/// A column of goals: `年度目标`, `2025年计划`, `预算数`.
static PLAN_COLUMN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"目标|计划|预算").expect("valid regex"));

/// Marks printed after an indicator's name to give its attribute.
pub(super) const MARKS: [char; 6] = ['★', '☆', '▲', '△', '※', '*'];

/// The targets of one read row.
pub fn row_targets(t: &TableCtx, r: &ReadRow) -> Vec<Target> {
    let mut base = None;
    let mut base_col: Option<&Column> = None;
    let mut out: Vec<(&Column, Target)> = Vec::new();
    for (k, (col, cell)) in t.columns.iter().zip(&r.values).enumerate() {
        if cell.is_empty() {
            continue;
        }
        let pair = (col.role == Role::Level)
            .then(|| cells::value_and_growth(t.doc, cell))
            .flatten();
        let (cell, growth) = match &pair {
            Some((v, g)) => (v, Some(g)),
            None => (cell, None),
        };
        let growth_target = growth
            .filter(|_| !col.base)
            .and_then(|g| cell_target(t, r, &t.growth_columns[k], g));
        if col.base {
            if let Some(b) = base_of(col, cell) {
                base = Some(b);
                base_col = Some(col);
            }
            continue;
        }
        if !matches!(col.role, Role::Level | Role::Growth) {
            continue;
        }
        if let Some(mut target) = cell_target(t, r, col, cell) {
            if col.year.is_none() {
                target.year = deadline(t.columns, r).or(target.year);
            }
            out.push((col, target));
        }
        if let Some(g) = growth_target {
            out.push((&t.growth_columns[k], g));
        }
    }
    goals_as_growth(&mut out, t.columns);
    if let Some(b) = base {
        let any_level = out.iter().any(|(col, _)| col.role == Role::Level);
        for (col, target) in &mut out {
            // Columns of two measures (`户籍人口（人）`, `2025年村集体经济收入（万元）`): a base
            // is one of its own measure only.
            let other_measure = base_col.is_some_and(|bc| {
                bc.measure.is_some() && col.measure.is_some() && bc.measure != col.measure
            });
            if (col.role == Role::Level || !any_level) && !other_measure {
                target.base = Some(b.clone());
            }
        }
    }
    out.into_iter().map(|(_, t)| t).collect()
}

/// A year's goal printed as a growth rate in a column of amounts: `| 地区生产总值 | 亿元 | 6左右 |
/// 1186.3 | 5.4 |` under `| 指标 | 单位 | 全年目标 | 完成值 | 增长（%） |` (probes39
/// district_gwr_2027_review_table line 41). The row's unit is that of its outcome; a goal a
/// tenth of the outcome or less, in a table with a growth column, is the growth aimed at, in %.
fn goals_as_growth(out: &mut [(&Column, Target)], columns: &[Column]) {
    if !columns.iter().any(|c| c.role == Role::Growth) {
        return;
    }
    let outcome = out.iter().find_map(|(col, t)| match t.value {
        Some(Value::Number(v)) if col.role == Role::Level && col.actual => Some(v),
        _ => None,
    });
    let Some(outcome) = outcome.filter(|v| *v > 0.0) else {
        return;
    };
    for (col, t) in out.iter_mut() {
        let amount = is_amount(t.unit.as_deref()) && t.kind != TargetKind::Count;
        if let Some(Value::Number(v)) = t.value
            && col.role == Role::Level
            && !col.actual
            && amount
            && v > 0.0
            && v * 10.0 <= outcome
            && v <= 30.0
        {
            t.unit = Some("%".to_string());
            t.normalized = units::normalize(v, "%");
            t.kind = TargetKind::Growth;
        }
    }
}

/// The attribute the table's note gives the mark after a row's name (`森林覆盖率★`).
/// Unmarked rows take what the note gives the rest (`其余为预期性指标`), once a mark is given.
fn marked_binding(t: &TableCtx, r: &ReadRow) -> Option<Binding> {
    let last = r.indicator.as_ref()?.text.trim_end().chars().next_back()?;
    let mark = if MARKS.contains(&last) {
        last
    } else {
        super::NO_MARK
    };
    t.marks.iter().find(|(m, _)| *m == mark).map(|(_, b)| *b)
}

/// The year in a row's deadline cell (`完成时限`: `2027年`, probes25
/// township_15th_plan_village_table line 91): the year of its values that no column dates.
fn deadline(columns: &[Column], r: &ReadRow) -> Option<i32> {
    static YEAR_CELL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^((?:19|20)\d{2})(?:年(?:底|末|前|内)?)?$").expect("valid regex")
    });
    let (_, cell) = columns
        .iter()
        .zip(&r.values)
        .find(|(c, _)| c.role == Role::Other && DEADLINE_HEAD.is_match(&c.name))?;
    YEAR_CELL
        .captures(cell.text.trim())?
        .get(1)?
        .as_str()
        .parse()
        .ok()
}

/// The targets of a transposed table, one row a year and one column an indicator (`| 年份 |
/// 地区生产总值增速（%） | 一般公共预算收入（亿元） |` over `| 2021年 | 7.5 | 312 |`, probes13
/// city_14th_plan_transposed_table lines 32–39): each cell's indicator and unit are its column's
/// header, its year its row's. `None` unless every row is labelled by a year alone, or is a
/// row of totals.
pub fn transposed_targets(t: &TableCtx, model: &Model, rows: &[ReadRow]) -> Option<Vec<Target>> {
    let first_head = model.header.first()?.iter().find(|c| !c.is_empty())?;
    if !matches!(first_head.text.as_str(), "年份" | "年度" | "年") {
        return None;
    }
    // A row of totals under the years (`合计`, probes60 county_poverty_alleviation_13th_review_2020
    // line 36) sums them up to the last.
    let labels: Vec<Option<i32>> = rows
        .iter()
        .map(|r| {
            let cell = r.indicator.as_ref()?;
            year_label(cell)
                .map(Some)
                .or_else(|| super::layout::is_total(cell.text.trim()).then_some(None))
        })
        .collect::<Option<_>>()?;
    let last = labels.iter().flatten().max().copied()?;
    let years: Vec<i32> = labels.iter().map(|y| y.unwrap_or(last)).collect();
    let mut out = Vec::new();
    for (r, year) in rows.iter().zip(years) {
        for (col, cell) in t.columns.iter().zip(&r.values) {
            if cell.is_empty() || col.role == Role::Attr || col.role == Role::Other {
                continue;
            }
            let (name, unit) = cells::split_label(&col.name);
            let row = ReadRow {
                indicator: None,
                indicator_name: Some(name),
                unit: unit.or_else(|| col.unit.clone()),
                ..r.clone()
            };
            let col = Column {
                measure: None,
                role: Role::Level,
                year: Some(year),
                base: false,
                ..col.clone()
            };
            out.extend(cell_target(t, &row, &col, cell));
        }
    }
    Some(out)
}

/// The year a row label is, and nothing else: `2021年`, `2021`.
fn year_label(cell: &Cell) -> Option<i32> {
    let t = cell.text.trim().trim_end_matches('年');
    (t.len() == 4).then(|| t.parse().ok()).flatten()
}

fn base_of(col: &Column, cell: &Cell) -> Option<Base> {
    let n = match cells::parse(&cell.text) {
        CellValue::Number(n) => n,
        CellValue::Text => cells::leading_number(&cell.text)?,
        _ => return None,
    };
    Some(Base {
        year: col.year,
        value: n.value,
    })
}

fn cell_target(t: &TableCtx, r: &ReadRow, col: &Column, cell: &Cell) -> Option<Target> {
    // A column naming its measure (`户籍人口（人）`, `同比变化（微克/立方米）`) names the value with
    // the row's name and gives its unit and kind.
    let named;
    let r = match &r.indicator_name {
        Some(n) if let Some(m) = &col.measure => {
            named = ReadRow {
                indicator_name: Some(format!("{n}{m}")),
                unit: col.unit.clone().or_else(|| r.unit.clone()),
                ..r.clone()
            };
            &named
        }
        _ => r,
    };
    let mut ratio_bound = Comparator::Eq;
    let (value, number, note) = match cells::parse(&cell.text) {
        CellValue::Number(n) => (Some(Value::Number(n.value)), Some(n), None),
        CellValue::Ratio(parts, comparator) => {
            ratio_bound = comparator;
            (Some(Value::Ratio(parts)), None, None)
        }
        CellValue::Text => match cells::leading_number(&cell.text) {
            Some(n) => (
                Some(Value::Number(n.value)),
                Some(n),
                Some(cell.text.clone()),
            ),
            None => (None, None, Some(cell.text.clone())),
        },
        _ => return None,
    };
    let cumulative = number.as_ref().is_some_and(|n| n.cumulative);
    let ratio = matches!(value, Some(Value::Ratio(_)));
    let kind = match kind_of(col.role, cumulative, ratio, r) {
        // `比上年增长(%)`: one year's growth.
        TargetKind::AnnualGrowth if col.name.contains("比上年") || col.name.contains("同比") => {
            TargetKind::Growth
        }
        k => k,
    };
    // `6%左右` in a row of 亿元 (probes43 city_annual_plan_report_value_growth_cells line 73):
    // the amount's growth.
    let amount_row = is_amount(r.unit.as_deref());
    let kind = match kind {
        TargetKind::Level | TargetKind::Rate
            if amount_row && number.as_ref().and_then(|n| n.unit.as_deref()) == Some("%") =>
        {
            TargetKind::Growth
        }
        k => k,
    };
    let unit = unit_of(
        col.role,
        cumulative,
        number.as_ref(),
        r,
        col.unit.as_deref().or(t.caption_unit.as_deref()),
    );
    let normalized = match (&value, &unit) {
        (Some(Value::Number(v)), Some(u)) => units::normalize(*v, u),
        _ => None,
    };
    let (evidence, span) = evidence(t.doc, r.indicator.as_ref(), cell)?;
    // A place's column names its values' indicator with the row's (`桐溪镇` × `脱贫户数（户）` →
    // `桐溪镇脱贫户数`); a total's column keeps the row's name.
    let name = match &r.indicator_name {
        Some(n) if col.place && !super::layout::is_total(&col.name) => {
            Some(format!("{}{n}", col.name))
        }
        n => n.clone(),
    };
    let note = if value.is_none() { note } else { None };
    Some(Target {
        id: String::new(),
        section: cell.line().and_then(|l| t.outline.section_id_at_line(l)),
        canonical: name
            .as_deref()
            .and_then(|n| indicators::canonical(n, &[]))
            .map(str::to_string),
        indicator: name,
        value,
        unit,
        normalized,
        kind,
        comparator: number.as_ref().map_or(ratio_bound, |n| n.comparator),
        year: col.year.or(t.reported_year).or(t.yearless).or_else(|| {
            t.plan_end
                .filter(|_| !col.actual && !col.base && PLAN_COLUMN.is_match(&col.name))
        }),
        base: None,
        // A report on a year's outcomes states them, save in a column of its goals (`年度目标`).
        status: if col.actual
            || (t.reported_year.is_some() && !PLAN_COLUMN.is_match(&col.name))
            || (col.year.zip(t.planned_from).is_some_and(|(y, s)| y < s)
                && !PLAN_COLUMN.is_match(&col.name))
            || number.as_ref().is_some_and(|n| n.estimated)
        {
            Status::Actual
        } else {
            Status::Target
        },
        binding: r.binding.or_else(|| marked_binding(t, r)),
        origin: Origin::Table,
        cumulative,
        note,
        evidence,
        span,
    })
}

static GROWTH_WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"增长|增速").expect("valid regex"));
static CHANGE_WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"降低|下降|减少|削减|降幅|提高|变化|增减").expect("valid regex"));

fn kind_of(role: Role, cumulative: bool, ratio: bool, r: &ReadRow) -> TargetKind {
    let name = r.indicator_name.as_deref().unwrap_or("");
    let unit = r.unit.as_deref().unwrap_or("");
    if ratio {
        TargetKind::Ratio
    } else if cumulative {
        TargetKind::Change
    } else if role == Role::Growth {
        TargetKind::AnnualGrowth
    } else if GROWTH_WORD.is_match(name) && !name.contains("增加值") {
        TargetKind::Growth
    } else if CHANGE_WORD.is_match(name) {
        TargetKind::Change
    } else if matches!(unit, "%" | "‰" | "百分点") {
        TargetKind::Rate
    } else if crate::extract::targets::classify::is_count_unit(unit) {
        TargetKind::Count
    } else {
        TargetKind::Level
    }
}

/// The unit of a cell's value: printed in the cell (`不低于8%`), else `%` for a growth rate,
/// else the row's unit.
fn unit_of(
    role: Role,
    cumulative: bool,
    n: Option<&Number>,
    r: &ReadRow,
    col_unit: Option<&str>,
) -> Option<String> {
    if let Some(u) = n.and_then(|n| n.unit.clone()) {
        return Some(u);
    }
    if role == Role::Growth && !cumulative {
        return Some("%".to_string());
    }
    r.unit
        .clone()
        .or_else(|| col_unit.filter(|_| role == Role::Level).map(str::to_string))
}

/// Evidence and span of a value cell (see the module doc): from the indicator cell through the
/// value cell when both are on one line, else the value cell.
fn evidence(
    doc: &Normalized,
    ind: Option<&Cell>,
    cell: &Cell,
) -> Option<(String, crate::model::Span)> {
    let first = cell.pieces.first()?;
    let last = cell.pieces.last()?;
    let ind_piece = ind
        .and_then(|c| c.pieces.last())
        .filter(|p| p.line == first.line && p.end <= first.start);
    let start_piece = ind
        .and_then(|c| c.pieces.first())
        .filter(|p| ind_piece.is_some() && p.line == first.line)
        .copied()
        .unwrap_or(*first);
    let line = doc.lines.get(start_piece.line)?;
    if last.line == start_piece.line {
        let span = doc.span(&line.map, start_piece.start, last.end);
        let ev = doc
            .evidence(&line.map, start_piece.start, last.end)
            .to_string();
        return Some((ev, span));
    }
    // A value cell wrapped over lines: from its first piece to its last.
    let last_line = doc.lines.get(last.line)?;
    let (s, _) = doc.source_bytes(&line.map, start_piece.start, start_piece.end);
    let (_, e) = doc.source_bytes(&last_line.map, last.start, last.end);
    let ev = doc.source.as_str().get(s..e)?.to_string();
    Some((ev, doc.source.span(s, e)))
}
