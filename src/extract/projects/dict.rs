//! The word lists of the projects extractor, read once from `dict/` (one word a line, `#`
//! comments): leading verbs, project head nouns, group-label endings, titles of unlabelled boxes.

use std::sync::LazyLock;

/// Parse a word list: one entry a line, blank lines and `#` comments skipped; longest first, so
/// that a prefix or suffix match prefers 重点建设 over 建设.
pub fn parse_list(text: &str) -> Vec<&str> {
    let mut words: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    words.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    words.dedup();
    words
}

/// Verbs that introduce a project and are not part of its name (重点建设, 加快推进, 实施).
pub static VERBS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| parse_list(include_str!("../../../dict/project_verbs.txt")));

/// Nouns that end a concrete project's name (项目, 工程, 水库, 铁路 …).
pub static HEADS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| parse_list(include_str!("../../../dict/project_heads.txt")));

/// Endings of a group label closed by 。 (`1、油气开发。`).
pub static GROUP_SUFFIXES: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| parse_list(include_str!("../../../dict/project_group_suffixes.txt")));

/// Endings of the title of a box printed without its 专栏 label (`煤炭、煤电、煤化工重点项目`).
pub static BOX_TITLE_HEADS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| parse_list(include_str!("../../../dict/box_title_heads.txt")));

/// Verbs whose 、-list names existing institutions, not projects (依托, 加强).
pub static CONTEXT_VERBS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| parse_list(include_str!("../../../dict/project_context_verbs.txt")));

/// Head nouns too general to name one project without a place before them (设施, 机构):
/// `地区精神病人福利机构` is one, `妇幼保健机构` is a kind.
pub static WEAK_HEADS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| parse_list(include_str!("../../../dict/project_weak_heads.txt")));

/// Openings that make a name a class of facilities, one in every place of a level
/// (`县级公共图书馆`, `乡镇卫生院`).
pub static GENERIC_PREFIXES: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| parse_list(include_str!("../../../dict/project_generic_prefixes.txt")));

/// Endings of labels that open body paragraphs (`旅游方面:`).
pub static PROSE_LABELS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| parse_list(include_str!("../../../dict/prose_label_suffixes.txt")));

/// The head noun `name` ends with, if any (`甲地—乙地铁路` → 铁路).
pub fn head_of(name: &str) -> Option<&'static str> {
    HEADS.iter().copied().find(|h| name.ends_with(h))
}

/// The longest leading verb of `text`, if any.
pub fn leading_verb(text: &str) -> Option<&'static str> {
    VERBS.iter().copied().find(|v| text.starts_with(v))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_load_longest_first() {
        assert!(!VERBS.is_empty() && !HEADS.is_empty());
        assert_eq!(
            leading_verb("重点建设甲石油局油气勘探开发项目"),
            Some("重点建设")
        );
        assert_eq!(head_of("甲地—乙地铁路"), Some("铁路"));
        assert_eq!(head_of("乙地纺织工业城热电厂"), Some("热电厂"));
        assert_eq!(head_of("土地平整"), None);
        assert!(GROUP_SUFFIXES.contains(&"项目"));
        assert!(BOX_TITLE_HEADS.contains(&"项目"));
    }
}
