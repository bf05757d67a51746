//! Numbers in normalized text: what a target's value can be.
//!
//! Recognises Arabic numbers (decimals, thousands separators; full-width forms are already folded
//! by normalization), Chinese numerals (一千二百, 两, 〇) when a unit follows them, multipliers
//! (万, 亿, 万亿: `1.2万亿元`), percentages (`%`, `百分之五`), per-mille (`‰`), percentage points
//! (`个百分点`, a unit of its own), ranges (`3—5年`, `5%—5.5%`), ratios (`2.1:46.7:51.2`) and
//! multiples (`1.29倍`, `翻一番`).
//!
//! Words that merely contain numeral characters are not numbers: 二氧化碳, 一带一路, 两会, 统一,
//! 一些, 第一, 三股势力, plan names (十四五) and numbers inside quoted names (`“11532”工程`).
//! Years (`2015年`) are time spans, not quantities (see `extract::timespans`).
//!
//! Units come from the unit dictionary ([`units::longest_prefix`]); `%`, `‰`, `个百分点` and `倍`
//! are recognised here because they change what the number is.

use crate::analysis::Token;
use crate::extract::units;
use crate::numerals::chinese_to_u64;
use regex::Regex;
use std::sync::LazyLock;

/// The numeric content of a quantity.
#[derive(Debug, Clone, PartialEq)]
pub enum Amount {
    One(f64),
    /// `3—5年`, `5%—5.5%`: both ends as written.
    Range(f64, f64),
    /// `2.1:46.7:51.2`.
    Ratio(Vec<f64>),
}

impl Amount {
    /// The first (or only) number.
    pub fn first(&self) -> f64 {
        match self {
            Amount::One(v) | Amount::Range(v, _) => *v,
            Amount::Ratio(v) => v.first().copied().unwrap_or(0.0),
        }
    }
}

/// What kind of number the unit makes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// A count or amount in a unit from the dictionary (or none).
    Plain,
    /// `%`, `百分之五`.
    Percent,
    /// `‰`.
    PerMille,
    /// `个百分点`.
    Points,
    /// `倍`, `翻一番`.
    Multiple,
}

/// One number with its unit, as found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// Byte range of the number and its unit in the text.
    pub start: usize,
    pub end: usize,
    pub amount: Amount,
    /// The unit as written (`亿元`, `%`, `个百分点`, `万亩`), or `None` for a bare number.
    pub unit: Option<String>,
    pub form: Form,
    /// A Chinese numeral (`两`, `三千`) rather than digits.
    pub chinese: bool,
    /// `余`/`多` between the number and its unit: more than the number (`1900余万元`).
    pub more: bool,
}

/// Arabic numbers (`38985`, `1,200`, `4.08`) and runs of Chinese numeral characters.
static NUMERAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\d+(?:,\d{3})*(?:\.\d+)?|[〇零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]+(?:点[〇零一二三四五六七八九]+[万亿]?)?")
        .expect("valid regex")
});

/// An Arabic number alone, anchored; thousands groups are checked by [`arabic_len`].
///
/// A space may stand before the decimal point: converted PDFs write `6 .5 %` for 6.5%.
static ARABIC: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\d+(?:,\d{3})*(?: ?\.\d+)?").expect("valid regex"));

/// The rest of a ratio after its first part: `:46.7:51.2`, also with the ratio sign `∶` (U+2236,
/// which NFKC leaves alone) of converted PDFs: `19 ∶43 ∶38`.
static RATIO_TAIL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:[ \t]*[:∶][ \t]*\d+(?:\.\d+)?)+").expect("valid regex"));

/// A range dash and the upper end's number: `—5.5`, `-40`, `至8`.
static RANGE_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[ \t]*(?:[-—–~～]+|至|到)[ \t]*(\d+(?:,\d{3})*(?:\.\d+)?)").expect("valid regex")
});

/// [`RATIO_TAIL`] at the start of `rest`, searched only when a colon opens it (after spaces).
fn ratio_tail(rest: &str) -> Option<regex::Match<'_>> {
    let head = rest.trim_start_matches([' ', '\t']);
    head.starts_with([':', '∶'])
        .then(|| RATIO_TAIL.find(rest))
        .flatten()
}

/// Whether `s` opens with a time of day: an hour of one or two digits (`len` bytes), a colon and
/// `00` or `30`, nothing numeric after (`10:00`, `9:30`, midnight `24:00`: probes65
/// city_commerce_consumption_action_plan_2026_2027 line 52; never `2.1:46.7` or `1:1.17`).
fn is_clock_time(s: &str, len: usize) -> bool {
    let (hour, rest) = s.split_at(len);
    let Some(min) = rest.strip_prefix(':') else {
        return false;
    };
    hour.parse::<u32>()
        .is_ok_and(|h| h <= 23 || (h == 24 && min.starts_with("00")))
        && (min.starts_with("00") || min.starts_with("30"))
        && !min[2..].starts_with(|c: char| c.is_ascii_digit() || c == '.' || c == ':')
}

/// Whether `text[start..end]` and what follows is a time after a date (`2026-01-06 17:25`,
/// `1月6日 17:25`: probes59 province_gwr_2026_draft_with_tracked_changes line 3), whatever its
/// minutes.
fn is_dated_time(text: &str, start: usize, end: usize) -> bool {
    static DATE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}日)[ \t\u{3000}]*$")
            .expect("valid regex")
    });
    static MINUTES: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^:[0-5]\d(?::[0-5]\d)?(?:[^\d.:]|$)").expect("valid regex"));
    text[start..end].parse::<u32>().is_ok_and(|h| h <= 23)
        && MINUTES.is_match(&text[end..])
        && DATE_BEFORE.is_match(&text[..start])
}

/// [`RANGE_TAIL`] at the start of `rest`, searched only when a dash, 至 or 到 opens it (after
/// spaces): most numbers are followed by none.
fn range_tail(rest: &str) -> Option<regex::Captures<'_>> {
    let head = rest.trim_start_matches([' ', '\t']);
    head.starts_with(['-', '—', '–', '~', '～', '至', '到'])
        .then(|| RANGE_TAIL.captures(rest))
        .flatten()
}

/// 百分之五, 百分之十二点五, 百分之3; 千分之九点八 (‰).
static PERCENT_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"([百千])分之(\d+(?:\.\d+)?|[〇零一二两三四五六七八九十百]+(?:点[〇零一二三四五六七八九]+)?)",
    )
    .expect("valid regex")
});

/// 三分之一, 4分之3: a fraction, read as a percentage (百分之… is [`PERCENT_WORDS`]).
static FRACTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"([一二三四五六七八九十]{1,2}|\d{1,3})分之([一二三四五六七八九十]{1,2}|\d{1,3})")
        .expect("valid regex")
});

/// 翻一番 (×2), 翻两番 (×4), 翻番, 翻了一番.
static DOUBLING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"翻(?:了)?([一两二三])?番").expect("valid regex"));

/// Tenths written `成` after a word of size or change: `增长近三成` (30 %), `保持在八成左右`, `逾两成`
/// (probes38 prefecture_gwr_2027_big_numbers lines 19, 32, 38). The word before keeps 建成,
/// 形成 and 一成不变 out.
static TENTHS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:近|逾|超|约|达|占|在|为|增长|提高|提升|下降|降低|减少|上升|增加)([一二三四五六七八九两])成(?:左右|以上|多)?")
        .expect("valid regex")
});

/// A magnitude named without a numeral after a verb of passing it: `突破万亿元`, `超百亿元`,
/// `迈上千亿台阶`, `迈上两千亿台阶` (probes38 prefecture_gwr_2027_big_numbers lines 13, 19, 31, 33)
/// are one 万亿元, one hundred 亿元, one and two thousand 亿. Not a class (`千亿级`, `万亿元城市`)
/// or a slogan (`迈上万亿新起点`): the magnitude ends its clause, or `元`, `台阶` or `大关` follow.
/// Groups: the numeral, the multiplier before 亿/万, 亿/万, `元`, the mark's noun.
static PASSED_MAGNITUDE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:突破|超过|超|逾|迈上|跨上|跃上|站上|登上|迈过|跨过|越过)([一两二三四五六七八九])?(百|千|万)?(亿|万)(元)?(台阶|大关)?(?:[，。；、,;]|$)")
        .expect("valid regex")
});

/// Multipliers written between a number and its unit (`1.2万亿元`, `4.5万元`).
const MULTIPLIERS: [&str; 4] = ["万亿", "亿", "万", "千"];

/// Units that after a Chinese numeral make a vague amount: 一批, 一些, 一系列.
/// `分` after a Chinese numeral is an adverb or a fraction (`十分重要`, `万分之一`), never a score.
const VAGUE_UNITS: [&str; 4] = ["批", "些", "系列", "分"];

/// Generic counters that, after a small Chinese numeral, make a phrase rather than a
/// quantity: 一个 (a), 三年 (three years, a duration), 两个维护, 十条.
const PHRASE_COUNTERS: [&str; 9] = ["个", "年", "次", "条", "项", "种", "位", "门", "箱"];

/// Largest Chinese numeral that [`PHRASE_COUNTERS`] turn into a phrase.
const PHRASE_MAX: f64 = 10.0;

/// Plan names made of numerals: 十四五, 十二五, 九五. Not before a multiplier: `十五万吨` is
/// 150 thousand tonnes (probes8 county_9th_plan_ocr line 36).
static PLAN_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:十[一二三四五六七八九]?|[一二三四五六七八九])五").expect("valid regex")
});

/// Every quantity in `text`, in order, not overlapping.
///
/// `tokens` are the text's jieba tokens (byte offsets into `text`), or empty. With tokens, a
/// Chinese numeral counts only where a word starts and where that word ends inside the quantity,
/// so 统一, 一些, 一带一路, 三股势力 (single words to jieba) give no number.
///
/// ```
/// use plancorpus::extract::numbers::{find, Amount};
/// let q = find("到2015年全市生产总值年均增长21.9%,达到270亿元。", &[]);
/// assert_eq!(q[0].amount, Amount::One(21.9));
/// assert_eq!(q[0].unit.as_deref(), Some("%"));
/// assert_eq!(q[1].amount, Amount::One(270.0));
/// ```
/// Whether a line is a figure and nothing else — digits, a unit, a bound at most: `1286.4亿元`,
/// `5.5%左右`, `580亿元以上`, `１２０个` once folded — the way an infographic page prints its numbers
/// (probes22 city_gwr_2025_infographic lines 11–27).
///
/// ```
/// use plancorpus::extract::numbers::is_figure_alone;
/// assert!(is_figure_alone("1286.4亿元"));
/// assert!(is_figure_alone("5%以上"));
/// assert!(!is_figure_alone("增长5.6%"));
/// assert!(!is_figure_alone("2025年"));
/// ```
pub fn is_figure_alone(text: &str) -> bool {
    let t = text.trim();
    let t = ["约", "超过", "超", "近"]
        .iter()
        .find_map(|p| t.strip_prefix(p))
        .unwrap_or(t);
    let digits = t
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(t.len());
    if !t.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let rest = &t[digits..];
    let Some(unit) = units::longest_prefix(rest) else {
        return false;
    };
    if matches!(unit.name, "年" | "月" | "日") {
        return false;
    }
    let tail = rest.strip_prefix(unit.name).unwrap_or("?");
    matches!(tail, "" | "左右" | "以上" | "以内" | "以下")
}

pub fn find(text: &str, tokens: &[Token]) -> Vec<Quantity> {
    let mut out: Vec<Quantity> = Vec::new();
    // 百分之五, 三分之一 and 翻一番 are rare: a paragraph without 分之 or 番 skips their scans.
    if text.contains("分之") {
        out.extend(percent_words(text));
        out.extend(fractions(text));
    }
    if text.contains('番') {
        out.extend(doublings(text));
    }
    if text.contains('成') {
        out.extend(tenths(text));
    }
    if text.contains('亿') || text.contains('万') {
        out.extend(passed_magnitudes(text));
    }
    for m in NUMERAL.find_iter(text) {
        if out.iter().any(|q| q.start < m.end() && m.start() < q.end) {
            continue;
        }
        let q = if m.as_str().starts_with(|c: char| c.is_ascii_digit()) {
            arabic_at(text, m.start())
        } else {
            chinese_at(text, m.start(), m.end(), tokens)
        };
        if let Some(q) = q {
            out.push(q);
        }
    }
    out.sort_by_key(|q| q.start);
    let mut kept: Vec<Quantity> = Vec::with_capacity(out.len());
    for mut q in out {
        if kept.last().is_none_or(|k| k.end <= q.start) {
            per_unit_before(text, &mut q);
            kept.push(q);
        }
    }
    kept
}

/// Units a rate is stated per, written before its number (`每平方公里7.6公里`).
const PER: [&str; 6] = ["平方公里", "平方千米", "立方米", "平方米", "公顷", "千瓦时"];

/// A rate whose denominator is printed before the number: `路网密度提高到每平方公里7.6公里`
/// (probes26 national_urbanization_special_plan_15th line 18), `PM2.5平均浓度下降到每立方米二十九
/// 微克` (probes26 prefecture_gwr_2025_chinese_numerals line 42) are `公里/平方公里` and
/// `微克/立方米`, the quantity opening at `每`. Only a rate the unit dictionary knows:
/// `每千人口…` names an indicator, and `每平方公里3个` stays a count.
fn per_unit_before(text: &str, q: &mut Quantity) {
    let Some(unit) = q.unit.as_deref().filter(|_| q.form == Form::Plain) else {
        return;
    };
    let head = &text[..q.start];
    let Some((denom, at)) = PER.iter().find_map(|d| {
        let at = head.strip_suffix(d)?.strip_suffix('每')?.len();
        Some((d, at))
    }) else {
        return;
    };
    let rate = format!("{unit}/{denom}");
    if units::lookup(&rate).is_some() {
        q.unit = Some(rate);
        q.start = at;
    }
}

/// The Arabic quantity starting at byte `start`, or `None` when the digits are part of a code
/// (`G217`, `PM2.5`), a year (`2015年`), or a quoted name (`“11532”工程`).
fn arabic_at(text: &str, start: usize) -> Option<Quantity> {
    let signed = is_minus_sign(text, start);
    let before = text[..start].chars().next_back();
    if !signed
        && before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-' || c == '第')
        && !after_latin_indicator(&text[..start])
    {
        return None;
    }
    let mut end = start + arabic_len(&text[start..]);
    let first = parse_arabic(&text[start..end])?;
    if is_year(text, start, end) {
        return None;
    }
    let rest = &text[end..];
    // Letters after the digits make a code (`5G`, `3A`), unless they are a unit that ends there
    // (`5,000PFlops`, probes54 province_digital_government_plan_staged_goals line 74).
    if rest.starts_with(|c: char| c.is_ascii_alphabetic()) && !is_latin_unit(rest) {
        return None;
    }
    // A time of day is no ratio: `10:00`, `9:30` (probes22 city_14th_review_press_conference
    // line 5, `时间：2025年12月18日（星期四）上午10:00`).
    if is_clock_time(&text[start..], end - start) || is_dated_time(text, start, end) {
        return None;
    }
    // A ratio: 2.1:46.7:51.2 (full-width colons are folded by normalization).
    if let Some(r) = ratio_tail(rest) {
        let mut parts = vec![first];
        parts.extend(
            r.as_str()
                .split([':', '∶'])
                .skip(1)
                .filter_map(|p| parse_arabic(p.trim())),
        );
        end += r.end();
        return Some(Quantity {
            start,
            end,
            amount: Amount::Ratio(parts),
            unit: None,
            form: Form::Plain,
            chinese: false,
            more: false,
        });
    }
    let (mut unit1, mut form1, mut after1) = unit_at(text, end);
    let mut more = false;
    if unit1.is_none()
        && let Some(w) = ["余", "多"]
            .into_iter()
            .find(|w| text[end..].starts_with(w))
        && let (Some(u), f, a) = unit_at(text, end + w.len())
    {
        (unit1, form1, after1, more) = (Some(u), f, a, true);
    }
    // A range: 3—5年, 5%—5.5%, 35-40%.
    if let Some(c) = range_tail(&text[after1..])
        && let (Some(whole), Some(n)) = (c.get(0), c.get(1))
        && let Some(second) = parse_arabic(n.as_str())
    {
        let e2 = after1 + whole.end();
        if !is_year(text, after1 + n.start(), e2) {
            let (unit2, form2, after2) = unit_at(text, e2);
            if unit1.is_none() || unit1 == unit2 {
                return Some(Quantity {
                    start,
                    end: after2,
                    amount: Amount::Range(first, second),
                    unit: unit2,
                    form: form2,
                    chinese: false,
                    more: false,
                });
            }
        }
    }
    if in_quoted_name(text, start, end) {
        return None;
    }
    // `增速为-3.4%` (probes16 district_gwr_2024_livelihood line 17): a negative value, its sign
    // in the evidence; only with a unit.
    let (start, first) = match (signed, &unit1) {
        (true, Some(_)) => (start - 1, -first),
        (true, None) => return None,
        (false, _) => (start, first),
    };
    Some(Quantity {
        start,
        end: after1,
        amount: Amount::One(first),
        unit: unit1,
        form: form1,
        chinese: false,
        more,
    })
}

/// Whether `head` ends with an indicator's name written in Latin capitals, a word of its own
/// (`GDP1286.4亿元`, `CPI102.1`: names of `dict/indicators.toml`) — the digits after it are a
/// value, where after `G` or `PM` they are a code (`G217`, `PM2.5`).
fn after_latin_indicator(head: &str) -> bool {
    static NAMES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
        crate::extract::indicators::words()
            .filter(|w| w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase()))
            .collect()
    });
    let run = head.len()
        - head
            .trim_end_matches(|c: char| c.is_ascii_alphabetic())
            .len();
    let word = &head[head.len() - run..];
    NAMES.contains(&word)
}

/// Whether `rest` opens with a unit of the dictionary written in Latin letters, whole: `PFlops`,
/// `kWh`, `km` — not the `G` of `5G` or the `k` of `kmh`.
fn is_latin_unit(rest: &str) -> bool {
    units::longest_prefix(rest)
        .is_some_and(|u| u.name.starts_with(|c: char| c.is_ascii_alphabetic()))
}

/// Whether the digits at `start` follow a minus sign that opens a value: `-` after a verb of
/// being or a separator (`为-3.4%`, `：-2.1%`) or a word of growth (`同比-2.3%`, `增长-6.1%`:
/// probes54 county_gwr_2026_thousand_separators lines 17–18), never after a digit or letter
/// (`2021-2025`, `G-3`).
fn is_minus_sign(text: &str, start: usize) -> bool {
    let Some(head) = text[..start].strip_suffix('-') else {
        return false;
    };
    let head = head.trim_end_matches(' ');
    head.is_empty()
        || head.ends_with([
            '为', '是', '到', '至', ':', '：', '(', '（', ',', '，', '、', '\t',
        ])
        || ["同比", "环比", "增长", "增速", "增幅"]
            .iter()
            .any(|w| head.ends_with(w))
}

/// A Chinese numeral in `text[start..end]` (a run of numeral characters), kept only when a unit
/// follows it, it is not an ordinal (第一) or plan name (十四五), and (with tokens) it starts a word
/// that ends inside the quantity.
fn chinese_at(text: &str, start: usize, end: usize, tokens: &[Token]) -> Option<Quantity> {
    let end = unit_head_trimmed(text, start, end);
    let run = &text[start..end];
    // 第一, 十四五, and 第十二个五年 / 第二个百年 (an ordinal count, not a quantity), also with the
    // space a title keeps between two ideographs (`第十二个 五年规划纲要`); 七届十次 (a session).
    let before = text[..start].trim_end_matches([' ', '\t']);
    if before.ends_with(['第', '个', '届']) {
        return None;
    }
    // The same in a letter-spaced line, where a space cut the ordinal: `第 十 二 篇`.
    let ordinal_head =
        before.trim_end_matches(|c: char| " \t零〇一二两三四五六七八九十百".contains(c));
    if ordinal_head.len() < before.len() && ordinal_head.ends_with('第') {
        return None;
    }
    // A lone 万 or 亿 opens a word or name, not a number: `万家惠农贸市场`, `“万亩千亿”产业平台`.
    if matches!(run, "万" | "亿" | "万亿") {
        return None;
    }
    // Trailing 万/亿 are multipliers of the unit (九十万人 → 90 万人), unless the run is only that.
    let digits = run.trim_end_matches(['万', '亿']);
    let digits_end = if digits.is_empty() {
        end
    } else {
        start + digits.len()
    };
    let (unit, form, after) = unit_at(text, digits_end);
    let value = in_unit(&text[start..digits_end], unit.as_deref())?;
    // A bare multiplier is no unit for words: 千万 (by all means), 万一 (in case).
    // 一批 (a number of) is a quantity word, not a count.
    if unit
        .as_deref()
        .is_none_or(|u| MULTIPLIERS.contains(&u) || VAGUE_UNITS.contains(&u))
    {
        return None;
    }
    // 一件事情, 一座城: the numeral one with a counter is an article, not a count.
    if value == 1.0
        && unit
            .as_deref()
            .is_some_and(|u| !u.starts_with(['万', '亿']))
    {
        return None;
    }
    // A whole number only: `四点五个` (4.5 places a thousand people, probes26
    // prefecture_gwr_2025_chinese_numerals line 89) is a measure.
    if value <= PHRASE_MAX
        && value.fract() == 0.0
        && unit
            .as_deref()
            .is_some_and(|u| PHRASE_COUNTERS.contains(&u))
    {
        return None;
    }
    if !tokens.is_empty() && !starts_word_inside(tokens, start, after) {
        return None;
    }
    if value <= PHRASE_MAX
        && unit
            .as_deref()
            .is_some_and(crate::extract::targets::classify::is_count_unit)
        && names_a_set(tokens, start, after)
    {
        return None;
    }
    // Last of the tests, all of which reject: most runs fail a cheaper one first.
    // `十五所` (fifteen schools, probes26 prefecture_gwr_2025_chinese_numerals line 88) counts: a
    // two-character plan name never stands before a counter.
    let counted = run.chars().count() == 2
        && unit
            .as_deref()
            .is_some_and(crate::extract::targets::classify::is_count_unit);
    if PLAN_NAME.is_match(run)
        && !counted
        && !(run.ends_with(['万', '亿']) || text[end..].starts_with(['万', '亿']))
    {
        return None;
    }
    Some(Quantity {
        start,
        end: after,
        amount: Amount::One(value),
        unit,
        form,
        chinese: true,
        more: false,
    })
}

/// Whether a small count at `start..after` (`十件`, `两个`) is part of a name between two nouns: a
/// modifier or apposition after a noun, the set's noun right after — `全面完成省十件民生实事`,
/// `办好发展安全两件大事`, `环境整治四场标志性战役`, `开拓省内外两个市场`. After a verb
/// (`成立四家金融资产管理公司`) or with no noun after (`S220线两座`) it is a count.
fn names_a_set(tokens: &[Token], start: usize, after: usize) -> bool {
    let before = tokens.iter().find(|t| t.end as usize == start);
    let next = tokens.iter().find(|t| t.start as usize == after);
    before.is_some_and(|t| is_nominal(t.pos)) && next.is_some_and(|t| is_nominal(t.pos))
}

/// Nouns, places, names, nominal verbs and adjectives, attributes (jieba tags).
fn is_nominal(pos: &str) -> bool {
    pos.starts_with('n') || matches!(pos, "vn" | "an" | "s" | "b" | "j")
}

/// A numeral run whose last character opens a unit (千万千瓦: 千 of 千瓦) ends before it — unless
/// that character is the place of the digit before it under a higher place (`一万八千元` is
/// 18000 元, not 一万八 千元).
fn unit_head_trimmed(text: &str, start: usize, end: usize) -> usize {
    let run = &text[start..end];
    let Some((last, c)) = run.char_indices().next_back() else {
        return end;
    };
    let at = start + last;
    let head = &run[..last];
    let place_of_digit = head.ends_with(|d: char| "一二两三四五六七八九".contains(d))
        && match c {
            '千' => head.contains(['万', '亿']),
            '百' => head.contains(['千', '万', '亿']),
            _ => false,
        };
    if last > 0
        && !place_of_digit
        && matches!(c, '千' | '百' | '万')
        && crate::extract::units::longest_prefix(&text[at..])
            .is_some_and(|u| u.name.chars().count() > 1)
    {
        at
    } else {
        end
    }
}

/// Whether a token starts at `start` and ends by `end`.
fn starts_word_inside(tokens: &[Token], start: usize, end: usize) -> bool {
    tokens
        .iter()
        .find(|t| t.start as usize == start)
        .is_some_and(|t| t.end as usize <= end)
}

/// The unit written at byte `at`: (unit, form, end of unit). Spaces or a tab before the unit are
/// skipped (`0.6 %`). Multipliers 万/亿/万亿/千 join the dictionary unit after them (`万亩`), or
/// stand alone as the unit when none follows.
fn unit_at(text: &str, at: usize) -> (Option<String>, Form, usize) {
    let rest = &text[at..];
    let trimmed = rest.trim_start_matches([' ', '\t']);
    let skip = at + (rest.len() - trimmed.len());
    for (sym, form) in [
        ("%", Form::Percent),
        ("‰", Form::PerMille),
        ("个百分点", Form::Points),
        ("百分点", Form::Points),
        ("倍", Form::Multiple),
    ] {
        if trimmed.starts_with(sym) {
            return (Some(sym.to_string()), form, skip + sym.len());
        }
    }
    if let Some(u) = units::longest_prefix(trimmed) {
        return (Some(u.name.to_string()), Form::Plain, skip + u.name.len());
    }
    for mult in MULTIPLIERS {
        if let Some(after) = trimmed.strip_prefix(mult) {
            if let Some(u) = units::longest_prefix(after) {
                let name = format!("{mult}{}", u.name);
                return (Some(name), Form::Plain, skip + mult.len() + u.name.len());
            }
            if mult != "千" {
                return (Some(mult.to_string()), Form::Plain, skip + mult.len());
            }
        }
    }
    (None, Form::Plain, at)
}

/// Length of the Arabic number opening `s`: `1,200` whole, but `2015,2016` only up to the comma
/// (a comma counts as a thousands separator only before exactly three digits).
fn arabic_len(s: &str) -> usize {
    let Some(m) = ARABIC.find(s) else {
        return 0;
    };
    let bad_group = s[m.end()..].starts_with(|c: char| c.is_ascii_digit());
    if bad_group && let Some(comma) = m.as_str().find(',') {
        let head = &s[..comma];
        return ARABIC.find(head).map_or(comma, |h| h.end());
    }
    m.end()
}

/// `38985`, `1,200`, `4.08` → f64.
fn parse_arabic(s: &str) -> Option<f64> {
    s.replace([',', ' '], "").parse().ok()
}

/// A four-digit year (1900–2100) followed by 年, or by a dash and another year (`2011~2015年`).
fn is_year(text: &str, start: usize, end: usize) -> bool {
    let digits = &text[start..end];
    let year_like = digits.len() == 4
        && digits
            .parse::<u32>()
            .is_ok_and(|y| (1900..=2100).contains(&y));
    if !year_like {
        return false;
    }
    let rest = text[end..].trim_start_matches([' ', '\t']);
    rest.starts_with('年')
        || range_tail(rest)
            .and_then(|c| c.get(1))
            .is_some_and(|n| n.as_str().len() == 4)
}

/// `“11532”工程`: digits wrapped in quotes are a name, not a value.
fn in_quoted_name(text: &str, start: usize, end: usize) -> bool {
    let open = text[..start].ends_with(['“', '"', '「', '《']);
    let close = text[end..].starts_with(['”', '"', '」', '》']);
    open && close
}

/// `三分之一` → 33.33… %: the share a fraction names (yunnan 10th plan line 40,
/// `第三产业…占三分之一左右`). A numerator above its denominator is no share and is skipped.
fn fractions(text: &str) -> Vec<Quantity> {
    FRACTION
        .captures_iter(text)
        .filter_map(|c| {
            let whole = c.get(0)?;
            let part = |i: usize| {
                let n = c.get(i)?.as_str();
                parse_arabic(n).or_else(|| chinese_decimal(n))
            };
            let (den, num) = (part(1)?, part(2)?);
            if den <= 0.0 || num > den {
                return None;
            }
            Some(Quantity {
                chinese: !whole.as_str().starts_with(|c: char| c.is_ascii_digit()),
                ..Quantity::in_words(whole.range(), num * 100.0 / den, "%", Form::Percent)
            })
        })
        .collect()
}

/// `百分之五` → 5 %, `千分之九点八` → 9.8 ‰.
fn percent_words(text: &str) -> Vec<Quantity> {
    PERCENT_WORDS
        .captures_iter(text)
        .filter_map(|c| {
            let whole = c.get(0)?;
            let n = c.get(2)?.as_str();
            let value = parse_arabic(n).or_else(|| chinese_decimal(n))?;
            let (unit, form) = match c.get(1)?.as_str() {
                "千" => ("‰", Form::PerMille),
                _ => ("%", Form::Percent),
            };
            Some(Quantity {
                chinese: !n.starts_with(|c: char| c.is_ascii_digit()),
                ..Quantity::in_words(whole.range(), value, unit, form)
            })
        })
        .collect()
}

/// The value of numeral `digits` in `unit`: `一亿三千二百` before `万元` is 13200 (万元), its 亿
/// counted in 万 (an OCR'd 九五 plan's `财政收入完成一亿三千二百万元`), not 100003200.
fn in_unit(digits: &str, unit: Option<&str>) -> Option<f64> {
    match digits.rsplit_once('亿') {
        Some((hi, lo)) if unit.is_some_and(|u| u.starts_with('万')) => {
            let lo = if lo.is_empty() {
                0.0
            } else {
                chinese_decimal(lo)?
            };
            Some(chinese_decimal(hi)? * 1e4 + lo)
        }
        _ => chinese_decimal(digits),
    }
}

/// 十二点五 → 12.5.
fn chinese_decimal(s: &str) -> Option<f64> {
    match s.split_once('点') {
        None => chinese_to_u64(s).map(|v| v as f64),
        Some((int, frac)) => {
            let i = chinese_to_u64(int)? as f64;
            let digits: String = frac
                .chars()
                .map(|c| chinese_to_u64(&c.to_string()).map(|d| char::from(b'0' + d as u8)))
                .collect::<Option<_>>()?;
            format!("{i}.{digits}").parse().ok()
        }
    }
}

/// 翻一番 → ×2, 翻两番 → ×4 (a doubling per 番).
fn doublings(text: &str) -> Vec<Quantity> {
    DOUBLING
        .captures_iter(text)
        .filter_map(|c| {
            let whole = c.get(0)?;
            let times = c
                .get(1)
                .and_then(|n| chinese_to_u64(n.as_str()))
                .unwrap_or(1);
            Some(Quantity::in_words(
                whole.range(),
                2f64.powi(times.min(10) as i32),
                "倍",
                Form::Multiple,
            ))
        })
        .collect()
}

impl Quantity {
    /// One value written in words at bytes `range` (`翻一番`, `三成`, `万亿元`).
    fn in_words(range: std::ops::Range<usize>, value: f64, unit: &str, form: Form) -> Quantity {
        Quantity {
            start: range.start,
            end: range.end,
            amount: Amount::One(value),
            unit: Some(unit.to_string()),
            form,
            chinese: true,
            more: false,
        }
    }
}

/// Tenths as a percentage: `近三成` is 30 %, the quantity `三成` (see [`TENTHS`]).
fn tenths(text: &str) -> Vec<Quantity> {
    TENTHS
        .captures_iter(text)
        .filter_map(|c| {
            let n = c.get(1)?;
            let value = chinese_decimal(n.as_str())? * 10.0;
            let end = n.end() + '成'.len_utf8();
            Some(Quantity::in_words(
                n.start()..end,
                value,
                "%",
                Form::Percent,
            ))
        })
        .collect()
}

/// One of a magnitude named without a numeral (see [`PASSED_MAGNITUDE`]): `突破万亿元` is 1 万亿元,
/// `迈上千亿台阶` 1000 亿 (the quantity `万亿元`, `千亿`).
fn passed_magnitudes(text: &str) -> Vec<Quantity> {
    PASSED_MAGNITUDE
        .captures_iter(text)
        .filter_map(|c| {
            let big = c.get(3)?;
            let times = match c.get(1) {
                Some(n) => chinese_decimal(n.as_str())?,
                None => 1.0,
            };
            let (value, mult) = match (c.get(2).map(|m| m.as_str()), big.as_str()) {
                (Some("万"), "亿") => (times, "万亿"),
                (Some("万"), _) => return None,
                (Some("百"), m) => (times * 100.0, m),
                (Some(_), m) => (times * 1000.0, m),
                (None, m) => (times, m),
            };
            let start = c.get(1).or(c.get(2)).unwrap_or(big).start();
            let yuan = c.get(4);
            let unit = match yuan {
                Some(_) => format!("{mult}元"),
                None => mult.to_string(),
            };
            // The mark's noun is part of the figure (`迈上两千亿台阶、增长7.2%`: the growth is
            // the same measure's, not a 台阶's).
            let end = c.get(5).or(yuan).unwrap_or(big).end();
            Some(Quantity::in_words(start..end, value, &unit, Form::Plain))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::context::Context;

    fn tokens(ctx: &Context, text: &str) -> Vec<Token> {
        crate::analysis::tokenize(ctx, text)
    }

    fn one(text: &str) -> Vec<(Amount, Option<String>)> {
        find(text, &[])
            .into_iter()
            .map(|q| (q.amount, q.unit))
            .collect()
    }

    /// Letters glued to digits: an indicator's Latin name (`GDP1286.4亿元`) and a Latin unit of
    /// the dictionary (`5,000PFlops`) leave a value; a code (`G217`, `PM2.5`, `5G`) does not.
    #[test]
    fn latin_names_units_and_codes() {
        let q = one("全市实现GDP1286.4亿元，算力规模达到5,000PFlops");
        assert_eq!(
            q,
            vec![
                (Amount::One(1286.4), Some("亿元".to_string())),
                (Amount::One(5000.0), Some("PFlops".to_string()))
            ]
        );
        assert!(one("G217国道改造").is_empty());
        assert!(one("PM2.5年均浓度下降").is_empty());
        assert!(one("建成5G基站").is_empty());
        // A minus after a word of growth (probes54 county_gwr_2026_thousand_separators line 17).
        assert_eq!(one("同比-2.3%")[0].0, Amount::One(-2.3));
    }

    #[test]
    fn arabic_decimals_and_thousands() {
        let q = one("城镇居民人均可支配收入38,985元,森林蓄积量4.08亿立方米");
        assert_eq!(q[0].0, Amount::One(38985.0));
        assert_eq!(q[1].0, Amount::One(4.08));
    }

    /// yunnan_10th_fyp_2001 lines 39-40: a space before the decimal point, the ratio sign `∶`;
    /// a rate per 100,000 and counted units of the 2025 work reports.
    #[test]
    fn converted_pdf_forms_and_rare_units() {
        let q = one("人均国内生产总值年均增长6 .5 %左右");
        assert_eq!(q, vec![(Amount::One(6.5), Some("%".to_string()))]);
        let q = one("三次产业增加值比例调整为19 ∶43 ∶38 。");
        assert_eq!(q[0].0, Amount::Ratio(vec![19.0, 43.0, 38.0]));
        let q = one("孕产妇死亡率降至22/10万,新增1.2亿户,通行120万辆次");
        let units: Vec<_> = q.iter().map(|(_, u)| u.as_deref()).collect();
        assert_eq!(units, vec![Some("/10万"), Some("亿户"), Some("万辆次")]);
        assert_eq!(q[0].0, Amount::One(22.0));
    }

    #[test]
    fn percent_permille_points_multiple() {
        let q = one("增长21.9%,控制在10‰以内,高于全国平均水平3个百分点,达到1.29倍");
        let units: Vec<_> = q.iter().map(|(_, u)| u.as_deref()).collect();
        assert_eq!(
            units,
            vec![Some("%"), Some("‰"), Some("个百分点"), Some("倍")]
        );
        assert_eq!(q[2].0, Amount::One(3.0));
        let third = find("占三分之一左右", &[]);
        assert_eq!(third.len(), 1);
        assert_eq!(third[0].amount, Amount::One(100.0 / 3.0));
        assert_eq!(third[0].unit.as_deref(), Some("%"));
        assert!(find("五分之七", &[]).is_empty());
        assert_eq!(find("4分之3", &[])[0].amount, Amount::One(75.0));
        let q = find("力争提高百分之五", &[]);
        assert_eq!(q[0].amount, Amount::One(5.0));
        assert_eq!(q[0].form, Form::Percent);
        let q = find("人均收入翻一番,经济总量翻两番", &[]);
        assert_eq!(q[0].amount, Amount::One(2.0));
        assert_eq!(q[1].amount, Amount::One(4.0));
    }

    #[test]
    fn tenths_and_magnitudes_without_numerals() {
        // probes38 prefecture_gwr_2027_big_numbers lines 13, 19, 31, 33, 38.
        let q =
            one("产量增长近三成，营业收入迈上千亿台阶，占比保持在八成左右，实际使用外资增长逾两成");
        assert_eq!(
            q,
            vec![
                (Amount::One(30.0), Some("%".into())),
                (Amount::One(1000.0), Some("亿".into())),
                (Amount::One(80.0), Some("%".into())),
                (Amount::One(20.0), Some("%".into())),
            ]
        );
        let q = one("地区生产总值突破万亿元，进出口迈上两千亿台阶、减税降费超百亿元。");
        assert_eq!(
            q,
            vec![
                (Amount::One(1.0), Some("万亿元".into())),
                (Amount::One(2000.0), Some("亿".into())),
                (Amount::One(100.0), Some("亿元".into())),
            ]
        );
        // A class, a slogan, an idiom and a verb ending in 成 are no values.
        assert!(one("成为全省首个万亿元城市，迈上万亿新起点，千亿级产业集群").is_empty());
        assert!(one("一成不变，形成两成一体格局").is_empty());
    }

    /// An old report's numerals: decimals outside 百分之 and 千分之 (per mille).
    #[test]
    fn chinese_decimals_and_per_mille() {
        let q = find(
            "涨幅比上年回落六点九个百分点;人口自然增长率为千分之九点八",
            &[],
        );
        let got: Vec<(Amount, Option<&str>)> = q
            .iter()
            .map(|q| (q.amount.clone(), q.unit.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                (Amount::One(6.9), Some("个百分点")),
                (Amount::One(9.8), Some("‰"))
            ]
        );
        assert_eq!(q[1].form, Form::PerMille);
        let q = find("新增就业一点五万人", &[]);
        assert_eq!(q[0].amount, Amount::One(1.5));
        assert_eq!(q[0].unit.as_deref(), Some("万人"));
    }

    #[test]
    fn points_are_not_percent() {
        let q = find("提高0.5个百分点", &[]);
        assert_eq!(q[0].form, Form::Points);
        assert_eq!(q[0].unit.as_deref(), Some("个百分点"));
    }

    #[test]
    fn ranges_and_ratios() {
        let q = find(
            "增长5%—5.5%,三产比重35-40%,调整为2.1:46.7:51.2,28:36:36",
            &[],
        );
        assert_eq!(q[0].amount, Amount::Range(5.0, 5.5));
        assert_eq!(q[0].unit.as_deref(), Some("%"));
        assert_eq!(q[1].amount, Amount::Range(35.0, 40.0));
        assert_eq!(q[2].amount, Amount::Ratio(vec![2.1, 46.7, 51.2]));
        assert_eq!(q[3].amount, Amount::Ratio(vec![28.0, 36.0, 36.0]));
        // Times of day, midnight too (probes65 city_commerce_consumption_action_plan_2026_2027
        // line 52), are no ratios; a ratio of 24 to 1 is.
        assert!(
            find("延时营业至22:00以后，周五、周六延长至24:00", &[])
                .iter()
                .all(|q| !matches!(q.amount, Amount::Ratio(_)))
        );
        let q = find("按24:1配置", &[]);
        assert_eq!(q[0].amount, Amount::Ratio(vec![24.0, 1.0]));
    }

    #[test]
    fn multipliers_stand_as_units_without_dictionary_unit() {
        let q = find("总规模2万", &[]);
        assert_eq!(q[0].amount, Amount::One(2.0));
        assert!(q[0].unit.as_deref().is_some_and(|u| u.starts_with('万')));
    }

    #[test]
    fn years_codes_and_quoted_names_are_not_values() {
        assert!(find("到2015年,2011~2015年", &[]).is_empty());
        assert!(find("G217线、PM2.5", &[]).is_empty());
        assert!(find("实施“11532”工程", &[]).is_empty());
    }

    #[test]
    fn words_with_numeral_characters_are_not_numbers() {
        let ctx = Context::new();
        for text in [
            "减少二氧化碳排放",
            "融入一带一路建设",
            "召开两会",
            "坚持守正和创新相统一",
            "解决一些问题",
            "第一产业增加值",
            "第一",
            "“三股势力”滋生蔓延土壤",
            "“十四五”时期",
            "十四五规划",
            "十二五末",
            "实施“11532”工程",
            // 000 line 3 keeps a space between two ideographs of the title; 000 line 9.
            "某市国民经济和社会发展第十二个 五年规划纲要",
            "自治区党委七届十次(全委)扩大会议",
            // A letter-spaced TOC line: the ordinal is cut by spaces, not a count of 篇.
            "第 十 二 篇 建 设 国 际 科 技 创 新 中 心",
            // beijing line 16 `前三门大街`, guangdong line 17 `“万亩千亿”产业平台`.
            "推进前三门大街等重点道路综合提升",
            "加快建设“万亩千亿”产业平台",
            "万家惠农贸市场",
            // guangdong glossary: `一单制、一箱制`.
            "一单制、一箱制",
            // rural opinion line 49: `一件事情接着一件事情办`.
            "一件事情接着一件事情办",
        ] {
            let toks = tokens(&ctx, text);
            let q = find(text, &toks);
            assert!(q.is_empty(), "{text}: {q:?}");
        }
    }

    #[test]
    fn a_small_count_inside_a_name_is_no_value() {
        let ctx = Context::new();
        for text in [
            // gwr_2025_guangdong line 22 (corpus_sample_50b), 001_yining_14th_fyp lines 202, 268,
            // yunnan_10th_fyp_2001 line 205 (corpus_sample_50).
            "全面完成省十件民生实事,居民人均可支配收入增长4.4%",
            "农村人居环境整治四场标志性战役全面展开",
            "办好发展安全两件大事",
            "开拓省内外两个市场",
        ] {
            let toks = tokens(&ctx, text);
            let q: Vec<Quantity> = find(text, &toks)
                .into_iter()
                .filter(|q| q.chinese)
                .collect();
            assert!(q.is_empty(), "{text}: {q:?}");
        }
        // After a verb, or with no noun after it, a small count stays: gwr_2003_national line
        // 114, 000_yining_12th_fyp line 239.
        for (text, n) in [
            ("成立四家金融资产管理公司", 4.0),
            ("新建河北路、S220线两座", 2.0),
        ] {
            let toks = tokens(&ctx, text);
            let q = find(text, &toks);
            assert_eq!(
                q.first().map(|q| q.amount.clone()),
                Some(Amount::One(n)),
                "{text}"
            );
        }
    }

    #[test]
    fn numeral_run_stops_before_a_unit_that_starts_with_a_numeral() {
        // 003 line 575: `千万千瓦级风电基地` — 1000 万千瓦, not 10001000 瓦.
        let q = find("建设千万千瓦级风电基地", &[]);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].amount, Amount::One(1000.0));
        assert_eq!(q[0].unit.as_deref(), Some("万千瓦"));
        // probes3 county_11th_plan_ocr line 37: the 千 of 一万八千 is the place of 八, so the
        // unit is 元; `五千元` may still read 5 千元 (the same amount).
        for (text, value, unit) in [
            ("人均生产总值达到一万八千元", 18000.0, "元"),
            ("两万三千千瓦", 23000.0, "千瓦"),
            ("三千二百万元", 3200.0, "万元"),
            ("五千元", 5.0, "千元"),
        ] {
            let q = find(text, &[]);
            assert_eq!(q.len(), 1, "{q:?}");
            assert_eq!(
                (&q[0].amount, q[0].unit.as_deref()),
                (&Amount::One(value), Some(unit))
            );
        }
    }

    #[test]
    fn small_numerals_with_generic_counters_are_phrases() {
        // guangdong line 31 `再造一个`, gwr 2003 line 22 `战略三年`.
        for text in [
            "这些是再造一个新广东",
            "实施西部大开发战略三年来",
            "做到两个维护",
        ] {
            assert!(find(text, &[]).is_empty(), "{text}");
        }
        assert_eq!(find("新建十二个", &[]).len(), 1);
    }

    #[test]
    fn chinese_numerals_before_wan_after_yi() {
        // probes8 county_9th_plan_ocr lines 13, 43: the 亿 counted in 万 before 万元.
        let q = find("财政收入完成一亿三千二百万元,达到二亿八千万元", &[]);
        assert_eq!(q[0].amount, Amount::One(13200.0));
        assert_eq!(q[0].unit.as_deref(), Some("万元"));
        assert_eq!(q[1].amount, Amount::One(28000.0));
        assert_eq!(find("投资三亿元", &[])[0].amount, Amount::One(3.0));
        // Financial numerals (probes9 county_gwr_2022_uppercase lines 22, 24, 63).
        let q = find(
            "产值突破叁拾伍亿元,民生支出壹拾玖亿叁仟陆佰万元,投入叁亿零伍佰万元",
            &[],
        );
        let v: Vec<_> = q
            .iter()
            .map(|q| (q.amount.clone(), q.unit.clone()))
            .collect();
        assert_eq!(
            v,
            [
                (Amount::One(35.0), Some("亿元".to_string())),
                (Amount::One(193600.0), Some("万元".to_string())),
                (Amount::One(30500.0), Some("万元".to_string())),
            ]
        );
        // A plan name before a multiplier is a number (line 36); alone it is a name.
        let q = find("粮食总产量稳定在十五万吨以上", &[]);
        assert_eq!(q[0].amount, Amount::One(15.0));
        assert!(
            find("“十五”期间新增五十亿元", &[])
                .iter()
                .all(|q| q.amount != Amount::One(15.0))
        );
    }

    #[test]
    fn chinese_numerals_with_units_are_values() {
        let q = find("高于3个百分点,提高两个百分点", &[]);
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(q[1].amount, Amount::One(2.0));
        assert_eq!(q[1].form, Form::Points);
    }
}
