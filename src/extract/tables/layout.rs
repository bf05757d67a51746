//! Reading rows of cells out of the three layouts PDF conversion leaves (and the space-separated
//! one of newer PDFs). Each reader returns a [`Grid`]: raw rows of cells, header rows included,
//! with the lines the table occupies.

use super::cells::{Cell, tidy};
use crate::normalize::{LineKind, Normalized};
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;
use unicode_width::UnicodeWidthStr;

/// Rows of cells as printed, before header and body are told apart.
#[derive(Debug, Clone)]
pub struct Grid {
    pub caption: Option<Cell>,
    pub rows: Vec<Vec<Cell>>,
    /// 0-based lines the table occupies (caption and note lines included).
    pub lines: Range<usize>,
}

impl Grid {
    /// The text of every cell, row by row (what the readers' tests compare).
    #[cfg(test)]
    pub(super) fn texts(&self) -> Vec<Vec<&str>> {
        self.rows
            .iter()
            .map(|r| r.iter().map(|c| c.text.as_str()).collect())
            .collect()
    }

    /// The grid of `rows` read from lines `start..end`, with the caption line above `start` (a
    /// 专栏/表 line) when there is one; the grid's lines then begin at the caption.
    pub(super) fn with_caption(
        doc: &Normalized,
        start: usize,
        rows: Vec<Vec<Cell>>,
        end: usize,
    ) -> Grid {
        let (caption, first) = match caption_above(doc, start) {
            Some(c) => (Some(whole_line_cell(doc, c)), c),
            None => (None, start),
        };
        Grid {
            caption,
            rows,
            lines: first..end,
        }
    }
}

/// Words of header cells: `指标`, `属性`, `2015年`, `年均增长(%)`, `规划目标`, `执行情况`; and
/// those of project tables: `项目名称`, `建设内容`, `总投资（亿元）`.
static HEADER_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:指标|类别|序号|单位|属性|指标属性|领域|项目|名称|备注|工作任务|目标要求|牵头单位|责任单位|完成时限)$|^[(（〔\[]?(?:基期|目标|累计|预计|实际)值?[)）〕\]]?$|\d{4}年|年均|增长|增速|累计|规划目标|执行|完成情况|目标值|预计|^[一二三四五]级指标$|^指标值$|^(?:项目|工程|指标)名称$|^建设(?:内容|规模)|^(?:估算|计划)?总?投资")
        .expect("valid regex")
});

/// A header cell naming a column of project names: `项目名称`, `工程名称`, `名称`, `项目`.
static PROJECT_NAME_HEADER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:重点|重大|建设)?(?:项目|工程)(?:名称)?$|^名称$|^项目及工程名称$")
        .expect("valid regex")
});

/// Whether a header cell names the column of project names: the grid is then a project table
/// (read by the projects extractor), not an indicator table.
pub fn names_project_column(text: &str) -> bool {
    PROJECT_NAME_HEADER.is_match(text)
}

/// The index of the header row that names a project column, among a grid's first three rows
/// (a caption row or a two-row header may come first): the grid is then a project table.
///
/// A bare `项目` over columns of years (`| 项目 | 2025年预算数 | 2025年执行数 | 2026年预算数 |`,
/// probes27 city_budget_report_2026 line 26) or of a plan and its outcome heads the labels of an
/// indicator table, as `科目`.
pub fn project_header(grid: &Grid) -> Option<usize> {
    // Columns of values by year or by plan and outcome (`年度目标 | 完成情况 | 完成率`, probes33
    // city_livelihood_projects_report_2025_tables line 22), none of a project's investment.
    static YEAR_HEAD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^(?:19|20)\d{2}年|^(?:年度|全年)?(?:目标|计划)(?:值|数)?$|^完成(?:情况|值|数|率)$",
        )
        .expect("valid regex")
    });
    static PROJECT_HEAD: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"投资|建设|规模|地点|年限|单位").expect("valid regex"));
    grid.rows.iter().take(3).position(|r| {
        let years = if r.iter().any(|c| PROJECT_HEAD.is_match(&c.text)) {
            0
        } else {
            r.iter().filter(|c| YEAR_HEAD.is_match(&c.text)).count()
        };
        r.iter().any(|c| {
            names_project_column(&c.text)
                && !(years >= 2 && matches!(c.text.as_str(), "项目" | "名称"))
        })
    })
}

/// A caption line: `专栏 1 “十二五”规划主要指标实现情况`, `表1 …`, `…主要指标`.
static CAPTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:专栏\s*\d|表\s*\d|附表)|主要指标|指标表|测算表").expect("valid regex")
});

/// A note under a table: `注:1、带[]为五年累计数`, `备注:带[ ]为五年累计数。`.
static NOTE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:注|备注|说明)\s*[:：1-9]").expect("valid regex"));

/// A heading that ends a table: `第二章 发展环境`.
static HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^第[一二三四五六七八九十百\d]+(?:[篇章节]|部分)").expect("valid regex")
});

/// Number of header words among cells.
pub fn header_words(cells: &[Cell]) -> usize {
    cells
        .iter()
        .filter(|c| {
            !c.is_empty()
                && (HEADER_WORD.is_match(&c.text)
                    || names_a_column(&c.text)
                    || names_a_place(&c.text))
        })
        .count()
}

/// A header cell naming a place whose values its column holds, or their total: `桐溪镇`,
/// `木瓜坪乡`, `合计` (probes19 county_poverty_consolidation_2022 line 24: `指标 桐溪镇 上坪乡 …
/// 合计`).
pub fn names_a_place(text: &str) -> bool {
    static PLACE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\p{Han}{1,6}(?:镇|乡|街道|县|市|区|旗|州|盟|村|社区)$").expect("valid regex")
    });
    PLACE.is_match(text) || is_total(text)
}

/// A header cell of a total's column: `合计`, `总计`, `小计`.
pub fn is_total(text: &str) -> bool {
    matches!(text, "合计" | "总计" | "小计")
}

/// A header cell that names its column's measure with a unit (`产量(万吨)`) or the column of
/// names (`产品名称`): a statistical communiqué's table (probes9 city_statistical_communique_2023
/// line 16: `产品名称  产量（万吨）  比上年增长（%）`).
fn names_a_column(text: &str) -> bool {
    static UNIT_HEAD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^[\p{Han}A-Za-z0-9.]{1,12}[(（]([^()（）]{1,10})[)）]$").expect("valid regex")
    });
    let unit = UNIT_HEAD
        .captures(text)
        .and_then(|c| c.get(1))
        .is_some_and(|u| crate::extract::units::lookup(u.as_str()).is_some());
    unit || (text.ends_with("名称") && text.chars().count() <= 6)
}

/// Whether a row of cells reads as a header row.
pub fn is_header_row(cells: &[Cell]) -> bool {
    let words = header_words(cells);
    words >= 2 && cells.iter().all(|c| !super::cells::is_value_like(&c.text))
}

pub fn is_note(text: &str) -> bool {
    NOTE.is_match(text)
}

/// A heading line (`第二篇 坚守职责使命`): it ends any table.
pub fn is_heading(text: &str) -> bool {
    HEADING.is_match(text)
}

/// The caption line just above line `first` (skipping blank lines, at most 3 lines up).
pub(super) fn caption_above(doc: &Normalized, first: usize) -> Option<usize> {
    let mut i = first;
    for _ in 0..3 {
        i = i.checked_sub(1)?;
        let l = &doc.lines[i];
        match l.kind {
            LineKind::Blank => continue,
            LineKind::Text if l.text.chars().count() <= 60 && CAPTION.is_match(&tidy(&l.text)) => {
                return Some(i);
            }
            _ => return None,
        }
    }
    None
}

pub(super) fn whole_line_cell(doc: &Normalized, i: usize) -> Cell {
    let len = doc.lines[i].text.len();
    Cell::from_line(doc, i, 0, len)
}

/// Cells of a line split at raw separators: every tab, and every run of two or more spaces or
/// ideographic spaces. Splitting the raw line keeps empty cells (`\t\t` is an empty cell) that
/// the cleaned text folds away; each cell is then mapped to its cleaned bytes.
pub fn split_raw(doc: &Normalized, i: usize) -> Vec<Cell> {
    let raw = doc.source.line(i);
    let base = doc.source.line_range(i).start as u32;
    let mut bounds = Vec::new(); // raw byte ranges of cells
    let mut start = 0;
    let chars: Vec<(usize, char)> = raw.char_indices().collect();
    let mut k = 0;
    // A row's serial before one space (`10 劳动年龄人口平均受教育年限   年   11.2`, probes44
    // province_15th_plan_two_line_header_table line 54): a cell of its own.
    let serial = chars.iter().take_while(|(_, c)| c.is_ascii_digit()).count();
    if (1..=3).contains(&serial)
        && chars.get(serial).is_some_and(|&(_, c)| c == ' ')
        && chars
            .get(serial + 1)
            .is_some_and(|&(_, c)| ('\u{4e00}'..='\u{9fff}').contains(&c))
    {
        bounds.push(0..chars[serial].0);
        start = chars[serial + 1].0;
        k = serial + 1;
    }
    while k < chars.len() {
        let (b, c) = chars[k];
        if c == '\t' {
            bounds.push(start..b);
            start = b + 1;
            k += 1;
            continue;
        }
        // Dotted leaders between cells (`地区生产总值…………亿元…………356.8`, probes41
        // county_statistics_yearbook_excerpt_2025 line 14), with any spaces around them.
        let leader = leader_len(&chars[k..]);
        if leader > 0 {
            let mut j = k + leader;
            while j < chars.len() && matches!(chars[j].1, ' ' | '\u{3000}' | '\t') {
                j += 1;
            }
            if b > start {
                bounds.push(start..b);
            }
            start = chars.get(j).map_or(raw.len(), |x| x.0);
            k = j;
            continue;
        }
        if c == ' ' || c == '\u{3000}' {
            let mut j = k;
            while j < chars.len() && (chars[j].1 == ' ' || chars[j].1 == '\u{3000}') {
                j += 1;
            }
            let wide = j - k >= 2 || c == '\u{3000}';
            if wide && j < chars.len() && chars[j].1 != '\t' && b > start {
                bounds.push(start..b);
                start = chars.get(j).map_or(raw.len(), |x| x.0);
            }
            k = j;
            continue;
        }
        k += 1;
    }
    bounds.push(start..raw.len());
    let map = &doc.lines[i].map;
    bounds
        .into_iter()
        .map(|r| {
            let s = map.partition_point(|&m| m < base + r.start as u32);
            let e = map.partition_point(|&m| m < base + r.end as u32);
            Cell::from_line(doc, i, s, e)
        })
        .collect()
}

/// A section's title printed as a row of its own among a table's rows (`一、综合` over
/// `地区生产总值……亿元……356.8……5.6`, probes41 county_statistics_yearbook_excerpt_2025 line 13):
/// a short numbered title whose next line is a row of three cells or more.
///
/// An unnumbered category row (`经济发展`, `创新驱动` over `4  研究与试验发展经费投入强度  %  2.45
/// …`, probes44 province_15th_plan_two_line_header_table line 45) counts too when it stands at
/// the line's start, not indented as a wrapped label's rest is, and the next row opens with its
/// serial.
fn opens_section(doc: &Normalized, j: usize) -> bool {
    static SECTION: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^[一二三四五六七八九十]{1,3}[、.．]\p{Han}{1,10}$").expect("valid regex")
    });
    static CATEGORY: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^\p{Han}{2,8}$").expect("valid regex"));
    let text = doc.lines[j].text.trim();
    let Some(next) = next_text_line(doc, j + 1).map(|n| split_raw(doc, n)) else {
        return false;
    };
    let row = next.iter().filter(|c| !c.is_empty()).count() >= 3;
    let serial = next
        .iter()
        .find(|c| !c.is_empty())
        .is_some_and(|c| c.text.len() <= 3 && c.text.bytes().all(|b| b.is_ascii_digit()));
    row && (SECTION.is_match(text)
        || (CATEGORY.is_match(text) && !raw_indented(doc, j) && !doc.lines[j].indented && serial))
}

/// Characters of a run of dotted leaders opening `chars`: three `…` or more, or four dots or
/// more (`.`, `·`, `．`); a prose ellipsis (`……`) is no leader.
fn leader_len(chars: &[(usize, char)]) -> usize {
    let Some(&(_, first)) = chars.first() else {
        return 0;
    };
    if !matches!(first, '…' | '.' | '·' | '．' | '⋯') {
        return 0;
    }
    let n = chars.iter().take_while(|(_, c)| *c == first).count();
    let least = if matches!(first, '…' | '⋯') { 3 } else { 4 };
    if n >= least { n } else { 0 }
}

/// Every grid `at` reads from a line not inside `taken`, the scan going on after each grid's
/// last line (or at the next line when `at` reads none): the loop of the readers that look for a
/// table at any line (`columns`, `records`, `listed`).
pub(super) fn scan(
    doc: &Normalized,
    taken: &[Range<usize>],
    at: impl Fn(usize) -> Option<Grid>,
) -> Vec<Grid> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < doc.lines.len() {
        let grid = (!taken.iter().any(|r| r.contains(&i)))
            .then(|| at(i))
            .flatten();
        match grid {
            Some(g) => {
                i = g.lines.end.max(i + 1);
                out.push(g);
            }
            None => i += 1,
        }
    }
    out
}

/// Markdown pipe tables (001 line 298): runs of pipe rows; a first row with one filled cell is
/// the caption (`| 某市“十四五”经济社会发展主要指标表 | | | |`). A run whose rows never hold three
/// filled cells is boxed prose (001 专栏 6-2), not a table.
pub fn pipe_tables(doc: &Normalized) -> Vec<Grid> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < doc.lines.len() {
        if doc.lines[i].kind != LineKind::PipeRow {
            i += 1;
            continue;
        }
        let start = i;
        while i < doc.lines.len() && doc.lines[i].kind == LineKind::PipeRow {
            i += 1;
        }
        let rows: Vec<Vec<Cell>> = pipe_rows(doc, start..i)
            .into_iter()
            .filter(|r| !r.iter().all(|c| c.is_empty() || is_rule(&c.text)))
            .collect();
        if !has_value_rows(&rows) {
            continue;
        }
        let end = note_after(doc, i).unwrap_or(i);
        match out.last_mut() {
            Some(prev) if continues_over_page(doc, prev, &rows, start) => {
                prev.rows.extend(rows);
                prev.lines.end = end;
            }
            _ => out.push(captioned(doc, None, rows, start, end)),
        }
    }
    out
}

/// Whether pipe rows starting at line `start` go on with the table `prev` across a page break:
/// only blank lines and page debris (`— 3 —`, the running header) between them, no header of
/// their own, and rows as wide as the table's (probes28 county_plan_midterm_evaluation_2028
/// lines 37–41: `| 三、绿色生态 | | | | | |` after the footer).
fn continues_over_page(doc: &Normalized, prev: &Grid, rows: &[Vec<Cell>], start: usize) -> bool {
    let between = &doc.lines[prev.lines.end.min(start)..start];
    let width = prev.rows.iter().map(Vec::len).max().unwrap_or(0);
    between.iter().any(|l| l.kind == LineKind::PageMark)
        && between
            .iter()
            .all(|l| matches!(l.kind, LineKind::Blank | LineKind::PageMark))
        && rows.first().is_some_and(|r| !is_header_row(r))
        && rows.iter().all(|r| r.len() == width)
}

/// Whether some row has three filled cells: a table of values, not a box of prose.
pub(super) fn has_value_rows(rows: &[Vec<Cell>]) -> bool {
    rows.iter().any(|r| filled(r) >= 3)
}

/// The grid of a pipe or HTML table: `rows` on lines `start..end`, captioned by `caption` when
/// the table states one (`<caption>`), else by a first row with one filled cell (`| 某市“十四五”
/// 经济社会发展主要指标表 | | |`, taken out of the rows), else by a caption line just above.
pub(super) fn captioned(
    doc: &Normalized,
    caption: Option<Cell>,
    mut rows: Vec<Vec<Cell>>,
    start: usize,
    end: usize,
) -> Grid {
    let mut caption = caption.filter(|c| !c.is_empty());
    if caption.is_none() && rows.first().is_some_and(|r| filled(r) == 1) {
        caption = rows.remove(0).into_iter().find(|c| !c.is_empty());
    }
    match caption {
        Some(caption) => Grid {
            caption: Some(caption),
            rows,
            lines: start..end,
        },
        None => Grid::with_caption(doc, start, rows, end),
    }
}

fn filled(r: &[Cell]) -> usize {
    r.iter().filter(|c| !c.is_empty()).count()
}

fn is_rule(t: &str) -> bool {
    !t.is_empty() && t.chars().all(|c| matches!(c, '-' | ':' | '—'))
}

/// The rows of the pipe lines `lines`. A line not opening with a pipe goes on with the row above
/// it when that row opened with a pipe and did not close (its last cell wrapped: `| 柘湾村 | … |
/// 商贸物流、农产品` / `加工 |`), or, in a table printed without outer pipes, when the two together
/// are as wide as the table (`4 | 农田灌溉水有效利用` / `系数 | — | 0.562 | ≥0.58 | 约束性`).
fn pipe_rows(doc: &Normalized, lines: Range<usize>) -> Vec<Vec<Cell>> {
    // The raw line, or the cleaned one for a table drawn with box-drawing characters, whose
    // bars cleaning turned into pipes (`normalize::box_rows`).
    let opens = |l: usize| {
        doc.source.line(l).trim_start().starts_with('|')
            || doc.lines[l].text.trim_start().starts_with('|')
    };
    let closes = |l: usize| {
        doc.source.line(l).trim_end().ends_with('|') || doc.lines[l].text.trim_end().ends_with('|')
    };
    // A row of a table drawn with box-drawing characters (`normalize::box_rows`).
    let drawn = |l: usize| doc.source.line(l).trim_start().starts_with(['│', '┃', '║']);
    let mut rows: Vec<Vec<Cell>> = Vec::new();
    let mut width = 0;
    let mut prev_line: Option<usize> = None;
    for l in lines {
        let cells = pipe_cells(doc, l);
        let continues = match (rows.last(), prev_line) {
            (Some(prev), Some(p)) if !opens(l) => {
                (opens(p) && !closes(p))
                    || (!opens(p) && prev.len() < width && prev.len() + cells.len() == width + 1)
            }
            _ => false,
        };
        if let Some(row) = rows
            .last_mut()
            .filter(|_| prev_line == Some(l.wrapping_sub(1)) && drawn(l))
            && let Some(k) = wrapped_cell(row, &cells)
        {
            for p in &cells[k].pieces {
                row[k].push(doc, p.line, p.start, p.end);
            }
            prev_line = Some(l);
            continue;
        }
        prev_line = Some(l);
        match rows.last_mut().filter(|_| continues) {
            Some(row) => {
                let mut rest = cells.into_iter();
                if let (Some(last), Some(first)) = (row.last_mut(), rest.next()) {
                    for p in &first.pieces {
                        last.push(doc, p.line, p.start, p.end);
                    }
                }
                row.extend(rest);
            }
            None => rows.push(cells),
        }
        width = width.max(rows.last().map_or(0, Vec::len));
    }
    rows
}

/// The cell a drawn table's line continues, when the line is a cell's text wrapped into a box
/// row of its own (`│2 │数字经济核心产业增加值占│%│6.8│` / `│  │地区生产总值比重        │  │   │`,
/// probes38 county_15th_outline_box_drawing_table lines 61–62): its one filled cell is not the
/// first, and the row above has that cell and its first filled and is no rule.
fn wrapped_cell(prev: &[Cell], cells: &[Cell]) -> Option<usize> {
    let mut filled = cells.iter().enumerate().filter(|(_, c)| !c.is_empty());
    let (k, _) = filled.next()?;
    let alone = filled.next().is_none();
    let above = |i: usize| {
        prev.get(i)
            .is_some_and(|c| !c.is_empty() && !is_rule(&c.text))
    };
    (alone && k > 0 && above(0) && above(k)).then_some(k)
}

/// Cells of a pipe row, split at the pipes of the cleaned text; a line not opening with a pipe
/// has its first cell before the first pipe.
fn pipe_cells(doc: &Normalized, i: usize) -> Vec<Cell> {
    let text = &doc.lines[i].text;
    let pipes: Vec<usize> = text.match_indices('|').map(|(b, _)| b).collect();
    let mut cells = Vec::new();
    if !text.trim_start().starts_with('|') {
        cells.push(Cell::from_line(
            doc,
            i,
            0,
            pipes.first().copied().unwrap_or(text.len()),
        ));
    }
    for w in pipes.windows(2) {
        cells.push(Cell::from_line(doc, i, w[0] + 1, w[1]));
    }
    if let Some(&last) = pipes.last()
        && !text[last + 1..].trim().is_empty()
    {
        cells.push(Cell::from_line(doc, i, last + 1, text.len()));
    }
    cells
}

/// The line after the table (skipping blanks) if it is the table's note: returns the end of the
/// claimed range.
fn note_after(doc: &Normalized, mut i: usize) -> Option<usize> {
    while i < doc.lines.len() && doc.lines[i].kind == LineKind::Blank {
        i += 1;
    }
    let l = doc.lines.get(i)?;
    is_note(&tidy(&l.text)).then_some(i + 1)
}

/// Tab-separated tables (003 专栏 1 line 165, 专栏 2 line 265; unseen tables whose cells are
/// separated by runs of spaces): a header line of three or more cells holding header words,
/// then every line of two or more cells, blank lines and page marks allowed between rows.
pub fn tabbed_tables(doc: &Normalized, taken: &[Range<usize>]) -> Vec<Grid> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < doc.lines.len() {
        let l = &doc.lines[i];
        if l.kind != LineKind::Text
            || taken.iter().any(|r| r.contains(&i))
            || !l.text.contains('\t')
        {
            i += 1;
            continue;
        }
        let mut head = spaced_words_joined(doc, split_raw(doc, i));
        let units = units_under(doc, i + 1, &mut head);
        if head.len() < 3 || header_words(&head) < 2 {
            i += 1;
            continue;
        }
        let start = if years_over(doc, i, &mut head) {
            i - 1
        } else {
            i
        };
        let mut rows = vec![head];
        let mut end = i + 1 + units;
        let mut j = i + 1 + units;
        // The first part of a label wrapped before its row's values (see `opens_next_label`),
        // or the whole label, its values alone on the next line (see `label_over_values`).
        let mut pending: Option<Cell> = None;
        let mut whole_label: Option<Cell> = None;
        while let Some(next) = next_text_line(doc, j) {
            j = next;
            let l = &doc.lines[j];
            if is_note(&tidy(&l.text)) {
                end = j + 1;
                break;
            }
            // A rule of dashes under the header goes on to the rows; one under the rows closes
            // the table (probes56 city_statistics_monthly_report_oct_2026 lines 48–57).
            if is_drawn_rule(&l.text) {
                end = j + 1;
                if rows.len() > 1 {
                    break;
                }
                j += 1;
                continue;
            }
            // `续表` over the header printed again on the next page (probes16
            // water_resources_14th_plan line 58): the table goes on.
            if is_continuation_mark(&tidy(&l.text)) {
                j += 1;
                end = j;
                continue;
            }
            // The notes line of a header printed again after a page break; one piece alone is a
            // label's rest (`规上工业企业数字化改造` / `  覆盖率（%）`, probes50
            // city_plan_annual_targets_breakdown lines 40–41).
            if column_notes(doc, j).is_some_and(|n| n.len() >= 2) {
                j += 1;
                end = j;
                continue;
            }
            let mut cells = split_raw(doc, j);
            if cells.iter().filter(|c| !c.is_empty()).count() < 2 {
                if opens_section(doc, j) {
                    j += 1;
                    end = j;
                    continue;
                }
                if wraps_label(doc, j, &cells, rows.last_mut()) {
                    j += 1;
                    end = j;
                    continue;
                }
                if pending.is_none()
                    && let Some(head) = opens_next_label(doc, j, &cells)
                {
                    pending = Some(head);
                    j += 1;
                    continue;
                }
                if whole_label.is_none()
                    && let Some(label) = label_over_values(doc, j, &cells)
                {
                    whole_label = Some(label);
                    j += 1;
                    continue;
                }
                break;
            }
            if whole_label.is_none()
                && pending.is_none()
                && rows.len() >= 2
                // A project table's wrapped names are the projects extractor's to read.
                && !rows[0].iter().any(|c| PROJECT_NAME_HEADER.is_match(&c.text))
                && continues_row(doc, &cells, rows.last_mut())
            {
                j += 1;
                end = j;
                continue;
            }
            if let Some(label) = whole_label.take() {
                cells.insert(0, label);
            }
            if let (Some(mut head), Some(first)) = (pending.take(), cells.first_mut()) {
                for p in &first.pieces {
                    head.push(doc, p.line, p.start, p.end);
                }
                *first = head;
            }
            rows.push(cells);
            j += 1;
            end = j;
        }
        if rows.len() >= 3 {
            out.push(Grid::with_caption(doc, start, rows, end));
        }
        i = end.max(i + 1);
    }
    out
}

/// A line drawn across a table: dashes or box-drawing strokes alone (`-----`, `━━━━`, `=====`).
fn is_drawn_rule(text: &str) -> bool {
    let t = text.trim();
    t.chars().count() >= 3 && t.chars().all(|c| "-—–─━═=＿_－".contains(c))
}

/// The line of years over a header, each spanning the cells under it (`2020年（基期年）
/// 2035年（规划目标年）` over `用地类型  面积（平方公里）  占比（%）  面积（平方公里）  占比（%）`,
/// probes29 prefecture_territorial_plan_2035 lines 80–81): each header cell after the first takes
/// the year it stands under as the start of its name. Whether the line above `i` was such a line.
///
/// So does a line of measures with their units (`发电量（亿千瓦时）   年末装机容量（万千瓦）` over
/// `指标名称  绝对数  比上年增长（%）  绝对数  比上年增长（%）`, probes58
/// province_energy_statistics_communique_2025 lines 45–46).
fn years_over(doc: &Normalized, i: usize, head: &mut [Cell]) -> bool {
    static YEAR_HEAD: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^(?:19|20)\d{2}年").expect("valid regex"));
    let Some(above) = i
        .checked_sub(1)
        .filter(|&a| doc.lines[a].kind == LineKind::Text)
    else {
        return false;
    };
    let years: Vec<Cell> = split_raw(doc, above)
        .into_iter()
        .filter(|c| !c.is_empty())
        .collect();
    if years.len() < 2
        || !years
            .iter()
            .all(|c| YEAR_HEAD.is_match(&c.text) || names_a_column(&c.text))
    {
        return false;
    }
    // A year is printed centred over its cells: each cell goes to the year whose middle is
    // nearest its own.
    let middle =
        |c: &Cell| display_column(doc, c.pieces.first()?).map(|at| 2 * at + c.text.width());
    let centres: Option<Vec<usize>> = years.iter().map(middle).collect();
    let Some(centres) = centres else {
        return false;
    };
    for cell in head.iter_mut().skip(1) {
        let Some(m) = middle(cell) else { continue };
        let Some(k) = (0..centres.len()).min_by_key(|&k| centres[k].abs_diff(m)) else {
            continue;
        };
        let mut named = years[k].clone();
        for p in &cell.pieces {
            named.push(doc, p.line, p.start, p.end);
        }
        *cell = named;
    }
    true
}

/// The line of units under a header (`区县  PM2.5浓度  同比变化  优良天数` over `（微克/立方米）
/// （微克/立方米）  比例（%）`, probes30 city_environment_bulletin_2025 lines 40–41): each piece
/// joins the header cell it stands under. Returns the lines taken (0 or 1).
fn units_under(doc: &Normalized, line: usize, head: &mut [Cell]) -> usize {
    let Some(pieces) = column_notes(doc, line) else {
        return 0;
    };
    let slots: Option<Vec<usize>> = pieces.iter().map(|p| column_under(doc, p, head)).collect();
    let Some(slots) = slots else {
        return 0;
    };
    for (piece, slot) in pieces.iter().zip(slots) {
        for p in &piece.pieces {
            head[slot].push(doc, p.line, p.start, p.end);
        }
    }
    1
}

/// The pieces of a line of notes on the columns over it, each in brackets: their units
/// (`（亿元）  （%）`) or what they hold (`（基期）  （目标）  （%）`, probes44
/// province_15th_plan_two_line_header_table line 40). `None` for any other line.
fn column_notes(doc: &Normalized, line: usize) -> Option<Vec<Cell>> {
    static UNIT_PIECE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\p{Han}{0,6}[(（]([^()（）]{1,10})[)）]$").expect("valid regex")
    });
    static QUALIFIER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^(?:基期|基期年|基期值|基准年|目标|目标值|目标年|规划目标|预计|预期|实际|现状|累计)$",
        )
        .expect("valid regex")
    });
    let l = doc.lines.get(line).filter(|l| l.kind == LineKind::Text)?;
    if !l.text.contains(['(', '（']) {
        return None;
    }
    let pieces: Vec<Cell> = split_raw(doc, line)
        .into_iter()
        .filter(|c| !c.is_empty())
        .collect();
    let all_notes = !pieces.is_empty()
        && pieces.iter().all(|c| {
            UNIT_PIECE
                .captures(&c.text)
                .and_then(|m| m.get(1))
                .is_some_and(|u| {
                    super::cells::is_unit_like(u.as_str()) || QUALIFIER.is_match(u.as_str())
                })
        });
    all_notes.then_some(pieces)
}

/// A table's continuation on a new page: `续表`, `续表1`, `(续表)`, `续上表`, `续表4-1` (probes21
/// city_master_plan_2011_2030 line 66).
pub(super) fn is_continuation_mark(text: &str) -> bool {
    static MARK: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^[(（]?续(?:上)?表[\d一二三四五六七八九十]*(?:[-—–.．]\d+)?[)）]?$")
            .expect("valid regex")
    });
    MARK.is_match(text)
}

/// Most characters of a label's wrapped rest in a tabbed table.
const WRAPPED_LABEL_CHARS: usize = 8;

/// Fewest characters of a cell of prose (a task's goals), and most of its rest on a line.
const PROSE_TEXT_CHARS: usize = 12;
const PROSE_REST_CHARS: usize = 40;

/// Whether line `j` of one cell is the wrapped rest of a label in the row above (`类比例` under
/// `…水源水质达到或优于Ⅲ`, probes7 ecology_special_plan_14th lines 32–33): short, no digit, in a
/// column where the row above has text, and a row of the table follows. The piece is added to
/// that cell.
fn wraps_label(doc: &Normalized, j: usize, cells: &[Cell], above: Option<&mut Vec<Cell>>) -> bool {
    let Some(above) = above else { return false };
    let Some(mut col) = cells.iter().position(|c| !c.is_empty()) else {
        return false;
    };
    let piece = &cells[col];
    let short = piece.text.chars().count() <= WRAPPED_LABEL_CHARS
        && !piece.text.contains(|c: char| c.is_ascii_digit());
    // The rest of a cell of prose under its column, figures and all (`地区生产总值增长6%左右，力争
    // 总量突破` / `300亿元`, probes67 county_key_tasks_breakdown_2026 lines 26–27).
    let prose_rest = piece.text.chars().count() <= PROSE_REST_CHARS
        && !piece.text.starts_with(|c: char| c.is_ascii_digit());
    // An indented line of prose under a row whose columns are spaced: the rest of the row's
    // widest text cell (`新建社区居家养老服务中心40个；为60岁以上低收入` / `老年人发放护理补贴，
    // 覆盖1.5万人`, probes10 city_gwr_2019_appendix_table lines 42–43).
    let prose = col == 0 && doc.lines[j].indented && !short;
    if prose {
        col = widest_text_cell(above).unwrap_or(col);
    } else if !doc.source.line(j).contains('\t')
        && let Some(under) = column_under(doc, piece, above)
    {
        col = under;
    }
    // A category's line may come between (`    增加值比重` / `三、民生福祉` / `  9.城镇居民…`,
    // probes64 county_14th_plan_2021_ordinary lines 62–64).
    // So may another line of the same wrapped cell.
    let pieces = |n: usize| split_raw(doc, n).iter().filter(|c| !c.is_empty()).count();
    let is_row = |n: usize| pieces(n) >= 2;
    let row_follows = next_text_line(doc, j + 1).is_some_and(|n| {
        let rest_of_cell = pieces(n) == 1 && doc.lines[n].indented;
        is_row(n)
            || ((opens_section(doc, n) || rest_of_cell)
                && next_text_line(doc, n + 1).is_some_and(is_row))
    });
    let target = above
        .get_mut(col)
        .filter(|c| !c.is_empty() && !is_number_cell(&c.text));
    let in_prose = target
        .as_ref()
        .is_some_and(|c| c.text.chars().count() >= PROSE_TEXT_CHARS);
    match target {
        Some(cell) if (short || prose || (prose_rest && in_prose && col > 0)) && row_follows => {
            for p in &piece.pieces {
                cell.push(doc, p.line, p.start, p.end);
            }
            true
        }
        _ => false,
    }
}

/// The first part of a label printed on a line of its own, its rest opening the next line with
/// the row's values (`单位地区生产总值二氧化碳排` / `放降低    %    〔18.6〕  …`, probes27
/// province_energy_15th_plan lines 63–64): one cell in the first column, no digit, and a next
/// line whose first cell is a short piece of words.
fn opens_next_label(doc: &Normalized, j: usize, cells: &[Cell]) -> Option<Cell> {
    let piece = cells.first().filter(|c| !c.is_empty())?;
    // The row's serial may open it (`4.数字经济核心产业增加值占地区生产` / `  总值比重（%）  6.2  …`,
    // probes48 province_plan_midterm_evaluation_table lines 21–22), and a small number be part
    // of the name (`13.每千人口拥有3岁以下婴幼儿托位数` / `（个）  1.2  …`, lines 39–40); a year or a
    // value is no label.
    let words = super::cells::ORDINAL.replace(&piece.text, "");
    if YEAR_DIGITS.is_match(&words) || is_number_cell(&words) || piece.text.chars().count() > 24 {
        return None;
    }
    let next = next_text_line(doc, j + 1)?;
    let row = split_raw(doc, next);
    let rest = row.first()?;
    let fits = row.iter().filter(|c| !c.is_empty()).count() >= 3
        && header_words(&row) < 2
        && (1..=WRAPPED_LABEL_CHARS).contains(&rest.text.chars().count())
        && !is_number_cell(&rest.text)
        && crate::extract::units::lookup(&rest.text).is_none();
    fits.then(|| piece.clone())
}

/// Four digits in a row: a year (`2025年`), never part of a wrapped label.
static YEAR_DIGITS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\d{4}").expect("valid regex"));

/// A whole label on a line of its own, the row's values on the indented line after it
/// (`16.单位地区生产总值二氧化碳排放降低（%）★` / `        —     [5.6]     [18]     31.1%     滞后`,
/// probes48 province_plan_midterm_evaluation_table lines 46–47): one cell opening with a row
/// serial, and a next line that opens with a value.
fn label_over_values(doc: &Normalized, j: usize, cells: &[Cell]) -> Option<Cell> {
    let piece = cells.first().filter(|c| !c.is_empty())?;
    if !super::cells::has_ordinal(&piece.text) || piece.text.chars().count() > 40 {
        return None;
    }
    let next = next_text_line(doc, j + 1)?;
    let row = split_raw(doc, next);
    let fits = doc.lines[next].indented
        && row.iter().filter(|c| !c.is_empty()).count() >= 2
        && row.first().is_some_and(|c| is_number_cell(&c.text));
    fits.then(|| piece.clone())
}

/// The cell of `row` that a piece on a line of its own stands under, in a table aligned with
/// spaces (the cells of a row are then not kept in place): the last cell starting at most one
/// column right of the piece (`      数` under `每千人口拥有3岁以下婴幼儿托位`, probes15
/// city_health_14th_plan lines 60–61).
fn column_under(doc: &Normalized, piece: &Cell, row: &[Cell]) -> Option<usize> {
    let at = display_column(doc, piece.pieces.first()?)?;
    row.iter()
        .enumerate()
        .filter(|(_, c)| !c.is_empty())
        .filter_map(|(i, c)| Some((i, display_column(doc, c.pieces.first()?)?)))
        .take_while(|&(_, col)| col <= at + 1)
        .last()
        .map(|(i, _)| i)
}

/// Whether `cells`, a line opening past the first column, are the rest of the cells of prose
/// above them, each under its column (`4  投资和消费  固定资产投资增长8%；社会消费品零售  县发改局
/// 全年` / `总额增长6.5%  县商务局`, probes67 county_key_tasks_breakdown_2026 lines 30–31); each
/// piece then joins the cell it stands under.
fn continues_row(doc: &Normalized, cells: &[Cell], above: Option<&mut Vec<Cell>>) -> bool {
    let Some(above) = above else { return false };
    let pieces: Vec<&Cell> = cells.iter().filter(|c| !c.is_empty()).collect();
    let columns: Option<Vec<usize>> = pieces.iter().map(|p| column_under(doc, p, above)).collect();
    let Some(columns) = columns else { return false };
    // No figures of their own, no serial number: those open a row.
    let words_only = pieces
        .iter()
        .all(|p| !is_number_cell(&p.text) && !p.text.starts_with(|c: char| c.is_ascii_digit()));
    // The first piece stands past the first column, under a cell of prose.
    let under_prose = columns
        .first()
        .is_some_and(|&c| c > 0 && above[c].text.chars().count() >= PROSE_TEXT_CHARS);
    let fits = words_only
        && under_prose
        && pieces.len() < above.len()
        && columns.windows(2).all(|w| w[0] < w[1])
        && columns.iter().all(|&c| {
            above
                .get(c)
                .is_some_and(|a| !a.is_empty() && !is_number_cell(&a.text))
        });
    if fits {
        for (piece, &c) in pieces.iter().zip(&columns) {
            for p in &piece.pieces {
                above[c].push(doc, p.line, p.start, p.end);
            }
        }
    }
    fits
}

/// The printed column where a piece starts on its raw line (wide characters count two).
fn display_column(doc: &Normalized, p: &super::cells::Piece) -> Option<usize> {
    let raw = doc.source.line(p.line);
    let base = doc.source.line_range(p.line).start;
    let at = *doc.lines[p.line].map.get(p.start)? as usize;
    raw.get(..at.checked_sub(base)?).map(UnicodeWidthStr::width)
}

/// A header row with its letter-spaced words joined: OCR spaces `指标` as `指  标`, which reads as
/// two cells (probes14 county_14th_plan_ocr_table line 11). A run of one-character cells makes
/// one when together they are a header word (`指　标　名　称`, probes41
/// county_statistics_yearbook_excerpt_2025 line 11).
fn spaced_words_joined(doc: &Normalized, cells: Vec<Cell>) -> Vec<Cell> {
    let single = |c: &Cell| c.text.chars().count() == 1;
    let mut out: Vec<Cell> = Vec::with_capacity(cells.len());
    let mut k = 0;
    while k < cells.len() {
        // A run of one-character cells spelling a header word (`指　标　名　称`).
        let run = cells[k..].iter().take_while(|c| single(c)).count();
        let word: String = cells[k..k + run].iter().map(|c| c.text.as_str()).collect();
        if run >= 2 && HEADER_WORD.is_match(&word) {
            let mut joined = cells[k].clone();
            for c in &cells[k + 1..k + run] {
                c.pieces
                    .iter()
                    .for_each(|x| joined.push(doc, x.line, x.start, x.end));
            }
            out.push(joined);
            k += run;
        } else {
            out.push(cells[k].clone());
            k += 1;
        }
    }
    out
}

/// Fewest characters of a text cell that a wrapped line of prose may continue.
const PROSE_CELL_CHARS: usize = 10;

/// The column of the widest text cell of a row, if one has [`PROSE_CELL_CHARS`] characters.
fn widest_text_cell(row: &[Cell]) -> Option<usize> {
    row.iter()
        .enumerate()
        .filter(|(_, c)| !is_number_cell(&c.text))
        .map(|(i, c)| (c.text.chars().count(), i))
        .filter(|&(n, _)| n >= PROSE_CELL_CHARS)
        .max()
        .map(|(_, i)| i)
}

/// Whether a cell holds a number (a value cell, not a label: `5.数字经济…` opens with its
/// serial, probes14 county_14th_plan_ocr_table line 15).
fn is_number_cell(text: &str) -> bool {
    super::cells::is_value_like(text)
}

/// The first text line at or after `j`, past blank lines and page marks; None at the end or at a
/// pipe-table row, which ends a table of another layout.
pub(super) fn next_text_line(doc: &Normalized, mut j: usize) -> Option<usize> {
    while let Some(l) = doc.lines.get(j) {
        match l.kind {
            LineKind::Blank | LineKind::PageMark => j += 1,
            LineKind::PipeRow | LineKind::HtmlTable => return None,
            LineKind::Text => return Some(j),
        }
    }
    None
}

/// The source line opens with a tab or a wide indent (the normalizer records it).
fn raw_indented(doc: &Normalized, i: usize) -> bool {
    doc.lines[i].indented
}

/// One cell a line and one row a block, blocks apart by blank lines, none indented (probes58
/// county_water_supply_annual_report_tables_in_cells lines 20–63, a table pasted from a web
/// page):
///
/// ```text
/// 序号          ← the header's block: short lines of header words
/// 指标名称
/// 单位
/// 2025年目标
/// 2025年完成
/// 备注
///
/// 1             ← each row's block, as many lines as the header's
/// 全县供水总量
/// …
/// ```
///
/// A page break inside a row's block (its footer and running header) is skipped.
pub fn blocked_tables(doc: &Normalized, taken: &[Range<usize>]) -> Vec<Grid> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < doc.lines.len() {
        // Cheap test first: this is asked of every line, and almost none opens a header.
        if !matches!(doc.lines[i].text.trim(), "序号" | "指标" | "指标名称")
            || taken.iter().any(|r| r.contains(&i))
        {
            i += 1;
            continue;
        }
        let header = block_at(doc, i, BLOCK_HEADER_CELLS + 1);
        if !is_block_header(doc, i, &header) {
            i += 1;
            continue;
        }
        let width = header.len();
        let mut rows = vec![header.iter().map(|&l| whole_line_cell(doc, l)).collect()];
        let mut end = header.last().map_or(i, |&l| l + 1);
        while let Some(next) = next_block_start(doc, end) {
            let block = block_at(doc, next, width);
            if block.len() != width || block.iter().any(|&l| taken.iter().any(|r| r.contains(&l))) {
                break;
            }
            rows.push(block.iter().map(|&l| whole_line_cell(doc, l)).collect());
            end = block.last().map_or(end, |&l| l + 1);
        }
        if rows.len() >= 3 {
            out.push(Grid::with_caption(doc, i, rows, end));
        }
        i = end.max(i + 1);
    }
    out
}

/// Most characters of a cell of a block table's header.
const BLOCK_HEADER_CHARS: usize = 8;

/// Most cells of a block table's header.
const BLOCK_HEADER_CELLS: usize = 10;

/// Whether the block at `i` heads a block table: after a blank line or a caption, at least three
/// short lines, all header words, opening with `序号`, `指标` or `指标名称`.
fn is_block_header(doc: &Normalized, i: usize, block: &[usize]) -> bool {
    let after_break = i == 0
        || doc.lines[i - 1].kind != LineKind::Text
        || CAPTION.is_match(&tidy(&doc.lines[i - 1].text));
    let cells: Vec<Cell> = block.iter().map(|&l| whole_line_cell(doc, l)).collect();
    after_break
        && (3..=BLOCK_HEADER_CELLS).contains(&cells.len())
        && cells
            .first()
            .is_some_and(|c| matches!(c.text.as_str(), "序号" | "指标" | "指标名称"))
        && cells
            .iter()
            .all(|c| c.text.chars().count() <= BLOCK_HEADER_CHARS)
        && header_words(&cells) + 1 >= cells.len()
}

/// The lines of the block opening at `i`: one-cell lines of text up to a blank line, at most
/// `width` of them. A page break inside (blank lines around a page mark and a running header)
/// is passed over while the block is short of `width`.
fn block_at(doc: &Normalized, i: usize, width: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut j = i;
    while j < doc.lines.len() && out.len() < width {
        let l = &doc.lines[j];
        match l.kind {
            LineKind::Text if !l.text.contains('\t') && !l.text.trim().is_empty() => {
                out.push(j);
                j += 1;
            }
            LineKind::Blank | LineKind::PageMark => {
                // Blank lines around a page mark: the row goes on after the page.
                let k = past_page_break(doc, j);
                if k == j || !doc.lines[j..k].iter().any(|l| l.kind == LineKind::PageMark) {
                    break;
                }
                j = k;
            }
            _ => break,
        }
    }
    out
}

/// The first line from `j` past blank lines, page marks, and a running header standing right
/// against a page mark (`青岑县水务局2025年度工作总结…` over `—4—`).
fn past_page_break(doc: &Normalized, mut j: usize) -> usize {
    let kind = |k: usize| doc.lines.get(k).map(|l| l.kind);
    loop {
        match kind(j) {
            Some(LineKind::Blank | LineKind::PageMark) => j += 1,
            Some(LineKind::Text)
                if kind(j + 1) == Some(LineKind::PageMark)
                    || (j > 0
                        && kind(j - 1) == Some(LineKind::PageMark)
                        && kind(j + 1) == Some(LineKind::Blank)) =>
            {
                j += 1
            }
            _ => return j,
        }
    }
}

/// Where the next block opens after `end`: past blank lines and page breaks; `None` at a note,
/// a heading or the end.
fn next_block_start(doc: &Normalized, end: usize) -> Option<usize> {
    let j = past_page_break(doc, end);
    let l = doc.lines.get(j)?;
    let t = tidy(&l.text);
    (l.kind == LineKind::Text && !is_note(&t) && !is_heading(&t)).then_some(j)
}

/// One cell a line (004 专栏 1 line 38, 专栏 2 line 268): each tab-indented line opens a cell,
/// an unindented short line continues the cell above (`年均` / `增长%`, `创新` / `驱动 (3项)`),
/// blank lines end rows. The header is a block of one-word lines holding header words.
pub fn stacked_tables(doc: &Normalized, taken: &[Range<usize>]) -> Vec<Grid> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < doc.lines.len() {
        if taken.iter().any(|r| r.contains(&i)) || !starts_stacked_header(doc, i) {
            i += 1;
            continue;
        }
        let (rows, end) = stacked_rows(doc, i);
        if rows.len() >= 3 {
            out.push(Grid::with_caption(doc, i, rows, end));
        }
        i = end.max(i + 1);
    }
    out
}

/// A block of at least three indented one-cell lines starting at `i`, after a blank or a
/// caption, whose cells are header words including `指标`.
fn starts_stacked_header(doc: &Normalized, i: usize) -> bool {
    // Cheap test first: this is asked of every line, and almost none holds a header word.
    let first = &doc.lines[i];
    if first.kind != LineKind::Text
        || first.text.len() > 32
        || !(first.text.contains("指标") || first.text.contains("类别"))
    {
        return false;
    }
    if i > 0
        && doc.lines[i - 1].kind == LineKind::Text
        && !CAPTION.is_match(&tidy(&doc.lines[i - 1].text))
    {
        return false;
    }
    let mut cells = Vec::new();
    let mut j = i;
    while j < doc.lines.len() && doc.lines[j].kind == LineKind::Text {
        if !raw_indented(doc, j) || doc.lines[j].text.contains('\t') {
            break;
        }
        cells.push(whole_line_cell(doc, j));
        j += 1;
    }
    cells.len() >= 3
        && cells
            .first()
            .is_some_and(|c| c.text == "指标" || c.text == "类别")
        && header_words(&cells) >= 3
}

/// Rows of a one-cell-a-line table from its header line `start`; returns the rows and the end
/// of the claimed lines.
fn stacked_rows(doc: &Normalized, start: usize) -> (Vec<Vec<Cell>>, usize) {
    let mut rows: Vec<Vec<Cell>> = Vec::new();
    let mut row: Vec<Cell> = Vec::new();
    let mut end = start;
    let mut j = start;
    while j < doc.lines.len() {
        let l = &doc.lines[j];
        match l.kind {
            LineKind::PageMark => {
                j += 1;
                continue;
            }
            LineKind::PipeRow | LineKind::HtmlTable => break,
            LineKind::Blank => {
                if raw_indented(doc, j) {
                    // `\t` alone: an empty cell (a merged category or sub-indicator cell).
                    row.push(Cell::default());
                } else if !row.is_empty() {
                    rows.push(std::mem::take(&mut row));
                }
                j += 1;
                continue;
            }
            LineKind::Text => {}
        }
        let text = tidy(&l.text);
        if is_note(&text) {
            end = j + 1;
            break;
        }
        if raw_indented(doc, j) {
            row.push(whole_line_cell(doc, j));
        } else if HEADING.is_match(&text) || text.chars().count() > 16 {
            break;
        } else {
            // A wrapped piece: continues the last cell of this row, or of the row before the
            // blank line that PDF conversion put inside the cell.
            let target = if row.is_empty() {
                rows.last_mut()
            } else {
                Some(&mut row)
            };
            if let Some(cell) = target.and_then(|r| r.last_mut()) {
                cell.push(doc, j, 0, l.text.len());
            }
        }
        j += 1;
        end = j;
    }
    if !row.is_empty() {
        rows.push(row);
    }
    (rows, end)
}

/// A table printed twice side by side to save paper: its header names the same columns two (or
/// more) times over (probes39 city_15th_outline_double_width_table line 65: `| 指标 | 2025年 |
/// 2030年 | 属性 | 指标 | 2025年 | 2030年 | 属性 |`). Each row then holds two indicators; the
/// grid is unfolded into one column set, every left half first and every right half after, so a
/// category carried down the left half is not carried into the right one. `None` when the first
/// row repeats no columns.
pub fn side_by_side(grid: &Grid) -> Option<Grid> {
    let head = grid.rows.first()?;
    let width = head.len();
    let k = (2..=3)
        .rev()
        .find(|&k| width % k == 0 && width / k >= 3 && repeats_itself(head, width / k))?;
    if !is_header_row(head) {
        return None;
    }
    let m = width / k;
    let mut rows = vec![head[..m].to_vec()];
    for h in 0..k {
        for row in &grid.rows[1..] {
            let part = if row.len() == width {
                row[h * m..(h + 1) * m].to_vec()
            } else if h == 0 {
                row.clone()
            } else {
                continue;
            };
            if part.iter().any(|c| !c.is_empty())
                && !(h > 0 && part[..] == head[h * m..(h + 1) * m])
            {
                rows.push(part);
            }
        }
    }
    Some(Grid {
        caption: grid.caption.clone(),
        rows,
        lines: grid.lines.clone(),
    })
}

/// Whether the first `m` cells' texts repeat over the whole row.
fn repeats_itself(row: &[Cell], m: usize) -> bool {
    row.chunks(m).all(|part| {
        part.iter()
            .zip(&row[..m])
            .all(|(a, b)| a.text == b.text && !a.is_empty())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A label wrapped onto a line of its own stays in its row and the table goes on (probes7
    /// ecology_special_plan_14th lines 31–34).
    #[test]
    fn a_wrapped_label_continues_its_cell() {
        let text = "序号\t指标\t单位\t2020年\t2025年\n\
                    1\t地表水劣Ⅴ类水体比例\t%\t0\t0\n\
                    2\t饮用水水源水质达到或优于Ⅲ\t%\t100\t100\n\
                    \t类比例\n\
                    3\t地下水质量Ⅴ类水比例\t%\t16.7\t15以内\n";
        let doc = Normalized::new(text.to_string());
        let grids = tabbed_tables(&doc, &[]);
        assert_eq!(grids.len(), 1);
        let rows = &grids[0].rows;
        assert_eq!(rows.len(), 4, "{rows:?}");
        assert_eq!(rows[2][1].text, "饮用水水源水质达到或优于III类比例");
        assert_eq!(rows[3][1].text, "地下水质量V类水比例");
    }

    /// Cells of prose wrapped onto the next line join the cells they stand under, figures and
    /// all (probes67 county_key_tasks_breakdown_2026 lines 23–31); a next line opening with its
    /// own serial number is a row.
    #[test]
    fn cells_of_prose_wrap_under_their_columns() {
        let text = "序号  工作任务        目标要求                                牵头单位        完成时限\n\
                    1     经济总量        地区生产总值增长6%左右，力争总量突破    县发改局        全年\n\
                    \x20                     300亿元\n\
                    4     投资和消费      固定资产投资增长8%；社会消费品零售      县发改局        全年\n\
                    \x20                     总额增长6.5%                            县商务局\n\
                    5     就业            城镇新增就业3200人                      县人社局        全年\n";
        let doc = Normalized::new(text.to_string());
        let grids = tabbed_tables(&doc, &[]);
        assert_eq!(grids.len(), 1);
        let rows = grids[0].texts();
        assert_eq!(rows.len(), 4, "{rows:?}");
        assert_eq!(rows[1][2], "地区生产总值增长6%左右,力争总量突破300亿元");
        assert_eq!(rows[2][2], "固定资产投资增长8%;社会消费品零售总额增长6.5%");
        assert_eq!(rows[2][3], "县发改局县商务局");
        assert_eq!(rows[3][0], "5");
    }

    /// A header naming its columns twice unfolds into one column set, left halves first
    /// (probes39 city_15th_outline_double_width_table lines 65–68).
    #[test]
    fn a_table_printed_twice_side_by_side_unfolds() {
        let text = "| 指标 | 2025年 | 2030年 | 属性 | 指标 | 2025年 | 2030年 | 属性 |\n\
                    |---|---|---|---|---|---|---|---|\n\
                    | 地区生产总值（亿元） | 3012.4 | 4000 | 预期性 | 城镇化率（%） | 64.8 | 70 | 预期性 |\n\
                    | 研发投入强度（%） | 2.41 | 3.0 | 预期性 | 森林覆盖率（%） | 41.2 | 41.5 | 约束性 |\n";
        let doc = Normalized::new(text.to_string());
        let grids = pipe_tables(&doc);
        let unfolded = side_by_side(&grids[0]).expect("unfolded");
        let rows = unfolded.texts();
        assert_eq!(rows.len(), 5, "{rows:?}");
        assert_eq!(rows[0], ["指标", "2025年", "2030年", "属性"]);
        assert_eq!(rows[2][0], "研发投入强度(%)");
        assert_eq!(rows[3], ["城镇化率(%)", "64.8", "70", "预期性"]);
        // A header naming its columns once is left alone.
        let once =
            Normalized::new("| 指标 | 2025年 | 2030年 |\n|---|---|---|\n| 人口 | 1 | 2 |\n".into());
        assert!(side_by_side(&pipe_tables(&once)[0]).is_none());
    }

    /// Dotted leaders part a row's cells; a section row does not end the table (probes41
    /// county_statistics_yearbook_excerpt_2025 lines 11–16).
    #[test]
    fn dotted_leaders_and_section_rows() {
        let text = "指　标　名　称          单位        2025年      比上年增长%\n\
                    一、综合\n\
                    地区生产总值…………………………亿元…………356.8…………5.6\n\
                    第一产业增加值………………… 亿元          44.2          3.4\n\
                    二、农业\n\
                    粮食总产量……………………  万吨          28.42        下降2.3\n";
        let doc = Normalized::new(text.to_string());
        let grids = tabbed_tables(&doc, &[]);
        assert_eq!(grids.len(), 1);
        let rows = grids[0].texts();
        assert_eq!(rows[0], ["指标名称", "单位", "2025年", "比上年增长%"]);
        assert_eq!(rows[1], ["地区生产总值", "亿元", "356.8", "5.6"]);
        assert_eq!(rows[3], ["粮食总产量", "万吨", "28.42", "下降2.3"]);
        // A prose ellipsis is no leader.
        assert_eq!(leader_len(&"……".char_indices().collect::<Vec<_>>()), 0);
    }
}
