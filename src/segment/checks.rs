//! What the outline doubts, reported as warnings (never "fixed"):
//! - every disagreement between the table of contents and the body headings (003: the TOC says
//!   `第一节 加快构建全区四地州特色产业体系` where the body says `南部四地州`; 001: TOC
//!   `积极发展特色小城镇`, body `积极发展特色小镇`), and entries or headings found on one side only;
//! - numbering gaps and repeats among the headings of one parent (第三章 then 第五章).

use super::markers::Family;
use super::toc::{Toc, TocEntry, key};
use super::tree::Node;
use crate::model::Warning;
use rustc_hash::FxHashMap;

/// How many body headings ahead a TOC entry's heading is looked for.
const WINDOW: usize = 4;

/// Compare the TOC with the body headings of the families it lists.
pub fn toc_vs_body(toc: &Toc, nodes: &[Node]) -> Vec<Warning> {
    let listed: Vec<Family> = toc.entries.iter().map(|e| e.family).collect();
    // Each body heading with its title's comparison key, folded once (not once per entry).
    let body: Vec<(&Node, String)> = nodes
        .iter()
        .filter(|n| n.cand.line > toc.last_line && listed.contains(&n.cand.family))
        .map(|n| (n, key(&n.cand.title)))
        .collect();
    let mut out = Vec::new();
    let mut p = 0;
    for e in &toc.entries {
        let ahead = &body[p..(p + WINDOW).min(body.len())];
        let same_marker = |n: &Node| n.cand.family == e.family && n.cand.number == e.number;
        let exact = ahead
            .iter()
            .position(|(n, k)| same_marker(n) && *k == e.title);
        let Some(k) = exact.or_else(|| ahead.iter().position(|(n, _)| same_marker(n))) else {
            out.push(Warning::new(
                "toc_entry_missing",
                format!("TOC entry {} has no heading in the body", e.text),
                Some(e.line + 1),
            ));
            continue;
        };
        for (n, _) in &ahead[..k] {
            out.push(extra(n));
        }
        let (n, title) = &ahead[k];
        if *title != e.title {
            out.push(mismatch(e, n));
        }
        p += k + 1;
    }
    out.extend(body[p.min(body.len())..].iter().map(|(n, _)| extra(n)));
    out
}

fn display(n: &Node) -> String {
    format!("{}{}", n.cand.label.as_deref().unwrap_or(""), n.cand.title)
}

fn extra(n: &Node) -> Warning {
    Warning::new(
        "toc_heading_missing",
        format!("body heading {} is not in the TOC", display(n)),
        Some(n.cand.line + 1),
    )
}

fn mismatch(e: &TocEntry, n: &Node) -> Warning {
    Warning::new(
        "toc_mismatch",
        format!(
            "TOC line {} says {}, body says {}",
            e.line + 1,
            e.text,
            display(n)
        ),
        Some(n.cand.line + 1),
    )
}

/// The family whose numbers a heading continues: a numbered glossary is an appendix that holds
/// a glossary (`附件1 2025年省十件民生实事` … `附件2 名词解释`), so it counts on from the appendices.
fn numbering_family(f: Family) -> Family {
    match f {
        Family::Glossary => Family::Appendix,
        other => other,
    }
}

/// Gaps, repeats and disorder in the numbers of sibling headings of one family. The first
/// heading under a parent may be 1 or continue the previous parent's numbers (chapters that
/// run through the 篇 of the national plans).
pub fn numbering(nodes: &[Node]) -> Vec<Warning> {
    let mut out = Vec::new();
    // Last number per (parent, family), and per (level, family) for running numbers (small
    // integer keys: the fast hasher, not SipHash).
    let mut last: FxHashMap<(Option<usize>, Family), u32> = FxHashMap::default();
    let mut running: FxHashMap<(u32, Family), u32> = FxHashMap::default();
    for n in nodes {
        let Some(num) = n.cand.number else { continue };
        let f = numbering_family(n.cand.family);
        let expected_first = running.get(&(n.level, f)).map(|r| r + 1);
        let ok = match last.get(&(n.parent, f)) {
            Some(&prev) if num == prev => {
                out.push(warn("numbering_repeat", n, format!("repeats {prev}")));
                true
            }
            Some(&prev) => num == prev + 1,
            None => num == 1 || Some(num) == expected_first,
        };
        if !ok {
            let prev = last.get(&(n.parent, f)).copied();
            let msg = match prev {
                Some(p) => format!("follows {p}"),
                None => "opens its parent".to_string(),
            };
            out.push(warn("numbering_gap", n, msg));
        }
        last.insert((n.parent, f), num);
        running.insert((n.level, f), num);
    }
    out
}

fn warn(code: &str, n: &Node, what: String) -> Warning {
    Warning::new(
        code,
        format!("heading {} {}", display(n), what),
        Some(n.cand.line + 1),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::headings::Candidate;

    fn node(line: usize, family: Family, number: u32, title: &str, parent: Option<usize>) -> Node {
        Node {
            cand: Candidate {
                line,
                last_line: line,
                family,
                number: Some(number),
                label: Some(format!("第{number}章")),
                title: title.to_string(),
                start: 0,
            },
            parent,
            level: if parent.is_some() { 2 } else { 1 },
        }
    }

    #[test]
    fn gaps_and_repeats() {
        let nodes = vec![
            node(1, Family::Chapter, 3, "a", None),
            node(2, Family::Chapter, 5, "b", None),
            node(3, Family::Chapter, 5, "c", None),
        ];
        let codes: Vec<String> = numbering(&nodes).into_iter().map(|w| w.code).collect();
        assert_eq!(
            codes,
            ["numbering_gap", "numbering_gap", "numbering_repeat"]
        );
    }

    #[test]
    fn running_chapter_numbers_are_no_gap() {
        // national_12th: 第一篇 holds 第一章–第四章, 第二篇 opens with 第五章.
        let part = |line, n| node(line, Family::Part, n, "p", None);
        let mut nodes = vec![part(0, 1)];
        nodes.push(node(1, Family::Chapter, 1, "a", Some(0)));
        nodes.push(node(2, Family::Chapter, 2, "b", Some(0)));
        nodes.push(part(3, 2));
        nodes.push(node(4, Family::Chapter, 3, "c", Some(3)));
        assert!(numbering(&nodes).is_empty());
    }

    #[test]
    fn toc_disagreements() {
        // 003 TOC line 122 vs body line 1242.
        let toc = Toc {
            first_line: 0,
            last_line: 2,
            entries: vec![
                TocEntry {
                    line: 1,
                    family: Family::Chapter,
                    number: Some(1),
                    title: key("加快构建全区四地州特色产业体系"),
                    text: "第一章加快构建全区四地州特色产业体系".into(),
                },
                TocEntry {
                    line: 2,
                    family: Family::Chapter,
                    number: Some(2),
                    title: key("发展的环境"),
                    text: "第二章发展的环境".into(),
                },
            ],
        };
        let nodes = vec![
            node(
                10,
                Family::Chapter,
                1,
                "加快构建南部四地州特色产业体系",
                None,
            ),
            node(11, Family::Chapter, 3, "多出来的", None),
        ];
        let codes: Vec<String> = toc_vs_body(&toc, &nodes)
            .into_iter()
            .map(|w| w.code)
            .collect();
        assert_eq!(
            codes,
            ["toc_mismatch", "toc_entry_missing", "toc_heading_missing"]
        );
    }
}
