//! Numeric targets in running text: indicator, value, unit, year, comparator, status, binding.
//!
//! Each paragraph (running text joined across PDF breaks) is read value by value: every
//! [`numbers::Quantity`] with a unit (or a ratio) is a candidate; its indicator is the noun phrase
//! before it in its clause ([`indicator`]), or the one carried over from an earlier clause of the
//! same sentence when the clause names none (`第二产业增加值年均增长33.2%,达到126亿元` gives two
//! targets of 第二产业增加值). Kind, comparator, status and binding come from the words around the
//! value ([`classify`]), the year from the time expressions before it or the section's context
//! ([`year`]). A target stated without a number (`地区生产总值保持在合理区间、各年度视情提出`) is
//! kept with `value: null` and the words in `note`.
//!
//! Ranges (`5%—5.5%`) give their lower end as the value with `>=`.

pub mod classify;
pub mod counted;
pub mod figures;
pub mod indicator;
pub mod outcomes;
pub mod year;

use crate::analysis::{Analysis, Token};
use crate::context::Context;
use crate::extract::numbers::{self, Amount, Quantity};
use crate::extract::timespans::Found;
use crate::extract::{indicators, units};
use crate::meta::Meta;
use crate::model::{
    Base, Comparator, DocKind, Origin, Status, Target, TargetKind, TimeSpanKind, Value, Warning,
};
use crate::normalize::{Normalized, Paragraph};
use crate::segment::Outline;
use regex::Regex;
use std::cell::OnceCell;
use std::ops::Range;
use std::sync::LazyLock;

#[derive(Debug, Default)]
pub struct TargetsOut {
    pub targets: Vec<Target>,
    pub warnings: Vec<Warning>,
}

/// Words that state a target without a number: `保持在合理区间`, `控制在国家下达指标内`,
/// `均完成国家下达任务`, and a comparison with another measure's growth: `居民人均可支配收入
/// 增长与经济增长同步`, `地方财政收入与国内生产总值同步增长` (yunnan_10th_fyp_2001 line 39).
static NOTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"保持在合理区间(?:[、,]各年度视情提出)?|各年度视情提出",
        r"|控制在国家(?:下达|约束|规定)的?(?:指标|目标|范围)(?:以)?内",
        r"|均?完成国家(?:下达|规定)的?(?:任务|指标|目标)",
        r"|(?:增长|提高)(?:与|和|同)[^,，;；。、:与和的]{2,16}?(?:基本)?同步",
        r"|(?:与|和|同)[^,，;；。、:与和的]{2,16}?(?:基本)?同步(?:增长|提高|提升)"
    ))
    .expect("valid regex")
});

/// Whether `text` holds a word that every [`NOTE`] needs (`合理区间`, `视情提出`, `国家`,
/// `同步`): most paragraphs hold none and skip the search.
fn may_hold_note(text: &str) -> bool {
    ["区间", "视情", "国家", "同步"]
        .iter()
        .any(|w| text.contains(w))
}

/// A unitless value of a coefficient, an index, a ratio of two incomes, a fertility rate or a sex
/// ratio (`总和生育率由2020年的1.41回落到2025年的1.31左右`, probes24 province_population_plan_15th
/// line 17), a death rate per a base its name gives (`亿元地区生产总值生产安全事故死亡率由2020年的
/// 0.028下降到0.016`, `道路交通万车死亡率下降到1.45`, probes62
/// province_emergency_management_15th_plan lines 18–20), its verb (or its base's `由…的`) right
/// before it: `农业灌溉用水有效利用系数提高到0.53`, `农田灌溉水有效利用系数由2015年的
/// 0.512提高到0.548` (probes16 water_resources_14th_plan lines 15–16), `城乡居民收入比由2015年的2.31
/// 缩小到2.08` (probes17 county_rural_revitalization_14th_plan line 16), `城乡居民人均可支配收入之比
/// 为2.11` (probes49 city_statistical_communique_2025 line 85).
static COEFFICIENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?:系数|指数|收入比|之比|比值|扩展倍数|生育率|死亡率|性别比|容积率|pH(?:年)?(?:均)?值)(?:[(（][A-Za-z0-9.]{1,8}[)）])?",
        r"(?:[^，,；;。:：]{0,16}?(?:\d(?:\.\d+)?[ \t]*))?(?:分别)?",
        r"(?:提高到|提高至|提升到|达到|为|保持在|稳定在|降低到|降至|缩小到|缩小至|下降到|控制在|不低于|不高于|不超过|低于|缩小为|调整为|降低为|提高为|",
        r"回落到|回落至|回升到|回升至|回归到|",
        r"(?:由|从)[ \t]*(?:(?:(?:19|20)\d{2}年(?:底|末)?|上年|去年|去年同期|上年同期)的?)?)",
        r"[ \t]*(?:(?:19|20)\d{2}年(?:底|末)?的)?[ \t]*$"
    ))
    .expect("valid regex")
});

/// The unit a labelled line gives its bare values in the label's brackets: `9.每千人口医疗卫生
/// 机构床位数（张）：7.0（2025年：6.2）（预期性）` (probes27 county_health_plan_list_indicators
/// line 47) — both 7.0 and 6.2 are in 张. `head` is the text before the value.
fn labelled_unit(head: &str) -> Option<String> {
    static LABEL_UNIT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"[(（]([^()（）]{1,8})[)）][:：][ \t]*",
            r"(?:(?:[≥≤<>＜＞]|不低于|不高于|不超过|不少于)?[ \t]*[\d.]+[(（](?:19|20)\d{2}年[:：])?",
            r"[ \t]*(?:[≥≤<>＜＞]=?|不低于|不高于|不超过|不少于)?[ \t]*$"
        ))
        .expect("valid regex")
    });
    let u = LABEL_UNIT.captures(head)?.get(1)?.as_str();
    crate::extract::tables::cells::is_unit_like(u).then(|| u.to_string())
}

/// Whether a count right before the works it counts names a set of them (`十件民生实事`,
/// `十项惠民工程`, probes27 district_gwr_2026_thousands_separators line 55; in digits, `10件民生
/// 实事`, probes46 county_15th_plan_draft_line_numbers line 88): the name of a programme, as
/// 十大工程 is; a count after them (`办成民生实事15件`) stays a value. So do the `N个方面` a
/// report's parts are counted in.
fn counts_a_named_set(text: &str, q: &Quantity) -> bool {
    // `重点抓好8个方面工作`, `12个方面重点任务` (probes47 city_portal_infographic_gwr_2026 line
    // 93, probes46): the parts of a report, not a measure.
    if q.unit.as_deref() == Some("个") && text[q.end..].starts_with("方面") {
        return true;
    }
    matches!(q.unit.as_deref(), Some("件" | "项"))
        && [
            "民生实事",
            "惠民实事",
            "为民办实事",
            "惠民工程",
            "民生工程",
            "实事",
            // A speech's points: `明年要重点抓好四件大事` (probes40
            // county_leader_speech_economic_work_2026 line 54).
            "大事",
            "要事",
            "事情",
        ]
        .iter()
        .any(|w| text[q.end..].starts_with(w))
}

/// A place and nothing else: `全省`, `全市`, `本县`.
static BARE_PLACE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:全|本)(?:国|省|市|县|区|州|盟|旗|镇|乡)$").expect("valid regex")
});

/// A span of years and nothing else before a value: `五年`, `近三年`, `过去五年`, `这五年`.
static YEARS_ONLY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:近|过去|这|前|后)?[一二三四五六七八九十两]年(?:来|间|内)?$")
        .expect("valid regex")
});

/// Whether a target counts meetings held (`召开党委会议12次`, `23次主任办公会议`, `召开座谈会36场`):
/// how a body worked, never an indicator (no helper of 34 rounds lists one).
fn counts_meetings(t: &Target) -> bool {
    static MEETING: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"会议|调度会|座谈会|推进会|专题会|办公会|党委会|常委会|观摩会|现场会|三会一课")
            .expect("valid regex")
    });
    matches!(t.unit.as_deref(), Some("次" | "场" | "场次"))
        && t.indicator.as_deref().is_some_and(|i| MEETING.is_match(i))
}

/// The second of two unitless values a coefficient is given (`综合营养状态指数分别为38.6和45.2`,
/// probes30 city_environment_bulletin_2025 line 57).
static COEFFICIENT_LIST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:系数|指数|比值)(?:分别)?为[ \t]*\d+(?:\.\d+)?[ \t]*(?:和|、|及)[ \t]*$")
        .expect("valid regex")
});

/// The change of a coefficient given a value earlier in its sentence: `综合营养状态指数为48.6，处于
/// 中营养状态，同比下降1.2` (probes54 city_air_quality_bulletin_2025_ranks lines 47–48).
static COEFFICIENT_CHANGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:系数|指数|比值)(?:为|达到|是)[ \t]*\d+(?:\.\d+)?[^。；;!?！？\d]{0,20}?[，,][ \t]*(?:同比|比上年|较上年)?(?:下降|上升|提高|降低|减少|增加)[ \t]*$",
    )
    .expect("valid regex")
});

/// Heads of project names: a capacity before them (`4000吨水泥熟料生产线`, `700万吨露天矿`) is
/// part of the name.
static PROJECT_HEAD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(PROJECT_HEADS).expect("valid regex"));

/// The alternatives of [`PROJECT_HEAD`], shared with [`CAPACITY_OF`].
const PROJECT_HEADS: &str = "项目|工程|生产线|电站|电厂|机组|反应堆|露天矿|煤矿|矿井|基地|工厂";

/// What follows a capacity that names a project: a few words, no number or separator, then a
/// project head (`多晶硅项目` after `年产5万吨`).
static CAPACITY_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^[^\d,，。;；、:：!?！？()（）]{{0,14}}?(?:{PROJECT_HEADS})"
    ))
    .expect("valid regex")
});

/// A production capacity before a value: `年产`, `日处理`, `装机`.
static CAPACITY_LEAD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?:{CAPACITY_WORDS})[ \t]*$")).expect("valid regex"));

/// Words of a production capacity, shared by [`CAPACITY_LEAD`] and [`CAPACITY_NEAR`].
const CAPACITY_WORDS: &str = "年产|日产|年处理|日处理|年加工|年吞吐|总装机|装机|单机";

/// A capacity word a few characters before a value, its product between: `年产花岗岩`.
static CAPACITY_NEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?:{CAPACITY_WORDS})\p{{Han}}{{0,6}}[ \t]*$")).expect("valid regex")
});

/// Whether value `q` is a capacity in the name of the project that follows it: after a capacity
/// word (`年产5万吨多晶硅项目`), or an electrical rating (`千万千瓦级风电基地`, `750千伏输变电工程`),
/// before a project head.
fn names_a_project(text: &str, q: &Quantity) -> bool {
    let electrical = q
        .unit
        .as_deref()
        .and_then(units::lookup)
        .is_some_and(|u| matches!(u.base, "kW" | "kV" | "kVA"));
    (electrical || CAPACITY_LEAD.is_match(&text[..q.start])) && CAPACITY_OF.is_match(&text[q.end..])
}

/// Whether an area in digits before a site is the size to be reached (`形成3万亩设施农业基地`,
/// `建成150万亩…优质饲草料基地`: 000_yining_12th_fyp line 123, 004_tacheng_13th_fyp line 819), not
/// part of a name as a capacity is (`年产花岗岩300万平方米石材加工基地`) or a round figure in
/// words is (`千亩花海旅游基地建设项目`, `百万亩造林绿化工程`).
fn sizes_a_site(text: &str, q: &Quantity, counted: Option<(usize, usize)>) -> bool {
    let area = q
        .unit
        .as_deref()
        .and_then(units::lookup)
        .is_some_and(|u| matches!(u.base, "m2" | "mu" | "ha"));
    area && text[q.start..q.end].contains(|c: char| c.is_ascii_digit())
        && !CAPACITY_NEAR.is_match(&text[..q.start])
        && counted
            .is_some_and(|(a, b)| !text[a..b].contains("项目") && !text[a..b].contains("工程"))
}

/// Most characters between a value and a note for the note to be a remark on that value.
const NOTE_ON_VALUE_CHARS: usize = 2;

/// Sentence ends and clause ends.
const SENTENCE_END: &[char] = &['。', ';', '；', '!', '?', '！', '？'];
const CLAUSE_END: &[char] = &[',', '，', ':', '：', '(', ')', '（', '）', '\t'];

/// Paragraphs with this many tabs are table rows, which the tables extractor reads.
const TABLE_ROW_TABS: usize = 2;

/// Whether wide spaces inside a paragraph stand between sentences, not cells: a web page copied
/// with every paragraph of a part on one line, each opening with its indent
/// (`…增长6.6%。\u{3000}\u{3000}一年来，我们主要做了以下工作：\u{3000}\u{3000}（一）坚持项目为王…`,
/// probes35 county_gwr_2027_one_line line 17). A table's cell seldom ends a sentence.
fn is_spaced_prose(text: &str) -> bool {
    text.split('\t')
        .filter(|cell| cell.trim_end().ends_with(['。', '：', ':', '；', ';']))
        .nth(1)
        .is_some()
}

/// Most bytes of a line of a label and its figures ([`is_labelled_figures`]).
const LABELLED_FIGURES_BYTES: usize = 160;

/// Whether a line of cells is a label and its figures, each with its unit or sign (`GDP  1286.4亿元
/// ↑6.2%`, `城镇居民人均可支配收入  48620元  ↑4.9%`: a slide deck's text, probes57
/// prefecture_gwr_2026_slide_deck_text lines 25, 37) — read as a sentence, no table row. A row
/// of bare numbers (`地区生产总值  亿元  1286  1500`) stays a table's.
fn is_labelled_figures(text: &str) -> bool {
    static FIGURE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:[↑↓▲▼+\-]|同比[+\-]?|增长|下降|稳定在|控制在|达到)?[ ]*\d[\d.,]*[ ]*(?:%|‰|[^\d\s.,%]{1,6})(?:左右|以上|以内|以下)?$")
            .expect("valid regex")
    });
    // A line of figures is short: a long paragraph is never one (and is not split for nothing,
    // once a value).
    if text.len() > LABELLED_FIGURES_BYTES || !text.contains('\t') {
        return false;
    }
    let cells: Vec<&str> = text
        .split('\t')
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    let Some((label, figures)) = cells.split_first() else {
        return false;
    };
    (1..=3).contains(&figures.len())
        && !label.contains(|c: char| c.is_ascii_digit())
        && label.chars().count() <= 20
        && figures.iter().all(|f| FIGURE.is_match(f))
}

/// Line ranges of tables: those whose numbers the tables extractor reports (`claimed`), and
/// those whose cells are prose (`text`), read here a cell at a time.
#[derive(Debug, Clone, Copy)]
pub struct TableLines<'a> {
    pub claimed: &'a [Range<usize>],
    pub text: &'a [Range<usize>],
    /// Those of `text` with a column of goals (`目标任务`): their values are targets.
    pub goals: &'a [Range<usize>],
    /// Those of `goals` with columns of progress (`完成情况`, `完成率`) beside the goals.
    pub progress: &'a [outcomes::GoalColumns],
}

pub fn extract(
    doc: &Normalized,
    meta: &Meta,
    outline: &Outline,
    tokens: &Analysis,
    spans: &[Vec<Found>],
    tables: TableLines,
    ctx: &Context,
) -> TargetsOut {
    let mut out = TargetsOut::default();
    let mut lead = LeadDeadline::default();
    let mut rows = pipe_rows(doc, tables.text).peekable();
    let in_table = |para: &Paragraph| {
        let within = |ranges: &[Range<usize>]| {
            para.lines
                .iter()
                .any(|l| ranges.iter().any(|r| r.contains(l)))
        };
        let row = para.text.matches('\t').count() >= TABLE_ROW_TABS
            && !is_spaced_prose(&para.text)
            && !is_labelled_figures(&para.text);
        within(tables.claimed) || (row && !within(tables.text))
    };
    let figures = figures::find(doc, |i| in_table(&doc.paragraphs[i]));
    let mut question: Option<String> = None;
    for (i, para) in doc.paragraphs.iter().enumerate() {
        if let Some(q) = asked(&para.text) {
            question = Some(q);
        }
        while let Some(row) = rows.next_if(|r| r.lines[0] < para.lines[0]) {
            out.targets
                .extend(row_targets(doc, meta, outline, &row, &tables, ctx));
        }
        let found = spans.get(i).map_or(&[][..], Vec::as_slice);
        let inherited = lead.next(outline, para, found);
        let within = |ranges: &[Range<usize>]| {
            para.lines
                .iter()
                .any(|l| ranges.iter().any(|r| r.contains(l)))
        };
        if in_table(para) || figures.used.binary_search(&i).is_ok() || is_translation(&para.text) {
            continue;
        }
        let toks = tokens.paragraphs.get(i).map_or(&[][..], |t| t.as_slice());
        let mut reader = ParagraphReader::new(doc, meta, outline, para, (toks, found));
        if let Ok(k) = figures.titled.binary_search_by_key(&i, |t| t.0) {
            reader.headed_by(&figures.titled[k].1);
        } else if let Some(q) = &question {
            reader.headed_by(std::slice::from_ref(q));
        }
        reader.lead_deadline = inherited;
        reader.goal_row = within(tables.goals);
        out.targets
            .extend(reader.targets().into_iter().filter(|t| !counts_meetings(t)));
    }
    for row in rows {
        out.targets
            .extend(row_targets(doc, meta, outline, &row, &tables, ctx));
    }
    for (para, headings) in &figures.paragraphs {
        let tokens = crate::analysis::tokenize(ctx, &para.text);
        let found = crate::extract::timespans::find(&para.text, meta);
        let reader = ParagraphReader::new(doc, meta, outline, para, (&tokens, &found));
        reader.headed_by(headings);
        out.targets
            .extend(reader.targets().into_iter().filter(|t| !counts_meetings(t)));
    }
    out
}

/// A paragraph in another language, a translation of the Chinese one beside it (`GDP grew
/// by 5.6% to 236.84 billion yuan`, probes42 city_gwr_2026_bilingual line 26; the Uyghur or
/// Mongolian text of an autonomous region's report): its values are the Chinese paragraph's,
/// read there. Letters of other scripts outnumber Chinese characters five to one.
fn is_translation(text: &str) -> bool {
    let (mut other, mut han) = (0usize, 0usize);
    for c in text.chars() {
        if ('\u{3400}'..='\u{9fff}').contains(&c) {
            han += 1;
        } else if c.is_alphabetic() {
            other += 1;
        }
    }
    other >= 40 && other > han * 5
}

/// The question a paragraph asks, when it opens with `问：` (a Q&A page on a work report,
/// probes36 province_gwr_2027_policy_qa line 56: `问：扩大有效需求方面，报告提出了哪些具体目标？`):
/// the answers after it are headed by it, as by a section's title.
fn asked(text: &str) -> Option<String> {
    let rest = text
        .trim_start()
        .strip_prefix("问")?
        .strip_prefix([':', '：'])?;
    let end = rest.find(['?', '？', '\n']).unwrap_or(rest.len());
    Some(rest[..end].trim().to_string())
}

/// The rows of pipe tables whose cells are prose (`| 1 | 稳定粮食生产 | 粮食播种面积稳定在46.8万亩
/// 以上… | 县农业农村局 |`, probes20 county_rural_action_plan_2023 line 38), each as a paragraph
/// of its own: paragraphs leave pipe rows out. A cell's `|` reads as a tab, which ends a clause
/// (one byte for one, so the byte map holds).
fn pipe_rows<'d>(
    doc: &'d Normalized,
    text_tables: &'d [Range<usize>],
) -> impl Iterator<Item = Paragraph> + 'd {
    text_tables
        .iter()
        .flat_map(|r| r.clone())
        .filter_map(move |i| {
            let line = doc.lines.get(i)?;
            (line.kind == crate::normalize::LineKind::PipeRow).then(|| Paragraph {
                text: line.text.replace('|', "\t"),
                map: line.map.clone(),
                lines: vec![i],
            })
        })
}

/// The targets of one pipe row of a table of prose cells ([`pipe_rows`]).
fn row_targets(
    doc: &Normalized,
    meta: &Meta,
    outline: &Outline,
    row: &Paragraph,
    tables: &TableLines,
    ctx: &Context,
) -> Vec<Target> {
    let tokens = crate::analysis::tokenize(ctx, &row.text);
    let found = crate::extract::timespans::find(&row.text, meta);
    let mut reader = ParagraphReader::new(doc, meta, outline, row, (&tokens, &found));
    reader.goal_row = tables.goals.iter().any(|r| r.contains(&row.lines[0]));
    let mut targets = reader.targets();
    if let Some(cols) = tables
        .progress
        .iter()
        .find(|c| c.lines.contains(&row.lines[0]))
    {
        outcomes::apply(doc, row, cols, &mut targets);
    }
    targets
}

/// The deadline a section's lead paragraph sets for the paragraphs after it (`（三）发展目标` /
/// `到2025年，全市制造业增加值达到1800亿元…。` / `——创新能力显著增强。…比重达到2%`, probes4
/// city_implementation_opinion lines 13–18): a paragraph that opens with `到2025年` or
/// `展望2035年` scopes the paragraphs of its section that follow, until one opens with another
/// time expression or the section ends.
#[derive(Default)]
struct LeadDeadline {
    section: Option<String>,
    year: Option<i32>,
    /// The year labelling a run of bar-separated lines (`2025年（预计）｜地区生产总值｜5.12万亿元`
    /// over `｜年均增长｜5.6%`, probes46 province_plan_infographic_fullwidth_bars lines 9–16): a
    /// line opening with the bar is one more row under it.
    label: Option<i32>,
}

impl LeadDeadline {
    /// The deadline inherited by `para` (with its time expressions `spans`); then `para`'s own
    /// opening expression, if any, becomes the deadline of the paragraphs after it.
    fn next(&mut self, outline: &Outline, para: &Paragraph, spans: &[Found]) -> Option<i32> {
        let section = outline.section_at_line(para.first_line()).map(|s| &s.id);
        if section != self.section.as_ref() {
            self.section = section.cloned();
            self.year = None;
        }
        if para.text.trim_start().starts_with('|') {
            return self.label.or(self.year);
        }
        self.label = spans
            .first()
            .filter(|f| f.start == 0)
            .filter(|f| {
                let rest =
                    para.text[f.end..].trim_start_matches(['(', ')', '预', '计', '目', '标']);
                rest.starts_with('|')
            })
            .and_then(|f| f.end_year);
        let inherited = self.year;
        let opening = para.text.len() - para.text.trim_start_matches([' ', '\t', '—', '-']).len();
        if let Some(f) = spans.first().filter(|f| f.start <= opening) {
            self.year = (f.kind == TimeSpanKind::Deadline)
                .then_some(f.end_year)
                .flatten();
        }
        inherited
    }
}

/// One value or note, before it becomes a target.
enum Item {
    Value(Quantity),
    Note(usize, usize),
}

impl Item {
    fn range(&self) -> (usize, usize) {
        match self {
            Item::Value(q) => (q.start, q.end),
            Item::Note(s, e) => (*s, *e),
        }
    }
}

/// Everything needed to read the targets of one paragraph.
struct ParagraphReader<'a> {
    doc: &'a Normalized,
    meta: &'a Meta,
    outline: &'a Outline,
    para: &'a Paragraph,
    tokens: &'a [Token],
    /// The paragraph's time expressions (found once, shared with the time-span extractor).
    spans: &'a [Found],
    /// The titles of the sections holding the paragraph, read on first use: most paragraphs
    /// state no target and never need them.
    titles: OnceCell<Vec<String>>,
    /// The year printed in those titles, read on first use.
    title_year: OnceCell<Option<i32>>,
    /// The end of a past period a plan's section titles name, read on first use.
    review_year: OnceCell<Option<i32>>,
    /// The deadline of the section's lead paragraph before this one ([`LeadDeadline`]).
    lead_deadline: Option<i32>,
    /// A row of a table whose column states each item's goal (`目标任务`): its values are
    /// targets.
    goal_row: bool,
}

impl<'a> ParagraphReader<'a> {
    fn new(
        doc: &'a Normalized,
        meta: &'a Meta,
        outline: &'a Outline,
        para: &'a Paragraph,
        (tokens, spans): (&'a [Token], &'a [Found]),
    ) -> Self {
        ParagraphReader {
            doc,
            meta,
            outline,
            para,
            tokens,
            spans,
            titles: OnceCell::new(),
            title_year: OnceCell::new(),
            review_year: OnceCell::new(),
            lead_deadline: None,
            goal_row: false,
        }
    }

    /// Whether the paragraph is a line of figures ([`is_labelled_figures`]) standing at the
    /// margin: an indented one is the rest of a table's row (`      与节水改造工程    12.6万亩`,
    /// probes55 city_water_conservancy_plan_annex_project_table line 81).
    fn is_figure_line(&self) -> bool {
        self.para.lines.len() == 1
            && !self.doc.lines[self.para.first_line()].indented
            && is_labelled_figures(&self.para.text)
    }

    /// Headings the outline does not know (a page of figures' `2025年主要预期目标`, see
    /// [`figures`]), innermost first, before the titles of the sections holding the paragraph.
    fn headed_by(&self, headings: &[String]) {
        let mut titles = headings.to_vec();
        titles.extend(year::titles(self.doc, self.outline, self.para.first_line()));
        let _ = self.titles.set(titles);
    }

    /// The titles of the sections holding the paragraph, innermost first.
    fn titles(&self) -> &[String] {
        self.titles
            .get_or_init(|| year::titles(self.doc, self.outline, self.para.first_line()))
    }

    /// In a plan, the last year of a period before the plan's own that a section title names
    /// (`第一章 “十三五”生态环境保护成效` in a 十四五 plan: 2020): the section reviews it.
    fn review_year(&self) -> Option<i32> {
        *self.review_year.get_or_init(|| {
            let p = self.meta.period.as_ref()?;
            (self.meta.kind == DocKind::FiveYearPlan).then_some(())?;
            self.titles().iter().find_map(|t| {
                crate::extract::timespans::find(t, self.meta)
                    .iter()
                    .filter(|f| f.kind != TimeSpanKind::Relative)
                    .filter_map(|f| f.end_year)
                    .find(|&y| y < p.start_year)
            })
        })
    }

    /// The year printed in the section titles (innermost first), if any.
    fn title_year(&self) -> Option<i32> {
        *self
            .title_year
            .get_or_init(|| year::from_titles(self.titles(), self.meta))
    }

    /// Values with a unit (or ratios) that are not time expressions, and notes, in order.
    fn items(&self) -> Vec<Item> {
        let text = &self.para.text;
        let in_note = editor_notes(text);
        let mut items: Vec<Item> = numbers::find(text, self.tokens)
            .into_iter()
            .map(|mut q| {
                if q.unit.is_none() && matches!(q.amount, Amount::One(_) | Amount::Range(..)) {
                    q.unit = labelled_unit(&text[..q.start]);
                }
                q
            })
            .filter(|q| {
                q.unit.is_some()
                    || matches!(q.amount, Amount::Ratio(_))
                    || COEFFICIENT.is_match(&text[..q.start])
                    || COEFFICIENT_LIST.is_match(&text[..q.start])
                    || COEFFICIENT_CHANGE.is_match(&text[..q.start])
            })
            .filter(|q| {
                !inside_quotes(text, q.start)
                    && !inside(&in_note, q.start)
                    && !is_threshold(text, q)
                    && !names_a_rate(text, q)
                    && !is_voltage_class(q)
                    && !is_seating(text, q)
                    && !is_flood_magnitude(text, q)
                    && !counts_a_named_set(text, q)
                    && !is_formula_term(text, q)
                    && !is_rank(text, q)
                    && !is_age_bound(text, q)
                    && !is_per_magnitude(text, q)
                    && !text[q.end..].starts_with('级')
            })
            .filter(|q| {
                !self
                    .spans
                    .iter()
                    .any(|f| f.start < q.end && q.start < f.end)
            })
            .map(Item::Value)
            .collect();
        let notes = may_hold_note(text).then(|| NOTE.find_iter(text));
        for m in notes.into_iter().flatten() {
            if !inside(&in_note, m.start())
                && !items.iter().any(|i| {
                    let (s, e) = i.range();
                    s < m.end() && m.start() < e
                })
            {
                items.push(Item::Note(m.start(), m.end()));
            }
        }
        items.sort_by_key(|i| i.range().0);
        items
    }

    fn targets(&self) -> Vec<Target> {
        let text = self.para.text.as_str();
        let skip: Vec<(usize, usize)> = self.spans.iter().map(|f| (f.start, f.end)).collect();
        let items = self.items();
        let links = base_links(text, &items);
        // Targets by item index (None: no target), bases attached afterwards.
        let mut found: Vec<Vec<Target>> = Vec::with_capacity(items.len());
        // The indicator that a clause without one inherits, and the sentence it belongs to.
        let mut carried: Option<((usize, usize), usize)> = None;
        let mut prev_end = 0;
        // The predicate of the previous value, for a bare list (`分别增长4%和8.1%`), and the
        // position of this value in such a list.
        let mut prev_between = String::new();
        let mut list_pos = 0usize;
        let mut prev_kept = false;
        // Whether the list running through the previous value opened with an increase (`新增…`).
        let mut increase_run = false;
        // Indicators the values of this paragraph named themselves, with their sentence; and
        // the ones a `分别` list of bare values goes to, in order (see `spread_over`).
        let mut named: Vec<((usize, usize), usize)> = Vec::new();
        let topics = topic_labels(text);
        let mut spread: Option<Vec<(usize, usize)>> = None;
        // The years a `分别` list of values goes to, in order (see `respective_years`).
        let mut years: Vec<i32> = Vec::new();
        // The budget spending a bare `支出` named, by its phrase (see `spending_of`).
        let mut spent: Option<((usize, usize), String, usize)> = None;
        for (idx, item) in items.iter().enumerate() {
            let (start, end) = item.range();
            if start < prev_end {
                // Inside the counted noun of the previous value: part of its name.
                found.push(Vec::new());
                continue;
            }
            let sentence = sentence_start(text, start);
            // The definition after a topic's name (`16．设区市细颗粒物（PM2.5）平均浓度。指全省14个
            // 设区市…`, probes52 province_15th_plan_indicator_explanations line 83): its numbers
            // say what is measured, no value.
            if !topics.is_empty() && text[sentence..].trim_start().starts_with('指') {
                prev_end = end;
                found.push(Vec::new());
                prev_kept = false;
                continue;
            }
            let before = carried;
            let clause = clause_start(text, start);
            let from = clause.max(prev_end);
            let gap_from = prev_end;
            prev_end = end;
            let joined = prev_kept && gap_from > clause && is_list_joint(&text[gap_from..start]);
            let counted = match item {
                Item::Value(q) => counted::after(text, self.tokens, q.end)
                    .filter(|c| !self.ends_its_line(q, c.range.0)),
                Item::Note(..) => None,
            };
            // `全县农产品加工业产值达到86.3亿元，与农业总产值之比达到1.9:1` (probes55
            // county_rural_revitalization_plan_township_table line 16): the ratio of the
            // indicator carried over to another, no comparison.
            let ratio_to = RATIO_TO
                .find(&text[from..start])
                .map(|m| (from + m.start(), from + m.end()));
            let own = if indicator::is_comparison(&text[from..start]) && ratio_to.is_none() {
                None
            } else {
                indicator::find_in_words(text, (from, start), &skip, self.tokens)
            };
            let own = own.map(|r| self.after_item_line(r));
            // `（2025年：2.9%）` after a value: the base of the indicator carried over.
            let own = own.filter(|_| !is_bracketed_base(text, start));
            // `“十四五”时期全省累计下降14.2%` under a topic's name (probes52
            // province_15th_plan_indicator_explanations line 76): a place alone names no measure.
            let own = own.filter(|r| topics.is_empty() || !BARE_PLACE.is_match(&text[r.0..r.1]));
            // `固定资产投资保持稳定增长，五年累计完成524.87亿元` (001_yining_14th_fyp line 198): a span
            // of years before the value names nothing; the sentence's subject does.
            let years_only = own.is_some_and(|r| YEARS_ONLY.is_match(&text[r.0..r.1]));
            // `完成预算的101.2%` is a completion share however jieba tags `预算` (v).
            let whole = own;
            let own = own.filter(|r| !self.only_verbs(*r));
            // `工业机器人产量增长31.2%、占全国44%`: a share of the indicator carried over.
            // `一般公共预算收入…，完成年度计划的101.2%`: the share of its plan reached, named by
            // the indicator carried over.
            let completion = match item {
                Item::Value(q) => whole
                    .filter(|r| is_completion_share(&text[r.0..r.1], q))
                    .map(|r| (completion_verb(text, from, r.0), r.1)),
                Item::Note(..) => None,
            };
            // What was completed, named before the verb in the clause (`固定资产投资完成全年目标的
            // 75%`); else the indicator carried over.
            let completed = completion.and_then(|(v, _)| {
                indicator::find_in_words(text, (from, v), &skip, self.tokens)
                    .filter(|r| !self.only_verbs(*r))
            });
            let share = own
                .filter(|r| counted.is_none() && text[r.0..r.1].starts_with('占'))
                .or(completion)
                .or(ratio_to);
            // `工业用电量增长6.3%，增幅比上年回落8.2个百分点`: the rate of the indicator carried over.
            let rate_of = own.filter(|_| counted.is_none()).and_then(|r| {
                RATE_WORD
                    .find(&text[r.0..r.1])
                    .map(|m| (r.0, r.0 + m.end()))
            });
            let own = if share.is_some() || rate_of.is_some() {
                completed
            } else {
                own
            };
            // `新增自然保护区面积40万公顷、森林面积150万公顷` (yunnan_10th_fyp_2001 line 245): a
            // list item after an increase shares its verb.
            let list_item = own.is_some_and(|r| prev_kept && is_item_mark(&text[gap_from..r.0]));
            if let Some(r) = own.filter(|_| !list_item) {
                increase_run = INCREASE.is_match(&text[r.0..r.1]);
            }
            let shares_increase = list_item && increase_run;
            // `亘富200万吨褐煤提质项目`, `年产5万吨多晶硅项目`: a capacity naming a project, not a
            // measure of it.
            if let Item::Value(q) = item
                && q.unit
                    .as_deref()
                    .is_some_and(|u| !classify::is_count_unit(u))
                && !sizes_a_site(text, q, counted.as_ref().map(|c| c.range))
                && counted.as_ref().map_or_else(
                    || names_a_project(text, q),
                    |c| PROJECT_HEAD.is_match(&text[c.range.0..c.range.1]),
                )
            {
                found.push(Vec::new());
                prev_kept = false;
                continue;
            }
            // `保交房交付率94.7%、超额完成国家下达任务`: words on the value just given, not a target.
            if matches!(item, Item::Note(..))
                && prev_kept
                && text[gap_from.min(start)..start]
                    .trim_matches(['、', ',', '，', ' '])
                    .chars()
                    .count()
                    <= NOTE_ON_VALUE_CHARS
            {
                found.push(Vec::new());
                continue;
            }
            // A noun joined by 的 yields to an indicator before the value, unless that phrase
            // ends in a verb whose object the value is (`形成3.28万亿元的投资规模`).
            let counted = counted
                .filter(|c| !(c.via_de && own.is_some_and(|r| !self.ends_in_verb(r))))
                .map(|c| c.range);
            let ind = match (counted, own) {
                (Some(r), _) | (None, Some(r)) => r,
                (None, None) => match carried {
                    // A clause of its own carries the indicator only when it says how the value
                    // relates (`,达到270亿元`, `,比上年增长3%`) or continues a list (`、32.6%`).
                    Some((r, s))
                        if (s == sentence || is_next_stage(text, sentence, from))
                            && (joined
                                || share.is_some()
                                || rate_of.is_some()
                                || indicator::is_predicate(&text[from..start])
                                || indicator::repeats_verb(&text[from..start], &prev_between)
                                || is_bracketed_base(text, start)
                                || repeats_named_verb(text, (from, start), whole, r)) =>
                    {
                        r
                    }
                    _ => match subject_clause(text, clause, gap_from, &skip)
                        .or_else(|| {
                            indicator::says_only_how(&text[from..start])
                                .then(|| bare_subject(text, clause, gap_from, &skip))
                                .flatten()
                        })
                        .or_else(|| {
                            years_only
                                .then(|| self.sentence_subject(sentence, clause, gap_from, &skip))
                                .flatten()
                        })
                        .or_else(|| {
                            let figures = self.is_figure_line();
                            label_before_colon(text, (clause, start), gap_from, &skip, figures)
                        })
                        .or_else(|| topics.iter().rev().find(|t| t.1 <= start).copied())
                        .or_else(|| self.object_of_repeated_verb((clause, start), gap_from))
                        .or_else(|| whole.filter(|r| counts_events(text, item, *r)))
                        // `分别为澜州市（412.6亿元）、鹭川市（168.3亿元）` (probes65
                        // province_science_tech_statistics_bulletin_2025 line 48): a value alone
                        // in brackets after a name is that name's.
                        .or_else(|| {
                            bracket_owner(text, (start, end))
                                .and_then(|r| indicator::find_in_words(text, r, &skip, self.tokens))
                        }) {
                        Some(r) => r,
                        None => {
                            found.push(Vec::new());
                            prev_kept = false;
                            continue;
                        }
                    },
                },
            };
            // The label cell of a line of figures keeps its verb for the value after the tab
            // (`一般公共预算收入增长  4%`: a growth).
            let label_verb = self.is_figure_line()
                && ind.1 <= from
                && text[ind.1..from].trim_end_matches('\t').chars().count() <= 4;
            let between_from = match (counted, own) {
                (None, Some(_)) => ind.1,
                (None, None) if label_verb => ind.1,
                _ => from,
            };
            let mut between = text[between_from.min(start)..start].to_string();
            if counted.is_none() && own.is_none() && joined {
                between = prev_between.clone();
                list_pos += 1;
            } else {
                list_pos = 0;
            }
            carried = Some((ind, sentence));
            if let Some(c) = counted {
                prev_end = prev_end.max(c.1);
            }
            prev_between = between.clone();
            let alone = items.get(idx + 1).is_none_or(|next| {
                !is_list_joint_strict(&text[end.min(next.range().0)..next.range().0])
            });
            if list_pos == 0 {
                years = respective_years(text, self.spans, clause, start, &between);
            }
            if counted.is_none() && own.is_none() && between.contains("分别") {
                if list_pos == 0 {
                    let values = list_length(text, &items[idx..]);
                    spread = spread_over(text, ind, &named, (sentence, start), values);
                }
            } else {
                spread = None;
            }
            // `化学需氧量、二氧化硫排放分别减少8%`: one value for each indicator of the list.
            let inds = if let Some(&r) = spread.as_ref().and_then(|g| g.get(list_pos)) {
                vec![r]
            } else if list_pos == 0 && alone && (applies_to_each(&between) || doubles(text, item)) {
                each_of(text, ind)
            } else {
                vec![respectively(text, ind, &between, list_pos)]
            };
            // A value its own words named (a verb alone naming events counts: see `counts_events`).
            let named_itself = counted.is_some() || own.is_some() || whole == Some(ind);
            if named_itself && named.last() != Some(&(ind, sentence)) {
                named.push((ind, sentence));
            }
            let whole = inds == [ind];
            let mut targets: Vec<Target> = match item {
                Item::Value(q) => inds
                    .into_iter()
                    .filter_map(|ind| {
                        self.value_target(
                            q,
                            ind,
                            kind_words(&between, counted.is_some()),
                            sentence,
                            counted.is_some(),
                        )
                    })
                    .collect(),
                Item::Note(s, e) => self.note_targets(ind, (*s, *e), sentence),
            };
            if let Some(&y) = years.get(list_pos) {
                targets.iter_mut().for_each(|t| t.year = Some(y));
            }
            // `城镇、农村居民人均可支配收入分别为31250元、14870元`: each modifier with the shared head.
            if spread.is_none()
                && whole
                && between.contains("分别")
                && let Some(name) = shared_head_name(text, ind, list_pos)
            {
                for t in &mut targets {
                    t.canonical = indicators::canonical(&name, &[]).map(str::to_string);
                    t.indicator = Some(name.clone());
                }
            }
            // A plan's share reached is an outcome unless the words before its verb set it
            // (`确保…完成全年目标的75%以上`): `规划目标` in the share's own name sets nothing.
            if let Some((v, _)) = completion
                && !classify::has_target_cue(&text[sentence..v])
            {
                targets.iter_mut().for_each(|t| t.status = Status::Actual);
            }
            if let Some(r) = share.or(rate_of) {
                let word = text[r.0..r.1].trim();
                let word = match completion {
                    Some(_) => word.strip_suffix('的').unwrap_or(word),
                    None => word,
                };
                // The total of what was added is the total of the thing: `高新技术企业总数`.
                let total = word.starts_with('总');
                for t in &mut targets {
                    t.indicator = t.indicator.take().map(|i| {
                        let i = match INCREASE.find(&i) {
                            Some(m) if total && m.end() < i.len() => i[m.end()..].to_string(),
                            _ => i,
                        };
                        format!("{i}{word}")
                    });
                    t.canonical = None;
                }
            }
            // `国有资本经营预算收入安排6.6亿元，增长3.9%；支出安排4.3亿元，…`: bare spending after a
            // revenue is the same budget's spending, and so is what it carries.
            let counterpart = own
                .and_then(|r| {
                    let name = spending_of(text, r, before)?;
                    // The evidence opens at the budget's name, where half of the name stands.
                    Some((
                        ind,
                        name,
                        before.map_or(ind.0, |((cs, _), _)| cs.min(ind.0)),
                    ))
                })
                .or_else(|| spent.take().filter(|(r, ..)| *r == ind));
            if let Some((_, name, from)) = &counterpart {
                for t in &mut targets {
                    t.indicator = Some(name.clone());
                    t.canonical = indicators::canonical(name, &[]).map(str::to_string);
                    t.span = self.doc.span(&self.para.map, *from, end);
                    t.evidence = self.doc.evidence(&self.para.map, *from, end).to_string();
                }
            }
            spent = counterpart;
            if shares_increase {
                for t in targets.iter_mut().filter(|t| t.kind == TargetKind::Level) {
                    t.kind = TargetKind::Change;
                }
            }
            prev_kept = true;
            found.push(targets);
        }
        self.attach_bases(&items, &links, &mut found);
        found.into_iter().flatten().collect()
    }

    /// Bases of comparison become `base` of the targets they start from, and no targets of their
    /// own: `从1484元提高到1536元` (the pairs `links`, by item index) and
    /// `生产总值94亿元,…,比“十五”末的41.1亿元增长1.29倍` (000_yining_12th_fyp line 17: 41.1 is the
    /// base of 94亿元 and of 1.29倍).
    fn attach_bases(&self, items: &[Item], links: &[(usize, usize)], found: &mut [Vec<Target>]) {
        let text = self.para.text.as_str();
        // (base item, target items, the base's year when its words state it).
        let mut pairs: Vec<(usize, Vec<usize>, Option<i32>)> = links
            .iter()
            .map(|&(b, t)| (b, growth_after(text, items, found, t), None))
            .collect();
        pairs.extend(
            compared_bases(text, items, found)
                .into_iter()
                .map(|(b, targets)| (b, targets, None)),
        );
        pairs.extend(
            bracketed_bases(text, items)
                .into_iter()
                .map(|(b, t, year)| (b, vec![t], Some(year))),
        );
        for (b, targets, year) in pairs {
            let Some(Item::Value(q)) = items.get(b) else {
                continue;
            };
            let Amount::One(value) = q.amount else {
                continue;
            };
            let base = Base {
                year: year.or_else(|| self.base_year(q.start)),
                value,
            };
            for t in targets {
                if let Some(target) = found.get_mut(t).and_then(|f| f.first_mut()) {
                    target.base = Some(base.clone());
                }
            }
            if let Some(f) = found.get_mut(b) {
                f.clear();
            }
        }
    }

    /// The year of a base value starting at byte `at`: `由1997年的123万公里` → 1997, `比“十五”末的
    /// 41.1亿元` → 2005 (the end of the plan period named right before it).
    fn base_year(&self, at: usize) -> Option<i32> {
        let text = self.para.text.as_str();
        base_year(&text[..at]).or_else(|| {
            self.spans
                .iter()
                .filter(|f| f.end <= at)
                .find(|f| {
                    text[f.end..at]
                        .trim_matches(['的', ' ', '\t', '”', '"'])
                        .is_empty()
                })
                .and_then(|f| f.end_year)
        })
    }

    /// Whether a value with its comparator ends its source line before the noun at `b`: one item a
    /// line (`耕种收综合机械化水平达到60%左右⏎发展农业信息技术`) has no counted noun on the next,
    /// but a wrapped sentence (`等12⏎项工程`, `等4项⏎工程`) does.
    fn ends_its_line(&self, q: &Quantity, b: usize) -> bool {
        let a = q.end;
        if a >= b {
            return self.crosses(a, b) && self.short_line_at(a);
        }
        self.crosses(a, b)
    }

    /// Whether the source breaks the line between paragraph bytes `a` and `b` (inclusive of the
    /// character at `b`: the break lies before it).
    fn crosses(&self, a: usize, b: usize) -> bool {
        let text = self.para.text.as_str();
        // Up to the first character at `b`: the break lies between the last byte before it and it.
        let end = b + text[b..].chars().next().map_or(0, char::len_utf8);
        let start = text[..a].char_indices().next_back().map_or(a, |(i, _)| i);
        start < end
            && end <= text.len()
            && self.doc.evidence(&self.para.map, start, end).contains('\n')
    }

    /// An indicator cut to the line it ends on when it runs on from a short line before: one item
    /// a line (`构筑链接循环的产业体系⏎资源产出率提高15%` → `资源产出率`), where a wrapped sentence
    /// (`地区生产⏎总值`) keeps both parts, and so does a word broken by the line end.
    fn after_item_line(&self, r: (usize, usize)) -> (usize, usize) {
        let text = self.para.text.as_str();
        let mut start = r.0;
        for (i, _) in text[r.0..r.1].char_indices().skip(1) {
            let at = r.0 + i;
            let (prev, _) = text[..at].char_indices().next_back().unwrap_or((at, ' '));
            if self.crosses(
                prev + text[prev..].chars().next().map_or(0, char::len_utf8),
                at,
            ) && self.short_line_at(at)
                && !self.inside_word(at)
            {
                start = at;
            }
        }
        let rest = text[start..r.1]
            .chars()
            .filter(|c| c.is_alphabetic())
            .count();
        if rest >= 2 { (start, r.1) } else { r }
    }

    /// Whether a token runs across paragraph byte `at`: a line broken there broke a word
    /// (`城镇居民人均可支配⏎收入达到38650元`, probes county_14th_plan lines 15–16), so the line
    /// was wrapped, however short, and did not end an item.
    fn inside_word(&self, at: usize) -> bool {
        let i = self.tokens.partition_point(|t| (t.end as usize) <= at);
        self.tokens.get(i).is_some_and(|t| (t.start as usize) < at)
    }

    /// Whether the source line holding paragraph byte `a` (exclusive end of a value) is clearly
    /// shorter than the paragraph's longest: it ends where its item ends (one item a line,
    /// `城镇保障性安居工程建设3600万套⏎贫困人口显著减少`), not where a wrapped sentence breaks.
    fn short_line_at(&self, a: usize) -> bool {
        let text = self.para.text.as_str();
        let Some((last, _)) = text[..a].char_indices().next_back() else {
            return false;
        };
        let line = self
            .doc
            .span(&self.para.map, last, a)
            .line
            .saturating_sub(1);
        let chars = |i: usize| self.doc.lines.get(i).map_or(0, |l| l.text.chars().count());
        let longest = self.para.lines.iter().map(|&i| chars(i)).max().unwrap_or(0);
        chars(line) * SHORT_LINE_DEN < longest * SHORT_LINE_NUM
    }

    /// Whether the phrase at `r` ends in a plain verb (`带动银行贷款和其他社会资金形成`,
    /// gwr_2003_national line 18): it frames the value that follows instead of naming what it
    /// measures. A nominal verb (`投资`, `vn`) names a measure.
    fn ends_in_verb(&self, r: (usize, usize)) -> bool {
        tokens_within(self.tokens, r.0, r.1)
            .last()
            .is_some_and(|t| t.end as usize == r.1 && t.pos == "v")
    }

    /// The object a verb took in the clause before, when the value's clause repeats that verb
    /// with nothing else to name (`从今年开始拟连续几年发行超长期特别国债，今年先发行1万亿元`,
    /// probes6 national_style_gwr_2024 lines 38–39): `超长期特别国债`. `own` is the value's clause
    /// up to the value; `None` when the clause before holds a value of its own (ends after
    /// `prev_end`) or names no object after the verb.
    fn object_of_repeated_verb(
        &self,
        own: (usize, usize),
        prev_end: usize,
    ) -> Option<(usize, usize)> {
        let text = self.para.text.as_str();
        let verb = tokens_within(self.tokens, own.0, own.1)
            .iter()
            .rev()
            .find(|t| t.pos == "v")?;
        let verb = &text[verb.start as usize..verb.end as usize];
        if verb.chars().count() < 2 {
            return None;
        }
        let (start, end) = clause_before(text, own.0, &[',', '，'], prev_end)?;
        let at = start + text[start..end].rfind(verb)? + verb.len();
        let object = text[at..end].trim();
        let chars = object.chars().count();
        ((2..=MAX_OBJECT_CHARS).contains(&chars)
            && !object.contains(|c: char| c.is_ascii_digit())
            && object
                .chars()
                .all(|c| c.is_alphanumeric() || "“”（）()".contains(c)))
        .then(|| (end - object.len(), end))
    }

    /// Whether the phrase at `r` is made of verbs, adverbs and the like only (`培育`, `布局实施`):
    /// an action, not an indicator.
    fn only_verbs(&self, r: (usize, usize)) -> bool {
        let toks = tokens_within(self.tokens, r.0, r.1);
        // `办结率` (办结/v 率/v): a rate by name is a measure, however jieba tags it; so is an
        // amount of money by name (`罚没款1268.5万元`, 罚没款/v: probes18
        // prefecture_ecology_bulletin_2022 line 90).
        // `五年年均增长5.8%`: a span of years names no measure.
        if YEARS_ONLY.is_match(&self.para.text[r.0..r.1]) {
            return true;
        }
        !toks.is_empty()
            && !classify::names_a_rate(&self.para.text[r.0..r.1])
            && !self.para.text[r.0..r.1].ends_with(['款', '额', '费', '金'])
            // `支出36.8亿元` after the year's revenue (支出/v): spending by name.
            && !self.para.text[r.0..r.1].ends_with("支出")
            // `保险业实现保费收入42.7亿元` (保费/v 收入/v, probes63
            // district_gwr_2026_financial_figures line 33): revenue by name.
            && !self.para.text[r.0..r.1].ends_with("收入")
            // `二是新增养老床位1.5万张，投入9.2亿元` (probes51 province_gwr_2026_long_paragraphs
            // line 67): the money put in, by name.
            && !matches!(self.para.text[r.0..r.1].trim(), "投入" | "累计投入" | "总投入" | "共投入")
            && toks
                .iter()
                // `解决了` (v + ul): the particles of jieba's tag set all start with `u`.
                .all(|t| {
                    matches!(t.pos, "v" | "vd" | "d" | "p" | "c" | "ad" | "x")
                        || t.pos.starts_with('u')
                })
    }

    /// The indicator opening the sentence at `sentence`, in its first clause (before `clause`,
    /// after the previous value's end `prev_end`): `全省地区生产总值连跨两个万亿元台阶` names what
    /// grew `五年年均增长6.1%` after it.
    fn sentence_subject(
        &self,
        sentence: usize,
        clause: usize,
        prev_end: usize,
        skip: &[(usize, usize)],
    ) -> Option<(usize, usize)> {
        let text = self.para.text.as_str();
        let from = sentence.max(prev_end);
        if from >= clause {
            return None;
        }
        // The first clause naming one (`回顾“十三五”，全省地区生产总值…`).
        let mut at = from;
        for (b, c) in text[from..clause].char_indices() {
            if c != ',' && c != '，' {
                continue;
            }
            let end = from + b;
            if let Some(r) = indicator::find_in_words(text, (at, end), skip, self.tokens)
                .filter(|r| !self.only_verbs(*r) && !YEARS_ONLY.is_match(&text[r.0..r.1]))
            {
                return Some(r);
            }
            at = end + c.len_utf8();
        }
        None
    }

    /// The target of a value `q` with indicator bytes `ind`; `between` is the text from the
    /// indicator (or clause) to the value.
    fn value_target(
        &self,
        q: &Quantity,
        ind: (usize, usize),
        between: &str,
        sentence: usize,
        counted: bool,
    ) -> Option<Target> {
        let text = self.para.text.as_str();
        let indicator = text[ind.0..ind.1].trim();
        let after = &text[q.end..];
        // The value's clause up to it.
        let head = &text[clause_start(text, q.start)..q.start];
        if is_mere_duration(q, indicator, &text[..q.start])
            || counts_indicators(q, indicator)
            || is_design_speed(q, indicator, after)
            || is_reference(head, after)
            || is_scoring_rule(q, head, after)
            || is_incentive_standard(
                head,
                || &text[sentence_start(text, q.start)..q.start],
                after,
            )
        {
            return None;
        }
        let mut comparator = classify::comparator(between, after, q.more);
        let kind = classify::kind(q, indicator, between);
        let value = match &q.amount {
            Amount::One(v) => Value::Number(*v),
            Amount::Range(lo, _) => {
                if comparator == Comparator::Eq {
                    comparator = Comparator::Ge;
                }
                Value::Number(*lo)
            }
            Amount::Ratio(parts) => Value::Ratio(parts.clone()),
        };
        let normalized = match (&value, &q.unit) {
            (Value::Number(v), Some(u)) => units::normalize(*v, u),
            _ => None,
        };
        let start = ind.0.min(q.start);
        let end = if counted { ind.1.max(q.end) } else { q.end };
        let clause = &text[clause_start(text, q.start)..clause_end(text, q.end)];
        let (status, year) = self.status_and_year(sentence, q.start);
        // A ratio has no number to be another value's base: it stays a value of the base's year
        // (`三次产业结构由2020年的8.1:42.3:49.6调整为6.8:40.5:52.7`, probes64
        // city_15th_outline_ordinary line 13).
        let (status, year) = match (&q.amount, base_year(&text[..q.start])) {
            (Amount::Ratio(_), Some(y)) => (Status::Actual, Some(y)),
            _ => (status, year),
        };
        // `高于年初确定的6%左右的预期目标`: the value is the goal it is compared with — unless the
        // goal was reached (`提前五年实现了比一九八〇年翻两番的目标`, probes old_report_1996 line 11).
        let reached = ["实现", "完成"].iter().any(|w| head.contains(w));
        let named_goal = NAMED_A_GOAL.is_match(&text[q.end..]) && !reached;
        let status = if named_goal {
            Status::Target
        } else {
            classify::planned_or_done(head).unwrap_or(status)
        };
        // A goal named in an evaluation (`接近28微克/立方米的目标值`) is the plan's, for its last
        // year, not the year evaluated.
        let year = match (named_goal, self.meta.evaluated) {
            (true, Some(e)) if year == Some(e) => {
                year::from_period(self.meta, Status::Target).or(year)
            }
            _ => year,
        };
        // `控制在3.5%的计划目标以内` (probes15 county_plan_execution_2025 line 39): the bound follows
        // the goal's name.
        if comparator == Comparator::Eq
            && let Some(m) = NAMED_A_GOAL.find(after)
        {
            comparator = classify::comparator("", &after[m.end()..], false);
        }
        // `分别控制在3.5‰、5.0‰以下` (probes53 province_health_15th_plan_table line 91): the bound
        // closing a list of respective values bounds each.
        if comparator == Comparator::Eq
            && clause.contains("分别")
            && let Some(c) = LIST_BOUND.captures(after)
        {
            comparator = classify::comparator("", &c["bound"], false);
        }
        Some(Target {
            unit: q.unit.clone(),
            normalized,
            kind,
            comparator,
            binding: classify::binding(clause).or_else(|| bracketed_binding(&text[q.end..])),
            ..self.target(ind, start, end, Some(value), status, year)
        })
    }

    /// Targets stated without a number: one per indicator of a list (`万元生产总值能耗、
    /// 单位生产总值二氧化碳排放、主要污染物排放控制在国家下达指标内`).
    fn note_targets(
        &self,
        ind: (usize, usize),
        note: (usize, usize),
        sentence: usize,
    ) -> Vec<Target> {
        let text = self.para.text.as_str();
        let words = &text[note.0..note.1];
        let comparator = if words.starts_with("控制在") {
            Comparator::Le
        } else {
            Comparator::Eq
        };
        // `地方财政收入与国内生产总值同步增长`: the indicator is what grows (but in `居民收入增长
        // 与经济增长同步` the subject is its growth, kept with 同步, no kind of its own).
        let kind = if words.ends_with("增长") || words.ends_with("提高") || words.ends_with("提升")
        {
            TargetKind::Growth
        } else {
            TargetKind::Level
        };
        let (status, year) = self.status_and_year(sentence, note.0);
        // An indicator names what the note speaks of before it; a phrase running over the note
        // (`保持在合理区间、各年度视情…` opening a paragraph: a crash the fuzzer found) names none.
        list_parts(text, ind)
            .into_iter()
            .filter(|&(s, e)| e > s && e <= note.0)
            .map(|part| Target {
                comparator,
                kind,
                note: Some(words.to_string()),
                ..self.target(part, part.0, note.1, None, status, year)
            })
            .collect()
    }

    /// A target with the fields every kind shares; the caller fills in the rest.
    fn target(
        &self,
        ind: (usize, usize),
        start: usize,
        end: usize,
        value: Option<Value>,
        status: Status,
        year: Option<i32>,
    ) -> Target {
        let text = self.para.text.as_str();
        let indicator = text[ind.0..ind.1].trim().to_string();
        let words: Vec<&str> = tokens_within(self.tokens, ind.0, ind.1)
            .iter()
            .map(|t| &text[t.start as usize..t.end as usize])
            .collect();
        let span = self.doc.span(&self.para.map, start, end);
        Target {
            id: String::new(),
            section: self.outline.section_id_at_line(span.line.saturating_sub(1)),
            canonical: indicators::canonical(&indicator, &words).map(str::to_string),
            indicator: Some(indicator),
            value,
            unit: None,
            normalized: None,
            kind: TargetKind::Level,
            comparator: Comparator::Eq,
            year,
            base: None,
            status,
            binding: None,
            origin: Origin::Prose,
            cumulative: false,
            note: None,
            evidence: self.doc.evidence(&self.para.map, start, end).to_string(),
            span,
        }
    }

    /// Status and year of a value at byte `at` in the sentence starting at `sentence`.
    fn status_and_year(&self, sentence: usize, at: usize) -> (Status, Option<i32>) {
        let text = self.para.text.as_str();
        // What a named document proposes (`全省森林覆盖率预计2025年达到58.6%，《建议》提出稳定在59%
        // 以上`, probes17 province_15th_proposal_explanation line 64) is a target, and the times
        // before the proposal in its sentence are not its own.
        let proposal = PROPOSAL.find_iter(&text[sentence..at]).last();
        let sentence = proposal.map_or(sentence, |m| sentence + m.end());
        // Words of status speak of the values after them (`由2020年的63.2%提高到2022年的65.1%，规划
        // 目标为2025年达到68%`: the target is 68% alone).
        let sentence_text = &text[sentence..at];
        // A time expression of the value's own sentence; else one of an earlier sentence that sets
        // a scope for what follows (`到2020年生产总值达到565亿元…。人口达到90万人。`), not a
        // plain year mentioned in passing (`是1950年到1997年…的总和`).
        // A base year of an earlier clause (`在2020年77.3岁的基础上提高1岁，…达到3.2人`) dates
        // nothing after its clause.
        let clause = clause_start(text, at);
        // A year in brackets closed before the value dates the base given there, not the value
        // (`研发经费投入强度达到3.5%左右（2025年：2.9%），每万人口高价值发明专利拥有量达到22件`,
        // probes60 district_15th_plan_values_in_brackets line 40). Only times ending before the
        // value can date it (`year::from_text`): that cheap test comes first, for a paragraph of
        // thousands of times.
        let bracketed_before =
            |f: &Found| base_bracket_end(text, f.start).is_some_and(|end| end < at);
        let in_sentence: Vec<Found> = self
            .spans
            .iter()
            .filter(|f| {
                f.end <= at
                    && f.start >= sentence
                    && !bracketed_before(f)
                    && !((f.end <= clause || MULTIPLE_OF.is_match(&text[f.end..]))
                        && is_base_time(text, f))
            })
            .cloned()
            .collect();
        // A year earlier in the same sentence is such a scope too (`2020年，全市…为38微克/立方米
        // …；空气质量优良天数比例达到82.5%`, `一九九六年全省…主要预期目标是：…；全社会固定资产投资
        // 一千一百亿元`), and outweighs a plan named in an earlier sentence.
        let full = full_sentence(text, at);
        let full = match proposal {
            Some(_) => &text[(at - full.len()).max(sentence)..at],
            None => full,
        };
        let full_start = at - full.len();
        let scopes: Vec<Found> = self
            .spans
            .iter()
            .filter(|f| match f.kind {
                TimeSpanKind::Deadline => true,
                // A work report names plans in passing (`2021年是“十四五”开局之年。`): no scope.
                TimeSpanKind::PlanPeriod => !self.meta.speaks_as_report() && !is_base_time(text, f),
                // A year in brackets dates a base given there (`到2030年突破1500亿元（2025年：
                // 1128亿元）；人均地区生产总值达到18万元`, probes60
                // district_15th_plan_values_in_brackets lines 35–36), no scope.
                TimeSpanKind::Year => {
                    f.end <= at
                        && f.start >= full_start
                        && !is_base_time(text, f)
                        && base_bracket_end(text, f.start).is_none()
                }
                _ => false,
            })
            .cloned()
            .collect();
        let in_text = year::from_text(text, &in_sentence, at)
            .or_else(|| year::this_year(self.meta, full))
            .or_else(|| year::from_text(text, &scopes, at))
            .or_else(|| self.lead_deadline.map(|y| (y, TimeSpanKind::Deadline)));
        let deadline = matches!(in_text, Some((_, TimeSpanKind::Deadline)));
        // A work report speaks of the past year, unless its section is titled with the report's
        // own year or a later one (`2025年省十件民生实事`, an appendix of plans).
        let planned_title = self.meta.speaks_as_report()
            && self
                .title_year()
                .zip(self.meta.period.as_ref())
                .is_some_and(|(y, p)| y >= p.start_year);
        let review = self.meta.speaks_as_report() || self.meta.reviews_its_year();
        let fallback = if review && !planned_title {
            Status::Actual
        } else {
            Status::Target
        };
        // A plan's value dated before the plan's own period (`“十三五”期间…达到92.3%` in a 十四五
        // plan) was achieved, whatever the section is called.
        // So is one of a plan of other kind titled with its years (`…国土空间总体规划（2021—2035年）`:
        // `2020年全市常住人口486.2万人`, probes15 prefecture_territorial_spatial_plan line 24).
        let years_plan = self.meta.kind == DocKind::Other
            && self
                .meta
                .period
                .as_ref()
                .is_some_and(|p| p.start_year < p.end_year);
        // So is a work report's value dated before the report's year (`2026年，全省常住人口城镇化率
        // 达到63.2%` in a Q&A on the 2027 report, probes36 province_gwr_2027_policy_qa line 74).
        // So is a value dated before the year of any other document of one year (`2025年，全县地区
        // 生产总值达到286.4亿元` in `…2026年度…综合考核办法`, probes56
        // county_performance_assessment_2026 line 18).
        let one_year = self
            .meta
            .period
            .as_ref()
            .is_some_and(|p| p.start_year == p.end_year);
        let dated_before = match in_text {
            Some((y, _))
                if self.meta.kind == DocKind::FiveYearPlan
                    || years_plan
                    || one_year
                    || self.meta.speaks_as_report() =>
            {
                self.meta.period.as_ref().is_some_and(|p| y < p.start_year)
            }
            _ => false,
        };
        // An evaluation of a plan states outcomes up to the year it reports on (probes28
        // county_plan_midterm_evaluation_2028, probes29 city_14th_final_evaluation_2026).
        let evaluated = self
            .meta
            .evaluated
            .filter(|&e| in_text.is_none_or(|(y, _)| y <= e));
        // A document on a plan's results (`…“十四五”规划实施成效新闻发布会实录`) speaks of its
        // period's last year as done (`由2020年的186亿元增长到2025年的534亿元`, probes49
        // county_plan_review_2021_2025_press_release line 42).
        // Whether the value's year lies after the document's years (None: no year, no period).
        let after_period = in_text
            .zip(self.meta.period.as_ref())
            .map(|((y, _), p)| y > p.end_year);
        let reviewed = self.meta.reviews_its_year() && after_period == Some(false);
        let past = dated_before
            || (in_text.is_none()
                && self.meta.kind == DocKind::FiveYearPlan
                && self.review_year().is_some())
            || evaluated.is_some()
            || reviewed;
        let (deadline, fallback) = if past {
            (false, Status::Actual)
        } else {
            (deadline, fallback)
        };
        let status = if self.goal_row || proposal.is_some() {
            Status::Target
        } else if (dated_before || evaluated.is_some()) && !classify::has_target_cue(sentence_text)
        {
            // Dated before the plan, whatever the section is called.
            Status::Actual
        } else if deadline && sentence_text.contains("累计完成") && after_period == Some(true) {
            // A running total by a deadline after the document's years is planned (`到2030年，…；
            // 五年累计完成固定资产投资1300亿元以上`, probes49
            // county_plan_review_2021_2025_press_release line 79).
            Status::Target
        } else if listed_under_goals(text, sentence, at)
            || (self.meta.speaks_as_report()
                && year::this_year(self.meta, full).is_some()
                && !classify::has_actual_cue(sentence_text))
        {
            // `今年…` in a work report: the report's year, planned.
            Status::Target
        } else {
            classify::status(sentence_text, self.titles(), deadline, fallback)
        };
        // `五年内` in a review looks back: no year of its own.
        let in_text =
            in_text.filter(|(_, k)| !(status == Status::Actual && *k == TimeSpanKind::Relative));
        let year = in_text
            .map(|(y, _)| y)
            .or(evaluated.filter(|_| status == Status::Actual))
            .or_else(|| self.review_year())
            .or_else(|| self.title_year())
            .or_else(|| year::from_period(self.meta, status));
        (status, year)
    }
}

/// Whether a clause of `其中` whose only words are a verb (`verb`: its name, verbs alone) repeats
/// the verb of the indicator carried over: `五年累计募集慈善款物6280万元，其中2025年募集1420万元`
/// (probes63 county_civil_affairs_elderly_care_review_2026 line 35) — a part of that indicator.
/// `clause`: the clause's words before the value.
fn repeats_named_verb(
    text: &str,
    clause: (usize, usize),
    verb: Option<(usize, usize)>,
    carried: (usize, usize),
) -> bool {
    let of_which = text[clause.0..clause.1]
        .trim_start_matches([',', '，', '、', ' '])
        .starts_with("其中");
    of_which
        && verb.is_some_and(|(s, e)| {
            let verb = &text[s..e];
            verb.chars().count() >= 2 && carried.1 <= s && text[carried.0..carried.1].contains(verb)
        })
}

/// The place named before a bracket holding nothing but the value at `item` (`澜州市（412.6亿元）`):
/// the words from the last list mark or copula of their clause (`分别为`, `、`) to the bracket,
/// a short name ending as places do. Other names before such brackets are projects sized
/// (`…露天煤矿（3000万吨/年）`), groups counted (`教育（4项）`) or a value restated in other units.
fn bracket_owner(text: &str, item: (usize, usize)) -> Option<(usize, usize)> {
    let head = text[..item.0].trim_end_matches([' ', '\t']);
    let open = head.strip_suffix(['（', '('])?.len();
    if !text[item.1..]
        .trim_start_matches([' ', '\t'])
        .starts_with(['）', ')'])
    {
        return None;
    }
    let clause = clause_start(text, open);
    let from = ["为", "是", "、", "和", "及", "其中"]
        .iter()
        .filter_map(|w| text[clause..open].rfind(w).map(|i| clause + i + w.len()))
        .max()
        .unwrap_or(clause);
    let name = &text[from..open];
    let place = name.chars().count() <= PLACE_CHARS
        && name.ends_with(['市', '县', '区', '州', '盟', '旗', '镇', '乡']);
    place.then_some((from, open))
}

/// Most characters of a place's name before a bracketed value.
const PLACE_CHARS: usize = 8;

/// Whether a verb alone, with nothing to carry, names what a count of people, households or
/// events after it counts: those an event befell or the events themselves (`全省共发生各类生产安全
/// 事故1326起、死亡784人`, probes62 province_emergency_management_15th_plan line 17; `2017年脱贫
/// 11360人`, poverty_alleviation_plan_2016 line 33; `带动就业超过500万人`). The count ends its
/// phrase: with a noun after it, the noun is what is counted (`培养50名拔尖人才`, `解决8.5万人就业
/// 问题`: 000_yining_12th_fyp lines 306, 33). A verb of relation (`达到`, `新增`) never names.
fn counts_events(text: &str, item: &Item, name: (usize, usize)) -> bool {
    let Item::Value(q) = item else {
        return false;
    };
    let name = &text[name.0..name.1];
    let ends_phrase = text[q.end..]
        .chars()
        .next()
        .is_none_or(|c| !c.is_alphanumeric());
    // Other counts by a compound of verbs: `离婚登记3987对` (probes63
    // county_civil_affairs_elderly_care_review_2026 line 33), never a verb alone (`改造28个`).
    let people = matches!(
        q.unit.as_deref(),
        Some("人" | "万人" | "人次" | "万人次" | "户" | "万户" | "起")
    );
    let compound =
        name.chars().count() >= 4 && q.unit.as_deref().is_some_and(classify::is_count_unit);
    (people || compound)
        && ends_phrase
        // `达到或超过时序进度的18项`: a kind of things counted, no event (mid_term_review_13th_2018
        // line 10).
        && !name.ends_with('的')
        && !indicator::is_predicate(name)
        && name.chars().all(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// A return period outside a standard names an event's size, no target: `全力应对北江百年一遇特大
/// 洪水` (gwr_2025_guangdong line 13), where `防洪标准达到100年一遇` (probes16
/// water_resources_14th_plan line 43) is one.
fn is_flood_magnitude(text: &str, q: &Quantity) -> bool {
    q.unit.as_deref() == Some("年一遇")
        && !text[clause_start(text, q.start)..q.start].contains("标准")
}

/// A named document's proposal: `《建议》提出`, `《纲要》明确`.
static PROPOSAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"《[^》]{1,40}》(?:提出|明确|要求)(?:了|要)?").expect("valid regex")
});

/// Whether a time names the base a value is compared with, no scope of what follows:
/// `在2020年77.3岁的基础上提高1岁，…达到3.2人` (probes9 national_style_outline_excerpt line
/// 71), `力争投入强度高于“十三五”时期实际。` (line 53).
fn is_base_time(text: &str, f: &Found) -> bool {
    let before = text[..f.start].trim_end_matches(['“', '"', ' ']);
    let after = &text[f.end..];
    let clause = &after[..clause_end(after, 0).min(after.len())];
    ["比", "较", "于", "相比"]
        .iter()
        .any(|w| before.ends_with(w))
        || clause.contains("基础上")
        || MULTIPLE_OF.is_match(after)
}

/// A time whose value is multiplied: `达到2025年的1.5倍` (probes17 province_15th_proposal_explanation
/// line 48), `是2005年的2.1倍` — the base, no scope.
static MULTIPLE_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^的[ \t]*[\d.一二两三四五六七八九十]+[ \t]*倍").expect("valid regex")
});

/// What follows a value that is itself a goal: `6%左右的预期目标`, `3%的调控目标`,
/// `5.5%左右的目标` (probes7 province_plan_execution_2023 lines 19, 45), `控制在省下达的14.2亿立方米
/// 控制指标以内` (probes55 city_water_conservancy_plan_annex_project_table line 10).
static NAMED_A_GOAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:左右|以上|以内|以下)?(?:的(?:规划|计划)?(?:预期|调控|年度|奋斗|控制|约束性|预期性)?目标|的?(?:控制|约束性|预期性)指标)",
    )
    .expect("valid regex")
});

/// A bound that qualifies a noun after it: `技工贸总收入5000万元以上的民营高新技术企业`,
/// `200平方公里以上有防洪任务的重点中小河流`.
/// Without `的`, the bound runs straight into a noun of places or units (`300万以下城市落户限制
/// 基本取消`, probes26 national_urbanization_special_plan_15th line 14; `10亿元以上项目9个`).
static QUALIFIES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^[ \t]*及?以[上下](?:[^,，;；。、:：\d]{{0,8}}?的[ \t]*\p{{Han}}|{GROUP_NOUNS})"
    ))
    .expect("valid regex")
});

/// Nouns of a group a bound picks out when it runs straight into them (`10亿元以上项目`,
/// `低于15万元/亩的企业`).
const GROUP_NOUNS: &str = r"(?:在建|新建|新开工|续建|重点|建设|产业)?(?:城市|县城|企业|工业企业|项目|园区|景区|乡镇|行政村|自然村|村|农户)";

/// [`GROUP_NOUNS`] opening a text.
static GROUP_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!("^{GROUP_NOUNS}")).expect("valid regex"));

/// Whether a value is a threshold that picks out the things named after it (yunnan_10th_fyp_2001
/// line 212, national_12th_fyp_2011 line 524), not a target. A share (`90%以上的行政村`) is a
/// measure of the group and a count (`50所以上的学校`) counts it: both stay.
fn is_threshold(text: &str, q: &Quantity) -> bool {
    q.form == numbers::Form::Plain
        && !q.unit.as_deref().is_some_and(classify::is_count_unit)
        && (QUALIFIES.is_match(&text[q.end..]) || bounds_a_group(text, q))
}

/// A term of a formula: `计算公式为：R&D经费支出÷地区生产总值×100%` (probes39
/// province_15th_outline_indicator_explanations line 27): the value stands after or before a
/// sign of multiplication or division.
fn is_formula_term(text: &str, q: &Quantity) -> bool {
    const SIGNS: [char; 3] = ['×', '÷', '*'];
    let before = text[..q.start].trim_end_matches([' ', '\t']);
    // `2×35万千瓦`: two units of a plant's size, no formula.
    let factor = before
        .strip_suffix(SIGNS)
        .is_some_and(|b| !b.ends_with(|c: char| c.is_ascii_digit()));
    factor
        || text[q.end..]
            .trim_start_matches([' ', '\t'])
            .starts_with(SIGNS)
}

/// A place in a ranking: `进入全省开发区综合考评前20名`, `位居全市第3名` (probes40
/// county_leader_speech_economic_work_2026 line 66).
fn is_rank(text: &str, q: &Quantity) -> bool {
    matches!(q.unit.as_deref(), Some("名" | "位"))
        && text[..q.start]
            .trim_end_matches([' ', '\t'])
            .ends_with(['前', '第'])
}

/// An age that bounds the people named right after it: `3岁以下婴幼儿`, `16—59岁劳动年龄人口`,
/// `65周岁及以上老年人` (probes39 province_15th_outline_indicator_explanations lines 45, 51,
/// 56): part of a name, no value. An age that ends its clause (`人均预期寿命达到80岁`) stays.
fn is_age_bound(text: &str, q: &Quantity) -> bool {
    if !matches!(q.unit.as_deref(), Some("岁" | "周岁")) {
        return false;
    }
    let after = &text[q.end..];
    // A bare age bounds only as a range (`16—59岁劳动年龄人口`): `达到74.5岁` may run into the
    // next item of a list printed without stops (national_12th_fyp_2011 line 59).
    let after = match ["及以上", "及以下", "以上", "以下"]
        .iter()
        .find_map(|w| after.strip_prefix(w))
    {
        Some(rest) => rest,
        None if matches!(q.amount, Amount::Range(..)) => after,
        None => return false,
    };
    after
        .chars()
        .next()
        .is_some_and(|c| c.is_alphabetic() && !matches!(c, '左' | '和' | '与' | '及' | '或'))
}

/// The magnitude of a rate's denominator: `指每千名常住人口拥有的…托位数` (probes39
/// province_15th_outline_indicator_explanations line 51), `每万人口`: a numeral character
/// after `每` is part of the measure's name, no value.
fn is_per_magnitude(text: &str, q: &Quantity) -> bool {
    q.chinese
        && text[..q.start].ends_with('每')
        && text[q.start..q.end]
            .chars()
            .next()
            .is_some_and(|c| matches!(c, '十' | '百' | '千' | '万' | '亿'))
}

/// A bound before the value and a group after it: `对亩均税收低于15万元/亩的企业实施差别化电价`
/// (probes14 industrial_park_special_plan line 62), `产值超10亿元企业21家`.
fn bounds_a_group(text: &str, q: &Quantity) -> bool {
    let before = text[..q.start].trim_end_matches([' ', '\t']);
    let after = text[q.end..].trim_start_matches([' ', '\t']);
    ["低于", "高于", "不足", "超过", "超"]
        .iter()
        .any(|w| before.ends_with(w))
        && GROUP_AFTER.is_match(after.strip_prefix('的').unwrap_or(after))
}

/// An indicator that is only a plan's name and `的`: the value after it is the share of that plan
/// reached (`完成年度计划的101.2%`, `完成目标任务的48.6%`, `达到序时进度的60%`).
static COMPLETION_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:完成|达到|为|占)?(?:规划|年度|全年|预期|既定|计划|五年)?",
        r"(?:目标任务|目标|计划|任务|预算|序时进度|时序进度)的$",
        // `与时间进度（40%）相比`: the share of the plan's years gone by.
        r"|^(?:与)?(?:时间|时序|序时)进度$"
    ))
    .expect("valid regex")
});

/// Where the verb of a completion share opens (`完成全年目标的`): at `完成`/`达到` a few
/// characters before the plan's name `at`, within the clause from `from`; else `at`.
fn completion_verb(text: &str, from: usize, at: usize) -> usize {
    let head = &text[from..at];
    let near = head.char_indices().rev().nth(5).map_or(0, |(b, _)| b);
    ["完成", "达到"]
        .into_iter()
        .filter_map(|v| head[near..].rfind(v).map(|b| from + near + b))
        .max()
        .unwrap_or(at)
}

/// The spending of the budget whose revenue the sentence named before: `支出` at `r` after
/// `全市国有资本经营预算收入` (`carried`, in the same sentence) is `全市国有资本经营预算支出`
/// (probes34 city_congress_budget_review_opinion_2026 lines 48–50).
fn spending_of(
    text: &str,
    r: (usize, usize),
    carried: Option<((usize, usize), usize)>,
) -> Option<String> {
    let ((cs, ce), _) = carried?;
    let budget = text[cs..ce].trim().strip_suffix("收入")?;
    let of_budget = budget.contains("预算") || budget.ends_with("基金") || budget.ends_with("财政");
    (ce <= r.0
        && full_sentence(text, r.0).len() > r.0 - ce
        && text[r.0..r.1].trim() == "支出"
        && of_budget)
        .then(|| format!("{budget}支出"))
}

/// Whether a percentage measures how much of a plan was done (probes6 city_14th_midterm_review
/// line 21 `完成规划目标的81.7%`): no target; the indicator it speaks of has its own value.
fn is_completion_share(indicator: &str, q: &Quantity) -> bool {
    q.unit.as_deref() == Some("%") && COMPLETION_OF.is_match(indicator.trim())
}

/// A rate named right after an amount, and its own value after it in the clause:
/// `建成区公园绿地500米服务半径覆盖率达到94%`.
static RATE_NAMED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\p{Han}{0,10}?(?:率|比重|比例)[^,，;；。\d]{0,6}\d").expect("valid regex")
});

/// Whether an amount is part of the name of a rate that follows with its own value
/// (beijing_15th_fyp_2026 line 3023, `500米服务半径覆盖率达到94%`): no target of its own.
fn names_a_rate(text: &str, q: &Quantity) -> bool {
    q.form == numbers::Form::Plain && RATE_NAMED_AFTER.is_match(&text[q.end..])
}

/// Whether a value is a voltage (`500千伏变电站`, `110千伏及以上输电线路`, probes5
/// energy_special_plan_14th line 14): the class of a line or substation it names, never a
/// measure of one.
fn is_voltage_class(q: &Quantity) -> bool {
    matches!(q.unit.as_deref(), Some("千伏" | "kV" | "KV"))
}

/// Whether a value is the seating of a venue it names (`桐溪奥体中心3万座体育场项目`, `含5000座
/// 综合馆`, probes62 city_sports_culture_tourism_15th_plan lines 66, 70): a hundred seats or
/// more, never a count of venues (`建成1座综合性博物馆`).
fn is_seating(text: &str, q: &Quantity) -> bool {
    static VENUE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^座?(?:位)?(?:的)?(?:专业)?(?:足球场|体育场|体育馆|综合馆|游泳馆|剧院|剧场|场馆|看台|音乐厅|会堂)")
            .expect("valid regex")
    });
    let seats = match (q.unit.as_deref(), &q.amount) {
        (Some("座") | None, Amount::One(v)) => *v,
        (Some("万座" | "万"), Amount::One(v)) => v * 1e4,
        _ => return false,
    };
    // The unit holds `座`, or the venue follows it (`3万` / `座体育场`).
    seats >= 100.0 && VENUE.is_match(&text[q.end..])
}

/// Verbs of an increase opening an indicator: what follows counts what is added.
static INCREASE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:新增|新建|新开工|新改建|新培育|新认定|新设|增加|增建)").expect("valid regex")
});

/// Whether the text between a value and the next indicator is only a list mark (`、`): the
/// indicator is the next item of the same list.
fn is_item_mark(gap: &str) -> bool {
    gap.trim_matches([' ', '\t']) == "、"
}

/// Text between two values of one list: `和`, `、`, `及` (`分别增长4%和8.1%`).
fn is_list_joint(between: &str) -> bool {
    let t = between.trim_matches([' ', '\t', '、', ',', '，']);
    t.is_empty() || matches!(t, "和" | "及" | "与" | "以及")
}

/// The words that say what a value is: for a counted noun only the predicate right before the
/// value (`新增`, `增长`), not the clause's other verbs (`水平提升等12项工程`).
fn kind_words(between: &str, counted: bool) -> &str {
    if !counted {
        return between;
    }
    indicator::trailing_predicate(between).unwrap_or("")
}

/// A line shorter than `SHORT_LINE_NUM / SHORT_LINE_DEN` of its paragraph's longest ends an item.
const SHORT_LINE_NUM: usize = 4;
const SHORT_LINE_DEN: usize = 5;

/// Units of time: a value in them is a duration.
const DURATION_UNITS: [&str; 9] = ["年", "个月", "月", "天", "日", "周", "岁", "小时", "分钟"];

/// Indicators that measure a duration or an age (`平均受教育年限`, `人均预期寿命`).
static DURATION_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"年限|时间|时长|寿命|年龄|期限|周期|工期|天数|月数|小时数|时限|用时|审批|办结|工作日",
    )
    .expect("valid regex")
});

/// Whether a value counts a plan's indicators or its progress verdicts, not a measure
/// (`纲要确定的主要指标共26项，其中约束性指标9项`, `达到或超过时序进度的18项`: probes11
/// mid_term_review_13th_2018 line 10).
fn counts_indicators(q: &Quantity, indicator: &str) -> bool {
    q.unit.as_deref() == Some("项")
        && (indicator.ends_with("指标") || indicator.trim_end_matches('的').ends_with("进度"))
}

/// A value that is a reference, not a measure: a standard's limit (`低于二级标准限值35微克/立方米`),
/// the pool of a ranking (`改善幅度位列全省16个设区市前五`), the basis of a count
/// (`优良天数比例按有效监测天数365天计`) — probes54 city_air_quality_bulletin_2025_ranks lines 25,
/// 26, 30, 83. `before` is the value's clause up to it.
fn is_reference(before: &str, after: &str) -> bool {
    static BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:限值(?:为|是)?|(?:位列|位居|排名|排在|居于?)(?:全国|全省|全市|全区|全州|全县)?)[ \t（(]*$")
            .expect("valid regex")
    });
    // `67.2 dB(A)，低于70 dB(A)的4a类区标准限值` (probes30 city_environment_bulletin_2025 line 65).
    static LIMIT_AFTER: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^[ \t]*的?[^，,。；;\d]{0,10}?限值").expect("valid regex"));
    static BASIS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^[^，。；,;]{0,10}?计(?:[，。；,;）)]|$)").expect("valid regex")
    });
    BEFORE.is_match(before)
        || LIMIT_AFTER.is_match(after)
        || (before.contains('按') && BASIS.is_match(after))
}

/// A policy's standard of reward or subsidy, no measure: what each recipient may get
/// (`分别给予最高100万元、50万元、20万元一次性奖励`, `每辆最高2万元补贴`, `给予售价15%的补贴，单件最高
/// 不超过2000元`: probes65 city_commerce_consumption_action_plan_2026_2027 lines 37–38, 59–62).
/// A sum paid out stays (`发放补贴2.3亿元`). `before` is the value's clause up to it; `sentence`
/// gives its sentence up to it, read only after a cap (a paragraph of one long sentence has
/// thousands of values).
fn is_incentive_standard<'t>(
    before: &str,
    sentence: impl FnOnce() -> &'t str,
    after: &str,
) -> bool {
    // The cap may open a list of values (`最高100万元、50万元`).
    static CAP: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:最高|最多|不超过)[ \t]*(?:[\d.]+[^\d、，,。；;]{0,4}[、和及][ \t]*)*$")
            .expect("valid regex")
    });
    static GRANT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^[ \t]*的?(?:一次性)?(?:奖励|补贴|补助|资助|奖补)").expect("valid regex")
    });
    let grant_after = GRANT_AFTER.is_match(after);
    if before.contains("给予") && grant_after {
        return true;
    }
    CAP.is_match(before)
        && (grant_after || {
            let sentence = sentence();
            ["给予", "奖励", "补贴", "补助", "资助"]
                .iter()
                .any(|w| sentence.contains(w))
        })
}

/// A rule of an assessment's scoring, no measure: points added or taken (`获得国家级表彰的加2分`,
/// `累计不超过5分`, `考核实行100分制`), the step a rule scores by (`每少完成100万元扣0.3分`), a share
/// of a weight or of points (`最高加至该项分值的120%`, `占领导班子年度考核权重的40%`) — probes56
/// county_performance_assessment_2026 lines 35–36, 81–87, 92. A score achieved (`群众满意度测评
/// 得分92.5分`) stays. `before` is the value's clause up to it.
fn is_scoring_rule(q: &Quantity, before: &str, after: &str) -> bool {
    static POINTS_RULE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"扣|加分|加[\d.一二三四五六七八九十]|加$|分值|满分|赋分|计分|最高|不超过|^制")
            .expect("valid regex")
    });
    static STEP: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"每(?:少|多|低|高|超|增加|减少|下降|提高|降低|超过|低于)?(?:完成)?[ \t]*$")
            .expect("valid regex")
    });
    static WEIGHT_SHARE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?:分值|权重)的[ \t]*$").expect("valid regex"));
    let clause_after = after
        .split(['，', '。', '；', ',', ';'])
        .next()
        .unwrap_or("");
    (q.unit.as_deref() == Some("分")
        && (POINTS_RULE.is_match(before) || POINTS_RULE.is_match(clause_after)))
        || (STEP.is_match(before) && (clause_after.contains('扣') || clause_after.contains('加')))
        || WEIGHT_SHARE.is_match(before)
}

/// A line's design speed is its build standard, no measure of the plan: `设计时速350公里/小时`,
/// `按照350公里/小时标准规划` (probes53 city_transport_15th_plan_projects lines 19, 65, 80; the
/// last drops the `/小时`).
fn is_design_speed(q: &Quantity, indicator: &str, after: &str) -> bool {
    let speed = q
        .unit
        .as_deref()
        .is_some_and(|u| matches!(u, "公里/小时" | "千米/小时" | "km/h"));
    indicator.ends_with("设计时速")
        || indicator.ends_with("设计速度")
        || (speed && after.trim_start_matches([' ', '\t']).starts_with("标准"))
}

/// A span of time that is no measured quantity: `连续36年居全国首位`, `再延长三十年`, `65岁及以上
/// 老年人`, `1至1.5小时交通圈`. A duration counts only when the indicator names one (`平均受教育年限达到11年`).
///
/// Days are counted, not spent, in a paragraph that has named a count of days before the value
/// (`超标天数62天，其中轻度污染49天`, `以PM2.5为首要污染物的24天`: probes54
/// city_air_quality_bulletin_2025_ranks lines 19, 23); `before` is the paragraph up to the value.
fn is_mere_duration(q: &Quantity, indicator: &str, before: &str) -> bool {
    q.unit
        .as_deref()
        .is_some_and(|u| DURATION_UNITS.contains(&u))
        && !DURATION_NAME.is_match(indicator)
        && !(q.unit.as_deref() == Some("天") && before.contains("天数"))
}

/// A list of indicators given values one by one (`刑事治安警情、刑事立案数量分别下降26.3%、
/// 32.6%`): the `pos`-th value measures the `pos`-th indicator. Kept whole when a part is too short
/// to name a measure by itself (`环比、同比分别增长`, `对东盟、中东出口分别增长`).
fn respectively(text: &str, ind: (usize, usize), between: &str, pos: usize) -> (usize, usize) {
    if !between.contains("分别") {
        return ind;
    }
    let parts = list_parts(text, ind);
    let lens: Vec<usize> = parts
        .iter()
        .map(|&(s, e)| text[s..e].chars().count())
        .collect();
    let (short, long) = (
        lens.iter().copied().min().unwrap_or(0),
        lens.iter().copied().max().unwrap_or(0),
    );
    // `先进制造业、高技术制造业增加值占规模以上工业比重`: a bare modifier shares the last part's head.
    let named = short >= MIN_PART_CHARS && long <= short * MAX_PART_RATIO;
    match parts.get(pos) {
        Some(&p) if parts.len() > 1 && named => p,
        _ => ind,
    }
}

/// The name of the `pos`-th item of a list of short modifiers sharing the last item's head:
/// `城镇、农村居民人均可支配收入` → `城镇居民人均可支配收入`, `农村居民人均可支配收入` (probes11
/// mid_term_review_13th_2018 line 28); `广播、电视覆盖率` → `广播覆盖率`, `电视覆盖率`. `None` when
/// the items are not modifiers of one length before a head of two characters or more
/// (`环比、同比`, `化学需氧量、氨氮排放量`).
fn shared_head_name(text: &str, ind: (usize, usize), pos: usize) -> Option<String> {
    let parts: Vec<&str> = list_parts(text, ind)
        .iter()
        .map(|&(s, e)| text[s..e].trim())
        .collect();
    let (last, modifiers) = parts.split_last()?;
    let k = modifiers.first()?.chars().count();
    let uniform = modifiers.iter().all(|m| m.chars().count() == k);
    let head: String = last.chars().skip(k).collect();
    if !(2..=3).contains(&k) || !uniform || head.chars().count() < 2 {
        return None;
    }
    let modifier: String = parts.get(pos)?.chars().take(k).collect();
    Some(format!("{modifier}{head}"))
}

/// The years of a `分别` list of values, in order: `2021年、2022年分别为5.0%和4.9%` (probes6
/// city_14th_midterm_review line 27) gives 5.0% to 2021 and 4.9% to 2022. Only two years or more
/// named in the clause before the first value, with `分别` between them and it; else none.
fn respective_years(
    text: &str,
    spans: &[Found],
    clause: usize,
    first_value: usize,
    between: &str,
) -> Vec<i32> {
    if !between.contains("分别") {
        return Vec::new();
    }
    let years: Vec<i32> = spans
        .iter()
        .filter(|f| clause <= f.start && f.end <= first_value && f.kind == TimeSpanKind::Year)
        .filter_map(|f| f.end_year)
        .collect();
    let listed = spans
        .iter()
        .filter(|f| clause <= f.start && f.end <= first_value)
        .collect::<Vec<_>>()
        .windows(2)
        .all(|w| is_list_joint_strict(&text[w[0].end..w[1].start]));
    if years.len() >= 2 && listed {
        years
    } else {
        Vec::new()
    }
}

/// How many values a list opening with `items[0]` holds: `46.2%和38.7%` → 2.
fn list_length(text: &str, items: &[Item]) -> usize {
    1 + items
        .windows(2)
        .take_while(|w| {
            let (end, next) = (w[0].range().1, w[1].range().0);
            end <= next && is_list_joint_strict(&text[end..next])
        })
        .count()
}

/// The indicators a `分别` list of `values` bare values goes to, in order: those the clauses
/// before it in its sentence named, one each (`城镇居民人均可支配收入7320元，农民人均纯收入3105元，
/// 分别比2000年增长46.2%和38.7%`, probes3 county_11th_plan_ocr lines 18–20). None when the
/// indicator carried over is itself a list (`respectively` splits it), the sentence named
/// fewer indicators than there are values, or the carried indicator had a `分别` list of its own
/// already (`城乡居民人均可支配收入分别达到56210元和29840元、分别增长4.6%和6.7%`, probes7
/// city_gwr_2025_glossary line 13: both lists are its parts'). `at`: the sentence's start and
/// the list's first value.
fn spread_over(
    text: &str,
    carried: (usize, usize),
    named: &[((usize, usize), usize)],
    at: (usize, usize),
    values: usize,
) -> Option<Vec<(usize, usize)>> {
    let (sentence, start) = at;
    let before: Vec<(usize, usize)> = named
        .iter()
        .filter(|(_, s)| *s == sentence)
        .map(|(r, _)| *r)
        .collect();
    let own_list = text
        .get(carried.1..start)
        .is_some_and(|t| t.matches("分别").count() >= 2);
    (values >= 2 && before.len() >= values && list_parts(text, carried).len() == 1 && !own_list)
        .then(|| before[before.len() - values..].to_vec())
}

/// The indicators of a list as byte ranges: `城市污水处理率和生活垃圾无害化处理率` → two,
/// `万元生产总值能耗、单位生产总值二氧化碳排放、主要污染物排放` → three.
fn list_parts(text: &str, ind: (usize, usize)) -> Vec<(usize, usize)> {
    let mut parts = Vec::new();
    let mut s = ind.0;
    for (i, c) in text[ind.0..ind.1].char_indices() {
        if c == '、' || c == '和' {
            parts.push((s, ind.0 + i));
            s = ind.0 + i + c.len_utf8();
        }
    }
    parts.push((s, ind.1));
    parts
}

/// The indicators of a list that one value applies to each of (`氨氮、氮氧化物排放分别减少10%`),
/// or the whole phrase when a part is too short to name anything.
fn each_of(text: &str, ind: (usize, usize)) -> Vec<(usize, usize)> {
    let parts = list_parts(text, ind);
    if parts.len() > 1
        && parts
            .iter()
            .all(|&(s, e)| text[s..e].chars().count() >= MIN_EACH_CHARS)
    {
        parts
    } else {
        vec![ind]
    }
}

/// `均` of `城镇常住居民人均可支配收入、农村常住居民人均可支配收入均增长8%` (hailar 2016): both grew,
/// unlike the `均` of 年均, 平均, 人均.
static EACH_JUN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^年平人])均(?:增长|增加|下降|减少|提高|降低|达到|超过|保持|控制)")
        .expect("valid regex")
});

/// The growth rate of an indicator named before, opening a clause: `增幅`, `增速`, `涨幅`; or its
/// total, as the whole indicator of a clause (`新认定高新技术企业1862家，总数突破1.1万家`, probes7
/// province_plan_execution_2023 line 35).
static RATE_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:增幅|增速|涨幅|(?:总数|总量|总额|总规模)$)").expect("valid regex")
});

/// Whether the value is a doubling (`翻一番`): a list of indicators doubles each of them
/// (`地区生产总值和城乡居民人均收入比2020年翻一番`, probes4 county_gwr_2021 line 30), with no `分别`.
fn doubles(text: &str, item: &Item) -> bool {
    matches!(item, Item::Value(q) if text[q.start..q.end].starts_with('翻'))
}

/// Whether the words between a list of indicators and one value give the value to each of them:
/// `分别减少8%`, `均增长8%`.
fn applies_to_each(between: &str) -> bool {
    between.contains("分别") || EACH_JUN.is_match(between)
}

/// Fewest characters of one indicator sharing a single `分别` value (`氨氮`).
const MIN_EACH_CHARS: usize = 2;

/// Fewest characters of one indicator of a `分别` list.
const MIN_PART_CHARS: usize = 4;
/// Longest part of a `分别` list, as a multiple of the shortest, for the parts to be split.
const MAX_PART_RATIO: usize = 2;

/// Text between a base and its target: `提高到`, `增加到2002年的`, `降至`.
static FROM_TO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^[ \t]*(?:分别)?(?:提高|增加|增长|提升|上升|扩大|下降|降低|减少|缩小|缩减|压缩|调整|回落|回升|",
        r"增|降|升)?(?:到|至)[ \t]*(?:(?:19|20)\d{2}[ \t]*年(?:底|末)?的?)?[ \t]*(?:近|约|超过|超)?$"
    ))
    .expect("valid regex")
});

/// `从`/`由` opening a base before its value, in the value's clause.
static FROM_WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:从|由)[^,，;；。]*$").expect("valid regex"));

/// A year right before a base: `由1997年的123万公里`.
static BASE_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"((?:19|20)\d{2})[ \t]*年(?:底|末)?的?[ \t]*$").expect("valid regex")
});

/// The target item `t` of `从A增加到B`, and the growth of the same indicator that follows it in
/// its sentence: `全社会消费品零售总额从1997年的2.73万亿元增加到2002年的4.1万亿元,年均增长10.5%`
/// (gwr_2003_national line 56) — both start from A.
fn growth_after(text: &str, items: &[Item], found: &[Vec<Target>], t: usize) -> Vec<usize> {
    let mut out = vec![t];
    let Some(reached) = found.get(t).and_then(|f| f.first()) else {
        return out;
    };
    let Some(item) = items.get(t) else {
        return out;
    };
    let end = sentence_end(text, item.range().1);
    let next = (t + 1..items.len())
        .take_while(|&j| items[j].range().0 < end)
        .find(|&j| {
            found.get(j).and_then(|f| f.first()).is_some_and(|g| {
                g.indicator == reached.indicator
                    && matches!(g.kind, TargetKind::Growth | TargetKind::AnnualGrowth)
            })
        });
    out.extend(next);
    out
}

/// `比…的` right before a value: `比“十五”末的`, `比2010年的`.
static COMPARED_TO: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"比[^,，;；。比]{0,16}?的[ \t]*$").expect("valid regex"));

/// A change verb right after a base value: `41.1亿元增长1.29倍`.
static CHANGED_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[ \t]*(?:增长|增加|提高|提升|上升|扩大|下降|降低|减少|缩小|翻)")
        .expect("valid regex")
});

/// Bases stated after 比 (`比“十五”末的41.1亿元增长1.29倍`), each with the items whose targets
/// start from it: the change right after it in its clause (1.29倍), and the nearest earlier value of
/// the same indicator in the same unit (生产总值94亿元).
fn compared_bases(text: &str, items: &[Item], found: &[Vec<Target>]) -> Vec<(usize, Vec<usize>)> {
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let Item::Value(q) = item else { continue };
        let clause = clause_start(text, q.start);
        if !COMPARED_TO.is_match(&text[clause..q.start]) || !CHANGED_BY.is_match(&text[q.end..]) {
            continue;
        }
        let Some(own) = found.get(i).and_then(|f| f.first()) else {
            continue;
        };
        let mut targets = Vec::new();
        if let Some(next) = items.get(i + 1)
            && next.range().0 < clause_end(text, q.end)
        {
            targets.push(i + 1);
        }
        let sentence = sentence_start(text, q.start);
        let level = (0..i)
            .rev()
            .take_while(|&j| items[j].range().0 >= sentence)
            .find(|&j| {
                found.get(j).and_then(|f| f.first()).is_some_and(|t| {
                    t.indicator == own.indicator
                        && t.unit == own.unit
                        && t.kind == TargetKind::Level
                })
            });
        targets.extend(level);
        out.push((i, targets));
    }
    out
}

/// Pairs (base item, target item) of `从A提高到B` (`分别从202元、270元提高到209元、280元`: 202
/// is the base of 209, 270 of 280), by item index.
fn base_links(text: &str, items: &[Item]) -> Vec<(usize, usize)> {
    let mut links = Vec::new();
    for i in 0..items.len().saturating_sub(1) {
        let (_, e) = items[i].range();
        let (s2, _) = items[i + 1].range();
        if !FROM_TO.is_match(&text[e..s2]) {
            continue;
        }
        // The run of list values ending at i (the bases) and starting at i + 1 (the targets).
        let mut first = i;
        while first > 0
            && is_list_joint_strict(&text[items[first - 1].range().1..items[first].range().0])
        {
            first -= 1;
        }
        let opening = &text[clause_start(text, items[first].range().0)..items[first].range().0];
        if !FROM_WORD.is_match(opening) {
            continue;
        }
        let mut last = i + 1;
        while last + 1 < items.len()
            && is_list_joint_strict(&text[items[last].range().1..items[last + 1].range().0])
        {
            last += 1;
        }
        let bases: Vec<usize> = (first..=i).collect();
        let targets: Vec<usize> = (i + 1..=last).collect();
        if bases.len() == targets.len() {
            links.extend(bases.into_iter().zip(targets));
        } else {
            links.push((i, i + 1));
        }
    }
    links
}

/// The attribute in brackets after a value, past a bracketed base: `：≤3.5（2025年：3.1）
/// （约束性）` (probes27 county_health_plan_list_indicators line 39).
fn bracketed_binding(after: &str) -> Option<crate::model::Binding> {
    static ATTR_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^[ \t]*(?:以上|以下|以内|左右)?(?:[(（][^()（）]{1,12}[)）])?[ \t]*[(（](约束性|预期性)[)）]")
            .expect("valid regex")
    });
    ATTR_AFTER
        .captures(after)
        .and_then(|c| classify::binding(c.get(1)?.as_str()))
}

/// A base year's value in brackets right after a target (`9.每千人口医疗卫生机构床位数（张）：7.0
/// （2025年：6.2）（预期性）`, probes27 county_health_plan_list_indicators line 47): `(base item,
/// target item, year)`.
fn bracketed_bases(text: &str, items: &[Item]) -> Vec<(usize, usize, i32)> {
    static BRACKETED_YEAR: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^[ \t]*[(（]((?:19|20)\d{2})年(?:底|末)?[:：][ \t]*$").expect("valid regex")
    });
    let mut out = Vec::new();
    for i in 1..items.len() {
        let (Item::Value(_), Item::Value(_)) = (&items[i - 1], &items[i]) else {
            continue;
        };
        let gap = &text[items[i - 1].range().1..items[i].range().0];
        let closed = text[items[i].range().1..].trim_start_matches([' ', '\t']);
        if let Some(year) = BRACKETED_YEAR
            .captures(gap)
            .filter(|_| closed.starts_with([')', '）']))
            .and_then(|c| c[1].parse().ok())
        {
            out.push((i, i - 1, year));
        }
    }
    out
}

/// The indicator a paragraph opens with as a sentence of its own, the topic of what follows:
/// `常住人口城镇化率。由2020年的63.2%提高到2022年的65.1%…`, `研发经费投入强度。2020年为2.1%，…`
/// (probes6 city_14th_midterm_review lines 18–21, a report that reviews one indicator a
/// paragraph). A value with no indicator of its own or carried over takes it. Only a short
/// phrase without digits ending like the name of a measure (`…率`, `…总值`, `…强度`) counts: a
/// run-in heading (`（一）抓产业发展。`, `四是全力推进棚户区改造工程。`) does not.
fn topic_label(text: &str) -> Option<(usize, usize)> {
    let start = text.len() - text.trim_start_matches([' ', '\t']).len();
    // `2．一般公共预算收入。由2015年的…` (probes11 mid_term_review_13th_2018 line 14): after its
    // list mark.
    let start = start + indicator::list_mark_len(&text[start..]);
    let end = start + text[start..].find('。')?;
    let end = start + topic_name_len(&text[start..end])?;
    Some((start, end))
}

/// Bytes of a topic's name at the start of `label`, the words before its `。`: a name of at most
/// [`MAX_TOPIC_CHARS`] characters without a clause mark, ending like a measure, once an
/// attribute in brackets is taken off its end (`全员劳动生产率（预期性）`, probes39
/// province_15th_outline_indicator_explanations line 92). Digits stand only in brackets
/// (`细颗粒物（PM2.5）平均浓度`).
fn topic_name_len(label: &str) -> Option<usize> {
    let name = indicator::ATTR_AFTER
        .find(label)
        .map_or(label, |m| &label[..m.start()]);
    // Its unit in brackets after it (`2．全员劳动生产率（万元/人）。指…`, probes52
    // province_15th_plan_indicator_explanations line 13): the name is the words before.
    let name = match crate::extract::tables::cells::split_label(name) {
        (bare, Some(_)) if name.starts_with(bare.as_str()) => &name[..bare.len()],
        _ => name,
    };
    let chars = name.chars().count();
    let mut depth = 0i32;
    let mut chars_after = name.chars().skip(1);
    let plain = name.chars().all(|c| {
        let next = chars_after.next();
        match c {
            '(' | '（' => depth += 1,
            ')' | '）' => depth -= 1,
            _ => {}
        }
        // An age bound is part of the name (`每千人口拥有3岁以下婴幼儿托位数`).
        let digit_ok = depth > 0 || matches!(next, Some('岁' | '周'));
        !matches!(c, ',' | '，' | ';' | '；') && (digit_ok || !c.is_ascii_digit())
    });
    ((2..=MAX_TOPIC_CHARS).contains(&chars) && plain && MEASURE_TAIL.is_match(name))
        .then_some(name.len())
}

/// The paragraph's topics in order: the one it opens with ([`topic_label`]) and each named by an
/// enumeration (`…。二是研究与试验发展经费投入强度。2027年为1.78%`, probes28
/// county_plan_midterm_evaluation_2028 line 59): a value takes the last before it.
fn topic_labels(text: &str) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = topic_label(text).into_iter().collect();
    // `是` after a Chinese ordinal that opens the paragraph or a sentence, found without a regex
    // scan of every paragraph.
    for (at, _) in text.match_indices('是') {
        let head = &text[..at];
        let Some(ordinal) = head.chars().next_back() else {
            continue;
        };
        let opening = head[..head.len() - ordinal.len_utf8()].trim_end_matches([' ', '\t']);
        if !"一二三四五六七八九十".contains(ordinal)
            || !(opening.is_empty() || opening.ends_with(['。', '；', ';']))
        {
            continue;
        }
        let from = at + '是'.len_utf8();
        let Some(len) = text[from..].find('。') else {
            continue;
        };
        let label = &text[from..from + len];
        if let Some(n) = topic_name_len(label).filter(|_| !label.contains(['%', '‰'])) {
            out.push((from, from + n));
        }
    }
    out.sort_unstable();
    out
}

/// Longest paragraph-opening topic, in chars.
const MAX_TOPIC_CHARS: usize = 20;

/// Longest object of a repeated verb taken as an indicator, in characters.
const MAX_OBJECT_CHARS: usize = 16;

/// Endings of indicator names: `城镇化率`, `生产总值`, `投入强度`, `平均浓度`.
static MEASURE_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:率|比重|比例|占比|总值|总额|总量|收入|投资|浓度|强度|产量|面积|数量|人?数|规模|指数|寿命|年限|拥有量|排放量|用量|消耗降低|排放降低|能耗降低|生产能力|(?:总值|总额|收入|投资|增加值|产值)增长)$")
        .expect("valid regex")
});

/// The indicator standing alone as the clause before a `由…`/`从…` clause:
/// `城镇居民家庭人均可支配收入,由1997年的5160元增加到2002年的7703元` (gwr_2003_national line 54).
/// `None` when the clause does not open with 由/从, or the clause before holds a value of its own
/// (it ends after `prev_end`, the end of the previous value).
fn subject_clause(
    text: &str,
    clause: usize,
    prev_end: usize,
    skip: &[(usize, usize)],
) -> Option<(usize, usize)> {
    let opening = text[clause..].trim_start_matches([' ', '\t']);
    if !opening.starts_with(['由', '从']) {
        return None;
    }
    let (start, end) = clause_before(text, clause, &[',', '，'], prev_end)?;
    indicator::find(text, start, end, skip)
}

/// A subject standing alone as the clause before a clause of predicates only:
/// `一般公共预算收入，预计能完成十点八个亿` (probes40 county_leader_speech_economic_work_2026 line
/// 17). Only a short clause holding no value of its own counts.
fn bare_subject(
    text: &str,
    clause: usize,
    prev_end: usize,
    skip: &[(usize, usize)],
) -> Option<(usize, usize)> {
    let (start, end) = clause_before(text, clause, &[',', '，'], prev_end)?;
    // `全市地区生产总值突破万亿元，达到10238.6亿元` (probes38 prefecture_gwr_2027_big_numbers
    // line 13): a measure that passed a mark, its value given in the next clause.
    let end = PASSED_MARK
        .find(&text[start..end])
        .map_or(end, |m| start + m.start());
    if text[start..end].chars().count() > MAX_SUBJECT_CHARS {
        return None;
    }
    // The name of a measure (`…收入`, `…总值`), not an action (`加强重大项目建设和谋划储备，争取
    // 161.4亿元…`, gwr_2025_guangdong line 18).
    indicator::find(text, start, end, skip).filter(|&(s, e)| MEASURE_TAIL.is_match(&text[s..e]))
}

/// Most characters of a clause standing alone as its sentence's subject.
const MAX_SUBJECT_CHARS: usize = 16;

/// The verb of a measure passing a mark named without a value (`突破万亿元`, `迈上新台阶`,
/// `实现历史性跨越`): the words before it are the subject of the clause after.
static PASSED_MARK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:首次|成功|历史性地|一举)?(?:突破|迈上|跨上|跃上|站上|登上|跨越|跨过|迈过|越过|超过|实现|再上)")
        .expect("valid regex")
});

/// The clause before the one at byte `clause`, when a separator of `seps` ends it and it holds
/// no value of its own (it starts at or after `prev_end`, the end of the previous value).
fn clause_before(
    text: &str,
    clause: usize,
    seps: &[char],
    prev_end: usize,
) -> Option<(usize, usize)> {
    let sep = text[..clause].chars().next_back()?;
    if !seps.contains(&sep) {
        return None;
    }
    let end = clause - sep.len_utf8();
    let start = clause_start(text, end);
    (prev_end <= start).then_some((start, end))
}

/// The label of a value written right after a colon: `婴儿死亡率：3.2‰` (probes21
/// county_health_work_summary_2023 line 13). `None` when words stand between the colon and the
/// value, or the label holds a value of its own (it ends after `prev_end`).
fn label_before_colon(
    text: &str,
    (clause, value): (usize, usize),
    prev_end: usize,
    skip: &[(usize, usize)],
    figure_line: bool,
) -> Option<(usize, usize)> {
    // The value right after the colon, or after its verb (`PM2.5平均浓度：控制在28微克/立方米以内`,
    // probes22 city_gwr_2025_infographic line 78).
    let gap = text
        .get(clause..value)?
        .trim_matches([' ', '\t', '≥', '≤', '<', '>', '=', '＜', '＞']);
    if !gap.is_empty() && !indicator::is_predicate(gap) {
        return None;
    }
    // The label cell of a line of figures (`GDP  1286.4亿元  ↑6.2%`) is such a label.
    let seps: &[char] = if figure_line {
        &[':', '：', '\t']
    } else {
        &[':', '：']
    };
    let (start, end) = clause_before(text, clause, seps, prev_end)?;
    if text[start..end].chars().count() > MAX_LABEL_CHARS {
        return None;
    }
    let (s, e) = indicator::find(text, start, end, skip)?;
    // `人均预期寿命（岁）：80.2`: the unit in the label's brackets is no part of its name.
    let e = match text[s..e].strip_suffix(')').and_then(|l| l.rfind('(')) {
        Some(open)
            if open > 0
                && crate::extract::tables::cells::is_unit_like(&text[s + open + 1..e - 1]) =>
        {
            s + open
        }
        _ => e,
    };
    Some((s, e))
}

/// Most characters of a label before a colon.
const MAX_LABEL_CHARS: usize = 24;

/// `、`, `和`, `及` alone between two values (no comma: a comma starts a clause).
fn is_list_joint_strict(gap: &str) -> bool {
    matches!(
        gap.trim_matches([' ', '\t']),
        "、" | "和" | "及" | "与" | "以及"
    )
}

/// The year of a base: `由1997年的123万公里` → 1997.
fn base_year(before: &str) -> Option<i32> {
    BASE_YEAR
        .captures(before)
        .and_then(|c| c.get(1))
        .and_then(|m| m.as_str().parse().ok())
}

/// The tokens lying wholly inside bytes `start..end`: those with `start <= t.start` and
/// `t.end <= end`. `tokens` are in text order and do not overlap (as [`Analysis`] gives them),
/// so they are one run found by binary search, not by a scan of the paragraph.
pub(crate) fn tokens_within(tokens: &[Token], start: usize, end: usize) -> &[Token] {
    let lo = tokens.partition_point(|t| (t.start as usize) < start);
    let rest = tokens.get(lo..).unwrap_or_default();
    let n = rest.partition_point(|t| (t.end as usize) <= end);
    rest.get(..n).unwrap_or_default()
}

/// Whether byte `at` lies inside an open quotation or book title in its sentence: a name such as
/// `“高效办成一件事”`, `“1+3+N”平台`, `《促进民间投资二十条》`, not a value.
fn inside_quotes(text: &str, at: usize) -> bool {
    let head = &text[sentence_start(text, at)..at];
    head.matches('“').count() > head.matches('”').count()
        || head.matches('《').count() > head.matches('》').count()
}

/// An editor's or reviser's note set into a draft (`〔编者注：原稿为16个，…〕`, `【修改说明：第8项
/// 目标值原为7%，…调整为6.5%】`, probes34 county_15th_outline_draft_with_revision_notes lines 19,
/// 77): a comment on the text, not part of it, whose numbers are old or proposed values. So is a
/// word processor's numbered comment with its author, set in (`【批注1（省统计局）：…】`) or listed
/// at the end, one a paragraph (`批注5（省财政厅）：收入增幅由5%调整为4.5%…`, probes59
/// province_gwr_2026_draft_with_tracked_changes lines 14, 94).
static EDITOR_NOTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?:^|[〔【\[(（])(?:编者注|编者按|修改说明|修订说明|审校意见|",
        r"批注\d*(?:[(（][^()（）]{1,20}[)）])?)[:：]"
    ))
    .expect("valid regex")
});

/// Byte ranges of the [`EDITOR_NOTE`]s of a paragraph: from each opening to the bracket closing
/// it, or to the paragraph's end for a note left open. Read once a paragraph, not once a value.
fn editor_notes(text: &str) -> Vec<(usize, usize)> {
    if !text.contains(['注', '说', '批', '按', '审']) {
        return Vec::new();
    }
    EDITOR_NOTE
        .find_iter(text)
        .map(|m| {
            let close = match text[m.start()..].chars().next() {
                Some('〔') => '〕',
                Some('【') => '】',
                Some('[') => ']',
                Some('(') => ')',
                Some('（') => '）',
                // A note opening its paragraph runs to the paragraph's end.
                _ => return (m.start(), text.len()),
            };
            let end = text[m.end()..]
                .find(close)
                .map_or(text.len(), |e| m.end() + e);
            (m.start(), end)
        })
        .collect()
}

/// Whether byte `at` lies inside one of `notes` ([`editor_notes`]).
fn inside(notes: &[(usize, usize)], at: usize) -> bool {
    notes.iter().any(|&(s, e)| s <= at && at < e)
}

/// The full sentence before byte `at`: from the last `。`, `!` or `?` (a semicolon does not end
/// it: `主要预期目标是:地区生产总值增长5.5%左右;一般公共预算收入增长3%`) up to `at`.
fn full_sentence(text: &str, at: usize) -> &str {
    let head = &text[..at];
    let start = head
        .char_indices()
        .rev()
        .find(|(_, c)| matches!(c, '。' | '!' | '?' | '！' | '？'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    &head[start..]
}

/// Whether the value is an item of a list of goals its sentence opens with a colon, its own
/// clause saying nothing of status: `报告提出今年主要预期目标是：地区生产总值增长5%左右；…；城镇新增
/// 就业70万人以上` (probes36 province_gwr_2027_policy_qa lines 43–44).
fn listed_under_goals(text: &str, clause: usize, at: usize) -> bool {
    let start = at - full_sentence(text, at).len();
    let Some(colon) = text[start..clause.max(start)].rfind(['：', ':']) else {
        return false;
    };
    let lead = &text[start..start + colon];
    let own = &text[clause.max(start)..at];
    classify::has_target_cue(lead)
        && !classify::has_actual_cue(lead)
        && !classify::has_target_cue(own)
        && !classify::has_actual_cue(own)
}

/// A clause opening with the ratio of the indicator before it to another: `与农业总产值之比`.
static RATIO_TO: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[ \t]*与[^，,；;。与]{1,16}?之比").expect("valid regex"));

/// The rest of a list of values after its first, closed by a bound: `、5.0‰以下`, `和75%以上`,
/// `、13∶1以内`.
static LIST_BOUND: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:[ \t]*(?:、|和|及|与)[ \t]*\d+(?:\.\d+)?(?:[:：∶]\d+(?:\.\d+)?)*[^\d、，。；,;和及与]{0,8}?)+?[ \t]*(?P<bound>及以上|以上|以下|以内|左右)",
    )
    .expect("valid regex")
});

/// Whether a bracket with a year alone opens right before the value at `start`: the base
/// of the indicator before it (`研发经费投入强度达到3.5%左右（2025年：2.9%）`, probes60
/// district_15th_plan_values_in_brackets line 39).
fn is_bracketed_base(text: &str, start: usize) -> bool {
    static BASE_YEAR: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^[ \t]*(?:(?:19|20)\d{2}年(?:底|末)?|“?十[一二三四五六七八九]五”?(?:时期|期间|末)?(?:累计)?)[ \t]*(?:[:：]|为|是|达到)?[ \t]*$")
            .expect("valid regex")
    });
    // The bracket opens the value's clause, or the clause before it when a colon ends the year
    // (`（2025年：`, a clause mark): only the year stands between the bracket and the value.
    let head = &text[near_before(text, start, BASE_REACH)..start];
    let Some(open) = head.rfind(['（', '(']) else {
        return false;
    };
    let after = &head[open..];
    let inside = after
        .strip_prefix('（')
        .or_else(|| after.strip_prefix('('))
        .unwrap_or(after);
    BASE_YEAR.is_match(inside)
}

/// Most bytes between a base's bracket and the year or value in it (`（“十四五”时期累计：`), and
/// between the year and the bracket's close: how far [`is_bracketed_base`] and
/// [`base_bracket_end`] look, so that a long paragraph is not searched once a value.
const BASE_REACH: usize = 48;

/// The first char boundary at most `reach` bytes before `at`.
fn near_before(text: &str, at: usize, reach: usize) -> usize {
    (at.saturating_sub(reach)..=at)
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(at)
}

/// Where the bracket that gives a base around byte `at` closes: a year and its value
/// (`（2025年：1128亿元）`, `（2025年为13.6万元）`), not a year alone (`近期（2015年）`). `None`
/// when `at` stands in no such bracket.
fn base_bracket_end(text: &str, at: usize) -> Option<usize> {
    let before = &text[near_before(text, at, BASE_REACH)..at];
    let open = before.rfind(['（', '('])?;
    if before[open..].contains(['）', ')']) {
        return None;
    }
    let after = &text[at..near_before(text, (at + 2 * BASE_REACH).min(text.len()), 3)];
    let end = at + after.find(['）', ')'])?;
    // The bracket's words after its year hold a number of their own.
    let year_end = text[at..end]
        .find('年')
        .map_or(at, |y| at + y + '年'.len_utf8());
    text[year_end..end]
        .contains(|c: char| c.is_ascii_digit())
        .then_some(end)
}

/// Byte where the sentence holding byte `at` starts: after the last [`SENTENCE_END`] before it.
///
/// Read backwards byte by byte (UTF-8 lets a mark be recognised by its last byte and checked
/// whole), without decoding the characters of the sentence.
fn sentence_start(text: &str, at: usize) -> usize {
    let head = &text.as_bytes()[..at];
    (0..head.len())
        .rev()
        .find(|&i| match head[i] {
            b';' | b'!' | b'?' => true,
            // The last bytes of 。；！？.
            0x82 | 0x9B | 0x81 | 0x9F => i >= 2 && is_wide_sentence_end(&head[i - 2..=i]),
            _ => false,
        })
        .map_or(0, |i| i + 1)
}

/// Whether the sentence opening at `sentence` is the next stage of a series, after a `；`: a
/// deadline and nothing else before the clause at `from` (`到2026年底，全镇累计建成高标准农田2.1
/// 万亩；到2027年底，达到2.5万亩`, probes30 township_rural_revitalization_staged_targets lines
/// 33–34), or an estimate for the whole period (`1—11月，社会消费品零售总额完成129.4亿元，增长5.0%；
/// 预计全年达到142.8亿元`, probes53 county_plan_execution_report_2026_estimates line 39). Its
/// predicate goes on with the indicator of the stage before.
fn is_next_stage(text: &str, sentence: usize, from: usize) -> bool {
    static DEADLINE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^[ \t]*(?:到|至|在)?(?:19|20)\d{2}年(?:底|末)?[,，]?[ \t]*$")
            .expect("valid regex")
    });
    let Some(head) = text.get(sentence..from) else {
        return false;
    };
    text[..sentence].ends_with(['；', ';'])
        && (DEADLINE.is_match(head)
            || (head.trim().is_empty() && text[from..].starts_with("预计全年")))
}

/// Byte where the sentence holding byte `at` ends (exclusive of its end mark): where the first
/// [`SENTENCE_END`] from `at` starts.
fn sentence_end(text: &str, at: usize) -> usize {
    let bytes = text.as_bytes();
    (at..bytes.len())
        .find(|&i| match bytes[i] {
            b';' | b'!' | b'?' => true,
            // The first bytes of 。 and of ；！？.
            0xE3 | 0xEF => bytes.get(i..i + 3).is_some_and(is_wide_sentence_end),
            _ => false,
        })
        .unwrap_or(bytes.len())
}

/// Whether three bytes are one of the full-width [`SENTENCE_END`] marks (`。`, `；`, `！`, `？`).
fn is_wide_sentence_end(bytes: &[u8]) -> bool {
    ["。", "；", "！", "？"]
        .iter()
        .any(|m| m.as_bytes() == bytes)
}

/// Byte where the clause holding byte `at` starts. A parenthesis closed before `at` belongs to
/// the clause (`散居孤儿(含艾滋病病毒感染儿童)从每人每月1484元`).
fn clause_start(text: &str, at: usize) -> usize {
    let mut depth = 0usize;
    for (i, c) in text[..at].char_indices().rev() {
        match c {
            ')' | '）' => depth += 1,
            '(' | '（' if depth > 0 => depth -= 1,
            _ if depth > 0 && !SENTENCE_END.contains(&c) => {}
            _ if SENTENCE_END.contains(&c) || CLAUSE_END.contains(&c) => {
                return i + c.len_utf8();
            }
            _ => {}
        }
    }
    0
}

/// Byte where the clause holding byte `at` ends.
fn clause_end(text: &str, at: usize) -> usize {
    text[at..]
        .find(|c| SENTENCE_END.contains(&c) || CLAUSE_END.contains(&c))
        .map_or(text.len(), |i| at + i)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The byte scans find the marks `rfind`/`find` of [`SENTENCE_END`] find.
    #[test]
    fn sentence_bounds_match_a_char_search() {
        // Every mark of SENTENCE_END between words: a mark added there and not to the byte
        // scans fails here.
        let every_mark: String = SENTENCE_END.iter().flat_map(|&c| [c, '字']).collect();
        for text in [
            "到2015年全市生产总值年均增长21.9%。人口达到90万人;城镇化率!提高?",
            "比上年增长6%；其中！工业？增长",
            "没有句号",
            "",
            "。",
            every_mark.as_str(),
        ] {
            for (at, _) in text.char_indices().chain([(text.len(), ' ')]) {
                let start = text[..at].rfind(SENTENCE_END).map_or(0, |i| {
                    i + text[i..].chars().next().map_or(1, char::len_utf8)
                });
                let end = text[at..].find(SENTENCE_END).map_or(text.len(), |i| at + i);
                assert_eq!(sentence_start(text, at), start, "{text} {at}");
                assert_eq!(sentence_end(text, at), end, "{text} {at}");
            }
        }
    }

    /// The literal filter before [`NOTE`] lets every kind of note through: a form added to the
    /// regex without its word in `may_hold_note` fails here.
    #[test]
    fn note_filter_passes_every_note_form() {
        for text in [
            "保持在合理区间,各年度视情提出",
            "各年度视情提出",
            "控制在国家下达的指标以内",
            "均完成国家下达任务",
            "居民人均可支配收入增长与经济增长同步",
            "地方财政收入与国内生产总值同步增长",
        ] {
            assert!(NOTE.is_match(text), "{text}");
            assert!(may_hold_note(text), "{text}");
        }
        assert!(!may_hold_note("全市地区生产总值年均增长8%"));
    }

    #[test]
    fn a_growth_kept_in_step_with_another_is_a_note() {
        // yunnan_10th_fyp_2001 line 39; beijing_15th_fyp_2026 line 501.
        let t = "力争地方财政收入与国内生产总值同步增长,保持价格总水平基本稳定。";
        let m = NOTE.find(t).map(|m| m.as_str());
        assert_eq!(m, Some("与国内生产总值同步增长"));
        let t = "居民收入增长与经济增长同步";
        assert_eq!(
            NOTE.find(t).map(|m| m.as_str()),
            Some(t.trim_start_matches("居民收入"))
        );
        // national_12th_fyp_2011 line 90: each of two.
        let t = "居民收入增长和经济发展同步、劳动报酬增长和劳动生产率提高同步";
        assert_eq!(NOTE.find_iter(t).count(), 2);
        // A plain 与 with no 同步, or 同步 of no growth, states nothing.
        assert!(NOTE.find("加强生态环境保护与建设,").is_none());
        assert!(NOTE.find("实现了规模和效益的同步提升").is_none());
        assert!(NOTE.find("为本市与全国同步实现小康").is_none());
    }

    #[test]
    fn a_bound_that_picks_out_a_noun_is_no_target() {
        let qs = |t: &str| numbers::find(t, &[]);
        let t = "即培育百家技工贸总收入5000万元以上的民营高新技术企业,";
        assert!(qs(t).iter().any(|q| is_threshold(t, q)));
        let t = "200平方公里以上有防洪任务的重点中小河流";
        assert!(qs(t).iter().any(|q| is_threshold(t, q)));
        // A share of a group stays; so does a bound on the indicator before it.
        let t = "90%以上的行政村";
        assert!(!qs(t).iter().any(|q| is_threshold(t, q)));
        let t = "粮食综合生产能力达到5.4亿吨以上。";
        assert!(!qs(t).iter().any(|q| is_threshold(t, q)));
        let t = "建成区公园绿地500米服务半径覆盖率达到94%,";
        let q = qs(t);
        assert!(names_a_rate(t, &q[0]) && !names_a_rate(t, &q[1]));
        let t = "新建50所以上的学校";
        assert!(!qs(t).iter().any(|q| is_threshold(t, q)));
    }

    /// A number inside a name is no value: quoted (`“1+3+N”平台`) or a document's title
    /// (probes3 city_gwr_2016 line 26: `出台《壬市促进民间投资二十条》`).
    #[test]
    fn numbers_inside_names_are_no_values() {
        let t = "出台《某市促进民间投资二十条》,新增民营企业1200家。";
        assert!(inside_quotes(t, t.find("二十").unwrap()));
        assert!(!inside_quotes(t, t.find("1200").unwrap()));
        let t = "打造“1+3+N”平台";
        assert!(inside_quotes(t, t.find('1').unwrap()));
    }
}
