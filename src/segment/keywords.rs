//! Keywords of every section: TF-IDF over the shared tokens of its paragraphs (children
//! included), with jieba's IDF table and a stop-word list for plan prose (`dict/stopwords.txt`:
//! 坚持, 加快, 推进, 进一步 … the verbs every section repeats).
//!
//! The tokens come from [`Analysis`] — the document is never tokenized again. jieba-rs keeps its
//! IDF table private, so the IDF of a word is read by asking its extractor for the keywords of
//! the word alone (one token, so its weight is its IDF), cached per document.

use crate::analysis::Analysis;
use crate::context::Context;
use crate::normalize::Normalized;
use jieba_rs::{KeywordExtract, TfIdf};
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

/// Most keywords a section gets.
pub const MAX_KEYWORDS: usize = 8;

/// jieba's TF-IDF extractor with its default IDF table (loaded once, about 100 ms).
static IDF: LazyLock<TfIdf> = LazyLock::new(TfIdf::default);

/// Stop words for plan prose, one a line.
static STOP_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("../../dict/stopwords.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
});

/// A token the keywords may use: a noun, verb, adjective, idiom or abbreviation of at least two
/// characters, with a CJK character, and not a stop word.
fn usable(word: &str, pos: &str) -> bool {
    let chars = word.chars().count();
    chars >= 2
        && pos.starts_with(['n', 'v', 'a', 'j', 'l', 'i'])
        && pos != "ad"
        && word.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
        && !STOP_WORDS.contains(word)
}

/// IDF of a word, from the cache or jieba's table (the median IDF for unknown words).
fn idf<'a>(ctx: &Context, cache: &mut HashMap<&'a str, f64>, word: &'a str) -> f64 {
    if let Some(&v) = cache.get(word) {
        return v;
    }
    let found = IDF.extract_keywords(&ctx.jieba, word, 2, vec![]);
    let v = match found.as_slice() {
        [k] if k.keyword == word => k.weight,
        _ => *MEDIAN,
    };
    cache.insert(word, v);
    v
}

/// The IDF jieba gives a word missing from its table: a Latin run it cannot know.
static MEDIAN: LazyLock<f64> = LazyLock::new(|| {
    let jieba = jieba_rs::Jieba::empty();
    IDF.extract_keywords(&jieba, "qxzqxzqxz", 1, vec![])
        .first()
        .map_or(10.0, |k| k.weight)
});

/// Keywords for every section: `owner[p]` is the section index of paragraph `p` (or None),
/// `parent[s]` the parent of section `s`.
pub fn compute(
    doc: &Normalized,
    tokens: &Analysis,
    ctx: &Context,
    owner: &[Option<usize>],
    parent: &[Option<usize>],
) -> Vec<Vec<String>> {
    let n = parent.len();
    let mut tf: Vec<HashMap<&str, u32>> = vec![HashMap::new(); n];
    for (p, para) in doc.paragraphs.iter().enumerate() {
        let Some(s) = owner.get(p).copied().flatten() else {
            continue;
        };
        let Some(toks) = tokens.paragraphs.get(p) else {
            continue;
        };
        for t in toks {
            let Some(word) = para.text.get(t.start as usize..t.end as usize) else {
                continue;
            };
            if usable(word, &t.pos) {
                *tf[s].entry(word).or_insert(0) += 1;
            }
        }
    }
    // Children come after their parents: fold counts upwards from the last section.
    for s in (0..n).rev() {
        if let Some(p) = parent[s] {
            let child = std::mem::take(&mut tf[s]);
            for (w, c) in &child {
                *tf[p].entry(w).or_insert(0) += c;
            }
            tf[s] = child;
        }
    }
    let mut cache = HashMap::new();
    tf.iter()
        .map(|counts| top(ctx, &mut cache, counts))
        .collect()
}

/// The best words of one section by tf × idf, ties broken by the word (deterministic).
fn top<'a>(
    ctx: &Context,
    cache: &mut HashMap<&'a str, f64>,
    counts: &HashMap<&'a str, u32>,
) -> Vec<String> {
    let mut scored: Vec<(f64, &str)> = counts
        .iter()
        .map(|(&w, &c)| (f64::from(c) * idf(ctx, cache, w), w))
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(b.1)));
    scored
        .into_iter()
        .take(MAX_KEYWORDS)
        .map(|(_, w)| w.to_string())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn idf_reads_the_table_and_stop_words_drop() {
        let ctx = Context::new();
        let mut cache = HashMap::new();
        let rare = idf(&ctx, &mut cache, "畜牧业");
        let common = idf(&ctx, &mut cache, "发展");
        assert!(rare > common, "{rare} {common}");
        assert!(!usable("坚持", "v"));
        assert!(!usable("进一步", "d"));
        assert!(usable("畜牧业", "n"));
    }

    #[test]
    fn keywords_of_a_section_and_its_parent() {
        let ctx = Context::new();
        let doc = Normalized::new(
            "第一章 农业\n\n加快发展畜牧业，建设标准化养殖小区，畜牧业产值稳步增长。\n\n第二章 教育\n\n推进义务教育均衡发展，新建中小学校舍。\n"
                .to_string(),
        );
        let tokens = Analysis::new(&doc, &ctx);
        let owner: Vec<Option<usize>> = doc
            .paragraphs
            .iter()
            .map(|p| Some(usize::from(p.first_line() >= 4)))
            .collect();
        let kw = compute(&doc, &tokens, &ctx, &owner, &[None, None]);
        assert_eq!(kw[0][0], "畜牧业", "{kw:?}");
        assert!(kw[1].iter().any(|w| w == "义务教育"), "{kw:?}");
        assert!(kw.iter().all(|k| k.len() <= MAX_KEYWORDS));
    }
}
