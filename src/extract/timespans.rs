//! Time expressions: plan periods (十四五), ranges, years, deadlines (到2025年), relative ones.
//!
//! Each is found in the running text of `doc.paragraphs` and resolved to years:
//! - `plan_period`: 十一五 … 十五五, `“十三五”时期` → the plan's five years;
//! - `range`: `2011~2015年`, `2016—2020年`, `2021年至2025年` → both ends inclusive;
//! - `year`: `2025年`, `二〇三五年`;
//! - `deadline`: `到2025年`, `到“十四五”末` → the year it ends by;
//! - `relative`: `十二五末`, `3年内`, `未来五年`, `今后五年` → resolved against the document's
//!   period (a 2023 work report's `3年内` is 2023–2025).
//!
//! [`find`] works on one text and is shared with the targets extractor, which reads a sentence's
//! year from it.

use crate::meta::{Meta, plan_period_by_ordinal};
use crate::model::{TimeSpan, TimeSpanKind};
use crate::normalize::{Line, LineKind, Normalized};
use crate::numerals::chinese_to_u32;
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// One time expression in a text: byte range, kind and years.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub kind: TimeSpanKind,
    pub start_year: Option<i32>,
    pub end_year: Option<i32>,
}

/// A plan name, quoted or not, with what may follow: `“十三五”时期`, `十二五末`, `十四五期间`.
/// The ordinal group is 十一…十九 or 一…九 before the final 五.
static PLAN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?P<deadline>(?:到|至|截至|截止到?|展望(?:到|至)?)[ \t]*)?",
        r"(?P<q>[“‘\x22「]?)(?P<n>十[一二三四五六七八九]|[一二三四五六七八九十])五(?P<qe>[”’\x22」]?)",
        r"(?P<tail>[ \t]*(?:规划期末|期末|末期|末|初|时期|期间|规划期|规划|计划))?"
    ))
    .expect("valid regex")
});

/// A range of years: `2011~2015年`, `2016—2020年`, `2021年至2025年`, `2021-2025年`.
static RANGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?P<a>(?:19|20)\d{2})[ \t]*年?[ \t]*(?:[-—–~～]+|至|到)[ \t]*(?P<b>(?:19|20)\d{2})[ \t]*年")
        .expect("valid regex")
});

/// A year, Arabic or Chinese, optionally after a deadline word: `到2025年`, `2035年`, `二〇三五年`.
static YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?P<deadline>(?:到|至|截至|截止到?|展望(?:到|至)?)[ \t]*)?(?P<y>{YEAR_NUMBER})[ \t]*年(?P<tail>底|末)?"
    ))
    .expect("valid regex")
});

/// The number of a year, in digits or Chinese numerals read digit by digit (`2035`, `二〇三五`;
/// see [`positional_chinese_year`]): a regex fragment, shared by the rules that skip or read
/// years.
pub(crate) const YEAR_NUMBER: &str = r"(?:19|20)\d{2}|[一二][〇零九][〇零一二三四五六七八九]{2}";

/// A span relative to the document's period: `3年内`, `五年内`, `未来五年`, `今后五年` ahead of it;
/// `过去五年`, `近三年`, `五年来`, `一年来` behind it (gwr_2003 line 16: `五年来，…` in a 2003 report
/// is 1998–2002).
static RELATIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?P<lead>未来|今后|此后)[ \t]*(?P<n1>\d{1,2}|[一二两三四五六七八九十]{1,2})[ \t]*年",
        r"|(?P<n2>\d{1,2}|[一二两三四五六七八九十]{1,2})[ \t]*年(?:之内|内)",
        r"|(?:过去|近)[ \t]*(?P<n3>\d{1,2}|[一二两三四五六七八九十]{1,2})[ \t]*年(?:来|以来)?",
        r"|(?P<n4>\d{1,2}|[一二两三四五六七八九十]{1,2})[ \t]*年(?:以来|来)",
    ))
    .expect("valid regex")
});

/// Every time span of a document, in document order, with spans that slice the source exactly.
pub fn extract(doc: &Normalized, meta: &Meta) -> Vec<TimeSpan> {
    records(doc, meta, &find_all(doc, meta))
}

/// The time expressions of every paragraph (index `i` for `doc.paragraphs[i]`): found once and
/// shared by the time-span records and the targets, which take their years from them.
pub fn find_all(doc: &Normalized, meta: &Meta) -> Vec<Vec<Found>> {
    doc.paragraphs.iter().map(|p| find(&p.text, meta)).collect()
}

/// The contract records of the expressions found by [`find_all`] and of those in table lines
/// ([`in_table_lines`]), in document order.
pub fn records(doc: &Normalized, meta: &Meta, found: &[Vec<Found>]) -> Vec<TimeSpan> {
    let mut out = Vec::new();
    for (para, spans) in doc.paragraphs.iter().zip(found) {
        out.extend(spans.iter().map(|f| record(doc, &para.map, 0, f)));
    }
    out.extend(in_table_lines(doc, meta));
    out.sort_by_key(|t| t.span);
    out
}

/// The record of `f`, found at byte `offset` of a text whose byte map is `map`.
fn record(doc: &Normalized, map: &[u32], offset: usize, f: &Found) -> TimeSpan {
    let (s, e) = (offset + f.start, offset + f.end);
    TimeSpan {
        text: doc.evidence(map, s, e).to_string(),
        kind: f.kind,
        start_year: f.start_year,
        end_year: f.end_year,
        span: doc.span(map, s, e),
    }
}

/// The time expressions of the lines no paragraph holds: pipe-table rows (001 line 300:
/// `| 类别 | 指标 | 2020年 | 2025年 | 年均/累计 | 属性 |`) and the lines of HTML tables. A tab-separated
/// or one-cell-a-line table is running text and gives its spans as paragraphs do; without this,
/// the same header read from a pipe table would give none.
///
/// Each cell is searched alone: a pipe, or a tag the cleaner removed, ends an expression, so
/// `<td>2020</td><td>—</td><td>2025年</td>` gives one year, not the range 2020—2025.
fn in_table_lines(doc: &Normalized, meta: &Meta) -> Vec<TimeSpan> {
    let mut out = Vec::new();
    for line in &doc.lines {
        let table_line = matches!(line.kind, LineKind::PipeRow | LineKind::HtmlTable);
        if !table_line || !(line.text.contains('年') || line.text.contains('五')) {
            continue;
        }
        for cell in cells(doc, line) {
            let found = find(&line.text[cell.clone()], meta);
            out.extend(found.iter().map(|f| record(doc, &line.map, cell.start, f)));
        }
    }
    out
}

/// The byte ranges of a table line's cleaned text between pipes and removed tags.
fn cells(doc: &Normalized, line: &Line) -> Vec<Range<usize>> {
    let src = doc.source.as_str();
    let mut out = Vec::new();
    let mut start = 0;
    let mut prev_end: Option<usize> = None;
    for (i, c) in line.text.char_indices() {
        let at = line.map[i] as usize;
        let tag_between = prev_end.is_some_and(|p| src.get(p..at).is_some_and(|g| g.contains('<')));
        if c == '|' || tag_between {
            if start < i {
                out.push(start..i);
            }
            start = if c == '|' { i + c.len_utf8() } else { i };
        }
        prev_end = Some(at + doc.source.char_len_at(at));
    }
    if start < line.text.len() {
        out.push(start..line.text.len());
    }
    out
}

/// The time expressions of one text, in order, not overlapping (a longer match wins:
/// `2011~2015年` is one range, not two years).
///
/// Each pattern needs a character that most paragraphs lack (every plan name ends in 五, every
/// range, year and relative span holds 年), so a paragraph without it skips that pattern's scan.
pub fn find(text: &str, meta: &Meta) -> Vec<Found> {
    let mut all = Vec::new();
    if text.contains('五') {
        all.extend(plan_periods(text));
    }
    if text.contains('年') {
        all.extend(ranges(text));
        all.extend(years(text));
        all.extend(relatives(text, meta));
    }
    all.sort_by_key(|f| (f.start, std::cmp::Reverse(f.end)));
    let mut kept: Vec<Found> = Vec::with_capacity(all.len());
    for f in all {
        if kept.last().is_none_or(|k| k.end <= f.start) {
            kept.push(f);
        }
    }
    kept
}

/// 十一五 … 十五五 and their forms. A bare `十五` (the tenth plan) counts only when quoted or
/// followed by 时期/计划 …, since 十五 is also fifteen (`十五条硬措施`).
fn plan_periods(text: &str) -> Vec<Found> {
    PLAN.captures_iter(text)
        .filter_map(|c| {
            let whole = c.get(0)?;
            let n_match = c.name("n")?;
            let before = text[..n_match.start()].chars().next_back();
            if before.is_some_and(is_numeral_char) {
                return None;
            }
            let after = text[whole.end()..].chars().next();
            let tail = c.name("tail").map_or("", |t| t.as_str().trim());
            let quoted = !c.name("q")?.is_empty() && !c.name("qe")?.is_empty();
            if c.name("q")?.is_empty() != c.name("qe")?.is_empty() {
                return None;
            }
            if !quoted
                && tail.is_empty()
                && after.is_some_and(|ch| is_numeral_char(ch) || ch == '年')
            {
                return None;
            }
            // 十五 (also fifteen) and 一五 … 九五 (also 七五普法) need quotes or a tail.
            if n_match.as_str().chars().count() == 1 && !quoted && tail.is_empty() {
                return None;
            }
            let ordinal = if n_match.as_str() == "十" {
                10
            } else {
                chinese_to_u32(n_match.as_str())?
            };
            let period = plan_period_by_ordinal(ordinal)?;
            let at_end = matches!(tail, "末" | "期末" | "末期" | "规划期末");
            let at_start = tail == "初";
            let deadline = c.name("deadline").is_some();
            let (kind, s, e) = if deadline {
                (TimeSpanKind::Deadline, None, Some(period.end_year))
            } else if at_end {
                (
                    TimeSpanKind::Relative,
                    Some(period.end_year),
                    Some(period.end_year),
                )
            } else if at_start {
                (
                    TimeSpanKind::Relative,
                    Some(period.start_year),
                    Some(period.start_year),
                )
            } else {
                (
                    TimeSpanKind::PlanPeriod,
                    Some(period.start_year),
                    Some(period.end_year),
                )
            };
            // `到“十四五”` without 末 still names the plan's end.
            let e = if deadline && !at_end && !at_start {
                Some(period.end_year)
            } else {
                e
            };
            Some(Found {
                start: whole.start(),
                end: whole.end(),
                kind,
                start_year: s,
                end_year: e,
            })
        })
        .collect()
}

fn is_numeral_char(c: char) -> bool {
    "〇零一二两三四五六七八九十百千万亿第".contains(c) || c.is_ascii_digit()
}

/// `2011~2015年` → 2011–2015.
fn ranges(text: &str) -> Vec<Found> {
    RANGE
        .captures_iter(text)
        .filter_map(|c| {
            let whole = c.get(0)?;
            let a: i32 = c.name("a")?.as_str().parse().ok()?;
            let b: i32 = c.name("b")?.as_str().parse().ok()?;
            if b < a || digit_before(text, whole.start()) {
                return None;
            }
            Some(Found {
                start: whole.start(),
                end: whole.end(),
                kind: TimeSpanKind::Range,
                start_year: Some(a),
                end_year: Some(b),
            })
        })
        .collect()
}

/// Whether a digit, or a decimal point after a digit, stands right before `at`: the number there
/// goes on (`12025年`, `1.2025`), so no year starts at `at`. A dot after a marker (`一.2024年工作
/// 回顾`, `二．` folded) is no decimal point.
fn digit_before(text: &str, at: usize) -> bool {
    let mut before = text[..at].chars().rev();
    match before.next() {
        Some(c) if c.is_ascii_digit() => true,
        Some('.') => before.next().is_some_and(|c| c.is_ascii_digit()),
        _ => false,
    }
}

/// `2025年`, `二〇三五年`, `到2025年` (a deadline), `2015年底`.
fn years(text: &str) -> Vec<Found> {
    YEAR.captures_iter(text)
        .filter_map(|c| {
            let whole = c.get(0)?;
            let y_match = c.name("y")?;
            if digit_before(text, y_match.start()) {
                return None;
            }
            let y = y_match.as_str();
            let year = if y.starts_with(|c: char| c.is_ascii_digit()) {
                y.parse().ok()?
            } else {
                positional_chinese_year(y)?
            };
            let kind = if c.name("deadline").is_some() {
                TimeSpanKind::Deadline
            } else {
                TimeSpanKind::Year
            };
            let start_year = (kind == TimeSpanKind::Year).then_some(year);
            Some(Found {
                start: whole.start(),
                end: whole.end(),
                kind,
                start_year,
                end_year: Some(year),
            })
        })
        .collect()
}

/// 二〇三五 → 2035 (digit by digit).
pub(crate) fn positional_chinese_year(y: &str) -> Option<i32> {
    y.chars().try_fold(0i32, |acc, c| {
        let d = chinese_to_u32(&c.to_string())? as i32;
        Some(acc * 10 + d)
    })
}

/// `3年内`, `未来五年`: from the document's first year, `n` years (inclusive of the first);
/// `过去五年`, `五年来`: the `n` years before it.
fn relatives(text: &str, meta: &Meta) -> Vec<Found> {
    let base = meta.period.as_ref().map(|p| p.start_year);
    RELATIVE
        .captures_iter(text)
        .filter_map(|c| {
            let whole = c.get(0)?;
            let past = c.name("n3").or_else(|| c.name("n4"));
            let n_match = c.name("n1").or_else(|| c.name("n2")).or(past)?;
            let bare = c.name("n1").is_none() && c.name("n3").is_none();
            if bare && digit_before(text, n_match.start()) {
                return None;
            }
            let before = text[..n_match.start()].chars().next_back();
            if bare && before.is_some_and(is_numeral_char) {
                return None;
            }
            let n_str = n_match.as_str();
            let n: i32 = n_str
                .parse()
                .ok()
                .or_else(|| chinese_to_u32(n_str).map(|v| v as i32))?;
            if !(1..=50).contains(&n) {
                return None;
            }
            let (start_year, end_year) = match (base, past.is_some()) {
                (Some(b), true) => (Some(b - n), Some(b - 1)),
                (Some(b), false) => (Some(b), Some(b + n - 1)),
                (None, _) => (None, None),
            };
            Some(Found {
                start: whole.start(),
                end: whole.end(),
                kind: TimeSpanKind::Relative,
                start_year,
                end_year,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::DocKind;
    use crate::model::Period;

    fn meta(start: i32, end: i32) -> Meta {
        Meta {
            title: None,
            kind: DocKind::FiveYearPlan,
            region: None,
            evaluated: None,
            period: Some(Period {
                name: String::new(),
                start_year: start,
                end_year: end,
            }),
        }
    }

    fn one(text: &str) -> Found {
        let f = find(text, &meta(2021, 2025));
        assert_eq!(f.len(), 1, "{text}: {f:?}");
        f[0].clone()
    }

    #[test]
    fn plan_names_need_context_for_ten() {
        assert!(find("安全生产“十五条硬措施”有效落实", &meta(2021, 2025)).is_empty());
        assert!(find("二十五项", &meta(2021, 2025)).is_empty());
        let f = one("“十五”时期");
        assert_eq!((f.start_year, f.end_year), (Some(2001), Some(2005)));
    }

    /// A year right after a marker's dot is a year; after a decimal point it is no year.
    #[test]
    fn a_year_after_a_marker_dot_is_a_year() {
        assert_eq!(one("一.2024年工作回顾").start_year, Some(2024));
        assert!(find("增长1.2024年", &meta(2021, 2025)).is_empty());
        assert!(find("约12025年产", &meta(2021, 2025)).is_empty());
    }

    #[test]
    fn relative_needs_a_count() {
        let f = one("力争3年内完成");
        assert_eq!((f.start_year, f.end_year), (Some(2021), Some(2023)));
    }

    #[test]
    fn past_relatives_end_before_the_period() {
        // gwr_2003 lines 10 and 16, 002 line 19, beijing line 337.
        for (text, years) in [
            ("过去五年,是很不平凡的五年", (2016, 2020)),
            ("五年来,我们坚持扩大内需", (2016, 2020)),
            ("一年来,全市上下", (2020, 2020)),
            ("近三年平均增长", (2018, 2020)),
        ] {
            let f = one(text);
            assert_eq!(f.kind, TimeSpanKind::Relative, "{text}");
            assert_eq!(
                (f.start_year, f.end_year),
                (Some(years.0), Some(years.1)),
                "{text}"
            );
        }
        // Not a count of years: 十五年来 is fifteen, 多年来 has no count.
        let fifteen = one("十五年来");
        assert_eq!(
            (fifteen.start_year, fifteen.end_year),
            (Some(2006), Some(2020))
        );
        assert!(find("多年来坚持", &meta(2021, 2025)).is_empty());
    }

    #[test]
    fn table_cells_are_searched_one_by_one() {
        let doc = Normalized::new(
            "| 指标 | 2020 | — | 2025年 | 属性 |\n\n<table><tr><td>2020</td><td>—</td><td>2030年</td></tr></table>\n"
                .to_string(),
        );
        let spans = in_table_lines(&doc, &meta(2021, 2025));
        let texts: Vec<(&str, usize)> = spans
            .iter()
            .map(|t| (t.text.as_str(), t.span.line))
            .collect();
        assert_eq!(texts, [("2025年", 1), ("2030年", 3)]);
        for t in &spans {
            assert_eq!(doc.source.slice(&t.span), t.text);
            assert_eq!(t.kind, TimeSpanKind::Year);
        }
    }
}
