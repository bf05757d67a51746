//! Rows of a table of goals and their progress: a goal cell read as prose, then a cell of what
//! was done and a cell of the share done, each value bare.
//!
//! ```text
//! | 序号 | 项目名称 | 年度目标任务 | 截至9月底完成 | 完成率 | 责任单位 |
//! | 1 | 新增公办幼儿园学位 | 新增公办幼儿园学位3000个 | 2640个 | 88.0% | 市教育局 |
//! ```
//!
//! (probes37 city_livelihood_progress_table_2026 line 20). The goal cell gives the target
//! `新增公办幼儿园学位 3000个`; `2640个` is the same indicator achieved, and `88.0%` its
//! `…完成率`. The k-th bare value of a progress cell goes with the k-th target of the goal
//! cell, when they are as many (`48个；4个` after `提档升级村卫生室60个、乡镇卫生院6个`); a value
//! the progress cell names itself (`建成7所，新增学位8640个`) is read as prose and only becomes an
//! outcome.

use super::{Status, Target};
use crate::extract::numbers::{self, Amount};
use crate::extract::units;
use crate::model::{Comparator, TargetKind, Value};
use crate::normalize::{Normalized, Paragraph};
use std::ops::Range;

/// The columns of a table of goals, by index among its cells: goals (`年度目标任务`), what was
/// done (`截至9月底完成`, `完成情况`), and the share done (`完成率`).
#[derive(Debug, Clone, Default)]
pub struct GoalColumns {
    pub lines: Range<usize>,
    pub goal: Vec<usize>,
    pub done: Vec<usize>,
    pub rate: Vec<usize>,
}

impl GoalColumns {
    /// The roles of a header row's cells (texts in column order); `None` without a goal column
    /// and a progress column.
    pub fn of_header(lines: Range<usize>, header: &[&str]) -> Option<GoalColumns> {
        let mut cols = GoalColumns {
            lines,
            ..GoalColumns::default()
        };
        for (i, h) in header.iter().enumerate() {
            if is_rate_head(h) {
                cols.rate.push(i);
            } else if is_done_head(h) {
                cols.done.push(i);
            } else if is_goal_head(h) {
                cols.goal.push(i);
            }
        }
        let progress = !cols.done.is_empty() || !cols.rate.is_empty();
        (!cols.goal.is_empty() && progress).then_some(cols)
    }
}

/// A header of goals: `目标任务`, `年度目标任务`, `任务目标`, `年度目标`, `工作目标`.
pub fn is_goal_head(h: &str) -> bool {
    let n = h.chars().count();
    (h.ends_with("目标任务") && n <= 6) || h == "任务目标" || (h.ends_with("目标") && n <= 4)
}

/// A header of what was done: `完成情况`, `截至9月底完成`, `实际完成`, `进展情况`.
fn is_done_head(h: &str) -> bool {
    (h.contains("完成") && h.chars().count() <= 10) || h == "进展情况" || h == "实际完成"
}

/// A header of the share done: `完成率`, `完成比例`, `完成进度`.
fn is_rate_head(h: &str) -> bool {
    ["完成率", "完成比例", "完成进度"]
        .iter()
        .any(|w| h.contains(w))
}

/// Byte ranges of a row's cells in `row.text` (pipes turned to tabs), trimmed of spaces, the
/// empty cell before an opening pipe left out.
fn cells(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices().chain([(text.len(), '\t')]) {
        if c == '\t' {
            let cell = &text[start..i];
            let lead = cell.len() - cell.trim_start().len();
            out.push((start + lead, start + lead + cell.trim().len()));
            start = i + 1;
        }
    }
    if text.trim_start_matches(' ').starts_with('\t') && !out.is_empty() {
        out.remove(0);
    }
    out
}

/// Make the targets of the progress cells of one row: those the row's reader found there become
/// outcomes, and the bare values are paired with the goal cell's targets.
pub fn apply(doc: &Normalized, row: &Paragraph, cols: &GoalColumns, targets: &mut Vec<Target>) {
    let text = row.text.as_str();
    let cells = cells(text);
    let source = |(s, e): (usize, usize)| doc.span(&row.map, s, e);
    // An empty cell holds no target (and has no span: a span needs a byte).
    let within = |t: &Target, cell: (usize, usize)| {
        if cell.0 >= cell.1 {
            return false;
        }
        let sp = source(cell);
        sp.start <= t.span.start && t.span.start < sp.end
    };
    let Some(&goal_cell) = cols.goal.first().and_then(|&i| cells.get(i)) else {
        return;
    };
    let goals: Vec<Target> = targets
        .iter()
        .filter(|t| within(t, goal_cell) && t.value.is_some())
        .cloned()
        .collect();
    let mut made = Vec::new();
    let mut dropped = Vec::new();
    for (&col, rate) in cols
        .done
        .iter()
        .map(|c| (c, false))
        .chain(cols.rate.iter().map(|c| (c, true)))
    {
        let Some(&cell) = cells.get(col) else {
            continue;
        };
        let values: Vec<numbers::Quantity> = numbers::find(&text[cell.0..cell.1], &[])
            .into_iter()
            .filter(|q| q.unit.is_some() && matches!(q.amount, Amount::One(_)))
            .map(|mut q| {
                q.start += cell.0;
                q.end += cell.0;
                q
            })
            .collect();
        // The k-th value goes with the k-th goal when they are as many.
        let paired = values.len() == goals.len();
        for (k, q) in values.iter().enumerate() {
            let sp = source((q.start, q.end));
            let owner = targets
                .iter()
                .position(|t| within(t, cell) && t.span.start < sp.end && sp.start < t.span.end);
            let goal = goals.get(k).filter(|_| paired);
            match (owner, goal) {
                (Some(i), Some(g)) if !named_well(&targets[i], g) => {
                    dropped.push(i);
                    made.push(achieved(doc, row, g, q, goal_cell, rate));
                }
                (Some(i), _) => targets[i].status = Status::Actual,
                (None, Some(g)) => made.push(achieved(doc, row, g, q, goal_cell, rate)),
                (None, None) => {}
            }
        }
    }
    dropped.sort_unstable();
    dropped.dedup();
    for i in dropped.into_iter().rev() {
        targets.remove(i);
    }
    targets.extend(made);
}

/// Whether a progress value the row's reader named keeps its name: one of more than two
/// characters that is not the tail of its goal's (`新增学位` stays; `新建` and `覆盖率`, after
/// `义务教育学校课后服务覆盖率`, take the goal's).
fn named_well(t: &Target, goal: &Target) -> bool {
    let name = t.indicator.as_deref().unwrap_or_default();
    name.chars().count() > 2 && !goal.indicator.as_deref().is_some_and(|g| g.ends_with(name))
}

/// The goal's indicator achieved: value `q` of a progress cell (a `…完成率` in a rate cell),
/// its evidence from the goal cell (`goal_cell`, not empty) to the value. `q` holds one number (the
/// caller keeps no other).
fn achieved(
    doc: &Normalized,
    row: &Paragraph,
    goal: &Target,
    q: &numbers::Quantity,
    goal_cell: (usize, usize),
    rate: bool,
) -> Target {
    let Amount::One(v) = q.amount else {
        return goal.clone();
    };
    let unit = q.unit.clone().unwrap_or_default();
    let mut t = goal.clone();
    if rate {
        t.indicator = t.indicator.map(|i| format!("{i}完成率"));
        t.canonical = None;
        t.kind = TargetKind::Rate;
    }
    t.normalized = units::normalize(v, &unit);
    t.unit = Some(unit);
    t.value = Some(Value::Number(v));
    t.comparator = Comparator::Eq;
    t.status = Status::Actual;
    t.base = None;
    t.note = None;
    t.cumulative = false;
    // From the goal to the value, whichever column comes first.
    let (from, to) = (goal_cell.0.min(q.start), q.end.max(goal_cell.1));
    t.span = doc.span(&row.map, from, to);
    t.evidence = doc.evidence(&row.map, from, to).to_string();
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_roles() {
        let h = [
            "序号",
            "项目名称",
            "年度目标任务",
            "截至9月底完成",
            "完成率",
            "责任单位",
        ];
        let c = GoalColumns::of_header(0..1, &h).expect("a table of goals and progress");
        assert_eq!((c.goal, c.done, c.rate), (vec![2], vec![3], vec![4]));
        // Goals alone (probes10 city_gwr_2019_appendix_table): no progress to read.
        assert!(GoalColumns::of_header(0..1, &["序号", "项目", "目标任务", "责任单位"]).is_none());
    }

    #[test]
    fn cells_of_a_row() {
        let text = "\t 1 \t 新增学位3000个 \t 2640个 \t";
        let c = cells(text);
        assert_eq!(&text[c[1].0..c[1].1], "新增学位3000个");
        assert_eq!(&text[c[2].0..c[2].1], "2640个");
    }
}
