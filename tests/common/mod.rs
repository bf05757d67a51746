//! Shared helpers for the integration tests: the fixture documents, one shared `Context`, and
//! each fixture processed once per test binary.
#![allow(dead_code)]

use plancorpus::{Context, Document};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{LazyLock, Mutex, OnceLock};

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every fixture document (`fixtures/docs/*.txt`), sorted.
pub fn fixture_docs() -> Vec<PathBuf> {
    txt_files("fixtures/docs")
}

/// The fixture documents, their markup variants (`fixtures/variants/*.txt`) and the written
/// probes (`fixtures/probes*/*.txt`, thirty-four rounds): what the document-wide invariants (schema,
/// provenance) run over.
pub fn all_docs() -> Vec<PathBuf> {
    let mut v = fixture_docs();
    v.extend(txt_files("fixtures/variants"));
    for round in [
        "probes", "probes2", "probes3", "probes4", "probes5", "probes6", "probes7", "probes8",
        "probes9", "probes10", "probes11", "probes12", "probes13", "probes14", "probes15",
        "probes16", "probes17", "probes18", "probes19", "probes20", "probes21", "probes22",
        "probes23", "probes24", "probes25", "probes26", "probes27", "probes28", "probes29",
        "probes30", "probes31", "probes32", "probes33", "probes34", "probes35", "probes36",
        "probes37", "probes38", "probes39", "probes40", "probes41", "probes42", "probes43",
        "probes44", "probes45", "probes46", "probes47", "probes48", "probes49", "probes50",
        "probes51", "probes52", "probes53", "probes54", "probes55", "probes56", "probes57",
        "probes58", "probes59", "probes60", "probes61", "probes62", "probes63", "probes64",
        "probes65", "probes66", "probes67",
    ] {
        v.extend(txt_files(&format!("fixtures/{round}")));
    }
    v
}

/// The `.txt` files of folder `dir` (from the repository root), sorted.
fn txt_files(dir: &str) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(root().join(dir))
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .map(|e| e.expect("readable dir entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    v.sort();
    v
}

/// The fixture document `name` under `fixtures/docs/`.
pub fn fixture(name: &str) -> PathBuf {
    root().join("fixtures/docs").join(name)
}

/// One tokenizer context for the whole test binary.
pub fn ctx() -> &'static Context {
    static CTX: OnceLock<Context> = OnceLock::new();
    CTX.get_or_init(Context::new)
}

static CACHE: LazyLock<Mutex<HashMap<PathBuf, Document>>> =
    LazyLock::new(|| Mutex::new(HashMap::new()));

/// The document of a fixture file, processed once per test binary.
pub fn processed(path: &Path) -> Document {
    if let Some(d) = CACHE.lock().expect("cache lock").get(path) {
        return d.clone();
    }
    let bytes = std::fs::read(path).expect("fixture readable");
    let name = path
        .file_name()
        .expect("file name")
        .to_string_lossy()
        .into_owned();
    let doc = plancorpus::process(&bytes, &name, ctx()).expect("fixture processes");
    CACHE
        .lock()
        .expect("cache lock")
        .insert(path.to_path_buf(), doc.clone());
    doc
}

/// The decoded source text of a fixture, as the contract's offsets count it.
pub fn source_text(path: &Path) -> String {
    let bytes = std::fs::read(path).expect("fixture readable");
    plancorpus::decode::decode(&bytes)
        .expect("fixture decodes")
        .text
}

/// `text[start..end]` in code points.
pub fn slice_chars(text: &str, start: usize, end: usize) -> String {
    text.chars()
        .skip(start)
        .take(end.saturating_sub(start))
        .collect()
}

/// The `doc_id` of every line of JSON Lines output (`corpus.jsonl`, `extract --jsonl`), in order.
pub fn jsonl_doc_ids(jsonl: &str) -> Vec<String> {
    jsonl
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("a JSON line");
            v["doc_id"].as_str().expect("a doc_id").to_string()
        })
        .collect()
}
