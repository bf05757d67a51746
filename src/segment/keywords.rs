//! Keywords of every section: TF-IDF over the shared tokens of its paragraphs (children
//! included), with jieba's IDF table and a stop-word list for plan prose (`dict/stopwords.txt`:
//! 坚持, 加快, 推进, 进一步 … the verbs every section repeats).
//!
//! The tokens come from [`Analysis`] — the document is never tokenized again. jieba-rs keeps its
//! IDF table private, so the IDF of a word is read by asking its extractor for the keywords of
//! the word alone (one token, so its weight is its IDF). That costs a tokenizer call per word, so
//! the IDFs are cached for the whole run, shared by every document and thread: a batch's
//! vocabulary repeats, and after the first documents almost every word is a cache hit.

use crate::analysis::{Analysis, packed};
use crate::context::Context;
use crate::normalize::Normalized;
use jieba_rs::{KeywordExtract, TfIdf};
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::{LazyLock, RwLock};

/// Most keywords a section gets.
pub const MAX_KEYWORDS: usize = 8;

/// jieba's TF-IDF extractor with its default IDF table (loaded once, about 100 ms).
static IDF: LazyLock<TfIdf> = LazyLock::new(TfIdf::default);

/// Stop words for plan prose, one a line.
static STOP_WORDS: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
    include_str!("../../dict/stopwords.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
});

/// A token the keywords may use: a noun, verb, adjective, idiom or abbreviation of at least two
/// characters, with a CJK character, and not a stop word.
#[cfg(test)]
fn usable(word: &str, pos: &str) -> bool {
    usable_pos(pos) && usable_word(word)
}

/// Whether a part of speech can name a keyword: noun, verb, adjective (not adverbial), idiom,
/// abbreviation. Tags are ASCII, so the first byte tells the class (asked of every token).
fn usable_pos(pos: &str) -> bool {
    matches!(
        pos.as_bytes().first(),
        Some(b'n' | b'v' | b'a' | b'j' | b'l' | b'i')
    ) && pos != "ad"
}

/// Fewest bytes a keyword has: two characters, one of them CJK (three bytes in UTF-8), so a
/// token of one CJK character (`的`, `是`, `区`: three bytes) is dropped before any lookup.
const MIN_WORD_BYTES: u32 = 4;

/// Whether a word can be a keyword: two characters or more, a CJK one among them, no stop word.
fn usable_word(word: &str) -> bool {
    word.chars().nth(1).is_some()
        && word.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
        && !STOP_WORDS.contains(word)
}

/// Most words the run-wide IDF cache holds (about 60 bytes each). jieba's table has ~270,000
/// words; a corpus of OCR noise could bring endless new ones, so the cache stops growing here.
const SHARED_CAPACITY: usize = 300_000;

/// IDFs already read from jieba's table, for every document of the run.
static SHARED: LazyLock<RwLock<FxHashMap<Box<str>, f64>>> =
    LazyLock::new(|| RwLock::new(FxHashMap::default()));

/// IDF of a word: from the run's cache or jieba's table (the median IDF for unknown words).
/// The value never depends on what was cached before.
fn idf(ctx: &Context, word: &str) -> f64 {
    let shared = SHARED.read().ok().and_then(|m| m.get(word).copied());
    shared.unwrap_or_else(|| {
        let v = table_idf(ctx, word);
        if let Ok(mut m) = SHARED.write()
            && m.len() < SHARED_CAPACITY
        {
            m.insert(word.into(), v);
        }
        v
    })
}

/// IDF of a word read from jieba's table through its extractor.
fn table_idf(ctx: &Context, word: &str) -> f64 {
    let found = IDF.extract_keywords(&ctx.jieba, word, 2, vec![]);
    match found.as_slice() {
        [k] if k.keyword == word => k.weight,
        _ => *MEDIAN,
    }
}

/// The IDF jieba gives a word missing from its table: a Latin run it cannot know.
static MEDIAN: LazyLock<f64> = LazyLock::new(|| {
    let jieba = jieba_rs::Jieba::empty();
    IDF.extract_keywords(&jieba, "qxzqxzqxz", 1, vec![])
        .first()
        .map_or(10.0, |k| k.weight)
});

/// Keywords for every section: `owner[p]` is the section index of paragraph `p` (or None),
/// `parent[s]` the parent of section `s`. A section's counts include its descendants'.
///
/// Words are numbered once per document and counted in one reused dense array. The counts are
/// summed bottom-up: sections are visited last to first (a parent comes before its children in
/// the outline, which is in line order), and a section adds its own tokens to the distinct
/// (word, count) pairs its children handed up. Each token is counted once, not once per
/// ancestor, and no section's descendants are walked again.
pub fn compute(
    doc: &Normalized,
    tokens: &Analysis,
    ctx: &Context,
    owner: &[Option<usize>],
    parent: &[Option<usize>],
) -> Vec<Vec<String>> {
    let n = parent.len();
    let mut vocab = Vocabulary::default();
    let own = own_words(doc, tokens, owner, n, &mut vocab);
    let idfs = vocab.idfs(ctx);
    let children = children_of(parent);
    let mut tally = Tally::new(vocab.words.len());
    // The (word, count) pairs of each finished section's subtree, until its parent takes them.
    let mut subtree: Vec<Vec<(u32, u32)>> = vec![Vec::new(); n];
    let mut out = vec![Vec::new(); n];
    for s in (0..n).rev() {
        for &w in &own[s] {
            tally.add(w, 1);
        }
        for &c in &children[s] {
            for (w, k) in std::mem::take(&mut subtree[c]) {
                tally.add(w, k);
            }
        }
        out[s] = top(&vocab.words, &idfs, &tally.counts, &tally.touched);
        subtree[s] = tally.drain();
    }
    out
}

/// The usable words of each section's own paragraphs (children not included), as word ids.
fn own_words<'a>(
    doc: &'a Normalized,
    tokens: &Analysis,
    owner: &[Option<usize>],
    n: usize,
    vocab: &mut Vocabulary<'a>,
) -> Vec<Vec<u32>> {
    let mut own: Vec<Vec<u32>> = vec![Vec::new(); n];
    for (p, para) in doc.paragraphs.iter().enumerate() {
        let Some(s) = owner.get(p).copied().flatten().filter(|&s| s < n) else {
            continue;
        };
        for t in tokens.paragraphs.get(p).map_or(&[][..], Vec::as_slice) {
            // The cheap tests first: most tokens are punctuation, particles or one character.
            if !usable_pos(t.pos) || t.end.saturating_sub(t.start) < MIN_WORD_BYTES {
                continue;
            }
            if let Some(id) = para
                .text
                .get(t.start as usize..t.end as usize)
                .and_then(|word| vocab.id(word))
            {
                own[s].push(id);
            }
        }
    }
    own
}

/// Word counts of one section in a dense array indexed by word id, with the ids it touched so
/// that reading and clearing cost the section's distinct words, not the vocabulary.
struct Tally {
    counts: Vec<u32>,
    touched: Vec<u32>,
}

impl Tally {
    fn new(words: usize) -> Tally {
        Tally {
            counts: vec![0; words],
            touched: Vec::new(),
        }
    }

    /// Count word `w` `k` more times.
    fn add(&mut self, w: u32, k: u32) {
        let slot = &mut self.counts[w as usize];
        if *slot == 0 {
            self.touched.push(w);
        }
        *slot += k;
    }

    /// The (word, count) pairs counted so far; the tally is empty again.
    fn drain(&mut self) -> Vec<(u32, u32)> {
        self.touched
            .drain(..)
            .map(|w| (w, std::mem::take(&mut self.counts[w as usize])))
            .collect()
    }
}

/// The children of every section, from the parent links. A parent comes before its children
/// (the outline is in line order), so a link to the section itself or to a later one, or out
/// of range, is ignored.
fn children_of(parent: &[Option<usize>]) -> Vec<Vec<usize>> {
    let mut children = vec![Vec::new(); parent.len()];
    for (s, p) in parent.iter().enumerate() {
        if let Some(p) = p.filter(|&p| p < s) {
            children[p].push(s);
        }
    }
    children
}

/// The distinct usable words of one document, numbered in order of first appearance.
#[derive(Default)]
struct Vocabulary<'a> {
    /// Every word seen of at most [`crate::analysis::PACKED_BYTES`] bytes (almost all: five CJK characters),
    /// keyed by [`packed`], with its id if it is usable ([`usable_word`] is asked once a word).
    short: FxHashMap<u128, Option<u32>>,
    /// The same for longer words, keyed by the text.
    long: FxHashMap<&'a str, Option<u32>>,
    words: Vec<&'a str>,
}

impl<'a> Vocabulary<'a> {
    /// The id of a word, or `None` if it can be no keyword.
    fn id(&mut self, word: &'a str) -> Option<u32> {
        // Almost every token is a word seen before: one lookup, no entry to build.
        let key = packed(word);
        let known = match key {
            Some(k) => self.short.get(&k),
            None => self.long.get(word),
        };
        if let Some(&id) = known {
            return id;
        }
        let id = usable_word(word).then(|| {
            self.words.push(word);
            self.words.len() as u32 - 1
        });
        match key {
            Some(k) => self.short.insert(k, id),
            None => self.long.insert(word, id),
        };
        id
    }

    /// The IDF of every word, by id. The run's cache is read under one lock for the whole
    /// vocabulary (not one a word); the few words it misses go through [`idf`].
    fn idfs(&self, ctx: &Context) -> Vec<f64> {
        let cached: Vec<Option<f64>> = match SHARED.read() {
            Ok(m) => self.words.iter().map(|w| m.get(*w).copied()).collect(),
            Err(_) => vec![None; self.words.len()],
        };
        self.words
            .iter()
            .zip(cached)
            .map(|(w, c)| c.unwrap_or_else(|| idf(ctx, w)))
            .collect()
    }
}

/// The best words of one section by tf × idf, ties broken by the word (deterministic).
///
/// One pass keeps the best [`MAX_KEYWORDS`] so far, in order: a word that does not beat the
/// last of them (one comparison, for almost every word) is dropped, so nothing is sorted and
/// words are compared only when their scores tie. The order is total (words are distinct), so
/// the result does not depend on the order of `touched`.
fn top(words: &[&str], idfs: &[f64], counts: &[u32], touched: &[u32]) -> Vec<String> {
    let order = |a: &(f64, &str), b: &(f64, &str)| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(b.1));
    let mut best: Vec<(f64, &str)> = Vec::with_capacity(MAX_KEYWORDS + 1);
    for &w in touched {
        let w = w as usize;
        let scored = (f64::from(counts[w]) * idfs[w], words[w]);
        let full = best.len() == MAX_KEYWORDS;
        if full && best.last().is_some_and(|last| order(&scored, last).is_ge()) {
            continue;
        }
        let at = best.partition_point(|b| order(b, &scored).is_lt());
        best.insert(at, scored);
        best.truncate(MAX_KEYWORDS);
    }
    best.into_iter().map(|(_, w)| w.to_string()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn idf_reads_the_table_and_stop_words_drop() {
        let ctx = Context::new();
        let rare = idf(&ctx, "畜牧业");
        let common = idf(&ctx, "发展");
        assert!(rare > common, "{rare} {common}");
        assert!(!usable("坚持", "v"));
        assert!(!usable("进一步", "d"));
        assert!(usable("畜牧业", "n"));
    }

    #[test]
    fn packed_keys_tell_words_apart() {
        assert_ne!(packed("a"), packed("a\0"));
        assert_ne!(packed("畜牧"), packed("畜牧业"));
        assert_eq!(packed("畜牧业"), packed(&String::from("畜牧业")));
        assert!(packed("社会主义现代化").is_none());
        let mut vocab = Vocabulary::default();
        let long = "社会主义现代化";
        assert_eq!(vocab.id("畜牧业"), Some(0));
        assert_eq!(vocab.id(long), Some(1));
        assert_eq!(vocab.id("畜牧业"), Some(0));
        assert_eq!(vocab.id(long), Some(1));
        assert_eq!(vocab.id("坚持"), None);
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
