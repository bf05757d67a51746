//! Stage 4: the extractors. Each reads the normalized document and the outline and returns its
//! items; [`run`] orders them and numbers their ids.

pub mod glossary;
pub mod indicators;
pub mod numbers;
pub mod projects;
pub mod tables;
pub mod targets;
pub mod timespans;
pub mod units;

use crate::analysis::Analysis;
use crate::context::Context;
use crate::meta::Meta;
use crate::model::{
    BoxKind, BoxedList, GlossaryEntry, Project, SectionKind, Table, Target, TimeSpan, Warning,
};
use crate::normalize::Normalized;
use crate::segment::Outline;
use std::ops::Range;

/// Everything the extractors found in one document.
#[derive(Debug, Default)]
pub struct Extracted {
    pub tables: Vec<Table>,
    pub targets: Vec<Target>,
    pub projects: Vec<Project>,
    pub boxes: Vec<BoxedList>,
    pub time_spans: Vec<TimeSpan>,
    pub glossary: Vec<GlossaryEntry>,
    pub warnings: Vec<Warning>,
}

/// Run every extractor over a document.
pub fn run(
    doc: &Normalized,
    meta: &Meta,
    outline: &Outline,
    tokens: &Analysis,
    ctx: &Context,
) -> Extracted {
    let tabs = tables::extract(doc, meta, outline, tokens, ctx);
    let boxed = projects::extract(doc, outline, &tabs.claimed_lines, &tabs.grids);
    let spans = timespans::find_all(doc, meta);
    let (text, goals, progress) = text_tables(&tabs);
    let lines = targets::TableLines {
        claimed: &tabs.claimed_lines,
        text: &text,
        goals: &goals,
        progress: &progress,
    };
    let prose = targets::extract(doc, meta, outline, tokens, &spans, lines, ctx);
    let mut out = Extracted {
        tables: tabs.tables,
        targets: tabs.targets,
        projects: boxed.projects,
        boxes: boxed.boxes,
        time_spans: timespans::records(doc, meta, &spans),
        glossary: glossary::extract(doc, outline),
        warnings: tabs.warnings,
    };
    out.targets.extend(
        prose
            .targets
            .into_iter()
            .filter(|t| !is_boxed_investment(t, &out.boxes) && !in_glossary(t, outline)),
    );
    out.warnings.extend(boxed.warnings);
    out.warnings.extend(prose.warnings);
    number_ids(&mut out);
    out
}

/// Line ranges of tables whose cells are prose: grids that are no indicator table (claimed),
/// and no project table unless a column holds each item's goals (`序号 / 项目 / 目标任务 /
/// 责任单位`, probes10 city_gwr_2019_appendix_table lines 37–52: `新建改扩建公办幼儿园12所`). A
/// project table's `建设内容及规模` (`新建双向六车道12.5公里`) describes the project, no goal.
/// The targets extractor reads their rows a cell at a time. Returns those tables' lines, the
/// lines of the ones with a column of goals, and the columns of those that also report progress.
pub fn text_tables(
    tabs: &tables::TablesOut,
) -> (
    Vec<Range<usize>>,
    Vec<Range<usize>>,
    Vec<targets::outcomes::GoalColumns>,
) {
    let mut text = Vec::new();
    let mut goals = Vec::new();
    let mut progress = Vec::new();
    for g in tabs
        .grids
        .iter()
        .filter(|g| !tabs.claimed_lines.contains(&g.lines))
    {
        let goal = has_goal_column(g);
        if goal || tables::layout::project_header(g).is_none() {
            text.push(g.lines.clone());
        }
        if goal {
            goals.push(g.lines.clone());
            progress.extend(g.rows.iter().take(3).find_map(|r| {
                let header: Vec<&str> = r.iter().map(|c| c.text.as_str()).collect();
                targets::outcomes::GoalColumns::of_header(g.lines.clone(), &header)
            }));
        }
    }
    (text, goals, progress)
}

/// Whether one of a grid's first rows heads a column of goals (`目标任务`, `工作目标`,
/// `具体目标`: probes20 county_rural_action_plan_2023 line 37): a short header ending in 目标.
fn has_goal_column(g: &tables::layout::Grid) -> bool {
    g.rows
        .iter()
        .take(3)
        .flatten()
        .any(|c| targets::outcomes::is_goal_head(&c.text))
}

/// Whether a prose target is a project's investment inside a box of projects
/// (`1.子州煤制烯烃一期工程：总投资120亿元。`, probes4 prefecture_12th_plan line 56): the projects
/// extractor gives it as that project's `investment`; as a target it would name no project.
fn is_boxed_investment(t: &Target, boxes: &[BoxedList]) -> bool {
    t.indicator.as_deref().is_some_and(|i| i.ends_with("投资"))
        && boxes.iter().any(|b| {
            b.kind == BoxKind::Projects && b.span.start <= t.span.start && t.span.end <= b.span.end
        })
}

/// Whether a prose target lies in a glossary (`附件1 名词解释`, probes6
/// prefecture_13th_plan_appendix lines 31–42): a definition's numbers (`每1万人拥有的…发明专利件数`,
/// `农民人均纯收入低于2300元`) define a term, they state no target.
fn in_glossary(t: &Target, outline: &Outline) -> bool {
    t.section.as_deref().is_some_and(|id| {
        outline
            .path(id)
            .iter()
            .any(|s| s.kind == SectionKind::Glossary)
    })
}

/// Sort items into document order and give them ids (`tbl1`, `t1`, `p1`, `box1`).
fn number_ids(out: &mut Extracted) {
    out.tables.sort_by_key(|t| t.span);
    out.targets.sort_by(|a, b| {
        (a.span, a.origin as u8, &a.evidence).cmp(&(b.span, b.origin as u8, &b.evidence))
    });
    out.projects.sort_by_key(|p| p.span);
    out.boxes.sort_by_key(|b| b.span);
    out.time_spans.sort_by_key(|t| t.span);
    out.glossary.sort_by_key(|g| g.span);
    for (i, t) in out.tables.iter_mut().enumerate() {
        t.id = format!("tbl{}", i + 1);
    }
    for (i, t) in out.targets.iter_mut().enumerate() {
        t.id = format!("t{}", i + 1);
    }
    for (i, p) in out.projects.iter_mut().enumerate() {
        p.id = format!("p{}", i + 1);
    }
    for (i, b) in out.boxes.iter_mut().enumerate() {
        b.id = format!("box{}", i + 1);
    }
}
