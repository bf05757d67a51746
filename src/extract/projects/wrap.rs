//! Text that a line break cut: consecutive pieces joined into one text, with the way back from
//! an offset in the joined text to a piece and an offset in it.
//!
//! PDF conversion wraps list text at the column width, and a name is cut wherever the line ends
//! (Beijing 15th plan 附表, lines 3478–3479: `…核心区老城保护更新、核` / `心区宜居品质提升等3项工程`).
//! Splitting the joined text finds `核心区宜居品质提升` whole; its start lies in one piece and its
//! end in the next, and the project's `name` is the exact source slice between them, line break
//! and indentation included (CONTRACT.md, "Offsets").

use super::pieces::Piece;
use crate::normalize::{LineKind, Normalized};

/// A place in the document: piece index and byte offset in that piece's text.
pub type At = (usize, usize);

/// Pieces joined without separator (a wrapped line continues where the previous one stopped).
#[derive(Debug, Default)]
pub struct Joined {
    pub text: String,
    /// Each part: piece index, byte offset in the piece's text where the part starts, byte
    /// offset in `text` where it starts.
    parts: Vec<(usize, usize, usize)>,
}

impl Joined {
    /// Append piece `k`'s text from byte `from` on.
    pub fn push(&mut self, doc: &Normalized, pieces: &[Piece], k: usize, from: usize) {
        let t = pieces.get(k).map_or("", |p| p.text(doc));
        let Some(rest) = t.get(from..) else {
            return;
        };
        self.parts.push((k, from, self.text.len()));
        self.text.push_str(rest);
    }

    /// The pieces `range` joined whole.
    pub fn of(doc: &Normalized, pieces: &[Piece], range: std::ops::Range<usize>) -> Self {
        let mut j = Joined::default();
        for k in range {
            j.push(doc, pieces, k, 0);
        }
        j
    }

    /// Where byte `at` of the joined text lies. At the seam of two parts, an end (`end = true`)
    /// belongs to the earlier part and a start to the later one, so a name never begins or ends
    /// on the wrong side of a line break.
    pub fn locate(&self, at: usize, end: bool) -> At {
        let i = if end {
            self.parts.partition_point(|&(_, _, s)| s < at)
        } else {
            self.parts.partition_point(|&(_, _, s)| s <= at)
        };
        match self.parts.get(i.saturating_sub(1)) {
            Some(&(k, from, s)) => (k, from + at.saturating_sub(s)),
            None => (0, at),
        }
    }

    /// The places of the start and end of `text[s..e]`.
    pub fn range(&self, s: usize, e: usize) -> (At, At) {
        (self.locate(s, false), self.locate(e, true))
    }
}

/// The source byte range from place `a` (a start) to place `b` (an end): it covers the line
/// breaks, blank lines and indentation between them. `None` when a non-blank line stands between
/// them (a page mark `— 148 —`, a column header repeated on the next page): the exact source
/// slice would hold that page furniture, which is no part of a name.
pub fn source_range(doc: &Normalized, pieces: &[Piece], a: At, b: At) -> Option<(usize, usize)> {
    let (pa, pb) = (pieces.get(a.0)?, pieces.get(b.0)?);
    let between = doc.lines.get(pa.line + 1..pb.line).unwrap_or(&[]);
    if between.iter().any(|l| l.kind != LineKind::Blank) {
        return None;
    }
    let (sa, ea) = (pa.start + a.1, pb.start + b.1);
    let (map_a, map_b) = (&doc.lines.get(pa.line)?.map, &doc.lines.get(pb.line)?.map);
    if sa >= map_a.len() || ea == 0 || ea > map_b.len() {
        return None;
    }
    let s = doc.source_bytes(map_a, sa, sa + 1).0;
    let e = doc.source_bytes(map_b, ea - 1, ea).1;
    (s < e).then_some((s, e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::projects::pieces;

    #[test]
    fn a_name_cut_by_a_line_break_is_found_whole() {
        let doc = Normalized::new("甲保护更新、核\n  心区宜居品质提升等3项工程\n".to_string());
        let ps = pieces::all(&doc);
        let j = Joined::of(&doc, &ps, 0..ps.len());
        assert_eq!(j.text, "甲保护更新、核心区宜居品质提升等3项工程");
        let s = j.text.find("核").unwrap();
        let e = j.text.find("等").unwrap();
        let (a, b) = j.range(s, e);
        assert_eq!((a.0, b.0), (0, 1));
        let (bs, be) = source_range(&doc, &ps, a, b).unwrap();
        assert_eq!(&doc.source.as_str()[bs..be], "核\n  心区宜居品质提升");
        // At the seam, an end stays on the first line and a start moves to the second.
        let seam = j.text.find("心").unwrap();
        assert_eq!(j.locate(seam, true).0, 0);
        assert_eq!(j.locate(seam, false), (1, 0));
    }
}
