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
//!   carries a road code (`G0711`), or links two places with a dash (`甲—乙`).
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

/// Two places linked by a dash: `甲—乙`, `甲-乙`.
static DASH_LINK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\p{Han}\)?\s*[—–\-－]{1,2}\s*\p{Han}").expect("valid regex"));

/// After `等`: an enumeration of instances (`等一批`, `等 9 个`, `等项目`).
static ETC_LIST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^等\s*(?:一批|若干|多个|\d+\s*[个座所项条家处]|[一二三四五六七八九十两]+[个座所项条家处]|重点|重大|项目)")
        .expect("valid regex")
});

/// Words in which 等 is not "and so on" (平等, 同等, 高等 …).
const NOT_ETC_BEFORE: &[char] = &[
    '平', '同', '高', '初', '中', '上', '次', '对', '均', '相', '优',
];

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
            '、' | ';' | '。' | ',' | '!' | '?' if depth == 0 && !quoted => {
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
    if let Some(first) = spans.first_mut() {
        first.0 = after_inner_verb(text, first.0, first.1);
        let t = text[first.0..first.1].trim_start();
        let t = dict::leading_verb(t).map_or(t, |v| &t[v.len()..]);
        if dict::CONTEXT_VERBS.iter().any(|v| t.starts_with(v)) || t.starts_with("一批") {
            return Vec::new();
        }
    }
    // `A、B等一批…`: cut the last item at 等; every item of the run is an instance.
    let mut instances = false;
    if let Some(last) = spans.last_mut()
        && let Some(cut) = etc_cut(&text[last.0..last.1])
    {
        let rest = text[last.0 + cut..last.1].trim_end();
        instances = ETC_LIST.is_match(rest)
            || dict::head_of(rest.strip_suffix("建设").unwrap_or(rest)).is_some();
        last.1 = last.0 + cut;
    }
    // Names without a trailing capacity, cleaned; the capacity of each stays by its end.
    let mut attrs = std::collections::BTreeMap::new();
    let cleaned: Vec<(usize, usize)> = spans
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
    let merged: Vec<(usize, usize)> = merge_modifiers(text, &cleaned, instances)
        .into_iter()
        .map(|(s, e)| (after_de(text, s, e), e))
        .collect();
    let with_head = merged
        .last()
        .is_some_and(|&(s, e)| dict::head_of(&text[s..e]).is_some());
    let shared_head = with_head
        && merged.len() > 1
        && merged[..merged.len() - 1].iter().all(|&(s, e)| {
            let n = text[s..e].chars().count();
            (2..=8).contains(&n) && dict::head_of(&text[s..e]).is_none()
        });
    merged
        .into_iter()
        .filter(|&(s, e)| s < e)
        .flat_map(|(s, e)| split_joined(text, s, e))
        .filter(|&(s, e)| !QUANTITY.is_match(&text[s..e]))
        .filter_map(|(s, e)| {
            let name = &text[s..e];
            (accept(name) || ((all || instances || shared_head) && name.chars().count() >= 2))
                .then_some(Item {
                    start: s,
                    end: e,
                    attributes: attrs.get(&e).copied(),
                })
        })
        .collect()
}

/// `在乙区、丙区建设甲植物园`: a list of places before an inner `建设` is where, not what; the
/// name starts after the verb (when what follows names a project).
fn after_inner_verb(text: &str, s: usize, e: usize) -> usize {
    let t = &text[s..e];
    match t.rfind("建设") {
        Some(i) if i > 0 && depth_at(t, i) == 0 => {
            let after = &t[i + "建设".len()..];
            if after.chars().count() >= 4 && accept(after) {
                s + i + "建设".len()
            } else {
                s
            }
        }
        _ => s,
    }
}

/// `美克化工煤基…一体化项目和美克化工与 BASF 新材料项目`: two projects joined by 和 or 以及,
/// each with its own head noun, are two names.
fn split_joined(text: &str, s: usize, e: usize) -> Vec<(usize, usize)> {
    let t = &text[s..e];
    for conj in ["以及", "和"] {
        for (i, _) in t.match_indices(conj) {
            let (l, r) = (&t[..i], &t[i + conj.len()..]);
            if depth_at(t, i) == 0
                && dict::head_of(without_trailing_paren(l)).is_some()
                && accept(l)
                && accept(r)
            {
                return vec![(s, s + i), (s + i + conj.len(), e)];
            }
        }
    }
    vec![(s, e)]
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
fn after_de(text: &str, s: usize, e: usize) -> usize {
    if let Some(p) = text[s..e].rfind('的') {
        let after = s + p + '的'.len_utf8();
        if depth_at(&text[s..e], p) == 0 && dict::head_of(&text[after..e]).is_some() {
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
/// - its last two characters recur inside `next` (`甲市餐厨垃圾、建筑垃圾处理项目`);
/// - it is one character (`地、县剧院`);
/// - it ends in an administrative level and `next` is another level (`丙地区县、乡文化广场`);
/// - it ends with a serial (`二期`) that `next` continues (`综合治理二期、三期工程`);
/// - it is long (six characters or more) and `next` carries the head (`医院医技、科技教研综合楼项目`),
///   unless the run lists instances (`甲河亚曼苏、乙河夏特水电站等水电站`);
///
/// but never when `next` opens with a place of its own (`…精深加工、丁县甘草深加工…项目`).
fn joins(cur: &str, next: &str, instances: bool) -> bool {
    if accept(cur) || opens_with_place(next) {
        return false;
    }
    let chars: Vec<char> = cur.chars().collect();
    let n = chars.len();
    let tail: String = chars[n.saturating_sub(2)..].iter().collect();
    let first = next.chars().next().unwrap_or(' ');
    let second = next.chars().nth(1).unwrap_or(' ');
    (n >= 2
        && next.contains(tail.as_str())
        && !next.starts_with(tail.as_str())
        && !next.ends_with(tail.as_str()))
        || n == 1
        || (chars.last().is_some_and(|c| LEVELS.contains(c))
            && LEVELS.contains(&first)
            && !LEVELS.contains(&second))
        || (n >= 2 && chars[n - 1] == '期' && second == '期')
        || (n >= 6 && !instances && dict::head_of(without_trailing_paren(next)).is_some())
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

fn merge_modifiers(text: &str, items: &[(usize, usize)], instances: bool) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < items.len() {
        let (s, mut e) = items[i];
        let mut k = i;
        while k + 1 < items.len()
            && joins(
                &text[items[k].0..items[k].1],
                &text[items[k + 1].0..items[k + 1].1],
                instances,
            )
        {
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

/// Is `name` (cleaned, without attributes) a project by itself?
fn accept(name: &str) -> bool {
    let n = name.chars().count();
    if !(2..=60).contains(&n) {
        return false;
    }
    let name = without_trailing_paren(name);
    if let Some(h) = dict::head_of(name) {
        let stem = name[..name.len() - h.len()].trim_end_matches("建设");
        return stem.chars().count() > 2 || !["项目", "工程"].contains(&h);
    }
    ROAD_CODE.is_match(name) || DASH_LINK.is_match(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<&str> {
        items(text).iter().map(|i| &text[i.start..i.end]).collect()
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
}
