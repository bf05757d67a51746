//! Tokens of every paragraph, computed once per document and shared by every stage that needs
//! them (outline keywords, indicator phrases, canonical names) — the tokenizer is the most
//! expensive step of the pipeline, so it runs once per paragraph.
//!
//! Numbers and time expressions are never taken from tokens (jieba cuts `4.3亿元` differently with
//! HMM on and off); extractors find them with rules and align tokens by byte offset.

use crate::context::Context;
use crate::normalize::Normalized;
use std::sync::LazyLock;

/// One token of a paragraph's normalized text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Byte range in the paragraph's `text`.
    pub start: u32,
    pub end: u32,
    /// Part of speech as jieba tags it (`n`, `v`, `m`, `x`, …), from [`POS_TAGS`].
    pub pos: &'static str,
}

/// Every part-of-speech tag jieba-rs gives: the tags of its dictionary (`dict.txt`), of ours
/// (`dict/jieba_user.txt`), and `eng`/`m`/`x` for runs outside the dictionary. Tokens point into
/// this list instead of owning a copy — a document has a million tokens and a few dozen tags.
/// A tag outside it (a future jieba-rs) reads as `un`, jieba's "unknown".
pub const POS_TAGS: &[&str] = &[
    "a", "ad", "ag", "an", "b", "c", "d", "df", "dg", "e", "eng", "f", "g", "h", "i", "j", "k",
    "l", "m", "mg", "mq", "n", "ng", "nr", "nrfg", "nrt", "ns", "nt", "nz", "o", "p", "q", "r",
    "rg", "rr", "rz", "s", "t", "tg", "u", "ud", "ug", "uj", "ul", "un", "uv", "uz", "v", "vd",
    "vg", "vi", "vn", "vq", "x", "y", "z", "zg",
];

/// The static copy of a jieba tag (`un` for a tag outside [`POS_TAGS`]). This runs once per
/// token (a million times a document), so tags of one or two bytes — nearly all of them — are
/// read from a table indexed by their bytes; longer ones (`eng`, `nrfg`) are searched.
fn intern(tag: &str) -> &'static str {
    let found = match *tag.as_bytes() {
        [a] => SHORT_TAGS[usize::from(a) << 8],
        [a, b] if b != 0 => SHORT_TAGS[usize::from(a) << 8 | usize::from(b)],
        _ => POS_TAGS.binary_search(&tag).map_or(NONE, |i| i as u8),
    };
    POS_TAGS.get(usize::from(found)).copied().unwrap_or("un")
}

/// No tag in [`SHORT_TAGS`].
const NONE: u8 = u8::MAX;

/// Index in [`POS_TAGS`] of every tag of one or two bytes, at `first << 8 | second` (second 0
/// for a one-byte tag); [`NONE`] elsewhere.
static SHORT_TAGS: LazyLock<Box<[u8; 1 << 16]>> = LazyLock::new(|| {
    let mut table = Box::new([NONE; 1 << 16]);
    for (i, tag) in POS_TAGS.iter().enumerate() {
        match *tag.as_bytes() {
            [a] => table[usize::from(a) << 8] = i as u8,
            [a, b] => table[usize::from(a) << 8 | usize::from(b)] = i as u8,
            _ => {}
        }
    }
    table
});

/// The tokens of one text (HMM on, for unknown words), byte offsets into `text`.
///
/// The result is collected into a vector of its exact length, not mapped in place: jieba-rs
/// reserves room for `len / 2` tags of 64 bytes each, and an in-place `collect` would keep that
/// buffer for the life of the document — 32 bytes per byte of text (a 4 MB document held 126 MB
/// of token buffers for 10 MB of tokens; `heaptrack`, issue 8).
pub fn tokenize(ctx: &Context, text: &str) -> Vec<Token> {
    let tags = ctx.jieba.tag(text, true);
    let mut tokens = Vec::with_capacity(tags.len());
    tokens.extend(tags.iter().map(|t| Token {
        start: t.byte_start as u32,
        end: t.byte_end as u32,
        pos: intern(t.tag),
    }));
    tokens
}

/// Tokens of `doc.paragraphs[i]` at index `i`.
#[derive(Debug, Default)]
pub struct Analysis {
    pub paragraphs: Vec<Vec<Token>>,
}

impl Analysis {
    /// Tokenize every paragraph of a document (HMM on, for unknown words).
    pub fn new(doc: &Normalized, ctx: &Context) -> Self {
        let paragraphs = doc
            .paragraphs
            .iter()
            .map(|p| tokenize(ctx, &p.text))
            .collect();
        Analysis { paragraphs }
    }

    /// The tokens of paragraph `i` that overlap bytes `start..end` of its text.
    pub fn tokens_in(&self, i: usize, start: usize, end: usize) -> &[Token] {
        let toks = &self.paragraphs[i];
        let lo = toks.partition_point(|t| (t.end as usize) <= start);
        let hi = toks.partition_point(|t| (t.start as usize) < end);
        &toks[lo..hi.max(lo)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_cover_paragraph_and_align_by_offset() {
        let ctx = Context::new();
        let doc = Normalized::new("全市地区生产总值年均增长 21.9%。\n".to_string());
        let a = Analysis::new(&doc, &ctx);
        let text = &doc.paragraphs[0].text;
        let toks = &a.paragraphs[0];
        assert_eq!(toks.last().unwrap().end as usize, text.len());
        let words: Vec<&str> = toks
            .iter()
            .map(|t| &text[t.start as usize..t.end as usize])
            .collect();
        assert!(words.contains(&"地区生产总值"), "{words:?}");
        let pos = text.find("年均").unwrap();
        assert!(!a.tokens_in(0, pos, pos + 6).is_empty());
    }

    /// A document's tokens live as long as the document: their buffer must not keep jieba's
    /// over-sized tag buffer (see [`tokenize`]).
    #[test]
    fn tokens_hold_no_spare_capacity() {
        let ctx = Context::new();
        let text = "全市地区生产总值年均增长21.9%,城镇居民人均可支配收入年均增长8%。".repeat(40);
        let toks = tokenize(&ctx, &text);
        assert!(toks.len() > 100, "{}", toks.len());
        assert_eq!(toks.capacity(), toks.len());
    }

    #[test]
    fn tags_are_interned_from_a_sorted_list() {
        assert!(
            POS_TAGS.windows(2).all(|w| w[0] < w[1]),
            "POS_TAGS must stay sorted"
        );
        assert_eq!(intern("vn"), "vn");
        assert_eq!(intern("nrfg"), "nrfg");
        assert_eq!(intern("not-a-tag"), "un");
        assert_eq!(intern("nrfgx"), "un");
        assert_eq!(intern("x"), "x");
        assert_eq!(intern("eng"), "eng");
        assert_eq!(intern(""), "un");
        assert_eq!(intern("nx"), "un");
        assert!(POS_TAGS.iter().all(|t| intern(t) == *t));
    }
}
