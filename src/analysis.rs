//! Tokens of every paragraph, computed once per document and shared by every stage that needs
//! them (outline keywords, indicator phrases, canonical names) — the tokenizer is the most
//! expensive step of the pipeline, so it runs once per paragraph.
//!
//! Numbers and time expressions are never taken from tokens (jieba cuts `4.3亿元` differently with
//! HMM on and off); extractors find them with rules and align tokens by byte offset.

use crate::context::Context;
use crate::normalize::Normalized;

/// One token of a paragraph's normalized text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Byte range in the paragraph's `text`.
    pub start: u32,
    pub end: u32,
    /// Part of speech as jieba tags it (`n`, `v`, `m`, `x`, …).
    pub pos: Box<str>,
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
            .map(|p| {
                ctx.jieba
                    .tag(&p.text, true)
                    .into_iter()
                    .map(|t| Token {
                        start: t.byte_start as u32,
                        end: t.byte_end as u32,
                        pos: t.tag.into(),
                    })
                    .collect()
            })
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
}
