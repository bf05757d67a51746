//! `plancorpus diff OLD NEW`: nothing between a corpus and itself; after an edit, exactly the
//! edited document and the items its edit touched.

mod corpus_support;

use corpus_support::*;
use serde_json::Value;
use std::path::Path;

fn diff(old: &Path, new: &Path, json: bool) -> std::process::Output {
    let mut args = vec!["diff", old.to_str().unwrap(), new.to_str().unwrap()];
    if json {
        args.push("--json");
    }
    let o = plancorpus(&args, 1);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    o
}

#[test]
fn a_corpus_and_itself_have_no_changes() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    copy_fixtures(&input, &SUBSET[..2]);
    let out = tmp.path().join("out");
    build(&input, &out, 2, &[], 0);
    assert_eq!(
        stdout(&diff(&out, &out, false)),
        "no changes (2 documents)\n"
    );
    let d: Value = serde_json::from_str(&stdout(&diff(&out, &out, true))).unwrap();
    assert_eq!(d["added"], Value::Array(vec![]));
    assert_eq!(d["removed"], Value::Array(vec![]));
    assert_eq!(d["changed"], Value::Array(vec![]));
    assert_eq!(d["unchanged"], 2);
}

/// 002_yining_gwr_2023.txt, line 21: `预计全年实现地区生产总值 348.2 亿元，增长 0.6%` becomes 349.2 亿元 in
/// a copy. Only that document changes; its sha256 changes; every item the diff names involves
/// the edited figure (which items exist depends on the extractors, not on the diff).
#[test]
fn an_edited_document_is_named_with_what_changed() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    copy_fixtures(&input, &SUBSET[..2]);
    let old = tmp.path().join("old");
    build(&input, &old, 2, &[], 0);

    let edited = input.join("002_yining_gwr_2023.txt");
    let text = std::fs::read_to_string(&edited).unwrap();
    assert_eq!(text.matches("地区生产总值 348.2 亿元").count(), 1);
    std::fs::write(
        &edited,
        text.replace("地区生产总值 348.2 亿元", "地区生产总值 349.2 亿元"),
    )
    .unwrap();
    std::fs::write(
        input.join("new_doc.txt"),
        "伊宁市2024年政府工作报告\n\n地区生产总值增长7%。\n",
    )
    .unwrap();
    std::fs::remove_file(input.join("gwr_2016_hailar_gbk.txt")).unwrap();
    let new = tmp.path().join("new");
    build(&input, &new, 2, &[], 0);

    let d: Value = serde_json::from_str(&stdout(&diff(&old, &new, true))).unwrap();
    assert_eq!(d["added"], serde_json::json!(["new_doc"]));
    assert_eq!(d["removed"], serde_json::json!(["gwr_2016_hailar_gbk"]));
    assert_eq!(d["unchanged"], 0);
    let changed = d["changed"].as_array().unwrap();
    assert_eq!(changed.len(), 1);
    assert_eq!(changed[0]["doc_id"], "002_yining_gwr_2023");
    let fields: Vec<&str> = changed[0]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["source.sha256"]);
    for list in changed[0]["lists"].as_array().unwrap() {
        for kind in ["added", "removed", "changed"] {
            for item in list[kind].as_array().unwrap() {
                let shown = item.to_string();
                assert!(
                    shown.contains("348.2") || shown.contains("349.2"),
                    "{} {kind}: {shown}",
                    list["list"]
                );
            }
        }
    }

    let text = stdout(&diff(&old, &new, false));
    assert!(text.contains("added document: new_doc\n"), "{text}");
    assert!(
        text.contains("removed document: gwr_2016_hailar_gbk\n"),
        "{text}"
    );
    assert!(
        text.contains("changed document: 002_yining_gwr_2023\n  source.sha256: "),
        "{text}"
    );
    assert!(
        text.ends_with("3 documents: 1 added, 1 removed, 1 changed, 0 unchanged\n"),
        "{text}"
    );
}

/// Items edited by hand in a copy of a corpus: a target's value changed, one removed, one added —
/// the diff names each under its section path and evidence.
#[test]
fn edited_items_are_named_by_section_path_and_evidence() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    copy_fixtures(&input, &SUBSET[..1]);
    let old = tmp.path().join("old");
    build(&input, &old, 1, &[], 0);
    let new = tmp.path().join("new");
    std::fs::create_dir_all(new.join("docs")).unwrap();
    let path = "docs/002_yining_gwr_2023.json";
    let mut doc: Value =
        serde_json::from_str(&std::fs::read_to_string(old.join(path)).unwrap()).unwrap();
    let target = |id: &str, evidence: &str, value: f64| serde_json::json!({"id": id, "section": null, "evidence": evidence, "value": value, "unit": "%"});
    doc["targets"] = serde_json::json!([
        target("t1", "增长 0.6%", 0.6),
        target("t2", "增长 26%", 26.0)
    ]);
    std::fs::write(old.join(path), serde_json::to_string_pretty(&doc).unwrap()).unwrap();
    doc["targets"] = serde_json::json!([
        target("t1", "增长 0.6%", 0.7),
        target("t3", "增长 21%", 21.0)
    ]);
    std::fs::write(new.join(path), serde_json::to_string_pretty(&doc).unwrap()).unwrap();

    let text = stdout(&diff(&old, &new, false));
    let expected = [
        "changed document: 002_yining_gwr_2023",
        "  + targets 增长 21%",
        "  - targets 增长 26%",
        "  ~ targets 增长 0.6%: value 0.6 → 0.7",
    ];
    for line in expected {
        assert!(
            text.lines().any(|l| l == line),
            "missing {line:?} in:\n{text}"
        );
    }
    assert!(text.contains(", targets 2, "), "{text}");
    assert_eq!(
        text.lines().filter(|l| l.starts_with("  ")).count(),
        4,
        "{text}"
    );
}
