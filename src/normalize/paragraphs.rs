//! Paragraphs: consecutive lines of one sentence joined again.
//!
//! PDF conversion breaks sentences in two ways, both in the seeds and the corpus:
//! - at the page width, with no blank line (beijing: `…具有承前` / `启后的重要地位`);
//! - across blank lines, sometimes with a footnote or page mark in between (000 lines 23–27:
//!   `…排水管网总` / `注：文中右下角…` / `长达到 349.5 公里`).
//!
//! A line continues the paragraph before it when that paragraph's last line does not end a
//! sentence, is not a heading-like line, and the new line does not open a heading, list item,
//! box or table row.

use super::{Line, LineKind, Paragraph};
use crate::source::SourceText;
use regex::Regex;
use std::sync::LazyLock;
use unicode_width::UnicodeWidthStr;

/// Lines that open something of their own: ordinal headings, list items, boxes, notes.
static OPENS_BLOCK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:第[一二三四五六七八九十百零〇两\d]+[篇章节部]|[一二三四五六七八九十百]+[、.]",
        r"|\([一二三四五六七八九十\d]+\)|\d+[、.](?:\D|$)|[①-⑳]|专栏|附件|附表|表\s*\d|——|—|注[:：]",
        r"|目\s*录|序\s*言|前\s*言|各位代表|同志们)"
    ))
    .expect("valid regex")
});

/// A footnote line that conversion may drop inside a sentence.
static NOTE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:注[:：]|\d+\s*[.、]?\s*注)").expect("valid regex"));

/// Whether a line opens something of its own ([`OPENS_BLOCK`]): a heading, a list item, a box.
pub(super) fn opens_block(text: &str) -> bool {
    OPENS_BLOCK.is_match(text)
}

/// Characters that end a sentence or a lead-in (a colon before a list).
pub(super) fn ends_sentence(text: &str) -> bool {
    let t = text.trim_end_matches(['"', '”', '’', ')', '」', '』', '*']);
    // `城镇新增就业78.` (probes43 province_gwr_2026_digits_split_across_lines line 16): a
    // decimal point whose digits the next line holds ends nothing.
    if let Some(head) = t.strip_suffix('.')
        && head.ends_with(|c: char| c.is_ascii_digit())
        && head.chars().count() >= MIN_BROKEN_LINE
    {
        return false;
    }
    t.ends_with(['。', '!', '?', ';', ':', '…', '.', '！', '？', '；', '：'])
}

/// Minimum chars of a line that may be a broken one: headings and captions are shorter.
const MIN_BROKEN_LINE: usize = 14;
/// Most chars of a label printed over a figure alone on its line.
const MAX_LABEL_OVER_FIGURE: usize = 20;
/// Minimum chars of a line broken across a blank line (full paragraphs, not page-width lines).
const MIN_BROKEN_ACROSS_BLANK: usize = 40;

/// A hard-wrapped document — every printed line its own source line, broken at a fixed width
/// (beijing: 28 chars; official documents print 28 a line) — is recognised by the length of
/// its lines that end mid-sentence: at least [`WRAP_MIN_LINES`] of them, and
/// [`WRAP_MIN_SHARE`] percent within ±2 chars of one width of at least [`WRAP_MIN_WIDTH`].
const WRAP_MIN_LINES: usize = 50;
const WRAP_MIN_SHARE: usize = 50;
const WRAP_MIN_WIDTH: usize = 20;
/// Widths counted at most; longer lines count as this width (they are paragraphs, not page
/// lines).
const WRAP_MAX_WIDTH: usize = 200;

/// The width a hard-wrapped document's lines are broken at, if it is one (see
/// [`WRAP_MIN_LINES`]). Lines of that width end mid-sentence because the page ended them, so
/// when a converter puts a blank line after every printed line, a line of about that width
/// still continues across the blank.
fn wrap_width(lines: &[Line]) -> Option<usize> {
    // counts[n]: mid-sentence lines of n chars (spaces not counted), two spare slots for `near`.
    let mut counts = vec![0usize; WRAP_MAX_WIDTH + 3];
    let mut total = 0;
    for l in lines.iter().filter(|l| l.kind == LineKind::Text) {
        // Fewer than 30 bytes is fewer than 10 ideographs: a label or a heading, no page line.
        if l.text.len() < 30 || ends_sentence(&l.text) {
            continue;
        }
        let n = l.text.chars().filter(|c| !c.is_whitespace()).count();
        if n >= 10 {
            counts[n.min(WRAP_MAX_WIDTH)] += 1;
            total += 1;
        }
    }
    if total < WRAP_MIN_LINES {
        return None;
    }
    let near = |w: usize| counts[w - 2..=w + 2].iter().sum::<usize>();
    let width = (WRAP_MIN_WIDTH..WRAP_MAX_WIDTH).max_by_key(|&w| (near(w), counts[w], w))?;
    (near(width) * 100 >= total * WRAP_MIN_SHARE).then_some(width)
}

/// Whether `next` continues the paragraph whose last line is `prev`. The tests run cheapest
/// first (most pairs fail on a sentence end): flags, the line end, a char count, a tab search,
/// the regex last.
fn may_continue(prev: &Line, next: &Line, min: usize) -> bool {
    if prev.heading_mark || next.heading_mark || prev.bold || next.bold || next.bullet {
        return false;
    }
    if prev.kind != LineKind::Text || next.kind != LineKind::Text {
        return false;
    }
    if ends_sentence(&prev.text) {
        return false;
    }
    if KEY_VALUE.is_match(&prev.text) && KEY_VALUE.is_match(&next.text) {
        return false;
    }
    // Two labelled lines are two items, whatever the first one's value is (`单位地区生产总值能耗：
    // 完成省下达目标任务` / `PM2.5平均浓度：控制在28微克/立方米以内`, probes22
    // city_gwr_2025_infographic lines 77–78).
    if LABELLED.is_match(&prev.text) && LABELLED.is_match(&next.text) {
        return false;
    }
    let len = prev.text.chars().count();
    if len < min && !splits_a_value(&prev.text, &next.text) {
        return false;
    }
    // A figure alone on its line under a short label is an infographic's item, not the end of
    // a sentence (`民生支出占一般公共预算支出比重` / `52380元`, probes22 city_gwr_2025_infographic
    // lines 41–42: the figure is the next label's).
    if len < MAX_LABEL_OVER_FIGURE && crate::extract::numbers::is_figure_alone(&next.text) {
        return false;
    }
    // A continuation line is never indented: an indented line opens a paragraph or is a table
    // cell (004's one-cell-a-line tables: `\t地方财政一般公共预算收入（亿元）` / `\t18.3`).
    if next.indented || prev.text.contains('\t') || next.text.contains('\t') {
        return false;
    }
    // A heading line (`第一章 发展环境`) is short; a long line that opens with a marker is a list
    // item or lead-in sentence that may itself be broken.
    !OPENS_BLOCK.is_match(&next.text)
        && (!OPENS_BLOCK.is_match(&prev.text)
            || len > MIN_BROKEN_ACROSS_BLANK
            || holds_sentence(&prev.text))
}

/// A line naming one value: `婴儿死亡率：3.2‰`, `孕产妇死亡率：0/10万` (probes21
/// county_health_work_summary_2023 lines 12–17). A run of them is a list, a line each, however
/// long or short they are.
static KEY_VALUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[^,，。;；:：]{2,24}[:：][ \t]*-?\d[\d.,/]*[^,，。;；:：\d]{0,8}[。;；]?$")
        .expect("valid regex")
});

/// A short line opening with its label and a colon: `单位地区生产总值能耗：完成省下达目标任务`.
static LABELLED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[^,，。;；:：]{2,24}[:：][^,，。;；:：]{1,30}$").expect("valid regex")
});

/// Whether a short line ends with a number whose unit opens the next line: `搬迁群众4860` / `户、
/// 21350人。`, `完成一千二百六十` / `户安置住房“微改造”` (probes16 autonomous_county_gwr_2024 lines
/// 29–30, 32–33) — no paragraph ends there, however short the line. A Chinese numeral must have
/// two characters (`统一` / `户籍…` is no number); a time unit (`年`, `月`) is no value's.
pub(super) fn splits_a_value(prev: &str, next: &str) -> bool {
    const NUMERALS: &str = "〇零一二两三四五六七八九十百千万亿";
    let prev = prev.trim_end();
    let digit = prev.ends_with(|c: char| c.is_ascii_digit());
    let numeral = prev
        .chars()
        .rev()
        .take_while(|&c| NUMERALS.contains(c))
        .count()
        >= 2;
    (digit || numeral)
        && !next.starts_with(['年', '月', '日', '号'])
        && crate::extract::units::longest_prefix(next.trim_start()).is_some()
}

/// Whether a line opening with a block marker already holds running text — a sentence end or a
/// comma after its opening (`———高质量发展迈上新台阶。经济持续稳定增长,地区生产`, beijing line
/// 487) — so it is a paragraph that goes on, not a heading standing alone.
fn holds_sentence(text: &str) -> bool {
    text.trim_end()
        .trim_end_matches(['。', ',', ';', '，', '；'])
        .contains(['。', ',', ';', '，', '；'])
}

/// Whether a paragraph of several lines ends with a full line: one as wide as its widest, give
/// or take [`FULL_SLACK`] columns. Such a paragraph was broken at the page width, and a page mark
/// after its last line is where the page ended inside a sentence (`…全年新增造林面积` / `— 3 —`
/// / `2.3万亩。`, a county report's lines of 33–41 characters and 64–69 columns): too short a
/// line for [`MIN_BROKEN_ACROSS_BLANK`], too short a document for [`wrap_width`]. Printed width
/// (of the source line: cleaning makes full-width signs narrow) is counted in columns, because a
/// line with many digits holds more characters. Counted here only, where a page mark follows a
/// paragraph: most lines never need it.
fn ends_full(source: &SourceText, para: &Paragraph) -> bool {
    let width = |i: &usize| UnicodeWidthStr::width(source.line(*i).trim());
    let (Some(last), true) = (para.lines.last(), para.lines.len() >= 2) else {
        return false;
    };
    let widest = para.lines.iter().map(width).max().unwrap_or(0);
    width(last) + FULL_SLACK >= widest
}

/// Whether a line opens with a value (`20.5%，超额完成…`): no paragraph starts that way, so after
/// a page mark it is the rest of a sentence the page cut (probes4 prefecture_12th_plan lines
/// 24–26: `…能耗比2005年累计下降` / `- 3 -` / `20.5%，…`). A year (`2020年，`) or a list mark
/// (`1.`, `2、`) opens paragraphs and is no such value.
fn opens_with_value(text: &str) -> bool {
    let t = text.trim_start();
    // `为5.2%。` (probes7 province_plan_execution_2023 lines 39–43): a predicate that only goes
    // on a sentence, right before the value.
    let t = ["为", "达到", "增长", "下降", "上涨", "提高到", "约"]
        .iter()
        .find_map(|w| t.strip_prefix(w))
        .unwrap_or(t);
    let digits = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let rest = &t[digits..];
    let rest = match rest.strip_prefix('.') {
        Some(r) if r.starts_with(|c: char| c.is_ascii_digit()) => {
            r.trim_start_matches(|c: char| c.is_ascii_digit())
        }
        _ => rest,
    };
    digits > 0
        && rest
            .chars()
            .next()
            .is_some_and(|c| !matches!(c, '年' | '、' | '.' | ')' | '）' | ' ' | '\t'))
}

/// Columns a full line may fall short of the widest: two ideographs (a line breaks before a
/// word or punctuation that would not fit).
const FULL_SLACK: usize = 4;

/// Build the paragraphs of a document.
pub fn build(source: &SourceText, lines: &[Line]) -> Vec<Paragraph> {
    let across_blank = wrap_width(lines).map_or(MIN_BROKEN_ACROSS_BLANK, |w| {
        (w - 3).min(MIN_BROKEN_ACROSS_BLANK)
    });
    let mut paras: Vec<Paragraph> = Vec::new();
    // Index into `paras` of the paragraph that the next line may continue, with its last line.
    let mut open: Option<(usize, usize)> = None;
    let mut skipped_since_open = false;
    let mut page_since_open = false;
    for (i, line) in lines.iter().enumerate() {
        match line.kind {
            LineKind::Blank | LineKind::PageMark => {
                skipped_since_open = true;
                page_since_open |= line.kind == LineKind::PageMark;
                continue;
            }
            LineKind::PipeRow | LineKind::HtmlTable => {
                open = None;
                continue;
            }
            LineKind::Text => {}
        }
        if let Some((p, last)) = open {
            let page_break =
                page_since_open && (ends_full(source, &paras[p]) || opens_with_value(&line.text));
            let min = if !skipped_since_open || page_break {
                MIN_BROKEN_LINE
            } else {
                across_blank
            };
            if may_continue(&lines[last], line, min) {
                let para = &mut paras[p];
                para.text.push_str(&line.text);
                para.map.extend_from_slice(&line.map);
                para.lines.push(i);
                open = Some((p, i));
                skipped_since_open = false;
                page_since_open = false;
                continue;
            }
            if skipped_since_open && NOTE.is_match(&line.text) {
                // A footnote inside a broken sentence: its own paragraph; the sentence stays open.
                paras.push(single(line, i));
                continue;
            }
        }
        paras.push(single(line, i));
        open = Some((paras.len() - 1, i));
        skipped_since_open = false;
        page_since_open = false;
    }
    paras.sort_by_key(|p| p.lines[0]);
    paras
}

fn single(line: &Line, i: usize) -> Paragraph {
    Paragraph {
        text: line.text.clone(),
        map: line.map.clone(),
        lines: vec![i],
    }
}

#[cfg(test)]
mod tests {
    use super::{opens_with_value, wrap_width};
    use crate::normalize::Normalized;

    fn paras(text: &str) -> Vec<String> {
        Normalized::new(text.to_string())
            .paragraphs
            .into_iter()
            .map(|p| p.text)
            .collect()
    }

    /// A page mark inside a sentence of a paragraph wrapped at a fixed width (probes2
    /// county_gwr_2019 lines 14–16: lines of 38 characters, a document too short to show its
    /// width): the full line before the mark goes on after it. A short line before a mark does
    /// not, nor does a line after a blank alone.
    #[test]
    fn rejoins_full_line_across_a_page_mark() {
        let body = "全年新增城镇就业2860人,城镇登记失业率控制在3.6%以内;新增规\n\
                    模以上工业企业十二家,新建农村公路120公里,全年新增造林面积\n";
        let p = paras(&format!(
            "{body}\n— 3 —\n\n2.3万亩。实施脱贫攻坚项目一百零八个。\n"
        ));
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(p[0].contains("新增造林面积2.3万亩"), "{p:?}");
        let blank_only = paras(&format!("{body}\n2.3万亩。实施脱贫攻坚项目一百零八个。\n"));
        assert_eq!(blank_only.len(), 2, "{blank_only:?}");
        let short = "全年新增城镇就业2860人,城镇登记失业率控制在3.6%以内;新增规\n新建农村公路\n";
        let p = paras(&format!("{short}\n— 3 —\n\n2.3万亩。\n"));
        assert_eq!(p.len(), 2, "{p:?}");
    }

    #[test]
    fn a_value_after_a_page_mark_goes_on() {
        let p = paras(
            "节能减排成效明显,单位地区生产总值能耗比2005年累计下降\n- 3 -\n20.5%,超额完成目标任务。\n",
        );
        assert_eq!(p.len(), 1, "{p:?}");
        for next in ["2020年,全市经济平稳运行。", "1.推进改革。", "2、推进改革。"]
        {
            let p = paras(&format!("全年新增造林面积达到预期\n— 3 —\n{next}\n"));
            assert_eq!(p.len(), 2, "{next}: {p:?}");
        }
        assert!(opens_with_value("3个") && opens_with_value("20.5%") && !opens_with_value("一"));
        assert!(opens_with_value("为5.2%。居民人均可支配收入34128元"));
        assert!(!opens_with_value("为2025年目标打下基础") && !opens_with_value("为民办实事"));
    }

    #[test]
    fn rejoins_sentence_broken_around_a_note() {
        // 000 lines 23–27.
        let src = "道路总长达到334公里；供热管网总长达到120公里，总供热能力725万平方米；供水管网总长达到485公里，供水能力11.3万立方米/日；排水管网总\n\n注：文中右下角“1”等数字，是名词术语注释序号，注释附后。\n\n长达到 349.5 公里，污水处理能力 10.5 万立方米 / 日。\n";
        let p = paras(src);
        assert_eq!(p.len(), 2);
        assert!(p[0].contains("排水管网总长达到349.5公里"), "{p:?}");
        assert!(p[1].starts_with("注:"));
    }

    #[test]
    fn rejoins_a_dash_led_paragraph_broken_at_page_width() {
        // beijing lines 487–488: a `———` lead-in is a paragraph start, not a heading.
        let src = "二、主要目标
———高质量发展迈上新台阶。经济持续稳定增长,地区生产
总值年均增速4.5%-5%、努力争取更好结果。
";
        let p = paras(src);
        assert_eq!(p.len(), 2, "{p:?}");
        assert!(p[1].contains("地区生产总值年均增速"), "{p:?}");
    }

    #[test]
    fn rejoins_page_width_lines_but_not_headings() {
        // beijing lines 6–8.
        let src = "序 言\n“十五五”时期,在基本实现社会主义现代化进程中具有承前\n启后的重要地位,是基本实现社会主义现代化夯实基础。\n第一章 发展环境\n";
        let p = paras(src);
        assert_eq!(p.len(), 3, "{p:?}");
        assert!(p[1].contains("承前启后"));
    }

    /// A hard-wrapped document (28 chars a line) whose converter put a blank line, or a page
    /// mark, after every printed line: a line of the page's width goes on across it. Beijing
    /// lines 679–681 (`…基本保障类业` / `— 16 —` / `态,更好满足…`) are one such page break.
    #[test]
    fn hard_wrapped_lines_continue_across_blank_lines() {
        let line = "多途径保障学位供给积极盘活存量空间补齐养老服务设施短板精";
        assert_eq!(line.chars().count(), 28);
        let mut src = String::new();
        for _ in 0..30 {
            src.push_str(&format!(
                "{line}\n\n{line}\n\n态更好满足市民群众日常生活需求。\n\n"
            ));
        }
        let doc = Normalized::new(src.clone());
        assert_eq!(wrap_width(&doc.lines), Some(28));
        let p = paras(&src);
        assert_eq!(p.len(), 30, "{:?}", &p[..2]);
        assert!(
            p[0].ends_with("短板精态更好满足市民群众日常生活需求。"),
            "{}",
            p[0]
        );
        let src = "短板。精准增设早餐店、便利店、蔬菜零售网点等基本保障类业\n— 16 —\n态,更好满足市民群众日常生活需求。\n";
        assert_eq!(paras(&src.repeat(60)).len(), 60);
        // Lines of every length are no page width: a short line across a blank stays apart.
        let mixed: String = (0..60)
            .map(|i| format!("{}\n\n", "发展".repeat(6 + i % 30)))
            .collect();
        assert_eq!(wrap_width(&Normalized::new(mixed).lines), None);
    }

    #[test]
    fn markdown_headings_stand_alone() {
        let p = paras("# 第一章发展基础和发展环境\n\n## 第一节发展基础\n\n正文。\n");
        assert_eq!(
            p,
            vec!["第一章发展基础和发展环境", "第一节发展基础", "正文。"]
        );
    }
}
