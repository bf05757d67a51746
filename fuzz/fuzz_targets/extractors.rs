//! Arbitrary UTF-8 through each extractor on its own (tables, projects, targets, time spans,
//! glossary), then through `extract::run`: items' spans and evidence must hold.
#![no_main]

use libfuzzer_sys::fuzz_target;
use plancorpus::extract;
use plancorpus_fuzz::{CTX, check_span, prepare};

fuzz_target!(|text: &str| {
    let p = prepare(text);
    let src = p.doc.source.as_str();
    let tabs = extract::tables::extract(&p.doc, &p.meta, &p.outline, &p.tokens, &CTX);
    for t in &tabs.tables {
        check_span(src, &t.span, None);
    }
    for r in &tabs.claimed_lines {
        assert!(r.start <= r.end && r.end <= p.doc.lines.len(), "{r:?}");
    }
    let boxed = extract::projects::extract(&p.doc, &p.outline, &tabs.claimed_lines, &tabs.grids);
    for b in &boxed.boxes {
        check_span(src, &b.span, None);
    }
    for x in &boxed.projects {
        check_span(src, &x.span, Some(&x.name));
    }
    let spans = extract::timespans::find_all(&p.doc, &p.meta);
    let (text, goals, progress) = extract::text_tables(&tabs);
    let prose = extract::targets::extract(
        &p.doc,
        &p.meta,
        &p.outline,
        &p.tokens,
        &spans,
        extract::targets::TableLines {
            claimed: &tabs.claimed_lines,
            text: &text,
            goals: &goals,
            progress: &progress,
        },
        &CTX,
    );
    for t in prose.targets.iter().chain(&tabs.targets) {
        check_span(src, &t.span, Some(&t.evidence));
    }
    for t in extract::timespans::extract(&p.doc, &p.meta) {
        check_span(src, &t.span, Some(&t.text));
    }
    for g in extract::glossary::extract(&p.doc, &p.outline) {
        check_span(src, &g.span, Some(&g.term));
    }
    let all = extract::run(&p.doc, &p.meta, &p.outline, &p.tokens, &CTX);
    for t in &all.targets {
        check_span(src, &t.span, Some(&t.evidence));
    }
});
