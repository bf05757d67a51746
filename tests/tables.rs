//! Indicator tables against rows written by reading the source documents
//! (`fixtures/tables/*.toml`; see the conventions at the top of the 001 file).
//!
//! Checks, for every case file:
//! - every expected row is a row of the table that starts at the given line, with the same
//!   filled cells in the same order;
//! - every number of those rows' value cells is the value or the base value of a table target of
//!   that row's indicator;
//! - the `[[target]]` cases match field by field;
//! - every table target's span slices the source exactly to its evidence.
//!
//! Rows listed in a file's `known_gaps` (by their indicator cell) are reported, not failed.

use plancorpus::model::{Document, Origin, Target, Value};
use std::path::Path;
use std::sync::LazyLock;

static CTX: LazyLock<plancorpus::Context> = LazyLock::new(plancorpus::Context::new);

/// The document `doc` names: a file of `fixtures/docs/`, or a path from there
/// (`../variants/…`).
fn load(doc: &str) -> (Document, String) {
    let path = format!("fixtures/docs/{doc}");
    let bytes = std::fs::read(&path).expect("fixture document");
    let d = plancorpus::process(&bytes, &path, &CTX).expect("processed");
    let text = String::from_utf8(bytes).unwrap_or_default();
    (d, text)
}

fn cases() -> Vec<(String, toml::Table)> {
    let mut files: Vec<_> = std::fs::read_dir("fixtures/tables")
        .expect("fixtures/tables")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| {
            let s = std::fs::read_to_string(p).expect("readable");
            let t: toml::Table = toml::from_str(&s).unwrap_or_else(|e| panic!("{p:?}: {e}"));
            (name(p), t)
        })
        .collect()
}

fn name(p: &Path) -> String {
    p.file_name()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn strs(v: &toml::Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// The number a value cell states (`7左右` → 7, `<[10]` → 10, `(8800)` → 8800), if it is one.
fn cell_number(cell: &str) -> Option<f64> {
    let re = regex::Regex::new(
        r"^(?:不低于|不高于|低于|高于|约|≥|≤|>|<)?[\[〔【(]?(?:≥|≤|>|<)?(-?\d+(?:\.\d+)?)%?(?:左右|以上|以内|以下)?[\]〕】)]?(?:左右|以上|以内|以下)?[∗*]?(?:[、,].*)?$",
    )
    .expect("valid regex");
    re.captures(cell)?.get(1)?.as_str().parse().ok()
}

fn is_label(cell: &str) -> bool {
    cell_number(cell).is_none()
        && !matches!(cell, "-" | "—" | "预期性" | "约束性")
        && cell.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// Whether cell `k` of a row is its serial number (Beijing `类别 序号 指标 …`): a number after
/// label cells only and before a label, not a value.
fn is_serial(row: &[String], k: usize) -> bool {
    row[..k].iter().all(|c| is_label(c))
        && row.get(k + 1).is_some_and(|c| is_label(c))
        && row[k].chars().all(|c| c.is_ascii_digit())
}

fn value_of(t: &Target) -> Option<f64> {
    match &t.value {
        Some(Value::Number(v)) => Some(*v),
        _ => None,
    }
}

/// Whether target `t` belongs to a row whose label cells are `labels`.
fn of_row(t: &Target, labels: &[&String]) -> bool {
    let Some(ind) = t.indicator.as_deref() else {
        return false;
    };
    let parts: Vec<&str> = ind.split(['(', ')']).filter(|p| !p.is_empty()).collect();
    labels.iter().any(|l| parts.iter().any(|p| l.contains(p)))
}

#[test]
fn tables_match_rows_read_from_the_source() {
    let mut failures = Vec::new();
    let mut report = Vec::new();
    for (file, case) in cases() {
        let doc = case["doc"].as_str().expect("doc");
        let (d, _) = load(doc);
        let gaps = case.get("known_gaps").map(strs).unwrap_or_default();
        let tables = case
            .get("table")
            .and_then(|t| t.as_array())
            .cloned()
            .unwrap_or_default();
        let (mut rows_found, mut rows_total, mut nums_found, mut nums_total) = (0, 0, 0, 0);
        for exp in &tables {
            let line = exp["line"].as_integer().expect("line") as usize;
            let Some(tab) = d.tables.iter().find(|t| t.span.line.abs_diff(line) <= 2) else {
                failures.push(format!("{file}: no table at line {line}"));
                continue;
            };
            if let Some(c) = exp.get("caption").and_then(|c| c.as_str())
                && tab.caption.as_deref() != Some(c)
            {
                failures.push(format!(
                    "{file} line {line}: caption {:?} != {c:?}",
                    tab.caption
                ));
            }
            let lines = tab.span.line..tab.span.line + 400;
            let targets: Vec<&Target> = d
                .targets
                .iter()
                .filter(|t| t.origin == Origin::Table && lines.contains(&t.span.line))
                .collect();
            for row in exp["rows"].as_array().expect("rows") {
                let want: Vec<String> = strs(row).into_iter().filter(|c| !c.is_empty()).collect();
                rows_total += 1;
                let found = tab.rows.iter().any(|r| {
                    r.iter()
                        .filter(|c| !c.is_empty())
                        .cloned()
                        .collect::<Vec<_>>()
                        == want
                });
                let labels: Vec<&String> = want.iter().filter(|c| is_label(c)).collect();
                let key = labels.last().map(|s| s.to_string()).unwrap_or_default();
                let gap = gaps.contains(&key);
                if found {
                    rows_found += 1;
                } else if gap {
                    report.push(format!("{file}: known gap, row {want:?}"));
                } else {
                    failures.push(format!("{file} line {line}: row not found {want:?}"));
                }
                for (k, cell) in want.iter().enumerate() {
                    if is_label(cell) || is_serial(&want, k) {
                        continue;
                    }
                    let Some(n) = cell_number(cell) else { continue };
                    nums_total += 1;
                    let ok = targets.iter().any(|t| {
                        of_row(t, &labels)
                            && (value_of(t) == Some(n)
                                || t.base.as_ref().is_some_and(|b| b.value == n))
                    });
                    if ok {
                        nums_found += 1;
                    } else if !gap {
                        failures.push(format!("{file} line {line}: {n} of {key} is no target"));
                    }
                }
            }
        }
        report.push(format!(
            "{file}: {} tables, rows {rows_found}/{rows_total}, numbers as targets {nums_found}/{nums_total}, {} table targets",
            d.tables.len(),
            d.targets.iter().filter(|t| t.origin == Origin::Table).count()
        ));
    }
    eprintln!("{}", report.join("\n"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn target_cases_match() {
    let mut failures = Vec::new();
    for (file, case) in cases() {
        let doc = case["doc"].as_str().expect("doc");
        let (d, _) = load(doc);
        for exp in case
            .get("target")
            .and_then(|t| t.as_array())
            .cloned()
            .unwrap_or_default()
        {
            let line = exp["line"].as_integer().expect("line") as usize;
            let ind = exp["indicator"].as_str().expect("indicator");
            let candidates: Vec<&Target> = d
                .targets
                .iter()
                .filter(|t| t.origin == Origin::Table && t.span.line == line)
                .filter(|t| t.indicator.as_deref() == Some(ind))
                .collect();
            let matches = |t: &Target| -> Vec<String> {
                let json = serde_json::to_value(t).expect("serializable");
                let mut bad = Vec::new();
                for (k, v) in exp.as_table().into_iter().flatten() {
                    let got = match k.as_str() {
                        "line" | "indicator" => continue,
                        "base" => json["base"]["value"].clone(),
                        "base_year" => json["base"]["year"].clone(),
                        _ => json[k.as_str()].clone(),
                    };
                    let want = serde_json::to_value(v).expect("toml to json");
                    let same = match (got.as_f64(), want.as_f64()) {
                        (Some(a), Some(b)) => (a - b).abs() < 1e-9,
                        _ => got == want,
                    };
                    if !same {
                        bad.push(format!("{k}: got {got}, want {want}"));
                    }
                }
                bad
            };
            if !candidates.iter().any(|t| matches(t).is_empty()) {
                let why: Vec<String> = candidates.iter().map(|t| matches(t).join(", ")).collect();
                failures.push(format!("{file} line {line} {ind}: {why:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn table_target_spans_slice_the_source_to_their_evidence() {
    // Every document a case file names, the HTML variant included.
    let docs: Vec<String> = cases()
        .iter()
        .map(|(_, c)| c["doc"].as_str().expect("doc").to_string())
        .collect();
    assert!(docs.len() >= 5, "{docs:?}");
    for doc in &docs {
        let (d, text) = load(doc);
        let chars: Vec<char> = text.chars().collect();
        for t in d.targets.iter().filter(|t| t.origin == Origin::Table) {
            let slice: String = chars[t.span.start..t.span.end].iter().collect();
            assert_eq!(slice, t.evidence, "{doc}: {t:?}");
            assert!(t.id.starts_with('t'), "{doc}: ids are numbered");
        }
        for tab in &d.tables {
            assert!(tab.span.start < tab.span.end, "{doc}: {tab:?}");
        }
    }
}

#[test]
fn boxed_prose_in_pipes_is_not_a_table() {
    // 001 专栏 6-2 (line 615) and 7-3 (line 655): one cell of prose each.
    let (d, _) = load("001_yining_14th_fyp.txt");
    assert!(d.tables.iter().all(|t| t.span.line < 600), "{:?}", d.tables);
}
