//! Stage 5: documents to JSON. Output is deterministic: struct fields in contract order, lists in
//! document order, floats in their shortest round-trip form.

use crate::model::Document;

/// One document as pretty JSON (what `plancorpus extract FILE` prints), with a final newline.
pub fn to_pretty_json(doc: &Document) -> String {
    let mut s = serde_json::to_string_pretty(doc).expect("documents always serialize");
    s.push('\n');
    s
}

/// One document as one compact JSON line (`--jsonl`, `corpus.jsonl`), with a final newline.
pub fn to_json_line(doc: &Document) -> String {
    let mut s = serde_json::to_string(doc).expect("documents always serialize");
    s.push('\n');
    s
}
