//! Time spans against hand-checked cases (`fixtures/timespans/cases.toml`, written by reading
//! the documents): each case's text must be a time span on its line with the given kind and years.

use plancorpus::model::Document;
use plancorpus::{Context, process};
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Debug, Deserialize)]
struct CaseFile {
    case: Vec<Case>,
    #[serde(default)]
    absent: Vec<Absent>,
}

#[derive(Debug, Deserialize)]
struct Case {
    document: String,
    line: usize,
    text: String,
    kind: String,
    start_year: Option<i32>,
    end_year: Option<i32>,
}

#[derive(Debug, Deserialize)]
struct Absent {
    document: String,
    line: usize,
    text: String,
}

fn docs<'a>(names: impl Iterator<Item = &'a String>, ctx: &Context) -> BTreeMap<String, Document> {
    let mut out = BTreeMap::new();
    for name in names {
        if out.contains_key(name) {
            continue;
        }
        // `variants/…` names a retyped document of `fixtures/variants/`; a bare name, a fixture.
        let path = if name.contains('/') {
            format!("fixtures/{name}.txt")
        } else {
            format!("fixtures/docs/{name}.txt")
        };
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        out.insert(
            name.clone(),
            process(&bytes, &path, ctx).expect("processed"),
        );
    }
    out
}

#[test]
fn time_span_cases() {
    let text = std::fs::read_to_string("fixtures/timespans/cases.toml").expect("cases");
    let cases: CaseFile = toml::from_str(&text).expect("valid toml");
    let ctx = Context::new();
    let docs = docs(
        cases
            .case
            .iter()
            .map(|c| &c.document)
            .chain(cases.absent.iter().map(|a| &a.document)),
        &ctx,
    );
    let mut failures = Vec::new();
    for c in &cases.case {
        let found = docs[&c.document]
            .time_spans
            .iter()
            .find(|t| t.span.line == c.line && t.text == c.text);
        match found {
            None => failures.push(format!(
                "{} line {}: no time span «{}»; on that line: {:?}",
                c.document,
                c.line,
                c.text,
                docs[&c.document]
                    .time_spans
                    .iter()
                    .filter(|t| t.span.line == c.line)
                    .map(|t| &t.text)
                    .collect::<Vec<_>>()
            )),
            Some(t) => {
                let kind = serde_json::to_value(t.kind).expect("serializes");
                if kind.as_str() != Some(c.kind.as_str())
                    || t.start_year != c.start_year
                    || t.end_year != c.end_year
                {
                    failures.push(format!(
                        "{} line {} «{}»: got {kind} {:?}–{:?}, want {} {:?}–{:?}",
                        c.document,
                        c.line,
                        c.text,
                        t.start_year,
                        t.end_year,
                        c.kind,
                        c.start_year,
                        c.end_year
                    ));
                }
            }
        }
    }
    for a in &cases.absent {
        if let Some(t) = docs[&a.document]
            .time_spans
            .iter()
            .find(|t| t.span.line == a.line && t.text.contains(&a.text))
        {
            failures.push(format!("{} line {}: unexpected {t:?}", a.document, a.line));
        }
    }
    println!("{} cases, {} failures", cases.case.len(), failures.len());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
