//! Nesting: the parent and level of every heading, from its marker family and the headings
//! still open above it — never from markdown `#` counts.
//!
//! - 篇 is top-level (inside an appendix when one is open); 章 sits in the open 篇 or appendix;
//!   节 in the open 章 (or 篇); chapters numbered per 篇 and those running through nest alike.
//! - Sub-headings (一、 （一） 1. （1）) nest by order of appearance: a family already open is a
//!   sibling (closing everything below it), a new family is a child of the innermost heading.
//! - Preface, appendix, glossary and a work report's divisions (numbered or not: `一、2022年工作
//!   回顾`) close everything and open a new top-level block; the TOC is top-level and never
//!   contains the body after it.
//! - Inside a boxed list (专栏 …) and a glossary, numbered items are not headings: a box ends at
//!   the next heading of a family already open (or any 篇/章/节).

use super::headings::Candidate;
use super::markers::{Family, is_division_title};

/// A heading placed in the outline.
#[derive(Debug, Clone)]
pub struct Node {
    pub cand: Candidate,
    /// Index of the parent node.
    pub parent: Option<usize>,
    /// 1 at the top.
    pub level: u32,
}

/// Nest candidates (in line order); `boxes` are the lines of box captions, sorted.
pub fn build(cands: Vec<Candidate>, boxes: &[usize]) -> Vec<Node> {
    let mut nodes: Vec<Node> = Vec::with_capacity(cands.len());
    let mut stack: Vec<(Family, usize)> = Vec::new();
    let mut in_box = false;
    let mut next_box = 0;
    // The marker family and number of the last numbered division (`二、2025年工作安排`).
    let mut last_division: Option<(Family, u32)> = None;
    for cand in cands {
        while next_box < boxes.len() && boxes[next_box] < cand.line {
            in_box = true;
            next_box += 1;
        }
        // A numbered division (`一、2022年工作回顾`) nests as a division: items numbered 一、 under
        // it are its children, not its siblings. Its kind stays that of its marker.
        let family = match cand.family {
            f if (f.is_sub() && is_division_title(&cand.title))
                || continues_divisions(&cand, last_division, &stack, &nodes) =>
            {
                last_division = cand.number.map(|n| (f, n));
                Family::Division
            }
            f => f,
        };
        if family.is_sub() {
            let open = stack.iter().position(|&(f, _)| f == family);
            let in_glossary = stack.iter().any(|&(f, _)| f == Family::Glossary);
            if in_glossary || (in_box && open.is_none()) {
                continue;
            }
            in_box = false;
            if let Some(k) = open {
                stack.truncate(k);
            }
        } else {
            in_box = false;
            close_for(&mut stack, family);
        }
        let parent = stack.last().map(|&(_, i)| i);
        let level = parent.map_or(1, |p| nodes[p].level + 1);
        let idx = nodes.len();
        nodes.push(Node {
            cand,
            parent,
            level,
        });
        if family != Family::Toc {
            stack.push((family, idx));
        }
    }
    nodes
}

/// Whether a numbered heading continues the numbering of a work report's divisions
/// (`三、“十五五”展望` after `一、2024年工作回顾` and `二、2025年工作安排`): same marker, the next
/// number, and no list of that marker open inside the last division that it would continue
/// (`三、` after the tasks `一、` `二、` under `二、2025年工作安排` is the third task).
fn continues_divisions(
    cand: &Candidate,
    last_division: Option<(Family, u32)>,
    stack: &[(Family, usize)],
    nodes: &[Node],
) -> bool {
    let Some((family, number)) = last_division else {
        return false;
    };
    let inner = stack.iter().rev().find(|&&(f, _)| f == family);
    cand.family == family
        && cand.number == Some(number + 1)
        && inner.is_none_or(|&(_, i)| nodes[i].cand.number.map(|n| n + 1) != cand.number)
}

/// Close the open headings that a heading of `family` cannot sit in.
fn close_for(stack: &mut Vec<(Family, usize)>, family: Family) {
    let allowed: &[Family] = match family {
        Family::Part => &[Family::Appendix],
        Family::Chapter => &[Family::Part, Family::Appendix, Family::Division],
        Family::Section => &[
            Family::Chapter,
            Family::Part,
            Family::Appendix,
            Family::Division,
        ],
        _ => &[],
    };
    while let Some(&(f, _)) = stack.last() {
        if allowed.contains(&f) {
            break;
        }
        stack.pop();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(line: usize, family: Family, number: Option<u32>) -> Candidate {
        Candidate {
            line,
            last_line: line,
            family,
            number,
            label: None,
            title: String::new(),
            start: 0,
        }
    }

    /// A numbered candidate with a title.
    fn titled(line: usize, family: Family, number: u32, title: &str) -> Candidate {
        Candidate {
            title: title.to_string(),
            ..c(line, family, Some(number))
        }
    }

    fn shape(nodes: &[Node]) -> Vec<(usize, Option<usize>, u32)> {
        nodes
            .iter()
            .map(|n| (n.cand.line, n.parent.map(|p| nodes[p].cand.line), n.level))
            .collect()
    }

    /// 002 with its divisions numbered (`一、2022年工作回顾`, `二、2023 年工作安排`, as other
    /// reports print them): the tasks numbered 一、 二、 under the second are its children.
    #[test]
    fn numbered_divisions_hold_items_of_their_own_family() {
        let nodes = build(
            vec![
                titled(17, Family::Cn, 1, "2022年工作回顾"),
                titled(61, Family::Cn, 2, "2023 年工作安排"),
                titled(73, Family::Cn, 1, "坚定不移贯彻总体国家安全观"),
                titled(85, Family::Cn, 2, "坚定不移推进产业强市"),
            ],
            &[],
        );
        assert_eq!(
            shape(&nodes),
            vec![
                (17, None, 1),
                (61, None, 1),
                (73, Some(61), 2),
                (85, Some(61), 2)
            ]
        );
        assert!(nodes.iter().all(|n| n.cand.family == Family::Cn));
        assert!(is_division_title("２０２４年工作回顾"));
        assert!(!is_division_title("坚定不移推进产业强市"));
    }

    /// A report whose third division is no year's work (`三、“十五五”展望`): it continues the
    /// divisions' numbering, while a third task under the second division continues the tasks.
    #[test]
    fn the_next_number_after_the_divisions_is_a_division() {
        let nodes = build(
            vec![
                titled(7, Family::Cn, 1, "2024年工作回顾"),
                titled(15, Family::Cn, 2, "2025年工作安排"),
                titled(19, Family::ParenCn, 1, "全力扩大有效投资"),
                titled(21, Family::Cn, 3, "“十五五”展望"),
            ],
            &[],
        );
        assert_eq!(
            shape(&nodes),
            vec![
                (7, None, 1),
                (15, None, 1),
                (19, Some(15), 2),
                (21, None, 1)
            ]
        );
        let nodes = build(
            vec![
                titled(7, Family::Cn, 1, "2024年工作回顾"),
                titled(15, Family::Cn, 2, "2025年工作安排"),
                titled(19, Family::Cn, 1, "全力扩大有效投资"),
                titled(23, Family::Cn, 2, "加快产业升级"),
                titled(27, Family::Cn, 3, "持续改善民生"),
            ],
            &[],
        );
        assert_eq!(nodes[4].parent, Some(1), "the third task stays a task");
    }

    #[test]
    fn parts_chapters_sections_and_sub_headings() {
        // 001 lines 521–537: 第六章 / 第二节 / 一、 / （一） / 二、 / 第三节.
        let nodes = build(
            vec![
                c(521, Family::Chapter, Some(6)),
                c(531, Family::Section, Some(2)),
                c(535, Family::Cn, Some(1)),
                c(537, Family::ParenCn, Some(1)),
                c(549, Family::ParenCn, Some(2)),
                c(559, Family::Cn, Some(2)),
                c(567, Family::Section, Some(3)),
            ],
            &[],
        );
        assert_eq!(
            shape(&nodes),
            vec![
                (521, None, 1),
                (531, Some(521), 2),
                (535, Some(531), 3),
                (537, Some(535), 4),
                (549, Some(535), 4),
                (559, Some(531), 3),
                (567, Some(521), 2),
            ]
        );
    }

    #[test]
    fn appendix_chapters_restart_inside_it() {
        // 004 lines 1210–1243.
        let nodes = build(
            vec![
                c(1209, Family::Part, Some(11)),
                c(1236, Family::Chapter, Some(4)),
                c(1240, Family::Appendix, Some(1)),
                c(1242, Family::Chapter, Some(1)),
            ],
            &[],
        );
        assert_eq!(nodes[3].parent, Some(2));
        assert_eq!(nodes[2].parent, None);
    }

    #[test]
    fn numbered_items_in_boxes_are_not_headings() {
        // 003 lines 778–818: 专栏 13 holds `3、民生水利工程`.
        let nodes = build(
            vec![
                c(777, Family::Chapter, Some(5)),
                c(781, Family::Section, Some(1)),
                c(809, Family::Arabic, Some(3)),
                c(817, Family::Section, Some(2)),
            ],
            &[791],
        );
        assert_eq!(nodes.len(), 3);
    }

    #[test]
    fn divisions_hold_the_numbered_headings() {
        // 002 lines 17, 61, 73, 85, 205.
        let nodes = build(
            vec![
                c(16, Family::Division, None),
                c(60, Family::Division, None),
                c(72, Family::Cn, Some(1)),
                c(84, Family::Cn, Some(2)),
                c(204, Family::Glossary, None),
                c(206, Family::Arabic, Some(1)),
            ],
            &[],
        );
        assert_eq!(
            shape(&nodes),
            vec![
                (16, None, 1),
                (60, None, 1),
                (72, Some(60), 2),
                (84, Some(60), 2),
                (204, None, 1)
            ]
        );
    }
}
