//! Boxes and projects against expectations written by reading the documents
//! (`fixtures/projects/*.toml`, conventions in `fixtures/projects/README.md`).
//!
//! Per document: every expected box is found with its kind, and project names (compared as
//! multisets, exactly but for whitespace: see [`squeezed`]) give precision, recall and F1, which must reach 0.95 on the seeds and
//! 0.90 on lists the rules were never tuned on (`unseen = true`) — or the floor a known gap in
//! `fixtures/projects/known_gaps.toml` records (reported on every run).
//! Every project's span slices the source to its name exactly, in every fixture document.

use plancorpus::model::{BoxKind, Document};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

#[derive(Deserialize)]
struct Case {
    doc: String,
    boxes: Vec<ExpectedBox>,
    /// Investments stated with projects, by project name.
    #[serde(default)]
    investments: Vec<Investment>,
    /// A list the rules were never tuned on (`unseen_*.toml`): held to [`UNSEEN_F1`].
    #[serde(default)]
    unseen: bool,
}

#[derive(Deserialize)]
struct Investment {
    name: String,
    value: f64,
    unit: String,
}

#[derive(Deserialize)]
struct ExpectedBox {
    line: usize,
    caption: String,
    kind: String,
    projects: Vec<String>,
}

#[derive(Deserialize, Default)]
struct Gaps {
    #[serde(default)]
    gap: Vec<Gap>,
    #[serde(default)]
    box_gap: Vec<BoxGap>,
}

/// A box the program gets wrong (not found, or of another kind), known and reported.
#[derive(Deserialize)]
struct BoxGap {
    doc: String,
    caption: String,
    reason: String,
}

#[derive(Deserialize)]
struct Gap {
    doc: String,
    floor: f64,
    reason: String,
}

const TARGET_F1: f64 = 0.95;
/// The target on lists the rules were never tuned on.
const UNSEEN_F1: f64 = 0.90;

/// A document of `fixtures/docs/` by its id, or of another fixture folder (`probes8/…`).
fn process(doc_id: &str) -> (Document, String) {
    let path = if doc_id.contains('/') {
        format!("fixtures/{doc_id}.txt")
    } else {
        format!("fixtures/docs/{doc_id}.txt")
    };
    let bytes = std::fs::read(&path).expect("fixture document");
    let ctx = plancorpus::Context::new();
    let doc = plancorpus::process(&bytes, &path, &ctx).expect("processed");
    let text = plancorpus::decode::decode(&bytes).expect("decoded").text;
    (doc, text)
}

/// A name without its whitespace. A name a line break cut is returned as the exact source slice,
/// line break and next line's indentation included (`核\n心区宜居品质提升`), while the fixtures
/// write it as read (`核心区宜居品质提升`); every other character must match exactly.
fn squeezed(name: &str) -> String {
    name.chars().filter(|c| !c.is_whitespace()).collect()
}

fn kind_name(k: BoxKind) -> &'static str {
    match k {
        BoxKind::Projects => "projects",
        BoxKind::Table => "table",
        BoxKind::Text => "text",
    }
}

/// Precision, recall, F1 of `found` against `expected`, as multisets of names.
fn scores(expected: &[String], found: &[String]) -> (f64, f64, f64, Vec<String>, Vec<String>) {
    let mut want: BTreeMap<&str, i64> = BTreeMap::new();
    for e in expected {
        *want.entry(e).or_default() += 1;
    }
    let mut extra = Vec::new();
    let mut hits = 0usize;
    for f in found {
        match want.get_mut(f.as_str()) {
            Some(n) if *n > 0 => {
                *n -= 1;
                hits += 1;
            }
            _ => extra.push(f.clone()),
        }
    }
    let missed: Vec<String> = want
        .iter()
        .flat_map(|(k, &n)| std::iter::repeat_n(k.to_string(), n.max(0) as usize))
        .collect();
    let p = if found.is_empty() {
        1.0
    } else {
        hits as f64 / found.len() as f64
    };
    let r = if expected.is_empty() {
        1.0
    } else {
        hits as f64 / expected.len() as f64
    };
    let f1 = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f1, missed, extra)
}

fn cases() -> Vec<Case> {
    let mut files: Vec<_> = std::fs::read_dir("fixtures/projects")
        .expect("fixtures/projects")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.extension().is_some_and(|x| x == "toml")
                && p.file_name().is_some_and(|n| n != "known_gaps.toml")
        })
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| {
            toml::from_str(&std::fs::read_to_string(p).expect("read")).expect("valid case file")
        })
        .collect()
}

#[test]
fn boxes_and_project_names_match_reading() {
    let gaps: Gaps = std::fs::read_to_string("fixtures/projects/known_gaps.toml")
        .map(|s| toml::from_str(&s).expect("valid known_gaps.toml"))
        .unwrap_or_default();
    let mut failures = Vec::new();
    for case in cases() {
        let (doc, _) = process(&case.doc);
        for b in &case.boxes {
            if let Some(g) = gaps
                .box_gap
                .iter()
                .find(|g| g.doc == case.doc && g.caption == b.caption)
            {
                println!("  KNOWN BOX GAP {:?}: {}", g.caption, g.reason);
                continue;
            }
            match doc.boxes.iter().find(|x| x.caption == b.caption) {
                None => failures.push(format!(
                    "{}: box {:?} (line {}) not found",
                    case.doc, b.caption, b.line
                )),
                Some(x) if kind_name(x.kind) != b.kind => failures.push(format!(
                    "{}: box {:?} is {}, expected {}",
                    case.doc,
                    b.caption,
                    kind_name(x.kind),
                    b.kind
                )),
                Some(x) if x.span.line != b.line => failures.push(format!(
                    "{}: box {:?} starts on line {}, expected {}",
                    case.doc, b.caption, x.span.line, b.line
                )),
                _ => {}
            }
        }
        for inv in &case.investments {
            let got = doc
                .projects
                .iter()
                .find(|p| squeezed(&p.name) == squeezed(&inv.name))
                .and_then(|p| p.investment.as_ref());
            match got {
                Some(m) if (m.value - inv.value).abs() < 1e-9 && m.unit == inv.unit => {}
                other => failures.push(format!(
                    "{}: investment of {}: {other:?}, expected {} {}",
                    case.doc, inv.name, inv.value, inv.unit
                )),
            }
        }
        let expected: Vec<String> = case
            .boxes
            .iter()
            .flat_map(|b| b.projects.iter().map(|n| squeezed(n)))
            .collect();
        let found: Vec<String> = doc.projects.iter().map(|p| squeezed(&p.name)).collect();
        let (p, r, f1, missed, extra) = scores(&expected, &found);
        println!(
            "{}: {} expected, {} found, precision {:.3} recall {:.3} F1 {:.3}",
            case.doc,
            expected.len(),
            found.len(),
            p,
            r,
            f1
        );
        for m in &missed {
            println!("  missed: {m}");
        }
        for e in &extra {
            println!("  extra:  {e}");
        }
        let wrapped = doc
            .projects
            .iter()
            .filter(|p| p.name.contains('\n') && expected.contains(&squeezed(&p.name)))
            .count();
        if wrapped > 0 {
            println!("  {wrapped} names found wrapped over two lines");
        }
        let target = if case.unseen { UNSEEN_F1 } else { TARGET_F1 };
        let floor = match gaps.gap.iter().find(|g| g.doc == case.doc) {
            Some(g) => {
                println!(
                    "  KNOWN GAP (target {target}, floor {}): {}",
                    g.floor, g.reason
                );
                g.floor
            }
            None => target,
        };
        if f1 < floor {
            failures.push(format!("{}: F1 {f1:.3} below {floor}", case.doc));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// 004 附件2 printed `由N个项目组成` for seven 工程; read by hand, every list holds exactly N
/// projects (互联互通工程: seven comma-separated parts, one of which holds a 、), so the count check
/// must stay silent.
#[test]
fn appendix_counts_agree_with_reading() {
    let (doc, _) = process("004_tacheng_13th_fyp");
    let mismatches: Vec<_> = doc
        .warnings
        .iter()
        .filter(|w| w.code == "project_count_mismatch")
        .collect();
    assert!(mismatches.is_empty(), "{mismatches:?}");
    let subs = |parent: &str| {
        doc.projects
            .iter()
            .filter(|p| p.group.as_deref() == Some(parent))
            .count()
    };
    assert_eq!(subs("互联互通工程"), 7);
    assert_eq!(subs("控制性山区水库工程"), 5);
    // The Beijing 附表 rows print `等N项工程`; read by hand, each row lists exactly N (names
    // wrapped over two lines included).
    let (doc, _) = process("beijing_15th_fyp_2026");
    let mismatches: Vec<_> = doc
        .warnings
        .iter()
        .filter(|w| w.code == "project_count_mismatch")
        .collect();
    assert!(mismatches.is_empty(), "{mismatches:?}");
}

#[test]
fn every_span_slices_the_source_to_its_name() {
    let mut docs: Vec<_> = std::fs::read_dir("fixtures/docs")
        .expect("fixtures/docs")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    docs.sort();
    for path in docs {
        let stem = Path::new(&path)
            .file_stem()
            .unwrap()
            .to_string_lossy()
            .to_string();
        let (doc, text) = process(&stem);
        let chars: Vec<char> = text.chars().collect();
        let slice = |s: usize, e: usize| chars[s..e].iter().collect::<String>();
        for p in &doc.projects {
            assert_eq!(
                slice(p.span.start, p.span.end),
                p.name,
                "{stem}: project {p:?}"
            );
            assert!(
                doc.boxes
                    .iter()
                    .any(|b| Some(&b.caption) == p.box_caption.as_ref())
            );
        }
        for g in &doc.glossary {
            assert_eq!(
                slice(g.span.start, g.span.end),
                g.term,
                "{stem}: glossary {g:?}"
            );
        }
    }
}

/// A name a line break cut holds that line break (`核\n心区宜居品质提升`, Beijing 附表 lines
/// 3478–3479): `projects.csv` quotes it, and reading the file back gives every name and span
/// unchanged, one record per project.
#[test]
fn wrapped_names_survive_the_csv_writer() {
    use plancorpus::corpus::csv::{CsvFile, start_file, write_rows, writer};
    let (doc, _) = process("beijing_15th_fyp_2026");
    let wrapped: Vec<_> = doc
        .projects
        .iter()
        .filter(|p| p.name.contains('\n'))
        .collect();
    assert!(
        wrapped
            .iter()
            .any(|p| squeezed(&p.name) == "核心区宜居品质提升"),
        "{wrapped:?}"
    );
    let head = start_file(CsvFile::Projects, Vec::new()).expect("header");
    let mut w = writer(head);
    write_rows(&doc, CsvFile::Projects, &mut w).expect("rows");
    let bytes = w.into_inner().expect("flushed");
    let body = bytes
        .strip_prefix(plancorpus::corpus::csv::BOM)
        .expect("BOM");
    let mut r = csv::Reader::from_reader(body);
    let headers = r.headers().expect("header row").clone();
    let col = |name: &str| {
        headers
            .iter()
            .position(|h| h == name)
            .expect("column present")
    };
    let (name, start) = (col("name"), col("start"));
    let rows: Vec<csv::StringRecord> = r.records().map(|x| x.expect("valid CSV")).collect();
    assert_eq!(rows.len(), doc.projects.len());
    for (row, p) in rows.iter().zip(&doc.projects) {
        assert_eq!(&row[name], p.name);
        assert_eq!(row[start], p.span.start.to_string());
    }
}

/// A numbered box entry whose label is the project and whose text after the colon describes
/// it (length, size, cost), as county plans write their 专栏 of key projects, against a label
/// that names a group and lists its projects (001 line 765 `2.市政道路工程：…等一批道路新改建项目`).
#[test]
fn a_label_described_after_its_colon_is_the_project() {
    let text = "某县国民经济和社会发展第十四个五年规划纲要\n\n第四章 交通\n\n专栏1 重大交通项目\n\n\
1.青山至石门高速公路：全长120公里，总投资80亿元。\n\
2.白河机场改扩建工程：新建航站楼2万平方米，总投资15亿元。\n\
3.农村公路工程：甲乡至乙村公路、丙镇至丁村公路。\n\n第五章 产业\n";
    let ctx = plancorpus::Context::new();
    let doc = plancorpus::process(text.as_bytes(), "county.txt", &ctx).expect("processed");
    let got: Vec<(&str, Option<f64>, Option<&str>)> = doc
        .projects
        .iter()
        .map(|p| {
            let money = p.investment.as_ref().map(|m| m.value);
            (p.name.as_str(), money, p.group.as_deref())
        })
        .collect();
    assert_eq!(
        got,
        [
            ("青山至石门高速公路", Some(80.0), None),
            ("白河机场改扩建工程", Some(15.0), None),
            ("甲乡至乙村公路", None, Some("农村公路工程")),
            ("丙镇至丁村公路", None, Some("农村公路工程")),
        ]
    );
    for p in &doc.projects {
        let s = &p.span;
        let slice: String = text.chars().skip(s.start).take(s.end - s.start).collect();
        assert_eq!(slice, p.name);
    }
}

/// Project tables (`| 序号 | 项目名称 | 建设内容 | 总投资（亿元） |`), inside a 专栏 and as an
/// appendix table of their own: one project a row, its box a `projects` box.
#[test]
fn project_tables_in_a_box_and_in_an_appendix() {
    let text = "某县国民经济和社会发展第十四个五年规划纲要\n\n第三章 产业\n\n专栏1 先进制造业重点项目\n\n\
| 序号 | 项目名称 | 建设内容 | 总投资（亿元） |\n|---|---|---|---|\n\
| 1 | 甲新材料产业园 | 建设年产10万吨纤维生产线 | 50 |\n\
| 2 | 乙智能装备制造基地 | 新建厂房20万平方米 | 30 |\n\n\
附件：重大项目表\n\n| 序号 | 项目名称 | 总投资（万元） |\n|---|---|---|\n\
| 1 | 丙水库除险加固工程 | 8600 |\n";
    let ctx = plancorpus::Context::new();
    let doc = plancorpus::process(text.as_bytes(), "county.txt", &ctx).expect("processed");
    let boxes: Vec<(&str, BoxKind)> = doc
        .boxes
        .iter()
        .map(|b| (b.caption.as_str(), b.kind))
        .collect();
    assert_eq!(
        boxes,
        [
            ("专栏1 先进制造业重点项目", BoxKind::Projects),
            ("重大项目表", BoxKind::Projects)
        ]
    );
    let got: Vec<(&str, Option<&str>, Option<f64>)> = doc
        .projects
        .iter()
        .map(|p| {
            let money = p.investment.as_ref().map(|m| m.value);
            (p.name.as_str(), p.box_caption.as_deref(), money)
        })
        .collect();
    assert_eq!(
        got,
        [
            (
                "甲新材料产业园",
                Some("专栏1 先进制造业重点项目"),
                Some(50.0)
            ),
            (
                "乙智能装备制造基地",
                Some("专栏1 先进制造业重点项目"),
                Some(30.0)
            ),
            ("丙水库除险加固工程", Some("重大项目表"), Some(8600.0)),
        ]
    );
    for p in &doc.projects {
        let s = &p.span;
        let slice: String = text.chars().skip(s.start).take(s.end - s.start).collect();
        assert_eq!(slice, p.name);
    }
}

/// A tab-separated project table (`附表\t重大项目表` over `序号\t项目名称\t建设内容\t总投资（亿元）`)
/// gives its projects, and is no indicator table: no table and no table target of its cells.
#[test]
fn a_tab_separated_project_table_is_no_indicator_table() {
    let text = "某县国民经济和社会发展第十四个五年规划纲要\n\n第五章 基础设施\n\n附表\t重大项目表\n\n\
序号\t项目名称\t建设内容\t总投资（亿元）\t建设年限\n\
1\t甲乙高速公路\t新建高速公路60公里\t45.6\t2021-2024\n\
2\t县城东环路\t新建城市道路8公里\t3.2\t2022-2023\n\n第六章 产业\n";
    let ctx = plancorpus::Context::new();
    let doc = plancorpus::process(text.as_bytes(), "county.txt", &ctx).expect("processed");
    let got: Vec<(&str, Option<f64>)> = doc
        .projects
        .iter()
        .map(|p| (p.name.as_str(), p.investment.as_ref().map(|m| m.value)))
        .collect();
    assert_eq!(
        got,
        [("甲乙高速公路", Some(45.6)), ("县城东环路", Some(3.2))]
    );
    assert!(doc.tables.is_empty(), "{:?}", doc.tables);
    assert!(doc.targets.is_empty(), "{:?}", doc.targets);
}
