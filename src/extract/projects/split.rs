//! Splitting a box's list text into project names.
//!
//! Rules (each with an example from the seeds):
//! - a group label opens a piece: `1.铁路项目:` (001 专栏 7-1), `煤电:` (003 专栏 4, bold in the
//!   source), `1、油气开发。` (003 专栏 5); it is the projects' `group`, never a project;
//! - items are separated by `、` `;` `。` `,` at the top level — never inside parentheses,
//!   brackets or quotes (`甲市甲地旅游集散中心（智慧旅游运营指挥中心、数据中心）建设项目`);
//! - leading verbs (`dict/project_verbs.txt`: 重点建设, 加快推进, 实施) are not part of a name;
//! - `X的Y` keeps Y when Y names a project (`…示范工程配套的甲能源…南露天煤矿`);
//! - `A、B等一批…` / `A、B等N个…` gives A and B (the `等` and what follows are dropped);
//! - a `、` joining two modifiers of one head is not a split: a headless item whose last two
//!   characters recur in the next item joins it (`甲市餐厨垃圾、建筑垃圾处理项目`);
//! - in `甲、乙水利枢纽` the short headless items before the item with the head share
//!   that head: each is a project;
//! - an item is kept when it ends with a head noun (`dict/project_heads.txt`: 项目, 工程, 铁路 …),
//!   carries a road code (`G0711`), or links two places with a dash (`甲—乙`); not when it names a
//!   kind of facility (`县级公共图书馆`, `妇幼保健机构`) or a counted set (`285座…水闸`); a long
//!   item opening with a place is kept in a run that names projects almost throughout;
//! - a run of three or more items most of which name no project lists kinds of work, and gives
//!   none (`实施土地平整、农田水利、土壤改良、机耕道路、配套电网林网等建设`).
//!
//! A parenthesis at the end of a name that holds a number (a capacity: `（3000 万吨/年）`) is moved
//! to the project's `attributes` and left out of the name; other parentheses stay in the name
//! (`甲市养老服务中心（一期）建设项目`, `乙（丙）-丁`).

use super::dict;
use regex::Regex;
use std::sync::LazyLock;

/// A group label at the start of a piece.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Group {
    /// Byte range of the label text (without enumerator and colon).
    pub start: usize,
    pub end: usize,
    /// Where the rest of the piece starts.
    pub rest: usize,
    /// The label was closed by a colon (not by 。 or the end of the piece).
    pub colon: bool,
}

impl Group {
    pub fn rest<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.rest..).unwrap_or("")
    }
    pub fn label<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// One project name found in a text: byte ranges of the name and of its attributes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Item {
    pub start: usize,
    pub end: usize,
    pub attributes: Option<(usize, usize)>,
}

/// `1.` `2、` `3．` `一、` `(1)` at the start of a piece.
static ENUMERATOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\d{1,2}\s*[.、]|[一二三四五六七八九十]{1,3}、|\(\d{1,2}\))\s*")
        .expect("valid regex")
});

/// A road code: `G0711`, `G218`, `S21`.
static ROAD_CODE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[GS]\d{1,4}").expect("valid regex"));

/// A quantity or a date, never a name: `到 2020 年`, `新增库容 56 亿立方米`.
static QUANTITY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^到?\s*\d{4}\s*年$|\d+(?:\.\d+)?\s*[万亿]?\s*(?:亩|立方米|公里|千瓦|吨|人|%|个)$)",
    )
    .expect("valid regex")
});

/// A counted set opening an item is never one name: `285座大中型病险水闸`,
/// `配套7个1320万千瓦电源项目` (but `甲市18所考点标准化考场建设项目` is one project of a place).
static COUNTED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\D{0,2}\d+\s*[个座项所条家处]").expect("valid regex"));

/// Two places linked by a dash: `甲—乙`, `甲-乙`.
static DASH_LINK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\p{Han}\)?\s*[—–\-－]{1,2}\s*\p{Han}").expect("valid regex"));

/// After `等`: an enumeration of instances (`等一批`, `等 9 个`, `等项目`).
static ETC_LIST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^等\s*(?:为[^,。、;]{1,4}的\s*)?(?:一批|若干|多个|\d+\s*[个座所项条家处]|[一二三四五六七八九十两]+[个座所项条家处]|重点|重大|项目)")
        .expect("valid regex")
});

/// A count of things: `三个`, `9 个`, `22座`.
static COUNT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:[一二三四五六七八九十两]+|\d+)\s*[个座所项条家处]").expect("valid regex")
});

/// `等为引领的`: the list was opened by 以 (`以甲、乙等为引领的5座水库`).
static LED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^等\s*为[^,。、;]{1,4}的").expect("valid regex"));

/// Words in which 等 is not "and so on" (平等, 同等, 高等 …).
const NOT_ETC_BEFORE: &[char] = &[
    '平', '同', '高', '初', '中', '上', '次', '对', '均', '相', '优',
];

/// What a project's description opens with: its length, cost, size or works
/// (`全长120公里`, `总投资80亿元`, `新建航站楼2万平方米`).
static DESCRIPTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:项目|工程)?(?:线路)?(?:全长|总长|长约|总投资|估算总投资|计划投资|投资|建设规模|规模|",
        r"总占地|占地|用地|总建筑面积|建筑面积|新建|改建|扩建|改扩建|新增|建设内容|主要建设|",
        r"设计|年产|年处理|日处理|装机|总装机|总库容|库容)"
    ))
    .expect("valid regex")
});

/// Whether the text after a label's colon describes the label as one project instead of listing
/// projects (`1.甲至乙高速公路:全长120公里,总投资80亿元。` against 001 line 765 `2.市政道路工程:
/// 甲路、乙路等一批道路新改建项目。`): its first clause opens like a description, states a number,
/// and lists nothing.
pub fn describes_label(label: &str, rest: &str) -> bool {
    let first = rest.split([',', '。', ';']).next().unwrap_or("").trim();
    let sentence = rest.split(['。', ';']).next().unwrap_or("");
    // `1. 鹤屿汽车年产10万辆新能源整车项目：新建冲压、焊装、涂装、总装四大工艺车间，总投资85亿元`
    // (probes14 industrial_park_special_plan line 35): a named project whose sentence states one
    // investment, its 、 listing parts of it.
    let one_investment = sentence.matches("总投资").count() == 1
        && label.chars().count() >= MIN_DESCRIBED_NAME_CHARS;
    dict::head_of(label.trim_end_matches('”')).is_some()
        && DESCRIPTION.is_match(first)
        && ((first.contains(|c: char| c.is_ascii_digit()) && !first.contains('、'))
            || one_investment)
}

/// Fewest characters of a project name whose description may list its parts with 、.
const MIN_DESCRIBED_NAME_CHARS: usize = 8;

/// Byte length of the enumerator a piece starts with (0 if none).
pub fn enumerator_len(text: &str) -> usize {
    ENUMERATOR.find(text).map_or(0, |m| m.end())
}

/// The group label at the start of `text`: `1.铁路项目:` → 铁路项目; `煤电:` → 煤电;
/// `1、油气开发。重点建设…` → 油气开发; a numbered piece without either (`1、重大水利基础设施建设`)
/// is a label as a whole.
pub fn group_label(text: &str) -> Option<Group> {
    let e = enumerator_len(text);
    let body = &text[e..];
    let max_chars = if e > 0 { 24 } else { 16 };
    let stop = body.find([':', '。', ',', ';', '、']);
    match stop.map(|s| (s, body[s..].chars().next())) {
        Some((s, Some(':'))) if body[..s].chars().count() <= max_chars && s > 0 => Some(Group {
            start: e,
            end: e + s,
            rest: e + s + 1,
            colon: true,
        }),
        _ if e > 0 => enumerated_label(text, e),
        _ => None,
    }
}

/// `1、油气开发。…`, `3、广播电视安防工程、村村通工程。…`, `1、重大水利基础设施建设`.
fn enumerated_label(text: &str, e: usize) -> Option<Group> {
    let body = &text[e..];
    if let Some(s) = body.find('。') {
        let label = &body[..s];
        let short = label.chars().count() <= 30 && !label.contains([',', ';', ':']);
        let bare = label.trim_end_matches('”');
        let named = dict::GROUP_SUFFIXES.iter().any(|g| bare.ends_with(g));
        if s > 0 && short && (named || label.chars().count() <= 10 || !label.contains('、')) {
            return Some(Group {
                start: e,
                end: e + s,
                rest: e + s + '。'.len_utf8(),
                colon: false,
            });
        }
    }
    let whole = body.trim_end_matches(['。', ';']);
    (!whole.is_empty() && whole.chars().count() <= 24 && !whole.contains([',', ';', ':']))
        .then_some(Group {
            start: e,
            end: e + whole.len(),
            rest: text.len(),
            colon: false,
        })
}

/// Share of the items of `text` that are projects — how a list differs from a body paragraph.
pub fn project_density(text: &str) -> f64 {
    let raw = raw_items(text);
    let total = raw
        .iter()
        .filter(|r| text[r.0..r.1].chars().count() >= 2)
        .count();
    if total == 0 {
        return 0.0;
    }
    items(text).len() as f64 / total as f64
}

/// Whether the byte at `i` is a comma inside a number (`年产1,000公里…`): a digit before it and
/// exactly three after. NFKC folds the list comma `，` to `,` too, so only the digits tell.
fn thousands_comma(text: &str, i: usize) -> bool {
    let b = text.as_bytes();
    b.get(i) == Some(&b',')
        && i > 0
        && b[i - 1].is_ascii_digit()
        && b.get(i + 1..i + 4)
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
        && !b.get(i + 4).is_some_and(u8::is_ascii_digit)
}

/// Top-level separators: item ends and the kind of separator.
fn raw_items(text: &str) -> Vec<(usize, usize, char)> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut quoted = false;
    let mut start = 0;
    for (i, c) in text.char_indices() {
        match c {
            '(' | '[' | '【' | '《' | '{' | '〔' => depth += 1,
            ')' | ']' | '】' | '》' | '}' | '〕' => depth = (depth - 1).max(0),
            '“' | '‘' | '「' => quoted = true,
            '”' | '’' | '」' => quoted = false,
            '"' => quoted = !quoted,
            '、' | ';' | '。' | ',' | '!' | '?'
                if depth == 0 && !quoted && !thousands_comma(text, i) =>
            {
                out.push((start, i, c));
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    if start < text.len() {
        out.push((start, text.len(), '。'));
    }
    out
}

/// The project names of a list text (a piece without its group label), as byte ranges of `text`.
pub fn items(text: &str) -> Vec<Item> {
    items_with(text, false)
}

/// The comma-separated parts of an appendix list, each one project whatever 、 it holds
/// (`丙—丁等中哈互联互通境外铁路、公路基础设施建设项目申请亚投行资金解决`): cleaned as names, and
/// cut after their last 项目 or 工程 when a clause follows (`申请…资金解决`).
pub fn comma_items(text: &str) -> Vec<Item> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut start = 0;
    let push = |s: usize, e: usize, out: &mut Vec<Item>| {
        let (s, e) = clean_name(text, s, e);
        let e = clause_cut(text, s, e);
        if text[s..e].chars().count() >= 2 {
            out.push(Item {
                start: s,
                end: e,
                attributes: None,
            });
        }
    };
    for (i, c) in text.char_indices() {
        match c {
            '(' | '“' => depth += 1,
            ')' | '”' => depth = (depth - 1).max(0),
            ',' | ';' if depth == 0 && !thousands_comma(text, i) => {
                push(start, i, &mut out);
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    if start < text.len() {
        push(start, text.len(), &mut out);
    }
    out
}

/// The end of `text[s..e]` cut after its last 项目/工程 when what follows names nothing.
fn clause_cut(text: &str, s: usize, e: usize) -> usize {
    let t = &text[s..e];
    if dict::head_of(t).is_some() {
        return e;
    }
    ["项目", "工程"]
        .iter()
        .filter_map(|h| t.rfind(h).map(|i| i + h.len()))
        .max()
        .filter(|&i| i < t.len() && depth_at(t, i) == 0)
        .map_or(e, |i| s + i)
}

/// The names of a table cell that lists only projects (a `附表` row: `甲保护更新、乙品质提升等3项
/// 工程`): every top-level item, the last cut at 等, a trailing 建设 after a head noun dropped
/// (`国家物流枢纽建设` → 国家物流枢纽). Nothing is stripped from the front: a cell holds no verbs,
/// and `重点片区综合性城市更新` opens with 重点 as an adjective.
pub fn cell_items(text: &str) -> Vec<Item> {
    let raw = raw_items(text);
    let last = raw.len().saturating_sub(1);
    raw.iter()
        .enumerate()
        .filter_map(|(k, &(s, e, _))| {
            let e = if k == last {
                etc_cut(&text[s..e]).map_or(e, |c| s + c)
            } else {
                e
            };
            let t = &text[s..e];
            let s = s + (t.len() - t.trim_start().len());
            let mut e = s + text[s..e].trim().len();
            if let Some(rest) = text[s..e].strip_suffix("建设")
                && dict::head_of(rest).is_some()
            {
                e = s + rest.len();
            }
            (text[s..e].chars().count() >= 2).then_some(Item {
                start: s,
                end: e,
                attributes: None,
            })
        })
        .collect()
}

/// Every item of a list known to name only projects (an appendix's `分别为…` list), head or not.
pub fn list_items(text: &str) -> Vec<Item> {
    items_with(text, true)
}

fn items_with(text: &str, all: bool) -> Vec<Item> {
    let raw = raw_items(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < raw.len() {
        // A run of items joined by 、 (ending at the first other separator).
        let mut j = i;
        while j + 1 < raw.len() && raw[j].2 == '、' {
            j += 1;
        }
        out.extend(run_items(text, &raw[i..=j], all));
        i = j + 1;
    }
    out
}

/// The projects of one 、-run.
fn run_items(text: &str, run: &[(usize, usize, char)], all: bool) -> Vec<Item> {
    let mut spans: Vec<(usize, usize)> = run.iter().map(|r| (r.0, r.1)).collect();
    if let Some(k) = inner_verb_item(text, &spans) {
        spans.drain(..k);
        if let Some(first) = spans.first_mut() {
            first.0 = after_inner_verb(text, first.0, first.1);
        }
    }
    if let Some(first) = spans.first() {
        let t = text[first.0..first.1].trim_start();
        let t = dict::leading_verb(t).map_or(t, |v| &t[v.len()..]);
        if dict::CONTEXT_VERBS.iter().any(|v| t.starts_with(v)) || t.starts_with("一批") {
            return Vec::new();
        }
    }
    // `A、B等一批…`: cut the last item at 等; every item of the run is an instance.
    let mut instances = false;
    let mut led = false;
    if let Some(last) = spans.last_mut()
        && let Some(cut) = etc_cut(&text[last.0..last.1])
    {
        let rest = text[last.0 + cut..last.1].trim_end();
        led = LED.is_match(rest);
        instances = ETC_LIST.is_match(rest) || named_kind(text, &spans, rest);
        if let Some(last) = spans.last_mut() {
            last.1 = last.0 + cut;
        }
    }
    // `甲纺织城、乙纺织城三个综合性纺织工业基地`: a count after a name ends the list too.
    if !instances
        && spans.len() >= 2
        && let Some(last) = spans.last_mut()
        && let Some(cut) = count_cut(&text[last.0..last.1])
    {
        instances = true;
        last.1 = last.0 + cut;
    }
    // Names without a trailing capacity, cleaned; the capacity of each stays by its end.
    let mut attrs = std::collections::BTreeMap::new();
    let mut cleaned: Vec<(usize, usize)> = spans
        .iter()
        .map(|&(s, e)| {
            let e = s + text[s..e].trim_end().len();
            let (ne, attr) = strip_capacity(text, s, e);
            let (cs, ce) = clean_name(text, s, ne);
            if let Some(a) = attr {
                attrs.insert(ce, a);
            }
            (cs, ce)
        })
        .collect();
    // `以甲、乙等为引领的5座水库`: the 以 that opens the list is no part of a name.
    if led
        && let Some(first) = cleaned.first_mut()
        && text[first.0..first.1].starts_with('以')
    {
        first.0 += '以'.len_utf8();
    }
    let pre = merge_modifiers(text, &cleaned, instances);
    let mut merged: Vec<(usize, usize)> = pre
        .iter()
        .copied()
        .enumerate()
        .map(|(k, (s, e))| {
            let s = after_de(text, s, e);
            // `推进乙地区的甲、乙等水利枢纽`: instances need no head of their own.
            match text[s..e].rfind('的') {
                Some(p) if k == 0 && (instances || all) && depth_at(&text[s..e], p) == 0 => {
                    (s + p + '的'.len_utf8(), e)
                }
                _ => (s, e),
            }
        })
        .collect();
    // `甲、乙煤电基地以及甲、丙煤化工示范工程配套的A煤矿、B煤矿等煤矿项目` (the shape of 003 专栏 4):
    // the items before one cut at its 的 are that 的's modifier, not instances of the list.
    if let Some(k) = merged
        .iter()
        .zip(&pre)
        .rposition(|(m, p)| m.0 > p.0 && text[p.0..m.0].ends_with('的'))
    {
        merged.drain(..k);
    }
    let with_head = merged
        .last()
        .is_some_and(|&(s, e)| strong_head(&text[s..e]) && accept(&text[s..e]));
    let shared_head = with_head
        && merged.len() > 1
        && merged[..merged.len() - 1].iter().all(|&(s, e)| {
            let n = text[s..e].chars().count();
            (2..=8).contains(&n) && dict::head_of(&text[s..e]).is_none()
        });
    let found: Vec<Item> = merged
        .iter()
        .copied()
        .filter(|&(s, e)| s < e)
        .flat_map(|(s, e)| split_joined(text, s, e))
        .filter(|&(s, e)| !QUANTITY.is_match(&text[s..e]) && !COUNTED.is_match(&text[s..e]))
        .filter_map(|(s, e)| {
            let name = &text[s..e];
            (accept(name) || ((all || instances || shared_head) && name.chars().count() >= 2))
                .then_some(Item {
                    start: s,
                    end: e,
                    attributes: attrs.get(&e).copied(),
                })
        })
        .collect();
    // `甲市智慧城市建设项目、甲市交通运输局综合智能调度一体化、甲市轨道交通项目`: in a run of
    // three or more that names projects almost throughout, a long item opening with a place is one
    // more, head noun or not.
    if !(all || instances || shared_head)
        && merged.len() >= 3
        && found.len() * 3 >= merged.len() * 2
    {
        let mut more: Vec<Item> = merged
            .iter()
            .copied()
            .filter(|&(s, e)| {
                let t = &text[s..e];
                t.chars().count() >= 8
                    && opens_with_place(t)
                    && !found.iter().any(|f| f.start < e && s < f.end)
                    && !QUANTITY.is_match(t)
                    && !COUNTED.is_match(t)
            })
            .map(|(s, e)| Item {
                start: s,
                end: e,
                attributes: attrs.get(&e).copied(),
            })
            .collect();
        if !more.is_empty() {
            more.extend(found);
            more.sort_by_key(|i| i.start);
            return more;
        }
    }
    // `实施土地平整、农田水利、土壤改良、机耕道路、配套电网林网等建设`: a run of three or more
    // items of which most name no project lists kinds of work; its few facility words are kinds
    // too.
    if !(all || instances || shared_head) && merged.len() >= 3 && found.len() * 2 < merged.len() {
        return Vec::new();
    }
    found
}

/// After `等`, a kind that makes the items before it instances: `等百万千瓦级风电基地` (a
/// qualified kind), or a bare kind (`等水电站`) when an item of the run carries a head itself.
/// Not a weak kind (`等专业公共卫生机构`), not a phrase with 的 (`等国建设的境外经贸合作园区`:
/// the items are countries), not `等工程建设` after items naming no facility.
fn named_kind(text: &str, spans: &[(usize, usize)], rest: &str) -> bool {
    let kind = rest.trim_start_matches('等').trim();
    let kind = kind.strip_suffix("建设").unwrap_or(kind);
    let Some(h) = dict::head_of(kind) else {
        return false;
    };
    if kind.contains('的') || !strong_head(kind) {
        return false;
    }
    kind.len() > h.len()
        || spans
            .iter()
            .any(|&(s, e)| dict::head_of(without_trailing_paren(text[s..e].trim())).is_some())
}

/// The index of the item of a run that holds an inner verb with a project after it, when the
/// items before it name no project (places: `在乙区、丙区建设甲植物园`).
fn inner_verb_item(text: &str, spans: &[(usize, usize)]) -> Option<usize> {
    spans.iter().enumerate().find_map(|(k, &(s, e))| {
        let moved = after_inner_verb(text, s, e) > s;
        (moved && spans[..k].iter().all(|&(a, b)| !accept(text[a..b].trim()))).then_some(k)
    })
}

/// `在乙区、丙区建设甲植物园`, `定额补助实施高效节水提质增效工程`: what stands before an inner
/// `建设` or `实施` is where or how, not what; the name starts after the verb (when what follows
/// names a project).
fn after_inner_verb(text: &str, s: usize, e: usize) -> usize {
    let t = &text[s..e];
    let mut best = s;
    for verb in INNER_VERBS {
        if let Some(i) = t.rfind(verb)
            && i > 0
            && depth_at(t, i) == 0
            && dict::leading_verb(t).is_none_or(|v| v.len() < i + verb.len())
        {
            let after = &t[i + verb.len()..];
            if after.chars().count() >= 4 && !after.starts_with('的') && accept(after) {
                best = best.max(s + i + verb.len());
            }
        }
    }
    best
}

/// Verbs that may stand inside an item, after a place or a manner (`北疆建设…`, `补助实施…`).
const INNER_VERBS: [&str; 2] = ["建设", "实施"];

/// `美克化工煤基…一体化项目和美克化工与 BASF 新材料项目`: two whole projects (each ending in
/// 项目 or 工程) joined by 和, or two of one kind (`甲传播中心和乙译制中心`), or two joined by 以及,
/// are two names; two facilities of different kinds joined by 和 are one project
/// (`应急测绘指挥中心和服务保障平台`, `甲数据中心和乙备份中心建设工程`). `A及配套…`:
/// what A brings along (`…输电工程及配套7个…电源项目`) is no name.
fn split_joined(text: &str, s: usize, e: usize) -> Vec<(usize, usize)> {
    let t = &text[s..e];
    if let Some(i) = t.find("及配套")
        && depth_at(t, i) == 0
        && accept(&t[..i])
    {
        return vec![(s, s + i)];
    }
    for conj in ["以及", "和"] {
        for (i, _) in t.match_indices(conj) {
            let (l, r) = (&t[..i], &t[i + conj.len()..]);
            if depth_at(t, i) != 0 || !accept(r) {
                continue;
            }
            let (lh, rh) = (
                dict::head_of(without_trailing_paren(l)),
                dict::head_of(without_trailing_paren(r)),
            );
            if lh.is_some() && !accept(l) {
                // `非物质文化遗产保护利用设施和木卡姆传承保护中心`: a kind, then one project.
                return vec![(s + i + conj.len(), e)];
            }
            let whole = lh.is_some_and(|h| ["项目", "工程"].contains(&h));
            if accept(l) && (conj == "以及" || whole || (lh.is_some() && lh == rh)) {
                return vec![(s, s + i), (s + i + conj.len(), e)];
            }
        }
    }
    vec![(s, e)]
}

/// Offset of a count (`三个`, `9个`) that follows a name of its own and ends a list of instances:
/// `乙纺织城三个综合性纺织工业基地` → after `乙纺织城`.
fn count_cut(item: &str) -> Option<usize> {
    let m = COUNT_AFTER.find(item)?;
    let before = item[..m.start()].trim();
    (m.start() > 0 && depth_at(item, m.start()) == 0 && accept(before)).then_some(m.start())
}

/// Offset of a top-level 等 that ends the list of instances (`丙河等一批防洪工程` → 5×3).
fn etc_cut(item: &str) -> Option<usize> {
    let mut depth = 0i32;
    let mut prev = ' ';
    for (i, c) in item.char_indices() {
        match c {
            '(' | '“' => depth += 1,
            ')' | '”' => depth -= 1,
            '等' if depth == 0 && i > 0 && !NOT_ETC_BEFORE.contains(&prev) => return Some(i),
            _ => {}
        }
        prev = c;
    }
    None
}

/// Trim spaces, leading verbs, `X的` prefixes and a trailing `建设` from `text[s..e]`.
fn clean_name(text: &str, mut s: usize, mut e: usize) -> (usize, usize) {
    s += text[s..e].len() - text[s..e].trim_start().len();
    if let Some(v) = dict::leading_verb(&text[s..e]).filter(|v| text[s..e].len() > v.len()) {
        s += v.len();
        s += text[s..e].len() - text[s..e].trim_start().len();
    }
    e = s + text[s..e].trim_end().len();
    if let Some(rest) = text[s..e].strip_suffix("建设")
        && dict::head_of(rest).is_some()
    {
        e = s + rest.len();
    }
    s = after_de(text, s, e);
    (s, e)
}

/// `…示范工程配套的甲能源…南露天煤矿` → the part after the last top-level 的, when it
/// names a project.
///
/// `以县乡镇为主的…集聚区` keeps its modifier: `以…为主的` describes the project, it does not
/// place it.
fn after_de(text: &str, s: usize, e: usize) -> usize {
    if let Some(p) = text[s..e].rfind('的') {
        let after = s + p + '的'.len_utf8();
        let before = &text[s..s + p];
        let describes = before.contains('以')
            && [
                "为主",
                "为重点",
                "为核心",
                "为特色",
                "为引领",
                "为代表",
                "为一体",
            ]
            .iter()
            .any(|w| before.ends_with(w));
        if depth_at(&text[s..e], p) == 0 && !describes && dict::head_of(&text[after..e]).is_some() {
            return after;
        }
    }
    s
}

/// Does a group label announce a list of projects (`新型建材项目`, `1.旅游品牌创建工程`)? Every
/// item under such a label is a project, head noun or not (004 专栏6 `丁县年产100万件卫生洁具`).
pub fn names_projects(label: &str) -> bool {
    ["项目", "工程"].iter().any(|h| label.ends_with(h))
}

/// Bracket depth at byte `at` of `t`.
fn depth_at(t: &str, at: usize) -> i32 {
    t[..at].chars().fold(0, |d, c| match c {
        '(' | '“' => d + 1,
        ')' | '”' => d - 1,
        _ => d,
    })
}

/// A 、 that joins two modifiers of one head is not a split: the headless item `cur` joins the
/// next item `next` when
/// - it is a bare place (`乙市、丙县准噶尔盆地南缘防沙治沙`: two places share one project),
///   unless the run lists instances;
/// - its last two characters recur inside `next` (`甲市餐厨垃圾、建筑垃圾处理项目`);
/// - it is one character (`地、县剧院`);
/// - it ends in an administrative level and `next` is another level (`丙地区县、乡文化广场`,
///   `地区乡镇、行政村（队）体育场地`);
/// - it ends with a serial (`二期`) that `next` continues (`综合治理二期、三期工程`);
/// - it is long (six characters or more, or five after a place of its own) and
///   `next` carries the head (`医院医技、科技教研综合楼项目`, `丙县碳黑、白炭黑及…项目`), unless
///   the run lists instances (`甲河亚曼苏、乙河夏特水电站等水电站`), or `cur` is complete in
///   itself: a capacity (`甲2×35万千瓦热电`) or a work (`碳交易体系建设`);
///
/// but never when `next` opens with a place of its own (`…精深加工、丁县甘草深加工…项目`).
fn joins(cur: &str, next: &str, instances: bool) -> bool {
    if accept(cur) {
        return false;
    }
    if !instances && bare_place(cur) && !is_class(next) {
        return true;
    }
    if opens_with_place(next) {
        return false;
    }
    let chars: Vec<char> = cur.chars().collect();
    let n = chars.len();
    let tail: String = chars[n.saturating_sub(2)..].iter().collect();
    let first = next.chars().next().unwrap_or(' ');
    let second = next.chars().nth(1).unwrap_or(' ');
    let next_level = (LEVELS.contains(&first) && !LEVELS.contains(&second))
        || next
            .strip_prefix("行政")
            .is_some_and(|r| r.starts_with(LEVELS));
    let complete = cur.ends_with("建设") || cur.chars().any(|c| c.is_ascii_digit());
    let middle = n >= 6 || (n == 5 && opens_with_place(cur));
    (n >= 2
        && next.contains(tail.as_str())
        && !next.starts_with(tail.as_str())
        && !next.ends_with(tail.as_str()))
        || n == 1
        || (chars.last().is_some_and(|c| LEVELS.contains(c)) && next_level)
        || (n >= 2 && chars[n - 1] == '期' && second == '期')
        || (middle
            && !instances
            && !complete
            && dict::head_of(without_trailing_paren(next)).is_some())
}

/// `地市级`, `县级疾病预防控制中心`: a level or a class of places, not a place.
fn is_class(t: &str) -> bool {
    t.chars().take(4).any(|c| c == '级') || dict::GENERIC_PREFIXES.iter().any(|p| t.starts_with(p))
}

/// `乙市`, `丙县`: a place name alone (two to four characters ending in a level), no project.
fn bare_place(t: &str) -> bool {
    let n = t.chars().count();
    (2..=4).contains(&n)
        && t.ends_with(['市', '县', '州', '区', '旗'])
        && dict::head_of(t).is_none()
}

/// One-character administrative levels (`县`, `乡`).
const LEVELS: &[char] = &['省', '市', '县', '乡', '镇', '村', '区', '地', '州'];

/// `丁县甘草…`: a place name (a level character within the first four) opens the text.
fn opens_with_place(t: &str) -> bool {
    t.chars()
        .skip(1)
        .take(3)
        .any(|c| matches!(c, '县' | '市' | '州'))
}

/// `地区精神病人…`, `丁县公墓…`: a place or an area (`区`) opens the text.
fn opens_with_area(t: &str) -> bool {
    opens_with_place(t) || t.chars().skip(1).take(3).any(|c| c == '区')
}

/// Items of a run joined where a 、 joins modifiers ([`joins`]). After places that share the
/// next item (`乙市、丙县准噶尔盆地南缘防沙治沙`), that item is complete: the places name its
/// extent, and what follows is another project.
fn merge_modifiers(text: &str, items: &[(usize, usize)], instances: bool) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < items.len() {
        let (s, mut e) = items[i];
        let mut k = i;
        let mut placed = false;
        while k + 1 < items.len() {
            let cur = &text[items[k].0..items[k].1];
            let next = &text[items[k + 1].0..items[k + 1].1];
            if placed && !bare_place(cur) || !joins(cur, next, instances) {
                break;
            }
            placed = !instances && bare_place(cur);
            k += 1;
            e = items[k].1;
        }
        out.push((s, e));
        i = k + 1;
    }
    out
}

/// A trailing parenthesis holding a number: `南露天煤矿(3000万吨/年)` → name end before `(`, and
/// the attribute range inside it.
fn strip_capacity(text: &str, s: usize, e: usize) -> (usize, Option<(usize, usize)>) {
    let t = &text[s..e];
    if !t.ends_with(')') {
        return (e, None);
    }
    let mut depth = 0;
    for (i, c) in t.char_indices().rev() {
        match c {
            ')' => depth += 1,
            '(' => {
                depth -= 1;
                if depth == 0 {
                    let inner = &t[i + 1..t.len() - 1];
                    if i > 0 && inner.chars().any(|c| c.is_ascii_digit()) {
                        return (s + i, Some((s + i + 1, e - 1)));
                    }
                    return (e, None);
                }
            }
            _ => {}
        }
    }
    (e, None)
}

/// `某区艺术中心(美术馆)` → `某区艺术中心`: the head noun stands before a trailing parenthesis.
fn without_trailing_paren(name: &str) -> &str {
    match (name.ends_with(')'), name.rfind('(')) {
        (true, Some(i)) if i > 0 => &name[..i],
        _ => name,
    }
}

/// Is `name` (cleaned, without attributes) a project by itself? It ends with a head noun after
/// a stem of its own (`乌恰热电厂`; not a bare `中心`, not a three-character common noun like
/// `文化馆`), or carries a road code or a dash link. A name that opens with a class of places
/// (`县级公共图书馆`, `乡镇卫生院`: every county's library) is a kind of facility, not one
/// facility, unless it is a whole project (`农村饮水巩固提升工程`); a weak head (`设施`, `机构`)
/// names one only after a place (`地区精神病人福利机构`, not `妇幼保健机构`) or with a facility
/// (`甲火化场及附属设备`).
fn accept(name: &str) -> bool {
    let n = name.chars().count();
    if !(2..=60).contains(&n) || COUNTED.is_match(name) {
        return false;
    }
    let name = without_trailing_paren(name);
    if let Some(h) = dict::head_of(name) {
        let stem = name[..name.len() - h.len()].trim_end_matches("建设");
        let whole = ["项目", "工程"].contains(&h);
        if stem.is_empty() || n < 4 {
            return false;
        }
        if !whole && dict::GENERIC_PREFIXES.iter().any(|p| name.starts_with(p)) {
            return false;
        }
        let with_facility = name
            .find('及')
            .is_some_and(|i| strong_head(&name[..i]) && accept(&name[..i]));
        if dict::WEAK_HEADS.contains(&h) && !opens_with_area(name) && !with_facility {
            return false;
        }
        return stem.chars().count() > 2 || !whole;
    }
    ROAD_CODE.is_match(name) || DASH_LINK.is_match(name)
}

/// Is `head` a strong head noun (one that names a kind of project, not `设施`/`机构`)?
fn strong_head(name: &str) -> bool {
    dict::head_of(name).is_some_and(|h| !dict::WEAK_HEADS.contains(&h))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<&str> {
        items(text).iter().map(|i| &text[i.start..i.end]).collect()
    }

    /// A number written with a thousands separator stays in its name (004 专栏 with `1000`
    /// written `1,000`); a comma between items still splits them.
    #[test]
    fn thousands_separators_stay_in_names() {
        let t =
            "乌苏市年产1,000公里钢骨架聚乙烯复合管项目、年产5,000万双织袜项目,甲工业园3,2期项目";
        let names: Vec<&str> = items(t).iter().map(|i| &t[i.start..i.end]).collect();
        assert!(
            names.contains(&"乌苏市年产1,000公里钢骨架聚乙烯复合管项目"),
            "{names:?}"
        );
        assert!(names.contains(&"年产5,000万双织袜项目"), "{names:?}");
        assert!(!names.iter().any(|n| n.contains("3,2")), "{names:?}");
        let c = "甲至乙铁路,年产1,000吨乙二醇项目";
        let parts: Vec<&str> = comma_items(c).iter().map(|i| &c[i.start..i.end]).collect();
        assert_eq!(parts, ["甲至乙铁路", "年产1,000吨乙二醇项目"]);
    }

    /// 003 专栏 4, its list joined across the line break after `等`: the places before the item
    /// cut at 的 say what the mines serve, they are no instances of `等煤矿项目`.
    #[test]
    fn items_before_a_de_modifier_are_not_instances() {
        let t = "加快推进甲东、乙煤电基地以及甲东、丙煤化工示范工程配套的丁能源甲东大井矿区南露天煤矿(3000万吨/年)、戊三号露天煤矿(1000万吨/年)等煤矿项目建设。";
        assert_eq!(
            names(t),
            vec!["丁能源甲东大井矿区南露天煤矿", "戊三号露天煤矿"]
        );
    }

    #[test]
    fn splits_on_top_level_separators_only() {
        assert_eq!(
            names(
                "甲市甲地旅游集散中心(智慧旅游运营指挥中心、数据中心)建设项目、甲河景区水游(夜游)及休闲游配套服务开发运营项目。"
            ),
            vec![
                "甲市甲地旅游集散中心(智慧旅游运营指挥中心、数据中心)建设项目",
                "甲河景区水游(夜游)及休闲游配套服务开发运营项目"
            ]
        );
    }

    #[test]
    fn modifiers_joined_by_dun_are_one_name() {
        assert_eq!(
            names("甲市餐厨垃圾、建筑垃圾处理项目。"),
            vec!["甲市餐厨垃圾、建筑垃圾处理项目"]
        );
    }

    #[test]
    fn etc_list_gives_instances_and_verbs_go() {
        assert_eq!(
            names("甲市甲水库至乙水厂引调水工程;甲市甲河、乙河、丙河等一批防洪工程;"),
            vec!["甲市甲水库至乙水厂引调水工程", "甲市甲河", "乙河", "丙河"]
        );
        assert_eq!(
            names("实施甲市甲古城遗址保护利用项目。"),
            vec!["甲市甲古城遗址保护利用项目"]
        );
    }

    #[test]
    fn capacity_moves_to_attributes() {
        let t = "加快推进丁煤化工示范工程配套的甲能源乙矿区南露天煤矿(3000万吨/年)、丙矿区西区七号矿井(1200万吨/年)等";
        assert_eq!(
            names(t),
            vec!["甲能源乙矿区南露天煤矿", "丙矿区西区七号矿井"]
        );
        let it = items(t)[0];
        let (a, b) = it.attributes.unwrap();
        assert_eq!(&t[a..b], "3000万吨/年");
    }

    #[test]
    fn labels() {
        let t = "1.铁路项目:甲地—乙地铁路、甲—乙—丙铁路复线项目。";
        let g = group_label(t).unwrap();
        assert_eq!(g.label(t), "铁路项目");
        assert_eq!(
            names(g.rest(t)),
            vec!["甲地—乙地铁路", "甲—乙—丙铁路复线项目"]
        );
        let t = "1、油气开发。重点建设甲石油局油气勘探开发项目、乙油田勘探开发项目。";
        let g = group_label(t).unwrap();
        assert_eq!(g.label(t), "油气开发");
        assert_eq!(
            names(g.rest(t)),
            vec!["甲石油局油气勘探开发项目", "乙油田勘探开发项目"]
        );
    }

    #[test]
    fn kinds_and_tasks_name_no_project() {
        assert!(
            names("继续实施地市级公共文化设施建设,支持不达标的县级公共图书馆、文化馆建设。")
                .is_empty()
        );
        assert!(
            names("实施土地平整、农田水利、土壤改良、机耕道路、配套电网林网等建设。").is_empty()
        );
        assert!(names("支持地方病、职业病、结核病、传染病等专业公共卫生机构建设。").is_empty());
        assert_eq!(
            names("推动非物质文化遗产保护利用设施和甲传承保护中心建设。"),
            vec!["甲传承保护中心"]
        );
    }

    #[test]
    fn counted_sets_and_what_a_project_brings_along() {
        assert_eq!(
            names("加快推进甲—乙(丙)±1100千伏特高压直流输电工程及配套7个1320万千瓦电源项目建设;"),
            vec!["甲—乙(丙)±1100千伏特高压直流输电工程"]
        );
        assert!(names("加快285座大中型病险水闸和6座中型水库除险加固工程建设。").is_empty());
        assert_eq!(
            names("加快甲纺织城、乙纺织城、丙纺织城三个综合性纺织工业基地建设。"),
            vec!["甲纺织城", "乙纺织城", "丙纺织城"]
        );
    }

    #[test]
    fn two_joined_by_he() {
        assert_eq!(
            names("建立应急测绘指挥中心和服务保障平台;建设甲国际传播中心和乙文化译制中心。"),
            vec![
                "应急测绘指挥中心和服务保障平台",
                "甲国际传播中心",
                "乙文化译制中心"
            ]
        );
        assert_eq!(
            names("甲化工煤基精细化工产业一体化项目和乙化工新材料项目。"),
            vec!["甲化工煤基精细化工产业一体化项目", "乙化工新材料项目"]
        );
    }

    #[test]
    fn places_sharing_one_project() {
        let t = "重点实施乙市、丙县准噶尔盆地南缘防沙治沙、天山北坡谷地森林植被保护与修复工程。";
        let got: Vec<&str> = list_items(t).iter().map(|i| &t[i.start..i.end]).collect();
        assert_eq!(
            got,
            vec![
                "乙市、丙县准噶尔盆地南缘防沙治沙",
                "天山北坡谷地森林植被保护与修复工程"
            ]
        );
    }

    #[test]
    fn inner_verbs_and_led_lists() {
        assert_eq!(
            names("在甲市、乙地、丙地建设丁药用植物园、中药民族药繁育中心。"),
            vec!["丁药用植物园", "中药民族药繁育中心"]
        );
        assert_eq!(
            names("定额补助实施高效节水提质增效工程。"),
            vec!["高效节水提质增效工程"]
        );
        assert_eq!(
            names("重点实施以甲拉、乙德、丙苏等为引领的5座战略性山区水库。"),
            vec!["甲拉", "乙德", "丙苏"]
        );
    }

    #[test]
    fn comma_parts_keep_their_dun() {
        let t = "甲至乙铁路,丙—丁等中哈互联互通境外铁路、公路基础设施建设项目申请亚投行资金解决,戊机场改扩建";
        let got: Vec<&str> = comma_items(t).iter().map(|i| &t[i.start..i.end]).collect();
        assert_eq!(
            got,
            vec![
                "甲至乙铁路",
                "丙—丁等中哈互联互通境外铁路、公路基础设施建设项目",
                "戊机场改扩建"
            ]
        );
    }
}
