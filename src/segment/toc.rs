//! The table of contents: one `toc` section from the 目录 line to its last entry, never body
//! headings, and its entries kept for the cross-check against the body (`checks.rs`).
//!
//! Entries carry dotted leaders and page numbers (003 line 12: `第一篇 发展基础和发展环境 .....⇥1`, ⇥ a tab),
//! may run together on one line (yunnan line 7: `第一章经济社会发展的指导思想第二章经济社会发展的主要目标`)
//! and end where the body begins: at prose (001 line 186) or where the first entry repeats
//! (003 line 155).

use super::markers::{Family, compact, compact_starts_with, marker};
use crate::normalize::{LineKind, Normalized};
use regex::Regex;
use std::sync::LazyLock;
use unicode_normalization::UnicodeNormalization;

/// Fewest entries a 目录 needs to count as a table of contents.
const MIN_ENTRIES: usize = 3;
/// Longest line without a marker taken as the wrapped rest of the previous entry.
const MAX_CONTINUATION: usize = 20;

/// One entry of the table of contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TocEntry {
    /// 0-based line.
    pub line: usize,
    pub family: Family,
    pub number: Option<u32>,
    /// Title as a comparison key (see [`key`]).
    pub title: String,
    /// The entry as printed (label and title), for warnings.
    pub text: String,
}

/// The table of contents of a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Toc {
    /// 0-based line of the 目录 heading.
    pub first_line: usize,
    /// 0-based line of the last entry.
    pub last_line: usize,
    pub entries: Vec<TocEntry>,
}

/// Dotted leaders and what follows them: `.....⇥1`, `……… 14`, `… 1`.
static LEADERS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s*(?:\.(?: ?\.)+|…+|·(?: ?·)+).*$").expect("valid regex"));

/// A page number after a gap at the end of an entry: `第一章 发展的基础\t1`.
static PAGE_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s+[0-9]{1,4}$").expect("valid regex"));

/// A 第X篇/章/节 marker anywhere in a line, to split run-together entries.
static DI_ANYWHERE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"第 ?(?:(?:[一二三四五六七八九十百零〇两] ?){1,5}|[0-9]{1,3} ?)(?:[篇章节]|部 ?分)")
        .expect("valid regex")
});

/// Comparison key of a title: compatibility-folded (full-width → ASCII), without whitespace.
pub fn key(s: &str) -> String {
    key_chars(s).collect()
}

/// The characters of [`key`]`(s)`, folded as they are read.
fn key_chars(s: &str) -> impl Iterator<Item = char> + '_ {
    s.nfkc().filter(|c| !c.is_whitespace())
}

/// An entry's text without leaders and page number; whether any were removed.
fn strip_leaders(text: &str) -> (&str, bool) {
    let mut end = LEADERS.find(text).map_or(text.len(), |m| m.start());
    if let Some(m) = PAGE_NUMBER.find(&text[..end]) {
        end = m.start();
    }
    (text[..end].trim_end(), end < text.len())
}

/// The entries of one TOC line: split where a new 第X marker starts (run-together OCR lines).
fn split_entries(text: &str) -> Vec<&str> {
    let mut starts: Vec<usize> = DI_ANYWHERE.find_iter(text).map(|m| m.start()).collect();
    if starts.first() != Some(&0) {
        return vec![text];
    }
    starts.push(text.len());
    starts.windows(2).map(|w| &text[w[0]..w[1]]).collect()
}

/// An entry from its printed text, if it starts with a marker.
fn entry(line: usize, text: &str) -> Option<TocEntry> {
    let m = marker(text)?;
    if m.family == Family::Toc {
        return None;
    }
    let title = if m.title_start == 0 {
        key(text)
    } else {
        key(&text[m.title_start..])
    };
    Some(TocEntry {
        line,
        family: m.family,
        number: m.number,
        title,
        text: compact(text),
    })
}

/// The 目录 line: `目 录`, or `目录序言` with the first entries run into it.
fn toc_start(doc: &Normalized) -> Option<(usize, String)> {
    doc.lines.iter().find_map(|l| {
        if l.kind != LineKind::Text || !compact_starts_with(&l.text, "目录") {
            return None;
        }
        let c = compact(&l.text);
        let rest = c.strip_prefix("目录")?;
        (rest.is_empty() || marker(rest).is_some()).then(|| (l.index, rest.to_string()))
    })
}

/// Find the table of contents.
pub fn find(doc: &Normalized) -> Option<Toc> {
    let (first_line, rest) = toc_start(doc)?;
    let mut entries: Vec<TocEntry> = Vec::new();
    for part in split_entries(&rest) {
        entries.extend(entry(first_line, part));
    }
    let mut last_line = first_line;
    // Entries printed with dotted leaders and page numbers, each on its own line.
    let mut led = 0;
    for l in &doc.lines[first_line + 1..] {
        match l.kind {
            LineKind::Blank | LineKind::PageMark => continue,
            LineKind::PipeRow | LineKind::HtmlTable => break,
            LineKind::Text => {}
        }
        let (text, had_leaders) = strip_leaders(&l.text);
        let parts = split_entries(text);
        let found: Vec<TocEntry> = parts.iter().filter_map(|p| entry(l.index, p)).collect();
        if found.is_empty() {
            let short = text.chars().count() <= MAX_CONTINUATION && !text.contains('。');
            match entries.last_mut() {
                Some(prev) if had_leaders || short => {
                    prev.title.push_str(&key(text));
                    prev.text.push_str(&compact(text));
                    last_line = l.index;
                    continue;
                }
                _ => break,
            }
        }
        let repeats_first = entries
            .first()
            .is_some_and(|e| entries.len() >= 2 && same(e, &found[0]));
        if repeats_first {
            break;
        }
        led += usize::from(had_leaders && found.len() == 1);
        entries.extend(found);
        last_line = l.index;
    }
    // A short 目录 of only the 篇 counts when its entries carry leaders and page numbers
    // (probes3 province_14th_outline lines 4–6: two entries, `第一篇 …………… 1`).
    let led_all = entries.len() >= 2 && led == entries.len();
    (entries.len() >= MIN_ENTRIES || led_all).then_some(Toc {
        first_line,
        last_line,
        entries,
    })
}

/// Two entries with the same marker and title, or a title that is the start of the other's: the
/// body may wrap a title the TOC prints whole (beijing line 276 `第一篇 锚定发展目标`, TOC line 26
/// `第一篇 锚定发展目标 奋力谱写…篇章`).
fn same(a: &TocEntry, b: &TocEntry) -> bool {
    a.family == b.family
        && a.number == b.number
        && !b.title.is_empty()
        && (a.title.starts_with(&b.title) || b.title.starts_with(&a.title))
}

/// Whether `title` (a key) with the next line's text `more` makes a title the TOC lists for
/// this marker: the TOC tells where a wrapped body heading ends.
pub fn completes(
    toc: Option<&Toc>,
    family: super::markers::Family,
    number: Option<u32>,
    title: &str,
    more: &str,
) -> bool {
    let mut listed = toc
        .into_iter()
        .flat_map(|t| &t.entries)
        .filter(|e| e.family == family && e.number == number)
        .peekable();
    // Folding the next line is the costly part: only when the TOC lists this marker at all.
    if listed.peek().is_none() {
        return false;
    }
    let head = key(title);
    listed.any(|e| {
        e.title
            .strip_prefix(head.as_str())
            .is_some_and(|rest| key_equals(more, rest))
    })
}

/// Whether [`key`]`(s) == want`, folding `s` only as far as it agrees: the next line of a
/// heading is often a long line of body text, and its first characters already differ.
fn key_equals(s: &str, want: &str) -> bool {
    key_chars(s).eq(want.chars())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leaders_and_page_numbers_are_stripped() {
        // 003 lines 12, 17; beijing line 27.
        assert_eq!(
            strip_leaders("第一篇 发展基础和发展环境 .....\t1").0,
            "第一篇 发展基础和发展环境"
        );
        assert_eq!(
            strip_leaders("第二篇 坚持四个全面,明确指导思想和发展目标.....\t7").0,
            "第二篇 坚持四个全面,明确指导思想和发展目标"
        );
        assert_eq!(
            strip_leaders("第一章 “十四五”时期重大成就为接续发展奠定了坚实基础 … 1").0,
            "第一章 “十四五”时期重大成就为接续发展奠定了坚实基础"
        );
        assert_eq!(
            strip_leaders("第三节 2035年远景目标").0,
            "第三节 2035年远景目标"
        );
        // Leaders as PDF text extraction spaces them out, in a letter-spaced line.
        assert_eq!(
            strip_leaders("第 十 一 章 推 进 文 化 润 疆 . . . . . 1").0,
            "第 十 一 章 推 进 文 化 润 疆"
        );
        assert_eq!(
            strip_leaders("第二节 发展环境 · · · · 5").0,
            "第二节 发展环境"
        );
    }

    #[test]
    fn run_together_entries_split() {
        // yunnan line 7.
        let parts = split_entries(
            "第一章经济社会发展的指导思想第二章经济社会发展的主要目标第二篇调整经济结构",
        );
        assert_eq!(parts.len(), 3);
        assert_eq!(parts[2], "第二篇调整经济结构");
    }

    /// probes3 province_14th_outline lines 4–10: a 目录 of the two 篇 only, with leaders and page
    /// numbers, then a page mark, the running header and the first 篇 again. Two entries
    /// without leaders are no table of contents.
    #[test]
    fn short_toc_with_leaders_counts() {
        let text = "目  录\n第一篇  开启新征程 ………………………… 1\n第二篇  构建现代产业体系 ……………… 15\n\n— 1 —\n第一篇  开启新征程\n第一章 发展基础\n";
        let toc = find(&Normalized::new(text.to_string())).unwrap();
        assert_eq!(
            (toc.first_line, toc.last_line, toc.entries.len()),
            (0, 2, 2)
        );
        let bare = "目  录\n第一篇  开启新征程\n第二篇  构建现代产业体系\n\n第一篇  开启新征程\n";
        assert!(find(&Normalized::new(bare.to_string())).is_none());
    }

    #[test]
    fn toc_ends_where_the_first_entry_repeats() {
        // 003 lines 10–14 and 155.
        let text = "# 目 录\n\n第一篇 发展基础和发展环境 .....\t1\n第一章 发展的基础 .....\t1\n第二章 发展的环境 .....\t4\n\n## 第一篇 发展基础和发展环境\n### 第一章 发展的基础\n";
        let doc = Normalized::new(text.to_string());
        let toc = find(&doc).unwrap();
        assert_eq!(toc.first_line, 0);
        assert_eq!(toc.last_line, 4);
        assert_eq!(toc.entries.len(), 3);
        assert_eq!(toc.entries[1].title, "发展的基础");
    }

    #[test]
    fn toc_ends_where_a_wrapped_first_entry_repeats() {
        // beijing lines 25–27 and 276–278.
        let text = "目 录\n第一篇 锚定发展目标 奋力谱写现代化的城市篇章 ……… 1\n第一章 重大成就为接续发展奠定了坚实基础 … 1\n第二章 准确把握重要地位 ……… 5\n第一篇 锚定发展目标\n奋力谱写现代化的城市篇章\n第一章 重大成就为接续发展奠定了坚实基础\n";
        let doc = Normalized::new(text.to_string());
        let toc = find(&doc).unwrap();
        assert_eq!(toc.last_line, 3);
        assert!(completes(
            Some(&toc),
            Family::Part,
            Some(1),
            "锚定发展目标",
            "奋力谱写现代化的城市篇章"
        ));
    }

    #[test]
    fn toc_ends_at_prose() {
        // 001 lines 8–16 and 186.
        let text = "目 录\n\n第一章 发展基础和环境\n\n第一节 发展基础\n\n第二节 发展环境\n\n“十四五”时期是我国全面建成小康社会、实现第一个百年奋斗目标之后。\n\n第一章 发展基础和环境\n";
        let toc = find(&Normalized::new(text.to_string())).unwrap();
        assert_eq!(toc.last_line, 6);
    }
}
