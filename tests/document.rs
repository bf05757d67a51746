//! Document-level behaviour over every fixture: the fields read from the opening lines, the
//! schema, encodings, and the provenance invariant for every extracted item.

mod common;

use common::{fixture, fixture_docs, processed, root, source_text};
use serde::Deserialize;

#[derive(Deserialize)]
struct MetaCases {
    doc: Vec<MetaCase>,
}

#[derive(Deserialize)]
struct MetaCase {
    file: String,
    title: String,
    kind: String,
    region: Option<String>,
    period: Vec<toml::Value>,
}

#[test]
fn title_kind_region_period_match_reading() {
    let text = std::fs::read_to_string(root().join("fixtures/meta/documents.toml")).unwrap();
    let cases: MetaCases = toml::from_str(&text).unwrap();
    assert_eq!(
        cases.doc.len(),
        fixture_docs().len(),
        "one case per fixture document"
    );
    let mut wrong = Vec::new();
    for c in &cases.doc {
        let d = processed(&fixture(&c.file));
        let kind = serde_json::to_value(d.kind).unwrap();
        let period = d
            .period
            .as_ref()
            .map(|p| (p.name.clone(), p.start_year as i64, p.end_year as i64));
        let want_period = match c.period.as_slice() {
            [] => None,
            [n, s, e] => Some((
                n.as_str().unwrap().to_string(),
                s.as_integer().unwrap(),
                e.as_integer().unwrap(),
            )),
            other => panic!("{}: bad period {other:?}", c.file),
        };
        if d.title.as_deref() != Some(c.title.as_str())
            || kind != c.kind
            || d.region != c.region
            || period != want_period
        {
            wrong.push(format!(
                "{}: got {:?} {} {:?} {:?}",
                c.file, d.title, kind, d.region, period
            ));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn every_fixture_output_is_schema_valid() {
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("schema/corpus.schema.json")).unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).expect("schema compiles");
    for path in fixture_docs() {
        let doc = serde_json::to_value(processed(&path)).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&doc)
            .take(5)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{}: {errors:#?}", path.display());
    }
}

/// The GB18030 and UTF-16 copies give the same document as their UTF-8 original, except
/// `source.encoding`, `source.bytes`, `source.sha256` (and the id and path, which name the file).
#[test]
fn other_encodings_give_the_same_document() {
    let cases = [
        (
            "000_yining_12th_fyp.gb18030.txt",
            "000_yining_12th_fyp.txt",
            "GB18030",
        ),
        (
            "000_yining_12th_fyp.utf16le.txt",
            "000_yining_12th_fyp.txt",
            "UTF-16LE",
        ),
        (
            "002_yining_gwr_2023.utf16be.txt",
            "002_yining_gwr_2023.txt",
            "UTF-16BE",
        ),
    ];
    for (copy, original, encoding) in cases {
        let mut a = processed(&root().join("fixtures/encodings").join(copy));
        let b = processed(&fixture(original));
        assert_eq!(a.source.encoding, encoding);
        assert_ne!(a.source.sha256, b.source.sha256);
        a.source.encoding = b.source.encoding.clone();
        a.source.bytes = b.source.bytes;
        a.source.sha256 = b.source.sha256.clone();
        a.source.path = b.source.path.clone();
        a.doc_id = b.doc_id.clone();
        assert!(a == b, "{copy} differs from {original}");
    }
}

/// CONTRACT.md "Offsets": every item's span slices the decoded source to its evidence exactly.
#[test]
fn every_span_slices_the_source_to_its_evidence() {
    for path in fixture_docs() {
        let d = processed(&path);
        let text = source_text(&path);
        let n = text.chars().count();
        let name = path.display();
        // Byte offset of every char, so that each slice costs O(1), not a scan of the document.
        let bounds: Vec<usize> = text
            .char_indices()
            .map(|(b, _)| b)
            .chain([text.len()])
            .collect();
        let slice = |start: usize, end: usize| &text[bounds[start]..bounds[end]];
        for t in &d.targets {
            assert_eq!(
                slice(t.span.start, t.span.end),
                t.evidence,
                "{name} target {}",
                t.id
            );
        }
        for p in &d.projects {
            assert_eq!(
                slice(p.span.start, p.span.end),
                p.name,
                "{name} project {}",
                p.id
            );
        }
        for s in &d.time_spans {
            assert_eq!(slice(s.span.start, s.span.end), s.text, "{name} time span");
        }
        for g in &d.glossary {
            assert_eq!(slice(g.span.start, g.span.end), g.term, "{name} glossary");
        }
        let spans = d
            .sections
            .iter()
            .map(|s| s.span)
            .chain(d.tables.iter().map(|t| t.span))
            .chain(d.boxes.iter().map(|b| b.span));
        for sp in spans {
            assert!(
                sp.start < sp.end && sp.end <= n,
                "{name}: span {sp:?} out of bounds"
            );
            let line = text.chars().take(sp.start).filter(|&c| c == '\n').count() + 1;
            assert_eq!(sp.line, line, "{name}: span {sp:?} line");
        }
    }
}
