//! The four CSV files of a corpus: `sections.csv`, `tables.csv` (one row per table row),
//! `targets.csv`, `projects.csv`.
//!
//! Every row starts with `doc_id` and `section_path`, the chain of headings from the top of the
//! document down to the item's section (`第二章 发展目标 > 一、主要指标`), so a row can be read
//! without the JSON. Files are UTF-8 with a byte-order mark, which Excel needs to open Chinese
//! text correctly (pandas' `encoding="utf-8-sig"` drops it). Numbers are written in their shortest
//! exact form (`9400000000`, `0.6`), lists as JSON arrays.
//!
//! A build writes each document's rows as a headerless fragment, then [`start_file`] writes the
//! byte-order mark and header and the fragments are appended in `doc_id` order: the same bytes as
//! one writer over all documents, without holding them all.

use crate::model::{Document, Section, Value};
use serde::Serialize;
use std::collections::HashMap;
use std::io::Write;

/// UTF-8 byte-order mark.
pub const BOM: &[u8] = "\u{feff}".as_bytes();

/// One of the CSV files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CsvFile {
    Sections,
    Tables,
    Targets,
    Projects,
}

impl CsvFile {
    pub const ALL: [CsvFile; 4] = [
        CsvFile::Sections,
        CsvFile::Tables,
        CsvFile::Targets,
        CsvFile::Projects,
    ];

    /// Base name without extension (`sections`).
    pub fn stem(self) -> &'static str {
        match self {
            CsvFile::Sections => "sections",
            CsvFile::Tables => "tables",
            CsvFile::Targets => "targets",
            CsvFile::Projects => "projects",
        }
    }

    /// File name in the corpus folder (`sections.csv`).
    pub fn file_name(self) -> String {
        format!("{}.csv", self.stem())
    }

    /// Column names.
    pub fn header(self) -> &'static [&'static str] {
        match self {
            CsvFile::Sections => &[
                "doc_id",
                "section_path",
                "id",
                "parent",
                "level",
                "kind",
                "number",
                "label",
                "title",
                "keywords",
                "line",
                "start",
                "end",
            ],
            CsvFile::Tables => &[
                "doc_id",
                "section_path",
                "section",
                "table",
                "caption",
                "row",
                "columns",
                "cells",
                "line",
            ],
            CsvFile::Targets => &[
                "doc_id",
                "section_path",
                "section",
                "id",
                "indicator",
                "canonical",
                "value",
                "unit",
                "normalized_value",
                "normalized_unit",
                "kind",
                "comparator",
                "year",
                "base_year",
                "base_value",
                "status",
                "binding",
                "origin",
                "cumulative",
                "note",
                "evidence",
                "line",
                "start",
                "end",
            ],
            CsvFile::Projects => &[
                "doc_id",
                "section_path",
                "section",
                "id",
                "box",
                "group",
                "name",
                "attributes",
                "investment_value",
                "investment_unit",
                "investment_normalized_value",
                "investment_normalized_unit",
                "line",
                "start",
                "end",
            ],
        }
    }
}

/// A CSV writer with the corpus's settings (no header: headers are written once by
/// [`start_file`]).
pub fn writer<W: Write>(w: W) -> csv::Writer<W> {
    csv::WriterBuilder::new().has_headers(false).from_writer(w)
}

/// Write the byte-order mark and the header of `file`.
pub fn start_file<W: Write>(file: CsvFile, mut w: W) -> std::io::Result<W> {
    w.write_all(BOM)?;
    let mut csv = writer(w);
    csv.write_record(file.header())?;
    csv.into_inner().map_err(|e| e.into_error())
}

/// Write the rows `doc` gives to `file`.
pub fn write_rows<W: Write>(
    doc: &Document,
    file: CsvFile,
    w: &mut csv::Writer<W>,
) -> csv::Result<()> {
    let paths = SectionPaths::new(&doc.sections);
    match file {
        CsvFile::Sections => section_rows(doc, &paths, w),
        CsvFile::Tables => table_rows(doc, &paths, w),
        CsvFile::Targets => target_rows(doc, &paths, w),
        CsvFile::Projects => project_rows(doc, &paths, w),
    }
}

fn section_rows<W: Write>(
    doc: &Document,
    paths: &SectionPaths,
    w: &mut csv::Writer<W>,
) -> csv::Result<()> {
    for s in &doc.sections {
        w.write_record([
            doc.doc_id.clone(),
            paths.path(Some(&s.id)),
            s.id.clone(),
            opt(&s.parent),
            s.level.to_string(),
            enum_str(&s.kind),
            s.number.map(|n| n.to_string()).unwrap_or_default(),
            opt(&s.label),
            s.title.clone(),
            s.keywords.join("、"),
            s.span.line.to_string(),
            s.span.start.to_string(),
            s.span.end.to_string(),
        ])?;
    }
    Ok(())
}

fn table_rows<W: Write>(
    doc: &Document,
    paths: &SectionPaths,
    w: &mut csv::Writer<W>,
) -> csv::Result<()> {
    for t in &doc.tables {
        let columns = json(&column_names(&t.header));
        for (i, row) in t.rows.iter().enumerate() {
            w.write_record([
                doc.doc_id.clone(),
                paths.path(t.section.as_deref()),
                opt(&t.section),
                t.id.clone(),
                opt(&t.caption),
                (i + 1).to_string(),
                columns.clone(),
                json(row),
                t.span.line.to_string(),
            ])?;
        }
    }
    Ok(())
}

fn target_rows<W: Write>(
    doc: &Document,
    paths: &SectionPaths,
    w: &mut csv::Writer<W>,
) -> csv::Result<()> {
    for t in &doc.targets {
        w.write_record([
            doc.doc_id.clone(),
            paths.path(t.section.as_deref()),
            opt(&t.section),
            t.id.clone(),
            opt(&t.indicator),
            opt(&t.canonical),
            t.value.as_ref().map(value_str).unwrap_or_default(),
            opt(&t.unit),
            t.normalized
                .as_ref()
                .map(|n| num(n.value))
                .unwrap_or_default(),
            t.normalized
                .as_ref()
                .map(|n| n.unit.clone())
                .unwrap_or_default(),
            enum_str(&t.kind),
            enum_str(&t.comparator),
            t.year.map(|y| y.to_string()).unwrap_or_default(),
            t.base
                .as_ref()
                .and_then(|b| b.year)
                .map(|y| y.to_string())
                .unwrap_or_default(),
            t.base.as_ref().map(|b| num(b.value)).unwrap_or_default(),
            enum_str(&t.status),
            t.binding.as_ref().map(enum_str).unwrap_or_default(),
            enum_str(&t.origin),
            t.cumulative.to_string(),
            opt(&t.note),
            t.evidence.clone(),
            t.span.line.to_string(),
            t.span.start.to_string(),
            t.span.end.to_string(),
        ])?;
    }
    Ok(())
}

fn project_rows<W: Write>(
    doc: &Document,
    paths: &SectionPaths,
    w: &mut csv::Writer<W>,
) -> csv::Result<()> {
    for p in &doc.projects {
        let inv = p.investment.as_ref();
        let inv_norm = inv.and_then(|m| m.normalized.as_ref());
        w.write_record([
            doc.doc_id.clone(),
            paths.path(p.section.as_deref()),
            opt(&p.section),
            p.id.clone(),
            opt(&p.box_caption),
            opt(&p.group),
            p.name.clone(),
            opt(&p.attributes),
            inv.map(|m| num(m.value)).unwrap_or_default(),
            inv.map(|m| m.unit.clone()).unwrap_or_default(),
            inv_norm.map(|n| num(n.value)).unwrap_or_default(),
            inv_norm.map(|n| n.unit.clone()).unwrap_or_default(),
            p.span.line.to_string(),
            p.span.start.to_string(),
            p.span.end.to_string(),
        ])?;
    }
    Ok(())
}

/// Section paths of one document, from the `parent` chain of `sections`.
pub struct SectionPaths<'a> {
    by_id: HashMap<&'a str, &'a Section>,
}

/// Separator between the headings of a section path.
pub const PATH_SEPARATOR: &str = " > ";

impl<'a> SectionPaths<'a> {
    pub fn new(sections: &'a [Section]) -> Self {
        SectionPaths {
            by_id: sections.iter().map(|s| (s.id.as_str(), s)).collect(),
        }
    }

    /// `第三篇 创新驱动 > 第八章 科技创新 > 一、加强基础研究` for the innermost section `id`;
    /// empty for an item outside any section. A broken chain (unknown or cyclic parent) stops
    /// where it breaks.
    pub fn path(&self, id: Option<&str>) -> String {
        let mut chain = Vec::new();
        let mut cur = id.and_then(|id| self.by_id.get(id));
        while let Some(s) = cur {
            if chain.len() > self.by_id.len() {
                break;
            }
            chain.push(heading(s));
            cur = s.parent.as_deref().and_then(|p| self.by_id.get(p));
        }
        chain.reverse();
        chain.join(PATH_SEPARATOR)
    }
}

/// A section as a path element: its label and title, separated by a space when the label ends
/// in a word character (`第八章 科技创新`) and joined when it ends in punctuation (`一、加强…`,
/// `(一)加快…`).
pub fn heading(s: &Section) -> String {
    heading_of(s.label.as_deref(), &s.title)
}

/// [`heading`] from its parts.
pub fn heading_of(label: Option<&str>, title: &str) -> String {
    match label {
        None | Some("") => title.to_string(),
        Some(l) if title.is_empty() => l.to_string(),
        Some(l) if l.chars().last().is_some_and(char::is_alphanumeric) => format!("{l} {title}"),
        Some(l) => format!("{l}{title}"),
    }
}

/// One name per column from a table's header rows: the non-empty cells of each column joined
/// with ` / ` (`["指标", "2015年 / 基期值"]`), repeated cells of merged headers given once.
fn column_names(header: &[Vec<String>]) -> Vec<String> {
    let width = header.iter().map(Vec::len).max().unwrap_or(0);
    (0..width)
        .map(|c| {
            let mut parts: Vec<&str> = Vec::new();
            for row in header {
                if let Some(cell) = row.get(c).map(|s| s.trim()).filter(|s| !s.is_empty())
                    && parts.last() != Some(&cell)
                {
                    parts.push(cell);
                }
            }
            parts.join(" / ")
        })
        .collect()
}

fn opt(s: &Option<String>) -> String {
    s.clone().unwrap_or_default()
}

/// A number in its shortest exact decimal form, never in exponent notation.
fn num(v: f64) -> String {
    format!("{v}")
}

/// A target's value: `12.5`, or a ratio `2.1:46.7:51.2`.
fn value_str(v: &Value) -> String {
    match v {
        Value::Number(n) => num(*n),
        Value::Ratio(parts) => parts.iter().map(|p| num(*p)).collect::<Vec<_>>().join(":"),
    }
}

/// The contract spelling of an enum (`annual_growth`, `>=`).
fn enum_str<T: Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

fn json<T: Serialize>(v: &T) -> String {
    serde_json::to_string(v).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{SectionKind, Span};

    fn section(id: &str, parent: Option<&str>, label: Option<&str>, title: &str) -> Section {
        Section {
            id: id.into(),
            parent: parent.map(Into::into),
            level: 1,
            kind: SectionKind::Chapter,
            number: None,
            label: label.map(Into::into),
            title: title.into(),
            span: Span {
                start: 0,
                end: 1,
                line: 1,
            },
            keywords: vec![],
        }
    }

    #[test]
    fn section_paths_follow_parents() {
        let sections = vec![
            section("s1", None, Some("第二章"), "发展目标"),
            section("s2", Some("s1"), Some("一、"), "主要指标"),
            section("s3", Some("s3"), None, "自己的父节"),
        ];
        let paths = SectionPaths::new(&sections);
        assert_eq!(paths.path(Some("s2")), "第二章 发展目标 > 一、主要指标");
        assert_eq!(paths.path(None), "");
        assert_eq!(paths.path(Some("missing")), "");
        assert!(paths.path(Some("s3")).starts_with("自己的父节"));
    }

    #[test]
    fn merged_header_rows_give_one_name_per_column() {
        let header = vec![
            vec!["指标".to_string(), "2015年".into(), "2015年".into()],
            vec!["".to_string(), "绝对值".into(), "增速".into()],
        ];
        assert_eq!(
            column_names(&header),
            ["指标", "2015年 / 绝对值", "2015年 / 增速"]
        );
    }

    #[test]
    fn numbers_are_plain_decimals() {
        assert_eq!(num(9.4e9), "9400000000");
        assert_eq!(num(0.6), "0.6");
        assert_eq!(
            value_str(&Value::Ratio(vec![2.1, 46.7, 51.2])),
            "2.1:46.7:51.2"
        );
    }
}
