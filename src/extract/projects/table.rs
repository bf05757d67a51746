//! Project tables: a box or an appendix written as a table with a column of project names, one
//! project a row, as plans print their lists of key projects:
//!
//! ```text
//! | 序号 | 项目名称 | 建设内容 | 总投资（亿元） |
//! | 1 | 甲新材料产业园 | 建设年产10万吨高性能纤维生产线 | 50 |
//! ```
//!
//! The grids come from the tables extractor's readers (pipe, HTML and tab-separated tables),
//! which keep every grid even when it holds no indicators. A grid is a project table when a
//! header cell names the project column (`项目名称`, `工程名称`, `名称`, `项目`). The name is the
//! exact source text of that cell; the investment comes from a column about investment, its unit
//! from the header (`总投资（亿元）`) or the cell (`50亿元`); a category column (`类别`, `领域`) or a
//! row with one filled cell (`| 一、交通基础设施 | | |`) gives the group.

use crate::extract::tables::cells::Cell;
use crate::extract::tables::layout::{Grid, names_project_column, project_header};
use crate::extract::units;
use crate::model::{Money, Span};
use crate::normalize::Normalized;
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// A header cell of categories: `类别`, `项目类别`, `领域`, `行业`.
static GROUP_HEADER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:项目)?(?:类别|类型|分类|领域|行业|板块)$").expect("valid regex")
});

/// A header cell of what is built: `建设内容`, `主要建设内容及规模`, `建设规模`.
static CONTENT_HEADER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"建设(?:内容|规模)").expect("valid regex"));

/// A money unit in parentheses in a header: `总投资（亿元）`, `(万元)`.
static HEADER_UNIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[(（]\s*(亿元|万元|亿美元|万美元|元)\s*[)）]").expect("valid regex")
});

/// A number, optionally with its money unit, opening a cell: `50`, `12.5`, `30亿元`, `约8`.
static AMOUNT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:约|估算)?\s*(\d+(?:\.\d+)?)\s*(亿元|万元|亿美元|万美元|元)?")
        .expect("valid regex")
});

/// The ordinal of a group row: `一、`, `(一)`, `1.`, `(1)`.
static GROUP_ORDINAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:[一二三四五六七八九十]{1,3}[、.]|\([一二三四五六七八九十\d]{1,3}\)|\d{1,2}[.、])\s*")
        .expect("valid regex")
});

/// Total rows, never a project.
static TOTAL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:合计|总计|小计|共计)").expect("valid regex"));

/// One project row of a table.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The exact source text of the name cell and its span.
    pub name: String,
    pub span: Span,
    pub group: Option<String>,
    pub attributes: Option<String>,
    pub investment: Option<Money>,
}

/// A project table: its lines (0-based, caption included), caption and project rows.
#[derive(Debug, Clone)]
pub struct ProjectTable {
    pub lines: Range<usize>,
    pub caption: Option<String>,
    pub rows: Vec<Row>,
}

/// The columns of a project table, by index.
#[derive(Debug)]
struct Columns {
    name: usize,
    money: Option<(usize, Option<&'static str>)>,
    group: Option<usize>,
    content: Option<usize>,
}

/// Every grid that is a project table, with its projects.
pub fn find(doc: &Normalized, grids: &[Grid]) -> Vec<ProjectTable> {
    grids
        .iter()
        .filter_map(|g| {
            let header = project_header(g)?;
            let cols = columns(&g.rows[header])?;
            let rows = project_rows(doc, &g.rows[header + 1..], &cols);
            (!rows.is_empty()).then(|| ProjectTable {
                lines: g.lines.clone(),
                caption: g.caption.as_ref().map(|c| c.text.clone()),
                rows,
            })
        })
        .collect()
}

/// The columns of a header row, if one of its cells names the project column.
fn columns(header: &[Cell]) -> Option<Columns> {
    let texts: Vec<&str> = header.iter().map(|c| c.text.as_str()).collect();
    let name = texts.iter().position(|t| names_project_column(t))?;
    let money = texts
        .iter()
        // `总投资（亿元）`, `计划投资`, `估算总投资(万元)`.
        .position(|t| t.contains("投资"))
        .map(|i| {
            let unit = HEADER_UNIT
                .captures(texts[i])
                .and_then(|c| units::lookup(c.get(1)?.as_str()))
                .map(|u| u.name);
            (i, unit)
        });
    Some(Columns {
        name,
        money,
        group: texts.iter().position(|t| GROUP_HEADER.is_match(t)),
        content: texts.iter().position(|t| CONTENT_HEADER.is_match(t)),
    })
}

/// The project rows below the header. A row with one filled cell is a group label for the rows
/// below it; a category cell left empty (a merged cell) keeps the category above.
fn project_rows(doc: &Normalized, rows: &[Vec<Cell>], cols: &Columns) -> Vec<Row> {
    let mut out = Vec::new();
    let mut group: Option<String> = None;
    for r in rows {
        let filled: Vec<&Cell> = r.iter().filter(|c| !c.is_empty()).collect();
        if let [only] = filled[..] {
            let label = GROUP_ORDINAL.replace(&only.text, "");
            group = Some(label.trim().to_string());
            continue;
        }
        if let Some(g) = cols.group.and_then(|i| r.get(i)).filter(|c| !c.is_empty()) {
            group = Some(g.text.clone());
        }
        // `│合　计 … │62.0│`: a total row, its label spread over merged cells, whatever
        // column it opens.
        let total = r.iter().any(|c| {
            let compact: String = c.text.chars().filter(|c| !c.is_whitespace()).collect();
            TOTAL.is_match(&compact)
        });
        let Some(cell) = r.get(cols.name).filter(|c| !c.is_empty()) else {
            continue;
        };
        if total || names_project_column(&cell.text) {
            continue;
        }
        let Some((name, span)) = source_of(doc, cell) else {
            continue;
        };
        out.push(Row {
            name,
            span,
            group: group.clone(),
            attributes: cols
                .content
                .and_then(|i| r.get(i))
                .filter(|c| !c.is_empty())
                .and_then(|c| source_of(doc, c))
                .map(|(t, _)| t),
            investment: cols.money.and_then(|(i, unit)| money(r.get(i)?, unit)),
        });
    }
    out
}

/// A cell's stated investment: its number, in the header's unit or the cell's own.
fn money(cell: &Cell, header_unit: Option<&'static str>) -> Option<Money> {
    let c = AMOUNT.captures(&cell.text)?;
    let value: f64 = c.get(1)?.as_str().parse().ok()?;
    let unit = c.get(2).map(|m| m.as_str()).or(header_unit)?;
    Some(Money {
        value,
        unit: unit.to_string(),
        normalized: units::normalize(value, unit),
    })
}

/// The exact source text of a cell, from its first piece to its last (a wrapped cell keeps the
/// line break), and its span.
fn source_of(doc: &Normalized, cell: &Cell) -> Option<(String, Span)> {
    let (first, last) = (cell.pieces.first()?, cell.pieces.last()?);
    let (s, _) = doc.source_bytes(&doc.lines.get(first.line)?.map, first.start, first.end);
    let (_, e) = doc.source_bytes(&doc.lines.get(last.line)?.map, last.start, last.end);
    let name = doc.source.as_str().get(s..e)?.to_string();
    Some((name, doc.source.span(s, e)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tables::layout::pipe_tables;

    #[test]
    fn a_pipe_table_with_a_name_column_lists_projects() {
        let text = "专栏1 先进制造业重点项目\n\n| 序号 | 类别 | 项目名称 | 建设内容 | 总投资（亿元） |\n|---|---|---|---|---|\n\
| 1 | 新材料 | 甲新材料产业园 | 建设年产10万吨纤维生产线 | 50 |\n\
| 2 | | 乙化工新材料项目 | 新建厂房20万平方米 | 30亿元 |\n\
| 3 | 装备 | 丙智能装备制造基地 | | 约12.5 |\n\
| 合计 | | | | 92.5 |\n";
        let doc = Normalized::new(text.to_string());
        let tables = find(&doc, &pipe_tables(&doc));
        assert_eq!(tables.len(), 1);
        let got: Vec<(&str, Option<&str>, Option<f64>)> = tables[0]
            .rows
            .iter()
            .map(|r| {
                let money = r.investment.as_ref().map(|m| m.value);
                (r.name.as_str(), r.group.as_deref(), money)
            })
            .collect();
        assert_eq!(
            got,
            [
                ("甲新材料产业园", Some("新材料"), Some(50.0)),
                ("乙化工新材料项目", Some("新材料"), Some(30.0)),
                ("丙智能装备制造基地", Some("装备"), Some(12.5)),
            ]
        );
        let first = &tables[0].rows[0];
        assert_eq!(
            first.investment.as_ref().map(|m| m.unit.as_str()),
            Some("亿元")
        );
        assert_eq!(
            first.attributes.as_deref(),
            Some("建设年产10万吨纤维生产线")
        );
        assert_eq!(doc.source.slice(&first.span), first.name);
    }

    #[test]
    fn a_row_with_one_filled_cell_labels_the_rows_below() {
        let text = "附件:重大项目表\n\n| 序号 | 项目名称 | 总投资(万元) |\n|---|---|---|\n| 一、交通 | | |\n\
| 1 | 甲镇至乙镇公路改建工程 | 32000 |\n| (二)水利 | | |\n| 2 | 丙水库除险加固工程 | 8600 |\n";
        let doc = Normalized::new(text.to_string());
        let tables = find(&doc, &pipe_tables(&doc));
        let got: Vec<(&str, Option<&str>, Option<f64>)> = tables[0]
            .rows
            .iter()
            .map(|r| {
                let money = r.investment.as_ref().and_then(|m| m.normalized.as_ref());
                (r.name.as_str(), r.group.as_deref(), money.map(|n| n.value))
            })
            .collect();
        assert_eq!(
            got,
            [
                ("甲镇至乙镇公路改建工程", Some("交通"), Some(3.2e8)),
                ("丙水库除险加固工程", Some("水利"), Some(8.6e7)),
            ]
        );
    }

    #[test]
    fn a_table_without_a_name_column_is_no_project_table() {
        let text = "| 类别 | 指标 | 2020年 | 2025年 | 属性 |\n|---|---|---|---|---|\n| 经济 | 地区生产总值(亿元) | 100 | 150 | 预期性 |\n";
        let doc = Normalized::new(text.to_string());
        assert!(find(&doc, &pipe_tables(&doc)).is_empty());
    }
}
