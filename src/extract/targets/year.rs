//! The year a value refers to, and the section titles that give a sentence its context.
//!
//! A value's year is the nearest time expression before it in its paragraph (`到2015年`,
//! `“十二五”末` → 2015, `“十三五”期间` → 2020), skipping bases of comparison (`比“十一五”末`);
//! otherwise a year in the section's titles (`2022年工作回顾` → 2022); otherwise the document's
//! period: a goals section of a 十二五 plan speaks of 2015, its 发展基础 of 2010, and a 2023 work
//! report's plans of 2023.

use crate::extract::timespans::{Found, YEAR_NUMBER, positional_chinese_year};
use crate::meta::Meta;
use crate::model::{DocKind, Status, TimeSpanKind};
use crate::normalize::{LineKind, Normalized};
use crate::segment::Outline;
use regex::Regex;
use std::sync::LazyLock;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfkc_quick};

/// Words before a time expression that make it a base of comparison, not the value's year.
static BASE_WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:比|较|与|同|相比|以)[ \t]*$").expect("valid regex"));

/// Words after a time expression that make it a starting point: `为1998年以来最多`, `3年前`,
/// `在2020年基础上翻一番` (but `到2017年底前` is a deadline).
static SINCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[ \t]*(?:以来|来|前|之前|以前|的?基础上)").expect("valid regex")
});

/// The time of a base in `是2010年的2.6倍`, `是“十一五”时期的2.7倍`, `由2010年的1264元增加到2011元`
/// (gwr_2016_hailar_gbk lines 15, 21, 33): the value compared with it belongs to the later year,
/// not to this one.
///
/// A level recovered or matched as a share of a year's (`恢复到2019年的93%`, probes62
/// city_sports_culture_tourism_15th_plan line 20) is such a base too.
fn is_base_time(text: &str, f: &Found) -> bool {
    let before = text[..f.start].trim_end_matches([' ', '\t']);
    (before.ends_with(['是', '由', '从'])
        // The span may hold the `到` itself (a deadline's `到2019年`).
        || ["恢复", "恢复到", "恢复至", "相当于"].iter().any(|w| before.ends_with(w)))
        && text[f.end..]
            .trim_start_matches([' ', '\t'])
            .starts_with('的')
}

/// A year in a title: `2022年工作回顾`, `2035 年远景目标`, `二〇三五年远景目标`.
static TITLE_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"({YEAR_NUMBER})[ \t]*年")).expect("valid regex"));

/// Heading markers, ranked from the top: 篇 1, 章 2, 节 3, 一、 4, (一) 5.
static HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:(?P<part>第[一二三四五六七八九十百零〇\d]+[篇部])|(?P<chapter>第[一二三四五六七八九十百零〇\d]+章)",
        r"|(?P<section>第[一二三四五六七八九十百零〇\d]+节)|(?P<list>[一二三四五六七八九十]+、)",
        r"|(?P<sub>\([一二三四五六七八九十]+\)))"
    ))
    .expect("valid regex")
});

/// Longest standalone line taken for a heading when the outline has none, in chars.
const MAX_HEADING_CHARS: usize = 30;
/// Headings collected at most when walking back.
const MAX_TITLES: usize = 5;

/// A year that fixes prices, not the time of the value: `按2000年价格计算的`, `2010年不变价`.
static PRICE_BASE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[ \t]*的?(?:不变价|可比价|价格|价)").expect("valid regex"));

/// The year of a value at byte `at` of `text`, from the time expressions `spans` of that text.
pub fn from_text(text: &str, spans: &[Found], at: usize) -> Option<(i32, TimeSpanKind)> {
    spans
        .iter()
        .filter(|f| {
            f.end <= at
                && !BASE_WORD.is_match(&text[..f.start])
                && !is_base_time(text, f)
                && (f.kind == TimeSpanKind::Deadline || !SINCE.is_match(&text[f.end..]))
                && !PRICE_BASE.is_match(&text[f.end..])
        })
        .filter_map(|f| f.end_year.map(|y| (f.start, y, f.kind)))
        .max_by_key(|(s, _, _)| *s)
        .map(|(_, y, k)| (y, k))
}

/// `今年` (this year) in a work report, before the value: the report's year. It outweighs a
/// plan named in an earlier sentence of the paragraph (`2025年是“十四五”规划收官之年，也是谋划
/// “十五五”的关键之年。今年经济社会发展主要预期目标是：地区生产总值增长5.5%左右`: 2025, not 2030).
///
/// In a dated speech (`在县委经济工作会议上的讲话（2025年12月26日）`, probes40
/// county_leader_speech_economic_work_2026) `今年` is its year and `明年` the next, whichever
/// stands last before the value.
pub fn this_year(meta: &Meta, clause: &str) -> Option<(i32, TimeSpanKind)> {
    let p = meta.period.as_ref()?;
    if meta.is_speech() {
        let this = ["今年", "本年"]
            .iter()
            .filter_map(|w| clause.rfind(w))
            .max();
        let next = clause.rfind("明年");
        return match (this, next) {
            (_, Some(n)) if this.is_none_or(|t| n > t) => {
                Some((p.start_year + 1, TimeSpanKind::Year))
            }
            (Some(_), _) => Some((p.start_year, TimeSpanKind::Year)),
            _ => None,
        };
    }
    (meta.speaks_as_report() && (clause.contains("今年") || clause.contains("本年")))
        .then_some((p.start_year, TimeSpanKind::Year))
}

/// A year printed in the titles (innermost first). A title that names a plan period speaks of
/// that period's end, whatever year it also names: `第二章 “十四五”时期经济社会发展主要目标和二〇三五年
/// 远景目标` is about 2025 (its sections say which part is about 2035).
pub fn from_titles(titles: &[String], meta: &Meta) -> Option<i32> {
    titles.iter().find_map(|t| {
        let plan = crate::extract::timespans::find(t, meta)
            .into_iter()
            .find(|f| f.kind == TimeSpanKind::PlanPeriod);
        // A work report's section of the plan's goals and the year's (`二、“十五五”时期主要目标和
        // 2026年工作总体要求`, probes40 city_gwr_2026_two_column_pdf line 63): a value whose
        // sentence names no time is the year's; the plan's goals name theirs (`到2030年`).
        let own_year = TITLE_YEAR
            .captures(t)
            .and_then(|c| c.get(1)?.as_str().parse::<i32>().ok())
            .filter(|y| {
                meta.speaks_as_report() && meta.period.as_ref().is_some_and(|p| *y >= p.start_year)
            });
        if plan.is_some()
            && let Some(y) = own_year
        {
            return Some(y);
        }
        // `2024年和“十四五”以来工作回顾` (probes64 province_gwr_2025_ordinary line 11): the plan
        // so far, up to the year the title names, or a report's past year.
        if let Some(f) = plan
            .as_ref()
            .filter(|f| PLAN_SO_FAR.is_match(&t[f.end.min(t.len())..]))
        {
            let named = TITLE_YEAR
                .captures(t)
                .and_then(|c| c.get(1)?.as_str().parse::<i32>().ok());
            let past = meta
                .speaks_as_report()
                .then(|| meta.period.as_ref().map(|p| p.start_year - 1))
                .flatten();
            return named.or(past).or(f.end_year);
        }
        if let Some(f) = plan {
            // `2009年和“十一五”前四年工作回顾` (probes14 city_gwr_2010_doubling line 8): the
            // plan's first years, not its end.
            let first = FIRST_YEARS
                .captures(&t[f.end.min(t.len())..])
                .and_then(|c| crate::numerals::chinese_to_u32(c.get(1)?.as_str()));
            return match (first, f.start_year) {
                (Some(n), Some(start)) if n >= 1 => Some(start + n as i32 - 1),
                _ => f.end_year,
            };
        }
        let y = TITLE_YEAR.captures(t)?.get(1)?.as_str();
        y.parse().ok().or_else(|| positional_chinese_year(y))
    })
}

/// `以来` right after a plan's name: the plan so far.
static PLAN_SO_FAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[”\x22]?(?:时期|期间)?以来").expect("valid regex"));

/// `前四年`, `前三年` right after a plan's name: its first years.
static FIRST_YEARS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[”\x22]?(?:时期|期间)?前([一二三四两])年").expect("valid regex")
});

/// The year the document's own period gives a value of this status.
pub fn from_period(meta: &Meta, status: Status) -> Option<i32> {
    let p = meta.period.as_ref()?;
    // A work report, or an interpretation of one, plans its year and reviews the one before.
    if meta.speaks_as_report() {
        return Some(match status {
            Status::Target => p.start_year,
            Status::Actual => p.start_year - 1,
        });
    }
    match (meta.kind, status) {
        (DocKind::FiveYearPlan, Status::Target) => Some(p.end_year),
        (DocKind::FiveYearPlan, Status::Actual) => Some(p.start_year - 1),
        // A speech's goals are for the year after its date.
        (DocKind::Other, Status::Target) if meta.is_speech() => Some(p.end_year + 1),
        // A communiqué's year, a half-year report's: the year of its outcomes and of its plans.
        (DocKind::Other, _) if p.start_year == p.end_year => Some(p.end_year),
        // A plan of other kind titled with its years (`…城市总体规划（2011—2030年）`, probes21
        // city_master_plan_2011_2030) or named by its period: a target's year is its last.
        (DocKind::Other, Status::Target) => Some(p.end_year),
        // A report on a period's results (`…“十四五”规划实施成效新闻发布会`, probes22
        // city_14th_review_press_conference) states where its last year ended.
        (DocKind::Other, Status::Actual) if meta.reviews_its_year() => Some(p.end_year),
        // A plan of other kind reviews where its first year starts, as a five-year plan does
        // (`丰湄省新型城镇化规划（2026—2035年）`, `1.1 发展基础`: `户籍人口城镇化率达到48.2%` is
        // 2025's, probes36 new_urbanization_plan_decimal_numbering line 20).
        (DocKind::Other, Status::Actual) if meta.is_plan() => Some(p.start_year - 1),
        _ => None,
    }
}

/// A section title as the rules read it. A title keeps the source's own forms
/// (`２０２４年工作回顾` in a document typed with full-width digits), while the rules, like the
/// rest of the pipeline, read NFKC text (`2024年工作回顾`).
fn folded(title: &str) -> String {
    if title.is_ascii() || is_nfkc_quick(title.chars()) == IsNormalized::Yes {
        title.to_string()
    } else {
        title.nfkc().collect()
    }
}

/// Titles of the sections holding line `line` (0-based), innermost first: from the outline when
/// it has sections, otherwise from the heading lines found walking back (a marker such as
/// `第三节`, or a short standalone line such as `2022年工作回顾`).
pub fn titles(doc: &Normalized, outline: &Outline, line: usize) -> Vec<String> {
    if let Some(sec) = outline.section_at_line(line) {
        let mut t: Vec<String> = outline
            .path(&sec.id)
            .into_iter()
            .map(|s| folded(&s.title))
            .collect();
        t.reverse();
        return t;
    }
    let mut out = Vec::new();
    let mut last_rank = usize::MAX;
    for l in doc.lines[..line.min(doc.lines.len())].iter().rev() {
        if l.kind != LineKind::Text || !looks_like_heading(doc, l.index) {
            continue;
        }
        let rank = heading_rank(&l.text);
        if rank < last_rank {
            out.push(l.text.trim().to_string());
            last_rank = rank;
        }
        if out.len() >= MAX_TITLES || last_rank <= 1 {
            break;
        }
    }
    out
}

/// Rank of a heading line: 1 for 篇 … 5 for (一), 6 for an unmarked one.
fn heading_rank(text: &str) -> usize {
    let Some(c) = HEADING.captures(text.trim()) else {
        return 6;
    };
    ["part", "chapter", "section", "list", "sub"]
        .iter()
        .position(|n| c.name(n).is_some())
        .map_or(6, |p| p + 1)
}

/// A short line that stands alone (markdown heading mark, a heading marker, or blank lines
/// around it) and does not end a sentence.
fn looks_like_heading(doc: &Normalized, i: usize) -> bool {
    let l = &doc.lines[i];
    let t = l.text.trim();
    let n = t.chars().count();
    if n == 0 || n > MAX_HEADING_CHARS || t.ends_with(['。', ';', ',', '；', '，', ':']) {
        return false;
    }
    if t.contains("....") || t.contains('…') {
        return false; // a table-of-contents entry
    }
    if l.heading_mark || HEADING.is_match(t) {
        return true;
    }
    let blank = |j: Option<usize>| {
        j.and_then(|j| doc.lines.get(j))
            .is_none_or(|l| l.kind == LineKind::Blank)
    };
    blank(i.checked_sub(1)) && blank(Some(i + 1)) && !t.contains('\t')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn year_at(text: &str, year: &str, y: i32, value: &str) -> Option<i32> {
        let start = text.find(year).unwrap_or(0);
        let f = Found {
            start,
            end: start + year.len(),
            kind: TimeSpanKind::Year,
            start_year: Some(y),
            end_year: Some(y),
        };
        from_text(text, &[f], text.find(value).unwrap_or(0)).map(|(y, _)| y)
    }

    #[test]
    fn the_year_of_a_multiple_is_a_base() {
        // gwr_2016_hailar_gbk line 21.
        let t = "旅游收入达到69亿元,是2010年的2.6倍";
        assert_eq!(year_at(t, "2010年", 2010, "2.6倍"), None);
        // gwr_2016_hailar_gbk line 33: the value reached from a base.
        let t = "月人均养老金由2010年的1264元增加到2011元";
        assert_eq!(year_at(t, "2010年", 2010, "2011元"), None);
        // A year stated for the value itself stays.
        let t = "2015年旅游收入达到69亿元";
        assert_eq!(year_at(t, "2015年", 2015, "69亿元"), Some(2015));
    }
}
