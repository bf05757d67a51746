//! Arbitrary UTF-8 through normalize: every line's and paragraph's byte map points at source
//! bytes on char boundaries, and spans of whole lines and paragraphs slice the source.
#![no_main]

use libfuzzer_sys::fuzz_target;
use plancorpus::normalize::Normalized;
use plancorpus_fuzz::check_span;

fuzz_target!(|text: &str| {
    let doc = Normalized::new(text.to_string());
    let src = doc.source.as_str();
    for l in &doc.lines {
        assert_eq!(l.map.len(), l.text.len());
        assert!(l.map.iter().all(|&b| src.is_char_boundary(b as usize)));
        if !l.text.is_empty() {
            check_span(src, &doc.span(&l.map, 0, l.text.len()), None);
        }
    }
    for p in &doc.paragraphs {
        assert_eq!(p.map.len(), p.text.len());
        assert!(!p.lines.is_empty());
        if !p.text.is_empty() {
            check_span(src, &doc.span(&p.map, 0, p.text.len()), None);
        }
    }
});
