//! Numeric targets in running text: indicator, value, unit, year, comparator, status, binding.
//!
//! Each paragraph (running text joined across PDF breaks) is read value by value: every
//! [`numbers::Quantity`] with a unit (or a ratio) is a candidate; its indicator is the noun phrase
//! before it in its clause ([`indicator`]), or the one carried over from an earlier clause of the
//! same sentence when the clause names none (`第二产业增加值年均增长33.2%,达到126亿元` gives two
//! targets of 第二产业增加值). Kind, comparator, status and binding come from the words around the
//! value ([`classify`]), the year from the time expressions before it or the section's context
//! ([`year`]). A target stated without a number (`地区生产总值保持在合理区间、各年度视情提出`) is
//! kept with `value: null` and the words in `note`.
//!
//! Ranges (`5%—5.5%`) give their lower end as the value with `>=`.

pub mod classify;
pub mod indicator;
pub mod year;

use crate::analysis::{Analysis, Token};
use crate::context::Context;
use crate::extract::numbers::{self, Amount, Quantity};
use crate::extract::timespans::{self, Found};
use crate::extract::{indicators, units};
use crate::meta::Meta;
use crate::model::{
    Comparator, DocKind, Origin, Status, Target, TargetKind, TimeSpanKind, Value, Warning,
};
use crate::normalize::{Normalized, Paragraph};
use crate::segment::Outline;
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

#[derive(Debug, Default)]
pub struct TargetsOut {
    pub targets: Vec<Target>,
    pub warnings: Vec<Warning>,
}

/// Words that state a target without a number.
static NOTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"保持在合理区间(?:[、,]各年度视情提出)?|各年度视情提出",
        r"|控制在国家(?:下达|约束|规定)的?(?:指标|目标|范围)(?:以)?内"
    ))
    .expect("valid regex")
});

/// Sentence ends and clause ends.
const SENTENCE_END: &[char] = &['。', ';', '；', '!', '?', '！', '？'];
const CLAUSE_END: &[char] = &[',', '，', ':', '：', '(', ')', '（', '）'];

/// Paragraphs with this many tabs are table rows, which the tables extractor reads.
const TABLE_ROW_TABS: usize = 2;

/// `table_lines`: line ranges of tables, whose numbers the tables extractor reports.
pub fn extract(
    doc: &Normalized,
    meta: &Meta,
    outline: &Outline,
    tokens: &Analysis,
    table_lines: &[Range<usize>],
    _ctx: &Context,
) -> TargetsOut {
    let mut out = TargetsOut::default();
    for (i, para) in doc.paragraphs.iter().enumerate() {
        let in_table = para
            .lines
            .iter()
            .any(|l| table_lines.iter().any(|r| r.contains(l)));
        if in_table || para.text.matches('\t').count() >= TABLE_ROW_TABS {
            continue;
        }
        let toks = tokens.paragraphs.get(i).map_or(&[][..], |t| t.as_slice());
        let reader = ParagraphReader::new(doc, meta, outline, para, toks);
        out.targets.extend(reader.targets());
    }
    out
}

/// One value or note, before it becomes a target.
enum Item {
    Value(Quantity),
    Note(usize, usize),
}

impl Item {
    fn range(&self) -> (usize, usize) {
        match self {
            Item::Value(q) => (q.start, q.end),
            Item::Note(s, e) => (*s, *e),
        }
    }
}

/// Everything needed to read the targets of one paragraph.
struct ParagraphReader<'a> {
    doc: &'a Normalized,
    meta: &'a Meta,
    outline: &'a Outline,
    para: &'a Paragraph,
    tokens: &'a [Token],
    spans: Vec<Found>,
    titles: Vec<String>,
}

impl<'a> ParagraphReader<'a> {
    fn new(
        doc: &'a Normalized,
        meta: &'a Meta,
        outline: &'a Outline,
        para: &'a Paragraph,
        tokens: &'a [Token],
    ) -> Self {
        ParagraphReader {
            doc,
            meta,
            outline,
            para,
            tokens,
            spans: timespans::find(&para.text, meta),
            titles: year::titles(doc, outline, para.first_line()),
        }
    }

    /// Values with a unit (or ratios) that are not time expressions, and notes, in order.
    fn items(&self) -> Vec<Item> {
        let text = &self.para.text;
        let mut items: Vec<Item> = numbers::find(text, self.tokens)
            .into_iter()
            .filter(|q| q.unit.is_some() || matches!(q.amount, Amount::Ratio(_)))
            .filter(|q| {
                !self
                    .spans
                    .iter()
                    .any(|f| f.start < q.end && q.start < f.end)
            })
            .map(Item::Value)
            .collect();
        for m in NOTE.find_iter(text) {
            if !items.iter().any(|i| {
                let (s, e) = i.range();
                s < m.end() && m.start() < e
            }) {
                items.push(Item::Note(m.start(), m.end()));
            }
        }
        items.sort_by_key(|i| i.range().0);
        items
    }

    fn targets(&self) -> Vec<Target> {
        let text = self.para.text.as_str();
        let skip: Vec<(usize, usize)> = self.spans.iter().map(|f| (f.start, f.end)).collect();
        let mut out = Vec::new();
        // The indicator that a clause without one inherits, and the sentence it belongs to.
        let mut carried: Option<((usize, usize), usize)> = None;
        let mut prev_end = 0;
        // The predicate of the previous value, for a bare list (`分别增长4%和8.1%`).
        let mut prev_between = String::new();
        for item in self.items() {
            let (start, end) = item.range();
            let sentence = sentence_start(text, start);
            let from = clause_start(text, start).max(prev_end);
            prev_end = end;
            let own = if indicator::is_comparison(&text[from..start]) {
                None
            } else {
                indicator::find(text, from, start, &skip)
            };
            let own = own.filter(|r| !self.only_verbs(*r));
            let ind = match own {
                Some(r) => r,
                None => match carried {
                    Some((r, s)) if s == sentence => r,
                    _ => continue,
                },
            };
            carried = Some((ind, sentence));
            let between_from = if own.is_some() { ind.1 } else { from };
            let mut between = text[between_from..start].to_string();
            if own.is_none() && is_list_joint(&between) {
                between = prev_between.clone();
            }
            prev_between = between.clone();
            match item {
                Item::Value(q) => out.push(self.value_target(&q, ind, &between, sentence)),
                Item::Note(s, e) => out.extend(self.note_targets(ind, (s, e), sentence)),
            }
        }
        out
    }

    /// Whether the phrase at `r` is made of verbs, adverbs and the like only (`培育`, `布局实施`):
    /// an action, not an indicator.
    fn only_verbs(&self, r: (usize, usize)) -> bool {
        let toks: Vec<&Token> = self
            .tokens
            .iter()
            .filter(|t| t.start as usize >= r.0 && t.end as usize <= r.1)
            .collect();
        !toks.is_empty()
            && toks
                .iter()
                .all(|t| matches!(&*t.pos, "v" | "vd" | "d" | "p" | "c" | "u" | "ad" | "x"))
    }

    /// The target of a value `q` with indicator bytes `ind`; `between` is the text from the
    /// indicator (or clause) to the value.
    fn value_target(
        &self,
        q: &Quantity,
        ind: (usize, usize),
        between: &str,
        sentence: usize,
    ) -> Target {
        let text = self.para.text.as_str();
        let indicator = text[ind.0..ind.1].trim();
        let after = &text[q.end..];
        let mut comparator = classify::comparator(between, after, q.more);
        let kind = classify::kind(q, indicator, between);
        let value = match &q.amount {
            Amount::One(v) => Value::Number(*v),
            Amount::Range(lo, _) => {
                if comparator == Comparator::Eq {
                    comparator = Comparator::Ge;
                }
                Value::Number(*lo)
            }
            Amount::Ratio(parts) => Value::Ratio(parts.clone()),
        };
        let normalized = match (&value, &q.unit) {
            (Value::Number(v), Some(u)) => units::normalize(*v, u),
            _ => None,
        };
        let start = ind.0.min(q.start);
        let clause = &text[clause_start(text, q.start)..clause_end(text, q.end)];
        let (status, year) = self.status_and_year(sentence, q.start);
        Target {
            unit: q.unit.clone(),
            normalized,
            kind,
            comparator,
            binding: classify::binding(clause),
            ..self.target(ind, start, q.end, Some(value), status, year)
        }
    }

    /// Targets stated without a number: one per indicator of a list (`万元生产总值能耗、
    /// 单位生产总值二氧化碳排放、主要污染物排放控制在国家下达指标内`).
    fn note_targets(
        &self,
        ind: (usize, usize),
        note: (usize, usize),
        sentence: usize,
    ) -> Vec<Target> {
        let text = self.para.text.as_str();
        let words = &text[note.0..note.1];
        let comparator = if words.starts_with("控制在") {
            Comparator::Le
        } else {
            Comparator::Eq
        };
        let (status, year) = self.status_and_year(sentence, note.0);
        let mut parts = Vec::new();
        let mut s = ind.0;
        for (i, c) in text[ind.0..ind.1].char_indices() {
            if c == '、' {
                parts.push((s, ind.0 + i));
                s = ind.0 + i + c.len_utf8();
            }
        }
        parts.push((s, ind.1));
        parts
            .into_iter()
            .filter(|(s, e)| e > s)
            .map(|part| Target {
                comparator,
                note: Some(words.to_string()),
                ..self.target(part, part.0, note.1, None, status, year)
            })
            .collect()
    }

    /// A target with the fields every kind shares; the caller fills in the rest.
    fn target(
        &self,
        ind: (usize, usize),
        start: usize,
        end: usize,
        value: Option<Value>,
        status: Status,
        year: Option<i32>,
    ) -> Target {
        let text = self.para.text.as_str();
        let indicator = text[ind.0..ind.1].trim().to_string();
        let words: Vec<&str> = self
            .tokens
            .iter()
            .filter(|t| t.start as usize >= ind.0 && t.end as usize <= ind.1)
            .map(|t| &text[t.start as usize..t.end as usize])
            .collect();
        let span = self.doc.span(&self.para.map, start, end);
        Target {
            id: String::new(),
            section: self.outline.section_id_at_line(span.line.saturating_sub(1)),
            canonical: indicators::canonical(&indicator, &words).map(str::to_string),
            indicator: Some(indicator),
            value,
            unit: None,
            normalized: None,
            kind: TargetKind::Level,
            comparator: Comparator::Eq,
            year,
            base: None,
            status,
            binding: None,
            origin: Origin::Prose,
            cumulative: false,
            note: None,
            evidence: self.doc.evidence(&self.para.map, start, end).to_string(),
            span,
        }
    }

    /// Status and year of a value at byte `at` in the sentence starting at `sentence`.
    fn status_and_year(&self, sentence: usize, at: usize) -> (Status, Option<i32>) {
        let text = self.para.text.as_str();
        let sentence_text = &text[sentence..sentence_end(text, at)];
        let in_text = year::from_text(text, &self.spans, at);
        let deadline = matches!(in_text, Some((_, TimeSpanKind::Deadline)));
        let fallback = if self.meta.kind == DocKind::GovernmentWorkReport {
            Status::Actual
        } else {
            Status::Target
        };
        let status = classify::status(sentence_text, &self.titles, deadline, fallback);
        let year = in_text
            .map(|(y, _)| y)
            .or_else(|| year::from_titles(&self.titles))
            .or_else(|| year::from_period(self.meta, status));
        (status, year)
    }
}

/// Text between two values of one list: `和`, `、`, `及` (`分别增长4%和8.1%`).
fn is_list_joint(between: &str) -> bool {
    let t = between.trim_matches([' ', '\t', '、', ',', '，']);
    t.is_empty() || matches!(t, "和" | "及" | "与" | "以及")
}

/// Byte where the sentence holding byte `at` starts.
fn sentence_start(text: &str, at: usize) -> usize {
    text[..at]
        .rfind(SENTENCE_END)
        .map_or(0, |i| i + char_len(text, i))
}

/// Byte where the sentence holding byte `at` ends (exclusive of its end mark).
fn sentence_end(text: &str, at: usize) -> usize {
    text[at..].find(SENTENCE_END).map_or(text.len(), |i| at + i)
}

/// Byte where the clause holding byte `at` starts.
fn clause_start(text: &str, at: usize) -> usize {
    text[..at]
        .rfind(|c| SENTENCE_END.contains(&c) || CLAUSE_END.contains(&c))
        .map_or(0, |i| i + char_len(text, i))
}

/// Byte where the clause holding byte `at` ends.
fn clause_end(text: &str, at: usize) -> usize {
    text[at..]
        .find(|c| SENTENCE_END.contains(&c) || CLAUSE_END.contains(&c))
        .map_or(text.len(), |i| at + i)
}

fn char_len(text: &str, i: usize) -> usize {
    text[i..].chars().next().map_or(1, char::len_utf8)
}
