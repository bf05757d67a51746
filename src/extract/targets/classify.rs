//! What a value is (kind), how firm (comparator), planned or achieved (status), and whether the
//! text calls it 约束性 or 预期性 (binding) — each from the words around the value.

use crate::extract::numbers::{Amount, Form, Quantity};
use crate::model::{Binding, Comparator, Status, TargetKind};
use regex::Regex;
use std::sync::LazyLock;

/// Growth predicates: `增长`, `提高`, `下降` (a relative change when the unit is % or 倍); an
/// infographic's arrows (`一般公共预算收入 12.3亿元 ↑5.2%`, probes44 county_gwr_2026_wechat_article
/// line 18).
static GROWTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"增长|增加|增幅|增速|提高|提升|下降|降低|减少|递增|递减|压减|翻|↑|↓")
        .expect("valid regex")
});

/// A growth verb that names the level reached, not the growth: `提高到75%`, `增加到2002年的176万
/// 公里`, `降至`.
static REACHES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:到|至)[ \t]*(?:(?:19|20)\d{2}[ \t]*年(?:底|末)?的?)?[ \t]*(?:近|约|超过|超)?[ \t]*$",
    )
    .expect("valid regex")
});

/// Indicators that are rates or shares by name: `失业率`, `比重`, `覆盖率`.
static RATE_NAME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:率|比重|比例|占比|指数|系数|份额)$").expect("valid regex"));

/// Whether an indicator names a rate or share (`办结率`, `第三产业比重`).
pub fn names_a_rate(indicator: &str) -> bool {
    RATE_NAME.is_match(indicator.trim_end())
}

/// Units of discrete things counted (`个`, `家`, `件`, `人`, with or without 万, 千 or 亿), in prose
/// and in tables alike.
static COUNT_UNIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:万|亿|千|百)?(?:个|件|家|项|所|座|条|处|户|名|批|批次|次|套|台|辆|张|艘|架|人|人次|栋|间|宗|部|场|场次|份|列|支|起|盏|对|块)$",
    )
    .expect("valid regex")
});

/// Whether a unit counts discrete things (`个`, `家`, `万人`) rather than measuring an amount.
pub fn is_count_unit(unit: &str) -> bool {
    COUNT_UNIT.is_match(unit)
}

/// Words that make a target: plans and intentions. `拟` (proposed: gwr_2003 line 186
/// `今年拟发行1400亿元长期建设国债`, a budget's `赤字率拟按3%安排`) outweighs a `比上年` in the same
/// sentence, which there compares with last year's budget; 模拟, 虚拟, 草拟, 比拟 are no proposal.
/// A budget compared with last year's outcome (`收入预算安排19.5亿元，比上年执行数增长4.8%`, probes47
/// county_gwr_2027_budget_section line 79) is the coming year's.
/// `争取上级项目资金1560万元` (probes5 township report line 17, a review) secured funds: `争取` before
/// `到` or a funder (上级, 中央, 国家, 省, 市, 各类) is left to the section, as planned or achieved;
/// so is `全年争取` (`全年争取新增政府债券8.6亿元` in a budget's review, probes55
/// county_budget_execution_report_2025_final line 48).
static TARGET_CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"力争|确保|比上年执行数|(?:^|[^年]|[^全]年)争取(?:[^到上中国省市各]|$)|预期目标|目标是|目标为|目标(?:由|从)|目标[^，。；,;]{0,8}?(?:调整|上调|下调)[为至到]|目标值?保持|提出到|主要目标|规划目标|努力实现|计划到|计划在|规划到|将达|要达到|由[^，。；,;]{1,30}牵头|(?:^|[^提])前完成|(?:^|[^模虚草比])拟(?:[按将]|安排|发行|新增|投入|实施|建设|用|下达|增加|提高|达到)",
    )
    .expect("valid regex")
});

/// Words that make an achievement or estimate; `报告显示` reports a report's outcomes
/// (`报告显示，2025年全市地区生产总值达到2865.3亿元`, probes56 newspaper_report_on_city_gwr_2026
/// line 15).
static ACTUAL_CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"预计全年|全年实现|已经|已达|已建成|已全部|已完工|已开工|已完成|已竣工|截至|截止|过去|一年来|(?:报告|数据|统计)显示")
        .expect("valid regex")
});

/// Words that mostly report an achievement but also occur in plans: a comparison with last year
/// (`比上年增长8%` in a review; `一般公共预算支出规模28.5万亿元、比上年增加1.1万亿元` under a
/// 总体要求 title) and a running total (`累计完成固定资产投资1500亿元` in a 主要目标 section). A
/// section title about plans outweighs them.
static WEAK_ACTUAL_CUE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"比上年|同比|较上年|累计完成").expect("valid regex"));

/// Section titles of achievements (发展基础, 规划基础, 发展现状, 工作回顾) and of plans (发展目标,
/// 工作安排, a budget's `2027年财政预算草案`: probes47 county_gwr_2027_budget_section line 77).
///
/// A task done speaks of the past (`（四）主要污染物减排任务超额完成`, probes65
/// county_ecology_environment_bureau_summary_2025_plan_2026 line 23).
///
/// 基础 speaks of the past only as the title's subject (`发展基础和发展环境`, `“十二五”时期发展基础`,
/// `发展的基础`), not inside a task (`夯实经济发展基础`, `交通基础设施`, `提升县域基础教育…`).
static ACTUAL_SECTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:\S{0,12}时期)?(?:发展|现实|规划)的?基础(?:$|和|与)|现状|工作回顾|回顾|成就|成绩|过去五年|过去一年|进展情况|完成情况|执行情况|开展情况|运行情况|落实情况|中期评估|基本情况|概况|工作总结|^(?:省|市|县|区|州|盟|旗)情$|(?:超额|全面|圆满|顺利|如期)完成$",
    )
    .expect("valid regex")
});
static TARGET_SECTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"目标|工作安排|主要任务|总体要求|展望|远景|预期|任务|^今年|^明年|预算草案|预算\(草案\)",
    )
    .expect("valid regex")
});

/// An indicator that is itself a growth: `经济增长预期目标`, `工业增速`, `经济增长速度`.
static GROWTH_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:增长|增速|增长速度)(?:的)?(?:预期目标|目标|预期)?$").expect("valid regex")
});

/// The kind of a value. `between` is the text from the indicator to the value (`年均增长`,
/// `比“十一五”末增加了`).
///
/// 000: `全市生产总值年均增长21.9%` → annual_growth; `达到270亿元` → level; `2.1:46.7:51.2` →
/// ratio; 004: `高于全国平均水平3个百分点` → change; `城镇登记失业率控制在3.8%` → rate.
pub fn kind(q: &Quantity, indicator: &str, between: &str) -> TargetKind {
    if matches!(q.amount, Amount::Ratio(_)) {
        return TargetKind::Ratio;
    }
    if q.form == Form::Points {
        return TargetKind::Change;
    }
    let relative = matches!(q.form, Form::Percent | Form::Multiple | Form::PerMille);
    if GROWTH.is_match(between) && !REACHES.is_match(between) {
        // An amount grown by (`平均每年增加2053亿元`, gwr_2003_national line 18) is an absolute
        // change, yearly or not; only a relative rise (%, 倍) is a growth rate.
        if !relative {
            return TargetKind::Change;
        }
        if between.contains("年均") || between.contains("平均每年") {
            return TargetKind::AnnualGrowth;
        }
        return TargetKind::Growth;
    }
    // `高于全国平均水平`: a difference to something named; a bare `超过90%` is a bound.
    if super::indicator::is_comparison(between) && !is_bare_bound(between) {
        return TargetKind::Change;
    }
    // `经济增长预期目标为7%左右` (national 2003): the indicator itself names a growth.
    if relative && GROWTH_NAME.is_match(indicator) {
        return TargetKind::Growth;
    }
    if matches!(q.form, Form::Percent | Form::PerMille) || RATE_NAME.is_match(indicator) {
        return TargetKind::Rate;
    }
    if q.form == Form::Multiple {
        return TargetKind::Growth;
    }
    let counted = q.unit.as_deref().is_some_and(|u| COUNT_UNIT.is_match(u));
    if counted && !indicator.starts_with('每') && !indicator.ends_with("人口") {
        return TargetKind::Count;
    }
    TargetKind::Level
}

/// A comparator word alone before the value (`超过`, `高于`): a bound on a level, not a change.
fn is_bare_bound(between: &str) -> bool {
    matches!(
        between.trim_matches([' ', '\t']),
        "超过" | "超" | "高于" | "低于" | "不低于" | "不高于" | "不超过" | "突破"
    )
}

/// The comparator from the words right before (`before`: `不低于`, `控制在`, `约`) and right
/// after the value (`after`: `以上`, `以内`, `左右`). `余`/`多` between a number and its unit
/// (`1900余万元`) is `>`.
pub fn comparator(before: &str, after: &str, more: bool) -> Comparator {
    let after = after.trim_start_matches([' ', '\t']);
    if after.starts_with("以上") || after.starts_with("及以上") {
        return Comparator::Ge;
    }
    if after.starts_with("以内") || after.starts_with("以下") || after.starts_with("之内") {
        return Comparator::Le;
    }
    if after.starts_with("左右") || after.starts_with("上下") {
        return Comparator::Approx;
    }
    if more {
        return Comparator::Gt;
    }
    let before = before.trim_end_matches([' ', '\t']);
    for (word, c) in [
        // Signs in labelled lists (`婴儿死亡率（‰）：≤3.5`, probes27
        // county_health_plan_list_indicators line 39); full-width `＜` is folded to `<`.
        (">=", Comparator::Ge),
        ("<=", Comparator::Le),
        ("≥", Comparator::Ge),
        ("≤", Comparator::Le),
        (">", Comparator::Gt),
        ("<", Comparator::Lt),
        ("不低于", Comparator::Ge),
        ("不少于", Comparator::Ge),
        ("至少", Comparator::Ge),
        ("不高于", Comparator::Le),
        ("不超过", Comparator::Le),
        ("最多", Comparator::Le),
        ("低于", Comparator::Lt),
        ("不到", Comparator::Lt),
        ("超过", Comparator::Gt),
        ("超", Comparator::Gt),
        ("逾", Comparator::Gt),
        ("突破", Comparator::Gt),
        ("大约", Comparator::Approx),
        ("约", Comparator::Approx),
        ("近", Comparator::Approx),
    ] {
        if before.ends_with(word) {
            return c;
        }
    }
    Comparator::Eq
}

/// Planned or achieved: the sentence's own words first (`力争` → target, `预计全年` → actual),
/// then the section's titles (发展目标 → target, 发展基础 → actual, innermost first), then a
/// comparison with last year or a running total (→ actual), then whether the sentence looks ahead (`到2020年`), then
/// the default (`fallback`).
pub fn status(sentence: &str, titles: &[String], deadline: bool, fallback: Status) -> Status {
    if TARGET_CUE.find_iter(sentence).any(|m| {
        !compares_with_a_goal(&sentence[..m.start()]) || states_the_goal(&sentence[m.end()..])
    }) {
        return Status::Target;
    }
    if ACTUAL_CUE.is_match(sentence) {
        return Status::Actual;
    }
    // Under a title of both (`现状基础与目标定位`, probes56 county_territorial_plan_dual_units
    // line 17), a deadline sets a goal (`到2035年，…常住人口规模控制在46万人左右`, line 29).
    if deadline
        && titles
            .first()
            .is_some_and(|t| ACTUAL_SECTION.is_match(t) && TARGET_SECTION.is_match(t))
    {
        return Status::Target;
    }
    match section_status(titles) {
        Some(s) => return s,
        None if WEAK_ACTUAL_CUE.is_match(sentence) => return Status::Actual,
        None => {}
    }
    if deadline {
        return Status::Target;
    }
    fallback
}

/// A plan and its outcome side by side in a review: `地区生产总值计划增长6.5%，实际增长6.8%`,
/// `城镇新增就业计划5500人，实际新增5862人` (probes15 county_plan_execution_2025 lines 19, 35).
/// `计划` right before the value (after its verb, if any) makes the year's target, `实际` its
/// outcome; `完成计划`, `超计划`, `按计划` speak of the outcome and are left to the sentence.
static PLANNED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(完成|超额|超|按)?计划(?:目标)?(?:增长|完成|新增|实现|达到|为|下降|降低|提高|控制在)?[ \t]*$")
        .expect("valid regex")
});
static DONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"实际(?:增长|完成|新增|实现|达到|为|下降|降低|提高|控制在)?[ \t]*$")
        .expect("valid regex")
});

/// The status the words of a value's own clause before it give: [`PLANNED`] or [`DONE`].
pub fn planned_or_done(clause_before: &str) -> Option<Status> {
    if PLANNED
        .captures(clause_before)
        .is_some_and(|c| c.get(1).is_none())
    {
        Some(Status::Target)
    } else if DONE.is_match(clause_before) {
        Some(Status::Actual)
    } else {
        None
    }
}

/// Whether a sentence holds a word of plans or intentions ([`TARGET_CUE`]).
pub fn has_target_cue(sentence: &str) -> bool {
    TARGET_CUE.is_match(sentence)
}

/// Whether a sentence's words say its values were achieved (`完成`, `实现了`, `已`).
pub fn has_actual_cue(sentence: &str) -> bool {
    ACTUAL_CUE.is_match(sentence) || WEAK_ACTUAL_CUE.is_match(sentence)
}

/// Whether the words before a target cue compare an outcome with the goal (`高于预期目标`,
/// `比预期目标低`, `超出预期目标`: probes7 province_plan_execution_2023 lines 23, 25): the values
/// of such a sentence were achieved.
fn compares_with_a_goal(before: &str) -> bool {
    before.ends_with(['比', '于', '超', '出', '过'])
}

/// Whether the value follows a goal's name inside the brackets right after it: `已超过规划目标
/// （2020年达到25%）的时序进度要求` (probes11 mid_term_review_13th_2018 line 25) states the goal,
/// though the outcome is compared with it.
fn states_the_goal(after_cue: &str) -> bool {
    after_cue.starts_with(['(', '（']) && !after_cue.contains([')', '）'])
}

/// The status a section's titles speak of (innermost title first), if any.
pub fn section_status(titles: &[String]) -> Option<Status> {
    titles
        .iter()
        .find_map(|t| {
            if ACTUAL_SECTION.is_match(t) {
                Some(Status::Actual)
            } else if TARGET_SECTION.is_match(t) {
                Some(Status::Target)
            } else {
                None
            }
        })
        .or_else(|| {
            titles
                .iter()
                // `指标` in a title speaks of plans (`主要指标`), unless a title around it speaks
                // of progress (`二、主要指标进展情况` / `（一）经济发展类指标`, probes6
                // city_14th_midterm_review).
                .any(|t| t.contains("指标"))
                .then_some(Status::Target)
        })
}

/// `约束性` / `预期性` said of the indicator in its clause.
pub fn binding(clause: &str) -> Option<Binding> {
    if clause.contains("约束性") {
        Some(Binding::Binding)
    } else if clause.contains("预期性") {
        Some(Binding::Expected)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reaching_a_level_is_no_growth() {
        let q = crate::extract::numbers::find("提高到75%", &[]).remove(0);
        assert_eq!(kind(&q, "自然村生活污水治理率", "提高到"), TargetKind::Rate);
        let q = crate::extract::numbers::find("增加到176万公里", &[]).remove(0);
        assert_eq!(
            kind(&q, "公路通车里程", "增加到2002年的"),
            TargetKind::Level
        );
        let q = crate::extract::numbers::find("年均增长7%", &[]).remove(0);
        assert_eq!(
            kind(&q, "国内生产总值", "年均增长"),
            TargetKind::AnnualGrowth
        );
    }

    #[test]
    fn a_bare_bound_on_a_rate_is_no_change() {
        let q = crate::extract::numbers::find("超过90%", &[]).remove(0);
        assert_eq!(kind(&q, "应用普及率", "超过"), TargetKind::Rate);
        let q = crate::extract::numbers::find("递增13.7%", &[]).remove(0);
        assert_eq!(kind(&q, "收入", "年均递增"), TargetKind::AnnualGrowth);
    }

    #[test]
    fn a_yearly_amount_added_is_a_change() {
        // gwr_2003_national line 18: `全国财政收入…平均每年增加2053亿元`.
        let q = crate::extract::numbers::find("平均每年增加2053亿元", &[]).remove(0);
        assert_eq!(kind(&q, "全国财政收入", "平均每年增加"), TargetKind::Change);
        let q = crate::extract::numbers::find("平均每年增长7.7%", &[]).remove(0);
        assert_eq!(
            kind(&q, "国内生产总值", "平均每年增长"),
            TargetKind::AnnualGrowth
        );
    }

    #[test]
    fn comparators() {
        assert_eq!(comparator("达到", "以上。", false), Comparator::Ge);
        assert_eq!(comparator("控制在", "以内", false), Comparator::Le);
        assert_eq!(comparator("年均增长", "左右", false), Comparator::Approx);
        assert_eq!(comparator("不低于", "", false), Comparator::Ge);
        assert_eq!(comparator("发放小额贷款", "万元", true), Comparator::Gt);
        assert_eq!(comparator("达到", "", false), Comparator::Eq);
        assert_eq!(comparator("乡村绿化植树超", "万株", false), Comparator::Gt);
    }

    #[test]
    fn status_from_words_then_sections() {
        let t = |s: &str| vec![s.to_string()];
        assert_eq!(
            status("力争地区生产总值增长8%", &[], false, Status::Actual),
            Status::Target
        );
        assert_eq!(
            status(
                "地区实现生产总值494.1亿元",
                &t("发展基础"),
                true,
                Status::Target
            ),
            Status::Actual
        );
        assert_eq!(
            status(
                "人均生产总值年均增长17.1%",
                &t("主要目标"),
                false,
                Status::Actual
            ),
            Status::Target
        );
    }

    /// Funds `争取` from a funder are secured in a review and sought in a plan: the section says
    /// which (probes5 township_gwr_2021 line 17); `争取` before anything else is an aim.
    #[test]
    fn securing_funds_follows_the_section() {
        let t = |s: &str| vec![s.to_string()];
        let s = "争取上级项目资金1560万元";
        assert_eq!(
            status(s, &t("一、2020年工作回顾"), false, Status::Actual),
            Status::Actual
        );
        assert_eq!(
            status(s, &t("三、2021年主要任务"), false, Status::Actual),
            Status::Target
        );
        assert_eq!(
            status("争取全年接待游客50万人次", &[], false, Status::Actual),
            Status::Target
        );
        // probes55 county_budget_execution_report_2025_final line 48, a year's review.
        let s = "全年争取新增政府债券8.6亿元";
        assert_eq!(
            status(s, &t("一、2025年预算执行情况"), false, Status::Actual),
            Status::Actual
        );
        assert_eq!(
            status("今年争取新增债券", &[], false, Status::Actual),
            Status::Target
        );
    }

    /// A mid-term review (probes6 city_14th_midterm_review): `（一）经济发展类指标` under
    /// `二、主要指标进展情况` reports progress; the plan's own aim stated there (`规划目标为2025年
    /// 达到68%`, `《纲要》提出到2025年达到4500亿元`) stays a target.
    #[test]
    fn progress_sections_report_achievements() {
        let titles = vec![
            "（一）经济发展类指标".to_string(),
            "二、主要指标进展情况".to_string(),
        ];
        let s = |x: &str| status(x, &titles, false, Status::Target);
        assert_eq!(s("截至2022年底，地区生产总值达到3712亿元"), Status::Actual);
        assert_eq!(s("由2020年的63.2%提高到2022年的65.1%"), Status::Actual);
        assert_eq!(s("规划目标为2025年达到68%"), Status::Target);
        assert_eq!(s("《纲要》提出到2025年达到4500亿元"), Status::Target);
        let plan = vec!["第二节 主要指标".to_string()];
        assert_eq!(
            status("森林覆盖率达到42.5%", &plan, false, Status::Actual),
            Status::Target
        );
    }

    #[test]
    fn a_proposal_is_a_target() {
        let t = |s: &str| vec![s.to_string()];
        for sentence in [
            "综合考虑各方面因素,今年拟发行1400亿元长期建设国债",
            "赤字率拟按3%安排,赤字规模4.06万亿元,比上年年初预算增加1800亿元",
            "拟安排地方政府专项债券3.9万亿元、比上年增加1000亿元",
        ] {
            assert_eq!(
                status(sentence, &[], false, Status::Actual),
                Status::Target,
                "{sentence}"
            );
        }
        // A comparison with last year is an achievement, unless the section plans.
        let plan = vec!["2024年经济社会发展总体要求和政策取向".to_string()];
        let budget = "一般公共预算支出规模28.5万亿元、比上年增加1.1万亿元";
        assert_eq!(status(budget, &plan, false, Status::Actual), Status::Target);
        assert_eq!(status(budget, &[], false, Status::Target), Status::Actual);
        let total = "“十四五”期间累计新增城镇就业2.5万人,累计完成固定资产投资1500亿元";
        assert_eq!(
            status(total, &t("主要目标"), false, Status::Actual),
            Status::Target
        );
        assert_eq!(
            status(total, &t("发展基础"), false, Status::Target),
            Status::Actual
        );
        for sentence in [
            "建成虚拟电厂3座,比上年增加1座",
            "开展模拟演练20次,比上年增加5次",
        ] {
            assert_eq!(
                status(sentence, &[], false, Status::Target),
                Status::Actual,
                "{sentence}"
            );
        }
    }

    #[test]
    fn a_title_about_this_year_plans() {
        let t = |s: &str| vec![s.to_string()];
        assert_eq!(section_status(&t("今年重点工作")), Some(Status::Target));
        assert_eq!(section_status(&t("过去一年工作回顾")), Some(Status::Actual));
    }

    #[test]
    fn only_a_title_about_the_base_is_a_review() {
        let actual = Some(Status::Actual);
        for title in [
            "发展基础和发展环境",
            "“十二五”时期发展基础",
            "发展的基础",
            "2024年工作回顾",
            // A place's description: facts, not goals (`全市国土面积15.6万平方公里`).
            "基本情况",
            "全市概况",
            "市情",
            // A work summary's first part (probes11 development_zone_report_2022 line 5).
            "2022年工作总结",
        ] {
            assert_eq!(section_status(&[title.to_string()]), actual, "{title}");
        }
        for title in [
            "加快基础设施现代化，夯实经济发展基础",
            "交通基础设施",
            "提升县域基础教育教学水平和提高特殊教育经费保障标准",
            "夯实农业生产能力基础",
            "国情教育",
        ] {
            assert_ne!(section_status(&[title.to_string()]), actual, "{title}");
        }
    }
}
