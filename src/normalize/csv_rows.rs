//! Tables pasted as comma-separated values, read as pipe tables.
//!
//! ```text
//! 序号,指标名称,单位,2025年,2030年,属性
//! 2,"数字经济核心产业增加值占GDP比重",%,15.2,20,预期性
//! 11,软件和信息技术服务业营业收入,亿元,720,"1,250",预期性
//! ```
//!
//! (probes36 city_digital_economy_15th_plan lines 81–95). A run of at least [`MIN_ROWS`] lines
//! with the same number of fields (at least [`MIN_FIELDS`]), each short and none holding the
//! marks of Chinese prose (`，` `。` `；`), is a table: its separating commas become pipes and its
//! quotes spaces, byte for byte, so the cleaned line maps back to the source exactly, and the
//! line is a pipe row for the table reader. A comma inside quotes (`"1,250"`) stays.

use super::{Line, LineKind};
use crate::source::SourceText;

/// Fewest lines of a comma-separated table (a header and a row).
const MIN_ROWS: usize = 2;

/// Fewest fields of a row.
const MIN_FIELDS: usize = 4;

/// Longest field, in characters: a cell, not a clause.
const MAX_FIELD_CHARS: usize = 40;

/// The number of fields of a comma-separated row, or `None` when the line is no such row.
fn fields(raw: &str) -> Option<usize> {
    let raw = raw.trim_end();
    // A line ending with a comma is a wrapped clause of prose typed with ASCII commas.
    if raw.is_empty() || raw.contains(['|', '\t']) || raw.ends_with(',') {
        return None;
    }
    let mut quoted = false;
    let mut count = 1;
    let mut field_chars = 0;
    for c in raw.chars() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => {
                count += 1;
                field_chars = 0;
                continue;
            }
            '，' | '。' | '；' if !quoted => return None,
            _ => {}
        }
        field_chars += 1;
        if field_chars > MAX_FIELD_CHARS {
            return None;
        }
    }
    (!quoted && count >= MIN_FIELDS).then_some(count)
}

/// Whether a row holds a field that is a value alone (`1862`, `"1,250"`, `[60]`, `">75"`): a
/// table's row does, a line of prose typed with ASCII commas (beijing_15th_fyp_2026 line 2226,
/// `期,牢固树立以人民为中心的发展思想,坚持民生为大,尽力而为、`) does not.
fn has_value_field(raw: &str) -> bool {
    // The first field aside: a serial number (`1`, `2`) is no value.
    as_pipes(raw).split('|').skip(1).any(|f| {
        let f = f
            .trim()
            .trim_matches(|c: char| "[]〔〕()（）<>≤≥%".contains(c));
        !f.is_empty()
            && f.chars()
                .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    })
}

/// `raw` with its separating commas turned to pipes and its quotes to spaces (same length).
fn as_pipes(raw: &str) -> String {
    let mut quoted = false;
    raw.chars()
        .map(|c| match c {
            '"' => {
                quoted = !quoted;
                ' '
            }
            ',' if !quoted => '|',
            c => c,
        })
        .collect()
}

/// Re-clean the lines of every comma-separated table as pipe rows.
pub fn mark(source: &SourceText, lines: &mut [Line]) {
    if !source.as_str().contains(',') {
        return;
    }
    let counts: Vec<Option<usize>> = lines
        .iter()
        .map(|l| match l.kind {
            LineKind::Text => fields(source.line(l.index)),
            _ => None,
        })
        .collect();
    let mut i = 0;
    while i < lines.len() {
        let Some(n) = counts[i] else {
            i += 1;
            continue;
        };
        let run = counts[i..].iter().take_while(|c| **c == Some(n)).count();
        let valued = lines[i..i + run]
            .iter()
            .filter(|l| has_value_field(source.line(l.index)))
            .count();
        if run >= MIN_ROWS && valued * 2 >= run {
            for line in &mut lines[i..i + run] {
                let pipes = as_pipes(source.line(line.index));
                super::reclean_as_row(source, line, &pipes);
            }
        }
        i += run;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_and_fields() {
        assert_eq!(fields("序号,指标名称,单位,2025年,2030年,属性"), Some(6));
        assert_eq!(
            fields("11,软件和信息技术服务业营业收入,亿元,720,\"1,250\",预期性"),
            Some(6)
        );
        // Prose typed with ASCII commas ends its clauses with Chinese marks somewhere.
        assert_eq!(
            fields("全市地区生产总值增长5%,固定资产投资增长6%,消费增长7%,出口增长3%。"),
            None
        );
        assert_eq!(fields("a,b,c"), None);
        assert_eq!(
            fields("期,牢固树立以人民为中心的发展思想,坚持民生为大,尽力而为、"),
            Some(4)
        );
        assert!(!has_value_field(
            "期,牢固树立以人民为中心的发展思想,坚持民生为大,尽力而为、"
        ));
        assert_eq!(
            fields("量力而行,积极应对人口结构性变化,努力为人民群众多办实事,"),
            None
        );
        assert!(has_value_field("11,营业收入,亿元,720,\"1,250\",预期性"));
        assert_eq!(
            as_pipes("11,名称,亿元,720,\"1,250\",预期性"),
            "11|名称|亿元|720| 1,250 |预期性"
        );
    }

    #[test]
    fn a_table_of_values_maps_back_to_its_source() {
        let text = "表1\n序号,指标名称,单位,2025年\n1,\"数字经济规模\",亿元,\"1,862\"\n";
        let n = crate::normalize::Normalized::new(text.to_string());
        let row = &n.lines[2];
        assert_eq!(row.kind, LineKind::PipeRow);
        let at = row.text.find("1,862").expect("the value stays whole");
        let src = row.map[at] as usize;
        assert_eq!(&text[src..src + 5], "1,862");
    }
}
