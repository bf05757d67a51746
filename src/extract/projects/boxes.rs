//! Finding every box (专栏) and where it ends.
//!
//! A box opens at a caption piece: `专栏 4-1 旅游重点项目` on one line, `专栏 4` with its title on the
//! next piece (003 lines 546–548), marked up (`### 专栏3`, `**专栏 11**`, `<p><b>专栏 5 …</b></p>`),
//! in a pipe frame (001 line 617), tab-indented (004 `专栏6\t重点产业项目`); or at the title of a
//! box printed without its label (004 line 772 `煤炭、煤电、煤化工重点项目`) when a labelled list
//! follows. It ends before the next heading, the next caption, or — for a list box — the first
//! body paragraph (a piece that names few projects and is neither numbered nor the rest of a
//! sentence broken by the page).

use super::pieces::Piece;
use super::split;
use crate::normalize::Normalized;
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// How the content of a box reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// Items of a list (projects, or tasks).
    List,
    /// Prose (a spatial layout: 001 专栏 9-1).
    Prose,
    /// Rows of cells (003 专栏 1: tab-separated indicator rows).
    Rows,
}

/// One box as found: caption, the pieces of its caption and title, its content pieces.
#[derive(Debug, Clone)]
pub struct FoundBox {
    /// `专栏4-1 旅游重点项目`; for an unlabelled box, its title.
    pub caption: String,
    /// Indices (into the piece list) of the caption and title pieces.
    pub head: Range<usize>,
    /// Indices of the content pieces.
    pub body: Range<usize>,
    pub layout: Layout,
}

/// `专栏 4-1 旅游重点项目`, `专栏6\t重点产业项目`, `专栏 13`.
static CAPTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^专栏\s*(\d{1,3}(?:\s*[-—–]\s*\d{1,3})?)\s*(.*)$").expect("valid regex")
});

/// Heading lines that close a box: 第X篇/章/节, 一、, (一), 附件N.
static HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:第[一二三四五六七八九十百零〇两\d]{1,4}\s*(?:[篇章节]|部分)|[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|附件\s*\d*|附表)",
    )
    .expect("valid regex")
});

/// Most pieces a prose box may hold before it must have ended.
const MAX_PROSE_PIECES: usize = 12;

/// Is `text` a heading that closes a box (short, with a heading marker)?
pub fn is_heading(text: &str) -> bool {
    text.chars().count() <= 60 && HEADING.is_match(text)
}

/// The number and title of a 专栏 caption piece.
fn caption_parts(text: &str) -> Option<(String, &str)> {
    if !text.starts_with("专栏") {
        return None;
    }
    let c = CAPTION.captures(text)?;
    let number: String = c
        .get(1)?
        .as_str()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    Some((number, c.get(2).map_or("", |m| m.as_str().trim())))
}

/// Whether `text` is a 专栏 caption (the literal is checked before the regex).
fn is_caption(text: &str) -> bool {
    text.starts_with("专栏") && CAPTION.is_match(text)
}

/// A title piece that may stand alone after `专栏 4`: short, no sentence punctuation.
fn is_title(text: &str) -> bool {
    let n = text.chars().count();
    (2..=30).contains(&n)
        && !text.contains(['。', ';', ':', ','])
        && !is_heading(text)
        && !is_caption(text)
        && split::enumerator_len(text) == 0
}

/// Every box of the document, in order. `pieces` from [`super::pieces::all`].
pub fn find(doc: &Normalized, pieces: &[Piece], table_lines: &[Range<usize>]) -> Vec<FoundBox> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < pieces.len() {
        let Some((caption, head_end)) = open_at(doc, pieces, i) else {
            i += 1;
            continue;
        };
        let (body_end, layout) = close(doc, pieces, head_end, table_lines);
        out.push(FoundBox {
            caption,
            head: i..head_end,
            body: head_end..body_end,
            layout,
        });
        i = body_end.max(i + 1);
    }
    out
}

/// A box opening at piece `i`: its caption and the index of its first content piece.
fn open_at(doc: &Normalized, pieces: &[Piece], i: usize) -> Option<(String, usize)> {
    let text = pieces[i].text(doc);
    if let Some((number, title)) = caption_parts(text) {
        if !title.is_empty() {
            return Some((format!("专栏{number} {title}"), i + 1));
        }
        if let Some(next) = pieces.get(i + 1).map(|p| p.text(doc))
            && is_title(next)
        {
            return Some((format!("专栏{number} {next}"), i + 2));
        }
        return Some((format!("专栏{number}"), i + 1));
    }
    unlabelled_title(doc, pieces, i).then(|| (text.to_string(), i + 1))
}

/// 004 line 772: a short standalone title ending in a box-title head (项目, 工程), followed by a
/// labelled list piece (`煤炭：己地一号煤矿、…`).
fn unlabelled_title(doc: &Normalized, pieces: &[Piece], i: usize) -> bool {
    let text = pieces[i].text(doc);
    let standalone = pieces
        .get(i.wrapping_sub(1))
        .is_none_or(|p| p.line != pieces[i].line)
        && pieces.get(i + 1).is_some_and(|p| p.line != pieces[i].line);
    // The cheap tests first: most pieces end in no title head.
    standalone
        && super::dict::BOX_TITLE_HEADS
            .iter()
            .any(|h| text.ends_with(h))
        && !text.contains('\t')
        && is_title(text)
        && pieces.get(i + 1).is_some_and(|p| {
            let next = p.text(doc);
            split::group_label(next).is_some_and(|g| g.colon) && split::project_density(next) >= 0.5
        })
}

/// Where the box whose content starts at piece `start` ends (exclusive), and its layout.
fn close(
    doc: &Normalized,
    pieces: &[Piece],
    start: usize,
    table_lines: &[Range<usize>],
) -> (usize, Layout) {
    let Some(first) = pieces.get(start) else {
        return (start, Layout::Prose);
    };
    let in_table = |p: &Piece| table_lines.iter().any(|r| r.contains(&p.line));
    let stops = |j: usize| {
        let t = pieces[j].text(doc);
        is_heading(t) || CAPTION.is_match(t) || unlabelled_title(doc, pieces, j)
    };
    if stops(start) {
        return (start, Layout::Prose);
    }
    let cells = pieces[start..]
        .iter()
        .take(3)
        .filter(|p| doc.lines[p.line].indented && is_cell(p.text(doc)))
        .count();
    if in_table(first) || is_row(first.text(doc)) || cells == 3 {
        let mut j = start;
        while j < pieces.len()
            && !stops(j)
            && (in_table(&pieces[j]) || is_row(pieces[j].text(doc)) || is_cell(pieces[j].text(doc)))
        {
            j += 1;
        }
        return (j, Layout::Rows);
    }
    // The piece right under a caption belongs to the box: it is a list when it names a few
    // projects among its items (003 专栏16 `建设乙陆路港、丙陆路港;建设…`). It is read with the
    // lines that continue it, as a page width may cut it before its first name
    // (`煤化工:加快推进国务院批准同意` / `开展前期工作的准东年产300亿立方米煤制气示范项目…`).
    let opening = opening_text(doc, pieces, start, &stops);
    let list = is_listy(&opening) || split::project_density(&opening) >= 0.25;
    let mut j = start + 1;
    while j < pieces.len() && !stops(j) {
        if list {
            let continues =
                !ends_sentence(pieces[j - 1].text(doc)) && pieces[j - 1].line != pieces[j].line;
            if !continues && !is_listy(&opening_text(doc, pieces, j, &stops)) {
                break;
            }
        } else if j - start >= MAX_PROSE_PIECES {
            break;
        }
        j += 1;
    }
    (j, if list { Layout::List } else { Layout::Prose })
}

/// Piece `start` (a box's first, or an item's) read with the pieces that continue it: each later
/// line goes on while its predecessor ends mid-sentence (at most [`MAX_OPENING_PIECES`]).
fn opening_text(
    doc: &Normalized,
    pieces: &[Piece],
    start: usize,
    stops: &impl Fn(usize) -> bool,
) -> String {
    let mut text = pieces[start].text(doc).to_string();
    let mut j = start + 1;
    while j < pieces.len()
        && j - start < MAX_OPENING_PIECES
        && !stops(j)
        && pieces[j].line != pieces[j - 1].line
        && !ends_sentence(pieces[j - 1].text(doc))
        && split::enumerator_len(pieces[j].text(doc)) == 0
        && split::group_label(pieces[j].text(doc)).is_none()
    {
        text.push_str(pieces[j].text(doc));
        j += 1;
    }
    text
}

/// Pieces a box's opening is read over at most: a few wrapped lines.
const MAX_OPENING_PIECES: usize = 4;

/// A piece of a project list: numbered, labelled (`煤电:`), or naming mostly projects.
fn is_listy(text: &str) -> bool {
    if split::enumerator_len(text) > 0 {
        return true;
    }
    if let Some(g) = split::group_label(text).filter(|g| g.colon) {
        if super::dict::PROSE_LABELS
            .iter()
            .any(|l| g.label(text).ends_with(l))
        {
            return false;
        }
        let rest = g.rest(text);
        return split::names_projects(g.label(text))
            || (dense(rest) && rest.matches(',').count() < 3);
    }
    !topic_sentence(text) && dense(text)
}

/// A body paragraph opening with a short topic sentence: `加强能源设施建设。完善各等级电压网架,…`.
fn topic_sentence(text: &str) -> bool {
    text.find('。').is_some_and(|i| {
        let head = &text[..i];
        head.chars().count() <= 16 && !head.contains('、') && text[i..].contains(',')
    })
}

/// Names enough projects to be a list: a third of its items, or half when commas run through it
/// as in prose (`加强水利设施建设。坚持…,围绕…,加快水利基础设施建设,…` is a body paragraph).
fn dense(text: &str) -> bool {
    let d = split::project_density(text);
    let commas = text.matches(',').count();
    d >= 0.5 || (d >= 0.34 && commas < 2)
}

/// Did the piece end its sentence (so that the next piece is not its continuation)?
fn ends_sentence(text: &str) -> bool {
    text.ends_with(['。', ';', '!', '?', ':']) || is_title(text)
}

/// A table row: at least two cell gaps.
fn is_row(text: &str) -> bool {
    text.matches('\t').count() >= 2
}

/// A short cell of a table printed one cell a line.
fn is_cell(text: &str) -> bool {
    text.chars().count() <= 16 && !text.contains('。')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::projects::pieces;

    fn boxes(text: &str) -> Vec<(String, usize, Layout)> {
        let doc = Normalized::new(text.to_string());
        let ps = pieces::all(&doc);
        find(&doc, &ps, &[])
            .into_iter()
            .map(|b| (b.caption, b.body.len(), b.layout))
            .collect()
    }

    #[test]
    fn caption_split_over_two_lines() {
        let b = boxes(
            "专栏 4\n\n煤炭煤电煤化工建设项目\n\n煤炭：南露天煤矿、七号矿井等煤矿项目。\n\n## 第二节 建设基地\n",
        );
        assert_eq!(
            b,
            vec![("专栏4 煤炭煤电煤化工建设项目".to_string(), 1, Layout::List)]
        );
    }

    #[test]
    fn list_box_ends_at_body_paragraph() {
        let b = boxes(
            "专栏 7-1 重大交通设施重点建设项目\n\n- 1.铁路项目：**甲地—乙地铁路、甲—乙—丙铁路复线项目。\n\n加强水利设施建设。坚持节水优先的方针，围绕提升水资源保障能力，加快水利基础设施建设，补齐工程建设短板。\n",
        );
        assert_eq!(b.len(), 1);
        assert_eq!(b[0].1, 1);
    }

    #[test]
    fn body_paragraph_is_not_a_list() {
        assert!(!is_listy(
            "加强水利设施建设。坚持“节水优先、空间均衡”的治水方针,围绕提升水资源保障能力,加快水利基础设施建设,补齐工程建设短板。"
        ));
        assert!(is_listy(
            "重点实施丙城大剧院,丙城体育中心、丙地区村队文化室,社区文化活动中心,丙城市主题公园。"
        ));
    }

    #[test]
    fn prose_box_ends_at_heading() {
        let b = boxes(
            "专栏 9-1 发展格局\n\n“一带”即多功能生态带。结合南岸新区规划建设，沿河打造标志性区域。\n\n“两轴”即西环路城市发展轴，串联两岸，支撑发展骨架。\n\n第三节 积极发展特色小镇\n",
        );
        assert_eq!(b, vec![("专栏9-1 发展格局".to_string(), 2, Layout::Prose)]);
    }

    /// 003 专栏 4 with its lines wrapped at a page width: the first line names no project yet,
    /// and the box is still read as a list.
    #[test]
    fn a_list_whose_first_line_was_wrapped_is_a_list() {
        let b = boxes(
            "专栏 4\n\n煤炭煤电煤化工建设项目\n**煤化工：**加快推进国务院批准同意\n开展前期工作的准东年产 300 亿立方米煤制气示范项目建设；推进美克化工煤基精细化工产业一体化项目和美克化工与 BASF 新材料项目建设。\n",
        );
        assert_eq!(b.len(), 1);
        assert_eq!((b[0].1, b[0].2), (2, Layout::List));
        // The same group after another: the box goes on over it.
        let b = boxes(
            "专栏 4\n\n煤炭煤电煤化工建设项目\n**煤炭：**南露天煤矿、七号矿井等煤矿项目。\n**煤化工：**加快推进国务院批准同意\n开展前期工作的准东年产 300 亿立方米煤制气示范项目建设；推进美克化工煤基精细化工产业一体化项目和美克化工与 BASF 新材料项目建设。\n加强水利设施建设。坚持节水优先的方针，围绕提升水资源保障能力，加快水利基础设施建设，补齐工程建设短板。\n",
        );
        assert_eq!((b[0].1, b[0].2), (3, Layout::List));
    }
}
