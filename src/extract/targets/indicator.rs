//! The indicator of a value: the noun phrase before it in its clause, with the predicate
//! (`年均增长`, `达到`, `控制在`) and the lead-in (`其中`, `力争`, `预计全年实现`, `到2015年`)
//! taken off.
//!
//! `到2015年全市生产总值年均增长21.9%` → `全市生产总值`; `其中地方工业增加值年均增长37.5%` →
//! `地方工业增加值`; `预计全年实现地区生产总值348.2亿元` → `地区生产总值`. A clause with nothing
//! left (`,达到270亿元`) or one that compares (`高于全国平均水平3个百分点`) has no indicator of
//! its own: the caller carries the previous one over.

use crate::analysis::Token;
use crate::extract::targets::tokens_within;
use crate::extract::timespans::YEAR_NUMBER;
use regex::Regex;
use std::sync::LazyLock;

/// Predicates that sit between an indicator and its value, taken off the end repeatedly:
/// `年均增长`, `逐步调整为`, `控制在`, `达到了`, and `近` of `增加到近22平方米`; a turnaround before
/// its growth (`外贸进出口总额力争由负转正、增长3%`, probes54 county_gwr_2026_thousand_separators
/// line 62).
static PREDICATE_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?:今年|明年|当年|年内|预计能|预计|有望|可望|能够|可以|同口径|可比口径|按可比价格计算|按可比价计算|年均|平均每年实际|平均每年|每年|平均|分别|累计|同比|逐步|稳定|全年|均|将|要|力争|确保|总体|连续|实际|计划|始终|一直|持续)*",
        r"(?:增长|增加|增幅|增速|递增|递减|提高到|提高至|提高|提升到|提升至|提升|下降到|下降|降低到|降低|降至|减少|上升|回升|回落|涉及|惠及|由负转正、?|转负为正、?|扭亏为盈、?|",
        r"(?:增加|增长|减少|扩大|缩小|上升|下降|降低|跃升|控制|发展|压缩|缩短|缩减|回落|回升|回归|上调|下调|增|降|升)(?:到|至)|上调为|下调为|净增|净减|达到|达|为|是|控制在|保持在|稳定在|保持|调整为|调整到|突破|超过|完成|实现|不低于|不高于|不超过|",
        r"不少于|低于|高于|约|大约|共|有|在|由|从|占|超|新增|比|较|迈上|跨上|跃上|站上|压减|压缩|缩减|削减|缩短|延长|接近|近|拟按|按|拟|预期为|预期|预计|预算安排|安排|↑|↓|→)了?[ \t]*$"
    ))
    .expect("valid regex")
});

/// Lead-ins taken off the start: connectives, intentions and reporting verbs.
static LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:[ \t“”\x22'‘’*—\-·•、|\p{So}\x{FE0F}]+|以内|以上|以下|左右|其中|并且|并|而且|同时|以及|和|及|与|力争|确保|争取|努力|",
        r"预计全年|预计能|预计|能够|全年共|全年|年内|今年|当年|明年|五年来|近年来|目前|实现了|实现|完成了|完成|累计|",
        r"推动|促进|推进|带动|新增了|使|让|到|至|在|经过|通过|拟安排|拟新增|建议将|拟将|拟|",
        r"提前[一二两三四五六七八九十\d]{1,2}年|已?连续[\d一二两三四五六七八九十]+(?:年|个月|天|季度)|",
        r"(?:《[^》]{1,16}》)?提出|规划目标为|目标为)"
    ))
    .expect("valid regex")
});

/// An attribute in brackets after a name: `（约束性）`, `(预期性指标)`, `〔预期性〕` (after a table
/// label's unit: `地区生产总值年均增长（%）〔预期性〕`, probes57
/// province_plan_midterm_target_adjustment line 89).
pub(crate) static ATTR_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[(（〔\[【](?:预期性|约束性|指导性)(?:指标)?[)）〕\]】]$").expect("valid regex")
});

/// A goal after a measure's name: `比重目标`, `覆盖率目标`.
static GOAL_AFTER_MEASURE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:比重|比例|率|强度|总值|总量)目标$").expect("valid regex"));

/// A goal named by no measure, opening a clause's words before its value: `2030年目标为11.7年`,
/// `目标设定为控制在5.5%以内` (probes39 province_15th_outline_indicator_explanations lines
/// 103–104). Alone (with its `为`) it names no indicator ([`is_goal_word`]): the value's is the
/// one carried over.
static GOAL_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:规划|预期|发展)?目标值?(?:设定|确定)?").expect("valid regex")
});

/// A base opening at the end of a phrase: `从每人每月`, `分别从`, `由`, `由去年同期的`.
static FROM_BASE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:分别)?(?:从|由)(?:每[\p{Han}]{1,2}){0,2}(?:(?:上年|去年)(?:同期)?的?)?[ \t]*$")
        .expect("valid regex")
});

/// A year or plan-period end opening a clause: `2015年`, `“十二五”末`.
static TIME_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?:(?:{YEAR_NUMBER})[ \t]*年(?:底|末)?|“?十?[一二三四五六七八九]五”?(?:末|期间|时期)?|(?:近|过去|这)?[一二三四五六七八九十两]年(?:来|间|内)?)"
    ))
    .expect("valid regex")
});

/// A streak before the value: `水利投资连续两年超1000亿元` → `水利投资`.
static STREAK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:已)?连续[\d一二两三四五六七八九十]+(?:年|个月|天|季度)[ \t]*$")
        .expect("valid regex")
});

/// Whether the predicate `m` found at byte `at` of `phrase` is the 比 of a share or a comparison
/// named as the indicator (`城市更新投资占比`, `同比`, `环比`): part of the name, not a predicate. So
/// is the 比 of an income ratio (`城乡居民收入比由2.31缩小到2.08`, probes17
/// county_rural_revitalization_14th_plan line 16) or a sex ratio (`出生人口性别比回归到105—107`,
/// probes24 province_population_plan_15th line 45) unless a year or period follows it, when it
/// compares (`城乡居民人均收入比2020年翻一番`); `followed` is the text after `m` in the clause up to
/// the value, `rest` all the text after `m`.
///
/// The 比 of a ratio written with a colon is the ratio's name too: `小学生师比为16.8:1`,
/// `医护比达到1∶1.2` (probes53 city_education_modernization_plan_ratios line 17,
/// province_health_15th_plan_table line 100).
fn is_share_word(phrase: &str, at: usize, m: &str, followed: &str, rest: &str) -> bool {
    static COLON_RATIO: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:分别)?(?:为|是|达到|达|控制在|保持在|降至|降到|提高到|提高至|调整为)?[ \t]*[≤≥<>]?\d+(?:\.\d+)?[:：∶]\d")
            .expect("valid regex")
    });
    if m.trim_end_matches([' ', '\t', '了']) == "比" && COLON_RATIO.is_match(rest) {
        return true;
    }
    let compares = followed
        .trim_start_matches([' ', '\t', '“', '"'])
        .starts_with(|c: char| c.is_ascii_digit() || "上去前十二九".contains(c));
    m.trim_end_matches([' ', '\t', '了']) == "比"
        && (phrase[..at].ends_with(['占', '同', '环', '对', '之'])
            || ((phrase[..at].ends_with("收入") || phrase[..at].ends_with("性别")) && !compares))
}

/// A year or plan period anywhere in a predicate: `增加到2002年的`, `是“十一五”时期的`.
static YEAR_ANYWHERE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:(?:{YEAR_NUMBER})[ \t]*年(?:底|末)?|“?(?:十[一二三四五六七八九]|[一二三四五六七八九十])五”?(?:末|期间|时期))的?"
    ))
    .expect("valid regex")
});

/// Verbs inside a phrase that end its lead-in: `地区实现生产总值` → `生产总值`.
static INNER_VERB: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"实现|完成|预计|力争|确保|达到").expect("valid regex"));

/// A clause that compares to something else instead of naming an indicator:
/// `高于全国平均水平`, `比“十一五”末`, `较上年`.
static COMPARISON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[ \t]*(?:高于|低于|快于|慢于|超过|比[^重例率]|较|同比|与|相比)")
        .expect("valid regex")
});

/// Longest indicator kept, in chars; a longer phrase keeps its end (the head noun).
const MAX_CHARS: usize = 24;

/// Whether the text between the previous value and this one compares instead of naming.
pub fn is_comparison(text: &str) -> bool {
    COMPARISON.is_match(text.trim_start_matches(['、', ',', '，']))
}

/// The indicator inside `text[from..to]` as a byte range of `text`, or `None` when nothing
/// that names a measure is left. `skip` are byte ranges (time expressions) to take off the
/// start as lead-ins.
pub fn find(text: &str, from: usize, to: usize, skip: &[(usize, usize)]) -> Option<(usize, usize)> {
    find_in_words(text, (from, to), skip, &[])
}

/// [`find`] with the jieba tokens of `text`: a phrase longer than [`MAX_CHARS`] is cut where a
/// word starts, not inside one (`…提升城乡居民收入水平` keeps `居民`, never `民`).
pub fn find_in_words(
    text: &str,
    (from, to): (usize, usize),
    skip: &[(usize, usize)],
    tokens: &[Token],
) -> Option<(usize, usize)> {
    let (mut s, mut e) = (from, to);
    loop {
        let before = (s, e);
        if let Some(m) = FROM_BASE.find(&text[s..e]) {
            e = s + m.start();
        }
        if let Some(m) = STREAK.find(&text[s..e]) {
            e = s + m.start();
        }
        if let Some(m) = PREDICATE_END.find(&text[s..e])
            && m.start() < m.end()
            && !is_share_word(
                &text[s..e],
                m.start(),
                m.as_str(),
                &text[s + m.end()..to],
                &text[s + m.end()..],
            )
        {
            e = s + m.start();
        }
        e = s + text[s..e].trim_end_matches([' ', '\t', '、', '|']).len();
        s += lead_len(&text[s..e]);
        if let Some(&(_, se)) = skip.iter().find(|&&(ss, se)| ss <= s && s < se) {
            s = se.min(e);
        }
        // A time expression inside the phrase ends it: `绿色出行比例到2030年` → `绿色出行比例`,
        // unless it is part of the name (`按2000年价格计算的国内生产总值`: nothing before it).
        if let Some(&(ss, se)) = skip.iter().find(|&&(ss, se)| s < ss && ss < e && se <= e)
            && (word_chars(&text[s..ss]) >= 2 || word_chars(&text[se..e]) < 2)
        {
            e = ss;
        }
        if (s, e) == before {
            break;
        }
    }
    let phrase = &text[s..e];
    // A verb inside a quoted name (`“两个确保”和“低保”的资金`) is part of the name.
    let quoted = |at: usize| phrase[..at].matches('“').count() > phrase[..at].matches('”').count();
    // `地表水达到或好于Ⅲ类水体比例`: a verb with an alternative after it is part of the name.
    let alternative = |end: usize| phrase[end..].starts_with('或');
    if let Some(m) = INNER_VERB
        .find_iter(phrase)
        .filter(|m| !quoted(m.start()) && !alternative(m.end()))
        .last()
    {
        let rest = &text[s + m.end()..e];
        if rest.chars().count() >= 2 {
            s += m.end();
            // `全力完成今年66个`: what follows the verb may open with a lead-in of its own.
            s += lead_len(&text[s..e]);
        }
    }
    s = cut_to_length(text, (s, e), tokens);
    // `地表水达到或好于Ⅲ类水体比例（约束性）`: the attribute in brackets is no part of the name;
    // nor is the goal after a measure's name (`…占规上工业增加值比重目标上调至28%`).
    if let Some(m) = ATTR_AFTER.find(&text[s..e]) {
        e = s + m.start();
    }
    if let Some(m) = GOAL_AFTER_MEASURE.find(&text[s..e]) {
        e = s + m.start() + m.as_str().len() - "目标".len();
    }
    let phrase = &text[s..e];
    let meaningful = phrase.chars().filter(|c| is_word_char(*c)).count();
    (meaningful >= 2 && !COMPARISON.is_match(phrase) && !is_goal_word(phrase)).then_some((s, e))
}

/// Whether a phrase is [`GOAL_LEAD`] alone, or with its `为`: `目标`, `目标设定为`.
fn is_goal_word(phrase: &str) -> bool {
    GOAL_LEAD
        .find(phrase)
        .is_some_and(|m| matches!(&phrase[m.end()..], "" | "为"))
}

/// A list item's mark: `①`, `(1)`, `(三)`, `一是`, `二、`, `3、`, `2.` (not `2.5`) — but `4.` of
/// `4.5岁以下儿童死亡率`, where an age in years is never a decimal (probes27
/// county_health_plan_list_indicators lines 40, 45, 57: `4.5岁以下…`, `8.15岁以上…`,
/// `18.65岁及以上…`).
static LIST_MARK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:[①-⑳]|\(\d{1,2}\)|\([一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3}[是、]",
        r"|\d{1,2}、|\d{1,2}\.(?:[^\d]|$)|\d{1,2}\.\d{1,2}周?岁)"
    ))
    .expect("valid regex")
});

/// Bytes of a list item's mark at the start of `phrase` ([`LIST_MARK`]): `2.人均生产总值` is
/// the item `人均生产总值` of a numbered list.
pub(crate) fn list_mark_len(phrase: &str) -> usize {
    LIST_MARK.find(phrase).map_or(0, |m| {
        let s = m.as_str();
        // `2.人`: the character after the dot was matched to tell it from a decimal; keep it.
        if s.ends_with('.') || !s.contains('.') {
            m.end()
        } else {
            s.find('.').map_or(m.end(), |d| d + 1)
        }
    })
}

/// Bytes of lead-in at the start of `phrase` (a list mark, then [`LEAD`]), leaving an opening
/// quote whose name the phrase closes: `、“专精特新”企业` → `“专精特新”企业`, not `专精特新”企业`.
fn lead_len(phrase: &str) -> usize {
    let mark = list_mark_len(phrase);
    let phrase = &phrase[mark..];
    let Some(m) = LEAD.find(phrase) else {
        return mark;
    };
    let end = m.end();
    let lead = &phrase[..end];
    let rest = &phrase[end..];
    let closed = rest.find('”').is_some_and(|c| !rest[..c].contains('“'));
    mark + if lead.ends_with('“') && closed {
        end - '“'.len_utf8()
    } else {
        end
    }
}

/// Where a phrase `text[s..e]` longer than [`MAX_CHARS`] starts once cut to its end. In a list
/// (`城镇常住居民人均可支配收入、农村常住居民人均可支配收入`, items marked by 、 or 和) the cut goes back to the start of
/// the item it falls in, when that item is itself no longer than the limit; otherwise it goes on
/// to the first word start (a token of `tokens`) within the last `MAX_CHARS` characters, or stays
/// at the character limit when no token says where words start.
fn cut_to_length(text: &str, (s, e): (usize, usize), tokens: &[Token]) -> usize {
    let phrase = &text[s..e];
    let n = phrase.chars().count();
    if n <= MAX_CHARS {
        return s;
    }
    let at = s + phrase
        .char_indices()
        .nth(n - MAX_CHARS)
        .map_or(0, |(i, _)| i);
    let item_start = text[s..at]
        .rfind(ITEM_MARK)
        .map_or(s, |i| s + i + char_len(text, s + i));
    let item_end = text[at..e].find(ITEM_MARK).map_or(e, |i| at + i);
    if text[item_start..item_end].chars().count() <= MAX_CHARS {
        return item_start;
    }
    // The first word after the cut that can open a phrase: not a conjunction, particle or mark
    // (`及临空经济区…` → `临空经济区…`).
    tokens_within(tokens, at, e)
        .iter()
        .find(|t| !matches!(t.pos, "c" | "x" | "p") && !t.pos.starts_with('u'))
        .map_or(at, |t| t.start as usize)
}

/// Marks between the items of a list of indicators (`A和B`, `A、B`), as `list_parts` splits them.
const ITEM_MARK: &[char] = &['、', '和'];

fn char_len(text: &str, i: usize) -> usize {
    text[i..].chars().next().map_or(1, char::len_utf8)
}

/// The predicate that ends `text` (`年均增长`, `新增`), if any.
pub fn trailing_predicate(text: &str) -> Option<&str> {
    PREDICATE_END
        .find(text)
        .filter(|m| m.start() < m.end())
        .map(|m| m.as_str())
}

/// Whether a clause's words before its value only say how the value relates to an indicator
/// named earlier (`达到`, `年均增长`, `比上年增长`, `到2015年达到`): then the clause carries that
/// indicator over. Anything else (`17个区、`, nothing at all) does not.
pub fn is_predicate(text: &str) -> bool {
    // `新建高标准农田3.2万亩，累计建成41.7万亩` (probes54 county_gwr_2026_thousand_separators line
    // 30): the stock built so far, of what the clause before built.
    static RUNNING_TOTAL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^[ \t,，、]*累计(?:建成|建设|完成|实现)[ \t]*$").expect("valid regex")
    });
    let text = YEAR_ANYWHERE.replace_all(text, "");
    let t = without_leads(&text);
    RUNNING_TOTAL.is_match(&text) || (!t.is_empty() && (is_comparison(t) || only_predicates(t)))
}

/// Whether a clause's words before its value repeat the verb the stage before used on its
/// indicator: `重点事项到2027年累计推出50项，到2030年累计推出80项以上` (probes54
/// province_digital_government_plan_staged_goals line 43) — `prev` is the words between that
/// indicator and its value. The clause then carries the indicator, as [`is_predicate`] does.
pub fn repeats_verb(text: &str, prev: &str) -> bool {
    let text = YEAR_ANYWHERE.replace_all(text, "");
    let t = without_leads(&text);
    let n = t.chars().count();
    (1..=4).contains(&n)
        && t.chars().all(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
        && prev.trim_end().ends_with(t)
}

/// `text` without its lead-ins, time leads and goal words ([`is_predicate`]'s loop).
fn without_leads(text: &str) -> &str {
    let mut t = text.trim_matches([' ', '\t', ',', '，', '、']);
    loop {
        let before = t.len();
        if let Some(m) = LEAD.find(t) {
            t = &t[m.end()..];
        }
        if let Some(m) = TIME_LEAD.find(t) {
            t = &t[m.end()..];
        }
        // `2030年目标由2.2%调整为…`: a goal named by no measure says how, not what.
        if let Some(m) = GOAL_LEAD.find(t) {
            t = &t[m.end()..];
        }
        if t.len() == before {
            break;
        }
    }
    t
}

/// Whether a clause's words before its value are lead-ins and predicates only (`预计完成`,
/// `预计能完成`): [`is_predicate`], or nothing left once the lead-ins are taken off.
pub fn says_only_how(text: &str) -> bool {
    if is_predicate(text) {
        return true;
    }
    let text = YEAR_ANYWHERE.replace_all(text, "");
    let mut t = text.trim_matches([' ', '\t', ',', '，', '、']);
    while let Some(m) = LEAD.find(t).filter(|m| m.end() > 0) {
        t = &t[m.end()..];
    }
    t.is_empty() && !text.trim().is_empty()
}

/// Whether `text` is predicates only, taken off its end one by one (`增加到近`: `近`, `增加到`).
fn only_predicates(text: &str) -> bool {
    let mut rest = text;
    while let Some(m) = PREDICATE_END.find(rest).filter(|m| m.start() < m.end()) {
        if m.start() == 0 {
            return true;
        }
        rest = &rest[..m.start()];
    }
    false
}

/// How many characters of `text` belong to words (not punctuation or spaces).
fn word_chars(text: &str) -> usize {
    text.chars().filter(|c| is_word_char(*c)).count()
}

fn is_word_char(c: char) -> bool {
    c.is_alphabetic() && !matches!(c, '的' | '了' | '和' | '与' | '及')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ind(text: &str) -> Option<&str> {
        find(text, 0, text.len(), &[]).map(|(s, e)| &text[s..e])
    }

    /// A numbered list's item opens with its mark (probes3 county_11th_plan_ocr lines 36–37:
    /// `1．全县生产总值年均增长１３％以上`, `2．人均生产总值达到一万八千元`, NFKC `1.`, `2.`).
    #[test]
    fn strips_list_marks() {
        for phrase in [
            "2.人均生产总值达到",
            "(1)人均生产总值达到",
            "(三)人均生产总值达到",
            "一是人均生产总值达到",
            "二、人均生产总值达到",
            "3、人均生产总值达到",
            "①人均生产总值达到",
            "12.人均生产总值达到",
        ] {
            assert_eq!(ind(phrase), Some("人均生产总值"), "{phrase}");
        }
        // A decimal is no list mark; a mark's lead-in after it goes too.
        assert_eq!(list_mark_len("2.5倍"), 0);
        assert_eq!(ind("4.其中人均生产总值达到"), Some("人均生产总值"));
    }

    #[test]
    fn strips_predicates_and_lead_ins() {
        assert_eq!(ind("全市生产总值年均增长"), Some("全市生产总值"));
        assert_eq!(ind("其中地方工业增加值年均增长"), Some("地方工业增加值"));
        assert_eq!(ind("预计全年实现地区生产总值"), Some("地区生产总值"));
        // probes15 county_plan_execution_2025 line 19: a plan and its outcome side by side.
        assert_eq!(ind("地区生产总值计划增长"), Some("地区生产总值"));
        // probes7 province_plan_execution_2023 line 33.
        assert_eq!(
            ind("研究与试验发展经费投入强度预计达到"),
            Some("研究与试验发展经费投入强度")
        );
        assert_eq!(
            ind("三次产业增加值占生产总值的比重逐步调整为"),
            Some("三次产业增加值占生产总值的比重")
        );
        assert_eq!(ind("城镇登记失业率控制在"), Some("城镇登记失业率"));
        assert_eq!(ind("地区实现生产总值"), Some("生产总值"));
        assert_eq!(ind("力争地区生产总值增长"), Some("地区生产总值"));
        assert_eq!(ind("散居孤儿从每人每月"), Some("散居孤儿"));
        // gwr_2003_national line 56: `由17.8平方米增加到近22平方米` leaves nothing of its own.
        assert_eq!(ind("增加到近"), None);
        assert!(is_predicate("增加到近"));
        assert_eq!(ind("水利投资连续两年超"), Some("水利投资"));
        // probes4 county_gwr_2021 line 15: `粮食总产量达到43.6万吨，连续五年稳定在40万吨以上`.
        assert!(is_predicate("连续五年稳定在"));
        // probes6 city_14th_midterm_review lines 14 and 19: the plan's aim stated, no indicator
        // of its own (the clause carries the one before it).
        assert!(is_predicate("规划目标为2025年达到"));
        assert!(is_predicate("《纲要》提出到2025年达到"));
        assert_eq!(ind("连续三年粮食总产量稳定在"), Some("粮食总产量"));
        assert_eq!(ind("城市更新投资占比达到"), Some("城市更新投资占比"));
        // beijing_15th_fyp_2026 lines 351, 693, 1604.
        assert_eq!(ind("调查失业率始终保持在"), Some("调查失业率"));
        assert_eq!(
            ind("文化产业增加值占地区生产总值比重保持"),
            Some("文化产业增加值占地区生产总值比重")
        );
        assert_eq!(
            ind("推动新一代信息技术产业规模突破"),
            Some("新一代信息技术产业规模")
        );
        // gwr_2016_hailar_gbk lines 43, 83.
        assert_eq!(ind("农民专业合作社发展到"), Some("农民专业合作社"));
        assert_eq!(ind("就是要全力完成今年"), None);
        // A budget's proposals (`赤字率拟按3%安排`, `拟安排地方政府专项债券3.9万亿元`).
        assert_eq!(ind("赤字率拟按"), Some("赤字率"));
        // A quoted name keeps its opening quote: `培育…100家、“专精特新”企业1000家`.
        assert_eq!(ind("、“专精特新”企业"), Some("“专精特新”企业"));
        assert_eq!(ind("“四上”企业"), Some("“四上”企业"));
        // `提前五年实现了比一九八〇年翻两番`: a lead-in, no indicator of its own.
        assert_eq!(ind("提前五年实现了"), None);
        // An old report's `经济增长速度预期为百分之八`.
        assert_eq!(ind("经济增长速度预期为"), Some("经济增长速度"));
        assert_eq!(ind("拟安排地方政府专项债券"), Some("地方政府专项债券"));
        // gwr_2003_national line 82.
        assert_eq!(
            ind("其中用于地方“两个确保”和“低保”的资金"),
            Some("用于地方“两个确保”和“低保”的资金")
        );
    }

    #[test]
    fn predicates_carry_an_indicator_over() {
        assert!(is_predicate("达到"));
        assert!(is_predicate(",年均增长"));
        assert!(is_predicate("比上年增长"));
        assert!(is_predicate("到2015年达到"));
        assert!(is_predicate("增加到2002年的"));
        // A review's `一般公共预算收入86.7亿元、同口径增长4.2%`: the growth is the revenue's.
        assert!(is_predicate("、同口径增长"));
        assert!(!is_predicate(""));
        assert!(!is_predicate("区、"));
    }

    #[test]
    fn a_year_inside_a_name_stays() {
        // yunnan_10th_fyp_2001 line 39 (cleaned): the year is skipped as a time expression.
        let text = "按2000年价格计算的国内生产总值达到";
        let y = text.find("2000").unwrap_or(0);
        let skip = [(y, y + "2000年".len())];
        let r = find(text, 0, text.len() - "达到".len(), &skip);
        assert_eq!(
            r.map(|(s, e)| &text[s..e]),
            Some("按2000年价格计算的国内生产总值")
        );
    }

    #[test]
    fn a_long_phrase_is_cut_where_a_word_or_item_starts() {
        let ctx = crate::context::Context::new();
        let cut = |text: &str, to: usize| {
            let toks = crate::analysis::tokenize(&ctx, text);
            find_in_words(text, (0, to), &[], &toks).map(|(s, e)| text[s..e].to_string())
        };
        // beijing_15th_fyp_2026 lines 3490-3492: the 24-character cut fell inside 国际机场
        // (`际机场…`); the phrase now starts with the list item it fell in.
        let text = concat!(
            "国际交往重点承载区建设、北京首都国际机场及临空经济区提质增效、",
            "北京大兴国际机场及临空经济区创新发展、国际化公共服务提升等4项工程"
        );
        let to = text.find('4').unwrap_or(0);
        assert_eq!(
            cut(text, to).as_deref(),
            Some("北京大兴国际机场及临空经济区创新发展、国际化公共服务提升等")
        );
        // gwr_2016_hailar_gbk line 75: both items of the list stay (the cut fell in 常住).
        let text = "城镇常住居民人均可支配收入、农村常住居民人均可支配收入均增长8%";
        let to = text.find("均增长").unwrap_or(0);
        assert_eq!(cut(text, to).as_deref(), Some(&text[..to]));
        // 000_yining_12th_fyp line 372: two items joined by 和, each short enough.
        let text = "高新技术产业增加值占工业增加值的比重和高新技术产品占出口额的比重均达到15%";
        let to = text.find("均达到").unwrap_or(0);
        assert_eq!(cut(text, to).as_deref(), Some(&text[..to]));
        // One long item: the cut goes on to the next word that can open a phrase (not 及).
        let text = "北京首都国际机场及临空经济区提质增效国际化公共服务提升等4项工程";
        let to = text.find('4').unwrap_or(0);
        let got = cut(text, to).unwrap_or_default();
        assert!(
            got.chars().count() <= MAX_CHARS && got.starts_with("临空"),
            "{got}"
        );
        // Without tokens the cut is at the character limit.
        let r = find(text, 0, to, &[]);
        assert_eq!(r.map(|(s, e)| text[s..e].chars().count()), Some(MAX_CHARS));
        // 000_yining_12th_fyp line 464: `不少于` is a predicate, not part of the indicator.
        assert_eq!(
            ind("城市基础设施等各类项目不少于"),
            Some("城市基础设施等各类项目")
        );
    }

    #[test]
    fn nothing_left_is_none() {
        assert_eq!(ind("达到"), None);
        assert_eq!(ind("年均增长"), None);
        assert_eq!(ind("高于全国平均水平"), None);
    }
}
