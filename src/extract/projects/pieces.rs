//! Pieces: the units of box content. A piece is a byte range of one cleaned line's `text`; a line
//! is one piece, unless it holds several HTML paragraphs (003 line 564: `<p><b>专栏 5 …</b></p>
//! <p><b>1、油气开发。</b>…</p>`) or pipe-table cells (001 line 617: `| 专栏 6-2 … |`), which
//! give one piece each. Working on pieces lets one set of rules read every box layout.

use crate::normalize::{LineKind, Normalized};
use regex::Regex;
use std::sync::LazyLock;

/// `text[start..end]` of line `line` (0-based), trimmed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Piece {
    pub line: usize,
    pub start: usize,
    pub end: usize,
}

impl Piece {
    pub fn text<'a>(&self, doc: &'a Normalized) -> &'a str {
        doc.lines
            .get(self.line)
            .and_then(|l| l.text.get(self.start..self.end))
            .unwrap_or("")
    }
}

/// HTML tags that open or close a paragraph, a table cell or row, or break a line.
static BLOCK_TAG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)</?(?:p|t[dhr]|table|caption)\b[^<>]{0,200}>|<br\s*/?>").expect("valid regex")
});

/// Every piece of the document, in document order; blank lines, page marks and table rules
/// (`|---|`) give none.
pub fn all(doc: &Normalized) -> Vec<Piece> {
    let mut out = Vec::new();
    for line in &doc.lines {
        if !line.kind.is_content() || line.text.is_empty() {
            continue;
        }
        let mut cuts = block_tag_cuts(doc, line.index, &line.map);
        if line.kind == LineKind::PipeRow {
            cuts.extend(line.text.match_indices('|').map(|(i, _)| i));
        }
        cuts.push(0);
        cuts.push(line.text.len());
        cuts.sort_unstable();
        cuts.dedup();
        for w in cuts.windows(2) {
            if let Some(p) = trimmed(&line.text, line.index, w[0], w[1]) {
                out.push(p);
            }
        }
    }
    out
}

/// Offsets in the cleaned text where a removed `<p>`/`</p>`/`<br>` tag stood.
fn block_tag_cuts(doc: &Normalized, index: usize, map: &[u32]) -> Vec<usize> {
    let raw = doc.source.line(index);
    // Every tag opens with `<`: a line without one has no cut.
    if !raw.as_bytes().contains(&b'<') {
        return Vec::new();
    }
    let base = doc.source.line_range(index).start;
    BLOCK_TAG
        .find_iter(raw)
        .map(|m| {
            let at = (base + m.end()) as u32;
            map.partition_point(|&b| b < at)
        })
        .collect()
}

/// The piece `text[s..e]` without surrounding spaces, pipes and rule dashes; `None` if nothing
/// is left or only a table rule (`---`, `:--`).
fn trimmed(text: &str, line: usize, s: usize, e: usize) -> Option<Piece> {
    let slice = text.get(s..e)?;
    let junk = |c: char| c.is_whitespace() || c == '|';
    let lead = slice.len() - slice.trim_start_matches(junk).len();
    let body = slice.trim_matches(junk);
    if body.is_empty()
        || body
            .chars()
            .all(|c| matches!(c, '-' | ':' | '—' | '|' | ' '))
    {
        return None;
    }
    Some(Piece {
        line,
        start: s + lead,
        end: s + lead + body.len(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_paragraphs_and_pipe_cells_are_pieces() {
        let doc = Normalized::new(
            "<p><b>专栏 5 油气项目</b></p> <p><b>1、油气开发。</b>乙油田勘探开发项目。</p>\n| <p>专栏 7-3 能源项目</p> |\n|---|\n"
                .to_string(),
        );
        let texts: Vec<&str> = all(&doc).iter().map(|p| p.text(&doc)).collect();
        assert_eq!(
            texts,
            vec![
                "专栏5油气项目",
                "1、油气开发。乙油田勘探开发项目。",
                "专栏7-3能源项目"
            ]
        );
    }
}
