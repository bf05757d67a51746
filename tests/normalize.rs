//! The normalizer on the real documents: broken sentences joined, markup gone, numbers joined.

mod common;

use common::{fixture, fixture_docs, source_text};
use plancorpus::normalize::{LineKind, Normalized};

fn normalized(name: &str) -> Normalized {
    Normalized::new(source_text(&fixture(name)))
}

fn paragraph_with<'a>(
    doc: &'a Normalized,
    needle: &str,
) -> Option<&'a plancorpus::normalize::Paragraph> {
    doc.paragraphs.iter().find(|p| p.text.contains(needle))
}

#[test]
fn sentence_broken_around_a_footnote_is_joined() {
    // 000 lines 23–27: `…排水管网总` / `注：文中右下角…` / `长达到 349.5 公里，…`
    let doc = normalized("000_yining_12th_fyp.txt");
    let p = paragraph_with(&doc, "排水管网总长达到349.5公里").expect("joined across the note");
    assert_eq!(p.lines, vec![22, 26]);
    assert!(paragraph_with(&doc, "注:文中右下角").is_some_and(|n| n.lines == vec![24]));
    // 000 lines 39–41: `城镇居民可支配收入达到` / `` / `12520元，年均增长14.67%。`
    assert!(paragraph_with(&doc, "城镇居民可支配收入达到12520元").is_some());
}

#[test]
fn page_width_lines_are_joined() {
    // beijing lines 6–7: `…具有承前` / `启后的重要地位,…`
    let doc = normalized("beijing_15th_fyp_2026.txt");
    assert!(paragraph_with(&doc, "具有承前启后的重要地位").is_some());
}

#[test]
fn headings_are_not_joined_to_their_body() {
    let doc = normalized("000_yining_12th_fyp.txt");
    assert!(
        doc.paragraphs
            .iter()
            .any(|p| p.text == "第一章发展基础和发展环境")
    );
    let doc = normalized("beijing_15th_fyp_2026.txt");
    assert!(
        doc.paragraphs
            .iter()
            .any(|p| p.text.starts_with("第一章") && p.text.chars().count() < 30)
    );
}

#[test]
fn no_markup_survives_in_any_fixture() {
    for path in fixture_docs() {
        let doc = Normalized::new(source_text(&path));
        for l in doc.lines.iter().filter(|l| l.kind == LineKind::Text) {
            for bad in ["**", "<p>", "</p>", "<b>", "<sup>", "&nbsp;"] {
                assert!(
                    !l.text.contains(bad),
                    "{}:{}: {:?}",
                    path.display(),
                    l.number(),
                    l.text
                );
            }
            assert!(
                !l.text.starts_with('#'),
                "{}:{}: {:?}",
                path.display(),
                l.number(),
                l.text
            );
            assert!(
                !l.text.contains('|'),
                "{}:{}: stray pipe {:?}",
                path.display(),
                l.number(),
                l.text
            );
        }
    }
}

#[test]
fn numbers_split_by_spaces_are_joined() {
    // 000 line 19: `实现生产总值 94 亿元，年均增长 14.76%`; yunnan line 4: `(2 0 0 1年2月1 6日`
    let doc = normalized("000_yining_12th_fyp.txt");
    assert!(paragraph_with(&doc, "实现生产总值94亿元,年均增长14.76%").is_some());
    let doc = normalized("yunnan_10th_fyp_2001.txt");
    assert!(
        doc.lines[3].text.contains("(2001年2月16日"),
        "{:?}",
        doc.lines[3].text
    );
    // national 十二五 line 1: full-width digits `（２０１１—２０１５年）`
    let doc = normalized("national_12th_fyp_2011.txt");
    assert!(doc.lines[0].text.contains("(2011—2015年)"));
}
