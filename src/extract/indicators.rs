//! The indicator dictionary: canonical ids for common plan indicators and their aliases
//! (地区生产总值 / 生产总值 / GDP → `gdp`), so that one indicator compares across documents.
//!
//! The indicators live in `dict/indicators.toml`, embedded at compile time and read once by a
//! small parser for the subset of TOML the file uses (`[[indicator]]` blocks of `key = "text"`
//! and `key = ["text", …]` lines); a test checks that the `toml` crate reads it the same way.

use std::borrow::Cow;
use std::sync::LazyLock;

use rustc_hash::FxHashMap;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfkc_quick};

/// One indicator of the dictionary.
#[derive(Debug, Clone, PartialEq)]
pub struct Indicator {
    /// Stable snake_case id (`gdp`).
    pub id: &'static str,
    /// Preferred Chinese name (`地区生产总值`).
    pub name: &'static str,
    /// Other spellings found in plans (`生产总值`, `GDP`, `全市生产总值`).
    pub aliases: Vec<&'static str>,
    /// The unit the indicator is usually stated in (`亿元`), if any.
    pub unit: Option<&'static str>,
    /// A coarse group (`economy`, `environment`, …), if any.
    pub category: Option<&'static str>,
    /// Phrases that overlap one of the aliases but measure something else (`海洋生产总值` is not
    /// `gdp`): no alias match that overlaps one counts.
    pub exclude: Vec<&'static str>,
}

impl Indicator {
    /// The preferred name followed by the aliases.
    pub fn names(&self) -> impl Iterator<Item = &'static str> + '_ {
        std::iter::once(self.name).chain(self.aliases.iter().copied())
    }
}

/// The dictionary file, under version control.
const INDICATORS_TOML: &str = include_str!("../../dict/indicators.toml");

/// What a folded string of the dictionary stands for.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Target {
    /// A name or alias of `entries[i]`.
    Indicator(usize),
    /// An excluded phrase: no indicator.
    Excluded,
}

/// What a folded string stands for in the dictionary's prefix index: the alias or exclusion it
/// is, if any, and whether a longer alias or exclusion starts with it.
#[derive(Debug, Clone, Copy, Default)]
struct Node {
    target: Option<Target>,
    longer: bool,
}

/// The parsed dictionary with an index from each folded name, alias or exclusion.
struct Dictionary {
    entries: Vec<Indicator>,
    by_alias: FxHashMap<String, Target>,
    /// Every folded alias and exclusion and each of their prefixes (cut at a character
    /// boundary): [`matches`] extends a candidate only while it is the prefix of some alias,
    /// which stops after a character or two at most places of a phrase.
    prefixes: FxHashMap<String, Node>,
}

static DICT: LazyLock<Dictionary> = LazyLock::new(|| {
    let (entries, _errors) = parse(INDICATORS_TOML);
    let mut by_alias = FxHashMap::default();
    for (i, e) in entries.iter().enumerate() {
        for alias in e.names() {
            // The first indicator to claim an alias keeps it (a test checks there is no clash).
            by_alias
                .entry(fold(alias).into_owned())
                .or_insert(Target::Indicator(i));
        }
    }
    for e in &entries {
        for phrase in &e.exclude {
            by_alias.insert(fold(phrase).into_owned(), Target::Excluded);
        }
    }
    let mut prefixes: FxHashMap<String, Node> = FxHashMap::default();
    for (key, &target) in &by_alias {
        for (i, _) in key.char_indices().skip(1) {
            prefixes.entry(key[..i].to_string()).or_default().longer = true;
        }
        prefixes.entry(key.clone()).or_default().target = Some(target);
    }
    Dictionary {
        entries,
        by_alias,
        prefixes,
    }
});

/// The form text has after normalization: NFKC (`（` → `(`, `Ⅲ` → `III`), no whitespace.
/// Text that already has that form (all cleaned text does) is borrowed, not copied.
fn fold(text: &str) -> Cow<'_, str> {
    let stable = text.chars().all(is_plain_char)
        || (is_nfkc_quick(text.chars()) == IsNormalized::Yes
            && !text.chars().any(char::is_whitespace));
    if stable {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.nfkc().filter(|c| !c.is_whitespace()).collect())
    }
}

/// A character that NFKC leaves alone whatever stands around it and that is no whitespace:
/// printable ASCII and the CJK Unified Ideographs (U+4E00–U+9FFF), which make up nearly every
/// indicator phrase. A cheap test before the full quick check of [`is_nfkc_quick`].
fn is_plain_char(c: char) -> bool {
    c.is_ascii_graphic() || ('\u{4E00}'..='\u{9FFF}').contains(&c)
}

/// Parse the TOML subset of `dict/indicators.toml`. Lines it cannot read are returned as errors
/// (a test requires none), and an entry without `id` or `name` is dropped with an error.
fn parse(text: &'static str) -> (Vec<Indicator>, Vec<String>) {
    let mut entries = Vec::new();
    let mut errors = Vec::new();
    let mut current: Option<Indicator> = None;
    for (n, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if line == "[[indicator]]" {
            finish(current.take(), &mut entries, &mut errors);
            current = Some(Indicator {
                id: "",
                name: "",
                aliases: Vec::new(),
                unit: None,
                category: None,
                exclude: Vec::new(),
            });
            continue;
        }
        let parsed = line.split_once('=').and_then(|(key, value)| {
            let entry = current.as_mut()?;
            let value = value.trim();
            match key.trim() {
                "id" => entry.id = string_value(value)?,
                "name" => entry.name = string_value(value)?,
                "unit" => entry.unit = Some(string_value(value)?),
                "category" => entry.category = Some(string_value(value)?),
                "aliases" => entry.aliases = array_value(value)?,
                "exclude" => entry.exclude = array_value(value)?,
                _ => return None,
            }
            Some(())
        });
        if parsed.is_none() {
            errors.push(format!("dict/indicators.toml line {}: {raw:?}", n + 1));
        }
    }
    finish(current, &mut entries, &mut errors);
    (entries, errors)
}

/// Keep a finished `[[indicator]]` block if it has an id and a name.
fn finish(entry: Option<Indicator>, entries: &mut Vec<Indicator>, errors: &mut Vec<String>) {
    match entry {
        Some(e) if !e.id.is_empty() && !e.name.is_empty() => entries.push(e),
        Some(e) => errors.push(format!("indicator without id or name: {e:?}")),
        None => {}
    }
}

/// `"text"` → `text` (no escapes: the dictionary needs none, and a backslash is refused).
fn string_value(value: &'static str) -> Option<&'static str> {
    let inner = value.strip_prefix('"')?.strip_suffix('"')?;
    (!inner.contains(['"', '\\']) && !inner.is_empty()).then_some(inner)
}

/// `["a", "b"]` → `[a, b]`, on one line; `[]` is an empty list.
fn array_value(value: &'static str) -> Option<Vec<&'static str>> {
    let inner = value.strip_prefix('[')?.strip_suffix(']')?.trim();
    if inner.is_empty() {
        return Some(Vec::new());
    }
    inner
        .split(',')
        .map(|item| string_value(item.trim()))
        .collect()
}

/// Every indicator of the dictionary, in file order.
pub fn entries() -> impl Iterator<Item = &'static Indicator> {
    DICT.entries.iter()
}

/// The indicator with this id.
pub fn get(id: &str) -> Option<&'static Indicator> {
    DICT.entries.iter().find(|e| e.id == id)
}

/// The preferred Chinese name of an indicator id (`gdp` → `地区生产总值`).
pub fn name(id: &str) -> Option<&'static str> {
    get(id).map(|e| e.name)
}

/// Every name and alias as the tokenizer sees text (folded), for the jieba user dictionary.
pub fn words() -> impl Iterator<Item = &'static str> {
    DICT.by_alias
        .iter()
        .filter(|(_, t)| **t != Target::Excluded)
        .map(|(k, _)| k.as_str())
}

/// Words right before an alias that make it the denominator of another measure, not the
/// indicator: 占地区生产总值比重, 单位地区生产总值能耗, 万元生产总值, 亿元国内生产总值生产安全事故
/// 死亡率, 十万常住人口火灾死亡率, 人均…, 每万人口….
const DENOMINATOR_MARKS: [&str; 7] = ["占", "单位", "万元", "亿元", "万", "人均", "每"];

/// A match of an alias: byte range in the folded phrase and the indicator's index.
#[derive(Debug, Clone, Copy)]
struct Match {
    start: usize,
    end: usize,
    target: Target,
}

/// The canonical id of an indicator phrase as written (`全市地区生产总值` → `gdp`), or `None`.
/// `tokens` are the phrase's jieba tokens when the caller has them (matching on whole tokens
/// avoids 生产总值 inside 第一产业生产总值 style false matches); an empty slice means "tokenize
/// by dictionary longest match".
///
/// The longest alias found wins (人均地区生产总值 → `gdp_per_capita`, not `gdp`). An alias right
/// after 占, 单位, 万元, 亿元, 万, 人均 or 每 is a denominator and does not count; a phrase with
/// 占 outside its match (`工业增加值占地区生产总值比重`) is a share that the dictionary does not
/// know; an exclusion of the dictionary (`海洋生产总值`, `转移就业培训`) takes away every alias
/// match it overlaps, since there the phrase measures something else.
pub fn canonical(phrase: &str, tokens: &[&str]) -> Option<&'static str> {
    let text = fold(phrase);
    let bounds = token_bounds(&text, tokens);
    // Exclusions count wherever they stand: they only ever take an id away.
    let aligned = |m: &Match| {
        m.target == Target::Excluded
            || bounds
                .as_ref()
                .is_none_or(|b| b.contains(&m.start) && b.contains(&m.end))
    };
    let found: Vec<Match> = matches(&text).into_iter().filter(aligned).collect();
    let denominators: Vec<&Match> = found
        .iter()
        .filter(|m| {
            DENOMINATOR_MARKS
                .iter()
                .any(|d| text[..m.start].ends_with(d))
        })
        .collect();
    // A match inside a denominator (生产总值 of 单位地区生产总值) is a denominator too.
    let free = |m: &&Match| {
        !denominators
            .iter()
            .any(|d| d.start <= m.start && m.end <= d.end)
    };
    // An exclusion takes away every match it overlaps (转移就业培训 over 农村富余劳动力转移就业).
    let exclusions: Vec<&Match> = found
        .iter()
        .filter(|m| m.target == Target::Excluded)
        .collect();
    let not_excluded = |m: &&Match| {
        !exclusions
            .iter()
            .any(|x| x.start < m.end && m.start < x.end)
    };
    let best = found
        .iter()
        .filter(free)
        .filter(not_excluded)
        .max_by_key(|m| (text[m.start..m.end].chars().count(), m.end))?;
    // 占 outside the match: the phrase is a share (工业增加值占全区工业增加值的比重).
    if text[..best.start].contains('占') || text[best.end..].contains('占') {
        return None;
    }
    match best.target {
        Target::Indicator(i) => DICT.entries.get(i).map(|e| e.id),
        Target::Excluded => None,
    }
}

/// Every occurrence of every alias in the folded `text`, by start and then by end.
fn matches(text: &str) -> Vec<Match> {
    let dict = &*DICT;
    let mut found = Vec::new();
    for (start, _) in text.char_indices() {
        let rest = &text[start..];
        for (offset, c) in rest.char_indices() {
            let end = offset + c.len_utf8();
            let Some(node) = dict.prefixes.get(&rest[..end]) else {
                break;
            };
            if let Some(target) = node.target {
                found.push(Match {
                    start,
                    end: start + end,
                    target,
                });
            }
            if !node.longer {
                break;
            }
        }
    }
    found
}

/// Byte offsets in `text` where a token starts or ends, found by locating the (folded) tokens
/// in order; `None` when there are no tokens, so that any match counts.
fn token_bounds(text: &str, tokens: &[&str]) -> Option<Vec<usize>> {
    if tokens.is_empty() {
        return None;
    }
    let mut bounds = vec![0, text.len()];
    let mut pos = 0;
    for token in tokens {
        let token = fold(token);
        if token.is_empty() {
            continue;
        }
        // Tokens of the phrase itself follow one another: most stand right at `pos`.
        let at = text.get(pos..).and_then(|rest| {
            if rest.starts_with(token.as_ref()) {
                Some(0)
            } else {
                rest.find(token.as_ref())
            }
        });
        if let Some(at) = at {
            bounds.push(pos + at);
            pos += at + token.len();
            bounds.push(pos);
        }
    }
    Some(bounds)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Match with the tokens of the project's tokenizer, as the extractors do.
    fn with_tokens(phrase: &str) -> Option<&'static str> {
        static CTX: LazyLock<crate::context::Context> = LazyLock::new(crate::context::Context::new);
        let tokens: Vec<&str> = CTX
            .jieba
            .cut(phrase, false)
            .into_iter()
            .map(|t| t.word)
            .collect();
        canonical(phrase, &tokens)
    }

    #[test]
    fn dictionary_parses_and_is_consistent() {
        let (entries, errors) = parse(INDICATORS_TOML);
        assert!(errors.is_empty(), "{errors:?}");
        assert!(entries.len() >= 60, "{}", entries.len());
        let mut ids = std::collections::HashSet::new();
        let mut owner: std::collections::HashMap<String, &str> = Default::default();
        for e in &entries {
            assert!(ids.insert(e.id), "duplicate id {}", e.id);
            assert!(
                e.id.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'),
                "{}",
                e.id
            );
            for alias in e.names() {
                if let Some(other) = owner.insert(fold(alias).into_owned(), e.id) {
                    assert_eq!(other, e.id, "alias {alias} claimed by {other} and {}", e.id);
                }
            }
            for phrase in &e.exclude {
                let folded = fold(phrase);
                assert!(
                    e.names().any(|a| folded.contains(fold(a).as_ref())),
                    "{}: exclusion {phrase} holds none of its aliases",
                    e.id
                );
            }
            if let Some(unit) = e.unit {
                assert!(
                    crate::extract::units::lookup(unit).is_some(),
                    "{}: unit {unit} not in dict/units.tsv",
                    e.id
                );
            }
        }
    }

    #[test]
    fn dictionary_is_valid_toml_read_the_same_way() {
        let value: toml::Value = toml::from_str(INDICATORS_TOML).expect("valid TOML");
        let list = value["indicator"].as_array().expect("[[indicator]] blocks");
        let (entries, _) = parse(INDICATORS_TOML);
        assert_eq!(list.len(), entries.len());
        for (t, e) in list.iter().zip(&entries) {
            assert_eq!(t["id"].as_str(), Some(e.id));
            assert_eq!(t["name"].as_str(), Some(e.name));
            assert_eq!(t.get("unit").and_then(|u| u.as_str()), e.unit);
            assert_eq!(t.get("category").and_then(|u| u.as_str()), e.category);
            let aliases: Vec<&str> = t["aliases"]
                .as_array()
                .map(|a| a.iter().filter_map(|s| s.as_str()).collect())
                .unwrap_or_default();
            assert_eq!(aliases, e.aliases, "{}", e.id);
            let exclude: Vec<&str> = t
                .get("exclude")
                .and_then(|a| a.as_array())
                .map(|a| a.iter().filter_map(|s| s.as_str()).collect())
                .unwrap_or_default();
            assert_eq!(exclude, e.exclude, "{}", e.id);
        }
    }

    #[test]
    fn parser_reports_bad_lines() {
        let (entries, errors) = parse(
            "[[indicator]]\nid = \"a\"\nname = \"甲\"\naliases = [\"乙\", 丙]\n\
             [[indicator]]\nname = \"丁\"\nfoo = \"x\"\n",
        );
        assert_eq!(entries.len(), 1);
        assert_eq!(errors.len(), 3, "{errors:?}");
    }

    #[test]
    fn names_and_lookup() {
        assert_eq!(name("gdp"), Some("地区生产总值"));
        assert_eq!(name("general_budget_revenue"), Some("一般公共预算收入"));
        assert_eq!(name("no_such_indicator"), None);
        assert!(entries().count() >= 60);
        assert!(words().any(|w| w == "地方财政一般预算收入"));
        // `Ⅲ` is folded as the cleaned text folds it.
        assert!(words().any(|w| w == "地表水达到或好于III类水体比例"));
    }

    /// Phrases as they stand in the fixture documents (cleaned), with the expected id.
    const CASES: &[(&str, Option<&str>)] = &[
        // 003 line 268 and 000 line 23's neighbourhood: 地区生产总值 / 生产总值 / 全市生产总值.
        ("地区生产总值", Some("gdp")),
        ("全市生产总值", Some("gdp")),
        ("全区生产总值", Some("gdp")),
        ("地区生产总值年均增长", Some("gdp")),
        ("预计全年实现地区生产总值", Some("gdp")),
        ("国内生产总值", Some("gdp")),
        ("GDP", Some("gdp")),
        ("人均地区生产总值", Some("gdp_per_capita")),
        ("人均生产总值", Some("gdp_per_capita")),
        ("第一产业增加值", Some("primary_value_added")),
        ("第二产业增加值年均增长", Some("secondary_value_added")),
        ("第三产业增加值", Some("tertiary_value_added")),
        ("工业增加值", Some("industrial_value_added")),
        ("其中地方工业增加值", Some("industrial_value_added")),
        (
            "规模以上工业增加值增长",
            Some("above_scale_industrial_value_added"),
        ),
        // 003 line 276; 001 line 306.
        ("服务业增加值比重", Some("tertiary_share")),
        (
            "数字经济增加值占地区生产总值比例",
            Some("digital_economy_share"),
        ),
        // Fiscal: 000 地方财政一般预算收入年均增长; 004 地方财政一般公共预算收入.
        ("地方财政一般预算收入", Some("general_budget_revenue")),
        ("地方财政一般公共预算收入", Some("general_budget_revenue")),
        ("全市一般公共预算收入", Some("general_budget_revenue")),
        ("公共财政预算收入", Some("general_budget_revenue")),
        ("全社会固定资产投资年均增长", Some("fixed_asset_investment")),
        ("地方社会消费品零售总额", Some("retail_sales")),
        ("外贸进出口总额", Some("foreign_trade")),
        ("城镇居民人均可支配收入", Some("urban_disposable_income")),
        (
            "城镇居民家庭人均可支配收入",
            Some("urban_disposable_income"),
        ),
        ("农牧民人均纯收入", Some("rural_income")),
        ("农村居民人均纯收入", Some("rural_income")),
        ("全市农牧民人均纯收入", Some("rural_income")),
        ("居民人均可支配收入增长", Some("disposable_income")),
        ("城镇登记失业率", Some("urban_unemployment_rate")),
        ("城镇调查失业率", Some("urban_unemployment_rate")),
        ("常住人口城镇化率", Some("urbanization_rate")),
        ("户籍人口城镇化率", Some("registered_urbanization_rate")),
        ("城镇化率", Some("urbanization_rate")),
        ("森林覆盖率", Some("forest_coverage")),
        ("绿洲森林覆盖率", Some("forest_coverage")),
        ("城镇新增就业人数", Some("new_urban_jobs")),
        ("人口自然增长率", Some("natural_growth_rate")),
        ("人均预期寿命", Some("life_expectancy")),
        ("劳动年龄人口平均受教育年限", Some("years_of_schooling")),
        ("基本养老保险参保率", Some("pension_coverage")),
        ("每万人口发明专利拥有量", Some("patents_per_10k")),
        ("固定宽带用户普及率", Some("fixed_broadband_penetration")),
        ("移动互联网用户普及率", Some("mobile_internet_penetration")),
        // Energy, climate, water, pollutants: 001 lines 314–317, 003 lines 299–311.
        (
            "单位地区生产总值能源消耗降低",
            Some("energy_intensity_reduction"),
        ),
        ("万元生产总值能耗降低", Some("energy_intensity_reduction")),
        (
            "单地区生产总值二氧化碳排放降低",
            Some("co2_intensity_reduction"),
        ),
        (
            "单位生产总值二氧化碳排放降低",
            Some("co2_intensity_reduction"),
        ),
        ("万元GDP用水量下降", Some("water_use_intensity_reduction")),
        (
            "单位工业增加值用水量降低",
            Some("industrial_water_use_intensity"),
        ),
        ("化学需氧量", Some("cod_reduction")),
        ("氨氮", Some("ammonia_nitrogen_reduction")),
        ("二氧化硫", Some("so2_reduction")),
        ("氮氧化物", Some("nox_reduction")),
        (
            "非化石能源占一次能源消费比重",
            Some("non_fossil_energy_share"),
        ),
        ("城市空气质量优良天数比率", Some("good_air_days")),
        ("地表水达到或好于Ⅲ类水体比例", Some("surface_water_quality")),
        ("达到或好于III类水体比例", Some("surface_water_quality")),
        ("细颗粒物(PM2.5)", Some("pm25")),
        ("PM2.5平均浓度", Some("pm25")),
        ("农业灌溉水有效利用系数", Some("irrigation_efficiency")),
        ("耕地保有量", Some("cultivated_land")),
        ("粮食综合生产能力", Some("grain_output")),
        ("研究与试验发展经费支出占生产总值比重", Some("rd_intensity")),
        ("全社会研发经费投入增长", Some("rd_spending")),
        ("每千常住人口床位数", Some("hospital_beds_per_1000")),
        ("每千人口拥有执业(助理)医师数", Some("physicians_per_1000")),
        // Negative cases: words that contain an alias but measure something else.
        ("工业增加值占地区生产总值比重", None),
        ("单位地区生产总值建设用地", None),
        ("单位生产总值", None),
        ("旅游业", None),
        ("城市建设", None),
        ("", None),
    ];

    #[test]
    fn canonical_on_fixture_phrases_by_longest_match() {
        let failures: Vec<String> = CASES
            .iter()
            .filter(|(phrase, id)| canonical(phrase, &[]) != *id)
            .map(|(phrase, id)| format!("{phrase}: {:?} != {id:?}", canonical(phrase, &[])))
            .collect();
        assert!(failures.is_empty(), "{failures:#?}");
    }

    #[test]
    fn canonical_on_fixture_phrases_with_jieba_tokens() {
        let failures: Vec<String> = CASES
            .iter()
            .filter(|(phrase, id)| with_tokens(phrase) != *id)
            .map(|(phrase, id)| format!("{phrase}: {:?} != {id:?}", with_tokens(phrase)))
            .collect();
        assert!(failures.is_empty(), "{failures:#?}");
    }

    #[test]
    fn tokens_keep_an_alias_from_matching_inside_a_word() {
        // Hand-made tokens: 生产总值 is inside the token 第一产业生产总值, never whole.
        assert_eq!(canonical("第一产业生产总值", &["第一产业生产总值"]), None);
        assert_eq!(
            canonical("第一产业生产总值", &["第一产业", "生产总值"]),
            Some("gdp")
        );
        // Tokens that are not in the phrase are ignored, not a panic.
        assert_eq!(
            canonical("地区生产总值", &["xyz", "地区生产总值"]),
            Some("gdp")
        );
    }
}
