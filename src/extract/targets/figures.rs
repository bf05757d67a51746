//! Figures printed a line each, their labels on the line after or before them: the text of an
//! infographic page (`图解：2025年鹭川市政府工作报告`, probes22 city_gwr_2025_infographic lines
//! 11–27 and 81–88):
//!
//! ```text
//! 1286.4亿元            实施市级重大项目
//! 地区生产总值          260个
//! 增长5.6%              完成年度投资
//!                       580亿元以上
//! ```
//!
//! A run of single-line paragraphs (no blank line between) is read as pairs of a figure alone on
//! its line ([`numbers::is_figure_alone`]) and a short label next to it. Whether labels follow or
//! precede their figures is decided for the whole run, by which reading pairs more figures (the
//! run's first line may be its heading); a tie is a heading over figures with labels under them. A
//! line that opens with a change (`增长5.6%`) speaks of the nearest label before it. Each pair is
//! handed to the prose reader as one paragraph, label then figure (`地区生产总值1286.4亿元`), whose
//! bytes keep their source offsets, so a target's span runs from the first of its lines to the
//! last.

use crate::extract::numbers;
use crate::normalize::{Normalized, Paragraph};

/// Fewest pairs a run needs: a label line over one figure line is as likely a heading over a
/// number, and prose never prints its figures this way twice in a row.
const MIN_PAIRS: usize = 2;

/// Most chars of a label line.
const MAX_LABEL_CHARS: usize = 24;

/// Most chars of a line opening with a change (`增长5.6%`, `比上年下降2.1%`).
const MAX_CHANGE_CHARS: usize = 16;

/// What a single-line paragraph is to a run of figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Piece {
    Figure,
    Label,
    Change,
    Other,
}

/// The paragraphs the figures of a document make, each with the headings above it, and the
/// document's paragraphs they were made of (read here only).
#[derive(Debug, Default)]
pub struct Figures {
    pub paragraphs: Vec<(Paragraph, Vec<String>)>,
    pub used: Vec<usize>,
    /// Other paragraphs of runs with figures (a paragraph's index), with their headings.
    pub titled: Vec<(usize, Vec<String>)>,
    /// Label lines of the runs read so far that head no figure (`2024年成绩单`, `经济运行稳中有进`),
    /// in document order: the headings of the figures after them.
    headings: Vec<String>,
}

/// Most headings a figure keeps, nearest first: a page of figures has a heading over each group
/// (`2025年主要预期目标`, `十件民生实事`) and a word over each item (`教育`).
const MAX_HEADINGS: usize = 3;

/// Pair the figures of every run of single-line paragraphs; `skip(i)` leaves paragraph `i` out
/// (a table's rows). A figure's headings are the labels that head no figure before it.
pub fn find(doc: &Normalized, skip: impl Fn(usize) -> bool) -> Figures {
    let mut out = Figures::default();
    let paras = &doc.paragraphs;
    let mut i = 0;
    while i < paras.len() {
        let mut j = i;
        while j < paras.len()
            && !skip(j)
            && is_line_piece(&paras[j])
            && (j == i
                || paras[j].lines.first() == paras[j - 1].lines.last().map(|l| l + 1).as_ref())
        {
            j += 1;
        }
        if j > i + 1 {
            read_run(paras, i, j, &mut out);
        }
        i = j.max(i + 1);
    }
    out.used.sort_unstable();
    out.used.dedup();
    out
}

/// Whether a paragraph can be a piece of a run: one line, or a figure whose unit wrapped onto
/// the next line (`532.6` / `亿元`, probes47 city_portal_infographic_gwr_2026 lines 22–23).
fn is_line_piece(para: &Paragraph) -> bool {
    para.lines.len() == 1 || (para.lines.len() == 2 && numbers::is_figure_alone(&para.text))
}

/// Read the run of paragraphs `start..end`.
fn read_run(paras: &[Paragraph], start: usize, end: usize, out: &mut Figures) {
    let pieces: Vec<Piece> = paras[start..end].iter().map(|p| piece(&p.text)).collect();
    let after = labels_after(&pieces).unwrap_or(false);
    let mut labels: Vec<Option<usize>> = vec![None; pieces.len()];
    let mut pairs = Vec::new();
    for (k, _) in pieces
        .iter()
        .enumerate()
        .filter(|(_, p)| **p == Piece::Figure)
    {
        let label = if after { k + 1 } else { k.wrapping_sub(1) };
        if pieces.get(label) == Some(&Piece::Label) {
            pairs.push((label, k));
            labels[label] = Some(label);
        }
    }
    for k in (0..pieces.len()).filter(|&k| pieces[k] == Piece::Change) {
        // A change right under a label that heads no figure is that label's own (`▲ 规模以上工业
        // 增加值` / `增长7.8%`, probes47 city_portal_infographic_gwr_2026 lines 17–18).
        let label = (k.saturating_sub(2)..k)
            .rev()
            .find_map(|l| labels[l])
            .or_else(|| (k > 0 && pieces[k - 1] == Piece::Label).then(|| k - 1));
        if let Some(l) = label {
            labels[l] = Some(l);
            pairs.push((l, k));
        }
    }
    if pairs.len() < MIN_PAIRS {
        return;
    }
    pairs.sort_unstable_by_key(|&(l, k)| (k.min(l), k));
    let used: Vec<bool> = (0..pieces.len())
        .map(|k| pairs.iter().any(|&(l, f)| l == k || f == k))
        .collect();
    let mut next = pairs.iter().peekable();
    for k in 0..pieces.len() {
        if pieces[k] == Piece::Label && !used[k] {
            out.headings.push(paras[start + k].text.trim().to_string());
        }
        while let Some(&(l, f)) = next.next_if(|&&(l, f)| l.min(f) == k) {
            let (label, figure) = (&paras[start + l], &paras[start + f]);
            out.paragraphs
                .push((joined(label, figure), headings(&out.headings)));
            out.used.extend([start + l, start + f]);
        }
        // Other lines of the run (`城镇调查失业率：5.5%以内`) stand under the same headings.
        if !used[k] && pieces[k] != Piece::Label {
            out.titled.push((start + k, headings(&out.headings)));
        }
    }
}

/// The headings of a figure, nearest first: the nearest few, and the nearest that names a year
/// (`2025年重点工作` over `十件民生实事` over `养老`).
fn headings(all: &[String]) -> Vec<String> {
    let mut out: Vec<String> = all.iter().rev().take(MAX_HEADINGS).cloned().collect();
    let dated = |h: &&String| h.contains("年") && h.chars().any(|c| c.is_ascii_digit());
    if !out.iter().any(|h| dated(&h))
        && let Some(h) = all.iter().rev().find(dated)
    {
        out.push(h.clone());
    }
    out
}

/// Whether the run's labels follow their figures (`Some(true)`) or precede them, or `None` when
/// it holds no figure with a label next to it.
fn labels_after(pieces: &[Piece]) -> Option<bool> {
    let at = |k: usize| pieces.get(k).copied();
    let figures = || {
        pieces
            .iter()
            .enumerate()
            .filter(|(_, p)| **p == Piece::Figure)
    };
    let after = figures()
        .filter(|(k, _)| at(k + 1) == Some(Piece::Label))
        .count();
    let before = figures()
        .filter(|(k, _)| *k > 0 && at(k - 1) == Some(Piece::Label))
        .count();
    match after.cmp(&before) {
        _ if after.max(before) == 0 => None,
        std::cmp::Ordering::Greater => Some(true),
        std::cmp::Ordering::Less => Some(false),
        // A heading over figures with labels under them pairs as many each way (`2025年主要预期
        // 目标` / `5.5%左右` / `地区生产总值增长` / `4%` / `一般公共预算收入增长`): labels under their
        // figures leave the heading alone; labels over them would leave no line alone, so a run
        // of those counts one more.
        std::cmp::Ordering::Equal => Some(true),
    }
}

/// The piece a single line is: a figure alone, a short label (words, no sentence mark, no
/// figure at its end), a change of the label before it, or other text.
fn piece(text: &str) -> Piece {
    let t = text.trim();
    if numbers::is_figure_alone(t) {
        return Piece::Figure;
    }
    // A figure and its change on one line (`51280元  增长4.9%`, probes47
    // city_portal_infographic_gwr_2026 line 60).
    if let Some((figure, change)) = t.split_once('\t')
        && numbers::is_figure_alone(figure)
        && piece(change) == Piece::Change
    {
        return Piece::Figure;
    }
    let chars = t.chars().count();
    let bare = BOUNDS.iter().find_map(|b| t.strip_suffix(b)).unwrap_or(t);
    let ends_with_figure = bare.ends_with(|c: char| c.is_ascii_digit() || c == '%')
        || numbers::find(bare, &[])
            .last()
            .is_some_and(|q| q.unit.is_some() && q.end == bare.len());
    if CHANGES.iter().any(|w| t.starts_with(w)) && chars <= MAX_CHANGE_CHARS && ends_with_figure {
        return Piece::Change;
    }
    let sentence_mark = t.contains(['。', '，', '；', ',', ';', ':', '：', '！', '？', '!', '?']);
    let han = t.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    if (2..=MAX_LABEL_CHARS).contains(&chars) && han && !sentence_mark && !ends_with_figure {
        Piece::Label
    } else {
        Piece::Other
    }
}

/// Words a line of change opens with, or of a level the label before reaches or keeps
/// (`稳定在45万吨以上`, `净增86家`, probes47 city_portal_infographic_gwr_2026 lines 33, 87).
const CHANGES: [&str; 14] = [
    "增长",
    "下降",
    "提高",
    "上涨",
    "增加",
    "减少",
    "降低",
    "比上年增长",
    "比上年下降",
    "净增",
    "新增",
    "稳定在",
    "保持在",
    "控制在",
];

/// Bounds after a figure (`增长6%左右`, `增长7%以上`).
const BOUNDS: [&str; 4] = ["左右", "以上", "以内", "以下"];

/// One paragraph of a label and the figure (or change) that goes with it, label first, each
/// byte keeping its source offset; its lines in order.
fn joined(label: &Paragraph, figure: &Paragraph) -> Paragraph {
    let mut text = label.text.trim_end().to_string();
    let mut map = label.map[..text.len()].to_vec();
    let lead = figure.text.len() - figure.text.trim_start().len();
    text.push_str(figure.text[lead..].trim_end());
    map.extend_from_slice(&figure.map[lead..lead + text.len() - map.len()]);
    let mut lines: Vec<usize> = label.lines.iter().chain(&figure.lines).copied().collect();
    lines.sort_unstable();
    lines.dedup();
    Paragraph { text, map, lines }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(lines: &[&str]) -> Vec<Piece> {
        lines.iter().map(|l| piece(l)).collect()
    }

    #[test]
    fn lines_read_as_figures_labels_and_changes() {
        use Piece::*;
        assert_eq!(
            pieces(&[
                "1286.4亿元",
                "地区生产总值",
                "增长5.6%",
                "税收占比71.2%",
                "01",
                "5.5%左右"
            ]),
            [Figure, Label, Change, Other, Other, Figure]
        );
        // probes47 city_portal_infographic_gwr_2026 lines 60, 75, 87.
        assert_eq!(
            pieces(&[
                "51280元\t增长4.9%",
                "增长6%左右",
                "稳定在45万吨以上",
                "稳定发展"
            ]),
            [Figure, Change, Change, Label]
        );
        assert_eq!(
            pieces(&[
                "为65周岁以上老年人免费健康体检",
                "新建、改扩建中小学和幼儿园"
            ]),
            [Label, Label]
        );
    }

    #[test]
    fn a_run_reads_its_labels_after_or_before_its_figures() {
        use Piece::*;
        // probes22 city_gwr_2025_infographic lines 10–16: heading, figure, label, change, …
        let after = [Label, Figure, Label, Change, Figure, Label, Change];
        assert_eq!(labels_after(&after), Some(true));
        // lines 80–88: heading, then label over figure.
        let before = [Label, Label, Figure, Label, Figure, Label, Figure];
        assert_eq!(labels_after(&before), Some(false));
        assert_eq!(labels_after(&[Label, Label, Other]), None);
        // lines 59–69: a heading, then figure over label: as many pairs each way.
        let tie = [Label, Figure, Label, Figure, Label, Figure, Label, Other];
        assert_eq!(labels_after(&tie), Some(true));
    }
}
