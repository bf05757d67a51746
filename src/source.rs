//! The decoded source text and the arithmetic that turns byte offsets into contract spans.
//!
//! Stages work on byte offsets (that is what `regex` returns); the contract counts Unicode code
//! points. [`SourceText`] keeps a sparse index so that the conversion costs at most one short scan,
//! even on a 50 MB single-line file.

use crate::model::Span;

/// Bytes between two checkpoints of the byte → char index.
const CHECKPOINT: usize = 1024;

/// The decoded document text with line starts and a byte → code point index.
#[derive(Debug)]
pub struct SourceText {
    text: String,
    /// Byte offset where each line starts (line 1 at index 0).
    line_starts: Vec<usize>,
    /// `checkpoints[i]` = number of chars before the first char that starts at or after byte
    /// `i * CHECKPOINT`.
    checkpoints: Vec<usize>,
}

impl SourceText {
    pub fn new(text: String) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        let checkpoints = checkpoints(&text);
        SourceText {
            text,
            line_starts,
            checkpoints,
        }
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Number of lines (a trailing newline opens one more, empty, line).
    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }

    /// Byte range of line `idx` (0-based), without its `\n` (a `\r` before it is kept).
    pub fn line_range(&self, idx: usize) -> std::ops::Range<usize> {
        let start = self.line_starts[idx];
        let end = match self.line_starts.get(idx + 1) {
            Some(&next) => next - 1,
            None => self.text.len(),
        };
        start..end
    }

    /// Text of line `idx` (0-based) without `\n` and without a trailing `\r`.
    pub fn line(&self, idx: usize) -> &str {
        let l = &self.text[self.line_range(idx)];
        l.strip_suffix('\r').unwrap_or(l)
    }

    /// 0-based index of the line holding byte `b`.
    pub fn line_of_byte(&self, b: usize) -> usize {
        match self.line_starts.binary_search(&b) {
            Ok(i) => i,
            Err(i) => i - 1,
        }
    }

    /// Number of code points before byte offset `b` (which must be a char boundary).
    pub fn char_index(&self, b: usize) -> usize {
        let cp = (b / CHECKPOINT).min(self.checkpoints.len().saturating_sub(1));
        let mut from = cp * CHECKPOINT;
        while !self.text.is_char_boundary(from) {
            from += 1;
        }
        // checkpoints[cp] counts the chars before the first char starting at or after
        // cp * CHECKPOINT, which starts at `from` (≤ b, since b is itself a boundary ≥ cp * CHECKPOINT).
        let base = self.checkpoints.get(cp).copied().unwrap_or(0);
        base + self.text[from..b].chars().count()
    }

    /// The contract span of source bytes `start..end`.
    pub fn span(&self, start: usize, end: usize) -> Span {
        Span {
            start: self.char_index(start),
            end: self.char_index(end),
            line: self.line_of_byte(start) + 1,
        }
    }

    /// Byte length of the char that starts at byte `b`.
    pub fn char_len_at(&self, b: usize) -> usize {
        self.text[b..].chars().next().map_or(0, char::len_utf8)
    }

    /// The source text a span covers (slow path, for tests and diagnostics).
    pub fn slice(&self, span: &Span) -> String {
        self.text
            .chars()
            .skip(span.start)
            .take(span.end - span.start)
            .collect()
    }

    /// Total number of code points.
    pub fn char_count(&self) -> usize {
        self.char_index(self.text.len())
    }
}

/// The byte → char index of `text`: one checkpoint for every [`CHECKPOINT`] bytes up to the
/// start of the last char, each the number of chars that start before it — counted block by
/// block with the standard library's fast `chars().count()`, each block ending at the first char
/// boundary at or after its checkpoint.
fn checkpoints(text: &str) -> Vec<usize> {
    let Some((last_start, _)) = text.char_indices().next_back() else {
        return Vec::new();
    };
    let count = last_start / CHECKPOINT + 1;
    let mut checkpoints = Vec::with_capacity(count);
    let (mut chars, mut from) = (0, 0);
    for k in 0..count {
        let mut to = k * CHECKPOINT;
        while !text.is_char_boundary(to) {
            to += 1;
        }
        chars += text[from..to].chars().count();
        checkpoints.push(chars);
        from = to;
    }
    checkpoints
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_index_matches_naive_count() {
        let s: String = "规划a\r\n纲要".repeat(700);
        let src = SourceText::new(s.clone());
        for (b, _) in s.char_indices().step_by(7) {
            assert_eq!(src.char_index(b), s[..b].chars().count(), "byte {b}");
        }
        assert_eq!(src.char_count(), s.chars().count());
    }

    #[test]
    fn lines_and_spans() {
        let src = SourceText::new("一\r\n二三\n四".to_string());
        assert_eq!(src.line_count(), 3);
        assert_eq!(src.line(0), "一");
        assert_eq!(src.line(1), "二三");
        let b = "一\r\n".len();
        let sp = src.span(b, b + "二三".len());
        assert_eq!(
            sp,
            Span {
                start: 3,
                end: 5,
                line: 2
            }
        );
        assert_eq!(src.slice(&sp), "二三");
    }
}
