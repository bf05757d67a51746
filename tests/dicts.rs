//! The unit and indicator dictionaries against phrases read in the fixture documents:
//! `fixtures/units/cases.toml` and `fixtures/indicators/cases.toml`. Each case names a document
//! and a source line; the runner checks the phrase is really there (after cleaning), then asks
//! the dictionary, with the tokens the tokenizer gives the phrase in its paragraph.

mod common;

use plancorpus::extract::{indicators, units};
use plancorpus::normalize::Normalized;
use serde::Deserialize;

#[derive(Debug, Deserialize)]
struct UnitCases {
    case: Vec<UnitCase>,
}

#[derive(Debug, Deserialize)]
struct UnitCase {
    doc: String,
    line: usize,
    text: String,
    unit: String,
    normalized: f64,
    base: String,
}

#[derive(Debug, Deserialize)]
struct IndicatorCases {
    case: Vec<IndicatorCase>,
}

#[derive(Debug, Deserialize)]
struct IndicatorCase {
    doc: String,
    line: usize,
    phrase: String,
    expect: String,
}

fn read_cases<T: for<'de> Deserialize<'de>>(path: &str) -> T {
    let text = std::fs::read_to_string(common::root().join(path)).expect("case file readable");
    toml::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The normalized fixture document `fixtures/docs/<doc>.txt`.
fn normalized(doc: &str) -> Normalized {
    let bytes = std::fs::read(common::fixture(&format!("{doc}.txt"))).expect("fixture readable");
    let decoded = plancorpus::decode::decode(&bytes).expect("fixture decodes");
    Normalized::new(decoded.text)
}

/// Cache of normalized documents: each fixture is read once per test.
fn doc<'a>(cache: &'a mut Vec<(String, Normalized)>, name: &str) -> &'a Normalized {
    let i = match cache.iter().position(|(n, _)| n == name) {
        Some(i) => i,
        None => {
            cache.push((name.to_string(), normalized(name)));
            cache.len() - 1
        }
    };
    &cache[i].1
}

/// The cleaned text of 1-based source line `line`.
fn line_text(doc: &Normalized, line: usize) -> &str {
    line.checked_sub(1)
        .and_then(|i| doc.lines.get(i))
        .map_or("", |l| l.text.as_str())
}

/// The jieba tokens of `phrase` where it stands in its paragraph (tokens wholly inside it), or of
/// the line alone when no paragraph holds it (table rows).
fn tokens_in_context(doc: &Normalized, line: usize, phrase: &str) -> Vec<String> {
    let ctx = common::ctx();
    let index = line - 1;
    let (lo, hi) = doc
        .lines
        .get(index)
        .and_then(|l| Some((*l.map.first()?, *l.map.last()?)))
        .unwrap_or((0, 0));
    let in_paragraph = doc
        .paragraphs
        .iter()
        .filter(|p| p.lines.contains(&index))
        .find_map(|p| {
            p.text
                .match_indices(phrase)
                .map(|(s, _)| s)
                .find(|&s| (lo..=hi).contains(&p.map[s]))
                .map(|s| (p.text.as_str(), s))
        });
    let (text, start) = match in_paragraph {
        Some(found) => found,
        None => {
            let text = line_text(doc, line);
            (text, text.find(phrase).unwrap_or(0))
        }
    };
    let end = start + phrase.len();
    ctx.jieba
        .tag(text, true)
        .into_iter()
        .filter(|t| start <= t.byte_start && t.byte_end <= end)
        .map(|t| t.word.to_string())
        .collect()
}

#[test]
fn units_of_fixture_numbers_normalize_as_read() {
    let cases: UnitCases = read_cases("fixtures/units/cases.toml");
    let mut cache = Vec::new();
    let mut failures = Vec::new();
    for c in &cases.case {
        let d = doc(&mut cache, &c.doc);
        if !line_text(d, c.line).contains(&c.text) {
            failures.push(format!(
                "{}:{} does not contain {:?}",
                c.doc, c.line, c.text
            ));
            continue;
        }
        let number_len = c
            .text
            .find(|ch: char| !(ch.is_ascii_digit() || ch == '.'))
            .unwrap_or(c.text.len());
        let value: f64 = c.text[..number_len].parse().unwrap_or(f64::NAN);
        let Some(unit) = units::longest_prefix(&c.text[number_len..]) else {
            failures.push(format!("{}:{} {:?}: no unit", c.doc, c.line, c.text));
            continue;
        };
        let n = units::normalize(value, unit.name);
        let ok = unit.name == c.unit
            && n.as_ref().is_some_and(|n| {
                n.unit == c.base && (n.value - c.normalized).abs() <= 1e-9 * c.normalized.abs()
            });
        if !ok {
            failures.push(format!(
                "{}:{} {:?}: unit {} → {n:?}, expected {} → {} {}",
                c.doc, c.line, c.text, unit.name, c.unit, c.normalized, c.base
            ));
        }
    }
    println!("units: {} cases", cases.case.len());
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn indicators_of_fixture_phrases_are_canonical_as_read() {
    let cases: IndicatorCases = read_cases("fixtures/indicators/cases.toml");
    let mut cache = Vec::new();
    let mut failures = Vec::new();
    for c in &cases.case {
        let d = doc(&mut cache, &c.doc);
        if !line_text(d, c.line).contains(&c.phrase) {
            failures.push(format!(
                "{}:{} does not contain {:?}",
                c.doc, c.line, c.phrase
            ));
            continue;
        }
        let expect = Some(c.expect.as_str()).filter(|e| !e.is_empty());
        if let Some(id) = expect {
            assert!(indicators::name(id).is_some(), "unknown id {id}");
        }
        let tokens = tokens_in_context(d, c.line, &c.phrase);
        let token_refs: Vec<&str> = tokens.iter().map(String::as_str).collect();
        let with_tokens = indicators::canonical(&c.phrase, &token_refs);
        let without = indicators::canonical(&c.phrase, &[]);
        if with_tokens != expect || without != expect {
            failures.push(format!(
                "{}:{} {:?}: tokens {token_refs:?} → {with_tokens:?}, no tokens → {without:?}, \
                 expected {expect:?}",
                c.doc, c.line, c.phrase
            ));
        }
    }
    println!("indicators: {} cases", cases.case.len());
    assert!(failures.is_empty(), "{failures:#?}");
}

proptest::proptest! {
    /// Any text, made of the characters the dictionaries are built from or of anything at all:
    /// no panic, a unit found is a prefix of the text, and tokens that do not tile the phrase are
    /// harmless.
    #[test]
    fn dictionaries_never_panic(
        text in "[万亿元人口生产总值地区占单位个百分点吨/年日立方米平kVWG0-9 ]{0,16}|\\PC{0,12}",
        cut in 0usize..16,
    ) {
        if let Some(u) = units::longest_prefix(&text) {
            proptest::prop_assert!(text.starts_with(u.name));
        }
        let _ = units::lookup(&text);
        let split = text.char_indices().nth(cut).map_or(text.len(), |(i, _)| i);
        let (a, b) = text.split_at(split);
        let _ = indicators::canonical(&text, &[]);
        let _ = indicators::canonical(&text, &[b, a, "x"]);
    }
}
