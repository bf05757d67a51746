//! Appendix project lists (004 附件2 `地区战略性工程`): one paragraph per 工程 —
//! `甲草原生态修复工程。总投资30.2亿元,由水利、林业、畜牧3个项目组成。…` — each giving a
//! project with its investment, and the sub-projects it lists after `分别为`, whose number is
//! checked against the printed `由N个项目组成`.

use super::pieces::Piece;
use super::{boxes, dict, money, split};
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

/// `由7个项目组成`, `由水利、林业、畜牧3个项目组成`.
static COUNT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"由([^。,]*?)(\d+)个项目组成").expect("valid regex"));

/// `分别为:` — the sub-project list follows.
static LISTED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"分别为\s*:?\s*").expect("valid regex"));

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
    pub piece: usize,
    pub start: usize,
    pub end: usize,
    pub parent: Option<String>,
    pub investment_text: Option<(usize, usize)>,
}

/// Every appendix list of projects, and count-mismatch warnings.
pub fn find(doc: &Normalized, pieces: &[Piece]) -> (Vec<AppendixList>, Vec<Warning>) {
    let mut lists = Vec::new();
    let mut warnings = Vec::new();
    for (i, p) in pieces.iter().enumerate() {
        let Some(c) = APPENDIX.captures(p.text(doc)) else {
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
    (lists, warnings)
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
        start: m.start(),
        end: m.end(),
        parent: None,
        investment_text: inv,
    });
    let found = sub_projects(text, j, name, out);
    if let Some(c) = COUNT.captures(text) {
        let printed: usize = c.get(2).and_then(|n| n.as_str().parse().ok()).unwrap_or(0);
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
/// `城市供水项目7个` stands for 7).
fn sub_projects(text: &str, j: usize, parent: &str, out: &mut Vec<Entry>) -> usize {
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
                start: m.end() + n.start(),
                end: m.end() + n.end(),
                parent: Some(parent.to_string()),
                investment_text: Some((m.end() + whole.start(), m.end() + whole.end())),
            });
        }
        return total;
    }
    let sentence = rest.find('。').map_or(rest, |e| &rest[..e]);
    let items = split::list_items(sentence);
    for it in &items {
        out.push(Entry {
            piece: j,
            start: m.end() + it.start,
            end: m.end() + it.end,
            parent: Some(parent.to_string()),
            investment_text: None,
        });
    }
    items.len()
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
}
