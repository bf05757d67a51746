//! Heading markers: which ordinal, division word or block word a cleaned line starts with.
//!
//! A marker says what a heading *is* (第三章 is a chapter, （二） a second-rank sub-heading); the
//! level comes later from how the markers nest (`tree.rs`), never from markdown `#` counts,
//! which the seeds scatter at random (003: `## 第一篇`, `### 第一章`, `#### 第四章`).

use crate::normalize::Normalized;
use crate::numerals::chinese_to_u32;
use regex::Regex;
use std::sync::LazyLock;
use unicode_normalization::UnicodeNormalization;

/// The kinds of markers, each nesting by its own rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Family {
    /// 第X篇
    Part,
    /// 第X章
    Chapter,
    /// 第X节
    Section,
    /// 一、
    Cn,
    /// （一）
    ParenCn,
    /// 1. / 1、
    Arabic,
    /// （1）
    ParenArabic,
    /// `1 总体要求`, `1.1 发展基础`, `2.3.1 …`: decimal numbering, its depth (1 to 4) the
    /// count of its numbers. Each depth nests as a sub-heading family of its own.
    Decimal(u8),
    /// 序言, 前言, a resolution (决议) printed before the plan.
    Preface,
    /// 附件1：…
    Appendix,
    /// 名词解释, 注释.
    Glossary,
    /// 目录.
    Toc,
    /// A work report's own unnumbered divisions: `2022年工作回顾`, `2023 年工作安排`.
    Division,
}

impl Family {
    /// Whether this is a sub-heading family whose rank is decided by nesting order.
    pub fn is_sub(self) -> bool {
        matches!(
            self,
            Family::Cn
                | Family::ParenCn
                | Family::Arabic
                | Family::ParenArabic
                | Family::Decimal(_)
        )
    }

    /// Whether this is one of 第X篇/章/节.
    pub fn is_di(self) -> bool {
        matches!(self, Family::Part | Family::Chapter | Family::Section)
    }
}

/// A marker found at the start of a cleaned line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marker {
    pub family: Family,
    pub number: Option<u32>,
    /// Bytes of page-break debris before the marker (a form feed left by PDF conversion:
    /// national_12th line 335 `\u{c}\t第十八章…`).
    pub lead: usize,
    /// Byte range of the marker in the cleaned text (`第十二章`, `(一)`, `附件1:`), for the label.
    pub label_end: usize,
    /// Byte offset in the cleaned text where the title starts (after separators).
    pub title_start: usize,
}

impl Marker {
    /// A block word or division: the whole line, no label.
    fn bare(family: Family) -> Marker {
        Marker {
            family,
            number: None,
            lead: 0,
            label_end: 0,
            title_start: 0,
        }
    }

    /// A numbered marker whose label ends at byte `end` of `text`; the title starts after the
    /// separators that follow it.
    fn labelled(family: Family, number: Option<u32>, text: &str, end: usize) -> Marker {
        Marker {
            family,
            number,
            lead: 0,
            label_end: end,
            title_start: skip_separators(text, end),
        }
    }
}

/// `第十二章`, `第 3 节`, `第10章`, `第一篇` — with or without a separator after it.
static DI: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!("^{DI_ORDINAL}(篇|部 ?分|章|节)")).expect("valid regex"));

/// `第十二`, `第 3 `: the ordinal of a 篇/章/节 marker (group 1 its numeral), shared by [`DI`]
/// and [`INNER_DI`].
const DI_ORDINAL: &str = r"第 ?((?:[一二三四五六七八九十百零〇两] ?){1,5}|[0-9]{1,3} ?)";

/// `一、`, `十二.` (NFKC folds `．` to `.`); never `一,` — a line that starts with `一,` is the
/// rest of a wrapped sentence (beijing line 309: `一,高被引科学家数量…`).
static CN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^([一二三四五六七八九十]{1,3}) ?[、.]").expect("valid regex"));

/// `(一)` — NFKC folds `（一）` to `(一)`.
static PAREN_CN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\( ?([一二三四五六七八九十]{1,3}) ?\)").expect("valid regex"));

/// `1.`, `12、` — not `1.2万元` (a decimal), checked by the caller.
static ARABIC: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^([0-9]{1,2}) ?[、.]").expect("valid regex"));

/// `1 总体要求`, `1.1 发展基础`, `2.3.1 提升…`: numbers joined by dots, then the title's first
/// ideograph (territorial and special plans number their headings so: probes36
/// new_urbanization_plan_decimal_numbering lines 12–16). Cleaning drops the space between a
/// number and an ideograph, so `1.12个百分点` (a wrapped value) matches too: [`decimal`] refuses
/// a title that opens with a unit.
static DECIMAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([0-9]{1,2}(?:\.[0-9]{1,2}){0,3})[ \t]*\p{Han}").expect("valid regex")
});

/// `(1)`.
static PAREN_ARABIC: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\( ?([0-9]{1,2}) ?\)").expect("valid regex"));

/// `附件1:`, `附件 2`, `附件一`, `附录`.
static APPENDIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^附(?:件|录) ?([0-9]{1,2}|[一二三四五六七八九十]{1,3})?").expect("valid regex")
});

/// A work report's own divisions: `2022年工作回顾`, `2023 年工作安排`, `今年工作安排`,
/// `2026年目标任务` (probes61 township_gwr_2026_short_lines_wechat line 58).
static DIVISION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[0-9]{4} ?年|今年|过去[一五]年|本届政府)(?:政府)?(?:工作回顾|工作安排|主要工作|重点工作|工作任务|工作建议|主要任务|重点任务|目标任务|工作目标|主要目标|主要预期目标|工作总体要求)$")
        .expect("valid regex")
});

/// A division printed in black brackets on a line of its own: `【2026年工作回顾】`,
/// `【2027年重点工作】` (web copies of work reports, probes36 county_gwr_2027_spaced_numbers
/// lines 12, 40, 52).
fn bracketed_division(text: &str) -> Option<Marker> {
    let inner = text.strip_prefix('【')?.trim_end().strip_suffix('】')?;
    let compacted = compact_short(inner, MAX_BLOCK_CHARS)?;
    DIVISION
        .is_match(&compacted)
        .then(|| Marker::bare(Family::Division))
}

/// Whether a numbered heading's title is a work report's division (`一、2022年工作回顾`: the
/// title `2022年工作回顾`): it then nests as a division ([`super::tree`]).
pub fn is_division_title(title: &str) -> bool {
    let first = title.trim_start().chars().next().unwrap_or_default();
    if !opens_block(first) && !first.is_numeric() {
        return false;
    }
    let folded: String = title.nfkc().filter(|c| !c.is_whitespace()).collect();
    DIVISION.is_match(&folded)
}

/// Separators between a marker and its title: spaces, tabs, colons, dots, commas.
fn skip_separators(text: &str, mut at: usize) -> usize {
    while let Some(c) = text[at..].chars().next() {
        if matches!(c, ' ' | '\t' | ':' | '.' | '、' | ',') {
            at += c.len_utf8();
        } else {
            break;
        }
    }
    at
}

/// A numeral written in Chinese or Arabic digits.
/// The value of an ordinal as printed, spaces and all (`十 一`: a letter-spaced heading).
fn numeral(s: &str) -> Option<u32> {
    let s = compact(s);
    if s.bytes().all(|b| b.is_ascii_digit()) {
        s.parse().ok()
    } else {
        chinese_to_u32(&s)
    }
}

/// The text without spaces and tabs: how block words are compared (`目 录`, `前    言`).
pub fn compact(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Whether the text, spaces and tabs ignored, starts with `prefix` (`专 栏 3` starts with 专栏),
/// without building the compacted copy: this is asked of every line.
pub fn compact_starts_with(s: &str, prefix: &str) -> bool {
    let mut text = s.chars().filter(|c| !c.is_whitespace());
    prefix.chars().all(|p| text.next() == Some(p))
}

/// The compacted text when it has at most `max` characters, else None: block words and
/// divisions are short, so a line of prose is never copied to be compared with them.
fn compact_short(s: &str, max: usize) -> Option<String> {
    let mut out = String::new();
    for (n, c) in s.chars().filter(|c| !c.is_whitespace()).enumerate() {
        if n == max {
            return None;
        }
        out.push(c);
    }
    Some(out)
}

/// Longest block word or division line, in characters (`2023年政府工作安排` has 11).
const MAX_BLOCK_CHARS: usize = 16;

/// Block words that stand alone on their line (compacted: no whitespace), with their family.
const BLOCK_WORDS: &[(&str, Family)] = &[
    ("目录", Family::Toc),
    ("序言", Family::Preface),
    ("前言", Family::Preface),
    ("引言", Family::Preface),
    ("序", Family::Preface),
    ("名词解释", Family::Glossary),
    ("注释", Family::Glossary),
    ("名词注释", Family::Glossary),
    ("附:名词解释", Family::Glossary),
    ("附名词解释", Family::Glossary),
];

/// The family of a block word standing alone on its line: 目录, 序言, 前言, 名词解释 …
fn block_word(compacted: &str) -> Option<Family> {
    BLOCK_WORDS
        .iter()
        .find(|(w, _)| *w == compacted)
        .map(|&(_, f)| f)
}

/// The marker at the start of `text` (a cleaned line), if any.
///
/// ```text
/// 第一章发展基础和发展环境   → Chapter 1, title at 发
/// (一)调整优化种植业结构     → ParenCn 1
/// 2023 年工作安排            → Division
/// 附件1:       地区重点工作任务 → Appendix 1
/// ```
pub fn marker(text: &str) -> Option<Marker> {
    let lead = text.len()
        - text
            .trim_start_matches(|c: char| c.is_whitespace() || c.is_control())
            .len();
    let mut m = marker_at(&text[lead..]).or_else(|| bracketed_division(&text[lead..]))?;
    m.lead = lead;
    if m.label_end > 0 || m.title_start > 0 {
        m.label_end += lead;
        m.title_start += lead;
    }
    Some(m)
}

/// The marker of every line, by line index (blank lines and page marks included, so that a
/// neighbour's marker is one lookup). [`marker`] runs once a line, however many heading tests
/// look at the line: the document's style, the heading itself, the line above a wrapped title.
pub fn of_lines(doc: &Normalized) -> Vec<Option<Marker>> {
    doc.lines.iter().map(|l| marker(&l.text)).collect()
}

/// Whether a marker, block word or division can start with `c` — asked first, since almost
/// every line of prose fails it and the regexes need not run.
fn can_start_marker(c: char) -> bool {
    matches!(
        c,
        '第' | '附' | '(' | '0'
            ..='9'
                | '一'
                | '二'
                | '三'
                | '四'
                | '五'
                | '六'
                | '七'
                | '八'
                | '九'
                | '十'
                | '今'
                | '过'
                | '本'
                | '目'
                | '序'
                | '前'
                | '引'
                | '名'
                | '注'
    )
}

/// A 第X章 or 第X节 marker inside `text[from..to]`, ranked below `outer` (a 章 or 节 under a 篇, a
/// 节 under a 章): OCR and PDF conversion sometimes print two headings on one line
/// (yunnan_10th line 179: `第三篇推进改革开放第十三章深化各项改革`). Returns the marker's byte
/// offset in `text` when a title follows it and the outer heading keeps a title of its own.
pub fn inner_di(text: &str, from: usize, to: usize, outer: Family) -> Option<usize> {
    let lower = match outer {
        Family::Part => "章节",
        Family::Chapter => "节",
        _ => return None,
    };
    let hay = text.get(from..to)?;
    INNER_DI
        .captures_iter(hay)
        .find(|c| {
            let (Some(all), Some(rank)) = (c.get(0), c.get(2)) else {
                return false;
            };
            all.start() > 0 && lower.contains(rank.as_str()) && !hay[all.end()..].trim().is_empty()
        })
        .and_then(|c| c.get(0))
        .map(|m| from + m.start())
}

/// [`DI`] anywhere in a line, for [`inner_di`].
static INNER_DI: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!("{DI_ORDINAL}([章节])")).expect("valid regex"));

/// Whether a block word ([`BLOCK_WORDS`]) or a division ([`DIVISION`]: a year's digit, 今年,
/// 过去…年, 本届政府) can start with `c` — asked before compacting the line, which most lines
/// starting with 第 or 一 never need. A test checks it against both.
fn opens_block(c: char) -> bool {
    matches!(
        c,
        '目' | '序' | '前' | '引' | '名' | '注' | '附' | '今' | '过' | '本' | '0'..='9'
    )
}

/// Whether a numbered marker of `family` can start with `c`: the first character its regex
/// ([`DI`], [`APPENDIX`], [`PAREN_CN`], [`CN`] …) requires.
fn opens(family: Family, c: char) -> bool {
    match family {
        Family::Part | Family::Chapter | Family::Section => c == '第',
        Family::Appendix => c == '附',
        Family::ParenCn | Family::ParenArabic => c == '(',
        Family::Cn => "一二三四五六七八九十".contains(c),
        Family::Arabic => c.is_ascii_digit(),
        _ => true,
    }
}

/// [`marker`] on text that starts with the marker.
fn marker_at(text: &str) -> Option<Marker> {
    if !text.starts_with(can_start_marker) {
        return None;
    }
    // Each test below is anchored and opens with its own characters, so it runs only on a line
    // that starts with one of them: a prose line starting with 第 or 一 tries one regex.
    let first = text.chars().next().unwrap_or_default();
    if opens_block(first) {
        let compacted = compact_short(text, MAX_BLOCK_CHARS).unwrap_or_default();
        if let Some(family) = block_word(&compacted) {
            return Some(Marker::bare(family));
        }
        if DIVISION.is_match(&compacted) {
            return Some(Marker::bare(Family::Division));
        }
    }
    if opens(Family::Chapter, first)
        && let Some(c) = DI.captures(text)
    {
        let family = match &c[2] {
            // `第一部分` stands where a plan prints `第一篇` (reports and opinions use it).
            "篇" | "部分" | "部 分" => Family::Part,
            "章" => Family::Chapter,
            _ => Family::Section,
        };
        let end = c.get(0).map_or(0, |m| m.end());
        return Some(Marker::labelled(family, numeral(&c[1]), text, end));
    }
    if opens(Family::Appendix, first)
        && let Some(c) = APPENDIX.captures(text)
    {
        let end = c.get(0).map_or(0, |m| m.end());
        let number = c.get(1).and_then(|m| numeral(m.as_str()));
        return Some(Marker::labelled(Family::Appendix, number, text, end));
    }
    if first.is_ascii_digit()
        && let Some(m) = decimal(text)
    {
        return Some(m);
    }
    let sub = [
        (&*PAREN_CN, Family::ParenCn),
        (&*PAREN_ARABIC, Family::ParenArabic),
        (&*CN, Family::Cn),
        (&*ARABIC, Family::Arabic),
    ];
    for (re, family) in sub {
        if !opens(family, first) {
            continue;
        }
        let Some(c) = re.captures(text) else { continue };
        let end = c.get(0).map_or(0, |m| m.end());
        if family == Family::Arabic && text[end..].starts_with(|c: char| c.is_ascii_digit()) {
            // `1.2万元`: a decimal, not an ordinal.
            return None;
        }
        return Some(Marker::labelled(family, numeral(&c[1]), text, end));
    }
    None
}

/// A [`DECIMAL`] marker: its depth, its last number, the title after the space.
fn decimal(text: &str) -> Option<Marker> {
    let c = DECIMAL.captures(text)?;
    let numbers = c.get(1)?;
    // `1.2万元,…`, `1.12个百分点`, `2.5亿人次`: a wrapped value and its unit.
    let after = text[numbers.end()..].trim_start();
    let after = after.trim_start_matches(['万', '亿']);
    if crate::extract::units::longest_prefix(after).is_some() {
        return None;
    }
    let depth = numbers.as_str().split('.').count();
    let last = numbers.as_str().rsplit('.').next()?.parse().ok()?;
    Some(Marker::labelled(
        Family::Decimal(u8::try_from(depth).ok()?),
        Some(last),
        text,
        numbers.end(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fam(s: &str) -> Option<(Family, Option<u32>)> {
        marker(s).map(|m| (m.family, m.number))
    }

    #[test]
    fn di_markers_with_or_without_space() {
        // 000 line 11 and 47; 003 line 155; a `第10章` with Arabic digits.
        assert_eq!(
            fam("第一章发展基础和发展环境"),
            Some((Family::Chapter, Some(1)))
        );
        assert_eq!(fam("第二节 发展环境"), Some((Family::Section, Some(2))));
        assert_eq!(
            fam("第一篇 发展基础和发展环境"),
            Some((Family::Part, Some(1)))
        );
        assert_eq!(fam("第10章 城市建设"), Some((Family::Chapter, Some(10))));
        assert_eq!(
            fam("第六十二章 加强规划协调管理"),
            Some((Family::Chapter, Some(62)))
        );
        let m = marker("第一章发展基础和发展环境").unwrap();
        assert_eq!(
            &"第一章发展基础和发展环境"[m.title_start..],
            "发展基础和发展环境"
        );
        // A letter-spaced heading (`第 十 一 章 推 进 …`, as PDF extraction spaces headings out).
        assert_eq!(
            fam("第 十 一 章 推 进 文 化 润 疆"),
            Some((Family::Chapter, Some(11)))
        );
        assert_eq!(
            fam("第 二 部 分 发 展 目 标"),
            Some((Family::Part, Some(2)))
        );
        // `第X部分` is a part, as 篇 (003 and beijing with 篇 so written gave the same outline).
        let m = marker("第二部分 坚持创新驱动发展").unwrap();
        assert_eq!((m.family, m.number), (Family::Part, Some(2)));
        assert_eq!(
            &"第二部分 坚持创新驱动发展"[m.title_start..],
            "坚持创新驱动发展"
        );
    }

    #[test]
    fn page_break_debris_before_a_marker() {
        // national_12th line 335: a form feed and a gap before 第十八章.
        let m = marker("\u{c}\t第十八章 实施区域发展总体战略").unwrap();
        assert_eq!((m.family, m.number, m.lead), (Family::Chapter, Some(18), 2));
        assert_eq!(m.label_end, 2 + "第十八章".len());
    }

    #[test]
    fn not_ordinals() {
        // 000 line 111: a wrapped decimal; body words that start with 第.
        assert_eq!(fam("1.2万元,城乡居民收入达到西部平均水平。"), None);
        assert_eq!(fam("第三产业增加值年均增长"), None);
        assert_eq!(fam("第九届全国人民代表大会第一次会议以来的五年"), None);
    }

    #[test]
    fn sub_heading_markers() {
        // 001 lines 535, 537; 002 line 73; gwr_2003 line 74.
        assert_eq!(fam("一、 做强现代种养殖业"), Some((Family::Cn, Some(1))));
        assert_eq!(
            fam("(一)调整优化种植业结构"),
            Some((Family::ParenCn, Some(1)))
        );
        assert_eq!(fam("(十一)推进法治建设"), Some((Family::ParenCn, Some(11))));
        assert_eq!(fam("1、坚持把科学跨越"), Some((Family::Arabic, Some(1))));
        assert_eq!(fam("(3)加强监管"), Some((Family::ParenArabic, Some(3))));
        // beijing line 309: the end of a wrapped sentence.
        assert_eq!(
            fam("一,高被引科学家数量稳居全球创新城市前列,中关村先行先试"),
            None
        );
    }

    #[test]
    fn block_words_and_divisions() {
        // 004 line 14, 003 line 10, 002 lines 17, 61, 205; gwr_2025 line 100.
        assert_eq!(fam("前\t言"), Some((Family::Preface, None)));
        assert_eq!(fam("目 录"), Some((Family::Toc, None)));
        assert_eq!(fam("2022年工作回顾"), Some((Family::Division, None)));
        assert_eq!(fam("2023 年工作安排"), Some((Family::Division, None)));
        assert_eq!(fam("名词解释"), Some((Family::Glossary, None)));
        assert_eq!(
            fam("附件1:\t地区重点工作任务"),
            Some((Family::Appendix, Some(1)))
        );
        assert_eq!(fam("附件1"), Some((Family::Appendix, Some(1))));
        // A sentence about the year's work is no division.
        assert_eq!(fam("2023年工作的预期目标是:力争地区生产总值增长8%"), None);
    }

    /// The first-character filter never hides a block word or a division.
    #[test]
    fn opens_block_covers_block_words_and_divisions() {
        for (word, family) in BLOCK_WORDS {
            assert!(word.starts_with(opens_block), "{word}");
            assert_eq!(fam(word), Some((*family, None)), "{word}");
        }
        for line in [
            "今年工作安排",
            "过去五年工作回顾",
            "本届政府工作回顾",
            "2025年主要任务",
        ] {
            assert_eq!(fam(line), Some((Family::Division, None)), "{line}");
        }
        for c in ('\u{20}'..='\u{7e}').chain('\u{4e00}'..='\u{9fff}') {
            for line in [format!("{c}年工作安排"), format!("{c}届政府工作回顾")] {
                assert!(!DIVISION.is_match(&line) || opens_block(c), "{line}");
            }
        }
    }

    /// Decimal numbering (probes36 new_urbanization_plan_decimal_numbering lines 12–16), the
    /// space before the title dropped by cleaning or not.
    #[test]
    fn decimal_markers() {
        let f = |s: &str| marker(s).map(|m| (m.family, m.number));
        assert_eq!(f("1.1 发展基础"), Some((Family::Decimal(2), Some(1))));
        assert_eq!(f("1 总体要求"), Some((Family::Decimal(1), Some(1))));
        assert_eq!(f("2.3.1 提升城市品质"), Some((Family::Decimal(3), Some(1))));
        assert_eq!(f("1.1发展基础"), Some((Family::Decimal(2), Some(1))));
        assert_eq!(f("1.12个百分点;户籍人口城镇化率"), None);
        assert_eq!(f("2.5亿人次,比上年增长"), None);
    }
}
