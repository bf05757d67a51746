//! The output contract (`../shared/CONTRACT.md`) as Rust types.
//!
//! Every type here serializes to exactly the field names of the contract; `schema/corpus.schema.json`
//! describes the same shapes and a test validates every fixture's output against it.

use serde::{Deserialize, Serialize};

/// Current `schema_version`; raise it when a named field changes meaning or type.
pub const SCHEMA_VERSION: u32 = 1;

/// Where an item's evidence lies in the decoded source: code points, `end` exclusive,
/// `line` 1-based line of `start`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub line: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocKind {
    FiveYearPlan,
    GovernmentWorkReport,
    Other,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Period {
    pub name: String,
    pub start_year: i32,
    pub end_year: i32,
}

impl Period {
    /// The period of one year, named by it (a work report's, a communiqué's).
    pub fn year(y: i32) -> Period {
        Period {
            name: y.to_string(),
            start_year: y,
            end_year: y,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    pub path: String,
    pub sha256: String,
    pub encoding: String,
    pub bytes: u64,
    pub chars: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Warning {
    pub code: String,
    pub message: String,
    pub line: Option<usize>,
}

impl Warning {
    pub fn new(code: &str, message: impl Into<String>, line: Option<usize>) -> Self {
        Warning {
            code: code.to_string(),
            message: message.into(),
            line,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SectionKind {
    Part,
    Chapter,
    Section,
    Heading,
    Preface,
    Appendix,
    Glossary,
    Toc,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Section {
    pub id: String,
    pub parent: Option<String>,
    pub level: u32,
    pub kind: SectionKind,
    pub number: Option<u32>,
    pub label: Option<String>,
    pub title: String,
    pub span: Span,
    pub keywords: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Table {
    pub id: String,
    pub section: Option<String>,
    pub caption: Option<String>,
    pub header: Vec<Vec<String>>,
    pub rows: Vec<Vec<String>>,
    pub span: Span,
}

/// A target's value: one number, or the parts of a ratio (三次产业比重 2.1:46.7:51.2).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Value {
    Number(f64),
    Ratio(Vec<f64>),
}

/// A value in base units: 94 亿元 → `{value: 9.4e9, unit: "CNY"}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NormalizedValue {
    pub value: f64,
    pub unit: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TargetKind {
    Level,
    Growth,
    AnnualGrowth,
    Change,
    Rate,
    Ratio,
    Count,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Comparator {
    #[serde(rename = "=")]
    Eq,
    #[serde(rename = ">=")]
    Ge,
    #[serde(rename = "<=")]
    Le,
    #[serde(rename = "~")]
    Approx,
    #[serde(rename = ">")]
    Gt,
    #[serde(rename = "<")]
    Lt,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Target,
    Actual,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Binding {
    Expected,
    Binding,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    Prose,
    Table,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Base {
    pub year: Option<i32>,
    pub value: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Target {
    pub id: String,
    pub section: Option<String>,
    pub indicator: Option<String>,
    pub canonical: Option<String>,
    pub value: Option<Value>,
    pub unit: Option<String>,
    pub normalized: Option<NormalizedValue>,
    pub kind: TargetKind,
    pub comparator: Comparator,
    pub year: Option<i32>,
    pub base: Option<Base>,
    pub status: Status,
    pub binding: Option<Binding>,
    pub origin: Origin,
    pub cumulative: bool,
    pub note: Option<String>,
    pub evidence: String,
    pub span: Span,
}

/// An amount of money as stated (总投资30.2亿元) with its base-unit form.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Money {
    pub value: f64,
    pub unit: String,
    pub normalized: Option<NormalizedValue>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Project {
    pub id: String,
    pub section: Option<String>,
    #[serde(rename = "box")]
    pub box_caption: Option<String>,
    pub group: Option<String>,
    pub name: String,
    /// Capacity or other attributes printed in parentheses after the name (3000 万吨/年).
    pub attributes: Option<String>,
    pub investment: Option<Money>,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BoxKind {
    Projects,
    Table,
    Text,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BoxedList {
    pub id: String,
    pub section: Option<String>,
    pub caption: String,
    pub kind: BoxKind,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TimeSpanKind {
    PlanPeriod,
    Range,
    Year,
    Deadline,
    Relative,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeSpan {
    pub text: String,
    pub kind: TimeSpanKind,
    pub start_year: Option<i32>,
    pub end_year: Option<i32>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GlossaryEntry {
    pub term: String,
    pub definition: String,
    pub span: Span,
}

/// One document of the corpus, as CONTRACT.md "Document" lists it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub schema_version: u32,
    pub doc_id: String,
    pub title: Option<String>,
    pub kind: DocKind,
    pub region: Option<String>,
    pub period: Option<Period>,
    pub source: Source,
    pub sections: Vec<Section>,
    pub tables: Vec<Table>,
    pub targets: Vec<Target>,
    pub projects: Vec<Project>,
    pub boxes: Vec<BoxedList>,
    pub time_spans: Vec<TimeSpan>,
    pub glossary: Vec<GlossaryEntry>,
    pub warnings: Vec<Warning>,
}
