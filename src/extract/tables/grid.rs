//! From rows of cells to a table model: which rows are the header, what each value column
//! holds (a base year, a target year, an annual growth, an attribute, achieved values), and
//! each body row's label cells and value cells aligned to those columns.
//!
//! 003 专栏 1 (line 165) has a two-level header: `规划目标` over `2015年` / `年均增长(%)`, and
//! `执行情况` over the same pair; its leaf columns are 2010年 (base), 2015年 and 年均增长 planned,
//! 2015年 and 年均增长 achieved, then 规划目标完成情况.

use super::cells::{self, Cell, CellValue};
use super::layout::{Grid, is_header_row};
use crate::model::Warning;
use regex::Regex;
use std::sync::LazyLock;

/// What a value column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Values of one year (`2015年`, `2020年目标`).
    Level,
    /// `年均增长(%)`, `年均/累计`: annual growth, or a five-year cumulative value in brackets.
    Growth,
    /// `属性`: 预期性 / 约束性.
    Attr,
    /// `规划目标完成情况`, `备注`: words about the row, no target.
    Other,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub role: Role,
    pub year: Option<i32>,
    /// Achieved or estimated values (`执行情况`, `实践执行情况`, `2015年预计`).
    pub actual: bool,
    /// The starting values (the earliest year of the table).
    pub base: bool,
    /// The header words of the column, for diagnostics.
    pub name: String,
    /// A unit the header gives its values (`产量(万吨)`), for rows that name none.
    pub unit: Option<String>,
    /// The column holds one place's values (`桐溪镇`, `上坪乡`): its name is part of each
    /// value's indicator.
    pub place: bool,
    /// The measure the column names with its unit (`户籍人口（人）` → `户籍人口`; after its year,
    /// `2020年（基期年）面积（平方公里）` → `面积`) in a table whose rows name places or units
    /// (`柘湾村`): each value is named by its row and this (`柘湾村户籍人口`).
    pub measure: Option<String>,
}

/// A body row: its label cells (position kept: a leading empty cell is a merged cell) and one
/// cell per value column.
#[derive(Debug, Clone)]
pub struct BodyRow {
    pub labels: Vec<Cell>,
    pub values: Vec<Cell>,
}

#[derive(Debug, Clone)]
pub struct Model {
    pub header: Vec<Vec<Cell>>,
    pub columns: Vec<Column>,
    pub body: Vec<BodyRow>,
}

/// A serial number cell: `1`, `29`.
static SERIAL: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\d{1,3}$").expect("valid regex"));
static YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"((?:19|20)\d{2})年?").expect("valid regex"));
/// `考核指标`, `评价指标`: an assessment's measures (probes56 county_performance_assessment_2026
/// line 40).
static LABEL_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:指标项?|主要指标|考核指标|评价指标|监测指标|类别|科目|序号|单位|计量单位|领域|项目|名称|指标名称|分类|年份|年度|[一二三四五]级指标|\p{Han}{1,4}名称)$")
        .expect("valid regex")
});
static GROWTH_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"年均|增长|增速|累计|增幅|增减(?:%|率|幅度)").expect("valid regex")
});
static ATTR_HEAD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:指标)?(?:属性|性质)$").expect("valid regex"));
/// An assessment's points and weights (`分值`, `权重`: probes56 county_performance_assessment_2026
/// line 40) and the department that assesses (`考核部门`) are no values of the row's measure.
static OTHER_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"完成情况|备注|说明|进展|进度|评价|调整幅度|变动幅度|是否完成|建设年限|实施年限|^所在|^所属|责任单位|牵头单位|^(?:分值|权重|分数|标准分|赋分|计分|满分)|考核部门|^(?:考核|评分)(?:办法|标准|方式)")
        .expect("valid regex")
});
/// A column of deadlines (`完成时限`: `2027年`), a year for the row's values.
pub static DEADLINE_HEAD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"时限|完成时间|完成年份|建成时间|时间节点").expect("valid regex"));
/// Headers of a value column that name no indicator (`目标值`, `指标值`, `规划目标`).
static GENERIC_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:规划|预期|年度|计划|实际|现状|基期|基准|完成|控制|调控)?(?:目标|指标|数|数值|值|数据|任务)+值?$")
        .expect("valid regex")
});
static ACTUAL_HEAD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"执行|实际|实现|完成|预计|基期|现状").expect("valid regex"));

/// Build the model of a grid, or `None` when it is not an indicator table (no header words, no
/// value column, no row with a value).
pub fn model(grid: &Grid, warnings: &mut Vec<Warning>) -> Option<Model> {
    let mut header: Vec<Vec<Cell>> = Vec::new();
    let mut k = 0;
    while k < grid.rows.len() && is_header_row(&grid.rows[k]) {
        header.push(trimmed(&grid.rows[k]));
        k += 1;
    }
    let moved = labels_first(&mut header);
    // A header of two rows as wide as each other keeps its cells in place (a pipe table's).
    let in_place = k == 2 && grid.rows[0].len() == grid.rows[1].len();
    let (label_count, columns) = columns(&header, in_place)?;
    let serial_column = header
        .first()
        .is_some_and(|h| h.iter().any(|c| c.text == "序号"));
    let unit_column = header
        .first()
        .and_then(|h| h.get(label_count.checked_sub(1)?))
        .is_some_and(|c| matches!(c.text.as_str(), "单位" | "计量单位"));
    let width = header.iter().map(Vec::len).max().unwrap_or(0);
    let mut body = Vec::new();
    for row in &grid.rows[k..] {
        let mut row = trimmed(row);
        if let Some((from, to)) = moved.filter(|_| row.len() == width) {
            let cell = row.remove(from);
            row.insert(to, cell);
        }
        if row.iter().all(Cell::is_empty) || repeats_header(&row, &header) {
            continue;
        }
        let labels = Labels {
            count: label_count,
            serial_column,
            unit_column,
        };
        if let Some(b) = align(&row, &labels, &columns, warnings) {
            body.push(b);
        }
    }
    let has_values = body
        .iter()
        .any(|b| b.values.iter().any(|c| cells::is_value_like(&c.text)));
    let mut columns = columns;
    outcome_columns(&mut columns, &body);
    word_columns(&mut columns, &body);
    has_values.then_some(Model {
        header,
        columns,
        body,
    })
}

/// A column headed as words about the row (`完成情况`) whose cells are numbers holds the values
/// achieved: `| 指标 | 单位 | 年度目标 | 完成情况 | 是否完成 |` (probes24 county_gwr_2025_review_table
/// line 14), where 003 专栏 1's `规划目标完成情况` holds words.
fn outcome_columns(columns: &mut [Column], body: &[BodyRow]) {
    for (k, col) in columns.iter_mut().enumerate() {
        if col.role != Role::Other || !ACTUAL_HEAD.is_match(&col.name) {
            continue;
        }
        let filled: Vec<&Cell> = body
            .iter()
            .filter_map(|b| b.values.get(k))
            .filter(|c| !c.is_empty() && !cells::is_dash(&c.text))
            .collect();
        let numbers = filled
            .iter()
            .filter(|c| matches!(cells::parse(&c.text), CellValue::Number(_)))
            .count();
        if numbers >= 1 && numbers * 2 > filled.len() {
            col.role = Role::Level;
            col.actual = true;
        }
    }
}

/// A yearless column none of whose cells holds a number holds words about the row, no values
/// (`主导产业`: `商贸物流、农产品加工`, probes25 township_15th_plan_village_table line 59).
fn word_columns(columns: &mut [Column], body: &[BodyRow]) {
    for (k, col) in columns.iter_mut().enumerate() {
        if col.role != Role::Level || col.year.is_some() {
            continue;
        }
        let mut filled = body
            .iter()
            .filter_map(|b| b.values.get(k))
            .filter(|c| !c.is_empty() && !cells::is_dash(&c.text))
            .peekable();
        if filled.peek().is_some()
            && filled.all(|c| {
                matches!(cells::parse(&c.text), CellValue::Text)
                    && cells::leading_number(&c.text).is_none()
            })
        {
            col.role = Role::Other;
        }
    }
}

/// A label column headed after a value column (`| 指标项 | 指标属性 | 单位 | 基期年 |`, probes15
/// prefecture_territorial_spatial_plan line 33) moved before the value columns in every header
/// row that reaches it; returns `(from, to)`, for the body rows of the header's width.
fn labels_first(header: &mut [Vec<Cell>]) -> Option<(usize, usize)> {
    let top = header.first()?;
    let leading = top
        .iter()
        .take_while(|c| LABEL_HEAD.is_match(&c.text))
        .count();
    let from = leading + top[leading..].iter().position(|c| c.text == "单位")?;
    if leading == 0
        || top[leading..from]
            .iter()
            .any(|c| head_role(&c.text) != Some(Role::Attr))
    {
        return None;
    }
    for row in header.iter_mut().filter(|r| r.len() > from) {
        let cell = row.remove(from);
        row.insert(leading, cell);
    }
    Some((from, leading))
}

fn trimmed(row: &[Cell]) -> Vec<Cell> {
    let n = row.iter().rposition(|c| !c.is_empty()).map_or(0, |p| p + 1);
    row[..n].to_vec()
}

/// A header printed again after a page break (004 line 437).
fn repeats_header(row: &[Cell], header: &[Vec<Cell>]) -> bool {
    let words = |r: &[Cell]| -> Vec<String> {
        r.iter()
            .filter(|c| !c.is_empty())
            .map(|c| c.text.clone())
            .collect()
    };
    let w = words(row);
    header.iter().any(|h| words(h) == w)
}

fn year_of(text: &str) -> Option<i32> {
    YEAR.captures(text)?.get(1)?.as_str().parse().ok()
}

/// Leaf columns of the header rows: the label columns' count and the value columns.
fn columns(header: &[Vec<Cell>], in_place: bool) -> Option<(usize, Vec<Column>)> {
    if let Some(found) = positional_columns(header).filter(|_| in_place) {
        return Some(found);
    }
    let top = header.first()?;
    let sub: Vec<&Cell> = header[1..]
        .iter()
        .flatten()
        .filter(|c| !c.is_empty())
        .collect();
    let mut label_count = 0;
    let mut cols = Vec::new();
    let groups = top
        .iter()
        .filter(|c| !c.is_empty() && !LABEL_HEAD.is_match(&c.text) && head_role(&c.text).is_none())
        .count();
    let per_group = sub.len().checked_div(groups).unwrap_or(0);
    let mut next_sub = 0;
    // A one-row header's first cell heads the labels whatever it says (`污染物 | 2020年排放量（万吨）
    // | …`, probes18 national_energy_saving_special_plan line 50): a table opens with its labels.
    let first_labels = sub.is_empty()
        && top
            .first()
            .is_some_and(|c| !c.is_empty() && head_role(&c.text).is_none());
    for (i, c) in top.iter().enumerate().filter(|(_, c)| !c.is_empty()) {
        let t = &c.text;
        if LABEL_HEAD.is_match(t) || (i == 0 && first_labels) {
            if cols.is_empty() {
                label_count += 1;
            }
            continue;
        }
        match head_role(t) {
            Some(role) => cols.push(column(role, t, false)),
            None => {
                let actual = ACTUAL_HEAD.is_match(t);
                for s in sub.iter().skip(next_sub).take(per_group) {
                    let role = head_role(&s.text).unwrap_or(Role::Other);
                    let mut col = column(role, &s.text, actual);
                    col.name = format!("{t}/{}", s.text);
                    cols.push(col);
                }
                next_sub += per_group;
                if per_group == 0 {
                    cols.push(column(Role::Level, t, actual));
                }
            }
        }
    }
    mark_base_and_years(&mut cols);
    growth_of_outcomes(&mut cols);
    cols.iter()
        .any(|c| matches!(c.role, Role::Level | Role::Growth))
        .then_some((label_count.max(1), cols))
}

/// Leaf columns of a two-row header whose second row keeps its cells in place, the label
/// columns left blank (a pipe table: `| 序号 | 指标项 | 单位 | 基期年 | 规划目标年 | |` over
/// `| | | | 2020年 | 2025年 | 2035年 |`, probes15 prefecture_territorial_spatial_plan line 33):
/// each cell of the second row sits under the top cell at its place or, where that is blank or
/// missing (a merged span), the nearest one before it. `None` for other headers.
fn positional_columns(header: &[Vec<Cell>]) -> Option<(usize, Vec<Column>)> {
    let [top, sub] = header else {
        return None;
    };
    if !sub.first().is_some_and(Cell::is_empty) {
        return None;
    }
    let blank = Cell::default();
    let mut label_count = 0;
    let mut cols = Vec::new();
    let mut parent = "";
    for i in 0..top.len().max(sub.len()) {
        let below = sub.get(i).unwrap_or(&blank);
        let above = top.get(i).filter(|c| !c.is_empty());
        if let Some(a) = above {
            parent = &a.text;
        }
        if below.is_empty() {
            let Some(a) = above else { continue };
            if LABEL_HEAD.is_match(&a.text) {
                if cols.is_empty() {
                    label_count += 1;
                }
                continue;
            }
            cols.push(column(
                head_role(&a.text).unwrap_or(Role::Level),
                &a.text,
                false,
            ));
            continue;
        }
        // A sub-cell without words of its own (`目标值` under `2025年`) is its parent's column.
        let role = head_role(&below.text)
            .or_else(|| head_role(parent))
            .unwrap_or(Role::Other);
        let mut col = column(role, &below.text, ACTUAL_HEAD.is_match(parent));
        col.year = col.year.or_else(|| year_of(parent));
        col.name = format!("{parent}/{}", below.text);
        cols.push(col);
    }
    mark_base_and_years(&mut cols);
    growth_of_outcomes(&mut cols);
    cols.iter()
        .any(|c| matches!(c.role, Role::Level | Role::Growth))
        .then_some((label_count.max(1), cols))
}

fn head_role(t: &str) -> Option<Role> {
    if ATTR_HEAD.is_match(t) {
        Some(Role::Attr)
    } else if OTHER_HEAD.is_match(t) || DEADLINE_HEAD.is_match(t) {
        Some(Role::Other)
    } else if year_of(t).is_some() {
        Some(Role::Level)
    } else if GROWTH_HEAD.is_match(t) {
        Some(Role::Growth)
    } else {
        None
    }
}

fn column(role: Role, t: &str, actual: bool) -> Column {
    Column {
        role,
        year: year_of(t),
        actual: actual || (role == Role::Level && ACTUAL_HEAD.is_match(t)),
        base: false,
        name: t.to_string(),
        unit: header_unit(t),
        place: role == Role::Level && year_of(t).is_none() && super::layout::names_a_place(t),
        measure: (role == Role::Level).then(|| measure(t)).flatten(),
    }
}

/// The measure a header names with its unit (`户籍人口（人）`; after its year, `2020年（基期年）
/// 面积（平方公里）`), not the values of a year or a plan (`目标值（%）`, `2030年目标（万元）`).
fn measure(t: &str) -> Option<String> {
    static YEAR_OPENING: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:19|20)\d{2}年(?:[(（][^()（）]{0,8}[)）])?").expect("valid regex")
    });
    // A measure over its sub-column of amounts (`发电量（亿千瓦时）绝对数`, see
    // `layout::years_over`).
    static OVER_AMOUNTS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(\p{Han}{2,12})[(（][^()（）]{1,10}[)）](?:绝对数|绝对值|总量|数量|数值)$")
            .expect("valid regex")
    });
    if let Some(c) = OVER_AMOUNTS.captures(t) {
        return Some(c[1].to_string());
    }
    let (name, unit) = cells::split_label(t);
    unit?;
    let name = cells::split_label(&YEAR_OPENING.replace(&name, "")).0;
    let han = name
        .chars()
        .filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c))
        .count();
    (han >= 2 && !GENERIC_HEAD.is_match(&name) && !super::layout::names_a_place(&name))
        .then_some(name)
}

/// The unit in brackets at the end of a column header: `产量(万吨)` → 万吨, `比上年增长(%)` → %.
fn header_unit(t: &str) -> Option<String> {
    // `单位产品能耗下降%`: a percent sign printed bare.
    if let Some(sign) = ['%', '‰'].into_iter().find(|&c| t.ends_with(c)) {
        return Some(sign.to_string());
    }
    // The last bracket when it ends the header; else the first (a measure's unit before the
    // words of its sub-column: `发电量（亿千瓦时）绝对数`, see `layout::years_over`).
    let bracket = |open: usize| {
        let rest = &t[open..];
        let close = rest.find([')', '）'])?;
        let u = rest[..close].trim_start_matches(['(', '（']);
        crate::extract::units::lookup(u).map(|u| u.name.to_string())
    };
    t.ends_with([')', '）'])
        .then(|| t.rfind(['(', '（']))
        .flatten()
        .and_then(bracket)
        .or_else(|| bracket(t.find(['(', '（'])?))
}

/// The earliest year's column is the base when the table has two years or more; a growth
/// column takes the year of the level column before it, else the latest year. Where a column
/// is headed as the target (`2025年目标`), a year column between the base and it that is not
/// is progress made, achieved (probes6 city_14th_midterm_review: `2020年`, `2022年`,
/// `2025年目标`).
fn mark_base_and_years(cols: &mut [Column]) {
    let target_year = cols
        .iter()
        .filter(|c| c.role == Role::Level && c.name.contains("目标"))
        .filter_map(|c| c.year)
        .max();
    let years: Vec<i32> = cols
        .iter()
        .filter(|c| c.role == Role::Level)
        .filter_map(|c| c.year)
        .collect();
    let (Some(&min), Some(&max)) = (years.iter().min(), years.iter().max()) else {
        return;
    };
    // A plan column and an outcome column of one year (`2025年计划 | 2025年完成 | 2026年计划`,
    // probes15 county_plan_execution_2025 line 52) are a target and an achievement, no base.
    let firsts = cols
        .iter()
        .filter(|c| c.role == Role::Level && c.year == Some(min))
        .count();
    let mut last_year = None;
    let base_at = cols
        .iter()
        .position(|c| c.role == Role::Level && c.year == Some(min));
    for (k, c) in cols.iter_mut().enumerate() {
        // An indicator column printed before the base year's holds that year's figures
        // (`户籍人口（人）` before `2025年村集体经济收入（万元）`).
        if c.measure.is_some() && c.year.is_none() && min < max && base_at.is_some_and(|b| k < b) {
            c.year = Some(min);
            c.actual = true;
            continue;
        }
        let between = c
            .year
            .zip(target_year)
            .is_some_and(|(y, t)| min < y && y < t);
        if c.role == Role::Level && between && !c.name.contains("目标") {
            c.actual = true;
        }
        match c.role {
            Role::Level if min < max && c.year == Some(min) && firsts == 1 => c.base = true,
            // `单位产品能耗下降（%）` after `2030年控制目标`: a measure of the years before it.
            Role::Level if c.measure.is_some() && c.year.is_none() && last_year.is_some() => {
                c.year = last_year;
            }
            Role::Level => last_year = c.year.or(last_year),
            Role::Growth if c.year.is_none() => c.year = last_year.or(Some(max)),
            _ => {}
        }
    }
}

/// What the header says of the label columns: how many, and whether a `序号` column and a `单位`
/// column (the last label) are among them.
struct Labels {
    count: usize,
    serial_column: bool,
    unit_column: bool,
}

/// A growth column right after a column of outcomes holds their growth, achieved: `| 全年目标 |
/// 完成值 | 增长（%） |` (probes39 district_gwr_2027_review_table line 40).
fn growth_of_outcomes(cols: &mut [Column]) {
    for k in 1..cols.len() {
        let after_outcome = cols[k - 1].role == Role::Level && cols[k - 1].actual;
        let c = &mut cols[k];
        if after_outcome && c.role == Role::Growth && !c.name.contains("目标") {
            c.actual = true;
        }
    }
}

/// Split a row into label cells and value cells aligned to the columns.
///
/// A row with exactly one cell per column (001's pipe rows, most of 003 专栏 1) is read by
/// position. Otherwise the labels are the cells before the first value (a number, a dash):
/// 003 专栏 2 rows carry category, indicator and sub-indicator cells where the header has one
/// `指标`. The values are then laid left to right; a trailing 属性 word goes to the 属性 column
/// and trailing words to a last `完成情况` column. Under a `序号` header the first bare number
/// among the label cells is the serial (Beijing `1`, `2`, …), a label, not a value; so is one
/// followed by the indicator's words under any header.
fn align(
    row: &[Cell],
    labels: &Labels,
    cols: &[Column],
    warnings: &mut Vec<Warning>,
) -> Option<BodyRow> {
    let Labels {
        count: label_count,
        serial_column,
        unit_column,
    } = *labels;
    // Without a `序号` header, a bare number before the indicator's words is its serial all
    // the same (`经济  1  地区生产总值  亿元  312.6`, probes25 county_15th_outline_ocr_spaced
    // line 73: the header printed no `序号`).
    let named_next = |p: usize| {
        row.get(p + 1).is_some_and(|c| {
            matches!(cells::parse(&c.text), CellValue::Text) && !cells::is_value_like(&c.text)
        })
    };
    let serial_at = row
        .iter()
        .take(label_count)
        .position(|c| SERIAL.is_match(&c.text))
        .filter(|&p| serial_column || (named_next(p) && row[..p].iter().all(is_category_cell)));
    let is_value = |i: usize, c: &Cell| Some(i) != serial_at && cells::is_value_like(&c.text);
    // A dash among the labels is an empty label (`—` in a 单位 column: probes10
    // rural_revitalization_plan_boxes line 35), no value, when the row has a cell per column.
    let dash = |c: &Cell| cells::is_dash(&c.text);
    // A unit under the `单位` header, last of the labels, places the row's cells however its
    // first value reads (`| 元 | 与经济增长同步 | 78450 |`, probes39
    // district_gwr_2027_review_table line 48).
    let unit_in_place = unit_column
        && row.len() == label_count + cols.len()
        && row
            .get(label_count - 1)
            .is_some_and(|c| crate::extract::units::lookup(&c.text).is_some());
    let positional = unit_in_place
        || row.len() == label_count + cols.len()
            && row[..label_count]
                .iter()
                .enumerate()
                .all(|(i, c)| !is_value(i, c) || dash(c))
            && row.get(label_count).is_some_and(|c| {
                // Words may open the values under a column of words (`所在县（区）`: `栎东区`).
                !matches!(cells::parse(&c.text), CellValue::Text)
                    || cols.first().is_some_and(|col| col.role == Role::Other)
            });
    let split = if positional {
        label_count
    } else {
        row.iter()
            .enumerate()
            .position(|(i, c)| is_value(i, c) || cells::attribute(&c.text).is_some())
            .unwrap_or(row.len())
    };
    if split == 0 {
        return None;
    }
    let mut split = split;
    // One value cell too many, opening with a dash: the dash fills an empty label column (`—` in
    // a 单位 column of a row whose category cell is left blank, probes10
    // rural_revitalization_plan_boxes line 35).
    let value_cols = cols
        .iter()
        .filter(|c| matches!(c.role, Role::Level | Role::Growth))
        .count();
    let values_given = row[split..]
        .iter()
        .filter(|c| cells::is_value_like(&c.text))
        .count();
    if !positional && values_given == value_cols + 1 && row.get(split).is_some_and(dash) {
        split += 1;
    }
    let labels = row[..split].to_vec();
    let mut rest: Vec<Cell> = row[split..].to_vec();
    let mut values = vec![Cell::default(); cols.len()];
    let mut free: Vec<usize> = (0..cols.len()).collect();
    if !positional {
        anchor_tail(&mut rest, cols, &mut values, &mut free);
    }
    for (cell, slot) in rest.iter().zip(free.iter()) {
        values[*slot] = cell.clone();
    }
    if rest.len() > free.len() && rest[free.len()..].iter().any(|c| !c.is_empty()) {
        warnings.push(Warning::new(
            "table_row",
            format!(
                "table row has {} value cells for {} columns: {}",
                rest.len(),
                free.len(),
                row.iter()
                    .map(|c| c.text.as_str())
                    .collect::<Vec<_>>()
                    .join(" | ")
            ),
            row.iter().find_map(Cell::line).map(|l| l + 1),
        ));
    }
    Some(BodyRow { labels, values })
}

/// A cell that can stand before a serial: empty or a short category word (`经济`, `创新驱动`),
/// never an indicator (`17.地表水达到或好于Ⅲ类水体比例(%)`).
fn is_category_cell(c: &Cell) -> bool {
    c.text.chars().count() <= 6
        && !cells::has_ordinal(&c.text)
        && cells::split_label(&c.text).1.is_none()
        && matches!(cells::parse(&c.text), CellValue::Text | CellValue::Empty)
}

/// A trailing 属性 word to the 属性 column, trailing words to a last 完成情况 column.
fn anchor_tail(rest: &mut Vec<Cell>, cols: &[Column], values: &mut [Cell], free: &mut Vec<usize>) {
    for role in [Role::Attr, Role::Other] {
        let Some(last) = rest.last() else { return };
        let fits = match role {
            Role::Attr => cells::attribute(&last.text).is_some(),
            _ => matches!(cells::parse(&last.text), CellValue::Text),
        };
        let Some(pos) = free.iter().rposition(|&i| cols[i].role == role) else {
            continue;
        };
        if fits {
            let slot = free.remove(pos);
            values[slot] = rest.pop().unwrap_or_default();
        }
    }
}
