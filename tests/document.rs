//! Document-level behaviour over every fixture: the fields read from the opening lines, the
//! schema, encodings, and the provenance invariant for every extracted item (schema and
//! provenance over the markup variants of `fixtures/variants/` too).

mod common;

use common::{all_docs, fixture, fixture_docs, processed, root, source_text};
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
    for path in all_docs() {
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

/// CONTRACT.md "Offsets": every item's span slices the decoded source to its evidence exactly,
/// in every fixture and variant.
#[test]
fn every_span_slices_the_source_to_its_evidence() {
    for path in all_docs() {
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

/// The same document typed differently gives the same items: with CRLF line ends, with
/// full-width digits (`２０２４年`, common in Word exports), as a web page's `<p>` paragraphs,
/// and without markdown `#` marks (which converters apply at random; levels come from ordinal
/// markers). Only offsets, the source's own forms of text (compared after NFKC, without `<p>`
/// tags, with `\r\n` read as `\n`) and `source` may differ.
///
/// This found two real bugs: a work report's `２０２４年工作回顾` division did not set the year
/// of its targets (section titles keep the source's full-width digits), and a line opening with
/// `<p>` hid its indentation and markdown bullet (004's one-cell-a-line tables were lost).
#[test]
fn retyped_documents_give_the_same_items() {
    /// A name and the retyping of a source text.
    type Retyping = (&'static str, fn(&str) -> String);
    let variants: [Retyping; 4] = [
        ("CRLF", |t| t.replace('\n', "\r\n")),
        ("full-width digits", |t| {
            t.chars()
                .map(|c| match c {
                    '0'..='9' => char::from_u32(c as u32 + 0xFEE0).unwrap(),
                    c => c,
                })
                .collect()
        }),
        ("HTML paragraphs", |t| {
            t.lines()
                .map(|l| match l.trim_start().chars().next() {
                    None | Some('|' | '#') => l.to_string(),
                    _ => format!("<p>{l}</p>"),
                })
                .collect::<Vec<_>>()
                .join("\n")
        }),
        ("no markdown #", |t| {
            t.lines()
                .map(|l| l.trim_start_matches([' ', '#']))
                .collect::<Vec<_>>()
                .join("\n")
        }),
    ];
    let mut applied = [0; 4];
    for name in [
        "gwr_2025_guangdong.txt",
        "004_tacheng_13th_fyp.txt",
        "003_xinjiang_13th_fyp.txt",
    ] {
        let path = fixture(name);
        let original = comparable(&processed(&path));
        let text = source_text(&path);
        for (i, (variant, retype)) in variants.iter().enumerate() {
            let retyped = retype(&text);
            if retyped == text {
                continue;
            }
            applied[i] += 1;
            let doc = plancorpus::process(retyped.as_bytes(), name, common::ctx())
                .expect("retyped document processes");
            let got = comparable(&doc);
            for (field, want) in original.as_object().unwrap() {
                assert!(got[field] == *want, "{name}, {variant}: `{field}` differs");
            }
        }
    }
    assert!(!applied.contains(&0), "every variant retypes a document");
}

/// A document as JSON without what a retyping may change: `source`, offsets (`span`, `line`,
/// `lines`), and the source forms of text (folded by NFKC, without `<p>` tags, `\r\n` as `\n`).
fn comparable(doc: &plancorpus::Document) -> serde_json::Value {
    use serde_json::Value;
    use unicode_normalization::UnicodeNormalization;
    fn fold(v: Value) -> Value {
        match v {
            Value::Object(m) => Value::Object(
                m.into_iter()
                    .filter(|(k, _)| !matches!(k.as_str(), "span" | "line" | "lines"))
                    .map(|(k, v)| (k, fold(v)))
                    .collect(),
            ),
            Value::Array(a) => Value::Array(a.into_iter().map(fold).collect()),
            Value::String(s) => Value::String(
                s.replace("\r\n", "\n")
                    .replace("<p>", "")
                    .replace("</p>", "")
                    .nfkc()
                    .collect(),
            ),
            v => v,
        }
    }
    let mut v = serde_json::to_value(doc).unwrap();
    v.as_object_mut().unwrap().remove("source");
    fold(v)
}
