//! The indicator dictionary: canonical ids for common plan indicators and their aliases
//! (地区生产总值 / 生产总值 / GDP → `gdp`), so that one indicator compares across documents.
//!
//! (Stub until the dictionary lands: nothing is canonical yet.)

/// The canonical id of an indicator phrase as written (`全市地区生产总值` → `gdp`), or `None`.
/// `tokens` are the phrase's jieba tokens when the caller has them (matching on whole tokens
/// avoids 生产总值 inside 第一产业生产总值 style false matches); an empty slice means "tokenize
/// by dictionary longest match".
pub fn canonical(_phrase: &str, _tokens: &[&str]) -> Option<&'static str> {
    None
}
