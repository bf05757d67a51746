//! The unit dictionary: each unit as written (亿元, 万人, 万吨/年, ‰) with its base unit and
//! factor, so that values compare across documents (94 亿元 → 9.4e9 CNY).
//!
//! The units live in `dict/units.tsv` (one a line: `name base factor [not_before]`), embedded
//! at compile time and parsed once on first use.

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use unicode_normalization::UnicodeNormalization;

use crate::model::NormalizedValue;

/// A unit known to the dictionary.
#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    /// As written in the text (`亿元`).
    pub name: &'static str,
    /// Base unit (`CNY`, `persons`, `%`, `mu`, `kW`, `t/year`, …).
    pub base: &'static str,
    /// Multiplier to the base unit (亿元 → 1e8).
    pub factor: f64,
}

/// A dictionary entry: the unit and the characters that may not follow it (`部` before `门`
/// is the word 部门, not a unit).
#[derive(Debug)]
struct Entry {
    unit: Unit,
    not_before: &'static str,
}

/// The dictionary file, under version control.
const UNITS_TSV: &str = include_str!("../../dict/units.tsv");

/// What a string stands for in the dictionary's prefix index: the entry it names, if any, and
/// whether a longer name starts with it.
#[derive(Debug, Clone, Copy, Default)]
struct Node {
    entry: Option<usize>,
    longer: bool,
}

/// The parsed dictionary with an index by name.
struct Dictionary {
    entries: Vec<Entry>,
    by_name: FxHashMap<&'static str, usize>,
    /// Every name and each of its prefixes (cut at a character boundary): [`longest_prefix`]
    /// reads a text only as far as some unit's name goes.
    prefixes: FxHashMap<&'static str, Node>,
}

static DICT: LazyLock<Dictionary> = LazyLock::new(|| {
    let (entries, _errors) = parse(UNITS_TSV);
    let mut by_name = FxHashMap::default();
    for (i, e) in entries.iter().enumerate() {
        // The first entry of a name wins (a test checks there are no duplicates).
        by_name.entry(e.unit.name).or_insert(i);
    }
    let mut prefixes: FxHashMap<&'static str, Node> = FxHashMap::default();
    for (&name, &i) in &by_name {
        for (at, _) in name.char_indices().skip(1) {
            prefixes.entry(&name[..at]).or_default().longer = true;
        }
        prefixes.entry(name).or_default().entry = Some(i);
    }
    Dictionary {
        entries,
        by_name,
        prefixes,
    }
});

/// Parse the TSV dictionary: `name<TAB>base<TAB>factor[<TAB>not_before]`, `#` comments and
/// blank lines skipped. Malformed lines are returned as errors (a test requires none).
fn parse(text: &'static str) -> (Vec<Entry>, Vec<String>) {
    let mut entries = Vec::new();
    let mut errors = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&'static str> = line.split('\t').collect();
        let factor = cols.get(2).and_then(|f| f.trim().parse::<f64>().ok());
        match (cols.as_slice(), factor) {
            ([name, base, _, rest @ ..], Some(factor))
                if !name.is_empty() && !base.is_empty() && rest.len() <= 1 =>
            {
                entries.push(Entry {
                    unit: Unit { name, base, factor },
                    not_before: rest.first().copied().unwrap_or(""),
                });
            }
            _ => errors.push(format!("dict/units.tsv line {}: {line:?}", n + 1)),
        }
    }
    (entries, errors)
}

/// Every unit of the dictionary, in file order.
pub fn all() -> impl Iterator<Item = &'static Unit> {
    DICT.entries.iter().map(|e| &e.unit)
}

/// Look up a unit exactly as written (after normalization: full-width folded). A unit still in
/// full-width form or with spaces inside (`万立方米 / 日`, `％`) is folded before the second try.
pub fn lookup(unit: &str) -> Option<&'static Unit> {
    let dict = &*DICT;
    if let Some(&i) = dict.by_name.get(unit) {
        return Some(&dict.entries[i].unit);
    }
    let folded: String = unit.nfkc().filter(|c| !c.is_whitespace()).collect();
    dict.by_name
        .get(folded.as_str())
        .map(|&i| &dict.entries[i].unit)
}

/// The longest unit of the dictionary that `text` starts with (`亿元,年均增长` → 亿元,
/// `万立方米/日` → 万立方米/日 rather than 万立方米, `个百分点` → 个百分点 rather than 个).
/// A unit followed by a character that makes it the start of a word (`5部门`, `日处理`) does not
/// match there, nor does a Latin unit followed by a Latin letter or digit; a shorter unit may.
pub fn longest_prefix(text: &str) -> Option<&'static Unit> {
    let dict = &*DICT;
    // The names `text` starts with, shortest first: read on while the text so far begins a name.
    let mut names: Vec<(usize, usize)> = Vec::new();
    for (i, c) in text.char_indices() {
        let end = i + c.len_utf8();
        let Some(node) = dict.prefixes.get(&text[..end]) else {
            break;
        };
        names.extend(node.entry.map(|e| (end, e)));
        if !node.longer {
            break;
        }
    }
    names.into_iter().rev().find_map(|(end, e)| {
        let entry = dict.entries.get(e)?;
        let next = text[end..].chars().next();
        let latin_end = entry
            .unit
            .name
            .ends_with(|c: char| c.is_ascii_alphanumeric());
        match next {
            Some(c) if entry.not_before.contains(c) => None,
            // `GW` of `5GWh`: a Latin unit does not end inside a Latin word.
            Some(c) if latin_end && c.is_ascii_alphanumeric() => None,
            _ => Some(&entry.unit),
        }
    })
}

/// `value` in `unit` expressed in base units, if the unit is known.
pub fn normalize(value: f64, unit: &str) -> Option<NormalizedValue> {
    lookup(unit).map(|u| NormalizedValue {
        value: value * u.factor,
        unit: u.base.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prefix(text: &str) -> Option<&'static str> {
        longest_prefix(text).map(|u| u.name)
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() <= 1e-9 * b.abs().max(1.0)
    }

    #[test]
    fn dictionary_parses_without_errors_or_duplicates() {
        let (entries, errors) = parse(UNITS_TSV);
        assert!(errors.is_empty(), "{errors:?}");
        assert!(entries.len() >= 100, "{}", entries.len());
        let mut seen = std::collections::HashSet::new();
        for e in &entries {
            assert!(seen.insert(e.unit.name), "duplicate unit {}", e.unit.name);
            assert!(e.unit.factor > 0.0, "{}", e.unit.name);
            assert_eq!(e.unit.name, e.unit.name.trim(), "{}", e.unit.name);
        }
    }

    #[test]
    fn malformed_lines_are_reported() {
        let (entries, errors) = parse("元\tCNY\n万元\tCNY\tx\n亿元\tCNY\t1e8\n");
        assert_eq!(entries.len(), 1);
        assert_eq!(errors.len(), 2);
    }

    #[test]
    fn normalizes_money_people_area_energy_mass() {
        // 000 line 23: 城建投资40亿元; 003 table: 外贸进出口总额(亿美元) 196.8.
        let cases: &[(f64, &str, f64, &str)] = &[
            (94.0, "亿元", 9.4e9, "CNY"),
            (1.2, "万亿元", 1.2e12, "CNY"),
            (196.8, "亿美元", 1.968e10, "USD"),
            (6.07, "万人", 60_700.0, "persons"),
            (17.0, "万人次", 170_000.0, "person-times"),
            (49.0, "万亩", 490_000.0, "mu"),
            (412.0, "万公顷", 4_120_000.0, "ha"),
            (725.0, "万平方米", 7_250_000.0, "m2"),
            (334.0, "公里", 334_000.0, "m"),
            (33.0, "万千瓦", 330_000.0, "kW"),
            (800.0, "万吨/年", 8e6, "t/year"),
            (10.5, "万立方米/日", 105_000.0, "m3/day"),
            (20.0, "亿立方米", 2e9, "m3"),
            (11.6, "‰", 1.16, "%"),
            (3.3, "个百分点", 3.3, "pp"),
            (35.0, "平方米/人", 35.0, "m2/person"),
            (9.0, "万户", 90_000.0, "households"),
            // 004 line 209: 天然气资源量2.5万亿立方米; a national report's 粮食产量1.3万亿斤.
            (2.5, "万亿立方米", 2.5e12, "m3"),
            (1.3, "万亿斤", 6.5e8, "t"),
        ];
        for &(value, unit, expected, base) in cases {
            let n = normalize(value, unit).unwrap_or_else(|| panic!("{unit} unknown"));
            assert!(close(n.value, expected), "{value}{unit} → {}", n.value);
            assert_eq!(n.unit, base, "{unit}");
        }
    }

    #[test]
    fn lookup_folds_full_width_and_spaces() {
        assert_eq!(lookup("％").map(|u| u.base), Some("%"));
        // 000 line 27: `10.5 万立方米 / 日` as it stands in the source.
        assert_eq!(lookup("万立方米 / 日").map(|u| u.name), Some("万立方米/日"));
        assert_eq!(lookup("万吨／年").map(|u| u.name), Some("万吨/年"));
        assert!(lookup("亿元以上").is_none());
        assert!(lookup("").is_none());
        assert!(normalize(3.0, "光年").is_none());
    }

    #[test]
    fn a_multiplied_unit_is_not_read_as_the_bare_multiplier() {
        for (text, unit) in [
            ("万亿立方米的煤层气", "万亿立方米"),
            ("万亿斤以上", "万亿斤"),
            ("万亿千瓦时", "万亿千瓦时"),
            ("千万吨级", "千万吨"),
            ("百万千瓦", "百万千瓦"),
        ] {
            assert_eq!(prefix(text), Some(unit), "{text}");
        }
    }

    #[test]
    fn longest_prefix_prefers_the_longest_unit() {
        // Cleaned text of 000 lines 23/27 and 003 lines 270/550.
        assert_eq!(prefix("万立方米/日;排水管网"), Some("万立方米/日"));
        assert_eq!(prefix("万立方米灰加气砌块"), Some("万立方米"));
        assert_eq!(prefix("亿元,比“十五”末"), Some("亿元"));
        assert_eq!(prefix("亿元以上"), Some("亿元"));
        assert_eq!(prefix("亿立方米煤制天然气"), Some("亿立方米"));
        assert_eq!(prefix("万吨/年煤矿"), Some("万吨/年"));
        assert_eq!(prefix("个百分点以上"), Some("个百分点"));
        assert_eq!(prefix("个行政村实现了村村通路"), Some("个"));
        assert_eq!(prefix("万人次以上"), Some("万人次"));
        assert_eq!(prefix("万人的饮水问题"), Some("万人"));
        assert_eq!(prefix("%和85%"), Some("%"));
        assert_eq!(prefix("‰"), Some("‰"));
        assert_eq!(prefix("亿"), Some("亿"));
        assert_eq!(prefix("万吨标准煤/万元"), Some("万吨标准煤"));
        assert_eq!(prefix("吨标准煤/万元以下"), Some("吨标准煤/万元"));
        assert_eq!(prefix("微克/立方米"), Some("微克/立方米"));
    }

    #[test]
    fn longest_prefix_does_not_start_a_following_word() {
        // `5部门`, `3口岸`, `日处理600吨` (000 line 27): the character is not a unit there.
        assert_eq!(prefix("部门联合"), None);
        assert_eq!(prefix("口岸"), None);
        assert_eq!(prefix("日处理"), None);
        assert_eq!(prefix("家庭"), None);
        assert_eq!(prefix("家企业"), Some("家"));
        assert_eq!(prefix("年均增长"), Some("年"));
        assert_eq!(prefix("增长"), None);
        assert_eq!(prefix(""), None);
        assert_eq!(prefix("GDP"), None);
        // 001 line 653: `750kV变电站`; `GWp` is not `GW` followed by p; `GWh` is a unit of its
        // own (`动力电池产能达到40GWh`, probes55 city_industrial_chain_plan_output_targets line 41).
        assert_eq!(prefix("kV变电站"), Some("kV"));
        assert_eq!(prefix("KV输变电工程"), Some("KV"));
        assert_eq!(prefix("GWp"), None);
        assert_eq!(prefix("GWh"), Some("GWh"));
        assert_eq!(prefix("kWh"), Some("kWh"));
    }

    #[test]
    fn every_unit_is_its_own_longest_prefix() {
        for u in all() {
            assert_eq!(prefix(u.name), Some(u.name), "{}", u.name);
            assert_eq!(lookup(u.name), Some(u), "{}", u.name);
        }
    }
}
