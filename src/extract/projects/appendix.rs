//! Appendix project lists (004 附件2 `地区战略性工程`): one paragraph per 工程 —
//! `甲草原生态修复工程。总投资30.2亿元,由水利、林业、畜牧3个项目组成。…` — each giving a
//! project with its investment, and the sub-projects it lists after `分别为`, whose number is
//! checked against the printed `由N个项目组成`.

use super::pieces::Piece;
use super::{boxes, dict, money, split, wrap};
use crate::model::Warning;
use crate::normalize::Normalized;
use regex::Regex;
use std::sync::LazyLock;

/// `附件2: 地区战略性工程`.
static APPENDIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^附件\s*(\d{0,2})\s*[:.、]?\s*(\S.{0,30})$").expect("valid regex")
});

/// The name that opens an entry: `甲草原生态修复工程。`.
static ENTRY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^([^。,:;]{2,40})。").expect("valid regex"));

/// `附表`, `附表2 重大项目表`.
static TABLE_APPENDIX: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^附表\s*(\d{0,2})\s*[:.、]?\s*(.{0,40})$").expect("valid regex"));

/// A row number alone: `1`, `12`.
static ROW_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\d{1,2}$").expect("valid regex"));

/// The printed count closing a row: `等3项工程`, `6项工程`, `项工程` (its number on the line
/// before).
static ROW_END: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|等)\s*(\d*)\s*项工程$").expect("valid regex"));

/// The end of a row's list on its piece: `…等3项工程`, `…示范等`, `…提升等12`.
static LIST_CLOSE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"等\s*(\d*)\s*(?:项工程)?$").expect("valid regex"));

/// `由7个项目组成`, `由水利、林业、畜牧3个项目组成`.
static COUNT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"由([^。,]*?)(\d+)个项目组成").expect("valid regex"));

/// `分别为:` — the sub-project list follows.
static LISTED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"分别为\s*:?\s*").expect("valid regex"));

/// `等为引领的5座`, `等22座`: instances counted after 等.
static COUNTED_LIST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"等\s*(?:为[^,。、;]{1,4}的\s*)?\d+\s*[个座所项条家处]").expect("valid regex")
});

/// A category of sub-projects with its count: `城市供水项目7个,总投资24.4亿元`.
static CATEGORY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"([^。,:;]{2,20}?)(\d+)个,总投资(\d+(?:\.\d+)?)(亿元|万元)").expect("valid regex")
});

/// One appendix list: its caption, pieces, and entries.
#[derive(Debug)]
pub struct AppendixList {
    pub caption: String,
    /// Index of the heading piece and one past the last entry piece.
    pub first: usize,
    pub end: usize,
    pub entries: Vec<Entry>,
}

/// A project of an appendix list; `parent` is set for sub-projects (the 工程 they belong to).
#[derive(Debug)]
pub struct Entry {
    /// The name runs from byte `start` of piece `piece` to byte `end` of piece `end_piece` (the
    /// same piece unless a line break cut the name).
    pub piece: usize,
    pub start: usize,
    pub end_piece: usize,
    pub end: usize,
    pub parent: Option<String>,
    pub investment_text: Option<(usize, usize)>,
}

/// Every appendix list of projects, and count-mismatch warnings.
pub fn find(doc: &Normalized, pieces: &[Piece]) -> (Vec<AppendixList>, Vec<Warning>) {
    let mut lists = Vec::new();
    let mut warnings = Vec::new();
    for (i, p) in pieces.iter().enumerate() {
        // Only a piece opening with 附件 can match: the others skip the regex.
        let text = p.text(doc);
        let Some(c) = text
            .starts_with("附件")
            .then(|| APPENDIX.captures(text))
            .flatten()
        else {
            continue;
        };
        let title = c.get(2).map_or("", |m| m.as_str().trim());
        if !dict::BOX_TITLE_HEADS.iter().any(|h| title.ends_with(h)) {
            continue;
        }
        let number = c.get(1).map_or("", |m| m.as_str());
        let mut list = AppendixList {
            caption: format!("附件{number} {title}"),
            first: i,
            end: i + 1,
            entries: Vec::new(),
        };
        let mut j = i + 1;
        while j < pieces.len() && !boxes::is_heading(pieces[j].text(doc)) {
            if read_entry(doc, pieces, j, &mut list.entries, &mut warnings) {
                list.end = j + 1;
            }
            j += 1;
        }
        if !list.entries.is_empty() {
            lists.push(list);
        }
    }
    for (i, _) in pieces.iter().enumerate() {
        if let Some(list) = table_list(doc, pieces, i, &mut warnings) {
            lists.push(list);
        }
    }
    (lists, warnings)
}

/// A table appendix of projects (Beijing 15th plan `附表` / `“十五五”时期重大工程包`): its caption
/// (`附表`, then a title naming 工程 or 项目), then rows — a number alone (`1`), the field wrapped
/// over short pieces (`全国政治` / `中心建设`), and the list of 工程 wrapped over long pieces up to
/// `等N项工程`. Each listed 工程 is a project whose group is the row's field; a name wrapped over
/// two lines is no exact source slice and is skipped, but counted when the row's list is checked
/// against its printed N.
fn table_list(
    doc: &Normalized,
    pieces: &[Piece],
    i: usize,
    warnings: &mut Vec<Warning>,
) -> Option<AppendixList> {
    let text = pieces[i].text(doc);
    if !text.starts_with("附表") {
        return None;
    }
    let c = TABLE_APPENDIX.captures(text)?;
    let number = c.get(1).map_or("", |m| m.as_str());
    let mut title = c.get(2).map_or("", |m| m.as_str().trim());
    let mut j = i + 1;
    if title.is_empty() {
        title = pieces.get(j)?.text(doc);
        j += 1;
    }
    if !(title.contains("工程") || title.contains("项目")) || title.chars().count() > 40 {
        return None;
    }
    let mut list = AppendixList {
        caption: format!("附表{number} {title}"),
        first: i,
        end: j,
        entries: Vec::new(),
    };
    // The column header (`序号 领域 重大工程`), printed again at the top of every page.
    let header = pieces
        .get(j)
        .map(|p| p.text(doc))
        .filter(|t| !ROW_NUMBER.is_match(t))
        .unwrap_or("");
    let mut stray = 0;
    while j < pieces.len() && stray <= 3 && !boxes::is_heading(pieces[j].text(doc)) {
        if !ROW_NUMBER.is_match(pieces[j].text(doc)) {
            stray += 1;
            j += 1;
            continue;
        }
        stray = 0;
        let end = table_row(doc, pieces, j + 1, header, &mut list.entries, warnings);
        list.end = end;
        j = end;
    }
    (!list.entries.is_empty()).then_some(list)
}

/// Read the row whose field starts at piece `j`; returns the index after the row.
fn table_row(
    doc: &Normalized,
    pieces: &[Piece],
    j: usize,
    header: &str,
    out: &mut Vec<Entry>,
    warnings: &mut Vec<Warning>,
) -> usize {
    let (field, start) = row_field(doc, pieces, j);
    let end = row_end(doc, pieces, start);
    let group = (!field.is_empty()).then_some(field.as_str());
    let (seen, printed) = row_entries(doc, pieces, start..end, header, group, out);
    if let (Some(n), Some(last)) = (printed, pieces.get(end.wrapping_sub(1)))
        && end > start
        && n != seen
    {
        warnings.push(Warning::new(
            "project_count_mismatch",
            format!("{field}: printed {n} projects, found {seen}"),
            Some(last.line + 1),
        ));
    }
    end
}

/// The field of a row, wrapped over short pieces (`现代化产` / `业体系建` / `设`), and the index
/// of the row's first list piece.
fn row_field(doc: &Normalized, pieces: &[Piece], mut j: usize) -> (String, usize) {
    let is_field = |t: &str| {
        t.chars().count() <= 6
            && !t.contains(['、', ','])
            && !t.contains("项工程")
            && !ROW_NUMBER.is_match(t)
    };
    let mut field = String::new();
    while let Some(t) = pieces.get(j).map(|p| p.text(doc)).filter(|t| is_field(t)) {
        field.push_str(t);
        j += 1;
    }
    (field, j)
}

/// One past the last list piece of a row starting at `start`: the piece holding `项工程`, or the
/// piece before the next row number or heading.
fn row_end(doc: &Normalized, pieces: &[Piece], mut j: usize) -> usize {
    while let Some(t) = pieces.get(j).map(|p| p.text(doc)) {
        if ROW_NUMBER.is_match(t) || boxes::is_heading(t) {
            break;
        }
        j += 1;
        if t.contains("项工程") {
            break;
        }
    }
    j
}

/// The projects of a row's list pieces, and how many names the list holds and the printed N.
/// The pieces are joined first, so a name the column width wrapped over two lines
/// (`…核` / `心区宜居品质提升等3项工程`) is found whole and spans both; a column header repeated
/// after a page break inside the row (`header`) is left out of the list.
fn row_entries(
    doc: &Normalized,
    pieces: &[Piece],
    row: std::ops::Range<usize>,
    header: &str,
    group: Option<&str>,
    out: &mut Vec<Entry>,
) -> (usize, Option<usize>) {
    let printed = row
        .clone()
        .rev()
        .filter_map(|k| {
            let t = pieces[k].text(doc);
            [&*ROW_END, &*LIST_CLOSE]
                .iter()
                .filter_map(|r| r.captures(t)?.get(1)?.as_str().parse::<usize>().ok())
                .next()
        })
        .next();
    let mut joined = wrap::Joined::default();
    for k in row.filter(|&k| header.is_empty() || pieces[k].text(doc) != header) {
        joined.push(doc, pieces, k, 0);
    }
    let mut seen = 0;
    for it in split::cell_items(&joined.text) {
        if ROW_END.is_match(&joined.text[it.start..it.end]) {
            continue;
        }
        let (a, b) = joined.range(it.start, it.end);
        out.push(Entry {
            piece: a.0,
            start: a.1,
            end_piece: b.0,
            end: b.1,
            parent: group.map(str::to_string),
            investment_text: None,
        });
        seen += 1;
    }
    (seen, printed)
}

/// Read piece `j` as an entry; false if it is not one.
fn read_entry(
    doc: &Normalized,
    pieces: &[Piece],
    j: usize,
    out: &mut Vec<Entry>,
    warnings: &mut Vec<Warning>,
) -> bool {
    let text = pieces[j].text(doc);
    let Some(m) = ENTRY.captures(text).and_then(|c| c.get(1)) else {
        return false;
    };
    let name = m.as_str();
    if dict::head_of(name).is_none() {
        return false;
    }
    let inv = text.find("总投资").map(|s| (s, text.len()));
    out.push(Entry {
        piece: j,
        end_piece: j,
        start: m.start(),
        end: m.end(),
        parent: None,
        investment_text: inv,
    });
    let printed: Option<usize> = COUNT
        .captures(text)
        .and_then(|c| c.get(2))
        .and_then(|n| n.as_str().parse().ok());
    let found = if LISTED.is_match(text) {
        sub_projects(text, j, name, printed, out)
    } else {
        unlisted_sub_projects(text, j, m.end(), name, out)
    };
    if let Some(c) = COUNT.captures(text) {
        let printed = printed.unwrap_or(0);
        let inline = c.get(1).map_or("", |m| m.as_str());
        let seen = if found > 0 {
            found
        } else {
            inline.split('、').filter(|s| !s.is_empty()).count()
        };
        if seen != printed {
            warnings.push(Warning::new(
                "project_count_mismatch",
                format!("{name}: printed {printed} projects, found {seen}"),
                Some(pieces[j].line + 1),
            ));
        }
    }
    true
}

/// The sub-projects listed after `分别为`; returns how many projects they stand for (a category
/// `城市供水项目7个` stands for 7). When the list read on every separator does not give the
/// printed number but its comma-separated parts do, the commas separate the projects and a 、
/// stays inside a name (`互联互通工程…由7个项目组成。分别为甲至乙铁路,丙—丁等中哈互联互通境外铁路、
/// 公路基础设施建设项目申请…资金解决,…`).
fn sub_projects(
    text: &str,
    j: usize,
    parent: &str,
    printed: Option<usize>,
    out: &mut Vec<Entry>,
) -> usize {
    let Some(m) = LISTED.find(text) else {
        return 0;
    };
    let rest = &text[m.end()..];
    let cats: Vec<_> = CATEGORY.captures_iter(rest).collect();
    if !cats.is_empty() {
        let mut total = 0;
        for c in cats {
            let (Some(n), Some(k), Some(whole)) = (c.get(1), c.get(2), c.get(0)) else {
                continue;
            };
            total += k.as_str().parse::<usize>().unwrap_or(0);
            out.push(Entry {
                piece: j,
                end_piece: j,
                start: m.end() + n.start(),
                end: m.end() + n.end(),
                parent: Some(parent.to_string()),
                investment_text: Some((m.end() + whole.start(), m.end() + whole.end())),
            });
        }
        return total;
    }
    let sentence = rest.find('。').map_or(rest, |e| &rest[..e]);
    let mut items = split::list_items(sentence);
    if printed.is_some_and(|n| n != items.len()) {
        let parts = split::comma_items(sentence);
        if Some(parts.len()) == printed {
            items = parts;
        }
    }
    for it in &items {
        out.push(Entry {
            piece: j,
            end_piece: j,
            start: m.end() + it.start,
            end: m.end() + it.end,
            parent: Some(parent.to_string()),
            investment_text: None,
        });
    }
    items.len()
}

/// Sub-projects of an entry that has no `分别为` list: a sentence that is a bare list of projects
/// (`甲流域水污染综合治理项目、乙国家湿地公园项目。`), or a counted list of instances
/// (`重点实施以甲、乙、丙等为引领的5座战略性山区水库`). A list of kinds of work opened by a
/// verb (`继续实施天然林保护、退耕还林…等生态环境工程建设`) names none.
fn unlisted_sub_projects(
    text: &str,
    j: usize,
    name_end: usize,
    parent: &str,
    out: &mut Vec<Entry>,
) -> usize {
    let mut n = 0;
    let mut at = name_end;
    for sentence in text[name_end..].split_inclusive('。') {
        let start = at;
        at += sentence.len();
        let body = sentence.trim_end_matches('。');
        let bare = dict::leading_verb(body).is_none() && split::project_density(body) >= 1.0;
        if !(bare || COUNTED_LIST.is_match(body)) {
            continue;
        }
        for it in split::items(body) {
            if &body[it.start..it.end] == parent {
                continue;
            }
            out.push(Entry {
                piece: j,
                end_piece: j,
                start: start + it.start,
                end: start + it.end,
                parent: Some(parent.to_string()),
                investment_text: None,
            });
            n += 1;
        }
    }
    n
}

/// The investment an entry states.
pub fn investment(text: &str, e: &Entry) -> Option<crate::model::Money> {
    e.investment_text
        .and_then(|(s, t)| text.get(s..t))
        .and_then(money::parse)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::projects::pieces;

    #[test]
    fn entries_investments_and_count_check() {
        let doc = Normalized::new(
            "附件2: 地区战略性工程\n\n甲草原生态修复工程。总投资30.2亿元,由水利、林业、畜牧3个项目组成。\n\n科技服务体系工程。总投资12.05亿元,由4个项目组成。分别为甲科技合作中心、乙科技综合服务中心、丙分析测试公共服务中心。\n"
                .to_string(),
        );
        let ps = pieces::all(&doc);
        let (lists, warnings) = find(&doc, &ps);
        assert_eq!(lists.len(), 1);
        assert_eq!(lists[0].caption, "附件2 地区战略性工程");
        assert_eq!(lists[0].entries.len(), 5);
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(warnings[0].message.contains("printed 4 projects, found 3"));
        let e = &lists[0].entries[0];
        let text = ps[e.piece].text(&doc);
        assert_eq!(investment(text, e).map(|m| m.value), Some(30.2));
    }

    #[test]
    fn comma_lists_and_unlisted_sub_projects() {
        let doc = Normalized::new(
            "附件2: 地区战略性工程\n\n互联互通工程。总投资105.8亿元,由3个项目组成。分别为甲至乙(丙)铁路,丙—丁等中哈互联互通境外铁路、公路基础设施建设项目申请亚投行资金解决,戊机场改扩建。\n\n控制性山区水库工程。总投资23.72亿元,重点实施以甲拉、乙德等为引领的2座战略性山区水库,新增库容1.67亿立方米。\n\n生态安全工程。总投资20.4亿元。继续实施天然林保护、退耕还林、湿地保护与恢复工程等生态环境工程建设。甲河流域水污染综合治理项目、乙国家湿地公园项目。\n"
                .to_string(),
        );
        let ps = pieces::all(&doc);
        let (lists, warnings) = find(&doc, &ps);
        assert!(warnings.is_empty(), "{warnings:?}");
        let names: Vec<&str> = lists[0]
            .entries
            .iter()
            .map(|e| &ps[e.piece].text(&doc)[e.start..e.end])
            .collect();
        assert_eq!(
            names,
            vec![
                "互联互通工程",
                "甲至乙(丙)铁路",
                "丙—丁等中哈互联互通境外铁路、公路基础设施建设项目",
                "戊机场改扩建",
                "控制性山区水库工程",
                "甲拉",
                "乙德",
                "生态安全工程",
                "甲河流域水污染综合治理项目",
                "乙国家湿地公园项目",
            ]
        );
    }

    #[test]
    fn table_rows_of_projects() {
        let doc = Normalized::new(
            "附表\n“十五五”时期重大工程包\n序号 领域 重大工程\n1\n全国政治\n中心建设\n甲政务环境与服务提升、核心区老城保护更新、核\n心区宜居品质提升等3项工程\n2\n首都安全\n建设\n乙重大水利设施、500千伏立体交叉双环网建\n设、重点片区综合性城\n— 148 —\n序号 领域 重大工程\n市更新、丙物流枢纽建设等\n4项工程\n"
                .to_string(),
        );
        let ps = pieces::all(&doc);
        let (lists, warnings) = find(&doc, &ps);
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(lists.len(), 1);
        assert_eq!(lists[0].caption, "附表 “十五五”时期重大工程包");
        // Names as exact source slices without whitespace; a name cut by the page break is no
        // clean slice and is left out (but counted against the printed 4).
        let got: Vec<(String, Option<&str>)> = lists[0]
            .entries
            .iter()
            .filter_map(|e| {
                let (s, t) =
                    wrap::source_range(&doc, &ps, (e.piece, e.start), (e.end_piece, e.end))?;
                let name = doc.source.as_str()[s..t].split_whitespace().collect();
                Some((name, e.parent.as_deref()))
            })
            .collect();
        let politics = Some("全国政治中心建设");
        let safety = Some("首都安全建设");
        assert_eq!(
            got,
            [
                ("甲政务环境与服务提升", politics),
                ("核心区老城保护更新", politics),
                ("核心区宜居品质提升", politics),
                ("乙重大水利设施", safety),
                ("500千伏立体交叉双环网", safety),
                ("丙物流枢纽", safety),
            ]
            .map(|(n, g)| (n.to_string(), g))
        );
    }
}
