//! The fuzz targets of `fuzz/` on the stable toolchain: proptest feeds the same checks with
//! arbitrary bytes, with text drawn from the characters plan documents are made of (ordinal
//! markers, digits, units, pipes, tabs, boxes), and with mutated slices of the fixtures.
//!
//! `make test` runs a few hundred cases; a long run is
//! `PROPTEST_CASES=20000 cargo test --release --test fuzz_stable`.

use plancorpus::model::{Document, Span};
use plancorpus::normalize::Normalized;
use plancorpus::{Context, analysis::Analysis, emit, extract, meta, segment};
use proptest::prelude::*;
use std::sync::LazyLock;

static CTX: LazyLock<Context> = LazyLock::new(Context::new);

/// The fixture documents, decoded, to cut slices from.
static FIXTURES: LazyLock<Vec<String>> = LazyLock::new(|| {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/docs");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            plancorpus::decode::decode(&std::fs::read(p).unwrap())
                .unwrap()
                .text
        })
        .collect()
});

/// Characters of plan documents, markup and layout included.
const PLAN_TEXT: &str = "[第一二三四五六七八九十百千万亿〇零两章节篇条、（）()〔〕【】0-9０-９.．%％‰亿元万人公里平方米年月日到达增长提高以上以内左右约不低于控制在累计预期性约束性专栏项目工程总投资附件名词解释注释目录序言|｜\t\n\r 　:：,，。;；#*<>/-—~～·①②③]{0,300}";

fn check_span(chars: &[char], span: &Span, evidence: Option<&str>) -> Result<(), TestCaseError> {
    prop_assert!(
        span.start <= span.end && span.end <= chars.len(),
        "{span:?} outside {} chars",
        chars.len()
    );
    prop_assert!(span.line >= 1);
    if let Some(e) = evidence {
        let slice: String = chars[span.start..span.end].iter().collect();
        prop_assert_eq!(e, slice.as_str());
    }
    Ok(())
}

fn check_document(doc: &Document, text: &str) -> Result<(), TestCaseError> {
    let chars: Vec<char> = text.chars().collect();
    prop_assert_eq!(doc.source.chars as usize, chars.len());
    for s in &doc.sections {
        check_span(&chars, &s.span, None)?;
    }
    for t in &doc.tables {
        check_span(&chars, &t.span, None)?;
    }
    for b in &doc.boxes {
        check_span(&chars, &b.span, None)?;
    }
    for t in &doc.targets {
        check_span(&chars, &t.span, Some(&t.evidence))?;
    }
    for p in &doc.projects {
        check_span(&chars, &p.span, Some(&p.name))?;
    }
    for t in &doc.time_spans {
        check_span(&chars, &t.span, Some(&t.text))?;
    }
    for g in &doc.glossary {
        check_span(&chars, &g.span, Some(&g.term))?;
    }
    let line = emit::to_json_line(doc);
    prop_assert!(serde_json::from_str::<serde_json::Value>(&line).is_ok());
    Ok(())
}

/// Bytes through the whole pipeline: an error, or a document whose spans hold.
fn check_bytes(bytes: &[u8]) -> Result<(), TestCaseError> {
    if let Ok(doc) = plancorpus::process(bytes, "prop.txt", &CTX) {
        let text = plancorpus::decode::decode(bytes).unwrap().text;
        check_document(&doc, &text)?;
    }
    Ok(())
}

/// Text through normalize and then each extractor on its own.
fn check_text(text: &str) -> Result<(), TestCaseError> {
    let doc = Normalized::new(text.to_string());
    let chars: Vec<char> = text.chars().collect();
    for l in &doc.lines {
        prop_assert_eq!(l.map.len(), l.text.len());
        if !l.text.is_empty() {
            check_span(&chars, &doc.span(&l.map, 0, l.text.len()), None)?;
        }
    }
    for p in &doc.paragraphs {
        prop_assert_eq!(p.map.len(), p.text.len());
        if !p.text.is_empty() {
            check_span(&chars, &doc.span(&p.map, 0, p.text.len()), None)?;
        }
    }
    let meta = meta::read(&doc);
    let tokens = Analysis::new(&doc, &CTX);
    let outline = segment::segment(&doc, &meta, &tokens, &CTX);
    for s in &outline.sections {
        check_span(&chars, &s.span, None)?;
    }
    let tabs = extract::tables::extract(&doc, &meta, &outline, &tokens, &CTX);
    let boxed = extract::projects::extract(&doc, &outline, &tabs.claimed_lines, &tabs.grids);
    for p in &boxed.projects {
        check_span(&chars, &p.span, Some(&p.name))?;
    }
    let spans = extract::timespans::find_all(&doc, &meta);
    let (text, goals, progress) = extract::text_tables(&tabs);
    let prose = extract::targets::extract(
        &doc,
        &meta,
        &outline,
        &tokens,
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
        check_span(&chars, &t.span, Some(&t.evidence))?;
    }
    for t in extract::timespans::extract(&doc, &meta) {
        check_span(&chars, &t.span, Some(&t.text))?;
    }
    for g in extract::glossary::extract(&doc, &outline) {
        check_span(&chars, &g.span, Some(&g.term))?;
    }
    Ok(())
}

/// A slice of a fixture (on char boundaries) with a few bytes overwritten, inserted or removed.
fn mutated_fixture() -> impl Strategy<Value = Vec<u8>> {
    (
        0..FIXTURES.len(),
        any::<prop::sample::Index>(),
        1usize..4000,
        prop::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0u8..3), 0..8),
    )
        .prop_map(|(f, at, len, edits)| {
            let text = &FIXTURES[f];
            let mut s = at.index(text.len().max(1));
            while !text.is_char_boundary(s) {
                s -= 1;
            }
            let mut e = (s + len).min(text.len());
            while !text.is_char_boundary(e) {
                e -= 1;
            }
            let mut bytes = text.as_bytes()[s..e].to_vec();
            for (i, b, op) in edits {
                let i = i.index(bytes.len() + 1);
                match op {
                    0 if i < bytes.len() => bytes[i] = b,
                    1 => bytes.insert(i, b),
                    _ if i < bytes.len() => {
                        bytes.remove(i);
                    }
                    _ => {}
                }
            }
            bytes
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_through_the_pipeline(bytes in prop::collection::vec(any::<u8>(), 0..3000)) {
        check_bytes(&bytes)?;
    }

    #[test]
    fn plan_like_text_through_the_pipeline(text in PLAN_TEXT) {
        check_bytes(text.as_bytes())?;
    }

    #[test]
    fn plan_like_text_through_each_extractor(text in PLAN_TEXT) {
        check_text(&text)?;
    }

    #[test]
    fn arbitrary_text_through_each_extractor(text in any::<String>()) {
        check_text(&text)?;
    }

    #[test]
    fn mutated_fixtures_through_the_pipeline(bytes in mutated_fixture()) {
        check_bytes(&bytes)?;
        if let Ok(text) = std::str::from_utf8(&bytes) {
            check_text(text)?;
        }
    }
}

/// Inputs on which `cargo fuzz` found a crash, each reduced to the text that caused it; every one
/// goes through the pipeline and each extractor with the same checks as the properties above.
/// - session 10, target `extractors`: a paragraph opening with a note word (`保持在合理区间`) read
///   as the indicator of its own note, whose evidence then ran backwards (`begin > end` in
///   `Normalized::evidence`).
#[test]
fn crashes_found_by_fuzzing() {
    const CRASHES: &[&str] = &[
        "保持在合理区间、各年度视情挖率。2015年为4\n",
        // Session 13: a row of a table of goals and progress whose goal cell is the empty cell
        // after its last pipe (`extract::targets::outcomes` asked the span of an empty cell).
        "| 序号 | 项目名称 | 年度目标任务 | 完成情况 | 完成率 |\n|---|---|---|---|---|\n| 1 | 新增学位3000个 |\n| 2 | 公路 | 新建公路120公里 | 98.6公里 | 82.2% |\n",
        // …and a progress column printed before the goals'.
        "| 序号 | 项目名称 | 完成情况 | 年度目标任务 |\n|---|---|---|---|\n| 1 | 农村公路 | 98.6公里 | 新建改造农村公路120公里 |\n",
    ];
    for text in CRASHES {
        check_bytes(text.as_bytes()).unwrap();
        check_text(text).unwrap();
    }
}
