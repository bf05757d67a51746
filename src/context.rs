//! What the pipeline loads once and shares across documents and threads.

use jieba_rs::Jieba;
use std::sync::atomic::{AtomicU64, Ordering};

/// Shared, read-only state: the tokenizer with the project's user dictionary. Build one
/// (about 100 ms) and pass `&Context` to every document; it is `Send + Sync`.
pub struct Context {
    pub jieba: Jieba,
    /// Tells contexts apart, so that a cache of what this context's tokenizer said (the
    /// part-of-speech cache of [`crate::analysis`]) is never read for another one.
    id: u64,
}

/// Source of [`Context`] ids.
static NEXT_ID: AtomicU64 = AtomicU64::new(0);

/// Words the tokenizer must keep whole (plan vocabulary, indicator names), one per line:
/// `word freq [tag]`. A word without a frequency never wins in jieba, so each has one.
const USER_DICT: &str = include_str!("../dict/jieba_user.txt");

/// Frequency given to indicator aliases: that of the user dictionary's indicator names.
const ALIAS_FREQ: usize = 50_000;

impl Context {
    pub fn new() -> Self {
        let mut jieba = Jieba::new();
        let mut reader = std::io::BufReader::new(USER_DICT.as_bytes());
        jieba
            .load_dict(&mut reader)
            .expect("dict/jieba_user.txt is valid (checked by a test)");
        // Every indicator name and alias stays one token, so that `indicators::canonical` can
        // match on whole tokens (a word without a frequency never wins in jieba).
        for word in crate::extract::indicators::words() {
            if !jieba.has_word(word) {
                jieba.add_word(word, Some(ALIAS_FREQ), Some("n"));
            }
        }
        Context {
            jieba,
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
        }
    }

    /// This context's id, unique in the process.
    pub fn id(&self) -> u64 {
        self.id
    }
}

impl Default for Context {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_dictionary_words_are_kept_whole() {
        let ctx = Context::new();
        let words: Vec<&str> = ctx
            .jieba
            .cut("地区生产总值年均增长", false)
            .into_iter()
            .map(|t| t.word)
            .collect();
        assert!(words.contains(&"地区生产总值"), "{words:?}");
    }

    #[test]
    fn indicator_aliases_are_kept_whole() {
        // 000 line 101: 地方财政一般预算收入年均增长 20%; the alias comes from dict/indicators.toml.
        let ctx = Context::new();
        let words: Vec<&str> = ctx
            .jieba
            .cut("地方财政一般预算收入年均增长", false)
            .into_iter()
            .map(|t| t.word)
            .collect();
        assert!(words.contains(&"地方财政一般预算收入"), "{words:?}");
    }
}
