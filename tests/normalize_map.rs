//! Property: for random spans of the normalized text, mapping back gives source offsets whose
//! slice holds the same characters in order once markup and spaces are removed.

mod common;

use plancorpus::normalize::Normalized;
use proptest::prelude::*;

/// Characters the normalizer may drop or fold: whitespace, markup, pipes.
fn essence(s: &str) -> String {
    let folded: String = unicode_fold(s);
    folded
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '*' | '#' | '|' | '_' | '<' | '>' | '-'))
        .collect()
}

fn unicode_fold(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    s.nfkc().collect()
}

/// `needle`'s characters appear in `hay` in order.
fn is_subsequence(needle: &str, hay: &str) -> bool {
    let mut h = hay.chars();
    needle.chars().all(|c| h.any(|x| x == c))
}

/// Snippets from the fixture documents' messiest lines, glued at random.
const PIECES: &[&str] = &[
    "# 伊宁市国民经济和社会发展第十二个 五年规划纲要\n",
    "## **第四篇 产业发展**\n",
    "实现生产总值 94 亿元，年均增长 14.76%，",
    "(2 0 0 1年2月1 6日云南省第九届人民代表大会第四次会议通过)\n",
    "排水管网总\n\n注：文中右下角“1”等数字，是名词术语注释序号，注释附后。\n\n长达到 349.5 公里",
    "| 地区生产总值 | 亿元 | 270 | 21.9 |\n",
    "\t专栏6                 重点产业项目\n",
    "<p><b>专栏 5 重点项目</b></p>\n",
    "森林覆盖率<sup>3</sup>达到２０％\r\n",
    "　　第一篇　转变方式　开创科学发展新局面　　“十二五”时期\n",
    "— 12 —\n",
    "\n\n",
];

fn doc_strategy() -> impl Strategy<Value = String> {
    prop::collection::vec(0..PIECES.len(), 1..12)
        .prop_map(|ix| ix.into_iter().map(|i| PIECES[i]).collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn paragraph_spans_map_back(text in doc_strategy(), a in 0usize..1000, b in 0usize..1000) {
        let doc = Normalized::new(text.clone());
        for p in &doc.paragraphs {
            let chars: Vec<(usize, char)> = p.text.char_indices().collect();
            if chars.is_empty() { continue; }
            let (i, j) = (a % chars.len(), b % chars.len());
            let (i, j) = (i.min(j), i.max(j));
            let start = chars[i].0;
            let end = chars[j].0 + chars[j].1.len_utf8();
            let span = doc.span(&p.map, start, end);
            let slice: String = text.chars().skip(span.start).take(span.end - span.start).collect();
            let (src, norm) = (essence(&slice), essence(&p.text[start..end]));
            prop_assert!(is_subsequence(&norm, &src), "{:?} not in {:?}", norm, src);
            prop_assert_eq!(src.chars().next(), norm.chars().next());
            prop_assert_eq!(doc.evidence(&p.map, start, end), slice.as_str());
        }
    }

    #[test]
    fn line_spans_map_back(text in doc_strategy()) {
        let doc = Normalized::new(text.clone());
        for l in doc.lines.iter().filter(|l| !l.text.is_empty()) {
            let span = doc.span(&l.map, 0, l.text.len());
            prop_assert_eq!(span.line, l.number());
            let slice: String = text.chars().skip(span.start).take(span.end - span.start).collect();
            let (src, norm) = (essence(&slice), essence(&l.text));
            prop_assert!(is_subsequence(&norm, &src), "{:?} not in {:?}", norm, src);
        }
    }
}
