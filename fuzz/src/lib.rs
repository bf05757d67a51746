//! What the fuzz targets share: one tokenizer for the whole run and the checks every output must
//! pass (spans inside the source, evidence equal to its slice, JSON that parses back).

use plancorpus::analysis::Analysis;
use plancorpus::meta::Meta;
use plancorpus::model::{Document, Span};
use plancorpus::normalize::Normalized;
use plancorpus::segment::Outline;
use plancorpus::{Context, emit, meta, segment};
use std::sync::LazyLock;

/// Built once per fuzzing process (about 100 ms), like the CLI does once per run.
pub static CTX: LazyLock<Context> = LazyLock::new(Context::new);

/// A document taken up to the outline, ready for any extractor.
pub struct Prepared {
    pub doc: Normalized,
    pub meta: Meta,
    pub tokens: Analysis,
    pub outline: Outline,
}

pub fn prepare(text: &str) -> Prepared {
    let doc = Normalized::new(text.to_string());
    let meta = meta::read(&doc);
    let tokens = Analysis::new(&doc, &CTX);
    let outline = segment::segment(&doc, &meta, &tokens, &CTX);
    Prepared {
        doc,
        meta,
        tokens,
        outline,
    }
}

/// The span lies in the source; `evidence`, when the contract ties it to the span, equals the
/// slice exactly.
pub fn check_span(text: &str, span: &Span, evidence: Option<&str>) {
    let chars = text.chars().count();
    assert!(span.start <= span.end && span.end <= chars, "{span:?} outside {chars} chars");
    assert!(span.line >= 1, "{span:?}");
    if let Some(e) = evidence {
        let slice: String = text.chars().skip(span.start).take(span.end - span.start).collect();
        assert_eq!(e, slice, "evidence differs from the source slice at {span:?}");
    }
}

/// Every span of a document, and its JSON forms.
pub fn check_document(doc: &Document, text: &str) {
    for s in &doc.sections {
        check_span(text, &s.span, None);
    }
    for t in &doc.tables {
        check_span(text, &t.span, None);
    }
    for b in &doc.boxes {
        check_span(text, &b.span, None);
    }
    for t in &doc.targets {
        check_span(text, &t.span, Some(&t.evidence));
    }
    for p in &doc.projects {
        check_span(text, &p.span, Some(&p.name));
    }
    for t in &doc.time_spans {
        check_span(text, &t.span, Some(&t.text));
    }
    for g in &doc.glossary {
        check_span(text, &g.span, Some(&g.term));
    }
    let line = emit::to_json_line(doc);
    assert!(line.ends_with('\n') && !line[..line.len() - 1].contains('\n'));
    let pretty = emit::to_pretty_json(doc);
    assert!(pretty.starts_with('{'));
}
