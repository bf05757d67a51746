//! Glossary entries against expectations written by reading (`fixtures/glossary/*.toml`): the
//! same number of entries, and each entry's term, definition and line. Definitions are compared
//! after NFKC folding (the extractor reports them from cleaned text); terms exactly.

use serde::Deserialize;
use unicode_normalization::UnicodeNormalization;

#[derive(Deserialize)]
struct Case {
    doc: String,
    entries: Vec<Entry>,
}

#[derive(Deserialize)]
struct Entry {
    line: usize,
    term: String,
    /// Checked when given.
    definition: Option<String>,
}

fn fold(s: &str) -> String {
    s.nfkc().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn glossaries_match_reading() {
    let mut files: Vec<_> = std::fs::read_dir("fixtures/glossary")
        .expect("fixtures/glossary")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    assert!(!files.is_empty());
    let ctx = plancorpus::Context::new();
    for f in files {
        let case: Case = toml::from_str(&std::fs::read_to_string(&f).expect("read")).expect("toml");
        let path = format!("fixtures/docs/{}.txt", case.doc);
        let bytes = std::fs::read(&path).expect("doc");
        let doc = plancorpus::process(&bytes, &path, &ctx).expect("processed");
        let got: Vec<(usize, &str)> = doc
            .glossary
            .iter()
            .map(|g| (g.span.line, g.term.as_str()))
            .collect();
        println!(
            "{}: {} entries expected, {} found",
            case.doc,
            case.entries.len(),
            got.len()
        );
        assert_eq!(got.len(), case.entries.len(), "{}: {got:?}", case.doc);
        for (e, g) in case.entries.iter().zip(&doc.glossary) {
            assert_eq!(
                (g.span.line, g.term.as_str()),
                (e.line, e.term.as_str()),
                "{}",
                case.doc
            );
            if let Some(d) = &e.definition {
                assert_eq!(fold(&g.definition), fold(d), "{}: {}", case.doc, e.term);
            }
        }
    }
}
