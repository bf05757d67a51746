//! Table cells: where a cell lies in the source, its tidied text, and what its text states — a
//! number with comparator and brackets, a ratio, a dash, an attribute (预期性/约束性) or words.
//!
//! Examples from the seeds: `7左右` (~ 7), `6.5以上` (>= 6.5), `4.5以内` (<= 4.5), `>95`,
//! `[5]` and `〔8〕` (five-year cumulative 5, 8), `<[10]` (cumulative, < 10), `[1.18以上]`,
//! `(8800)` (still the value 8800), `14.5:37:48.5` (a ratio), `控制在国家下达指标内` (words).

use crate::model::{Binding, Comparator};
use crate::normalize::Normalized;
use regex::Regex;
use std::sync::LazyLock;

/// A byte range of one cleaned line's `text` (`doc.lines[line].text[start..end]`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Piece {
    pub line: usize,
    pub start: usize,
    pub end: usize,
}

/// One cell: its tidied text and the pieces of cleaned lines it was read from (several when a
/// PDF wrapped the cell: 004 line 47 `年均` + line 48 `增长%`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Cell {
    pub text: String,
    pub pieces: Vec<Piece>,
}

impl Cell {
    /// Append `other`'s text and pieces: a cell's rest wrapped onto another row.
    pub fn append(&mut self, other: &Cell) {
        self.text.push_str(&other.text);
        self.pieces.extend(other.pieces.iter().copied());
    }

    /// A cell read from `doc.lines[line].text[start..end]` (trimmed of spaces).
    pub fn from_line(doc: &Normalized, line: usize, start: usize, end: usize) -> Cell {
        let mut cell = Cell::default();
        cell.push(doc, line, start, end);
        cell
    }

    /// Append a wrapped continuation piece (`增长%` after `年均`).
    pub fn push(&mut self, doc: &Normalized, line: usize, start: usize, end: usize) {
        let Some(l) = doc.lines.get(line) else { return };
        let Some(raw) = l.text.get(start..end) else {
            return;
        };
        let lead = raw.len() - raw.trim_start().len();
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            return;
        }
        let s = start + lead;
        self.pieces.push(Piece {
            line,
            start: s,
            end: s + trimmed.len(),
        });
        let joined = format!("{}{}", self.text, trimmed);
        self.text = tidy(&joined);
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// First source line of the cell (0-based), if it has text.
    pub fn line(&self) -> Option<usize> {
        self.pieces.first().map(|p| p.line)
    }
}

/// Whitespace out of a cell: PDF conversion puts spaces inside words (`指 标`, `2015 年 预计`,
/// `主要污染物 排放(%)`); a space is kept only between two ASCII letters or digits
/// (`PM 2.5` stays readable), as one space.
pub fn tidy(s: &str) -> String {
    if !s.contains(char::is_whitespace) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if !c.is_whitespace() {
            out.push(c);
            continue;
        }
        while chars.next_if(|c| c.is_whitespace()).is_some() {}
        let before = out.chars().next_back();
        let after = chars.peek().copied();
        if let (Some(b), Some(a)) = (before, after)
            && b.is_ascii_alphanumeric()
            && a.is_ascii_alphanumeric()
        {
            out.push(' ');
        }
    }
    out
}

/// A number as a cell states it.
#[derive(Debug, Clone, PartialEq)]
pub struct Number {
    pub value: f64,
    pub comparator: Comparator,
    /// In `[ ]`, `〔 〕` or `【 】`: a five-year cumulative value.
    pub cumulative: bool,
    /// A unit printed in the cell itself (`不低于8%`).
    pub unit: Option<String>,
    /// Marked as an estimate (`6左右∗`: 带∗为预计数).
    pub estimated: bool,
}

/// What a cell says.
#[derive(Debug, Clone, PartialEq)]
pub enum CellValue {
    Empty,
    /// `—`, `-`: no value for this column.
    Dash,
    Number(Number),
    /// Parts of a ratio and how the cell bounds it (`≤16:1`).
    Ratio(Vec<f64>, Comparator),
    /// `预期性` / `约束性`.
    Attribute(Binding),
    /// Words: `控制在国家下达指标内`, `与GDP增长基本同步`, `完成`.
    Text,
}

/// `7左右`, `>95`, `<[10]`, `[1.18以上]`, `(8800)`, `不低于8%`, `【350左右】`, `>46.5∗`.
static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?P<pre>不低于|不高于|不超过|低于|高于|大于|小于|超过|约|≥|≤|>=|<=|>|<)?(?P<open>[\[〔【(])?(?P<pre2>≥|≤|>=|<=|>|<|约)?(?P<num>[-−+]?\d+(?:\.\d+)?)(?P<unit>%|‰)?(?P<suf>左右|以上|以内|以下|及以上)?(?P<close>[\]〕】)])?(?P<suf2>左右|以上|以内|以下)?(?P<star>[∗*])?$",
    )
    .expect("valid regex")
});

/// A range: `5—5.5`, `5%-5.5%`, `6~6.5左右`. Read as its lower bound, at least (`>=`), as the
/// prose rules read `增长5%—5.5%`: the contract has one value a target.
static RANGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<a>\d+(?:\.\d+)?)(?P<ua>%)?[ ]*(?:[-—–~～]+|至|到)[ ]*(?P<b>\d+(?:\.\d+)?)(?P<ub>%)?(?:左右)?$")
        .expect("valid regex")
});

/// `14.5:37:48.5` — shares of the three sectors; `≤16:1`, `13.6∶1` — a pupil–teacher ratio
/// (probes53 city_education_modernization_plan_ratios lines 50–51).
static RATIO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?P<pre>不低于|不高于|不超过|≥|≤|>=|<=|>|<)?(?P<parts>\d+(?:\.\d+)?(?:[:：∶]\d+(?:\.\d+)?){1,3})(?P<suf>以上|以内|以下)?$",
    )
    .expect("valid regex")
});

/// A number that opens a cell of words: `>8、力争投入强度高于…`, `4.5-5,努力争取更好结果`.
static LEADING_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<head>[^、,;，；]{1,12}?)(?:-\d+(?:\.\d+)?)?[、,;，；]").expect("valid regex")
});

static DASH: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^[-—–－―─]+$").expect("valid regex"));

/// A cell holding one number written with thousands separators (`1,250`, `≥12,600`: probes36
/// city_digital_economy_15th_plan line 92, a table pasted as comma-separated values).
static THOUSANDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[^\d,]{0,4}\d{1,3}(?:,\d{3})+(?:\.\d+)?[^\d,]{0,8}$").expect("valid regex")
});

/// Read what a cell's tidied text states.
pub fn parse(text: &str) -> CellValue {
    let t = text.trim();
    if t.is_empty() {
        return CellValue::Empty;
    }
    if t.contains(',') && THOUSANDS.is_match(t) {
        return parse(&t.replace(',', ""));
    }
    if DASH.is_match(t) {
        return CellValue::Dash;
    }
    if let Some(b) = attribute(t) {
        return CellValue::Attribute(b);
    }
    if let Some(caps) = RATIO.captures(t) {
        let parts: Option<Vec<f64>> = caps["parts"]
            .split([':', '：', '∶'])
            .map(|p| p.parse().ok())
            .collect();
        let comparator = caps
            .name("pre")
            .or(caps.name("suf"))
            .map_or(Comparator::Eq, |m| comparator_of(m.as_str()));
        if let Some(parts) = parts {
            return CellValue::Ratio(parts, comparator);
        }
    }
    if let Some(n) = number(t).or_else(|| range(t)) {
        return CellValue::Number(n);
    }
    CellValue::Text
}

/// The lower bound of a range cell ([`RANGE`]), when the range ascends.
fn range(t: &str) -> Option<Number> {
    let caps = RANGE.captures(t)?;
    let a: f64 = caps.name("a")?.as_str().parse().ok()?;
    let b: f64 = caps.name("b")?.as_str().parse().ok()?;
    (a < b).then(|| Number {
        value: a,
        comparator: Comparator::Ge,
        cumulative: false,
        unit: caps
            .name("ub")
            .or(caps.name("ua"))
            .map(|m| m.as_str().to_string()),
        estimated: false,
    })
}

/// The number a cell of words opens with (`>8、力争…` → > 8), for cells that state a number and
/// then qualify it.
pub fn leading_number(text: &str) -> Option<Number> {
    let caps = LEADING_NUMBER.captures(text)?;
    number(caps.name("head")?.as_str())
}

/// A cell's number with a unit of the dictionary printed after it: `≥1.2万亩`, `≤3000元`, `0起`
/// (probes22 dept_performance_targets_2025 lines 41–62, a table of performance targets whose one
/// value column states each row's unit). A time (`2025年`) is no such cell.
static NUMBER_UNIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?P<pre>不低于|不高于|不超过|低于|高于|大于|小于|超过|约|≥|≤|>=|<=|>|<)?(?P<num>[+]?\d+(?:\.\d+)?)(?P<unit>[^\d\s]{1,8}?)(?P<suf>左右|以上|以内|以下|及以上)?$",
    )
    .expect("valid regex")
});

/// A cell's marks after its number, taken off: footnote marks (`15.2①`) and an estimate's
/// (`2680（预计）`, probes22 prefecture_15th_outline_tab_table line 32); whether it was an estimate.
fn without_marks(t: &str) -> (&str, bool) {
    let t = t.trim_end_matches(|c| ('①'..='⑳').contains(&c));
    match t
        .strip_suffix("(预计)")
        .or_else(|| t.strip_suffix("（预计）"))
        .or_else(|| t.strip_suffix("预计"))
    {
        Some(rest) => (rest.trim_end(), true),
        None => (t, false),
    }
}

fn number(t: &str) -> Option<Number> {
    let (t, estimate) = without_marks(t);
    // `预计752.8`: an estimate's mark before the number.
    let (t, estimate) = match t.strip_prefix("预计") {
        Some(rest) => (rest, true),
        None => (t, estimate),
    };
    let mut n = plain_number(t)
        .or_else(|| number_with_unit(t))
        .or_else(|| changed_by(t))?;
    n.estimated |= estimate;
    Some(n)
}

/// A change written with its verb in a column of growth rates: `下降2.3`, `提高0.9个百分点`,
/// `(净增12个)` (probes41 county_statistics_yearbook_excerpt_2025 lines 22, 26, 30). A fall is
/// a negative growth.
fn changed_by(t: &str) -> Option<Number> {
    static VERB: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^[(（]?(?P<verb>下降|减少|提高|上升|增长|增加|净增|净减)(?P<rest>[^()（）]+)[)）]?$",
        )
        .expect("valid regex")
    });
    let c = VERB.captures(t)?;
    let rest = c.name("rest")?.as_str();
    let mut n = plain_number(rest).or_else(|| number_with_unit(rest))?;
    if n.value < 0.0 {
        return None;
    }
    if matches!(c.name("verb")?.as_str(), "下降" | "减少" | "净减") {
        n.value = -n.value;
    }
    Some(n)
}

/// [`NUMBER_UNIT`]'s number, its unit known to the dictionary.
fn number_with_unit(t: &str) -> Option<Number> {
    let caps = NUMBER_UNIT.captures(t)?;
    let unit = caps.name("unit")?.as_str();
    if unit.starts_with(['年', '月', '日', '号']) {
        return None;
    }
    let unit = crate::extract::units::lookup(unit)?;
    let comparator = caps
        .name("pre")
        .or(caps.name("suf"))
        .map_or(Comparator::Eq, |m| comparator_of(m.as_str()));
    Some(Number {
        value: caps.name("num")?.as_str().parse().ok()?,
        comparator,
        cumulative: false,
        unit: Some(unit.name.to_string()),
        estimated: false,
    })
}

fn plain_number(t: &str) -> Option<Number> {
    let caps = NUMBER.captures(t)?;
    let open = caps.name("open").map(|m| m.as_str());
    let close = caps.name("close").map(|m| m.as_str());
    if open.is_some() != close.is_some() {
        return None;
    }
    let num = caps.name("num")?.as_str().replace('−', "-");
    let value: f64 = num.parse().ok()?;
    let word = |n: &str| caps.name(n).map(|m| m.as_str());
    let comparator = word("pre")
        .or(word("pre2"))
        .or(word("suf"))
        .or(word("suf2"))
        .map_or(Comparator::Eq, comparator_of);
    Some(Number {
        value,
        comparator,
        cumulative: matches!(open, Some("[") | Some("〔") | Some("【")),
        unit: word("unit").map(str::to_string),
        estimated: caps.name("star").is_some(),
    })
}

fn comparator_of(w: &str) -> Comparator {
    match w {
        "不低于" | "≥" | ">=" | "以上" | "及以上" => Comparator::Ge,
        "不高于" | "不超过" | "≤" | "<=" | "以内" | "以下" => Comparator::Le,
        "低于" | "小于" | "<" => Comparator::Lt,
        "高于" | "大于" | "超过" | ">" => Comparator::Gt,
        "约" | "左右" => Comparator::Approx,
        _ => Comparator::Eq,
    }
}

/// `预期性` → expected, `约束性` → binding (also in a cell of their own words: `约束性指标`).
pub fn attribute(t: &str) -> Option<Binding> {
    match t.trim_end_matches("指标") {
        "预期性" | "预期" => Some(Binding::Expected),
        "约束性" | "约束" => Some(Binding::Binding),
        _ => None,
    }
}

/// A cell holding a value and its growth in brackets, split into the two: `2368.4（5.6%）`,
/// `预计752.8（7.5%）`, `2510左右（5.5%左右）`, `5.9（下降9.2%）` (probes43
/// city_annual_plan_report_value_growth_cells lines 73–80). The value part keeps a leading
/// `预计`; `None` unless both parts read as numbers and the bracket holds a percentage.
pub fn value_and_growth(doc: &Normalized, cell: &Cell) -> Option<(Cell, Cell)> {
    static PAIR: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?P<v>[^()]*\d[^()]*?)\s*\((?P<g>[^()]*\d[^()]*%[^()]*)\)$")
            .expect("valid regex")
    });
    let [p] = cell.pieces.as_slice() else {
        return None;
    };
    let text = doc.lines.get(p.line)?.text.get(p.start..p.end)?;
    if !text.ends_with(')') {
        return None;
    }
    let c = PAIR.captures(text)?;
    let (v, g) = (c.name("v")?, c.name("g")?);
    let value = Cell::from_line(doc, p.line, p.start + v.start(), p.start + v.end());
    let growth = Cell::from_line(doc, p.line, p.start + g.start(), p.start + g.end());
    let number = |c: &Cell| {
        let t = c.text.strip_prefix("预计").unwrap_or(&c.text);
        matches!(parse(t), CellValue::Number(_))
    };
    (number(&value) && number(&growth)).then_some((value, growth))
}

/// Whether a cell is a dash alone (`—`, `-`): no value, or no label.
pub fn is_dash(text: &str) -> bool {
    parse(text) == CellValue::Dash
}

/// Whether a cell holds a value of a value column (a number, a ratio, a dash) rather than a
/// label: it ends the label cells of a row.
pub fn is_value_like(text: &str) -> bool {
    matches!(
        parse(text),
        CellValue::Dash | CellValue::Number(_) | CellValue::Ratio(..)
    )
}

/// `1.地区生产总值(亿元)` → `1.`; `10、` → `10、`: the row's ordinal before its indicator.
pub(super) static ORDINAL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\(?\d{1,2}\s*[.、)]\s*").expect("valid regex"));

/// A unit in parentheses at the end of an indicator label: `(亿元)`, `(%)`, `(‰)`, `(人/百亿元)`.
static TRAILING_UNIT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\((?P<u>[^()]{1,8})\)$").expect("valid regex"));

/// Whether a label starts with a row ordinal (`7.城镇化率`): such a label is an indicator, never
/// a category.
pub fn has_ordinal(label: &str) -> bool {
    ORDINAL.is_match(label)
}

/// A label split into indicator name and unit: `1.地区生产总值(亿元)` → (`地区生产总值`,
/// `亿元`); `数字化车间(个,累计)` → (`数字化车间`, `个`), `交易额(累计,亿元)` → (`交易额`, `亿元`);
/// `农业灌溉水有效利用系数` → (itself, none).
pub fn split_label(label: &str) -> (String, Option<String>) {
    // `地区生产总值年均增长（%）〔预期性〕`: the attribute after the unit is no part of the name.
    let body = ORDINAL.replace(label, "").to_string();
    let body = crate::extract::targets::indicator::ATTR_AFTER
        .replace(&body, "")
        .to_string();
    if let Some(c) = TRAILING_UNIT.captures(&body)
        && let Some(u) = c.name("u")
    {
        // `5G基站数（万个，累计）` (probes50 city_plan_annual_targets_breakdown line 50): a unit and
        // a word on what the values are.
        let unit = u
            .as_str()
            .split([',', '，'])
            .find(|p| is_unit_like(p))
            .unwrap_or("");
        if !unit.is_empty() {
            let name = body[..c.get(0).map_or(body.len(), |m| m.start())].to_string();
            return (name, Some(unit.to_string()));
        }
    }
    (body, None)
}

/// A parenthesised word that is a unit, not a qualifier: `亿元`, `%`, `人/百亿元`, `万吨`,
/// never `PM2.5` or `助理`.
pub fn is_unit_like(u: &str) -> bool {
    if crate::extract::units::lookup(u).is_some() {
        return true;
    }
    static UNITISH: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:[%‰]|百分点|[^\d()]{0,5}[元人户套件个岁年家项次所张吨亩米顷度床煤瓦时箱辆天克]|[^\d()]{1,4}/[^\d()]{1,5})$")
            .expect("valid regex")
    });
    UNITISH.is_match(u)
}

/// `经济发展(9项)`, `创新驱动(3项)`: a category label that counts its indicators.
pub fn is_category_label(label: &str) -> bool {
    static COUNTED: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\(\d+项\)$").expect("valid regex"));
    COUNTED.is_match(label)
}

/// The unit a table's caption gives its amounts: `表1 2024年市级一般公共预算支出安排表（单位：亿元）`
/// (probes17 city_budget_report_2024 line 64) → 亿元; a unit of the dictionary only.
pub fn caption_unit(caption: &str) -> Option<String> {
    static UNIT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"单位[:：][ \t]*([^)）,，;；、\s]{1,8})").expect("valid regex")
    });
    let u = UNIT.captures(caption)?.get(1)?.as_str();
    crate::extract::units::lookup(u).map(|u| u.name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn num(t: &str) -> Number {
        match parse(t) {
            CellValue::Number(n) => n,
            other => panic!("{t}: {other:?}"),
        }
    }

    /// A change with its verb in a growth column (probes41 county_statistics_yearbook_excerpt_2025
    /// lines 22, 26, 30): a fall is negative; a verb alone is words.
    #[test]
    fn changes_written_with_their_verb() {
        assert_eq!(num("下降2.3").value, -2.3);
        let n = num("提高0.9个百分点");
        assert_eq!((n.value, n.unit.as_deref()), (0.9, Some("个百分点")));
        assert_eq!(num("(净增12个)").value, 12.0);
        assert_eq!(parse("增长较快"), CellValue::Text);
    }

    #[test]
    fn numbers_with_comparators_and_brackets() {
        // 003 line 268-281, 001 line 312, 004 line 300.
        assert_eq!(num("7左右").comparator, Comparator::Approx);
        // probes36 city_digital_economy_15th_plan line 92: thousands separators.
        assert_eq!(num("1,250").value, 1250.0);
        assert_eq!(num("≥12,600").comparator, Comparator::Ge);
        assert_eq!(num("6.5以上").comparator, Comparator::Ge);
        assert_eq!(num("4.5以内").comparator, Comparator::Le);
        assert_eq!(num(">95").comparator, Comparator::Gt);
        let c = num("〔8〕");
        assert!(c.cumulative);
        assert_eq!(c.value, 8.0);
        let c = num("<[10]");
        assert!(c.cumulative);
        assert_eq!(c.comparator, Comparator::Lt);
        let c = num("[1.18以上]");
        assert!(c.cumulative);
        assert_eq!(c.comparator, Comparator::Ge);
        let p = num("(8800)");
        assert!(!p.cumulative);
        assert_eq!(p.value, 8800.0);
        assert_eq!(num("[-1.68]").value, -1.68);
        let s = num("不低于8%");
        assert_eq!(
            (s.comparator, s.unit.as_deref()),
            (Comparator::Ge, Some("%"))
        );
        assert!(num(">46.5∗").estimated);
        assert!(num("【350左右】").cumulative);
    }

    /// probes3 province_gwr_2023_md line 35: `<td>5—5.5</td>`, read as the prose rules read
    /// `增长5%—5.5%`: at least the lower bound. A range that does not ascend is no range.
    #[test]
    fn ranges_read_as_their_lower_bound() {
        for (cell, unit) in [("5—5.5", None), ("5%-5.5%", Some("%")), ("5~5.5左右", None)] {
            let n = num(cell);
            assert_eq!(
                (n.value, n.comparator, n.unit.as_deref()),
                (5.0, Comparator::Ge, unit)
            );
        }
        assert_eq!(parse("5.5—5"), CellValue::Text);
    }

    #[test]
    fn other_cells() {
        assert_eq!(
            parse("14.5:37:48.5"),
            CellValue::Ratio(vec![14.5, 37.0, 48.5], Comparator::Eq)
        );
        assert_eq!(
            parse("13.6∶1"),
            CellValue::Ratio(vec![13.6, 1.0], Comparator::Eq)
        );
        assert_eq!(
            parse("≤16:1"),
            CellValue::Ratio(vec![16.0, 1.0], Comparator::Le)
        );
        // probes54 city_air_quality_bulletin_2025_ranks lines 78, 80: a change with its sign.
        for (cell, value, unit) in [("+1.4个百分点", 1.4, Some("个百分点")), ("+0.2", 0.2, None)]
        {
            let CellValue::Number(n) = parse(cell) else {
                panic!("{cell}")
            };
            assert_eq!((n.value, n.unit.as_deref()), (value, unit), "{cell}");
        }
        assert_eq!(parse("—"), CellValue::Dash);
        assert_eq!(parse("预期性"), CellValue::Attribute(Binding::Expected));
        assert_eq!(parse("控制在国家下达指标内"), CellValue::Text);
        assert_eq!(parse("2014-2015年完成年度目标"), CellValue::Text);
        let l = leading_number(">8、力争投入强度高于“十三五”时期实际").unwrap();
        assert_eq!((l.value, l.comparator), (8.0, Comparator::Gt));
    }

    #[test]
    fn labels_give_name_and_unit() {
        assert_eq!(
            split_label("1.地区生产总值(亿元)"),
            ("地区生产总值".to_string(), Some("亿元".to_string()))
        );
        assert_eq!(
            split_label("11.每千人口拥有执业(助理)医师数(人)"),
            (
                "每千人口拥有执业(助理)医师数".to_string(),
                Some("人".to_string())
            )
        );
        assert_eq!(split_label("农业灌溉水有效利用系数").1, None);
        assert_eq!(split_label("人口自然增长率(‰)").1.as_deref(), Some("‰"));
        assert_eq!(tidy("主要污染物 排放(%)"), "主要污染物排放(%)");
        assert_eq!(tidy("万元 GDP 用水量"), "万元GDP用水量");
        assert!(has_ordinal("7.城镇化率"));
        assert!(!has_ordinal("城镇化率"));
    }
}
