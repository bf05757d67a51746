//! Document-level fields read from the opening lines: `title`, `kind`, `region`, `period`.
//!
//! The title is the first run of one to three opening lines that, joined without spaces, has the
//! shape of a plan or report title (000: `# 某市国民经济和社会发展第十二个 五年规划纲要` →
//! `某市国民经济和社会发展第十二个五年规划纲要`; 003 wraps it over two bold lines). A resolution
//! printed before the plan (004: `…关于…规划纲要的决议`) is not the title.

use crate::model::{DocKind, Period};
use crate::normalize::{LineKind, Normalized};
use crate::numerals::chinese_to_u32;
use regex::Regex;
use std::sync::LazyLock;

/// How many opening content lines are searched for the title.
const OPENING_LINES: usize = 40;

/// Document-level facts.
#[derive(Debug, Clone, PartialEq)]
pub struct Meta {
    pub title: Option<String>,
    pub kind: DocKind,
    pub region: Option<String>,
    pub period: Option<Period>,
    /// The last year a plan's evaluation reports on (see [`evaluated_year`]): its values are that
    /// year's outcomes unless a sentence sets them.
    pub evaluated: Option<i32>,
}

/// Titles of plans: `<region>国民经济和社会发展第十四个五年规划和2035年远景目标纲要`.
static PLAN_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<region>[^\s,，。《》关]{2,20}?)?国民经济和社会发展[^，。《》]{0,40}?(?:规划|计划|纲要)(?:\(草案\))?$")
        .expect("valid regex")
});

/// A year in Arabic digits or in Chinese numerals written digit by digit (`2023`, `一九九八`,
/// `二〇二四`): the year of a report's title and of its address line ([`year_of`] reads it).
const YEAR_DIGITS: &str = r"\d{4}|[一二][〇零九][〇零一二三四五六七八九]{2}";

/// Titles of work reports: `政府工作报告`, `2025年某省政府工作报告`, `某县2022年政府工作报告`, never a
/// session line.
static REPORT_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?P<year>(?:{YEAR_DIGITS})年)?(?P<region>[^\s会届，。]{{0,12}}?)(?P<year2>(?:{YEAR_DIGITS})年)?政府工作报告$"
    ))
    .expect("valid regex")
});

/// Titles of statistical communiqués: `青枫市2023年国民经济和社会发展统计公报`,
/// `2023年某省国民经济和社会发展统计公报` — a year's outcomes, no plan; so are a bulletin of the
/// state of the environment or of resources (`雁岚市2022年生态环境状况公报`, probes18
/// prefecture_ecology_bulletin_2022; `…水资源公报`, `…环境质量公报`).
static COMMUNIQUE_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?P<region>[^\s，。《》\d]{{0,20}}?)(?P<year>(?:{YEAR_DIGITS})年)?[^\s，。《》\d]{{0,20}}?(?:统计|状况|质量|资源)公报$"
    ))
    .expect("valid regex")
});

/// Titles of a census's bulletin: `晗州市第七次全国人口普查公报` (probes67
/// city_population_census_bulletin_2020 line 1), `…第五次全国经济普查公报（第一号）`. Its figures are
/// of the census year, which the ordinal gives.
static CENSUS_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"第(?P<n>[一二三四五六七八九十]+)次全国(?P<kind>人口|经济)普查(?:主要数据)?公报")
        .expect("valid regex")
});

/// The year of a census by its ordinal: population censuses every ten years from the fourth
/// (1990), economic ones from 2004 (2008, then every five years from the third, 2013).
fn census_year(title: &str) -> Option<i32> {
    let c = CENSUS_TITLE.captures(title)?;
    let n = crate::numerals::chinese_to_u32(&c["n"])? as i32;
    match &c["kind"] {
        "人口" if n >= 4 => Some(1990 + 10 * (n - 4)),
        "经济" if n == 1 => Some(2004),
        "经济" if n == 2 => Some(2008),
        "经济" if n >= 3 => Some(2013 + 5 * (n - 3)),
        _ => None,
    }
}

/// A report on part of a year's plan (`关于栖川市2025年上半年国民经济和社会发展计划执行情况的报告`,
/// probes67 city_congress_midyear_plan_execution_review_2025 line 1): the year's outcomes so far.
fn reports_part_of_year(title: &str) -> bool {
    static PART_YEAR: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\d{4}年(?:上半年|前三季度|一季度|第[一二三]季度|1[—\-~至]\d{1,2}月)")
            .expect("valid regex")
    });
    EXECUTION_REPORT_TITLE.is_match(title) && PART_YEAR.is_match(title)
}

/// Titles of a statistics bureau's periodical: `统  计  月  报` (spaced; compacted `统计月报`),
/// `2026年10月统计快报` (probes56 city_statistics_monthly_report_oct_2026) — the outcomes of the
/// issue's year, dated by its title or by the issue line of its opening ([`ISSUE_LINE`]).
static PERIODICAL_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^[^\s，。《》\d]{{0,20}}?(?:(?P<year>{YEAR_DIGITS})年)?(?:\d{{1,2}}月份?|[一二三四]季度)?[^\s，。《》\d]{{0,8}}?统计(?:月报|季报|快报|简报|月刊)$"
    ))
    .expect("valid regex")
});

/// The issue line of a periodical: `2026年第10期（总第214期）`.
static ISSUE_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"((?:19|20)\d{2})年第\d{1,3}期").expect("valid regex"));

/// Titles of statistical yearbooks: `栖梧统计年鉴·2026`, `2026青枫统计年鉴` (probes41
/// county_statistics_yearbook_excerpt_2025) — the outcomes of the year before the edition's.
static YEARBOOK_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?P<y1>{YEAR_DIGITS})?年?[^\s，。《》\d]{{0,20}}?统计年鉴[·・\s()（）]*(?:(?P<y2>{YEAR_DIGITS})年?)?[)）]?$"
    ))
    .expect("valid regex")
});

/// Titles of a speech at a meeting: `在县委经济工作会议上的讲话`, `…同志在全市经济工作会议上的讲话`
/// (probes40 county_leader_speech_economic_work_2026). Dated by a line of the opening
/// (`（2025年12月26日）`), it reviews that year and sets the next year's goals.
static SPEECH_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[^，。；《》]{0,40}?在[^，。；《》]{2,50}?(?:会议|大会|座谈会|推进会)上的(?:讲话|发言)(?:稿)?$")
        .expect("valid regex")
});

/// Titles of an interpretation of a work report: `【权威解读】省政府研究室负责人就2027年《政府工作
/// 报告》答记者问` (probes36 province_gwr_2027_policy_qa), `…《2026年政府工作报告》解读`. It speaks of
/// the report's years as the report does.
static REPORT_QA_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:(?P<y1>{YEAR_DIGITS})年)?《(?:(?P<y2>{YEAR_DIGITS})年)?[^《》]{{0,12}}政府工作报告》(?:答记者问|解读|图解|问答)"
    ))
    .expect("valid regex")
});

/// Titles of a report on a past year's or period's work and the next year's plans, as a
/// department writes them: `青岚县民政局关于“十四五”时期民政工作情况和2026年工作安排的报告`
/// (probes63 county_civil_affairs_elderly_care_review_2026 lines 1–2), `…医疗保障局2025年工作
/// 总结和2026年工作计划` (probes62). It speaks as a work report does: the year it plans is its
/// own, what it reviews came before (`year` captures the planned year).
static SUMMARY_AND_PLAN_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?:工作情况|工作总结|工作回顾)[^，。《》]{0,4}?(?:和|及|暨|与|、)",
        r"(?P<year>(?:19|20)\d{2})年度?[^，。《》]{0,12}?(?:安排|计划|打算|思路|要点|任务)(?:的报告)?$"
    ))
    .expect("valid regex")
});

/// Titles of the other annual reports to a congress: `关于某县2025年国民经济和社会发展计划执行情况
/// 与2026年国民经济和社会发展计划草案的报告` (probes15 county_plan_execution_2025), `关于2023年预算
/// 执行情况和2024年预算草案的报告`. Their kind is read from the body, as for an untitled report.
static EXECUTION_REPORT_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[^，。《》]{2,20}?)?关于[^，。《》]{2,80}?(?:计划|预算)执行情况[^，。《》]{0,60}的报告$")
        .expect("valid regex")
});

/// Titles of a report on how a year's work went: `关于2022年度巩固拓展脱贫攻坚成果同乡村振兴有效衔接
/// 工作情况的报告` (probes19 county_poverty_consolidation_2022). Its values are the outcomes of the
/// year its title names, unless a section speaks of plans.
static SITUATION_REPORT_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[^，。《》]{2,20}?)?关于[^，。《》]{2,80}?情况的报告(?:[(（]\d{4}[—–\-~至]+\d{4}年?[)）])?$")
        .expect("valid regex")
});

/// Titles of any other report to a congress or its standing committee, its issuer before it:
/// `榆岚县人民政府关于提请审议调整2024年国民经济和社会发展计划部分指标的报告` (probes23
/// county_midyear_plan_adjustment_2024 lines 1–3) — no plan, though it names one.
static ABOUT_REPORT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[^，。《》]{2,20}?)?关于[^，。《》]{2,80}?的报告$").expect("valid regex")
});

/// Titles of opinions, decisions and notices: `中共中央国务院关于实施乡村振兴战略的意见`, `…关于2026年
/// 市级民生实事项目推进情况的通报` (probes37 city_livelihood_progress_table_2026 lines 1–2).
static POLICY_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[^，。《》]{2,40}关于[^，。《》]{2,60}的(?:意见|实施意见|指导意见|决定|通知|通报|规划)$",
    )
    .expect("valid regex")
});

/// `第十四个五年` / `第十个五年计划` — the plan's ordinal.
static PLAN_ORDINAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"第(?P<n>[一二三四五六七八九十]{1,3})个五年(?:\(\d{4}[-—–~至]+\d{4}年\))?(?:规划|计划)",
    )
    .expect("valid regex")
});

/// The address line of a report: `——2023年1月12日在某市第十八届人民代表大会第三次会议上`; the
/// day may be left out (`——2025年1月在…`) and the date written in Chinese numerals
/// (`——二〇二四年一月十五日在…`).
static ADDRESS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        "(?P<year>{YEAR_DIGITS})年{}{}",
        r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})日)?",
        r"在(?P<body>[^，。]{0,30}?)第[一二三四五六七八九十]+届(?:全国)?人民代表大会"
    ))
    .expect("valid regex")
});

/// The address line's body when the whole country speaks: `在第十届全国人民代表大会`.
static NATIONAL_CONGRESS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"在第[一二三四五六七八九十]+届全国人民代表大会").expect("valid regex")
});

/// Issuers that stand for the whole country.
const NATIONAL_ISSUERS: [&str; 4] = ["中华人民共和国", "中共中央", "国务院", "全国"];

/// The name the contract uses for the country as a region.
pub const NATIONAL_REGION: &str = "中华人民共和国";

/// Suffixes of administrative units; a region must end with one.
const ADMIN_SUFFIXES: [&str; 10] = [
    "自治区",
    "自治州",
    "特别行政区",
    "省",
    "市",
    "地区",
    "州",
    "盟",
    "县",
    "区",
];

/// Read the document-level fields.
pub fn read(doc: &Normalized) -> Meta {
    let opening: Vec<String> = doc
        .lines
        .iter()
        .filter(|l| l.kind == LineKind::Text || l.kind == LineKind::PipeRow)
        .take(OPENING_LINES)
        .map(|l| compact(&l.text))
        .collect();
    let title = find_title(&opening);
    // A notice issuing a plan is the plan: its kind and period are the issued document's; so is
    // a report on a plan (`…规划纲要实施情况中期评估报告`), whose region is the plan's.
    let named = title
        .as_deref()
        .map(|t| issued(t).unwrap_or_else(|| without_tail(t)));
    let kind = match named {
        // A year's plan (`禾阳市2026年国民经济和社会发展计划`, probes59
        // city_annual_plan_2026_quarterly_breakdown line 1) is of that year, no five-year plan.
        Some(t) if ANNUAL_PLAN.is_match(t) => DocKind::Other,
        Some(t)
            if PLAN_TITLE.is_match(t)
                || t.contains("五年规划")
                || t.contains("五年计划")
                || PERIOD_PLAN.is_match(t)
                || title_years(t).is_some() =>
        {
            DocKind::FiveYearPlan
        }
        Some(t) if t.ends_with("工作报告") => DocKind::GovernmentWorkReport,
        Some(t) if reports_part_of_year(t) => DocKind::Other,
        Some(t) if EXECUTION_REPORT_TITLE.is_match(t) => body_kind(doc, &opening),
        Some(_) => DocKind::Other,
        None => body_kind(doc, &opening),
    };
    // The issued plan names its region, or else the issuer does (`澜港市人民政府关于印发澜港市
    // “十五五”海洋经济发展规划的通知`).
    let titles: Vec<&str> = named.into_iter().chain(title.as_deref()).collect();
    let region = find_region(&titles, &opening);
    let period = find_period(kind, named, &opening).or_else(|| {
        (kind == DocKind::FiveYearPlan)
            .then(|| body_plan_period(doc))
            .flatten()
    });
    let evaluated = evaluated_year(title.as_deref(), period.as_ref(), &opening);
    Meta {
        title,
        kind,
        region,
        period,
        evaluated,
    }
}

/// Titles of an evaluation of a plan: `…规划纲要实施情况中期评估报告`, `…实施情况总结评估报告`.
static EVALUATION_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:规划|纲要|计划)\S{0,6}(?:中期|终期|总结)?评估(?:报告)?$").expect("valid regex")
});

/// A date line of the opening: `2028年4月`, `（2026年3月）`.
static DATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[(（]?((?:19|20)\d{2})年\d{1,2}月(?:\d{1,2}日)?[)）]?$").expect("valid regex")
});

/// A full date anywhere in a line of the opening: `汀湾区人民政府办公室  2026年4月20日`.
static DATED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"((?:19|20)\d{2})年\d{1,2}月\d{1,2}日").expect("valid regex"));

/// The year of the first date `date` finds in the opening lines (its first group).
fn opening_year(opening: &[String], date: &Regex) -> Option<i32> {
    opening
        .iter()
        .find_map(|l| date.captures(l)?.get(1)?.as_str().parse().ok())
}

/// The last year an evaluation of a plan reports on: a mid-term one the year before its date
/// (`（2028年4月）` → 2027, probes28 county_plan_midterm_evaluation_2028), any other the plan's
/// last (`…实施情况总结评估报告` of a 十四五 plan → 2025, probes29 city_14th_final_evaluation_2026).
fn evaluated_year(title: Option<&str>, period: Option<&Period>, opening: &[String]) -> Option<i32> {
    if let Some(period) = period
        && title.is_some_and(|t| ADJUSTED.is_match(t))
    {
        let dated = opening_year(opening, &DATED)?;
        return Some((dated - 1).clamp(period.start_year, period.end_year));
    }
    let title = title.filter(|t| EVALUATION_TITLE.is_match(t))?;
    let period = period?;
    if !title.contains("中期") {
        return Some(period.end_year);
    }
    let dated = opening_year(opening, &DATE_LINE)?;
    Some((dated - 1).clamp(period.start_year, period.end_year))
}

/// Content lines searched for the plan a document names when it has no title (past the TOC of
/// a long plan, into its preface).
const BODY_LINES: usize = 400;

/// The kind of a document without a title, from its body: a work report addresses the
/// congress (`各位代表:`, `——2023年1月12日在某市第十八届人民代表大会…上`); a plan names
/// itself (`…第十四个五年规划和2035年远景目标纲要》`).
fn body_kind(doc: &Normalized, opening: &[String]) -> DocKind {
    if opening.iter().any(|l| l.starts_with("各位代表"))
        || address_lines(opening).any(|l| ADDRESS.is_match(&l))
    {
        DocKind::GovernmentWorkReport
    } else if body_plan_period(doc).is_some() {
        DocKind::FiveYearPlan
    } else {
        DocKind::Other
    }
}

/// The period of the first plan a document names by ordinal (`第十四个五年规划`) in its first
/// [`BODY_LINES`] content lines.
///
/// An excerpt of chapters names its plan in the running header only (`湄江省国民经济和社会发展
/// 第十五个五年规划和二〇三五年远景目标纲要` over every page, probes66
/// province_15th_outline_chapter_excerpt_ordinary line 26): the page headers are read then.
fn body_plan_period(doc: &Normalized) -> Option<Period> {
    let named = |l: &&crate::normalize::Line| l.text.contains("个五年");
    doc.content_lines()
        .take(BODY_LINES)
        .filter(named)
        .find_map(|l| plan_period(&compact(&l.text)))
        .or_else(|| {
            doc.lines
                .iter()
                .take(BODY_LINES)
                .filter(|l| !l.kind.is_content())
                .filter(named)
                .find_map(|l| plan_period(&compact(&l.text)))
        })
}

/// A line without spaces and tabs (titles are printed spaced out: `政 府 工 作 报 告`).
fn compact(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The title of the document a notice issues: `桐溪高新区管委会关于印发《桐溪高新技术产业开发区产业发展
/// 规划（2021—2025年）》的通知` → `桐溪高新技术产业开发区产业发展规划（2021—2025年）` (probes14
/// industrial_park_special_plan line 2); also without the title marks (`…关于印发琅川市重点产业链
/// 高质量发展三年行动计划（2026—2028年）的通知`, probes55 city_industrial_chain_plan_output_targets
/// line 2).
fn issued(title: &str) -> Option<&str> {
    static ISSUED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"关于印发(?:《(?P<doc>[^《》]{4,80})》|(?P<bare>[^《》：:，,。；;\s]{4,60}))的通知$",
        )
        .expect("valid regex")
    });
    // A report proposing to change a plan's targets is of the plan's years too (see
    // [`ADJUSTED`]).
    let c = ISSUED
        .captures(title)
        .or_else(|| ADJUSTED.captures(title))?;
    Some(c.name("doc").or_else(|| c.name("bare"))?.as_str())
}

/// The title of a year's plan: `…2026年国民经济和社会发展计划`, `…2026年度…计划（草案）`.
static ANNUAL_PLAN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:19|20)\d{2}年度?国民经济和社会发展计划(?:\(草案\)|（草案）)?$")
        .expect("valid regex")
});

/// A report proposing to change a plan's targets: `…关于提请审议调整《…第十五个五年规划和二〇三五年
/// 远景目标纲要》部分主要指标目标值的报告` (probes57 province_plan_midterm_target_adjustment lines
/// 4–5). It is of the plan's years, and reports outcomes up to the year before its date, as a
/// mid-term evaluation does.
static ADJUSTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"关于(?:提请审议)?(?:调整|修订|修改)《(?P<doc>[^《》]{4,80})》[^《》，。]{0,24}的(?:报告|说明|议案|决定)$",
    )
    .expect("valid regex")
});

fn is_title(s: &str) -> bool {
    // Only a marked title (`关于印发《…》的通知`) makes a title by itself: a bare one ends lines of
    // page metadata too (`文号：…成文日期：…关于印发…规划的通知`, probes24 city_eco_env_15th_plan_html).
    issued(s).is_some_and(|doc| s.contains(&format!("《{doc}》")))
        || PLAN_TITLE.is_match(s)
        || REPORT_TITLE.is_match(s)
        || POLICY_TITLE.is_match(s)
        || COMMUNIQUE_TITLE.is_match(s)
        || CENSUS_TITLE.is_match(s)
        || YEARBOOK_TITLE.is_match(s)
        || PERIODICAL_TITLE.is_match(s)
        || SPEECH_TITLE.is_match(s)
        || REPORT_QA_TITLE.is_match(s)
        || EXECUTION_REPORT_TITLE.is_match(s)
        || SITUATION_REPORT_TITLE.is_match(s)
        || ABOUT_REPORT.is_match(s)
}

/// A web page's breadcrumb (`首页>政务公开>政府工作报告`, probes15 province_gwr_2026 line 3) or its
/// controls (`【字体:大 中 小】 打印本页 关闭窗口`, probes18 city_14th_plan_toc_html_table): no title,
/// though it may end with one's words.
fn is_page_chrome(line: &str) -> bool {
    line.contains(['>', '＞', '›', '»'])
        || line.starts_with("当前位置")
        || line.starts_with("您的位置")
        || ["打印本页", "关闭窗口", "字体:", "字号:"]
            .iter()
            .any(|w| line.contains(w))
}

/// A document number on a line of its own: `琅政办发〔2022〕9号` (folded brackets too), printed
/// above a notice's title (probes15 city_health_14th_plan line 2).
static DOC_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\S{1,12}[〔\[【(（]\d{4}[〕\]】)）]第?\d{1,4}号$").expect("valid regex")
});

impl Meta {
    /// Whether the document reports a year's outcomes (a communiqué, a report on how a year's
    /// work went, one on how the economy ran: `2024年前三季度桐渊市经济运行情况`, probes21
    /// city_economy_jan_sep_2024), one on a plan's results (`汀澜市“十四五”规划实施成效新闻发布会`,
    /// probes22 city_14th_review_press_conference): a value no section or sentence speaks of as
    /// planned was achieved.
    pub fn reviews_its_year(&self) -> bool {
        self.is_communique()
            || (self.kind == DocKind::Other
                && self.title.as_deref().is_some_and(|t| {
                    (SITUATION_REPORT_TITLE.is_match(t) && !EXECUTION_REPORT_TITLE.is_match(t))
                        || reports_part_of_year(t)
                        || ["运行情况", "运行简况", "运行分析", "运行快报"]
                            .iter()
                            .any(|w| t.ends_with(w))
                        || t.contains("成效")
                        || t.contains("成就")
                }))
    }

    /// Whether the document speaks of its years as a work report does: a report, or an
    /// interpretation of one (`…就2027年《政府工作报告》答记者问`), or a department's report on
    /// past work and next year's plans ([`SUMMARY_AND_PLAN_TITLE`]) — the year before its own is
    /// reviewed, its own year planned.
    pub fn speaks_as_report(&self) -> bool {
        self.kind == DocKind::GovernmentWorkReport
            || (self.kind == DocKind::Other
                && self.period.is_some()
                && self.title.as_deref().is_some_and(|t| {
                    REPORT_QA_TITLE.is_match(t) || SUMMARY_AND_PLAN_TITLE.is_match(t)
                }))
    }

    /// Whether the document is a speech at a meeting, dated: `今年` is its year, `明年` the next.
    pub fn is_speech(&self) -> bool {
        self.kind == DocKind::Other
            && self.period.is_some()
            && self
                .title
                .as_deref()
                .is_some_and(|t| SPEECH_TITLE.is_match(t))
    }

    /// Whether the document is a plan of its own period other than a five-year plan: titled as a
    /// plan (`…规划`, `…纲要`, `…计划`, `…方案`) with its years (`（2026—2035年）`).
    pub fn is_plan(&self) -> bool {
        self.kind == DocKind::Other
            && self
                .period
                .as_ref()
                .is_some_and(|p| p.start_year < p.end_year)
            && self.title.as_deref().is_some_and(|t| {
                let t = issued(t).unwrap_or(t);
                // `…规划（2026—2035年）`: the years after the name (digits are not alphabetic).
                let t = t.trim_end_matches(|c: char| !c.is_alphabetic() || c == '年');
                ["规划", "纲要", "计划", "方案"]
                    .iter()
                    .any(|w| t.ends_with(w))
            })
    }

    /// Whether the document is a statistical communiqué (`…国民经济和社会发展统计公报`): its values
    /// are the outcomes of its year (probes9 city_statistical_communique_2023).
    pub fn is_communique(&self) -> bool {
        self.kind == DocKind::Other
            && self.title.as_deref().is_some_and(|t| {
                COMMUNIQUE_TITLE.is_match(t)
                    || CENSUS_TITLE.is_match(t)
                    || YEARBOOK_TITLE.is_match(t)
                    || PERIODICAL_TITLE.is_match(t)
            })
    }
}

/// Any other document title: a short opening line that names a kind of document
/// (`某市“十四五”时期科技创新规划`, `某县乡村振兴实施方案`).
static GENERIC_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^[^，。；;:：《》\s]{{4,60}}(?:规划|计划|纲要|工作报告|意见|方案|决定|工作总结|工作安排|工作要点|工作打算|工作思路|运行情况|运行简况|运行分析|运行快报|绩效目标|新闻发布会(?:实录)?|会议纪要|预算情况说明|编制说明)(?:{YEAR_RANGE})?$"
    ))
    .expect("valid regex")
});

/// A plan's years in brackets, `（2018—2022年）` (folded: `(2018—2022年)`), first and last year
/// captured.
const YEAR_RANGE: &str = r"[(（](\d{4})[—–\-~至]+(\d{4})年?[)）]";

/// The years a plan's title gives in brackets: `某市乡村振兴战略规划（2018—2022年）` (folded: `(`),
/// `…数字经济高质量发展实施方案（2026—2030年）`.
static TITLE_YEARS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?:规划|计划|纲要|方案){YEAR_RANGE}$")).expect("valid regex")
});

/// A plan of three to six years named by its years in the title (a 5-year special plan): its
/// period, named as the title writes it.
fn title_years(title: &str) -> Option<Period> {
    bracketed_years(title).filter(|p| (3..=6).contains(&(p.end_year - p.start_year + 1)))
}

/// The years a report's title gives in brackets: `…关于全县脱贫攻坚工作情况的报告（2016—2020年）`
/// (probes60 county_poverty_alleviation_13th_review_2020 lines 2–3).
fn report_years(title: &str) -> Option<Period> {
    static REPORT_YEARS: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(&format!(r"(?:报告|总结){YEAR_RANGE}$")).expect("valid regex"));
    years_of(REPORT_YEARS.captures(title)?)
}

/// The years in brackets at the end of a plan's title, any number of them.
fn bracketed_years(title: &str) -> Option<Period> {
    years_of(TITLE_YEARS.captures(title)?)
}

/// The period of a [`YEAR_RANGE`]'s first and last year, when the first comes first.
fn years_of(c: regex::Captures) -> Option<Period> {
    let (start, end): (i32, i32) = (c[1].parse().ok()?, c[2].parse().ok()?);
    (start < end).then(|| Period {
        name: format!("{start}—{end}"),
        start_year: start,
        end_year: end,
    })
}

/// A plan named by its period rather than its ordinal: `“十四五”…规划`, `“十五”计划纲要`; the title
/// ends as a plan's does (`…“十四五”规划实施成效新闻发布会` is no plan: probes22
/// city_14th_review_press_conference line 2).
static PERIOD_PLAN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[“\x22]?十[一二三四五六七八九]?五[”\x22]?.{0,30}(?:规划|计划)(?:纲要)?(?:\(草案\))?(?:的通知)?$")
        .expect("valid regex")
});

/// The title: one to three consecutive opening lines that join to a title shape. A line running
/// into body text (national 十二五: `…规划纲要,根据《…`) is cut at its first comma.
fn find_title(opening: &[String]) -> Option<String> {
    for i in 0..opening.len() {
        let mut joined = String::new();
        for (j, line) in opening.iter().enumerate().skip(i).take(3) {
            if is_page_chrome(line) || DOC_NUMBER.is_match(line) {
                break;
            }
            joined.push_str(if joined.is_empty() {
                without_label(line)
            } else {
                line
            });
            let head = joined.split([',', '，', '。']).next().unwrap_or("");
            // `…规划纲要实施情况的报告` on one line: a report on a plan.
            if without_tail(head).len() < head.len() {
                return Some(head.to_string());
            }
            if is_title(head) {
                // `…第十五个五年规划纲要` / `实施情况中期评估报告` (probes28
                // county_plan_midterm_evaluation_2028 lines 1–2): the report on the plan; a
                // report's years under it (`…关于全县脱贫攻坚工作情况的报告` / `（2016—2020年）`,
                // probes60 county_poverty_alleviation_13th_review_2020 lines 2–3).
                return Some(match opening.get(j + 1) {
                    Some(tail)
                        if head.len() == joined.len()
                            && (TITLE_TAIL.is_match(tail)
                                || VISION_TAIL.is_match(tail)
                                || YEARS_LINE.is_match(tail)) =>
                    {
                        format!("{head}{tail}")
                    }
                    _ => head.to_string(),
                });
            }
            if head.len() < joined.len() {
                break;
            }
        }
    }
    let i = opening
        .iter()
        .take(5)
        .position(|l| !is_page_chrome(l) && GENERIC_TITLE.is_match(without_label(l)))?;
    let title = without_label(&opening[i]);
    // `青岫县脱贫攻坚规划` / `（2016—2020年）` (probes12 poverty_alleviation_plan_2016): the
    // plan's years printed under its name belong to the title.
    match opening.get(i + 1) {
        Some(years) if YEARS_LINE.is_match(years) => Some(format!("{title}{years}")),
        _ => Some(title.to_string()),
    }
}

/// The second line of a title naming what is said of the document on its first line: an
/// evaluation or report on a plan (`实施情况中期评估报告`, `执行情况的报告`).
static TITLE_TAIL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"^{REPORT_ON_PLAN}$")).expect("valid regex"));

/// What is said of a plan after its title: `实施情况中期评估报告`, `执行情况的报告`.
const REPORT_ON_PLAN: &str =
    r"(?:实施|执行)?(?:情况)?(?:的)?(?:中期|终期|总结)?(?:评估|总结)?(?:报告|评估)";

/// The rest of a plan's title on its second line, with what is said of the plan:
/// `…第十四个五年规划` / `和二〇三五年远景目标纲要实施情况中期评估报告` (probes48
/// province_plan_midterm_evaluation_table lines 1–2).
static VISION_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^和(?:二〇三五|二○三五|2035)年远景目标纲要(?:{REPORT_ON_PLAN})?$"
    ))
    .expect("valid regex")
});

/// A title without the tail [`find_title`] joined to it when the tail reports on carrying the
/// plan out: `…规划纲要实施情况中期评估报告` → the plan's title (a `…计划执行情况的报告` is a
/// report of its own kind).
fn without_tail(title: &str) -> &str {
    title
        .char_indices()
        .map(|(b, _)| b)
        .filter(|&b| b > 0)
        .find(|&b| {
            title[b..].starts_with("实施")
                && TITLE_TAIL.is_match(&title[b..])
                && is_title(&title[..b])
        })
        .map_or(title, |b| &title[..b])
}

/// A web page's label before a title, taken off: `图解:2025年鹭川市政府工作报告`, `【实录】汀澜市
/// “十四五”规划实施成效新闻发布会`, `一图读懂｜2026年棠溪市政府工作报告` (probes22
/// city_gwr_2025_infographic line 2, city_14th_review_press_conference line 2; probes47
/// city_portal_infographic_gwr_2026 line 2).
///
/// So is a post's call around it: `重磅！鹭栖镇2026年政府工作报告全文来了👉` (probes61
/// township_gwr_2026_short_lines_wechat line 1).
fn without_label(line: &str) -> &str {
    static LABEL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:【[^】]{1,6}】|\p{Han}{2,4}[:：|｜丨!！])").expect("valid regex")
    });
    static CALL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:全文来了|全文发布|全文|来了)?[!！]*[\p{So}\x{FE0F}\x{1F3FB}-\x{1F3FF}]*$")
            .expect("valid regex")
    });
    let line = LABEL.find(line).map_or(line, |m| &line[m.end()..]);
    CALL.find(line).map_or(line, |m| &line[..m.start()])
}

/// A line of a plan's years alone: `（2016—2020年）` (folded: `(2016—2020年)`).
static YEARS_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"^{YEAR_RANGE}$")).expect("valid regex"));

fn find_region(titles: &[&str], opening: &[String]) -> Option<String> {
    let from_title = titles.iter().find_map(|t| {
        PLAN_TITLE
            .captures(t)
            .or_else(|| REPORT_TITLE.captures(t))
            .or_else(|| COMMUNIQUE_TITLE.captures(t))
            .and_then(|c| c.name("region").map(|m| m.as_str().to_string()))
            .or_else(|| t.split("关于").next().map(str::to_string))
            .as_deref()
            .and_then(as_region)
    });
    if from_title.is_some() {
        return from_title;
    }
    if opening.iter().any(|l| NATIONAL_CONGRESS.is_match(l)) {
        return Some(NATIONAL_REGION.to_string());
    }
    address_lines(opening).find_map(|l| ADDRESS.captures(&l).and_then(|c| as_region(&c["body"])))
}

/// The opening's lines each joined with the next: an address line wrapped in two
/// (`——2023年2月12日在峒溪苗族侗族自治州第十五届人民` / `代表大会第一次会议上`, probes66
/// prefecture_gwr_2023_ordinary lines 2–3) reads whole.
fn address_lines(opening: &[String]) -> impl Iterator<Item = String> + '_ {
    opening
        .iter()
        .enumerate()
        .map(|(i, l)| match opening.get(i + 1) {
            Some(next) => format!("{l}{next}"),
            None => l.clone(),
        })
}

/// The administrative unit a title prefix names, or the country for national issuers.
fn as_region(s: &str) -> Option<String> {
    if NATIONAL_ISSUERS.iter().any(|n| s.starts_with(n)) {
        return Some(NATIONAL_REGION.to_string());
    }
    let s = s.trim_end_matches("人民政府");
    (s.chars().count() >= 2 && ADMIN_SUFFIXES.iter().any(|suf| s.ends_with(suf)))
        .then(|| s.to_string())
}

fn find_period(kind: DocKind, title: Option<&str>, opening: &[String]) -> Option<Period> {
    match kind {
        DocKind::FiveYearPlan => title.and_then(|t| {
            plan_period(t)
                .or_else(|| named_period(t))
                .or_else(|| title_years(t))
        }),
        DocKind::GovernmentWorkReport => report_year(title, opening).map(Period::year),
        // A Q&A page on a work report is of the report's year.
        DocKind::Other if let Some(c) = title.and_then(|t| REPORT_QA_TITLE.captures(t)) => c
            .name("y1")
            .or_else(|| c.name("y2"))
            .and_then(|y| year_of(y.as_str()))
            .map(Period::year),
        // A report on past work and next year's plans is of the year it plans.
        DocKind::Other if let Some(c) = title.and_then(|t| SUMMARY_AND_PLAN_TITLE.captures(t)) => {
            year_of(&c["year"]).map(Period::year)
        }
        // Minutes (`区政府第12次常务会议纪要`, probes43 district_meeting_minutes_task_assignment)
        // are of the year their opening's date names.
        DocKind::Other if title.is_some_and(|t| t.ends_with("纪要")) => {
            opening_year(opening, &DATED).map(Period::year)
        }
        // A speech is of the year its opening's date line names.
        DocKind::Other if title.is_some_and(|t| SPEECH_TITLE.is_match(t)) => {
            opening_year(opening, &DATE_LINE).map(Period::year)
        }
        // A statistics periodical is of the year its title or its issue line names, else the
        // year it was printed.
        DocKind::Other if let Some(c) = title.and_then(|t| PERIODICAL_TITLE.captures(t)) => c
            .name("year")
            .and_then(|y| year_of(y.as_str()))
            .or_else(|| opening_year(opening, &ISSUE_LINE))
            .or_else(|| opening_year(opening, &DATED))
            .map(Period::year),
        // Any other: a plan titled with its years, however many (`某市国土空间总体规划（2021—2035
        // 年）`, probes15 prefecture_territorial_spatial_plan), or named by a plan period
        // (`关于印发“十四五”节能减排综合工作方案的通知`, probes18 national_energy_saving_special_plan):
        // that period. A yearbook reports the year before its edition; a communiqué the year its
        // title names; so does any other document whose title names one year
        // (`某县2023年上半年经济运行情况和下半年工作安排`).
        DocKind::Other => title.and_then(|t| {
            // A notice issuing a plan is of the plan's years (`…关于印发《…实施方案（2026—2030
            // 年）》的通知`, probes50 city_plan_annual_targets_breakdown lines 1–2).
            bracketed_years(issued(t).unwrap_or(t))
                .or_else(|| census_year(t).map(Period::year))
                .or_else(|| report_years(t))
                .or_else(|| named_period(t))
                .or_else(|| yearbook_year(t))
                .or_else(|| {
                    COMMUNIQUE_TITLE
                        .captures(t)
                        .and_then(|c| year_of(c.name("year")?.as_str().trim_end_matches('年')))
                        .or_else(|| only_year(t))
                        .map(Period::year)
                })
        }),
    }
}

/// The year a statistical yearbook's figures are of: the year before its edition's.
fn yearbook_year(title: &str) -> Option<Period> {
    let c = YEARBOOK_TITLE.captures(title)?;
    let edition = c.name("y1").or_else(|| c.name("y2"))?;
    Some(Period::year(year_of(edition.as_str())? - 1))
}

/// The one year a title names, when it names exactly one (`2023年上半年…`; not `2022年工作总结及
/// 2023年工作安排`).
fn only_year(title: &str) -> Option<i32> {
    static YEAR: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?:^|\D)((?:19|20)\d{2})年").expect("valid regex"));
    let mut years = YEAR.captures_iter(title).filter_map(|c| c[1].parse().ok());
    let first = years.next()?;
    years.all(|y: i32| y == first).then_some(first)
}

/// The plan period a title names by its short name: `某自治州“十四五”生态环境保护规划` → 十四五.
fn named_period(title: &str) -> Option<Period> {
    let m = PERIOD_NAME.captures(title)?;
    plan_period_by_ordinal(crate::numerals::chinese_to_u32(m.get(1)?.as_str())?)
}

/// `十四五`, `“十三五”` in a title (not the 十五 of a longer numeral: `二十五`).
static PERIOD_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^一二三四五六七八九十])(十[一二三四五六七八九]?)五").expect("valid regex")
});

/// `第十二个五年规划` → 十二五, 2011–2015. From the third plan (1966) on, plans run in
/// consecutive five-year blocks.
fn plan_period(title: &str) -> Option<Period> {
    let c = PLAN_ORDINAL.captures(title)?;
    let n = chinese_to_u32(&c["n"])?;
    let p = plan_period_by_ordinal(n)?;
    Some(p)
}

/// The period of the `n`th five-year plan, named as plans name themselves (十五, 十二五, 十五五).
pub fn plan_period_by_ordinal(n: u32) -> Option<Period> {
    if !(3..=30).contains(&n) {
        return None;
    }
    let start = 1966 + 5 * (n as i32 - 3);
    Some(Period {
        name: format!("{}五", crate::numerals::u32_to_chinese(n)),
        start_year: start,
        end_year: start + 4,
    })
}

/// A report's year: from its title (`2003年政府工作报告`) or its address line.
fn report_year(title: Option<&str>, opening: &[String]) -> Option<i32> {
    if let Some(y) = title.and_then(|t| REPORT_TITLE.captures(t)).and_then(|c| {
        c.name("year")
            .or_else(|| c.name("year2"))
            .map(|m| m.as_str().to_string())
    }) {
        return year_of(y.trim_end_matches('年'));
    }
    address_lines(opening).find_map(|l| year_of(&ADDRESS.captures(&l)?["year"]))
}

/// A year in Arabic digits or in Chinese numerals written digit by digit: `2023`, `一九九八`.
fn year_of(digits: &str) -> Option<i32> {
    digits
        .parse()
        .ok()
        .or_else(|| crate::numerals::chinese_to_u32(digits).and_then(|y| i32::try_from(y).ok()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(text: &str) -> Meta {
        read(&Normalized::new(text.to_string()))
    }

    /// A yearbook reports the year before its edition (probes41
    /// county_statistics_yearbook_excerpt_2025); a speech is dated by its opening's date line
    /// (probes40 county_leader_speech_economic_work_2026).
    #[test]
    fn yearbooks_and_speeches_are_dated() {
        let m = meta("栖梧统计年鉴·2026\n\n第一部分　综合\n");
        assert!(m.is_communique());
        assert_eq!(m.period.map(|p| p.end_year), Some(2025));
        let m = meta("在县委经济工作会议上的讲话\n（2025年12月26日）\n中共柘岗县委书记　沈立群\n");
        assert!(m.is_speech());
        assert_eq!(m.period.map(|p| p.start_year), Some(2025));
        assert!(!meta("在县委经济工作会议上的讲话\n同志们：\n").is_speech());
    }

    #[test]
    fn plan_title_wrapped_and_spaced() {
        let m =
            meta("\n\n**某自治区国民经济和社会发展  \n第十三个五年规划纲要**\n\n**2016年5月**\n");
        assert_eq!(
            m.title.as_deref(),
            Some("某自治区国民经济和社会发展第十三个五年规划纲要")
        );
        assert_eq!(m.kind, DocKind::FiveYearPlan);
        assert_eq!(m.region.as_deref(), Some("某自治区"));
        let p = m.period.unwrap();
        assert_eq!(
            (p.name.as_str(), p.start_year, p.end_year),
            ("十三五", 2016, 2020)
        );
    }

    #[test]
    fn resolution_before_title_is_skipped() {
        let m = meta(
            "某地区人大工作委员会2016年第一次会议关于\n某地区国民经济和社会发展第十三个五年规划纲要的决议\n(2016年3月25日通过)\n正文。\n某地区国民经济和社会发展第十三个\n\n五年规划纲要\n",
        );
        assert_eq!(
            m.title.as_deref(),
            Some("某地区国民经济和社会发展第十三个五年规划纲要")
        );
        assert_eq!(m.region.as_deref(), Some("某地区"));
    }

    #[test]
    fn report_from_address_line() {
        let m = meta(
            "某市第十八届人民代表大会\n\n第三次会议文件（13）\n\n政府工作报告\n\n—2023年1月12日在某市第十八届人民代表大会第三次会议上\n",
        );
        assert_eq!(m.title.as_deref(), Some("政府工作报告"));
        assert_eq!(m.kind, DocKind::GovernmentWorkReport);
        assert_eq!(m.region.as_deref(), Some("某市"));
        assert_eq!(m.period.unwrap().start_year, 2023);
    }

    #[test]
    fn a_plan_named_by_its_period() {
        let m = meta("某自治州“十四五”生态环境保护规划\n\n一、规划背景\n");
        assert_eq!(m.kind, DocKind::FiveYearPlan);
        let p = m.period.expect("a period");
        assert_eq!(
            (p.name.as_str(), p.start_year, p.end_year),
            ("十四五", 2021, 2025)
        );
        let m = meta("某市“十五”计划纲要\n");
        assert_eq!(m.period.map(|p| p.start_year), Some(2001));
    }

    /// probes9 county_gwr_2022_uppercase: the region before the year, the address line wrapped.
    #[test]
    fn report_title_with_the_region_first() {
        let m = meta(
            "某某县2022年政府工作报告\n——2022年1月18日在某某县第十八届人民代表\n大会第一次会议上\n",
        );
        assert_eq!(m.kind, DocKind::GovernmentWorkReport);
        assert_eq!(m.region.as_deref(), Some("某某县"));
        assert_eq!(m.period.map(|p| p.start_year), Some(2022));
    }

    /// probes15: a web page's breadcrumb ending with a title's words, a document number above a
    /// notice's title, and the title of a plan execution report over two lines.
    #[test]
    fn breadcrumbs_document_numbers_and_execution_reports() {
        let m = meta(
            "政府工作报告_某省人民政府门户网站\n\n首页 > 政务公开 > 政府工作报告\n\n**政府工作报告**\n\n——2026年1月18日在某省第十四届人民代表大会第五次会议上\n",
        );
        assert_eq!(m.title.as_deref(), Some("政府工作报告"));
        assert_eq!(m.period.map(|p| p.end_year), Some(2026));
        let m = meta(
            "某市人民政府办公室文件\n某政办发〔2022〕9号\n\n某市人民政府办公室关于印发某市卫生健康事业\n发展“十四五”规划的通知\n",
        );
        assert_eq!(
            m.title.as_deref(),
            Some("某市人民政府办公室关于印发某市卫生健康事业发展“十四五”规划的通知")
        );
        let m = meta(
            "关于某县2025年国民经济和社会发展计划执行情况\n与2026年国民经济和社会发展计划草案的报告\n\n——2026年1月9日在某县第十八届人民代表大会第五次会议上\n\n各位代表：\n",
        );
        assert_eq!(
            m.title.as_deref(),
            Some(
                "关于某县2025年国民经济和社会发展计划执行情况与2026年国民经济和社会发展计划草案的报告"
            )
        );
        assert_eq!(m.kind, DocKind::GovernmentWorkReport);
        assert_eq!(m.period.map(|p| p.end_year), Some(2026));
    }

    /// probes10 rural_revitalization_plan_boxes: a plan named by its years.
    #[test]
    fn a_plan_named_by_its_years() {
        let m = meta("某某市乡村振兴战略规划（2018—2022年）\n中共某某市委\n");
        assert_eq!(m.kind, DocKind::FiveYearPlan);
        let p = m.period.expect("period");
        assert_eq!(
            (p.name.as_str(), p.start_year, p.end_year),
            ("2018—2022", 2018, 2022)
        );
        // A plan of other length is no five-year plan, but its years are its period (probes15
        // prefecture_territorial_spatial_plan), not the last of them alone.
        let m = meta("某某市国土空间总体规划（2021—2035年）\n");
        assert_eq!(m.kind, DocKind::Other);
        assert_eq!(
            m.period.map(|p| (p.start_year, p.end_year)),
            Some((2021, 2035))
        );
        // The years on a line of their own under the name.
        let m = meta("某某县脱贫攻坚规划\n（2016—2020年）\n\n某某县人民政府\n");
        assert_eq!(m.title.as_deref(), Some("某某县脱贫攻坚规划(2016—2020年)"));
        assert_eq!(m.period.map(|p| p.end_year), Some(2020));
    }

    /// probes9 city_statistical_communique_2023: the year's outcomes.
    #[test]
    fn statistical_communiques_report_their_year() {
        let m = meta("某某市2023年国民经济和社会发展统计公报\n某某市统计局\n");
        assert_eq!(m.kind, DocKind::Other);
        assert!(m.is_communique());
        assert_eq!(m.region.as_deref(), Some("某某市"));
        assert_eq!(
            m.period.map(|p| (p.start_year, p.end_year)),
            Some((2023, 2023))
        );
        assert!(!meta("某某市“十四五”生态环境保护规划\n").is_communique());
    }

    /// probes56 city_statistics_monthly_report_oct_2026 lines 1–4: a bureau's periodical, its
    /// title spaced out, dated by its issue line.
    #[test]
    fn statistics_periodicals_report_their_year() {
        let m = meta(
            "栖梧市统计局\n统  计  月  报\n2026年第10期（总第214期）\n栖梧市统计局编印    2026年11月18日\n",
        );
        assert_eq!(m.title.as_deref(), Some("栖梧市统计局统计月报"));
        assert!(m.is_communique());
        assert_eq!(
            m.period.map(|p| (p.start_year, p.end_year)),
            Some((2026, 2026))
        );
    }

    #[test]
    fn report_titles_with_the_year_in_chinese_numerals() {
        let m = meta("一九九八年政府工作报告\n\n各位代表:\n");
        assert_eq!(m.kind, DocKind::GovernmentWorkReport);
        assert_eq!(m.period.map(|p| p.start_year), Some(1998));
    }

    #[test]
    fn address_lines_without_a_day_or_in_chinese_numerals() {
        for (text, year) in [
            (
                "# 政府工作报告\n\n## ——2025年1月在某区第五届人民代表大会第五次会议上\n",
                2025,
            ),
            (
                "政府工作报告\n\n——二〇二四年一月十五日在某县第十八届人民代表大会第四次会议上\n",
                2024,
            ),
            (
                "政府工作报告\n\n——一九九八年三月五日在某省第九届人民代表大会第一次会议上\n",
                1998,
            ),
        ] {
            let m = meta(text);
            assert_eq!(m.kind, DocKind::GovernmentWorkReport, "{text}");
            assert_eq!(m.period.map(|p| p.start_year), Some(year), "{text}");
            assert!(m.region.is_some_and(|r| r.starts_with('某')), "{text}");
        }
    }

    #[test]
    fn other_titles_by_shape() {
        let m = meta("某市“十四五”时期科技创新规划\n\n(2021年6月)\n\n一、发展基础\n");
        assert_eq!(m.title.as_deref(), Some("某市“十四五”时期科技创新规划"));
        assert_eq!(m.kind, DocKind::FiveYearPlan);
        assert_eq!(m.region.as_deref(), None);
        let m = meta("这是一段正文,不是标题。\n");
        assert_eq!(m.title, None);
        // probes11 development_zone_report_2022: a zone's summary and plan.
        let m = meta("某某经济技术开发区2022年工作总结及2023年工作安排\n某某管理委员会\n");
        assert_eq!(
            m.title.as_deref(),
            Some("某某经济技术开发区2022年工作总结及2023年工作安排")
        );
        assert_eq!(m.kind, DocKind::Other);
        // It speaks as a work report does, of the year it plans (session 17).
        assert_eq!(m.period.as_ref().map(|p| p.start_year), Some(2023));
        assert!(m.speaks_as_report());
        // probes63 county_civil_affairs_elderly_care_review_2026 lines 1–2: a period reviewed,
        // a year planned.
        let m = meta("青岚县民政局\n关于“十四五”时期民政工作情况和2026年工作安排的报告\n");
        assert_eq!(
            m.period.as_ref().map(|p| (p.start_year, p.end_year)),
            Some((2026, 2026))
        );
        assert!(m.speaks_as_report());
        // Census bulletins are of their census year (probes67 city_population_census_bulletin_2020).
        let m = meta("晗州市第七次全国人口普查公报\n\n晗州市统计局\n2021年5月26日\n");
        assert_eq!(m.period.as_ref().map(|p| p.start_year), Some(2020));
        assert!(m.reviews_its_year());
        assert_eq!(census_year("某省第六次全国人口普查公报"), Some(2010));
        assert_eq!(
            census_year("某市第五次全国经济普查公报（第一号）"),
            Some(2023)
        );
        // A report on half a year's plan reviews that year (probes67
        // city_congress_midyear_plan_execution_review_2025 lines 3–4).
        let m = meta("关于栖川市2025年上半年国民经济和社会发展\n计划执行情况的报告\n");
        assert_eq!(m.period.as_ref().map(|p| p.start_year), Some(2025));
        assert!(m.reviews_its_year());
        // A plan of work alone is no such report.
        assert!(!meta("某县2026年工作要点\n").speaks_as_report());
        // probes14 county_half_year_report_2023: one year named, the document's.
        let m = meta("某某县2023年上半年经济运行情况和下半年工作安排\n");
        assert_eq!(m.period.map(|p| p.end_year), Some(2023));
    }

    /// A document whose title line is missing (cut off by the converter, or a partial copy):
    /// the kind and period come from its body.
    #[test]
    fn untitled_documents_read_kind_and_period_from_the_body() {
        // 001 without its title: the preface names the plan.
        let m = meta(
            "(2021 年 1 月 18 日某市第十七届人民代表大会第六次会议通过)\n\n目 录\n\n第一章 发展基础和环境\n\n“十四五”时期是我国全面建成小康社会之后的第一个五年。科学编制和实施好《某市国民经济和社会发展的第十四个五年规划和2035年远景目标纲要》,具有十分重要的意义。\n",
        );
        assert_eq!(m.title, None);
        assert_eq!(m.kind, DocKind::FiveYearPlan);
        let p = m.period.unwrap();
        assert_eq!((p.name.as_str(), p.start_year), ("十四五", 2021));
        // A report without its title still addresses the congress.
        let m = meta(
            "—2023年1月12日在某市第十八届人民代表大会第三次会议上\n\n各位代表:\n\n现在,我代表市人民政府向大会报告工作。\n",
        );
        assert_eq!(m.kind, DocKind::GovernmentWorkReport);
        assert_eq!(m.period.unwrap().start_year, 2023);
        // Body text that names neither stays `other`; a plan mentioned in a titled opinion does
        // not make it a plan.
        assert_eq!(meta("这是一段正文,不是标题。\n").kind, DocKind::Other);
        let m =
            meta("某省人民政府关于加快发展的意见\n\n按照第十四个五年规划的部署,现提出如下意见。\n");
        assert_eq!(m.kind, DocKind::Other);
    }

    #[test]
    fn tenth_plan_is_shi_wu() {
        let p = plan_period_by_ordinal(10).unwrap();
        assert_eq!((p.name.as_str(), p.start_year), ("十五", 2001));
        assert_eq!(plan_period_by_ordinal(15).unwrap().name, "十五五");
    }
}
