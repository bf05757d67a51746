//! Tokens of every paragraph, computed once per document and shared by every stage that needs
//! them (outline keywords, indicator phrases, canonical names) — the tokenizer is the most
//! expensive step of the pipeline, so it runs once per paragraph.
//!
//! Numbers and time expressions are never taken from tokens (jieba cuts `4.3亿元` differently with
//! HMM on and off); extractors find them with rules and align tokens by byte offset.

use crate::context::Context;
use crate::normalize::Normalized;
use rustc_hash::FxHashMap;
use std::cell::RefCell;
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

/// The tokens of one text (HMM on, for unknown words), byte offsets into `text`, with jieba's
/// part of speech of each — exactly what `Jieba::tag(text, true)` gives, at about the cost of
/// `cut`.
///
/// jieba-rs tags a word by its dictionary entry, or, for a word outside the dictionary, by a
/// second HMM (`guess_tag`) run on every occurrence: a word's tag depends on the word alone, never
/// on its neighbours. So the text is cut, and each distinct word's tag is read once, by tagging
/// the word alone, and cached for the thread (see `PosCache`). A word that alone comes out as
/// more than one token (an HMM word whose characters the dictionary splits differently when
/// they stand alone) cannot be read that way: the first text with such a word is tagged whole,
/// and the cache learns the word's tag from it. `tag` cost 1.3× `cut` over the fixtures, and
/// the guessing HMM alone 6 % of `build` (perf, issue 8).
///
/// The result is collected into a vector of its exact length: jieba-rs reserves room for
/// `len / 2` tokens of 64 bytes each, and keeping that buffer would hold 32 bytes per byte of
/// text for the life of the document (a 4 MB document held 126 MB of token buffers for 10 MB of
/// tokens; `heaptrack`, issue 8).
pub fn tokenize(ctx: &Context, text: &str) -> Vec<Token> {
    let words = ctx.jieba.cut(text, true);
    let mut tokens = Vec::with_capacity(words.len());
    let complete = POS_CACHE.with_borrow_mut(|cache| {
        cache.serve(ctx);
        words.iter().all(|w| {
            let Some(pos) = cache.pos(ctx, w.word) else {
                return false;
            };
            tokens.push(Token {
                start: w.byte_start as u32,
                end: w.byte_end as u32,
                pos,
            });
            true
        })
    });
    if complete {
        return tokens;
    }
    let tags = ctx.jieba.tag(text, true);
    POS_CACHE.with_borrow_mut(|cache| tags.iter().for_each(|t| cache.learn(t.word, t.tag)));
    tokens.clear();
    tokens.extend(tags.iter().map(|t| Token {
        start: t.byte_start as u32,
        end: t.byte_end as u32,
        pos: intern(t.tag),
    }));
    tokens
}

/// The part of speech of a word as jieba tags it in a text: the tag it gets alone, when alone it
/// stays one token (it then went through the same lookup), or `None`.
fn tag_alone(ctx: &Context, word: &str) -> Option<&'static str> {
    [true, false]
        .into_iter()
        .find_map(|hmm| match ctx.jieba.tag(word, hmm).as_slice() {
            [t] if t.word == word => Some(intern(t.tag)),
            _ => None,
        })
}

/// Most words a thread's [`PosCache`] keeps (about 50 bytes each). A batch's vocabulary repeats;
/// a corpus of OCR noise could bring endless new words, and past this they are tagged each time.
const POS_CACHE_WORDS: usize = 400_000;

/// Words' parts of speech, read by [`tag_alone`] or learnt from a text tagged whole, for one
/// [`Context`]. One per thread: a shared cache would make both threads write one cache line
/// for every token. A value never depends on what was cached before, so neither does output.
#[derive(Default)]
struct PosCache {
    context: Option<u64>,
    /// Words of at most [`PACKED_BYTES`] bytes (almost all), keyed by [`packed`].
    short: FxHashMap<u128, &'static str>,
    long: FxHashMap<Box<str>, &'static str>,
}

thread_local! {
    static POS_CACHE: RefCell<PosCache> = RefCell::default();
}

impl PosCache {
    /// Make the cache that of `ctx`, emptying it if it held another context's words.
    fn serve(&mut self, ctx: &Context) {
        if self.context != Some(ctx.id()) {
            self.short.clear();
            self.long.clear();
            self.context = Some(ctx.id());
        }
    }

    /// The part of speech of `word` (cached), or `None` when it can be read in context only.
    fn pos(&mut self, ctx: &Context, word: &str) -> Option<&'static str> {
        let known = match packed(word) {
            Some(k) => self.short.get(&k),
            None => self.long.get(word),
        };
        if let Some(&pos) = known {
            return Some(pos);
        }
        let pos = tag_alone(ctx, word)?;
        self.learn(word, pos);
        Some(pos)
    }

    /// Remember the tag jieba gave `word` (in any text: it depends on the word alone).
    fn learn(&mut self, word: &str, tag: &str) {
        if self.short.len() + self.long.len() >= POS_CACHE_WORDS {
            return;
        }
        let pos = intern(tag);
        match packed(word) {
            Some(k) => {
                self.short.entry(k).or_insert(pos);
            }
            None => {
                if !self.long.contains_key(word) {
                    self.long.insert(word.into(), pos);
                }
            }
        }
    }
}

/// Most bytes of a word [`packed`] into an integer key.
pub(crate) const PACKED_BYTES: usize = 15;

/// A word of at most [`PACKED_BYTES`] bytes as one integer: its bytes, then its length in the
/// top byte (so `a` and `a\0` differ). Hashing and comparing it is a few instructions, where a
/// text key is hashed byte by byte and compared with `memcmp` — the part-of-speech cache and the
/// keywords' vocabulary look a word up once a token.
pub(crate) fn packed(word: &str) -> Option<u128> {
    let bytes = word.as_bytes();
    let mut buf = [0u8; 16];
    buf.get_mut(..bytes.len())
        .filter(|_| bytes.len() <= PACKED_BYTES)?
        .copy_from_slice(bytes);
    buf[15] = bytes.len() as u8;
    Some(u128::from_le_bytes(buf))
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

    /// The tokens of `text` from `Jieba::tag` itself.
    fn tag_whole(ctx: &Context, text: &str) -> Vec<Token> {
        let tags = ctx.jieba.tag(text, true);
        tags.iter()
            .map(|t| Token {
                start: t.byte_start as u32,
                end: t.byte_end as u32,
                pos: intern(t.tag),
            })
            .collect()
    }

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

    /// The cached tags are jieba's own: every paragraph of every fixture document (and of the
    /// written probes) tokenizes exactly as `Jieba::tag` tags it, token by token, after a cold
    /// cache and again from a warm one.
    #[test]
    fn cached_tags_equal_jieba_tag_on_every_fixture_paragraph() {
        let ctx = Context::new();
        let mut paragraphs = 0;
        for dir in [
            "fixtures/docs",
            "fixtures/probes",
            "fixtures/probes2",
            "fixtures/probes3",
            "fixtures/probes4",
            "fixtures/probes5",
            "fixtures/probes6",
            "fixtures/probes7",
            "fixtures/probes8",
            "fixtures/probes9",
            "fixtures/probes10",
            "fixtures/probes11",
            "fixtures/probes12",
            "fixtures/probes13",
            "fixtures/probes14",
            "fixtures/probes15",
            "fixtures/probes16",
            "fixtures/probes17",
            "fixtures/probes18",
            "fixtures/probes19",
            "fixtures/probes20",
            "fixtures/probes21",
            "fixtures/probes22",
            "fixtures/probes23",
            "fixtures/probes24",
            "fixtures/probes25",
            "fixtures/probes26",
            "fixtures/probes27",
            "fixtures/probes28",
            "fixtures/probes29",
            "fixtures/probes30",
            "fixtures/probes31",
            "fixtures/probes32",
            "fixtures/probes33",
            "fixtures/probes34",
            "fixtures/probes35",
            "fixtures/probes36",
            "fixtures/probes37",
            "fixtures/probes38",
            "fixtures/probes39",
            "fixtures/probes40",
            "fixtures/probes41",
            "fixtures/probes42",
            "fixtures/probes43",
            "fixtures/probes44",
            "fixtures/probes45",
            "fixtures/probes46",
            "fixtures/probes47",
            "fixtures/probes48",
            "fixtures/probes49",
            "fixtures/probes50",
            "fixtures/probes51",
            "fixtures/probes52",
            "fixtures/probes53",
            "fixtures/probes54",
            "fixtures/probes55",
            "fixtures/probes56",
            "fixtures/probes57",
            "fixtures/probes58",
            "fixtures/probes59",
            "fixtures/probes60",
            "fixtures/probes61",
            "fixtures/probes62",
            "fixtures/probes63",
            "fixtures/probes64",
            "fixtures/probes65",
            "fixtures/probes66",
            "fixtures/probes67",
        ] {
            let mut paths: Vec<_> = std::fs::read_dir(dir)
                .unwrap()
                .map(|e| e.unwrap().path())
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .collect();
            paths.sort();
            for path in paths {
                let bytes = std::fs::read(&path).unwrap();
                let text = crate::decode::decode(&bytes).unwrap().text;
                let doc = Normalized::new(text);
                for p in &doc.paragraphs {
                    let want = tag_whole(&ctx, &p.text);
                    assert_eq!(
                        tokenize(&ctx, &p.text),
                        want,
                        "{}: {}",
                        path.display(),
                        p.text
                    );
                    assert_eq!(tokenize(&ctx, &p.text), want, "warm cache: {}", p.text);
                    paragraphs += 1;
                }
            }
        }
        assert!(paragraphs > 4000, "{paragraphs}");
    }

    /// Unknown names (fictional places, which only the HMM joins into words), Latin and
    /// full-width runs, empty and blank text: the tokens equal `Jieba::tag`'s. The fallback to
    /// a whole-paragraph tag is exercised by the fixture test above (on a 21 MB corpus of the
    /// fixtures, 1,106 paragraphs took it).
    #[test]
    fn words_unreadable_alone_fall_back_to_the_whole_text() {
        let ctx = Context::new();
        for text in [
            "庚州辛县口岸",
            "壬市癸丑寅卯民俗旅游区",
            "abc123ＤＥＦ，。",
            "",
            "   \n",
        ] {
            assert_eq!(tokenize(&ctx, text), tag_whole(&ctx, text), "{text}");
        }
        // A context that is not the one the cache was filled for reads its own dictionary.
        let mut other = Context::new();
        other
            .jieba
            .add_word("年均增长", Some(10_000_000), Some("zz"));
        let toks = tokenize(&other, "年均增长");
        assert_eq!(toks.len(), 1);
        assert_eq!(toks[0].pos, "un", "a tag outside POS_TAGS reads as un");
        assert_ne!(tokenize(&ctx, "年均增长"), toks);
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
