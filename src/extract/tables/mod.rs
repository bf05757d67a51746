//! Indicator tables (主要指标) in every layout the documents use, and the targets their cells
//! state.
//!
//! Layouts ([`layout`]): markdown pipe tables (001 line 298), HTML tables with merged cells
//! ([`html`]), tab-separated rows (003 专栏 1 and 2; runs of spaces read the same way), one cell
//! a line (004 专栏 1 and 2; with no indent or blank line to tell rows apart, [`listed`]), and
//! rows whose cells are separated by single spaces and wrapped across lines ([`spaced`], the
//! Beijing plan). Each
//! gives rows of [`cells::Cell`]s; [`grid`] tells header from body and lays each row's values
//! under its columns; [`targets`] reads labels and turns value cells into targets.

pub mod cells;
pub mod columns;
pub mod grid;
pub mod html;
pub mod layout;
pub mod listed;
pub mod records;
pub mod spaced;
pub mod targets;

use crate::analysis::Analysis;
use crate::context::Context;
use crate::meta::Meta;
use crate::model::{Table, Target, Warning};
use crate::normalize::Normalized;
use crate::segment::Outline;
use layout::Grid;
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// Tables found, the targets of their cells, and the line ranges they occupy (0-based line
/// indices) so that other extractors skip them.
#[derive(Debug, Default)]
pub struct TablesOut {
    pub tables: Vec<Table>,
    pub targets: Vec<Target>,
    pub claimed_lines: Vec<Range<usize>>,
    pub warnings: Vec<Warning>,
    /// Every grid read, indicator table or not: the projects extractor reads project tables
    /// (`| 序号 | 项目名称 | 总投资（亿元） |`) from them.
    pub grids: Vec<Grid>,
}

/// Find every indicator table of a document and the targets its cells state.
pub fn extract(
    doc: &Normalized,
    meta: &Meta,
    outline: &Outline,
    _tokens: &Analysis,
    _ctx: &Context,
) -> TablesOut {
    let mut out = TablesOut::default();
    let mut grids = layout::pipe_tables(doc);
    let taken = |g: &[Grid]| g.iter().map(|g| g.lines.clone()).collect::<Vec<_>>();
    grids.extend(html::html_tables(doc, &taken(&grids)));
    grids.extend(layout::tabbed_tables(doc, &taken(&grids)));
    grids.extend(layout::stacked_tables(doc, &taken(&grids)));
    grids.extend(layout::blocked_tables(doc, &taken(&grids)));
    grids.extend(columns::column_tables(doc, &taken(&grids)));
    grids.extend(listed::listed_tables(doc, &taken(&grids)));
    grids.extend(records::record_tables(doc, &taken(&grids)));
    grids.extend(spaced::spaced_tables(doc, &taken(&grids)));
    for grid in &grids {
        if layout::project_header(grid).is_some() || prose_goals(grid) {
            continue;
        }
        let unfolded = layout::side_by_side(grid);
        let grid = unfolded.as_ref().unwrap_or(grid);
        let Some(mut model) = grid::model(grid, &mut out.warnings) else {
            continue;
        };
        let plan_start = (meta.kind == crate::model::DocKind::FiveYearPlan || meta.is_plan())
            .then(|| meta.period.as_ref().map(|p| p.start_year))
            .flatten();
        years_of_the_plan(&mut model.columns, plan_start);
        let rows = targets::read_rows(&model);
        let ctx = targets::TableCtx {
            doc,
            outline,
            columns: &model.columns,
            reported_year: meta
                .reviews_its_year()
                .then(|| meta.period.as_ref().map(|p| p.end_year))
                .flatten(),
            yearless: model
                .columns
                .iter()
                .all(|c| c.year.is_none())
                .then(|| yearless(doc, meta, outline, grid.lines.start))
                .flatten(),
            caption_unit: grid
                .caption
                .as_ref()
                .and_then(|c| cells::caption_unit(&c.text))
                .or_else(|| unit_line(doc, grid)),
            marks: marks(doc, grid.lines.clone()),
            // A department's report on past work and next year's plans (no work report: its
            // `2025年` column may be last year's plan, the header's second line `计划` unread,
            // probes30 county_annual_plan_report_2026 lines 68–69).
            planned_from: plan_start.or_else(|| {
                (meta.speaks_as_report() && meta.kind == crate::model::DocKind::Other)
                    .then(|| meta.period.as_ref().map(|p| p.start_year))
                    .flatten()
            }),
            plan_end: (meta.kind == crate::model::DocKind::FiveYearPlan || meta.is_plan())
                .then(|| meta.period.as_ref().map(|p| p.end_year))
                .flatten(),
            growth_columns: targets::growth_columns(&model.columns),
        };
        match targets::transposed_targets(&ctx, &model, &rows) {
            Some(found) => out.targets.extend(found),
            None => {
                for r in &rows {
                    out.targets.extend(targets::row_targets(&ctx, r));
                }
            }
        }
        out.tables.push(table(doc, outline, grid, &model, &rows));
        out.claimed_lines.push(grid.lines.clone());
    }
    out.grids = grids;
    out
}

/// A plan's table of yearly goals from its own first year on (`指标 | 2026年 | 2027年 | … |
/// 2030年` in a `…实施方案（2026—2030年）`, probes50 city_plan_annual_targets_breakdown line 37):
/// the first year's column is a goal too, no base; a base is a year before the plan.
fn years_of_the_plan(columns: &mut [grid::Column], plan_start: Option<i32>) {
    let Some(start) = plan_start else { return };
    for c in columns.iter_mut().filter(|c| c.base) {
        if c.year.is_some_and(|y| y >= start) {
            c.base = false;
        }
    }
}

/// The unit a line of its own gives a table's amounts, over its header (`单位：万元`, probes44
/// district_department_budget_2026 line 39, between the caption and the header).
fn unit_line(doc: &Normalized, grid: &Grid) -> Option<String> {
    let first_row = grid
        .rows
        .first()
        .and_then(|r| r.iter().find_map(cells::Cell::line))?;
    (grid.lines.start.saturating_sub(2)..first_row)
        .filter_map(|i| doc.lines.get(i))
        .find_map(|l| {
            let t = l.text.trim();
            (t.chars().count() <= 12)
                .then(|| cells::caption_unit(t))
                .flatten()
        })
}

/// Whether a grid's column of goals (`年度目标`, `目标任务`) holds prose, mostly: `| 1 | 学前教育扩容
/// | 新建公办幼儿园3所，新增学位810个 | 建成3所，新增学位810个 | 已完成 |` (probes45
/// county_gwr_2026_livelihood_review_table line 27). Such a table of tasks is read a cell at a
/// time by the targets extractor, even where a wrapped cell (`8.6万人`) looks like a value;
/// `| 地区生产总值 | % | 6 | 5.4 |` under `年度目标` stays an indicator table.
fn prose_goals(grid: &Grid) -> bool {
    let Some((h, k)) = grid.rows.iter().take(3).enumerate().find_map(|(h, r)| {
        r.iter()
            .position(|c| crate::extract::targets::outcomes::is_goal_head(&c.text))
            .map(|k| (h, k))
    }) else {
        return false;
    };
    let (mut prose, mut values) = (0, 0);
    for c in grid.rows[h + 1..].iter().filter_map(|r| r.get(k)) {
        if c.is_empty() {
            continue;
        }
        if cells::is_value_like(&c.text) {
            values += 1;
        } else if c.text.chars().any(|ch| ch.is_ascii_digit()) && c.text.chars().count() > 6 {
            prose += 1;
        }
    }
    prose > values
}

/// The year of a table whose columns name none: the year its section's title names (`一、2024年
/// 工作回顾`), else the last of the document's period (a table of performance targets in a
/// document titled `…2025年部门整体支出绩效目标`, probes22 dept_performance_targets_2025).
fn yearless(doc: &Normalized, meta: &Meta, outline: &Outline, line: usize) -> Option<i32> {
    let titles = crate::extract::targets::year::titles(doc, outline, line);
    crate::extract::targets::year::from_titles(&titles, meta)
        .or_else(|| meta.period.as_ref().map(|p| p.end_year))
}

/// The key of [`marks`] for the rows printed without a mark.
pub const NO_MARK: char = '\0';

/// Marks a table's note gives its rows' attribute by: `注：1.带★的为约束性指标，其余为预期性指标`
/// (probes28 county_plan_midterm_evaluation_2028 line 45), `★为约束性指标，☆为预期性指标`. Read in
/// the table's lines and the three after them.
fn marks(doc: &Normalized, lines: Range<usize>) -> Vec<(char, crate::model::Binding)> {
    static REST: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"其余(?:的)?(?:均)?为(约束性|预期性)").expect("valid regex"));
    static MARKED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"([★☆▲△※*])[^，。；,;★☆▲△※*]{0,8}?(约束性|预期性)").expect("valid regex")
    });
    let end = (lines.end + 3).min(doc.lines.len());
    let mut out = Vec::new();
    for l in &doc.lines[lines.start..end] {
        if !l.text.contains(targets::MARKS) {
            continue;
        }
        // `其余为预期性指标`: the attribute of the rows without a mark.
        if let Some(rest) = REST.captures(&l.text).and_then(|c| c.get(1))
            && let Some(b) = crate::extract::targets::classify::binding(rest.as_str())
            && !out.iter().any(|(m, _)| *m == NO_MARK)
        {
            out.push((NO_MARK, b));
        }
        for c in MARKED.captures_iter(&l.text) {
            let (Some(mark), Some(word)) = (c[1].chars().next(), c.get(2)) else {
                continue;
            };
            if let Some(b) = crate::extract::targets::classify::binding(word.as_str())
                && !out.iter().any(|(m, _)| *m == mark)
            {
                out.push((mark, b));
            }
        }
    }
    out
}

/// The contract table of a grid.
fn table(
    doc: &Normalized,
    outline: &Outline,
    grid: &Grid,
    model: &grid::Model,
    rows: &[targets::ReadRow],
) -> Table {
    let slots = [
        rows.iter().any(|r| r.category.is_some()),
        rows.iter().any(|r| r.serial.is_some()),
        rows.iter().any(|r| r.parent.is_some()),
        rows.iter().any(|r| r.unit_cell.is_some()),
    ];
    let first = grid.lines.start;
    Table {
        id: String::new(),
        section: outline.section_id_at_line(first),
        caption: grid.caption.as_ref().map(|c| c.text.clone()),
        header: model
            .header
            .iter()
            .map(|r| r.iter().map(|c| c.text.clone()).collect())
            .collect(),
        rows: rows
            .iter()
            .map(|r| targets::contract_row(r, slots))
            .collect(),
        span: doc.lines_span(grid.lines.clone()),
    }
}
