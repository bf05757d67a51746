//! The counted noun after a value: in `动词 + 数量 + 名词` the value measures the noun that follows
//! its unit, not the words before it.
//!
//! `基本完成57个城中村改造` → `城中村改造` (not `基本`); `建成首批153个标准化就业驿站,4386万异地
//! 务工人员稳定就业` → `异地务工人员` for 4386万; `90%以上村庄达到干净整洁村标准` → `村庄…`.
//! A noun that frames the value instead of being counted (`突破400亿元大关`, `迈上14万亿元新台阶`,
//! `完成110万人年度任务`, `增长8%的目标`) is no counted noun: the indicator stays before.

use crate::analysis::Token;
use crate::extract::targets::tokens_within;
use regex::Regex;
use std::sync::LazyLock;

/// Words right after a value that frame it: `水平`, `大关`, `台阶`, `目标`, `任务`, `以来`.
static FRAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:新|历史)?(?:(?:调控|预期|年度|奋斗|控制|规划)?目标|水平|规模|大关|关口|台阶|任务|年度任务|同期|以来|来|之|增长|增幅|",
        r"左右|以上|以下|以内|之内|上下|的|和|或|及|至|到|为|是|比|较|新高|最|目标任务|测算|计算|估算|推算)"
    ))
    .expect("valid regex")
});

/// Nouns after `的` that frame the value (`的目标`, `的水平`), or name a goal of it.
static FRAME_AFTER_DE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:目标|水平|规模|预期|要求|标准)").expect("valid regex"));

/// Where a noun ends that a joint separates from the next item of a list of values in one unit:
/// `2个中心卫生院和40个村卫生室` (000_yining_12th_fyp line 35), `1000 平方米演播室及 2000 平方米
/// 附属设施` (line 332). `noun` runs from the value (`before` ends with it) to the next digit,
/// `next` from there. `None` when no joint ends `noun`, the next value has another unit
/// (`1.08 万平方米建设及 30 个…`: the noun is the indicator before the value), or the noun ends in
/// a class (`10 个自治区级和 27 个州级…企业`: the head noun comes after both).
fn parallel_item(before: &str, noun: &str, next: &str) -> Option<usize> {
    let unit = before
        .trim_end()
        .rsplit(|c: char| c.is_ascii_digit() || c == ' ')
        .next()
        .filter(|u| !u.is_empty())?;
    let t = noun.trim_end();
    let joint = ["和", "及", "与", "以及"]
        .into_iter()
        .find(|j| t.ends_with(j))?;
    let item = t[..t.len() - joint.len()].trim_end();
    let rest = next.trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '.' | ' '));
    (rest.starts_with(unit) && !item.ends_with('级')).then_some(item.len())
}

/// A size class between a count and its noun: `千亿级`, `百亿元级`, `10万吨级`, `5A级`.
static CLASS_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[一二三四五六七八九两十百千万亿]+|\d+(?:\.\d+)?[万亿]?|\d?A)(?:元|吨|千瓦|平方米|人)?级")
        .expect("valid regex")
});

/// Comparator words that may sit between the unit and the noun (`90%以上村庄`, `10个左右`).
const COMPARATOR_WORDS: [&str; 6] = ["及以上", "以上", "左右", "以下", "余", "多"];

/// Characters that end the noun phrase: clause and list marks, quotes closing, brackets.
const PHRASE_END: &[char] = &[
    ',', '，', '。', ';', '；', ':', '：', '(', ')', '（', '）', '!', '?', '\t', '\n', '》',
];

/// Fewest characters a counted noun must have (`区` alone says too little).
const MIN_CHARS: usize = 2;
/// Longest counted noun kept, in chars.
const MAX_CHARS: usize = 20;

/// The counted noun right after the value ending at byte `end` of `text`, as a byte range, or
/// `None` when punctuation, a verb, a comparator or a framing word follows.
pub fn after(text: &str, tokens: &[Token], end: usize) -> Option<Counted> {
    let mut s = end;
    let mut via_de = false;
    if let Some(w) = COMPARATOR_WORDS.iter().find(|w| text[s..].starts_with(*w)) {
        s += w.len();
        // `90%以上的行政村`: the share of a group.
        if text[s..].starts_with('的') && text[..end].ends_with('%') {
            s += '的'.len_utf8();
        }
    } else if text[s..].starts_with("的") {
        // `贡献了全国38.7%的贸易增量`; `年内完成16.9万平方米的绿化任务` (a weaker reading: the
        // caller prefers an indicator before the value, `投资3.4亿元的…项目`).
        s += '的'.len_utf8();
        via_de = !text[..end].ends_with('%');
    }
    let clause_stop = text[s..].find(PHRASE_END).map_or(text.len(), |i| s + i);
    let stop = text[s..clause_stop]
        .find('、')
        .map_or(clause_stop, |i| s + i);
    // `3个千亿级产业集群`: a class label opens the noun phrase and belongs to it.
    let open = s;
    let s = s + CLASS_LABEL.find(&text[s..stop]).map_or(0, |m| m.end());
    // The noun runs into another value: it is that value's indicator (`技工贸总收入5000万元`,
    // one item a line), unless a joint ends the noun first (`3个千亿级产业集群和5个…`).
    let stop = match text[s..stop].find(|c: char| c.is_ascii_digit()) {
        None => stop,
        Some(d) => s + parallel_item(&text[..end], &text[s..s + d], &text[s + d..])?,
    };
    let phrase = &text[s..stop];
    if phrase.is_empty() || FRAME.is_match(phrase) || (via_de && FRAME_AFTER_DE.is_match(phrase)) {
        return None;
    }
    // `100个城市、郊野等生态公园`: a list of kinds closed by 等 and the head noun.
    if let Some(deng) = text[stop..clause_stop].find('等') {
        let head = stop + deng + '等'.len_utf8();
        let toks: Vec<&Token> = tokens_within(tokens, head, clause_stop).iter().collect();
        if toks.first().is_some_and(|t| t.start as usize == head)
            && let Some((_, ne)) = noun_end(&toks, clause_stop)
        {
            return Some(Counted {
                range: (s, ne),
                via_de,
            });
        }
    }
    let mut merged = merge_quotes(text, tokens, s, stop);
    if let Some(rest) = straddling_unit(text, tokens, s, stop) {
        merged.insert(0, rest);
    }
    let toks: Vec<&Token> = merged.iter().collect();
    // The value ends inside a word (`5部门` read as 5部): no noun starts there.
    if toks.first()?.start as usize != s {
        return None;
    }
    let (ns, ne) = noun_end(&toks, stop).or_else(|| after_de(text, &toks, stop))?;
    let ne = de_head(text, &toks, ne, stop).unwrap_or(ne);
    let n = text[ns..ne].chars().filter(|c| c.is_alphanumeric()).count();
    let ns = if ns == s { open } else { ns };
    (MIN_CHARS..=MAX_CHARS).contains(&n).then_some(Counted {
        range: (ns, ne),
        via_de,
    })
}

/// A counted noun found after a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counted {
    /// Byte range of the noun phrase.
    pub range: (usize, usize),
    /// Joined to the value by 的 (`3.4亿元的…项目`): the value may measure the words before it
    /// instead, so an indicator there wins.
    pub via_de: bool,
}

/// The noun phrase opening `toks` (which end at `stop`), as a byte range: nouns, attributes and
/// verbs up to the first other word; an adverb or time word may open it before a noun
/// (`长期建设国债`, which jieba reads 长期/d 建设/vn 国债/n; `现代牧场`, 现代/t 牧场/n). A short phrase is kept whole (`乡村振兴示范带`, `典型村建设`,
/// `村庄达到干净整洁村标准`); a longer one ends before its first verb after a noun. `None` when it
/// does not open with a noun or attribute, or runs into another value (`技工贸总收入5000万元`:
/// the noun of the next value).
fn noun_end(toks: &[&Token], stop: usize) -> Option<(usize, usize)> {
    let first = toks.first()?;
    let opens = is_nounish(first.pos)
        || is_attribute(first.pos)
        || (matches!(first.pos, "d" | "t") && toks.get(1).is_some_and(|t| is_nounish(t.pos)));
    if !opens {
        return None;
    }
    let taken = toks
        .iter()
        .skip(1)
        .position(|t| !(is_nounish(t.pos) || is_attribute(t.pos) || t.pos == "v"))
        .map_or(toks.len(), |i| i + 1);
    if toks.get(taken).is_some_and(|t| t.pos == "m") {
        return None;
    }
    let mut phrase = &toks[..taken];
    let start = first.start as usize;
    let chars = |p: &[&Token]| p.last().map_or(0, |t| t.end as usize - start) / 3;
    if chars(phrase) > SHORT_CHARS || phrase.last().is_some_and(|t| (t.end as usize) < stop) {
        // Cut before the first verb that follows a noun.
        let mut seen_noun = false;
        for (i, t) in phrase.iter().enumerate() {
            if t.pos == "v" && seen_noun {
                phrase = &phrase[..i];
                break;
            }
            seen_noun |= is_nounish(t.pos);
        }
    }
    while phrase
        .last()
        .is_some_and(|t| !is_nounish(t.pos) && t.pos != "v")
    {
        phrase = &phrase[..phrase.len() - 1];
    }
    let has_noun = phrase.iter().any(|t| is_nounish(t.pos));
    (has_noun).then(|| (start, phrase.last().map_or(start, |t| t.end as usize)))
}

/// The rest of a word that jieba made of the classifier `个` and the noun after it (`40个村卫生室`
/// cut `40/m 个村/n 卫生室/nt`, 000_yining_12th_fyp line 35; `7个省中试平台`): from `s` (the
/// classifier's end) to the word's end, with the word's part of speech. Only `个`, which never
/// begins a noun of its own here; other units do (`13亿人口`: the unit is wrong, not the word).
/// `None` when no such word crosses `s`, or it is `个人`.
fn straddling_unit(text: &str, tokens: &[Token], s: usize, stop: usize) -> Option<Token> {
    let i = tokens.partition_point(|t| (t.end as usize) <= s);
    let t = tokens.get(i)?;
    let (a, b) = (t.start as usize, t.end as usize);
    (a < s && s < b && b <= stop && &text[a..s] == "个" && !text[s..b].starts_with('人')).then_some(
        Token {
            start: s as u32,
            end: t.end,
            pos: t.pos,
        },
    )
}

/// The head noun after `的` that the counted phrase ending at `ne` modifies: `200名副高级以上
/// 职称的医疗专家` counts 医疗专家 (gwr_2025_guangdong), so the phrase runs on to its end. `None`
/// when no 的 follows, or what follows frames the value (`的目标`) instead of naming a noun.
fn de_head(text: &str, toks: &[&Token], ne: usize, stop: usize) -> Option<usize> {
    let de = toks.iter().position(|t| t.start as usize == ne)?;
    if &text[ne..toks[de].end as usize] != "的" {
        return None;
    }
    let rest = &toks[de + 1..];
    let head = rest.first()?.start as usize;
    if FRAME_AFTER_DE.is_match(&text[head..]) {
        return None;
    }
    // Nouns and attributes only: `医疗专家` of `医疗专家驻点帮扶`.
    let run = rest
        .iter()
        .take_while(|t| (t.end as usize) <= stop && (is_nounish(t.pos) || is_attribute(t.pos)));
    run.filter(|t| is_nounish(t.pos))
        .map(|t| t.end as usize)
        .last()
}

/// A counted noun up to this many chars is kept whole, verbs included.
const SHORT_CHARS: usize = 12;

/// `以县城为重要载体的新型城镇化建设试点`: the noun after the last 的 of the phrase.
fn after_de(text: &str, toks: &[&Token], stop: usize) -> Option<(usize, usize)> {
    let de = toks
        .iter()
        .rposition(|t| &text[t.start as usize..t.end as usize] == "的")?;
    noun_end(&toks[de + 1..], stop)
}

/// The tokens inside `start..stop`, each quoted run (`“高效办成一件事”`) merged into one name
/// token (`nz`), so that a quoted name can open or continue a counted noun.
fn merge_quotes(text: &str, tokens: &[Token], start: usize, stop: usize) -> Vec<Token> {
    let inside = tokens_within(tokens, start, stop);
    let mut out = Vec::with_capacity(inside.len());
    let mut i = 0;
    while let Some(t) = inside.get(i) {
        let word = &text[t.start as usize..t.end as usize];
        let close = (word == "“")
            .then(|| {
                inside[i + 1..]
                    .iter()
                    .position(|u| &text[u.start as usize..u.end as usize] == "”")
            })
            .flatten();
        match close {
            Some(k) => {
                out.push(Token {
                    start: t.start,
                    end: inside[i + 1 + k].end,
                    pos: "nz",
                });
                i += k + 2;
            }
            None => {
                out.push((*t).clone());
                i += 1;
            }
        }
    }
    out
}

/// Nouns, nominal verbs, names, abbreviations, idioms, and single-character morphemes that jieba
/// leaves untagged (`县` of `行动县`, `村` of `典型村`: `zg`).
fn is_nounish(pos: &str) -> bool {
    pos.starts_with('n')
        || matches!(
            pos,
            "vn" | "an" | "j" | "l" | "i" | "eng" | "s" | "zg" | "g"
        )
}

/// Attributes before a noun: `大型`, `现代化`, `高标准`.
fn is_attribute(pos: &str) -> bool {
    matches!(pos, "a" | "b" | "f")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::context::Context;

    fn tokens(ctx: &Context, text: &str) -> Vec<Token> {
        crate::analysis::tokenize(ctx, text)
    }

    fn noun<'a>(ctx: &Context, text: &'a str, value: &str) -> Option<&'a str> {
        let toks = tokens(ctx, text);
        let end = text.find(value)? + value.len();
        after(text, &toks, end).map(|c| &text[c.range.0..c.range.1])
    }

    #[test]
    fn counted_nouns_after_the_unit() {
        let ctx = Context::new();
        let t = "基本完成57个城中村改造,建成4个现代化牧场。";
        assert_eq!(noun(&ctx, t, "57个"), Some("城中村改造"));
        assert_eq!(noun(&ctx, t, "4个"), Some("现代化牧场"));
        assert_eq!(
            noun(
                &ctx,
                "开展首批15个以县城为重要载体的新型城镇化建设试点,",
                "15个"
            ),
            Some("新型城镇化建设试点")
        );
        assert_eq!(
            noun(
                &ctx,
                "建成首批153个标准化就业驿站,4386万异地务工人员稳定就业。",
                "4386万"
            ),
            Some("异地务工人员稳定就业")
        );
        let t = "9个国家县域商业建设行动县、2225个典型村建设,基本建成129条乡村振兴示范带,90%以上村庄达到干净整洁村标准";
        assert_eq!(noun(&ctx, t, "9个"), Some("国家县域商业建设行动县"));
        assert_eq!(noun(&ctx, t, "2225个"), Some("典型村建设"));
        assert_eq!(noun(&ctx, t, "129条"), Some("乡村振兴示范带"));
        assert_eq!(noun(&ctx, t, "90%"), Some("村庄达到干净整洁村标准"));
        assert_eq!(
            noun(&ctx, "新增100个城市、郊野等生态公园,", "100个"),
            Some("城市、郊野等生态公园")
        );
        assert_eq!(
            noun(&ctx, "即培育百家技工贸总收入5000万元以上的企业", "百家"),
            None
        );
        // probes6 national_style_gwr_2024: a size class opens the counted noun.
        let t = "打造3个千亿级产业集群,培育5个百亿元级龙头企业,建设2个10万吨级泊位。";
        assert_eq!(noun(&ctx, t, "3个"), Some("千亿级产业集群"));
        assert_eq!(noun(&ctx, t, "5个"), Some("百亿元级龙头企业"));
        assert_eq!(noun(&ctx, t, "2个"), Some("10万吨级泊位"));
        // probes4 city_implementation_opinion line 16: a joint ends the noun before the next
        // value of the list.
        let t = "培育形成3个千亿级产业集群和5个五百亿级产业集群。";
        assert_eq!(noun(&ctx, t, "3个"), Some("千亿级产业集群"));
        assert_eq!(noun(&ctx, t, "5个"), Some("五百亿级产业集群"));
        // 000_yining_12th_fyp line 35: jieba cuts `个村` as one word.
        let t = "新建了7个社区卫生服务中心、2个中心卫生院和40个村卫生室,";
        assert_eq!(noun(&ctx, t, "40个"), Some("村卫生室"));
    }

    #[test]
    fn a_noun_after_de_is_the_head() {
        let ctx = Context::new();
        // gwr_2025_guangdong line 110.
        let text = "聘请200名副高级以上职称的医疗专家到县级公立医院工作";
        let n = noun(&ctx, text, "200名");
        assert_eq!(n, Some("副高级以上职称的医疗专家"));
    }

    #[test]
    fn a_noun_after_a_verb_framed_value() {
        let ctx = Context::new();
        // gwr_2003_national line 18 (cleaned).
        let t =
            "特别是发行6600亿元长期建设国债,带动银行贷款和其他社会资金形成3.28万亿元的投资规模,";
        assert_eq!(noun(&ctx, t, "6600亿元"), Some("长期建设国债"));
        let c = after(
            t,
            &tokens(&ctx, t),
            t.find("3.28万亿元").unwrap_or(0) + "3.28万亿元".len(),
        );
        assert_eq!(
            c.map(|c| (&t[c.range.0..c.range.1], c.via_de)),
            Some(("投资规模", true))
        );
        // gwr_2016_hailar_gbk line 97 (corpus_sample_50: the counted noun was missed).
        let t = "年内完成孙家屯、哈克村等7个现代牧场建设任务。";
        assert_eq!(noun(&ctx, t, "7个"), Some("现代牧场建设任务"));
    }

    #[test]
    fn frames_and_punctuation_are_not_counted() {
        let ctx = Context::new();
        assert_eq!(
            noun(&ctx, "全省地区生产总值迈上14万亿元新台阶、", "14万亿元"),
            None
        );
        assert_eq!(noun(&ctx, "地区生产总值达到270亿元,", "270亿元"), None);
        assert_eq!(noun(&ctx, "增长8%的目标", "8%"), None);
        // probes7 province_plan_execution_2023 line 45.
        assert_eq!(noun(&ctx, "上涨0.4%,低于3%左右的调控目标。", "3%"), None);
        assert_eq!(noun(&ctx, "投资3340万元建成牧场", "3340万元"), None);
    }
}
