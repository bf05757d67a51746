//! Glossaries: 名词解释 and 注释 blocks → term and definition.
//!
//! A block opens at a standalone marker line (`名词解释`, `注释`, `附件2 名词解释`) and holds
//! numbered entries `N.term:definition` (002 lines 207–237: `1.“三区三线”:根据城镇空间…`),
//! one a line; a line that is not an entry continues the previous definition; the block ends at
//! a heading or the next appendix.
//!
//! The `term` is the text between the number and the first colon outside quotes; a term that is
//! one quoted phrase as a whole loses its quotes (`“三区三线”` → `三区三线`), a term that only
//! contains quotes keeps them (`轨道交通“四网融合”`). `term` is the exact source slice of `span`.

use crate::model::GlossaryEntry;
use crate::normalize::{LineKind, Normalized};
use crate::segment::Outline;
use regex::Regex;
use std::sync::LazyLock;

/// The marker line of a glossary block.
static MARKER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:附件\s*\d{0,2}\s*[:.、]?\s*)?(?:名词解释|名词注释|注释|术语解释)\s*:?$")
        .expect("valid regex")
});

/// An entry's number: `1.` `2、` `(3)`.
static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\d{1,3}\s*[.、]|\(\d{1,3}\)|\[\d{1,3}\])\s*").expect("valid regex")
});

/// What ends a block: a heading or an appendix marker.
static BLOCK_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:第[一二三四五六七八九十百零〇\d]{1,4}(?:[篇章节]|部分)|[一二三四五六七八九十]{1,3}、|附件|附表)")
        .expect("valid regex")
});

/// Longest term, in characters.
const MAX_TERM: usize = 40;

pub fn extract(doc: &Normalized, _outline: &Outline) -> Vec<GlossaryEntry> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < doc.lines.len() {
        if doc.lines[i].kind == LineKind::Text && MARKER.is_match(doc.lines[i].text.trim()) {
            i = read_block(doc, i + 1, &mut out);
        } else {
            i += 1;
        }
    }
    out
}

/// Read the entries from line `i`; returns the line after the block.
fn read_block(doc: &Normalized, mut i: usize, out: &mut Vec<GlossaryEntry>) -> usize {
    let mut open = false;
    while let Some(line) = doc.lines.get(i) {
        if matches!(line.kind, LineKind::Blank | LineKind::PageMark) {
            i += 1;
            continue;
        }
        let text = line.text.as_str();
        if BLOCK_END.is_match(text) || MARKER.is_match(text.trim()) {
            break;
        }
        if let Some(e) = entry(doc, i) {
            out.push(e);
            open = true;
        } else if open {
            if let Some(last) = out.last_mut() {
                last.definition.push_str(text.trim());
            }
        } else {
            break;
        }
        i += 1;
    }
    i
}

/// The entry on line `i`, if it is one.
fn entry(doc: &Normalized, i: usize) -> Option<GlossaryEntry> {
    let line = &doc.lines[i];
    let text = line.text.as_str();
    let lead = text.len() - text.trim_start().len();
    let num = NUMBER.find(&text[lead..])?;
    let body_at = lead + num.end();
    let body = &text[body_at..];
    let colon = top_level_colon(body)?;
    let (mut s, mut e) = (body_at, body_at + colon);
    let term = &text[s..e];
    if term.trim().is_empty() || term.chars().count() > MAX_TERM {
        return None;
    }
    if let Some(inner) = term.strip_prefix('“').and_then(|t| t.strip_suffix('”'))
        && !inner.contains(['“', '”'])
        && !inner.is_empty()
    {
        s += '“'.len_utf8();
        e -= '”'.len_utf8();
    }
    let definition = body[colon + 1..].trim().to_string();
    Some(GlossaryEntry {
        term: doc.evidence(&line.map, s, e).to_string(),
        definition,
        span: doc.span(&line.map, s, e),
    })
}

/// Byte offset of the first `:` outside quotes and brackets.
fn top_level_colon(text: &str) -> Option<usize> {
    let mut depth = 0i32;
    for (i, c) in text.char_indices() {
        match c {
            '“' | '(' | '《' => depth += 1,
            '”' | ')' | '》' => depth -= 1,
            ':' if depth <= 0 => return Some(i),
            '。' | ',' => return None,
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_terms_lose_their_quotes() {
        let doc = Normalized::new(
            "正文。\n\n名词解释\n\n1.“三区三线”：城镇开发边界、永久基本农田保护红线、生态保护红线。\n\n2.轨道交通“四网融合”：干线铁路的融合。\n".to_string(),
        );
        let g = extract(&doc, &Outline::default());
        assert_eq!(g.len(), 2);
        assert_eq!(g[0].term, "三区三线");
        assert_eq!(
            g[0].definition,
            "城镇开发边界、永久基本农田保护红线、生态保护红线。"
        );
        assert_eq!(g[1].term, "轨道交通“四网融合”");
    }
}
