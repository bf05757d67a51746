//! Project records, one a line, their fields labelled: a work summary's
//! `项目名称：望川路片区雨污分流改造；投资：2350万元` (probes8 street_work_summary_2024 lines
//! 30–34). A run of at least [`MIN_RECORDS`] such lines is a list of projects, captioned by the
//! lead line before it (`3.重点项目完成情况如下：`) when there is one.

use crate::model::{Money, Span};
use crate::normalize::{LineKind, Normalized};
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// Fewest record lines in a run: one labelled line alone may be a sentence.
const MIN_RECORDS: usize = 2;

/// `(1.)项目名称:NAME;投资:N万元` on a cleaned line (full-width `：；` are folded). The name runs
/// to the first `;`; the investment's label may be `总投资`, `计划投资`, `完成投资`, `投资额`.
static RECORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:\d{1,3}[.、]\s*)?项目名称\s*:\s*(?P<name>[^;]+?)\s*;\s*",
        r"(?:总投资|计划投资|完成投资|投资额|投资)\s*:?\s*",
        r"(?P<value>\d+(?:\.\d+)?)\s*(?P<unit>亿元|万元|元)"
    ))
    .expect("valid regex")
});

/// One project read from a record line.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    /// Exact source text of the name.
    pub name: String,
    pub span: Span,
    pub investment: Option<Money>,
}

/// A run of record lines and the caption it is listed under.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordList {
    pub caption: Option<String>,
    /// 0-based lines of the records.
    pub lines: Range<usize>,
    pub records: Vec<Record>,
}

/// Every run of record lines in `doc`.
pub fn find(doc: &Normalized) -> Vec<RecordList> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < doc.lines.len() {
        let start = i;
        let mut records = Vec::new();
        while let Some(r) = doc.lines.get(i).and_then(|_| record(doc, i)) {
            records.push(r);
            i += 1;
        }
        if records.len() >= MIN_RECORDS {
            out.push(RecordList {
                caption: lead_line(doc, start),
                lines: start..i,
                records,
            });
        }
        i = i.max(start + 1);
    }
    out
}

/// The record on line `i`, if it is one.
fn record(doc: &Normalized, i: usize) -> Option<Record> {
    let line = &doc.lines[i];
    if line.kind != LineKind::Text || !line.text.contains("项目名称") {
        return None;
    }
    let c = RECORD.captures(&line.text)?;
    let name = c.name("name")?;
    let value: f64 = c.name("value")?.as_str().parse().ok()?;
    let unit = c.name("unit")?.as_str();
    Some(Record {
        name: doc
            .evidence(&line.map, name.start(), name.end())
            .to_string(),
        span: doc.span(&line.map, name.start(), name.end()),
        investment: Some(super::money::of(value, unit)),
    })
}

/// The text line right before line `start` when it leads into a list (ends with a colon), as
/// the caption, without its list mark.
fn lead_line(doc: &Normalized, start: usize) -> Option<String> {
    let prev = doc.lines.get(start.checked_sub(1)?)?;
    let t = prev.text.trim();
    let t = t.strip_suffix(':')?;
    let t = t.trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '.' | '、' | ' '));
    (prev.kind == LineKind::Text && !t.is_empty()).then(|| t.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labelled_lines_are_project_records() {
        let text = "3.重点项目完成情况如下：\n\
                    项目名称：望川路片区雨污分流改造；投资：2350万元\n\
                    项目名称：5G智慧社区平台（一期）；投资：315.6万元\n\
                    以上项目合计完成投资2666万元。\n";
        let doc = Normalized::new(text.to_string());
        let lists = find(&doc);
        assert_eq!(lists.len(), 1);
        let l = &lists[0];
        assert_eq!(l.caption.as_deref(), Some("重点项目完成情况如下"));
        assert_eq!(l.lines, 1..3);
        assert_eq!(l.records[0].name, "望川路片区雨污分流改造");
        assert_eq!(l.records[1].name, "5G智慧社区平台（一期）");
        let m = l.records[1].investment.as_ref().unwrap();
        assert_eq!((m.value, m.unit.as_str()), (315.6, "万元"));
        let s = l.records[1].span;
        let slice: String = text.chars().skip(s.start).take(s.end - s.start).collect();
        assert_eq!(slice, "5G智慧社区平台（一期）");
        assert_eq!(s.line, 3);
    }

    #[test]
    fn one_labelled_line_is_no_list() {
        let doc = Normalized::new("项目名称：某某工程；投资：20万元\n其他内容。\n".to_string());
        assert!(find(&doc).is_empty());
    }
}
