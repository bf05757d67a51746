//! Arbitrary UTF-8 through the outline: sections nest, spans lie in the source.
#![no_main]

use libfuzzer_sys::fuzz_target;
use plancorpus_fuzz::{check_span, prepare};

fuzz_target!(|text: &str| {
    let p = prepare(text);
    let src = p.doc.source.as_str();
    for s in &p.outline.sections {
        check_span(src, &s.span, None);
        if let Some(parent) = &s.parent {
            assert!(p.outline.sections.iter().any(|x| &x.id == parent), "{parent} missing");
        }
    }
    assert_eq!(p.outline.line_section.len(), p.doc.lines.len());
});
