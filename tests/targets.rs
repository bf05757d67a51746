//! Prose targets against hand-checked expectations (`fixtures/targets/*.toml`, written by
//! reading the documents), and span provenance of every target in every fixture document.
//!
//! A case matches a program target on the same document and line with the same value and an
//! overlapping indicator (a shared run of at least two characters, whitespace ignored). Recall
//! counts matched cases, precision matched program targets inside the `[[passage]]` line ranges;
//! both must be ≥ 0.9, and kind, year, comparator, unit and status each right for ≥ 0.9 of the
//! matched targets.

use plancorpus::model::{Document, Status, Target, Value};
use plancorpus::{Context, process};
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Debug, Deserialize)]
struct CaseFile {
    #[serde(default)]
    passage: Vec<Passage>,
    #[serde(default)]
    case: Vec<Case>,
}

#[derive(Debug, Deserialize)]
struct Passage {
    document: String,
    lines: [usize; 2],
}

#[derive(Debug, Deserialize)]
struct Case {
    document: String,
    line: usize,
    indicator: String,
    value: Option<toml::Value>,
    unit: Option<String>,
    kind: String,
    year: Option<i32>,
    comparator: String,
    status: String,
    #[allow(dead_code)]
    note: Option<String>,
}

const MIN_SCORE: f64 = 0.9;

/// Case files whose name starts with `prefix`, or (with `None`) the seed case files: those that
/// are neither unseen passages nor random samples.
fn load_cases(prefix: Option<&str>) -> CaseFile {
    let mut all = CaseFile {
        passage: Vec::new(),
        case: Vec::new(),
    };
    let mut paths: Vec<_> = std::fs::read_dir("fixtures/targets")
        .expect("fixtures/targets")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .filter(|p| {
            let name = p.file_name().map(|n| n.to_string_lossy().to_string());
            let name = name.unwrap_or_default();
            match prefix {
                Some(pre) => name.starts_with(pre),
                None => ["unseen_", "corpus_sample_", "probes_"]
                    .iter()
                    .all(|pre| !name.starts_with(pre)),
            }
        })
        .collect();
    paths.sort();
    for p in paths {
        let text = std::fs::read_to_string(&p).expect("readable case file");
        let f: CaseFile = toml::from_str(&text).unwrap_or_else(|e| panic!("{p:?}: {e}"));
        all.passage.extend(f.passage);
        all.case.extend(f.case);
    }
    all
}

/// A fixture document: `fixtures/docs/<doc>.txt`, or `fixtures/<doc>.txt` for a name with a
/// folder (`probes/city_gwr_2024`).
fn run(doc: &str, ctx: &Context) -> Document {
    let path = if doc.contains('/') {
        format!("fixtures/{doc}.txt")
    } else {
        format!("fixtures/docs/{doc}.txt")
    };
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    process(&bytes, &path, ctx).expect("processed")
}

fn expected_value(v: &Option<toml::Value>) -> Option<Vec<f64>> {
    match v {
        None => None,
        Some(toml::Value::Float(f)) => Some(vec![*f]),
        Some(toml::Value::Integer(i)) => Some(vec![*i as f64]),
        Some(toml::Value::Array(a)) => Some(
            a.iter()
                .map(|x| {
                    x.as_float()
                        .or(x.as_integer().map(|i| i as f64))
                        .unwrap_or(f64::NAN)
                })
                .collect(),
        ),
        Some(other) => panic!("bad value {other:?}"),
    }
}

fn program_value(t: &Target) -> Option<Vec<f64>> {
    match &t.value {
        None => None,
        Some(Value::Number(v)) => Some(vec![*v]),
        Some(Value::Ratio(v)) => Some(v.clone()),
    }
}

fn same_value(a: &Option<Vec<f64>>, b: &Option<Vec<f64>>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(x, y)| (x - y).abs() < 1e-9)
        }
        _ => false,
    }
}

/// Whether two indicator phrases share a run of at least two characters (spaces ignored).
fn overlaps(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().filter(|c| !c.is_whitespace()).collect();
    let b: String = b.chars().filter(|c| !c.is_whitespace()).collect();
    a.windows(2)
        .any(|w| b.contains(&w.iter().collect::<String>()))
}

/// Whether the program can know the expected unit: `%`, `‰`, `个百分点`, `倍` always; other units
/// only once the unit dictionary (`extract::units`) has them — until then a unit the dictionary
/// lacks is counted as unverifiable, and the runner says how many were.
fn unit_known(unit: Option<&str>) -> bool {
    match unit {
        None | Some("%" | "‰" | "个百分点" | "倍") => true,
        Some(u) => plancorpus::extract::units::lookup(u).is_some(),
    }
}

fn json<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

#[test]
fn seed_goal_passages_recall_precision_and_fields() {
    score(&load_cases(None), "seed", true);
}

/// Goal passages of corpus documents the rules were not written for
/// (`fixtures/targets/unseen_*.toml`).
#[test]
fn unseen_goal_passages_recall_precision_and_fields() {
    score(&load_cases(Some("unseen_")), "unseen", true);
}

/// The third unseen round alone (`unseen_round3.toml`), printed for the record (run with
/// `--nocapture`); the combined unseen score above is the one held to [`MIN_SCORE`].
#[test]
fn unseen_round3_alone_reported() {
    score(&load_cases(Some("unseen_round3")), "unseen round 3", false);
}

/// The fourth unseen round alone (`unseen_round4.toml`: sector chapters of 003 and 004, review
/// lines of 002 and the 2025 Guangdong report, the rural opinion), printed for the record (run
/// with `--nocapture`).
#[test]
fn unseen_round4_alone_reported() {
    score(&load_cases(Some("unseen_round4")), "unseen round 4", false);
}

/// The first and second unseen rounds alone (`unseen_passages.toml`, `unseen_round2.toml`),
/// printed for the record like the later rounds.
#[test]
fn unseen_rounds_1_and_2_alone_reported() {
    score(
        &load_cases(Some("unseen_passages")),
        "unseen round 1",
        false,
    );
    score(&load_cases(Some("unseen_round2")), "unseen round 2", false);
}

/// The program's target on `line` (where its evidence starts) whose value is `value`.
fn target_at(doc: &Document, line: usize, value: f64) -> Option<Target> {
    doc.targets
        .iter()
        .find(|t| t.span.line == line && program_value(t) == Some(vec![value]))
        .cloned()
}

/// Bases and shared verbs, written by reading the lines cited: a base stated after 比 (`比“十五”末
/// 的41.1亿元增长1.29倍`) is the `base` of the level before it and of the change after it, and no
/// target of its own; 从/由A到B keeps its base; a list item after 新增 is an increase.
#[test]
fn bases_and_shared_increases_by_reading() {
    let ctx = Context::new();
    let find = target_at;
    let base = |t: Option<Target>| t.and_then(|t| t.base).map(|b| (b.year, b.value));
    // 000_yining_12th_fyp line 17: `生产总值 94 亿元，年均增长 14.76%，比“十五”末的 41.1 亿元增长
    // 1.29 倍`; line 23: `城建投资40亿元，比“十五”末的6.06亿元增长6.7倍`.
    let doc = run("000_yining_12th_fyp", &ctx);
    assert_eq!(base(find(&doc, 17, 94.0)), Some((Some(2005), 41.1)));
    assert_eq!(base(find(&doc, 17, 1.29)), Some((Some(2005), 41.1)));
    assert!(find(&doc, 17, 41.1).is_none(), "a base is no target");
    assert_eq!(base(find(&doc, 23, 40.0)), Some((Some(2005), 6.06)));
    assert!(find(&doc, 23, 6.06).is_none(), "a base is no target");
    // gwr_2003_national line 20: `发电装机容量由１９９７年的２．５４亿千瓦增加到２００２年的３．５３亿千瓦`.
    let doc = run("gwr_2003_national", &ctx);
    assert_eq!(base(find(&doc, 20, 3.53)), Some((Some(1997), 2.54)));
    // line 56: `全社会消费品零售总额从１９９７年的２．７３万亿元增加到２００２年的４．１万亿元，平均每年
    // 实际增长１０．５％` — the yearly growth starts from the same base.
    assert_eq!(base(find(&doc, 56, 10.5)), Some((Some(1997), 2.73)));
    // beijing_15th_fyp_2026 line 3023: `建成区公园绿地500米服务半径覆盖率达到94%` — 500米 names the
    // rate, it is no target.
    let doc = run("beijing_15th_fyp_2026", &ctx);
    assert!(find(&doc, 3023, 500.0).is_none());
    // gwr_2016_hailar_gbk line 21 (a review of 2011-2015): `旅游收入达到69亿元，是2010年的2.6倍`;
    // line 15: `2015年城镇常住居民人均可支配收入完成30788元，…；农村常住居民人均可支配收入完成22250元`
    // after `是“十一五”时期的2.7倍` — neither is a value of 2010.
    let doc = run("gwr_2016_hailar_gbk", &ctx);
    assert_eq!(find(&doc, 21, 2.6).and_then(|t| t.year), Some(2015));
    assert_eq!(find(&doc, 15, 22250.0).and_then(|t| t.year), Some(2015));
    // line 33: `月人均养老金由2010年的1264元增加到2011元` in the 2011-2015 review.
    assert_eq!(find(&doc, 33, 2011.0).and_then(|t| t.year), Some(2015));
    // yunnan_10th_fyp_2001 line 245: `新增自然保护区面积4 0万公顷 、 森林面积1 5 0万公顷左右`.
    let doc = run("yunnan_10th_fyp_2001", &ctx);
    let forest = find(&doc, 245, 150.0).map(|t| json(&t.kind));
    assert_eq!(forest.as_deref(), Some("change"));
}

/// A proposal and a unit with a multiplier, written by reading the lines cited.
#[test]
fn proposals_and_multiplied_units_by_reading() {
    let ctx = Context::new();
    let at = target_at;
    // gwr_2003_national line 186, in the report's plans for 2003: `综合考虑各方面因素，今年拟发行
    // １４００亿元长期建设国债` — proposed for the report's year, not achieved in 2002.
    let doc = run("gwr_2003_national", &ctx);
    let bonds = at(&doc, 186, 1400.0).expect("the bond issue is a target");
    assert_eq!(json(&bonds.status), "target");
    assert_eq!(bonds.year, Some(2003));
    // Line 100, in the review of 1998-2002: `今年中央财政预算用于支持这项改革的资金将达３０５亿元` —
    // 今年 is the report's year, and 将达 looks ahead.
    let reform = at(&doc, 100, 305.0).expect("the reform fund is a target");
    assert_eq!(
        (json(&reform.status).as_str(), reform.year),
        ("target", Some(2003))
    );
    // 004_tacheng_13th_fyp line 209: `天然气资源量2.5万亿立方米` — cubic metres, not a bare 万亿.
    let doc = run("004_tacheng_13th_fyp", &ctx);
    let gas = at(&doc, 209, 2.5).expect("the gas reserve is a target");
    assert_eq!(gas.unit.as_deref(), Some("万亿立方米"));
    // Line 936: `加快建设准北750千伏输变电工程` — a rating in the name of a project; line 761: `年产5000万双织袜项目` — a capacity in a name. No targets.
    assert!(
        at(&doc, 936, 750.0).is_none(),
        "a rating in a project's name"
    );
    assert!(
        at(&doc, 761, 5000.0).is_none(),
        "a capacity in a project's name"
    );
}

/// Years and statuses the written probes showed wrong before session 7, by reading their lines.
#[test]
fn review_titles_and_sentence_years_by_reading() {
    let ctx = Context::new();
    let at = |doc: &Document, line: usize, value: f64| {
        target_at(doc, line, value).map(|t| (json(&t.status), t.year))
    };
    // env_plan line 5, under `第一章  “十三五”生态环境保护成效` of a 十四五 plan: achieved in 2020.
    let env = run("probes/env_plan", &ctx);
    assert_eq!(at(&env, 5, 75.0), Some(("actual".into(), Some(2020))));
    // Line 4: `2020年，全市…为38微克/立方米…；空气质量优良天数比例达到82.5%` — the year opens the
    // sentence and scopes the clause after the semicolon.
    assert_eq!(at(&env, 4, 82.5), Some(("actual".into(), Some(2020))));
    // old_report_1996 line 18: `今年是实施“九五”计划的第一年。…一九九六年全省…主要预期目标是：…；
    // 全社会固定资产投资一千一百亿元` — 1996, not the end of 九五.
    let old = run("probes/old_report_1996", &ctx);
    assert_eq!(at(&old, 18, 1100.0), Some(("target".into(), Some(1996))));
    // 002_yining_gwr_2023 line 31, in `2022年工作回顾`: `接待游客 934.7 万人次` after a sentence
    // naming “十四五” in passing — a 2022 achievement, not a value of 2025.
    let gwr = run("002_yining_gwr_2023", &ctx);
    assert_eq!(at(&gwr, 31, 934.7), Some(("actual".into(), Some(2022))));
    // county_14th_plan line 31: `展望二〇三五年，…在2020年基础上翻一番以上，人均地区生产总值超过
    // 12万元` — 2020 is a base, the year is 2035.
    let county = run("probes/county_14th_plan", &ctx);
    assert_eq!(at(&county, 31, 12.0), Some(("target".into(), Some(2035))));
}

/// Documents of other places and years written for the purpose by a helper session that never
/// saw the program, with expectations it wrote by reading (`fixtures/probes/`,
/// `probes_written.toml`). Recall, precision, year, status and comparator are held to
/// [`MIN_SCORE`]; kind and unit follow conventions that differ in places (see the case file) and
/// are printed only.
#[test]
fn written_probes_recall_precision_year_status() {
    score_fields(
        &load_cases(Some("probes_")),
        "written probes",
        true,
        &["year", "status", "comparator"],
    );
}

/// The source lines a target's evidence runs over, from its indicator to its value: a case's
/// line (where the indicator starts, or, in the rounds written from session 10 on, where the
/// value stands) is one of them.
fn evidence_lines(t: &Target) -> std::ops::RangeInclusive<usize> {
    t.span.line..=t.span.line + t.evidence.matches('\n').count()
}

/// Recall, precision and field accuracy of the program on `cases`, printed and held to
/// [`MIN_SCORE`] when `enforce`.
fn score(cases: &CaseFile, label: &str, enforce: bool) {
    score_fields(
        cases,
        label,
        enforce,
        &["kind", "year", "comparator", "unit", "status"],
    );
}

/// [`score`] holding only the fields named in `held` to [`MIN_SCORE`].
fn score_fields(cases: &CaseFile, label: &str, enforce: bool, held: &[&str]) {
    let ctx = Context::new();
    assert!(!cases.case.is_empty());
    let mut docs: BTreeMap<String, Document> = BTreeMap::new();
    for name in cases
        .case
        .iter()
        .map(|c| &c.document)
        .chain(cases.passage.iter().map(|p| &p.document))
    {
        if !docs.contains_key(name) {
            docs.insert(name.clone(), run(name, &ctx));
        }
    }
    // Program targets inside the passages, by (document, index).
    let mut in_passages: Vec<(String, usize)> = Vec::new();
    for p in &cases.passage {
        for (i, t) in docs[&p.document].targets.iter().enumerate() {
            if t.span.line >= p.lines[0] && t.span.line <= p.lines[1] {
                in_passages.push((p.document.clone(), i));
            }
        }
    }
    let mut used: Vec<(String, usize)> = Vec::new();
    let mut matched = 0usize;
    let mut fields: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut report = String::new();
    for c in &cases.case {
        let want = expected_value(&c.value);
        let doc = &docs[&c.document];
        let hit = doc.targets.iter().enumerate().find(|(i, t)| {
            !used.contains(&(c.document.clone(), *i))
                && evidence_lines(t).contains(&c.line)
                && same_value(&program_value(t), &want)
                && t.indicator
                    .as_deref()
                    .is_some_and(|ind| overlaps(ind, &c.indicator))
        });
        let Some((i, t)) = hit else {
            report += &format!(
                "MISSED {} line {}: {} {:?} {:?}\n",
                c.document, c.line, c.indicator, want, c.unit
            );
            continue;
        };
        used.push((c.document.clone(), i));
        matched += 1;
        let checks = [
            ("kind", json(&t.kind) == c.kind),
            ("year", t.year == c.year),
            ("comparator", json(&t.comparator) == c.comparator),
            ("unit", t.unit == c.unit || !unit_known(c.unit.as_deref())),
            ("status", json(&t.status) == c.status),
        ];
        for (name, ok) in checks {
            let e = fields.entry(name).or_default();
            e.1 += 1;
            if ok {
                e.0 += 1;
            } else {
                report += &format!(
                    "FIELD {name} {} line {} {}: got kind={} year={:?} cmp={} unit={:?} status={}; want kind={} year={:?} cmp={} unit={:?} status={}\n",
                    c.document,
                    c.line,
                    c.indicator,
                    json(&t.kind),
                    t.year,
                    json(&t.comparator),
                    t.unit,
                    json(&t.status),
                    c.kind,
                    c.year,
                    c.comparator,
                    c.unit,
                    c.status
                );
            }
        }
    }
    let mut emitted = 0usize;
    for (d, i) in &in_passages {
        emitted += 1;
        if !used.contains(&(d.clone(), *i)) {
            let t = &docs[d].targets[*i];
            report += &format!(
                "EXTRA {d} line {}: {:?} {:?} {:?} «{}»\n",
                t.span.line, t.indicator, t.value, t.unit, t.evidence
            );
        }
    }
    let recall = matched as f64 / cases.case.len() as f64;
    let precision = matched as f64 / emitted.max(1) as f64;
    println!("{report}");
    println!(
        "{label} targets: {} expected, {} emitted in passages, {} matched; recall {:.3}, precision {:.3}",
        cases.case.len(),
        emitted,
        matched,
        recall,
        precision
    );
    let unverifiable = cases
        .case
        .iter()
        .filter(|c| !unit_known(c.unit.as_deref()))
        .count();
    println!("units the dictionary does not know yet (not checked): {unverifiable}");
    for (name, (ok, n)) in &fields {
        println!(
            "{label} field {name}: {ok}/{n} = {:.3}",
            *ok as f64 / (*n).max(1) as f64
        );
    }
    if !enforce {
        return;
    }
    assert!(recall >= MIN_SCORE, "recall {recall:.3}\n{report}");
    assert!(precision >= MIN_SCORE, "precision {precision:.3}\n{report}");
    for (name, (ok, n)) in fields.iter().filter(|(name, _)| held.contains(name)) {
        let acc = *ok as f64 / (*n).max(1) as f64;
        assert!(acc >= MIN_SCORE, "{name} accuracy {acc:.3}\n{report}");
    }
}

/// Every target's and time span's span slices the decoded source to its evidence / text, in
/// every fixture document.
#[test]
fn spans_slice_source_exactly_in_every_fixture() {
    let ctx = Context::new();
    let mut paths: Vec<_> = std::fs::read_dir("fixtures/docs")
        .expect("fixtures/docs")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    paths.sort();
    let mut checked = 0;
    for p in paths {
        let bytes = std::fs::read(&p).expect("readable");
        let path = p.to_string_lossy().to_string();
        let doc = process(&bytes, &path, &ctx).expect("processed");
        let text = plancorpus::decode::decode(&bytes).expect("decoded").text;
        let chars: Vec<char> = text.chars().collect();
        let slice =
            |s: &plancorpus::model::Span| -> String { chars[s.start..s.end].iter().collect() };
        let line_of = |s: &plancorpus::model::Span| -> usize {
            chars[..s.start].iter().filter(|c| **c == '\n').count() + 1
        };
        for t in &doc.targets {
            assert_eq!(slice(&t.span), t.evidence, "{path}: {t:?}");
            assert_eq!(line_of(&t.span), t.span.line, "{path}: {t:?}");
            checked += 1;
        }
        for t in &doc.time_spans {
            assert_eq!(slice(&t.span), t.text, "{path}: {t:?}");
            assert_eq!(line_of(&t.span), t.span.line, "{path}: {t:?}");
            checked += 1;
        }
    }
    assert!(checked > 100, "only {checked} items");
}

#[derive(Debug, Deserialize)]
struct SampleFile {
    #[serde(default)]
    sample: Vec<Sample>,
}

/// One prose target drawn at random from the program's output on the corpus copies and judged by
/// reading the document (`fixtures/targets/corpus_sample_*.toml`).
#[derive(Debug, Deserialize)]
struct Sample {
    doc: String,
    line: usize,
    /// The evidence as drawn; a target may now start on any line it covered (an indicator that
    /// lost a lead-in word at the end of the first line starts on the next).
    #[serde(default)]
    evidence: String,
    indicator: String,
    /// Other phrases the judgment (its `why`) names as what the value measures: a later program
    /// that names the measure this way still finds the target.
    #[serde(default)]
    also_right: Vec<String>,
    value: Option<toml::Value>,
    correct: bool,
}

/// The random samples: every target judged correct must still be found (starting on a line of its
/// drawn evidence, same value, overlapping indicator). Prints each sample's judged precision (that of the commit it was drawn
/// at, as its header says) and how many of its judged-wrong targets the program still emits
/// unchanged.
#[test]
fn random_samples_judged_correct_stay_found() {
    let ctx = Context::new();
    let mut paths: Vec<_> = std::fs::read_dir("fixtures/targets")
        .expect("fixtures/targets")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("corpus_sample_"))
        })
        .collect();
    paths.sort();
    assert!(!paths.is_empty());
    let mut docs: BTreeMap<String, Document> = BTreeMap::new();
    let mut lost = String::new();
    for p in paths {
        let text = std::fs::read_to_string(&p).expect("readable sample file");
        let f: SampleFile = toml::from_str(&text).unwrap_or_else(|e| panic!("{p:?}: {e}"));
        let (mut correct, mut wrong_still) = (0, 0);
        for s in &f.sample {
            let doc = docs
                .entry(s.doc.clone())
                .or_insert_with(|| run(&s.doc, &ctx));
            let want = expected_value(&s.value);
            let last_line = s.line + s.evidence.matches('\n').count();
            let found = doc.targets.iter().any(|t| {
                (s.line..=last_line).contains(&t.span.line)
                    && same_value(&program_value(t), &want)
                    && t.indicator.as_deref().is_some_and(|ind| {
                        overlaps(ind, &s.indicator) || s.also_right.iter().any(|a| overlaps(ind, a))
                    })
            });
            if s.correct {
                correct += 1;
                if !found {
                    lost += &format!(
                        "{p:?}: LOST {} line {}: {} {:?}\n",
                        s.doc, s.line, s.indicator, want
                    );
                }
            } else if found {
                wrong_still += 1;
            }
        }
        println!(
            "{}: judged precision {correct}/{} = {:.2}; judged-wrong still emitted: {wrong_still}",
            p.display(),
            f.sample.len(),
            correct as f64 / f.sample.len().max(1) as f64
        );
    }
    assert!(lost.is_empty(), "{lost}");
}

/// A section's lead paragraph that opens with a deadline scopes the paragraphs after it in the
/// section (probes4 city_implementation_opinion lines 13–18, an opinion with no period of its
/// own); the next section does not inherit it, nor does a paragraph after one that opens with
/// another time.
#[test]
fn a_lead_deadline_scopes_its_section() {
    let text = "关于推动制造业高质量发展的实施意见\n\
                （三）发展目标\n\
                到2025年，全市制造业增加值达到1800亿元。\n\
                ——创新能力显著增强。规模以上工业企业研发经费支出占营业收入比重达到2%。\n\
                2022年，全市规模以上工业增加值增长8.5%。\n\
                ——产业结构持续优化。战略性新兴产业产值占比达到40%。\n\
                （四）重点任务\n\
                ——每年新增规模以上工业企业150家。\n";
    let ctx = Context::new();
    let doc = process(text.as_bytes(), "opinion.txt", &ctx).expect("processed");
    let year = |line, value| target_at(&doc, line, value).map(|t| t.year);
    assert_eq!(year(3, 1800.0), Some(Some(2025)));
    assert_eq!(year(4, 2.0), Some(Some(2025)));
    assert_eq!(year(5, 8.5), Some(Some(2022)));
    assert_eq!(year(6, 40.0), Some(None));
    assert_eq!(year(8, 150.0), Some(None));
}

/// A project's investment in a box of projects is that project's `investment`, no target
/// (probes4 prefecture_12th_plan lines 55–59: `专栏1 能源化工重点项目` /
/// `1.子州煤制烯烃一期工程：总投资120亿元。`); one in prose stays (line 54: `煤化工产业产值达到300亿元`).
#[test]
fn boxed_project_investments_are_no_targets() {
    let ctx = Context::new();
    let doc = run("probes4/prefecture_12th_plan", &ctx);
    let invest_targets = doc
        .targets
        .iter()
        .filter(|t| (56..=59).contains(&t.span.line))
        .count();
    assert_eq!(invest_targets, 0);
    let invested: Vec<f64> = doc
        .projects
        .iter()
        .filter(|p| (56..=59).contains(&p.span.line))
        .filter_map(|p| p.investment.as_ref().map(|m| m.value))
        .collect();
    assert_eq!(invested, vec![120.0, 38.0, 12.0, 52.0]);
    assert!(target_at(&doc, 54, 300.0).is_some());
}

/// The fixture targets session 8's general fixes changed, read from the source lines: a
/// multiple of a plan period (`是“十一五”时期的3.3倍`, 003 line 161; gwr_2016_hailar_gbk line
/// 15, 2.7倍), the later structure of `由“十五”末的7.7:27.6:64.7调整为“十一五”末的4.6:29:66.4`
/// (000 line 19), indicators whose line end broke a word, now whole (000 lines 468–472
/// `…各` / `类新建安居房42595户`; beijing lines 350–351 `城镇` / `调查失业率…5%以内`), and a doubling
/// of two indicators, one target each (yunnan line 200).
#[test]
fn session_8_fixture_changes_by_reading() {
    let ctx = Context::new();
    let xj = run("003_xinjiang_13th_fyp", &ctx);
    let t = target_at(&xj, 161, 3.3).expect("003 line 161");
    assert_eq!(
        (t.indicator.as_deref(), t.unit.as_deref()),
        (Some("固定资产投资"), Some("倍"))
    );
    let hl = run("gwr_2016_hailar_gbk", &ctx);
    let t = target_at(&hl, 15, 2.7).expect("hailar line 15");
    assert_eq!(t.indicator.as_deref(), Some("全社会固定资产投资"));
    let yn = run("000_yining_12th_fyp", &ctx);
    let later = yn
        .targets
        .iter()
        .find(|t| t.span.line == 19 && program_value(t) == Some(vec![4.6, 29.0, 66.4]));
    assert_eq!(later.map(|t| t.year), Some(Some(2010)));
    let t = target_at(&yn, 468, 42595.0).expect("000 line 468");
    assert_eq!(t.indicator.as_deref(), Some("各类新建安居房"));
    let bj = run("beijing_15th_fyp_2026", &ctx);
    let t = target_at(&bj, 350, 5.0).expect("beijing line 350");
    assert_eq!(t.indicator.as_deref(), Some("城镇调查失业率"));
    // yunnan line 200: `力争协议直接利用外资和实际直接利用外资额比“九五”期间翻一番`.
    let yn = run("yunnan_10th_fyp_2001", &ctx);
    let mut doubled: Vec<&str> = yn
        .targets
        .iter()
        .filter(|t| t.span.line == 200 && program_value(t) == Some(vec![2.0]))
        .filter_map(|t| t.indicator.as_deref())
        .collect();
    doubled.sort();
    assert_eq!(doubled, ["协议直接利用外资", "实际直接利用外资额"]);
}

/// A voltage names the class of a line or substation (`新增110千伏及以上输电线路4860公里`, probes5
/// energy plan line 14; 004 line 25 `220、110千伏线路总长3972.4公里`): no target of any fixture is
/// one, and the length after it keeps the voltage in its indicator.
#[test]
fn voltages_are_no_targets() {
    let ctx = Context::new();
    for doc in [
        "004_tacheng_13th_fyp",
        "003_xinjiang_13th_fyp",
        "beijing_15th_fyp_2026",
    ] {
        let d = run(doc, &ctx);
        assert!(
            d.targets.iter().all(|t| t.unit.as_deref() != Some("千伏")),
            "{doc}"
        );
    }
    let d = run("004_tacheng_13th_fyp", &ctx);
    let t = target_at(&d, 25, 3972.4).expect("004 line 25");
    assert_eq!(t.indicator.as_deref(), Some("220、110千伏线路总长"));
}

/// A clause opening with a growth rate (`增幅`, `增速`, `涨幅`) speaks of the indicator before it:
/// `全市工业用电量增长6.3%，增幅比上年回落8.2个百分点` (probes5 city_gwr_2009 lines 21–22) gives
/// `全市工业用电量增幅`, not `增幅比上年回落`.
#[test]
fn a_growth_rate_clause_carries_the_indicator() {
    let ctx = Context::new();
    let doc = run("probes5/city_gwr_2009", &ctx);
    let t = target_at(&doc, 21, 8.2).expect("probes5 city_gwr_2009 line 21");
    assert_eq!(t.indicator.as_deref(), Some("全市工业用电量增幅"));
}

/// A report reviewing one indicator a paragraph opens each with the indicator as a sentence of
/// its own (probes6 city_14th_midterm_review lines 18–21): its values take it; words of status
/// speak of the values after them, so the achieved 65.1% before `规划目标为2025年达到68%` stays
/// achieved and the 68% is the target. (gwr_2003_national line 82's 1997–2002 transfers are
/// achievements though `“两个确保”` follows them.)
#[test]
fn a_paragraph_topic_names_its_values() {
    let ctx = Context::new();
    let doc = run("probes6/city_14th_midterm_review", &ctx);
    let t = target_at(&doc, 18, 65.1).expect("line 18");
    assert_eq!(t.indicator.as_deref(), Some("常住人口城镇化率"));
    assert_eq!(
        (t.year, t.status),
        (Some(2022), plancorpus::model::Status::Actual)
    );
    let t = target_at(&doc, 20, 2.45).expect("line 20");
    assert_eq!(t.indicator.as_deref(), Some("研发经费投入强度"));
    // `规划目标为2025年达到68%` (line 19) carries the paragraph's indicator, which starts on 18.
    let t = target_at(&doc, 18, 68.0).expect("line 19's 68%");
    assert_eq!(t.indicator.as_deref(), Some("常住人口城镇化率"));
    assert_eq!(
        (t.year, t.status),
        (Some(2025), plancorpus::model::Status::Target)
    );
    let gwr = run("gwr_2003_national", &ctx);
    let t = target_at(&gwr, 82, 4025.0).expect("gwr_2003 line 82");
    assert_eq!(t.status, plancorpus::model::Status::Actual);
}

/// A glossary's definitions state no targets (probes6 prefecture_13th_plan_appendix lines
/// 31–42, `附件1 名词解释`; gwr_2025_guangdong's `附件2 名词解释`, line 127: `“1”是1个省级综合
/// 飞行服务站`).
#[test]
fn glossary_numbers_are_no_targets() {
    let ctx = Context::new();
    let doc = run("probes6/prefecture_13th_plan_appendix", &ctx);
    assert!(
        doc.targets
            .iter()
            .all(|t| !(31..=42).contains(&t.span.line))
    );
    assert!(!doc.glossary.is_empty());
    let gd = run("gwr_2025_guangdong", &ctx);
    assert!(gd.targets.iter().all(|t| t.span.line < 113));
}

/// Years listed before a `分别` list of values go to them in order (probes6
/// city_14th_midterm_review line 27: `2021年、2022年分别为5.0%和4.9%`).
#[test]
fn listed_years_go_to_listed_values() {
    let ctx = Context::new();
    let doc = run("probes6/city_14th_midterm_review", &ctx);
    assert_eq!(target_at(&doc, 27, 5.0).map(|t| t.year), Some(Some(2021)));
    assert_eq!(target_at(&doc, 27, 4.9).map(|t| t.year), Some(Some(2022)));
}

/// The share of a plan reached is a rate named by what was completed, achieved (probes6
/// city_14th_midterm_review lines 20–21: `研发经费投入强度。2020年为2.1%，2022年达到2.45%，完` /
/// `成规划目标的81.7%（规划目标为2025年达到3%）`); the plan's own figure after it keeps the indicator
/// of its sentence. Until session 12 such shares were dropped; five rounds of helpers list them.
#[test]
fn completion_shares_are_rates_of_what_was_completed() {
    let ctx = Context::new();
    let doc = run("probes6/city_14th_midterm_review", &ctx);
    let t = target_over(&doc, 21, 81.7).expect("share of the plan's R&D target");
    assert_eq!(t.indicator.as_deref(), Some("研发经费投入强度完成规划目标"));
    assert_eq!(
        (t.unit.as_deref(), t.year, t.status),
        (Some("%"), Some(2022), Status::Actual)
    );
    let t = target_at(&doc, 20, 3.0).expect("the plan's target (span from its indicator, line 20)");
    assert_eq!(t.indicator.as_deref(), Some("研发经费投入强度"));
    assert_eq!((t.year, t.status), (Some(2025), Status::Target));
}

/// Counted nouns read by reading the lines cited: a size class opens the noun (`10个千亿级先进制造
/// 业集群`, probes3 province_14th_outline line 88; `8个万亿元级产业集群`, gwr_2025_guangdong line
/// 31); a joint ends it before the next value in the same unit (`2个中心卫生院和40个…`,
/// 000_yining_12th_fyp line 35; `1000 平方米演播室及 2000 平方米附属设施`, line 332); an area in
/// digits before a base is its size (`形成 3 万亩设施农业基地、2 万亩设施园艺生产基地和 10 万亩特色
/// 林果业基地`, lines 123–127), but a capacity (`年产花岗岩300万平方米石材加工基地`,
/// 004_tacheng_13th_fyp line 755) and a round figure in a name (`千亩花海旅游基地建设项目`,
/// 001_yining_14th_fyp line 392) stay out.
#[test]
fn counted_nouns_with_classes_joints_and_areas() {
    let ctx = Context::new();
    let indicator = |doc: &Document, line, v| target_at(doc, line, v).and_then(|t| t.indicator);
    let p3 = run("probes3/province_14th_outline", &ctx);
    assert_eq!(
        indicator(&p3, 88, 10.0).as_deref(),
        Some("千亿级先进制造业集群")
    );
    let gd = run("gwr_2025_guangdong", &ctx);
    assert_eq!(indicator(&gd, 31, 8.0).as_deref(), Some("万亿元级产业集群"));
    let d0 = run("000_yining_12th_fyp", &ctx);
    assert_eq!(indicator(&d0, 35, 2.0).as_deref(), Some("中心卫生院"));
    // jieba cuts `40个村卫生室` as `40/m 个村/n 卫生室/nt`.
    assert_eq!(indicator(&d0, 35, 40.0).as_deref(), Some("村卫生室"));
    assert_eq!(indicator(&gd, 17, 7.0).as_deref(), Some("省中试平台"));
    assert_eq!(indicator(&d0, 332, 1000.0).as_deref(), Some("演播室"));
    assert_eq!(indicator(&d0, 123, 3.0).as_deref(), Some("设施农业基地"));
    assert_eq!(
        indicator(&d0, 123, 2.0).as_deref(),
        Some("设施园艺生产基地")
    );
    assert_eq!(indicator(&d0, 127, 10.0).as_deref(), Some("特色林果业基地"));
    let d4 = run("004_tacheng_13th_fyp", &ctx);
    assert!(target_at(&d4, 755, 300.0).is_none());
    assert_eq!(
        indicator(&d4, 819, 150.0).as_deref(),
        Some("优质饲草料基地")
    );
    let d1 = run("001_yining_14th_fyp", &ctx);
    assert!(d1.targets.iter().all(|t| t.span.line != 392));
}

/// A rate by name is a measure however jieba tags its words (`办结/v 率/v`): gwr_2016_hailar_gbk
/// line 55 `办结率100%`, line 35 `创建率93.5%`, yunnan_10th_fyp_2001 line 250 `处置率上升到2 0 %`.
#[test]
fn rates_tagged_as_verbs_are_indicators() {
    let ctx = Context::new();
    let indicator = |doc: &Document, line, v| target_at(doc, line, v).and_then(|t| t.indicator);
    let h = run("gwr_2016_hailar_gbk", &ctx);
    assert_eq!(indicator(&h, 55, 100.0).as_deref(), Some("办结率"));
    assert_eq!(indicator(&h, 35, 93.5).as_deref(), Some("创建率"));
    let y = run("yunnan_10th_fyp_2001", &ctx);
    assert_eq!(indicator(&y, 250, 20.0).as_deref(), Some("处置率"));
}

/// A value followed by `的目标` is the goal (probes6 city_14th_midterm_review line 27, `均控制在
/// 5.5%的目标以内`), unless the sentence says it was reached (probes old_report_1996 line 11,
/// `提前五年实现了比一九八〇年翻两番的目标`).
#[test]
fn a_value_named_a_goal_is_a_target() {
    let ctx = Context::new();
    let doc = run("probes6/city_14th_midterm_review", &ctx);
    assert_eq!(
        target_at(&doc, 27, 5.5).map(|t| t.status),
        Some(Status::Target)
    );
    let old = run("probes/old_report_1996", &ctx);
    assert_eq!(
        target_at(&old, 11, 4.0).map(|t| t.status),
        Some(Status::Actual)
    );
}

/// `建档立卡贫困人口` is one noun in the user dictionary: jieba tags `建档立卡` a verb, which no
/// counted noun opens (probes4 county_gwr_2021 line 16, `1.2万名建档立卡贫困人口全部脱贫`).
#[test]
fn registered_poor_people_are_counted() {
    let ctx = Context::new();
    let doc = run("probes4/county_gwr_2021", &ctx);
    let t = target_at(&doc, 16, 1.2).expect("1.2万名");
    assert!(
        t.indicator
            .is_some_and(|i| i.starts_with("建档立卡贫困人口"))
    );
}

/// Read by reading probes7 province_plan_execution_2023: a clause whose indicator is only
/// `总数` totals the thing the clause before counted (lines 34–35, `新认定高新技术企业1862家，总数突破
/// 1.1万家`); `预计` is no part of an indicator (line 33); `3%左右的调控目标` is the goal of the
/// indicator before it, a target (line 45); the page mark inside `城镇调查失业率平均` / `为5.2%`
/// is crossed (lines 39–43).
#[test]
fn plan_execution_report_by_reading() {
    let ctx = Context::new();
    let doc = run("probes7/province_plan_execution_2023", &ctx);
    let indicator = |line, v| target_at(&doc, line, v).and_then(|t| t.indicator);
    assert_eq!(indicator(34, 1.1).as_deref(), Some("高新技术企业总数"));
    assert_eq!(
        indicator(33, 2.21).as_deref(),
        Some("研究与试验发展经费投入强度")
    );
    let goal = target_at(&doc, 44, 3.0).expect("the price goal");
    assert_eq!(goal.status, Status::Target);
    assert!(
        goal.indicator
            .is_some_and(|i| i.starts_with("居民消费价格"))
    );
    let t = target_at(&doc, 39, 5.2).expect("5.2% across the page mark");
    assert_eq!(t.indicator.as_deref(), Some("城镇调查失业率"));
}

/// Read by reading the ninth and tenth rounds of written probes:
/// - a statistical communiqué reports its title's year: values achieved, dated 2023, its table
///   of products too (probes9 city_statistical_communique_2023 lines 7, 17–18);
/// - a base year scopes nothing after its clause (probes9 national_style_outline_excerpt line
///   71: `在2020年77.3岁的基础上提高1岁，每千人口拥有执业（助理）医师数达到3.2人`);
/// - a financial numeral is a value (probes9 county_gwr_2022_uppercase line 22, `叁拾伍亿元`);
/// - a space-separated table with a 基期值/目标值 sub-header and a `—` unit (probes10
///   rural_revitalization_plan_boxes lines 29–44);
/// - an appendix table's 目标任务 cells state the report year's targets (probes10
///   city_gwr_2019_appendix_table lines 39–52).
#[test]
fn probes_rounds_9_and_10_by_reading() {
    let ctx = Context::new();
    let c = run("probes9/city_statistical_communique_2023", &ctx);
    for (line, v) in [(7, 4286.73), (17, 72.46), (17, 1.8), (18, 24.87)] {
        let t = target_at(&c, line, v).unwrap_or_else(|| panic!("line {line}: {v}"));
        assert_eq!((t.status, t.year), (Status::Actual, Some(2023)), "{line}");
    }
    // `其中：小麦    24.87` under `产品名称        产量（万吨）`: the column names the measure
    // (session 12: the helper's `小麦 产量`).
    let wheat = target_at(&c, 18, 24.87).expect("小麦");
    assert_eq!(
        (wheat.indicator.as_deref(), wheat.unit.as_deref()),
        (Some("小麦产量"), Some("万吨"))
    );
    let n = run("probes9/national_style_outline_excerpt", &ctx);
    let t = target_at(&n, 71, 3.2).expect("3.2人");
    assert_eq!((t.status, t.year), (Status::Target, Some(2025)));
    let u = run("probes9/county_gwr_2022_uppercase", &ctx);
    assert!(target_at(&u, 22, 35.0).is_some_and(|t| t.unit.as_deref() == Some("亿元")));
    let r = run("probes10/rural_revitalization_plan_boxes", &ctx);
    let t = target_at(&r, 35, 2.6).expect("the `—` unit row's 2022 value");
    assert_eq!(t.indicator.as_deref(), Some("农产品加工产值与农业总产值比"));
    assert_eq!(t.year, Some(2022));
    assert_eq!(t.base.map(|b| b.value), Some(1.9));
    let a = run("probes10/city_gwr_2019_appendix_table", &ctx);
    for (line, v) in [(39, 12.0), (40, 1.2), (48, 5000.0), (52, 25.0)] {
        let t = target_at(&a, line, v).unwrap_or_else(|| panic!("line {line}: {v}"));
        assert_eq!((t.status, t.year), (Status::Target, Some(2019)), "{line}");
    }
}

/// A clause that only repeats the verb of the clause before takes that verb's object as its
/// indicator (probes6 national_style_gwr_2024 lines 38–39: `从今年开始拟连续几年发行超长期特别国债，
/// 今年先发行1万亿元`).
#[test]
fn a_repeated_verb_takes_the_object_before() {
    let ctx = Context::new();
    let doc = run("probes6/national_style_gwr_2024", &ctx);
    let t = target_at(&doc, 39, 1.0).expect("1万亿元");
    assert_eq!(t.indicator.as_deref(), Some("超长期特别国债"));
    assert_eq!((t.status, t.year), (Status::Target, Some(2024)));
}

/// Read by reading rounds 11 and 12 of the written probes:
/// - a mid-term review's numbered one-indicator paragraphs (`8．每万人发明专利拥有量。2015年为
///   1.6件，2017年为2.9件，预计2018年达到3.5件，规划目标（2020年4件）…`, probes11
///   mid_term_review_13th_2018 line 26): values achieved to 2018, the plan's goal a target;
/// - the counts of a plan's indicators (line 10, `主要指标共26项`) are no targets;
/// - a work summary's first part reports outcomes (probes11 development_zone_report_2022 line 8);
/// - a plan whose years are printed under its name is a plan of those years (probes12
///   poverty_alleviation_plan_2016: its goals are dated 2020).
#[test]
fn probes_rounds_11_and_12_by_reading() {
    let ctx = Context::new();
    let m = run("probes11/mid_term_review_13th_2018", &ctx);
    for (v, status, year) in [
        (1.6, Status::Actual, 2015),
        (2.9, Status::Actual, 2017),
        (3.5, Status::Actual, 2018),
        (4.0, Status::Target, 2020),
    ] {
        let t = target_at(&m, 26, v).unwrap_or_else(|| panic!("{v}"));
        assert_eq!(t.indicator.as_deref(), Some("每万人发明专利拥有量"));
        assert_eq!((t.status, t.year), (status, Some(year)), "{v}");
    }
    assert!(m.targets.iter().all(|t| t.span.line != 10));
    let z = run("probes11/development_zone_report_2022", &ctx);
    assert_eq!(
        target_at(&z, 8, 1286.5).map(|t| t.status),
        Some(Status::Actual)
    );
    let p = run("probes12/poverty_alleviation_plan_2016", &ctx);
    assert_eq!(p.period.as_ref().map(|p| p.end_year), Some(2020));
}

/// The fixture documents' targets that session 9's rules changed and no other test cites, each
/// judged by reading its line: counted nouns after a joint or a size class, a rate by name.
#[test]
fn session_9_fixture_changes_by_reading() {
    let ctx = Context::new();
    let indicator = |doc: &Document, line, v| target_at(doc, line, v).and_then(|t| t.indicator);
    // `46 个行政村、105 个社区文化活动场所及 2 个市民休闲广场建设`.
    let d0 = run("000_yining_12th_fyp", &ctx);
    assert_eq!(
        indicator(&d0, 324, 105.0).as_deref(),
        Some("社区文化活动场所")
    );
    // `做深做细 2 个乡镇规划及 14 个村庄规划`.
    let d2 = run("002_yining_gwr_2023", &ctx);
    assert_eq!(indicator(&d2, 141, 2.0).as_deref(), Some("乡镇规划"));
    // `加快 285 座大中型病险水闸和 6 座中型水库…`; `叶尔羌河、和田河等6条重点内陆河和5条…`.
    let d3 = run("003_xinjiang_13th_fyp", &ctx);
    assert_eq!(
        indicator(&d3, 816, 285.0).as_deref(),
        Some("大中型病险水闸")
    );
    assert_eq!(indicator(&d3, 1258, 6.0).as_deref(), Some("重点内陆河"));
    // `培育形成3个万亿级和7个千亿级产业集` / `群`; `打造2-3个千亿级` / … `融合消费新地标`;
    // `2025年入托率为10.14%`.
    let bj = run("beijing_15th_fyp_2026", &ctx);
    assert_eq!(indicator(&bj, 330, 7.0).as_deref(), Some("千亿级产业集群"));
    assert_eq!(
        indicator(&bj, 1810, 2.0).as_deref(),
        Some("千亿级融合消费新地标")
    );
    assert_eq!(indicator(&bj, 614, 10.14).as_deref(), Some("入托率"));
    // `重点推进建设4所市级示范性托育综合服务中心和4所县级示范性托育机构`.
    let gd = run("gwr_2025_guangdong", &ctx);
    assert_eq!(
        indicator(&gd, 106, 4.0).as_deref(),
        Some("市级示范性托育综合服务中心")
    );
}

/// Read by reading rounds 13 and 14 of the written probes:
/// - a transposed table, one row a year (probes13 city_14th_plan_transposed_table lines 35–39:
///   `| 2021年 | 7.5 | 312 | 6.2 | ≤5.5 | 3.0 |` under `| 年份 | 地区生产总值增速（%） | 一般公共预算
///   收入（亿元） | …`);
/// - a 2010 report's review titled `2009年和“十一五”前四年工作回顾` speaks of 2009 (probes14
///   city_gwr_2010_doubling line 11);
/// - a half-year report titled with its year dates its values (probes14
///   county_half_year_report_2023 line 10);
/// - an OCR'd table whose header spells `指  标` and a sub-header `(基期) (目标) 〔累计〕`, read in
///   full (probes14 county_14th_plan_ocr_table line 31, its last row).
#[test]
fn probes_rounds_13_and_14_by_reading() {
    let ctx = Context::new();
    let t13 = run("probes13/city_14th_plan_transposed_table", &ctx);
    let t = target_at(&t13, 35, 312.0).expect("2021 budget revenue");
    assert_eq!(t.indicator.as_deref(), Some("一般公共预算收入"));
    assert_eq!((t.unit.as_deref(), t.year), (Some("亿元"), Some(2021)));
    let t = target_at(&t13, 39, 388.0).expect("2025 budget revenue");
    assert_eq!(t.year, Some(2025));
    let r = run("probes14/city_gwr_2010_doubling", &ctx);
    let t = target_at(&r, 11, 1286.4).expect("2009 GDP");
    assert_eq!((t.status, t.year), (Status::Actual, Some(2009)));
    let h = run("probes14/county_half_year_report_2023", &ctx);
    assert_eq!(target_at(&h, 10, 152.36).and_then(|t| t.year), Some(2023));
    let o = run("probes14/county_14th_plan_ocr_table", &ctx);
    let t = target_at(&o, 31, 27.0).expect("the table's last row");
    assert_eq!(t.indicator.as_deref(), Some("粮食综合生产能力"));
    assert_eq!(t.base.map(|b| b.value), Some(26.8));
}

/// Read by reading round 15 of the written probes (fixtures/probes15):
/// - a pipe table whose second header row holds the years under `基期年` / `规划目标年` and a blank
///   cell, with the 单位 column after the 属性 column (prefecture_territorial_spatial_plan lines
///   33–38: `| 3 | 耕地保有量 | 约束性 | 万亩 | 412.36 | ≥405.80 | ≥405.80 |`);
/// - a table of a year's plan and outcome beside the next year's plan (county_plan_execution_2025
///   line 54: `地区生产总值增长 % 6.5 6.8 6左右` under `2025年计划 2025年完成 2026年计划`);
/// - a plan and its outcome in one sentence (line 19: `地区生产总值计划增长6.5%，实际增长6.8%`) and
///   a bound after the goal's name (line 39: `控制在3.5%的计划目标以内`);
/// - a table aligned with spaces whose label wraps onto a line of its own (city_health_14th_plan
///   lines 60–61: `每千人口拥有3岁以下婴幼儿托位` / `数`), read on to its last row (line 67);
/// - a value dated before the plan in a chapter of goals (prefecture_territorial_spatial_plan line
///   24: `2020年全市常住人口486.2万人` under `第二章 目标定位与发展战略`).
#[test]
fn probes_round_15_by_reading() {
    let ctx = Context::new();
    let land = run("probes15/prefecture_territorial_spatial_plan", &ctx);
    let cells: Vec<_> = land
        .targets
        .iter()
        .filter(|t| t.span.line == 38)
        .map(|t| {
            (
                program_value(t),
                t.year,
                t.base.as_ref().map(|b| (b.year, b.value)),
            )
        })
        .collect();
    assert_eq!(
        cells,
        [
            (Some(vec![405.8]), Some(2025), Some((Some(2020), 412.36))),
            (Some(vec![405.8]), Some(2035), Some((Some(2020), 412.36)))
        ]
    );
    let t = target_at(&land, 38, 405.8).expect("cultivated land");
    assert_eq!(t.unit.as_deref(), Some("万亩"));
    let t = target_at(&land, 24, 486.2).expect("2020 population");
    assert_eq!((t.status, t.year), (Status::Actual, Some(2020)));

    let exec = run("probes15/county_plan_execution_2025", &ctx);
    let row: Vec<_> = exec
        .targets
        .iter()
        .filter(|t| t.span.line == 54)
        .map(|t| (program_value(t), t.status, t.year))
        .collect();
    assert_eq!(
        row,
        [
            (Some(vec![6.5]), Status::Target, Some(2025)),
            (Some(vec![6.8]), Status::Actual, Some(2025)),
            (Some(vec![6.0]), Status::Target, Some(2026))
        ]
    );
    let t = target_at(&exec, 19, 6.5).expect("planned growth");
    assert_eq!(t.status, Status::Target);
    assert_eq!(t.indicator.as_deref(), Some("地区生产总值"));
    assert_eq!(
        target_at(&exec, 19, 6.8).map(|t| t.status),
        Some(Status::Actual)
    );
    let t = target_at(&exec, 39, 3.5).expect("unemployment goal");
    assert_eq!(
        (t.status, json(&t.comparator)),
        (Status::Target, "<=".into())
    );

    let health = run("probes15/city_health_14th_plan", &ctx);
    let t = target_at(&health, 60, 4.5).expect("the wrapped row");
    assert_eq!(
        t.indicator.as_deref(),
        Some("每千人口拥有3岁以下婴幼儿托位数")
    );
    assert!(
        target_at(&health, 67, 90.0).is_some(),
        "the table's last row"
    );
}

/// Read by reading rounds 16 and 17 of the written probes (fixtures/probes16, probes17):
/// - a coefficient and an income ratio from their base to their value (probes16
///   water_resources_14th_plan lines 15–16: `农田灌溉水有效利用系数由2015年的0.512提` / `高到0.548`;
///   probes17 county_rural_revitalization_14th_plan line 37: `城乡居民收入比缩小到2以内`);
/// - a table continued under `续表` after a page break, and a return period as a unit (water plan
///   line 63: `9.中心城区防洪标准（年一遇） 50 100`);
/// - a number on a short line whose unit opens the next (probes16 autonomous_county_gwr_2024 lines
///   29–30: `搬迁群众4860` / `户、21350人。`);
/// - a negative value (probes16 district_gwr_2024_livelihood line 17: `增速为-3.4%`);
/// - a budget table's `科目` label column and its caption's unit (probes17 city_budget_report_2024
///   lines 64–66: `表1 …支出安排表（单位：亿元）` over `一般公共服务支出 14.2 1.4`);
/// - a named document's proposal after a year of its own sentence (probes17
///   province_15th_proposal_explanation line 64: `全省森林覆盖率预计2025年达到58.6%，《建议》提出
///   稳定在59%` / `以上`) and a year multiplied (line 48: `达到2025`/`年的1.5倍`) dates nothing.
#[test]
fn probes_rounds_16_and_17_by_reading() {
    let ctx = Context::new();
    let water = run("probes16/water_resources_14th_plan", &ctx);
    let t = target_at(&water, 15, 0.548).expect("irrigation coefficient");
    assert_eq!(t.base.map(|b| (b.year, b.value)), Some((Some(2015), 0.512)));
    let t = target_at(&water, 63, 100.0).expect("flood standard after 续表");
    assert_eq!(t.unit.as_deref(), Some("年一遇"));
    assert_eq!(t.base.map(|b| b.value), Some(50.0));
    let rural = run("probes17/county_rural_revitalization_14th_plan", &ctx);
    let t = target_at(&rural, 37, 2.0).expect("income ratio");
    assert_eq!(t.indicator.as_deref(), Some("城乡居民收入比"));
    assert_eq!(
        (t.status, json(&t.comparator)),
        (Status::Target, "<=".into())
    );
    let aut = run("probes16/autonomous_county_gwr_2024", &ctx);
    let t = target_at(&aut, 28, 4860.0).expect("relocated households");
    assert_eq!(t.unit.as_deref(), Some("户"));
    assert!(target_at(&aut, 28, 21350.0).is_some());
    let district = run("probes16/district_gwr_2024_livelihood", &ctx);
    let t = target_at(&district, 16, -3.4).expect("negative growth");
    assert_eq!((t.unit.as_deref(), t.status), (Some("%"), Status::Actual));
    let budget = run("probes17/city_budget_report_2024", &ctx);
    let t = target_at(&budget, 66, 14.2).expect("budget line");
    assert_eq!((t.unit.as_deref(), t.year), (Some("亿元"), Some(2024)));
    assert_eq!(t.indicator.as_deref(), Some("一般公共服务支出"));
    let prop = run("probes17/province_15th_proposal_explanation", &ctx);
    let t = target_at(&prop, 64, 59.0).expect("proposed forest cover");
    assert_eq!((t.status, t.year), (Status::Target, Some(2030)));
    assert_eq!(target_at(&prop, 48, 1.5).and_then(|t| t.year), Some(2030));
}

/// Read by reading rounds 18 and 19 of the written probes (fixtures/probes18, probes19):
/// - an HTML table whose `2025年` spans `目标值` and `年均增长[累计]`, with `&ge;2.6` cells
///   (probes18 city_14th_plan_toc_html_table line 66: `…研究与试验发展经费投入强度（%）</td><td>
///   2.1</td><td>&ge;2.6</td><td>[0.5]</td>`);
/// - a table whose label column is headed `污染物` (probes18 national_energy_saving_special_plan line
///   52: `化学需氧量 2564.8 2359.6 〔8〕 316 约束性` under `2020年排放量（万吨） 2025年排放量（万吨）`);
/// - a bulletin of the state of the environment reports its year (probes18
///   prefecture_ecology_bulletin_2022 line 9), and an amount by name tagged as a verb is an
///   indicator (line 90: `罚没款1268.5万元`);
/// - a table of townships' columns (probes19 county_poverty_consolidation_2022 line 25: `脱贫户数（户）
///   2846 1732 …` under `指标 桐溪镇 上坪乡 …`) in a report on a year's work;
/// - trains counted (probes19 province_gwr_2024_mixed_latin line 25: `开行1,026列`).
#[test]
fn probes_rounds_18_and_19_by_reading() {
    let ctx = Context::new();
    let html = run("probes18/city_14th_plan_toc_html_table", &ctx);
    let t = target_at(&html, 66, 2.6).expect("R&D intensity goal");
    assert_eq!((json(&t.comparator), t.year), (">=".into(), Some(2025)));
    assert_eq!(t.base.map(|b| b.value), Some(2.1));
    let t = target_at(&html, 66, 0.5).expect("cumulative rise");
    assert!(t.cumulative);
    let energy = run("probes18/national_energy_saving_special_plan", &ctx);
    // `污染物 | 2020年排放量（万吨）| 2025年排放量（万吨）| …`: the columns' measure names the values
    // (session 12; the helper's `化学需氧量 2025年排放量`).
    let t = target_at(&energy, 52, 2359.6).expect("COD in 2025");
    assert_eq!(t.indicator.as_deref(), Some("化学需氧量排放量"));
    assert_eq!(
        t.base.map(|b| (b.year, b.value)),
        Some((Some(2020), 2564.8))
    );
    let eco = run("probes18/prefecture_ecology_bulletin_2022", &ctx);
    let t = target_at(&eco, 9, 31.0).expect("PM2.5");
    assert_eq!((t.status, t.year), (Status::Actual, Some(2022)));
    let t = target_at(&eco, 90, 1268.5).expect("fines");
    assert_eq!(t.indicator.as_deref(), Some("罚没款"));
    let pov = run("probes19/county_poverty_consolidation_2022", &ctx);
    let t = target_at(&pov, 25, 2846.0).expect("a township's households");
    assert_eq!(t.indicator.as_deref(), Some("桐溪镇脱贫户数"));
    assert_eq!((t.status, t.year), (Status::Actual, Some(2022)));
    let t = target_at(&pov, 25, 12418.0).expect("the total");
    assert_eq!(t.indicator.as_deref(), Some("脱贫户数"));
    let prov = run("probes19/province_gwr_2024_mixed_latin", &ctx);
    let t = target_at(&prov, 25, 1026.0).expect("freight trains");
    assert_eq!(t.unit.as_deref(), Some("列"));
}

/// Read by reading round 20 of the written probes: a pipe table of tasks whose `具体目标` cells are
/// prose (probes20 county_rural_action_plan_2023 line 39: `| 1 | 稳定粮食生产 | 粮食播种面积稳定在
/// 46.8万亩以上，总产量19.2万吨以上；其中大豆种植面积1.6万亩 | 县农业农村局，各乡镇 | 2023年10月底 |`):
/// each cell read as prose, its values the year's targets.
#[test]
fn probes_round_20_by_reading() {
    let ctx = Context::new();
    let plan = run("probes20/county_rural_action_plan_2023", &ctx);
    let t = target_at(&plan, 39, 46.8).expect("grain area");
    assert_eq!(t.indicator.as_deref(), Some("粮食播种面积"));
    assert_eq!(
        (t.status, t.year, json(&t.comparator)),
        (Status::Target, Some(2023), ">=".into())
    );
    assert!(target_at(&plan, 39, 1.6).is_some());
}

/// Read by reading round 21 of the written probes:
/// - key-value lines, one value a line (probes21 county_health_work_summary_2023 lines 12–15:
///   `孕产妇死亡率：0/10万`, `婴儿死亡率：３．２‰`, `人均预期寿命：78.9岁`), under `一、2023年工作完成情况`;
/// - a statistics bureau's `2024年前三季度桐渊市经济运行情况` reports 2024's outcomes (probes21
///   city_economy_jan_sep_2024 lines 10–11: `前三季度全市实现地区生产总值` / `2468.37亿元`);
/// - a plan titled with twenty years dates its goals by its last (probes21
///   city_master_plan_2011_2030 line 35: `规划期内市域耕地保有量不低于426万亩`).
#[test]
fn probes_round_21_by_reading() {
    let ctx = Context::new();
    let h = run("probes21/county_health_work_summary_2023", &ctx);
    for (line, value, name, unit) in [
        (12, 0.0, "孕产妇死亡率", "/10万"),
        (13, 3.2, "婴儿死亡率", "‰"),
        (15, 78.9, "人均预期寿命", "岁"),
    ] {
        let t = target_at(&h, line, value).expect(name);
        assert_eq!(
            (t.indicator.as_deref(), t.unit.as_deref()),
            (Some(name), Some(unit))
        );
        assert_eq!((t.status, t.year), (Status::Actual, Some(2023)));
    }
    let e = run("probes21/city_economy_jan_sep_2024", &ctx);
    let t = target_at(&e, 10, 2468.37).expect("GDP of three quarters");
    assert_eq!((t.status, t.year), (Status::Actual, Some(2024)));
    let m = run("probes21/city_master_plan_2011_2030", &ctx);
    let t = target_at(&m, 35, 426.0).expect("cultivated land");
    assert_eq!((t.status, t.year), (Status::Target, Some(2030)));
}

/// What round 15's rules changed in the earlier fixtures, each line read: a value dated before the
/// plan is achieved in any section (beijing_15th_fyp_2026 line 614, a table note: `2025年入托率为
/// 10.14%` in a 2026–2030 plan; probes6 prefecture_13th_plan_appendix line 5: `2015年全市地区生产总值
/// 达到1950亿元` under `第一节 主要目标` of a 十三五 plan); a bound after the goal's name (probes6
/// city_14th_midterm_review line 27: `均控制在5.5%的目标以内`); a breadcrumb is no title (probes6
/// county_gwr_2018_html), nor a document number part of one (probes4 city_implementation_opinion),
/// and a plan execution report has its title (probes7 province_plan_execution_2023); working days
/// are a unit.
#[test]
fn session_10_fixture_changes_by_reading() {
    let ctx = Context::new();
    let b = run("beijing_15th_fyp_2026", &ctx);
    let t = target_at(&b, 614, 10.14).expect("2025 nursery enrolment");
    assert_eq!((t.status, t.year), (Status::Actual, Some(2025)));
    let p = run("probes6/prefecture_13th_plan_appendix", &ctx);
    let t = target_at(&p, 5, 1950.0).expect("2015 GDP");
    assert_eq!((t.status, t.year), (Status::Actual, Some(2015)));
    let m = run("probes6/city_14th_midterm_review", &ctx);
    let t = target_at(&m, 27, 5.5).expect("unemployment goal");
    assert_eq!(
        (t.status, json(&t.comparator)),
        (Status::Target, "<=".into())
    );
    let g = run("probes6/county_gwr_2018_html", &ctx);
    assert_eq!(g.title.as_deref(), Some("2018年亥县人民政府工作报告"));
    let o = run("probes4/city_implementation_opinion", &ctx);
    assert_eq!(o.region.as_deref(), Some("寅市"));
    assert_eq!(
        o.title.as_deref(),
        Some("寅市人民政府关于推动制造业高质量发展的实施意见")
    );
    let e = run("probes7/province_plan_execution_2023", &ctx);
    assert!(
        e.title
            .as_deref()
            .is_some_and(|t| t.ends_with("计划草案的报告"))
    );
    // Round 17's income ratios keep their 比: gwr_2025_guangdong line 16 `城乡居民收入比缩小至
    // 2.31:1`; beijing_15th_fyp_2026 lines 2574–2575 `城乡居` / `民人均可支配收入比缩小到2.15`, a
    // goal it had missed (a unitless value).
    let g = run("gwr_2025_guangdong", &ctx);
    assert!(g.targets.iter().any(|t| t.span.line == 16
        && t.indicator.as_deref() == Some("城乡居民收入比")
        && program_value(t) == Some(vec![2.31, 1.0])));
    let t = target_at(&b, 2574, 2.15).expect("Beijing's income ratio");
    assert_eq!(t.indicator.as_deref(), Some("城乡居民人均可支配收入比"));
    assert_eq!((t.status, t.year), (Status::Target, Some(2030)));
    // Round 19's `个工作日` unit: 002_yining_gwr_2023 line 43 `市场主体注册登记时间缩短到 1 个工作日`
    // (it read a count of 1 `个` named `工作日`); probes11 development_zone_report_2022 lines
    // 28–29 `企业开办` / `时间压缩至0.5个工作日`.
    let y = run("002_yining_gwr_2023", &ctx);
    let t = target_at(&y, 43, 1.0).expect("registration time");
    assert_eq!(t.indicator.as_deref(), Some("市场主体注册登记时间"));
    assert_eq!(t.unit.as_deref(), Some("个工作日"));
    let z = run("probes11/development_zone_report_2022", &ctx);
    let t = target_at(&z, 28, 0.5).expect("business start-up time");
    assert_eq!(t.indicator.as_deref(), Some("企业开办时间"));
}

/// The share of a year's budget reached is a rate of the revenue, as the share of a plan
/// (probes14 county_half_year_report_2023 lines 23–24: `…一般公共预算收入完成6.82亿元，同比增长`
/// / `9.1%，完成年度预算的55.6%`).
#[test]
fn budget_completion_shares_are_rates() {
    let ctx = Context::new();
    let doc = run("probes14/county_half_year_report_2023", &ctx);
    let t = target_over(&doc, 24, 55.6).expect("share of the budget");
    assert_eq!(t.indicator.as_deref(), Some("一般公共预算收入完成年度预算"));
    assert_eq!((t.year, t.status), (Some(2023), Status::Actual));
    assert!(target_at(&doc, 23, 6.82).is_some());
}

/// Modifiers listed before a shared head each name their own indicator in a `分别` list, read by
/// reading: 002_yining_gwr_2023 line 27 `城镇和农村居民人均可支配收入分别为 38985 元和 19970 元`,
/// 004_tacheng_13th_fyp line 33 `广播、电视覆盖率分别达到96.8% 和96.6%`, gwr_2003_national line
/// 148 `鄱阳湖、洞庭湖还湖面积分别达到８８０平方公里和６００平方公里`.
#[test]
fn modifiers_share_the_head_of_a_respective_list() {
    let ctx = Context::new();
    let indicator = |doc: &Document, line, v| target_at(doc, line, v).and_then(|t| t.indicator);
    let d2 = run("002_yining_gwr_2023", &ctx);
    assert_eq!(
        indicator(&d2, 27, 38985.0).as_deref(),
        Some("城镇居民人均可支配收入")
    );
    assert_eq!(
        indicator(&d2, 27, 19970.0).as_deref(),
        Some("农村居民人均可支配收入")
    );
    assert_eq!(
        indicator(&d2, 27, 8.1).as_deref(),
        Some("农村居民人均可支配收入")
    );
    let d4 = run("004_tacheng_13th_fyp", &ctx);
    assert_eq!(indicator(&d4, 33, 96.8).as_deref(), Some("广播覆盖率"));
    assert_eq!(indicator(&d4, 33, 96.6).as_deref(), Some("电视覆盖率"));
    let n = run("gwr_2003_national", &ctx);
    assert_eq!(indicator(&n, 148, 880.0).as_deref(), Some("鄱阳湖还湖面积"));
    assert_eq!(indicator(&n, 148, 600.0).as_deref(), Some("洞庭湖还湖面积"));
}

/// The program's target whose evidence runs over `line` with value `value`.
fn target_over(doc: &Document, line: usize, value: f64) -> Option<Target> {
    doc.targets
        .iter()
        .find(|t| evidence_lines(t).contains(&line) && program_value(t) == Some(vec![value]))
        .cloned()
}

/// Read by reading rounds 22–24 of the written probes (fixtures/probes22 … probes24):
/// - a table of performance targets (probes22 dept_performance_targets_2025 line 41: `| 产出指标 |
///   数量指标 | 高标准农田建设面积 | ≥1.2万亩 |` under `| 一级指标 | 二级指标 | 三级指标 | 指标值 |`)
///   in a document titled `澄岭县农业农村局2025年部门整体支出绩效目标`;
/// - an estimate's mark in a cell (probes22 prefecture_15th_outline_tab_table line 32: `2680（预计）`
///   in the 2025 column, the base of `3420` in 2030's);
/// - an infographic page (probes22 city_gwr_2025_infographic lines 9–12: `2024年成绩单` /
///   `经济运行稳中有进` / `1286.4亿元` / `地区生产总值`; lines 80–82: `2025年重点工作` /
///   `实施市级重大项目` / `260个`);
/// - a press conference on a plan's results (probes22 city_14th_review_press_conference lines
///   28–29: `研发经费投入强度` / `预计达到2.6%`);
/// - a report titled `榆岚县人民政府` / `关于提请审议调整2024年国民经济和社会发展计划` / `部分指标的
///   报告` is no plan (probes23 county_midyear_plan_adjustment_2024 line 20: `1—6月，全县实现地区
///   生产总值128.6亿元`);
/// - a column of outcomes headed `完成情况` under `一、2024年工作回顾` (probes24
///   county_gwr_2025_review_table line 16: `| 地区生产总值增长 | % | 6左右 | 6.3 | ✓ |`);
/// - a table with no year of its own in a plan titled with its years (probes21
///   city_master_plan_2011_2030 line 57: `居住用地 5696`, under `（2030年）`), and a notice issuing
///   a plan (probes14 industrial_park_special_plan line 2: `…关于印发《…产业发展规划（2021—2025年）》
///   的通知`);
/// - size classes, fertility rates and sex ratios (cited in the body).
#[test]
fn probes_rounds_22_to_24_by_reading() {
    let ctx = Context::new();
    let perf = run("probes22/dept_performance_targets_2025", &ctx);
    let t = target_at(&perf, 41, 1.2).expect("high-standard farmland");
    assert_eq!(
        (
            t.indicator.as_deref(),
            t.unit.as_deref(),
            json(&t.comparator)
        ),
        (Some("高标准农田建设面积"), Some("万亩"), ">=".into())
    );
    assert_eq!((t.status, t.year), (Status::Target, Some(2025)));
    let tab = run("probes22/prefecture_15th_outline_tab_table", &ctx);
    let t = target_at(&tab, 32, 3420.0).expect("GDP in 2030");
    assert_eq!(t.base.map(|b| b.value), Some(2680.0));
    let fig = run("probes22/city_gwr_2025_infographic", &ctx);
    let t = target_at(&fig, 11, 1286.4).expect("GDP over its label");
    assert_eq!(t.indicator.as_deref(), Some("地区生产总值"));
    assert_eq!(t.evidence, "1286.4亿元\n地区生产总值");
    assert_eq!((t.status, t.year), (Status::Actual, Some(2024)));
    // Labelled lines are items of their own, the value after its verb (lines 77–78:
    // `单位地区生产总值能耗：完成省下达目标任务` / `PM2.5平均浓度：控制在28微克/立方米以内`).
    let t = target_at(&fig, 78, 28.0).expect("PM2.5 after its label");
    assert_eq!(t.indicator.as_deref(), Some("PM2.5平均浓度"));
    assert_eq!((json(&t.comparator), t.year), ("<=".into(), Some(2025)));
    let t = target_at(&fig, 81, 260.0).expect("projects under their label");
    assert_eq!(t.indicator.as_deref(), Some("实施市级重大项目"));
    assert_eq!((t.status, t.year), (Status::Target, Some(2025)));
    let press = run("probes22/city_14th_review_press_conference", &ctx);
    let t = target_over(&press, 29, 2.6).expect("R&D intensity");
    assert_eq!((t.status, t.year), (Status::Actual, Some(2025)));
    let adj = run("probes23/county_midyear_plan_adjustment_2024", &ctx);
    assert_eq!(adj.kind, plancorpus::model::DocKind::Other);
    assert!(
        adj.title
            .as_deref()
            .is_some_and(|t| t.ends_with("部分指标的报告"))
    );
    let t = target_at(&adj, 20, 128.6).expect("GDP of six months");
    assert_eq!((t.status, t.year), (Status::Actual, Some(2024)));
    let review = run("probes24/county_gwr_2025_review_table", &ctx);
    let t = target_at(&review, 16, 6.3).expect("growth achieved");
    assert_eq!((t.status, t.year), (Status::Actual, Some(2024)));
    let t = target_at(&review, 16, 6.0).expect("growth planned");
    assert_eq!((t.status, t.year), (Status::Target, Some(2024)));
    let m = run("probes21/city_master_plan_2011_2030", &ctx);
    let t = target_at(&m, 57, 5696.0).expect("residential land");
    assert_eq!((t.status, t.year), (Status::Target, Some(2030)));
    let park = run("probes14/industrial_park_special_plan", &ctx);
    assert_eq!(park.kind, plancorpus::model::DocKind::FiveYearPlan);
    assert_eq!(park.period.map(|p| p.end_year), Some(2025));
    // A size class is no value (`新建5000吨级泊位4个`, probes24 county_15th_outline_markdown line
    // 97; `千万千瓦级煤电外送基地`, 004 line 660; `千万吨级大型炼化一体化基地`, 003 line 560).
    let md = run("probes24/county_15th_outline_markdown", &ctx);
    assert!(target_at(&md, 97, 5000.0).is_none());
    let t = target_at(&md, 97, 4.0).expect("berths");
    assert_eq!(t.indicator.as_deref(), Some("新建5000吨级泊位"));
    for (doc, line) in [
        ("004_tacheng_13th_fyp", 660),
        ("003_xinjiang_13th_fyp", 560),
    ] {
        assert!(target_at(&run(doc, &ctx), line, 1000.0).is_none(), "{doc}");
    }
    // A fertility rate and a sex ratio are unitless values (probes24 province_population_plan_15th
    // lines 17, 45: `总和生育率由2020年的1.41回落到2025年的1.31左右`, `出生人口性别比回归到105—107`).
    let pop = run("probes24/province_population_plan_15th", &ctx);
    let t = target_at(&pop, 17, 1.31).expect("fertility rate");
    assert_eq!(t.base.map(|b| b.value), Some(1.41));
    let t = target_at(&pop, 45, 105.0).expect("sex ratio");
    assert_eq!(t.indicator.as_deref(), Some("出生人口性别比"));
}

/// Spending named by `支出` alone after the year's revenue (jieba tags 支出 a verb): `一般公共预算
/// 收入12.5亿元，支出36.8亿元` is two amounts, as budget lines in work reports print them, and the
/// spending is the same budget's (`全市一般公共预算支出`, since session 13); so is probes17
/// city_budget_report_2024 line 33 (`全市社会保险基金预算收入214.3亿元，支出198.7亿元`), whose
/// helper expected both.
#[test]
fn spending_after_revenue_is_an_amount() {
    let ctx = Context::new();
    let text = "2023年全市一般公共预算收入12.5亿元，支出36.8亿元。\n";
    let doc = plancorpus::process(text.as_bytes(), "budget.txt", &ctx).unwrap();
    let t = target_at(&doc, 1, 36.8).expect("spending");
    assert_eq!(
        (t.indicator.as_deref(), t.unit.as_deref()),
        (Some("全市一般公共预算支出"), Some("亿元"))
    );
    let budget = run("probes17/city_budget_report_2024", &ctx);
    let t = target_at(&budget, 33, 198.7).expect("social insurance spending");
    assert_eq!((t.status, t.year), (Status::Actual, Some(2023)));
    assert_eq!(t.indicator.as_deref(), Some("全市社会保险基金预算支出"));
}

/// Read by reading rounds 25–30 of the written probes (fixtures/probes25 … probes30):
/// - a village table (probes25 township_15th_plan_village_table lines 61–63: `| 柘湾村 | 6820 |
///   128.5 | 220 | 商贸物流、农产品` / `加工 |` / `| 栖塘村 | 5140 | 86.2 | 150 | 茶叶、民宿 |` under
///   `| 村名 | 户籍人口（人） | 2025年村集体经济收入（万元） | 2030年目标（万元） | 主导产业 |`): the
///   wrapped row does not end the table, 户籍人口 is each village's 2025 figure, 主导产业 holds
///   words; line 91 `| 柘湾村 | 3.2 | 6.5 | 12 | 2027年 |` under `… | 完成时限 |`: due 2027;
/// - an OCR'd space table with no `序号` header (probes25 county_15th_outline_ocr_spaced line 75:
///   `      3  人均地区生产总值        元            68500       93000     预期性`);
/// - a rate per unit printed first (probes26 national_urbanization_special_plan_15th line 18:
///   `城市建成区路网密度提高到每平方公里7.6公里`; probes26 prefecture_gwr_2025_chinese_numerals
///   line 42: `PM2.5平均浓度下降到每立方米二十九微` / `克`);
/// - a plan's share reached (probes15 county_plan_execution_2025 lines 21–22: `一般公共预算收入计划
///   完成16.2亿元，实际完成16.95` / `亿元，完成计划的１０４．６％`);
/// - labelled list lines (probes27 county_health_plan_list_indicators lines 39, 47:
///   `3.婴儿死亡率（‰）：≤3.5（2025年：3.1）（约束性）`, `9.每千人口医疗卫生机构床位数（张）：7.0
///   （2025年：6.2）（预期性）`);
/// - a plan's mid-term evaluation (probes28 county_plan_midterm_evaluation_2028 lines 1–2: its
///   title on two lines; lines 37–43: its pipe table going on after `— 3 —` and the running
///   header, `| 13.地表水达到或好于Ⅲ类水体 | % | 85.7 | 90 | 92.9 | 超前 |` / `| 比例★ | | | | | |`;
///   lines 59–65: `二是研究与试验发展经费投入强度。2027年为1.78%`; line 54 `常住人口城镇化率达到
///   54.6%`, an outcome of 2027);
/// - a budget table headed `| 项目 | 2025年预算数 | 2025年执行数 | 2026年预算数 |` under `表1 …
///   单位：亿元` (probes27 city_budget_report_2026 lines 25–28);
/// - `十件民生实事` names a programme (probes27 district_gwr_2026_thousands_separators line 55);
/// - a plan's final evaluation (probes29 city_14th_final_evaluation_2026 lines 1–2, 11: `2025年，
///   全市地区生产总值达到3745亿` / `元`; lines 36–37: `| 12.每千人口拥有3岁以下婴幼儿` / `托位数 |
///   个 | 1.2 | 4.5 | 4.1 | 否 |`);
/// - years printed over a spaced header (probes29 prefecture_territorial_plan_2035 lines 80–83:
///   `2020年（基期年）  2035年（规划目标年）` over `用地类型  面积（平方公里）  占比（%）  …`, `耕地
///   4123.13  32.51  4082.53  32.19`);
/// - units printed under a spaced header (probes30 city_environment_bulletin_2025 lines 40–42:
///   `区县  PM2.5浓度  同比变化  优良天数` / `（微克/立方米）  （微克/立方米）  比例（%）` / `梧桐区  31
///   −3  86.3`);
/// - a series of stages (probes30 township_rural_revitalization_staged_targets lines 42–44: `…到2026`
///   / `年底，稻虾共养面积达到6000亩；到2027年底，达到8000亩；到` / `2028年底，突破1万亩，…`).
#[test]
fn probes_rounds_25_to_30_by_reading() {
    let ctx = Context::new();
    let village = run("probes25/township_15th_plan_village_table", &ctx);
    let t = target_at(&village, 63, 5140.0).expect("a row after the wrapped one");
    assert_eq!(t.indicator.as_deref(), Some("栖塘村户籍人口"));
    assert_eq!((t.status, t.year), (Status::Actual, Some(2025)));
    assert!(
        !village
            .targets
            .iter()
            .any(|t| t.span.line == 61 && t.value.is_none()),
        "主导产业 holds words, no target"
    );
    let t = target_at(&village, 91, 3.2).expect("roads of 柘湾村");
    assert_eq!(t.indicator.as_deref(), Some("柘湾村新改建道路"));
    assert_eq!((t.status, t.year), (Status::Target, Some(2027)));
    let ocr = run("probes25/county_15th_outline_ocr_spaced", &ctx);
    let t = target_at(&ocr, 75, 93000.0).expect("a row without a category cell");
    assert_eq!(t.indicator.as_deref(), Some("人均地区生产总值"));
    assert_eq!(
        t.base.map(|b| (b.year, b.value)),
        Some((Some(2025), 68500.0))
    );
    let urban = run("probes26/national_urbanization_special_plan_15th", &ctx);
    let t = target_at(&urban, 18, 7.6).expect("road density");
    assert_eq!(t.unit.as_deref(), Some("公里/平方公里"));
    assert_eq!(t.evidence, "城市建成区路网密度提高到每平方公里7.6公里");
    let numerals = run("probes26/prefecture_gwr_2025_chinese_numerals", &ctx);
    let t = target_at(&numerals, 42, 29.0).expect("PM2.5 in Chinese numerals");
    assert_eq!(t.unit.as_deref(), Some("微克/立方米"));
    let exec = run("probes15/county_plan_execution_2025", &ctx);
    let t = target_over(&exec, 21, 104.6).expect("share of the plan");
    assert_eq!(t.indicator.as_deref(), Some("一般公共预算收入完成计划"));
    assert_eq!((t.status, t.year), (Status::Actual, Some(2025)));
    let health = run("probes27/county_health_plan_list_indicators", &ctx);
    let t = target_at(&health, 39, 3.5).expect("infant mortality");
    assert_eq!(
        (
            t.indicator.as_deref(),
            t.unit.as_deref(),
            json(&t.comparator)
        ),
        (Some("婴儿死亡率"), Some("‰"), "<=".into())
    );
    let t = target_at(&health, 47, 7.0).expect("beds");
    assert_eq!(t.unit.as_deref(), Some("张"));
    let mid = run("probes28/county_plan_midterm_evaluation_2028", &ctx);
    assert!(
        mid.title
            .as_deref()
            .is_some_and(|t| t.ends_with("纲要实施情况中期评估报告"))
    );
    assert_eq!(mid.region.as_deref(), Some("沅丘县"));
    let t = target_at(&mid, 41, 29.0).expect("PM2.5 after the page break");
    assert_eq!((t.status, t.year), (Status::Actual, Some(2027)));
    let t = target_at(&mid, 42, 92.9).expect("the wrapped label's row");
    assert!(
        t.indicator
            .as_deref()
            .is_some_and(|i| i.contains("水体比例"))
    );
    // `★` marks binding rows, the rest are expected (line 45: `注：1.带★的为约束性指标，其余为预期
    // 性指标`); the mark is no part of the name.
    assert_eq!(t.binding, Some(plancorpus::model::Binding::Binding));
    assert_eq!(
        t.indicator.as_deref().map(|i| i.ends_with('★')),
        Some(false)
    );
    let t = target_at(&mid, 24, 386.2).expect("GDP in the table");
    assert_eq!(t.binding, Some(plancorpus::model::Binding::Expected));
    let t = target_at(&mid, 59, 1.78).expect("R&D intensity under its enumerated topic");
    assert_eq!(t.indicator.as_deref(), Some("研究与试验发展经费投入强度"));
    assert_eq!(t.year, Some(2027));
    let t = target_at(&mid, 54, 54.6).expect("urbanization in the evaluation");
    assert_eq!((t.status, t.year), (Status::Actual, Some(2027)));
    let t = target_at(&health, 47, 7.0).expect("beds");
    assert_eq!(t.base.map(|b| (b.year, b.value)), Some((Some(2025), 6.2)));
    assert_eq!(t.binding, Some(plancorpus::model::Binding::Expected));
    let budget = run("probes27/city_budget_report_2026", &ctx);
    let t = target_at(&budget, 28, 112.5).expect("revenue executed");
    assert_eq!(
        (t.indicator.as_deref(), t.unit.as_deref(), t.status, t.year),
        (
            Some("一般公共预算收入"),
            Some("亿元"),
            Status::Actual,
            Some(2025)
        )
    );
    let district = run("probes27/district_gwr_2026_thousands_separators", &ctx);
    assert!(
        target_at(&district, 55, 10.0).is_none(),
        "十件民生实事 is a name"
    );
    let fin = run("probes29/city_14th_final_evaluation_2026", &ctx);
    let t = target_over(&fin, 11, 3745.0).expect("GDP of 2025");
    assert_eq!((t.status, t.year), (Status::Actual, Some(2025)));
    let t = target_at(&fin, 37, 4.1).expect("the row wrapped inside its cell");
    assert_eq!(
        t.indicator.as_deref(),
        Some("每千人口拥有3岁以下婴幼儿托位数")
    );
    assert_eq!((t.status, t.year), (Status::Actual, Some(2025)));
    let land = run("probes29/prefecture_territorial_plan_2035", &ctx);
    let t = target_at(&land, 83, 4123.13).expect("farmland in 2020");
    assert_eq!(
        (t.indicator.as_deref(), t.status, t.year),
        (Some("耕地面积"), Status::Actual, Some(2020))
    );
    let t = target_at(&land, 83, 32.19).expect("farmland's share in 2035");
    assert_eq!((t.unit.as_deref(), t.year), (Some("%"), Some(2035)));
    let env = run("probes30/city_environment_bulletin_2025", &ctx);
    let t = target_at(&env, 42, -3.0).expect("change of PM2.5");
    assert_eq!(
        (t.indicator.as_deref(), t.unit.as_deref(), json(&t.kind)),
        (Some("梧桐区同比变化"), Some("微克/立方米"), "change".into())
    );
    let staged = run(
        "probes30/township_rural_revitalization_staged_targets",
        &ctx,
    );
    let t = target_over(&staged, 43, 8000.0).expect("the second stage");
    assert_eq!(t.indicator.as_deref(), Some("稻虾共养面积"));
    assert_eq!(t.year, Some(2027));
    // A pipe table printed without outer pipes (probes32 city_water_resources_15th_plan lines
    // 41–42: `序号 | 指标名称 | 单位 | 2025现状 | 2030目标 | 指标性质` / `1 | 用水总量 | 亿立方米 |
    // 12.36 | ≤13.5 | 约束性`); a half-year summary (probes32 township_2025_half_year_summary
    // lines 3, 13: `棠漪镇2025年上半年工作总结和下半年工作打算`, `1—6月，全镇完成规上工业总产值18.6
    // 亿元`); a unit per mu (probes32 industrial_park_15th_plan_intensity lines 14–15: `亩均税收由
    // 2020年的18.6万元/亩提高到` / `２６．４万元/亩`).
    let water = run("probes32/city_water_resources_15th_plan", &ctx);
    let t = target_at(&water, 42, 13.5).expect("water use in 2030");
    assert_eq!(
        (t.indicator.as_deref(), json(&t.comparator), t.binding),
        (
            Some("用水总量"),
            "<=".into(),
            Some(plancorpus::model::Binding::Binding)
        )
    );
    assert_eq!(t.base.map(|b| b.value), Some(12.36));
    let half = run("probes32/township_2025_half_year_summary", &ctx);
    let t = target_at(&half, 13, 18.6).expect("industrial output of six months");
    assert_eq!((t.status, t.year), (Status::Actual, Some(2025)));
    // A draft's struck value (probes34 county_15th_outline_draft_with_revision_notes line 38:
    // `地区生产总值年均增长~~6%~~ 6.5%左右`) is no value; a column of places among an enterprise
    // table's labels (probes34 prefecture_energy_saving_enterprise_targets lines 53–55: `| 序号 |
    // 企业名称 | 所在县（区） | 2025年综合能耗（万吨标准煤） | 2030年控制目标（万吨标准煤） | 单位产品
    // 能耗下降（%） |` over `| 1 | 栎川钢铁集团有限公司 | 栎东区 | 186.4 | 178.0 | 8.5 |`).
    let draft = run(
        "probes34/county_15th_outline_draft_with_revision_notes",
        &ctx,
    );
    assert!(draft.targets.iter().all(|t| {
        !(t.span.line == 38
            && program_value(t) == Some(vec![6.0])
            && t.indicator.as_deref() == Some("地区生产总值"))
    }));
    assert!(target_over(&draft, 38, 6.5).is_some());
    let firms = run("probes34/prefecture_energy_saving_enterprise_targets", &ctx);
    let t = target_at(&firms, 55, 178.0).expect("the steelworks' cap");
    assert_eq!(
        (t.indicator.as_deref(), t.unit.as_deref(), t.year),
        (Some("栎川钢铁集团有限公司"), Some("万吨标准煤"), Some(2030))
    );
    assert_eq!(t.base.map(|b| b.value), Some(186.4));
    let t = target_at(&firms, 55, 8.5).expect("the steelworks' cut per product");
    assert_eq!(
        (t.unit.as_deref(), json(&t.kind), t.year),
        (Some("%"), "change".into(), Some(2030))
    );
    // One-row tables of a year's projects (probes33 city_livelihood_projects_report_2025_tables
    // lines 22–24: `| 项目 | 年度目标 | 完成情况 | 完成率 |` over `| 城镇老旧小区改造 | 86个 | 91个 |
    // 105.8% |`) in a report on the year's outcomes: the goal planned, the rest achieved.
    let works = run("probes33/city_livelihood_projects_report_2025_tables", &ctx);
    let t = target_at(&works, 24, 86.0).expect("the goal");
    assert_eq!(
        (t.status, t.year, t.unit.as_deref()),
        (Status::Target, Some(2025), Some("个"))
    );
    let t = target_at(&works, 24, 91.0).expect("the outcome");
    assert_eq!((t.status, t.year), (Status::Actual, Some(2025)));
    let park = run("probes32/industrial_park_15th_plan_intensity", &ctx);
    let t = target_over(&park, 15, 26.4).expect("tax per mu");
    assert_eq!(t.unit.as_deref(), Some("万元/亩"));
    let t = target_over(&staged, 44, 1.0).expect("the third stage, across the line");
    assert_eq!(
        (t.indicator.as_deref(), t.year),
        (Some("稻虾共养面积"), Some(2028))
    );
}

/// Prose rules of session 12, read from the lines cited:
/// - `全市降水pH年均值为6.12` and `全市生态质量指数（EQI）为68.3` are unitless values
///   (probes18 prefecture_ecology_bulletin_2022 lines 44, 75);
/// - `时间：2025年12月18日（星期四）上午10:00` holds no ratio (probes22 city_14th_review_press_conference
///   line 5);
/// - meetings held are counted by no target (probes32 township_2025_half_year_summary line 52);
/// - a span of years names nothing: `全市地区生产总值达到3860亿元左右，` / `2020年为2915亿元，五年年均增长
///   5.8%` (the same, lines 23–24),
///   `固定资产投资保持稳定增长，五年累计完成524.87亿元` (001_yining_14th_fyp line 198).
#[test]
fn session_12_prose_by_reading() {
    let ctx = Context::new();
    let eco = run("probes18/prefecture_ecology_bulletin_2022", &ctx);
    let t = target_at(&eco, 44, 6.12).expect("pH");
    assert_eq!(
        (t.unit.as_deref(), t.status, t.year),
        (None, Status::Actual, Some(2022))
    );
    assert!(
        target_at(&eco, 75, 68.3)
            .is_some_and(|t| t.indicator.is_some_and(|i| i.contains("生态质量指数")))
    );
    let press = run("probes22/city_14th_review_press_conference", &ctx);
    assert!(press.targets.iter().all(|t| t.span.line != 5));
    let t = target_over(&press, 24, 5.8).expect("five years' growth");
    assert_eq!(t.indicator.as_deref(), Some("全市地区生产总值"));
    assert_eq!(json(&t.kind), "annual_growth");
    let yining = run("001_yining_14th_fyp", &ctx);
    let t = target_at(&yining, 198, 524.87).expect("five years' investment");
    assert_eq!(t.indicator.as_deref(), Some("固定资产投资"));
    // Meetings held are no indicator (probes32 township_2025_half_year_summary line 52:
    // `上半年共召开党委会议12次、专题会议8次，开展“三会一课”等主题活动36`).
    let half = run("probes32/township_2025_half_year_summary", &ctx);
    assert!(half.targets.iter().all(|t| t.span.line != 52));
}

/// Read by reading session 13's cases: an editor's note set into a draft is no part of the text
/// (probes34 county_15th_outline_draft_with_revision_notes): line 19 `新建省级以上研发平台１４个
/// 〔编者注：原稿为16个，含2个市级平台，…〕` gives 14 only; line 84 `新材料产业集群产值突破150亿元
/// 〔编者注：原稿为200亿元，…` gives 150 only; line 77, a line `【修改说明：第8项目标值原为7%，…调整为
/// 6.5%；…】`, gives nothing.
#[test]
fn session_13_by_reading() {
    let ctx = Context::new();
    let draft = run(
        "probes34/county_15th_outline_draft_with_revision_notes",
        &ctx,
    );
    assert!(target_at(&draft, 19, 14.0).is_some());
    assert!(target_at(&draft, 19, 16.0).is_none());
    assert!(target_at(&draft, 19, 2.0).is_none());
    assert!(target_over(&draft, 84, 150.0).is_some());
    assert!(target_over(&draft, 84, 200.0).is_none());
    assert!(draft.targets.iter().all(|t| t.span.line != 77));
    // A budget report (probes34 city_congress_budget_review_opinion_2026): line 48 `全市国有资本
    // 经营预算收入安排6.6亿元，增长3.9%；支出安排4.3亿元` — the bare spending is that budget's, and
    // `安排` ends no name; line 50's `支出安排256.4亿元，增长6.3%` carries it to the growth; line 18
    // `为预算的101.2%` is a completion share (`预算` is a verb to jieba).
    let budget = run("probes34/city_congress_budget_review_opinion_2026", &ctx);
    let name = |line, v| target_at(&budget, line, v).and_then(|t| t.indicator);
    assert_eq!(name(48, 6.6).as_deref(), Some("全市国有资本经营预算收入"));
    assert_eq!(name(48, 4.3).as_deref(), Some("全市国有资本经营预算支出"));
    assert_eq!(name(50, 256.4).as_deref(), Some("全市社会保险基金支出"));
    assert_eq!(name(50, 6.3).as_deref(), Some("全市社会保险基金支出"));
    let t = target_at(&budget, 18, 101.2).expect("completion share");
    assert_eq!((json(&t.kind).as_str(), t.status), ("rate", Status::Actual));
    // A web report with each part's paragraphs on one line, joined by wide spaces (probes35
    // county_gwr_2027_one_line line 17: `…分别增长5.0%、6.6%。\u{3000}\u{3000}一年来，…`): prose,
    // not a table row — `全年实现地区生产总值312.6亿元` is 2026's outcome, and line 25's
    // `全年安排重点项目130个` a 2027 target.
    let web = run("probes35/county_gwr_2027_one_line", &ctx);
    let t = target_at(&web, 17, 312.6).expect("GDP on the one-line part");
    assert_eq!((t.status, t.year), (Status::Actual, Some(2026)));
    let t = target_at(&web, 25, 130.0).expect("projects planned");
    assert_eq!((t.status, t.year), (Status::Target, Some(2027)));
    // Divisions in black brackets (probes36 county_gwr_2027_spaced_numbers line 52:
    // `【2027年重点工作】`): line 55's `全年安排重大项目210个` is planned for 2027.
    let spaced = run("probes36/county_gwr_2027_spaced_numbers", &ctx);
    let t = target_at(&spaced, 55, 210.0).expect("projects planned");
    assert_eq!((t.status, t.year), (Status::Target, Some(2027)));
    // Decimal headings (probes36 new_urbanization_plan_decimal_numbering): `1.1 发展基础` over
    // line 20's `户籍人口城镇化率达到48.2%` makes it 2025's outcome (the year before the plan's
    // `2026—2035`), and `1.4.1 到2030年` over line 48 dates `常住人口城镇化率达到68%左右` 2030.
    let urban = run("probes36/new_urbanization_plan_decimal_numbering", &ctx);
    let labels: Vec<Option<&str>> = urban.sections.iter().map(|s| s.label.as_deref()).collect();
    assert!(labels.contains(&Some("1.1")) && labels.contains(&Some("2.3.4")));
    let t = target_at(&urban, 20, 48.2).expect("registered urbanization");
    assert_eq!((t.status, t.year), (Status::Actual, Some(2025)));
    let t = target_at(&urban, 48, 68.0).expect("urbanization 2030");
    assert_eq!((t.status, t.year), (Status::Target, Some(2030)));
    // A notice's title (probes26 city_livelihood_projects_completion_2025 lines 1–2:
    // `砚川市人民政府办公室` / `关于2025年市级民生实事项目完成情况的通报`) dates its values.
    let notice = run("probes26/city_livelihood_projects_completion_2025", &ctx);
    assert!(
        notice
            .title
            .as_deref()
            .is_some_and(|t| t.ends_with("完成情况的通报"))
    );
    let t = target_at(&notice, 58, 15.0).expect("approval time");
    assert_eq!(t.year, Some(2025));
    // A table of goals and progress (probes37 city_livelihood_progress_table_2026 line 20:
    // `| 1 | 新增公办幼儿园学位 | 新增公办幼儿园学位3000个 | 2640个 | 88.0% | 市教育局 |` under
    // `年度目标任务 | 截至9月底完成 | 完成率`): the goal is 2026's target, the bare `2640个` the
    // same indicator achieved, `88.0%` its completion rate; line 24 pairs `48个；4个` with
    // `提档升级村卫生室60个、乡镇卫生院6个` in order.
    let progress = run("probes37/city_livelihood_progress_table_2026", &ctx);
    let field = |line, v: f64| {
        target_at(&progress, line, v).map(|t| (t.indicator.unwrap_or_default(), t.status, t.year))
    };
    let name = "新增公办幼儿园学位".to_string();
    assert_eq!(
        field(20, 3000.0),
        Some((name.clone(), Status::Target, Some(2026)))
    );
    assert_eq!(
        field(20, 2640.0),
        Some((name.clone(), Status::Actual, Some(2026)))
    );
    assert_eq!(
        field(20, 88.0),
        Some((format!("{name}完成率"), Status::Actual, Some(2026)))
    );
    assert_eq!(
        field(24, 48.0).map(|f| f.0).as_deref(),
        Some("提档升级村卫生室")
    );
    assert_eq!(field(24, 4.0).map(|f| f.0).as_deref(), Some("乡镇卫生院"));
    // A table pasted as comma-separated values (probes36 city_digital_economy_15th_plan line 92:
    // `11,软件和信息技术服务业营业收入,亿元,720,"1,250",预期性` under `序号,指标名称,单位,2025年,
    // 2030年,属性`).
    let csv = run("probes36/city_digital_economy_15th_plan", &ctx);
    let t = target_at(&csv, 92, 1250.0).expect("the quoted value with its thousands separator");
    assert_eq!(
        (t.indicator.as_deref(), t.unit.as_deref(), t.year, t.status),
        (
            Some("软件和信息技术服务业营业收入"),
            Some("亿元"),
            Some(2030),
            Status::Target
        )
    );
    assert_eq!(t.base.map(|b| (b.year, b.value)), Some((Some(2025), 720.0)));
    // A table drawn with box-drawing characters (probes31 county_14th_plan_2021_abbrev_attributes
    // lines 86–99: `│序号│项目名称│主要建设内容│总投资（亿元）│建设年限│`) is a project table: seven
    // projects with their investments, none from the `│合　计 … │62.0│` row, and no targets.
    let drawn = run("probes31/county_14th_plan_2021_abbrev_attributes", &ctx);
    let names: Vec<&str> = drawn.projects.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names.len(), 7, "{names:?}");
    assert_eq!(names[0], "鹤汀至琅溪快速通道工程");
    assert!(
        drawn
            .targets
            .iter()
            .all(|t| !(88..=99).contains(&t.span.line))
    );
}

/// Read by reading rounds 39–41 of the written probes (session 14); each assertion cites the
/// line it was checked against.
#[test]
fn session_14_by_reading() {
    let ctx = Context::new();
    let name = |d: &Document, line, v| target_at(d, line, v).and_then(|t| t.indicator);
    // A table printed twice side by side (probes39 city_15th_outline_double_width_table line 68:
    // `| 全员劳动生产率（万元/人） | 18.6 | 24 | 预期性 | 常住人口城镇化率（%） | ６４.８ | 70 | 预期性 |`):
    // the right half's 70 is urbanization's 2030 target, based on 64.8 in 2025.
    let wide = run("probes39/city_15th_outline_double_width_table", &ctx);
    let t = target_at(&wide, 68, 70.0).expect("urbanization 2030");
    assert_eq!(t.indicator.as_deref(), Some("常住人口城镇化率"));
    assert_eq!(
        (t.status, t.year, t.unit.as_deref()),
        (Status::Target, Some(2030), Some("%"))
    );
    assert_eq!(t.base.map(|b| (b.year, b.value)), Some((Some(2025), 64.8)));
    // A review table (probes39 district_gwr_2027_review_table line 41: `地区生产总值  亿元  6左右
    // 1186.3  5.4  未达标` under `指标  单位  全年目标  完成值  增长（%）  完成情况`): the goal 6 is a
    // growth in %, the 5.4 after the outcome is achieved; line 48's `元  与经济增长同步  78450`
    // keeps its name, the unit standing under `单位`.
    let review = run("probes39/district_gwr_2027_review_table", &ctx);
    let t = target_at(&review, 41, 6.0).expect("growth goal");
    assert_eq!(
        (t.unit.as_deref(), json(&t.kind).as_str()),
        (Some("%"), "growth")
    );
    assert_eq!(
        target_at(&review, 41, 5.4).map(|t| t.status),
        Some(Status::Actual)
    );
    assert_eq!(
        name(&review, 48, 78450.0).as_deref(),
        Some("城镇居民人均可支配收入")
    );
    // An annex of indicator explanations (probes39 province_15th_outline_indicator_explanations):
    // the `×100%` of a formula (line 27), `每千名` (line 51) and an age bound (`16—59岁劳动年龄
    // 人口`, line 45) are no values; `（九）劳动年龄人口平均受教育年限。…2030年目标为11.7年` (line 104)
    // takes the topic's name, not `目标`.
    let annex = run(
        "probes39/province_15th_outline_indicator_explanations",
        &ctx,
    );
    for line in [27, 45, 51] {
        assert!(
            annex.targets.iter().all(|t| t.span.line != line),
            "line {line}"
        );
    }
    let t = target_at(&annex, 104, 11.7).expect("schooling 2030");
    assert_eq!(t.indicator.as_deref(), Some("劳动年龄人口平均受教育年限"));
    assert_eq!(t.year, Some(2030));
    assert_eq!(
        target_over(&annex, 119, 27.0)
            .and_then(|t| t.indicator)
            .as_deref(),
        Some("细颗粒物(PM2.5)平均浓度")
    );
    // Records of an open-data export (probes40 prefecture_indicator_open_data_export lines
    // 14–21: `指标名称：地区生产总值` … `目标值（2030年）：3170`).
    let open = run("probes40/prefecture_indicator_open_data_export", &ctx);
    let t = target_at(&open, 18, 3170.0).expect("GDP 2030");
    assert_eq!(t.indicator.as_deref(), Some("地区生产总值"));
    assert_eq!((t.year, t.unit.as_deref()), (Some(2030), Some("亿元")));
    assert_eq!(t.base.map(|b| b.value), Some(2368.4));
    // A dated speech (probes40 county_leader_speech_economic_work_2026, `（2025年12月26日）`):
    // line 17's `一般公共预算收入，预计能完成十点八个亿` is 2025's; line 57's `全年安排县级重点项目
    // 120个` after `明年` is 2026's goal; `四件大事` (line 54) and `前20名` (line 66) are no values.
    let speech = run("probes40/county_leader_speech_economic_work_2026", &ctx);
    let t = target_at(&speech, 17, 10.8).expect("revenue");
    assert_eq!(t.indicator.as_deref(), Some("一般公共预算收入"));
    assert_eq!(t.year, Some(2025));
    let t = target_over(&speech, 57, 120.0).expect("projects");
    assert_eq!((t.status, t.year), (Status::Target, Some(2026)));
    assert!(target_at(&speech, 54, 4.0).is_none());
    assert!(target_at(&speech, 66, 20.0).is_none());
    // A work report's section `二、“十五五”时期主要目标和2026年工作总体要求` (probes40
    // city_gwr_2026_two_column_pdf line 63): line 70's `城镇新增就业6.5万人以上` is 2026's.
    let gwr = run("probes40/city_gwr_2026_two_column_pdf", &ctx);
    assert_eq!(target_at(&gwr, 70, 6.5).and_then(|t| t.year), Some(2026));
    // A yearbook's table with dotted leaders and section rows (probes41
    // county_statistics_yearbook_excerpt_2025 lines 13–26, edition `栖梧统计年鉴·2026`): 2025's
    // outcomes; `下降2.3` in the growth column is −2.3.
    let book = run("probes41/county_statistics_yearbook_excerpt_2025", &ctx);
    let t = target_at(&book, 14, 356.8).expect("GDP");
    assert_eq!((t.status, t.year), (Status::Actual, Some(2025)));
    assert_eq!(name(&book, 26, -2.3).as_deref(), Some("粮食总产量"));
    assert_eq!(name(&book, 22, 0.9).as_deref(), Some("常住人口城镇化率"));
    // `附件：` alone over its title `2026年省重点民生实事` (probes41
    // province_gwr_2026_annex_livelihood_list lines 85–87): the annex's items are 2026's plans.
    let annex = run("probes41/province_gwr_2026_annex_livelihood_list", &ctx);
    let t = target_at(&annex, 89, 120.0).expect("kindergartens");
    assert_eq!((t.status, t.year), (Status::Target, Some(2026)));
    // A goal named `目标` under a colon label (probes28 county_plan_midterm_evaluation_2028 line
    // 80: `2.研究与试验发展经费投入强度：2030年目标由2.2%调整为2.0%`).
    let mid = run("probes28/county_plan_midterm_evaluation_2028", &ctx);
    assert_eq!(
        name(&mid, 80, 2.0).as_deref(),
        Some("研究与试验发展经费投入强度")
    );
    // A Q&A page on the 2027 work report (probes36 province_gwr_2027_policy_qa): line 57's
    // answer to `问：扩大有效需求方面，报告提出了哪些具体目标？` plans 2027; line 74's `2026年，…
    // 常住人口城镇化率达到63.2%` was achieved.
    let qa = run("probes36/province_gwr_2027_policy_qa", &ctx);
    let t = target_at(&qa, 57, 5.0).expect("investment growth");
    assert_eq!((t.status, t.year), (Status::Target, Some(2027)));
    let t = target_over(&qa, 74, 63.2).expect("urbanization 2026");
    assert_eq!((t.status, t.year), (Status::Actual, Some(2026)));
}

/// Read by reading rounds 42 and 43 of the written probes (session 14).
#[test]
fn session_14_rounds_42_43_by_reading() {
    let ctx = Context::new();
    // A bilingual report (probes42 city_gwr_2026_bilingual line 26: `GDP grew by 5.6% to
    // 684.27 billion yuan`): the English paragraphs give nothing.
    let bi = run("probes42/city_gwr_2026_bilingual", &ctx);
    assert!(bi.targets.iter().all(|t| !t.evidence.contains("grew")));
    // A CMS export (probes42 county_15th_plan_cms_markdown_export): the front matter (lines
    // 1–9) is no title; line 67's `40120[^2]` is 40120 under `2025年` in a 十五五 plan, achieved.
    let cms = run("probes42/county_15th_plan_cms_markdown_export", &ctx);
    assert!(
        cms.title
            .as_deref()
            .is_some_and(|t| t.starts_with("汀岚县"))
    );
    let t = target_at(&cms, 67, 40120.0).expect("income 2025");
    assert_eq!((t.status, t.year), (Status::Actual, Some(2025)));
    // A monthly bulletin titled `2026年1—10月全市经济运行简况` (probes42
    // city_economy_bulletin_jan_oct_2026 line 12): 2026's outcomes.
    let bulletin = run("probes42/city_economy_bulletin_jan_oct_2026", &ctx);
    let t = target_at(&bulletin, 12, 6.8).expect("industry growth");
    assert_eq!((t.status, t.year), (Status::Actual, Some(2026)));
    // Cells of a value and its growth (probes43 city_annual_plan_report_value_growth_cells line
    // 73: `| 1 | 地区生产总值 | 亿元 | 6%左右 | 2368.4（5.6%） | 2510左右（5.5%左右） |`).
    let cells = run("probes43/city_annual_plan_report_value_growth_cells", &ctx);
    let t = target_at(&cells, 73, 2368.4).expect("GDP 2025");
    assert_eq!(
        (t.status, t.unit.as_deref()),
        (Status::Actual, Some("亿元"))
    );
    let t = target_at(&cells, 73, 5.6).expect("its growth");
    assert_eq!(
        (json(&t.kind).as_str(), t.unit.as_deref()),
        ("growth", Some("%"))
    );
    let t = target_at(&cells, 73, 6.0).expect("growth goal");
    assert_eq!(json(&t.kind), "growth");
    assert_eq!(target_at(&cells, 73, 5.5).map(|t| t.year), Some(Some(2026)));
    // A number broken after its decimal point (probes43
    // province_gwr_2026_digits_split_across_lines lines 16–17: `城镇新增就业78.` / `4万人`).
    let split = run("probes43/province_gwr_2026_digits_split_across_lines", &ctx);
    assert!(target_at(&split, 16, 78.4).is_some());
    // OCR's full stop for a point (probes43 county_11th_plan_2006_ocr_errors line 22:
    // `增长12。1%`).
    let ocr = run("probes43/county_11th_plan_2006_ocr_errors", &ctx);
    assert!(target_over(&ocr, 22, 12.1).is_some());
    // Minutes (probes43 district_meeting_minutes_task_assignment line 25: `由区发改局牵头，…
    // 2026年6月底前完成固定资产投资85亿元`): a task, planned for 2026.
    let minutes = run("probes43/district_meeting_minutes_task_assignment", &ctx);
    let t = target_over(&minutes, 25, 85.0).expect("investment task");
    assert_eq!((t.status, t.year), (Status::Target, Some(2026)));
}

/// Read by reading rounds 44 and 45 of the written probes (session 14).
#[test]
fn session_14_rounds_44_45_by_reading() {
    let ctx = Context::new();
    // An infographic's arrows (probes44 county_gwr_2026_wechat_article line 18: `💰 一般公共预算
    // 收入 12.3亿元 ↑5.2%`): the growth of the amount before it; the emoji is no part of the name.
    let wechat = run("probes44/county_gwr_2026_wechat_article", &ctx);
    let t = target_at(&wechat, 18, 5.2).expect("revenue growth");
    assert_eq!(t.indicator.as_deref(), Some("一般公共预算收入"));
    assert_eq!(json(&t.kind), "growth");
    // A table given column by column (probes44 city_15th_plan_column_major_table lines 45–124):
    // the second name (line 51) meets the second 2030 value (line 96), based on line 81's 9.8.
    let cols = run("probes44/city_15th_plan_column_major_table", &ctx);
    let t = target_over(&cols, 96, 12.5).expect("GDP per head 2030");
    assert_eq!(t.indicator.as_deref(), Some("人均地区生产总值"));
    assert_eq!(t.base.map(|b| b.value), Some(9.8));
    // A header of two lines and category rows (probes44 province_15th_plan_two_line_header_table
    // lines 39–55: `（基期）（目标）（%）` under the years; `创新驱动` between rows; `10 劳动年龄…`).
    let two = run("probes44/province_15th_plan_two_line_header_table", &ctx);
    let t = target_at(&two, 54, 11.7).expect("schooling 2030");
    assert_eq!(t.indicator.as_deref(), Some("劳动年龄人口平均受教育年限"));
    assert!(target_at(&two, 46, 2.9).is_some());
    // A unit on a line of its own over a budget's table (probes44 district_department_budget_2026
    // line 39: `单位：万元`).
    let budget = run("probes44/district_department_budget_2026", &ctx);
    let t = target_at(&budget, 41, 18642.35).expect("total budget");
    assert_eq!((t.unit.as_deref(), t.year), (Some("万元"), Some(2026)));
    // Uyghur paragraphs repeating the Chinese values (probes45
    // autonomous_prefecture_gwr_2026_uyghur_bilingual line 20): nothing read from them.
    let uy = run(
        "probes45/autonomous_prefecture_gwr_2026_uyghur_bilingual",
        &ctx,
    );
    assert!(uy.targets.iter().all(|t| t.span.line != 20));
    // A review table of tasks (probes45 county_gwr_2026_livelihood_review_table line 27: `| 1 |
    // 学前教育扩容 | 新建公办幼儿园3所，新增学位810个 | 建成3所，新增学位810个 | 已完成 |`),
    // though a wrapped cell (`8.6万人`, line 31) looks like a value: goals and outcomes.
    let review = run("probes45/county_gwr_2026_livelihood_review_table", &ctx);
    let statuses: Vec<Status> = review
        .targets
        .iter()
        .filter(|t| t.span.line == 27 && program_value(t) == Some(vec![3.0]))
        .map(|t| t.status)
        .collect();
    assert!(statuses.contains(&Status::Target) && statuses.contains(&Status::Actual));
}

/// Read by reading round 46 of the written probes (session 14).
#[test]
fn session_14_round_46_by_reading() {
    let ctx = Context::new();
    // A draft with its lines numbered in the margin (probes46 county_15th_plan_draft_line_numbers
    // line 42: `39  济核心产业增加值占地区生产总值比重达到10%`): the margin numbers are no text,
    // and the name wrapped over two numbered lines is whole.
    let draft = run("probes46/county_15th_plan_draft_line_numbers", &ctx);
    let t = target_over(&draft, 42, 10.0).expect("digital economy share");
    assert_eq!(
        t.indicator.as_deref(),
        Some("数字经济核心产业增加值占地区生产总值比重")
    );
    assert!(
        draft
            .targets
            .iter()
            .all(|t| program_value(t) != Some(vec![39.0]))
    );
    // Bar-separated rows under a year label (probes46 province_plan_infographic_fullwidth_bars
    // lines 9–11: `2025年（预计）｜地区生产总值｜5.12万亿元` over `｜人均地区生产总值｜9.8万元`):
    // 2025's outcome, named without the bars.
    let bars = run("probes46/province_plan_infographic_fullwidth_bars", &ctx);
    let t = target_at(&bars, 11, 9.8).expect("GDP per head 2025");
    assert_eq!(t.indicator.as_deref(), Some("人均地区生产总值"));
    assert_eq!((t.status, t.year), (Status::Actual, Some(2025)));
    // `每年10件民生实事` (probes46 county_15th_plan_draft_line_numbers line 88) names the
    // programme, in digits as in Chinese numerals.
    assert!(target_over(&draft, 88, 10.0).is_none());
}

/// Read by reading probes38 (big-number words) and rounds 47–48 of the written probes
/// (session 15).
#[test]
fn session_15_by_reading() {
    let ctx = Context::new();
    // probes38 prefecture_gwr_2027_big_numbers line 13: `全市地区生产总值突破万亿元，达到10238.6
    // 亿元，增长6.1%`: the mark passed is a value (one 万亿元, more than), and the measure that
    // passed it names the clauses after.
    let big = run("probes38/prefecture_gwr_2027_big_numbers", &ctx);
    let t = target_at(&big, 13, 1.0).expect("passed 万亿元");
    assert_eq!(
        (t.unit.as_deref(), json(&t.comparator)),
        (Some("万亿元"), ">".into())
    );
    let t = target_at(&big, 13, 10238.6).expect("GDP after the mark");
    assert_eq!(t.indicator.as_deref(), Some("全市地区生产总值"));
    // Line 19: `增长近三成` is about 30 %; lines 31–32: `迈上两千亿台阶、增长7.2%` — the growth is
    // the trade's, not a 台阶's.
    let t = target_over(&big, 19, 30.0).expect("近三成");
    assert_eq!(
        (json(&t.kind), json(&t.comparator)),
        ("growth".into(), "~".into())
    );
    let t = target_over(&big, 31, 7.2).expect("trade growth");
    assert_eq!(t.indicator.as_deref(), Some("外贸进出口总额"));

    // probes47 city_plan_table_wrapped_rows lines 34–35: the label's rest on a row of its own;
    // lines 28–29: `5.5` over `左右`.
    let wrapped = run("probes47/city_plan_table_wrapped_rows", &ctx);
    let t = target_at(&wrapped, 34, 12.0).expect("digital economy share");
    assert_eq!(
        (t.indicator.as_deref(), t.unit.as_deref()),
        (Some("数字经济核心产业增加值占地区生产总值比重"), Some("%"))
    );
    let t = target_at(&wrapped, 28, 5.5).expect("GDP growth");
    assert_eq!(json(&t.comparator), "~");
    // probes47 city_portal_infographic_gwr_2026: `▲ 规模以上工业增加值` / `增长7.8%` (lines
    // 17–18) under `【2025年成绩单】`; `粮食总产量` / `稳定在45万吨以上` (lines 86–87) under
    // `【2026年这样干】`, of the page `一图读懂｜2026年棠溪市政府工作报告`.
    let page = run("probes47/city_portal_infographic_gwr_2026", &ctx);
    let t = target_over(&page, 18, 7.8).expect("industry growth");
    assert_eq!(t.indicator.as_deref(), Some("规模以上工业增加值"));
    assert_eq!((t.status, t.year), (Status::Actual, Some(2025)));
    let t = target_over(&page, 87, 45.0).expect("grain 2026");
    assert_eq!((t.status, t.year), (Status::Target, Some(2026)));
    assert_eq!(json(&t.comparator), ">=");
    // probes47 county_gwr_2027_budget_section line 79, under `（二）2027年财政预算草案`:
    // `一般公共预算收入预算安排19.5亿元，比上年执行数增长4.8%` is the 2027 budget.
    let budget = run("probes47/county_gwr_2027_budget_section", &ctx);
    for v in [19.5, 4.8] {
        let t = target_over(&budget, 79, v).expect("2027 budget");
        assert_eq!((t.status, t.year), (Status::Target, Some(2027)), "{v}");
    }

    // probes48 province_plan_midterm_evaluation_table: a mid-term evaluation titled over two
    // lines (1–2); its table's label wrapped with its serial (lines 21–22), a label over its
    // values (46–47), rows after a footer of title and page number (34) and `续表1`; prose
    // values of 2022 are outcomes (line 60: `2022年全省地区生产总值达到48650亿元`).
    let eval = run("probes48/province_plan_midterm_evaluation_table", &ctx);
    assert!(
        eval.title
            .as_deref()
            .is_some_and(|t| t.ends_with("中期评估报告"))
    );
    let t = target_over(&eval, 22, 7.4).expect("digital economy share 2022");
    assert_eq!(
        t.indicator.as_deref(),
        Some("数字经济核心产业增加值占地区生产总值比重")
    );
    assert_eq!((t.status, t.year), (Status::Actual, Some(2022)));
    let t = target_over(&eval, 47, 92.0).expect("good air days 2025");
    assert_eq!(
        t.indicator.as_deref(),
        Some("地级及以上城市空气质量优良天数比率")
    );
    assert_eq!((t.status, t.year), (Status::Target, Some(2025)));
    assert!(
        target_over(&eval, 52, 5200.0).is_some(),
        "row 21, after the page break"
    );
    let t = target_over(&eval, 60, 48650.0).expect("GDP 2022");
    assert_eq!((t.status, t.year), (Status::Actual, Some(2022)));
}

/// Read by reading rounds 49–50 of the written probes (session 15).
#[test]
fn session_15_rounds_49_50_by_reading() {
    let ctx = Context::new();
    // probes49 county_plan_review_2021_2025_press_release (`…规划实施成效新闻发布会实录`) line
    // 42: `由2020年的186亿元增长到2025年的534亿元` — the plan period's last year, done; line 79:
    // `到2030年，…；五年累计完成固定资产投资1300亿元以上` — planned.
    let press = run("probes49/county_plan_review_2021_2025_press_release", &ctx);
    let t = target_over(&press, 42, 534.0).expect("zone output 2025");
    assert_eq!((t.status, t.year), (Status::Actual, Some(2025)));
    let t = target_over(&press, 79, 1300.0).expect("investment 2026-2030");
    assert_eq!(t.status, Status::Target);
    // probes49 city_statistical_communique_2025 line 85: a ratio by `之比`, no unit.
    let comm = run("probes49/city_statistical_communique_2025", &ctx);
    assert!(target_at(&comm, 85, 2.11).is_some());
    // probes49 township_gwr_2026_plain_spoken lines 17–18, 39: `交售烟` / `叶2860担`;
    // `排查调处矛盾纠纷146起`, a count.
    let town = run("probes49/township_gwr_2026_plain_spoken", &ctx);
    let t = target_over(&town, 18, 2860.0).expect("tobacco sold");
    assert_eq!(t.unit.as_deref(), Some("担"));
    let t = target_at(&town, 39, 146.0).expect("disputes");
    assert_eq!(json(&t.kind), "count");
    // probes50 county_gwr_2027_ocr_noisy line 13: `地区生产总值28 6.5亿元`, a space OCR put inside
    // the number.
    let ocr = run("probes50/county_gwr_2027_ocr_noisy", &ctx);
    let t = target_at(&ocr, 13, 286.5).expect("GDP");
    assert_eq!(t.indicator.as_deref(), Some("地区生产总值"));
    // probes50 city_plan_annual_targets_breakdown: a notice issuing `…实施方案（2026—2030年）`
    // (lines 1–2); its table of yearly goals (line 38) has no base, 2026's is a goal; a label
    // wrapped onto an indented line (40–41).
    let yearly = run("probes50/city_plan_annual_targets_breakdown", &ctx);
    let t = target_at(&yearly, 38, 680.0).expect("2026 goal");
    assert_eq!((t.status, t.year), (Status::Target, Some(2026)));
    let t = target_at(&yearly, 40, 100.0).expect("2030 coverage");
    assert_eq!(
        (t.indicator.as_deref(), t.unit.as_deref()),
        (Some("规上工业企业数字化改造覆盖率"), Some("%"))
    );
}

/// Read by reading rounds 51–52 of the written probes (session 15).
#[test]
fn session_15_rounds_51_52_by_reading() {
    let ctx = Context::new();
    // probes51 province_gwr_2026_long_paragraphs line 67: `二是新增养老床位1.5万张，投入9.2亿元`.
    let long = run("probes51/province_gwr_2026_long_paragraphs", &ctx);
    let t = target_at(&long, 67, 9.2).expect("money put in");
    assert_eq!(
        (t.indicator.as_deref(), t.status),
        (Some("投入"), Status::Target)
    );
    // probes51 city_ecology_plan_2026_2035_mixed_years lines 14–20: under `第一章 规划基础` /
    // `第一节 发展现状`, `空气质量优良天数比例达到88.2%` is 2025's outcome, not a goal for 2035.
    let eco = run("probes51/city_ecology_plan_2026_2035_mixed_years", &ctx);
    let t = target_over(&eco, 19, 88.2).expect("good air days 2025");
    assert_eq!(t.status, Status::Actual);
    // probes52 province_15th_plan_indicator_explanations line 14–15: `2．全员劳动生产率（万元/人）。
    // 指…。2025年预计为１５．２万元/人，2030年达到19.9万元/人左右`; line 83: `指全省14个设区市…`
    // defines, no value.
    let annex = run("probes52/province_15th_plan_indicator_explanations", &ctx);
    let t = target_over(&annex, 15, 19.9).expect("labour productivity 2030");
    assert_eq!(t.indicator.as_deref(), Some("全员劳动生产率"));
    assert_eq!((t.status, t.year), (Status::Target, Some(2030)));
    assert!(target_over(&annex, 83, 14.0).is_none());
    // probes52 city_gwr_2026_three_column_pdf lines 43–45: `城镇新增就业12.8` / `★ 民生实事` /
    // `万人，…` — the sidebar's line is no part of the sentence.
    let pdf = run("probes52/city_gwr_2026_three_column_pdf", &ctx);
    let t = target_over(&pdf, 43, 12.8).expect("new jobs");
    assert_eq!(
        (t.indicator.as_deref(), t.unit.as_deref()),
        (Some("城镇新增就业"), Some("万人"))
    );
}

#[test]
fn session_16_by_reading() {
    let ctx = Context::new();
    // Tables count what prose counts: one list of count units (`classify::is_count_unit`).
    // probes10 rural_revitalization_plan_boxes line 36: `休闲农业和乡村旅游接待人次  万人次  820
    // 1300  1800` — visits, counted; probes50 city_plan_annual_targets_breakdown line 43:
    // `工业互联网平台连接设备（万台）  120 …` — devices, counted.
    let boxes = run("probes10/rural_revitalization_plan_boxes", &ctx);
    let t = target_at(&boxes, 36, 1300.0).expect("visits 2020");
    assert_eq!(
        (json(&t.kind).as_str(), t.unit.as_deref()),
        ("count", Some("万人次"))
    );
    let plan = run("probes50/city_plan_annual_targets_breakdown", &ctx);
    let t = target_at(&plan, 43, 250.0).expect("devices 2030");
    assert_eq!(
        (json(&t.kind).as_str(), t.unit.as_deref()),
        ("count", Some("万台"))
    );
}

#[test]
fn session_16_rounds_53_55_by_reading() {
    let ctx = Context::new();
    // probes53 city_education_modernization_plan_ratios line 17: `小学生师比为16.8:1`; line 50,
    // a table cell `≤16:1` under 2030年; line 71: `小学、初中生师比分别控制在16∶1、13∶1以内`.
    let edu = run("probes53/city_education_modernization_plan_ratios", &ctx);
    let ratio = |t: &Target| (t.indicator.clone(), t.value.clone(), json(&t.comparator));
    let t = edu
        .targets
        .iter()
        .find(|t| t.span.line == 17)
        .expect("ratio");
    assert_eq!(
        ratio(t),
        (
            Some("小学生师比".into()),
            Some(Value::Ratio(vec![16.8, 1.0])),
            "=".into()
        )
    );
    let t = edu
        .targets
        .iter()
        .find(|t| t.span.line == 50)
        .expect("table ratio");
    assert_eq!(
        ratio(t),
        (
            Some("小学生师比".into()),
            Some(Value::Ratio(vec![16.0, 1.0])),
            "<=".into()
        )
    );
    let bounds: Vec<String> = edu
        .targets
        .iter()
        .filter(|t| evidence_lines(t).contains(&71) && matches!(t.value, Some(Value::Ratio(_))))
        .map(|t| json(&t.comparator))
        .collect();
    assert_eq!(bounds, ["<=", "<="]);
    // probes53 county_plan_execution_report_2026_estimates lines 38–39: `社会消费品零售总额完成129.4`
    // / `亿元，增长5.0%；预计全年达到142.8亿元，增长5.2%`.
    let est = run("probes53/county_plan_execution_report_2026_estimates", &ctx);
    let t = target_over(&est, 39, 142.8).expect("estimate for the year");
    assert_eq!(t.indicator.as_deref(), Some("社会消费品零售总额"));
    // probes53 city_transport_15th_plan_projects lines 18–19: `设计时速350公里/` / `小时` — a
    // build standard, no value.
    let tr = run("probes53/city_transport_15th_plan_projects", &ctx);
    assert!(
        tr.targets
            .iter()
            .all(|t| program_value(t) != Some(vec![350.0]))
    );
    // probes54 city_air_quality_bulletin_2025_ranks line 19: `超标天数62天，其中轻度污染49天、中度
    // 污染9天、重度污染4天`; lines 25–26: `低于二级标准限值35` / `微克/立方米，改善幅度位列全省16个
    // 设区市前五` — a limit and a ranking's pool, no values.
    let air = run("probes54/city_air_quality_bulletin_2025_ranks", &ctx);
    for v in [49.0, 9.0, 4.0] {
        let t = target_over(&air, 19, v).expect("days of pollution");
        assert_eq!(t.unit.as_deref(), Some("天"));
    }
    assert!(target_over(&air, 25, 35.0).is_none(), "a standard's limit");
    assert!(target_over(&air, 26, 16.0).is_none(), "a ranking's pool");
    // probes54 county_gwr_2026_thousand_separators line 18: `外贸进出口总额38.5亿元，增长-6.1%`;
    // line 30: `新建高标准农田3.2万亩，累计建成41.7万亩`.
    let sep = run("probes54/county_gwr_2026_thousand_separators", &ctx);
    assert!(target_over(&sep, 18, -6.1).is_some());
    assert!(target_over(&sep, 30, 41.7).is_some());
    // probes54 province_digital_government_plan_staged_goals line 43: `到2027年累计推出50项，到2030年
    // 累计推出80项以上`; line 74: `政务算力规模达到5,000PFlops`.
    let gov = run(
        "probes54/province_digital_government_plan_staged_goals",
        &ctx,
    );
    let t = target_over(&gov, 43, 80.0).expect("second stage");
    assert_eq!((t.year, json(&t.comparator).as_str()), (Some(2030), ">="));
    let t = target_over(&gov, 74, 5000.0).expect("computing power");
    assert_eq!(t.unit.as_deref(), Some("PFlops"));
    // probes55 city_industrial_chain_plan_output_targets lines 2, 22–24: a notice issuing
    // `…三年行动计划（2026—2028年）` without title marks; `2025年，…` then `研发经费投入强度达到2.6%`.
    let chain = run("probes55/city_industrial_chain_plan_output_targets", &ctx);
    let p = chain.period.as_ref().expect("period");
    assert_eq!((p.start_year, p.end_year), (2026, 2028));
    let t = target_over(&chain, 24, 2.6).expect("R&D intensity");
    assert_eq!((t.status, t.year), (Status::Actual, Some(2025)));
    // probes55 county_budget_execution_report_2025_final line 48: `全年争取新增政府债券8.6亿元` in
    // the review of 2025 — secured.
    let budget = run("probes55/county_budget_execution_report_2025_final", &ctx);
    let t = target_over(&budget, 48, 8.6).expect("bonds");
    assert_eq!(t.status, Status::Actual);
    // probes55 county_rural_revitalization_plan_township_table line 16: `全县农产品加工业产值达到
    // 86.3亿元，与农业总产值之比达到1.9:1`.
    let rural = run(
        "probes55/county_rural_revitalization_plan_township_table",
        &ctx,
    );
    let t = rural
        .targets
        .iter()
        .find(|t| matches!(&t.value, Some(Value::Ratio(v)) if v == &[1.9, 1.0]))
        .expect("ratio");
    assert_eq!(
        t.indicator.as_deref(),
        Some("全县农产品加工业产值与农业总产值之比")
    );
}

#[test]
fn session_16_rounds_56_58_by_reading() {
    let ctx = Context::new();
    // probes56 city_statistics_monthly_report_oct_2026 lines 2–3: `统  计  月  报` /
    // `2026年第10期（总第214期）`; line 51, between rules of dashes: `规模以上工业增加值  亿元
    // 68.42  612.35  6.8` under `10月  1—10月  同比增长（%）`.
    let month = run("probes56/city_statistics_monthly_report_oct_2026", &ctx);
    let p = month.period.as_ref().expect("period");
    assert_eq!((p.start_year, p.end_year), (2026, 2026));
    for v in [68.42, 612.35, 6.8] {
        let t = target_at(&month, 51, v).expect("table cell");
        assert_eq!((t.status, t.year), (Status::Actual, Some(2026)));
    }
    // probes56 county_performance_assessment_2026 line 42: `| 1 | 地区生产总值增速 | ≥6.5% | 8分 |
    // 县统计局 |` — the target, not the points; line 87: `获得国家级表彰的加2分` — a scoring rule;
    // line 18: `2025年，全县地区生产总值达到286.4亿元` in a 2026 scheme — achieved.
    let scheme = run("probes56/county_performance_assessment_2026", &ctx);
    let t = target_at(&scheme, 42, 6.5).expect("goal");
    assert_eq!(t.indicator.as_deref(), Some("地区生产总值增速"));
    assert!(target_at(&scheme, 42, 8.0).is_none(), "points");
    assert!(target_over(&scheme, 87, 2.0).is_none(), "a scoring rule");
    let t = target_over(&scheme, 18, 286.4).expect("GDP 2025");
    assert_eq!((t.status, t.year), (Status::Actual, Some(2025)));
    // probes57 prefecture_gwr_2026_slide_deck_text line 25: `GDP  1286.4亿元  ↑6.2%`; line 99:
    // `◆ 一般公共预算收入增长  4%` on the slide of 2026's targets.
    let deck = run("probes57/prefecture_gwr_2026_slide_deck_text", &ctx);
    let t = target_at(&deck, 25, 1286.4).expect("GDP");
    assert_eq!(t.indicator.as_deref(), Some("GDP"));
    let t = target_over(&deck, 25, 6.2).expect("GDP growth");
    assert_eq!(json(&t.kind), "growth");
    let t = target_over(&deck, 99, 4.0).expect("revenue growth");
    assert_eq!(
        (t.indicator.as_deref(), json(&t.kind).as_str(), t.status),
        (Some("一般公共预算收入"), "growth", Status::Target)
    );
    // probes58 district_gwr_2026_english_abbreviations line 11: `全区实现GDP 1268.5亿元`.
    let abbr = run("probes58/district_gwr_2026_english_abbreviations", &ctx);
    let t = target_over(&abbr, 11, 1268.5).expect("GDP");
    assert_eq!(t.indicator.as_deref(), Some("GDP"));
    // probes58 county_water_supply_annual_report_tables_in_cells lines 89–109: a table one cell a
    // line, a row a block; the row of 管网漏损率 broken by a page (`9.2` on line 105, `≤8.5` on
    // line 109).
    let water = run(
        "probes58/county_water_supply_annual_report_tables_in_cells",
        &ctx,
    );
    let t = target_at(&water, 109, 8.5)
        .or_else(|| target_over(&water, 105, 8.5))
        .expect("leakage goal");
    assert_eq!(
        (t.indicator.as_deref(), t.year, json(&t.comparator).as_str()),
        (Some("管网漏损率"), Some(2026), "<=")
    );
}

#[test]
fn session_16_measures_over_a_header_by_reading() {
    // probes58 province_energy_statistics_communique_2025 lines 45–48: `发电量（亿千瓦时）
    // 年末装机容量（万千瓦）` over `指标名称  绝对数  比上年增长（%）  绝对数  比上年增长（%）`;
    // `火电  2186.4  1.8  5218.5  3.1`.
    let ctx = Context::new();
    let energy = run("probes58/province_energy_statistics_communique_2025", &ctx);
    let t = target_at(&energy, 48, 2186.4).expect("thermal generation");
    assert_eq!(
        (t.indicator.as_deref(), t.unit.as_deref()),
        (Some("火电发电量"), Some("亿千瓦时"))
    );
    let t = target_at(&energy, 48, 5218.5).expect("thermal capacity");
    assert_eq!(
        (t.indicator.as_deref(), t.unit.as_deref()),
        (Some("火电年末装机容量"), Some("万千瓦"))
    );
}

#[test]
fn session_16_rounds_59_60_by_reading() {
    let ctx = Context::new();
    // probes59 province_gwr_2026_draft_with_tracked_changes line 14: `全省地区生产总值达到[删除:
    // 5368.2亿元][插入: 5391.7亿元]` — the inserted value stands, the deleted one is gone.
    let draft = run(
        "probes59/province_gwr_2026_draft_with_tracked_changes",
        &ctx,
    );
    assert!(target_over(&draft, 14, 5391.7).is_some());
    assert!(
        target_over(&draft, 14, 5368.2).is_none(),
        "a tracked deletion"
    );
    // probes59 city_annual_plan_2026_quarterly_breakdown lines 1, 63: a year's plan; `| 地区生产
    // 总值增速 | % | 5.5 | 5.8 | 6.0 | 6.0 |` under `一季度 | 上半年 | 前三季度 | 全年`.
    let plan = run("probes59/city_annual_plan_2026_quarterly_breakdown", &ctx);
    let p = plan.period.as_ref().expect("period");
    assert_eq!((p.start_year, p.end_year), (2026, 2026));
    let t = target_at(&plan, 63, 5.5).expect("first quarter");
    assert_eq!((t.status, t.year), (Status::Target, Some(2026)));
    // probes60 county_poverty_alleviation_13th_review_2020 lines 2–3, 31, 36: a report titled with
    // its years; a table of rows of years (`2016年  2860  10150  12`) ending in `合计`.
    let poverty = run("probes60/county_poverty_alleviation_13th_review_2020", &ctx);
    let p = poverty.period.as_ref().expect("period");
    assert_eq!((p.start_year, p.end_year), (2016, 2020));
    let t = target_at(&poverty, 31, 2860.0).expect("households 2016");
    assert_eq!((t.status, t.year), (Status::Actual, Some(2016)));
    let t = target_at(&poverty, 36, 12300.0).expect("households in all");
    assert_eq!(t.year, Some(2020));
    // probes60 district_15th_plan_values_in_brackets lines 35–36: `到2030年突破1500亿元（2025年：
    // 1128亿元（预计））；人均地区生产总值达到18万元（2025年为13.6万元）`; line 39: `研发经费投入
    // 强度达到3.5%左右（2025年：2.9%）`.
    let district = run("probes60/district_15th_plan_values_in_brackets", &ctx);
    let t = target_over(&district, 36, 18.0).expect("GDP per head 2030");
    assert_eq!((t.status, t.year), (Status::Target, Some(2030)));
    let t = target_over(&district, 39, 2.9).expect("R&D base");
    assert_eq!(
        (t.indicator.as_deref(), t.status, t.year),
        (Some("研发经费投入强度"), Status::Actual, Some(2025))
    );
}

#[test]
fn session_16_round_61_by_reading() {
    // probes61 township_gwr_2026_short_lines_wechat line 1: `重磅！鹭栖镇2026年政府工作报告全文
    // 来了👉`; lines 57–62: `02` / `2026年目标任务` / … / `👉 地区生产总值增长**6%左右**；`.
    let ctx = Context::new();
    let post = run("probes61/township_gwr_2026_short_lines_wechat", &ctx);
    assert_eq!(post.title.as_deref(), Some("鹭栖镇2026年政府工作报告"));
    let t = target_over(&post, 62, 6.0).expect("growth goal");
    assert_eq!((t.status, t.year), (Status::Target, Some(2026)));
}

#[test]
fn session_17_rounds_62_63_by_reading() {
    let ctx = Context::new();
    // probes63 county_civil_affairs_elderly_care_review_2026 lines 1–2: `青岚县民政局` /
    // `关于“十四五”时期民政工作情况和2026年工作安排的报告` — of 2026, reviewing what came before.
    let civil = run(
        "probes63/county_civil_affairs_elderly_care_review_2026",
        &ctx,
    );
    assert_eq!(civil.period.as_ref().map(|p| p.start_year), Some(2026));
    // Line 40, under `项目 | 2020年 | 2025年 | 增长`: `养老机构床位（张）	2860	３９４０	37.8%`.
    let t = target_at(&civil, 40, 3940.0).expect("beds in 2025");
    assert_eq!((t.status, t.year), (Status::Actual, Some(2025)));
    // Line 57: `新增护理型床位200张` in `二、2026年工作安排`.
    let t = target_at(&civil, 57, 200.0).expect("beds planned");
    assert_eq!((t.status, t.year), (Status::Target, Some(2026)));
    // Lines 32–33: `五年累计办理结婚登记11362对、离婚登记3987对`.
    let t = target_over(&civil, 33, 3987.0).expect("divorces");
    assert_eq!(
        (t.indicator.as_deref(), t.unit.as_deref()),
        (Some("离婚登记"), Some("对"))
    );
    // Line 35: `五年累计募集慈善款物6280万元，其中2025年募集1420万元`.
    let t = target_over(&civil, 35, 1420.0).expect("2025 donations");
    assert_eq!(
        (t.indicator.as_deref(), t.year),
        (Some("五年累计募集慈善款物"), Some(2025))
    );
    // probes63 province_employment_promotion_15th_plan line 48: `指标名称：城镇调查失业率（%）；
    // 2025年：5.0；2030年：5.5以内；属性：预期性`.
    let jobs = run("probes63/province_employment_promotion_15th_plan", &ctx);
    let t = target_at(&jobs, 48, 5.5).expect("unemployment goal");
    assert_eq!(
        (
            t.year,
            json(&t.comparator).as_str(),
            t.base.map(|b| b.value)
        ),
        (Some(2030), "<=", Some(5.0))
    );
    // probes63 district_gwr_2026_financial_figures line 33: `保险业实现保费收入42.7亿元`.
    let fin = run("probes63/district_gwr_2026_financial_figures", &ctx);
    let t = target_at(&fin, 33, 42.7).expect("premiums");
    assert_eq!(t.indicator.as_deref(), Some("保费收入"));
    // probes62 province_emergency_management_15th_plan lines 17–19: `全省共发生各类生产安全事故
    // 1326起、死亡784人，与2020年相比分别下降` / `38.6%和31.2%，…亿元地区生产总值生产安全事故
    // 死亡率由2020年的` / `0.028下降到0.016`.
    let safety = run("probes62/province_emergency_management_15th_plan", &ctx);
    let t = target_at(&safety, 17, 784.0).expect("deaths");
    assert_eq!(t.indicator.as_deref(), Some("死亡"));
    let t = target_over(&safety, 18, 31.2).expect("fall in deaths");
    assert_eq!(t.indicator.as_deref(), Some("死亡"));
    let t = target_over(&safety, 19, 0.016).expect("death rate per GDP");
    assert_eq!(
        (
            t.indicator.as_deref(),
            t.unit,
            t.base.map(|b| (b.year, b.value))
        ),
        (
            Some("亿元地区生产总值生产安全事故死亡率"),
            None,
            Some((Some(2020), 0.028))
        )
    );
    // probes62 city_sports_culture_tourism_15th_plan line 20: `…恢复到2019年的93%。全市拥有A级
    // 旅游景区46家` — 2019 dates a base, not what follows; line 66: `桐溪奥体中心3万座体育场项目`
    // — seats in a name; lines 58–59: `每万人拥有足球场地` / `达到1.2块`.
    let sports = run("probes62/city_sports_culture_tourism_15th_plan", &ctx);
    let t = target_at(&sports, 20, 46.0).expect("scenic spots");
    assert_eq!(t.year, Some(2025));
    assert!(target_at(&sports, 66, 3.0).is_none());
    let t = target_over(&sports, 59, 1.2).expect("pitches");
    assert_eq!(t.unit.as_deref(), Some("块"));
}

#[test]
fn session_17_rounds_64_65_by_reading() {
    let ctx = Context::new();
    // probes64 province_gwr_2025_ordinary line 11: `一、2024年和“十四五”以来工作回顾`; lines 14–15:
    // `全省地区生产总值5.86` / `万亿元，增长5.3%`.
    let gwr = run("probes64/province_gwr_2025_ordinary", &ctx);
    let t = target_at(&gwr, 14, 5.86).expect("GDP");
    assert_eq!((t.status, t.year), (Status::Actual, Some(2024)));
    // probes64 city_15th_outline_ordinary line 13: `三次产业结构由2020年的8.1:42.3:49.6调整为
    // 6.8:40.5:52.7`.
    let city = run("probes64/city_15th_outline_ordinary", &ctx);
    let base = city
        .targets
        .iter()
        .find(|t| t.span.line == 13 && program_value(t) == Some(vec![8.1, 42.3, 49.6]))
        .expect("2020 structure");
    assert_eq!((base.status, base.year), (Status::Actual, Some(2020)));
    // probes64 county_14th_plan_2021_ordinary lines 61–64: a label's rest `    增加值比重`, then
    // the category `三、民生福祉`, then `  9.城镇居民人均可支配收入  元  38650  53000  6.5  预期性`.
    let county = run("probes64/county_14th_plan_2021_ordinary", &ctx);
    let t = target_at(&county, 64, 53000.0).expect("urban income goal");
    assert_eq!(
        (t.indicator.as_deref(), t.year),
        (Some("城镇居民人均可支配收入"), Some(2025))
    );
    // probes65 city_commerce_consumption_action_plan_2026_2027 lines 37–38: `分别给予最高100万元、` /
    // `50万元、20万元一次性奖励` — rewards per shop, no goals; line 52: `延长至24:00`.
    let shops = run(
        "probes65/city_commerce_consumption_action_plan_2026_2027",
        &ctx,
    );
    assert!(target_at(&shops, 37, 100.0).is_none());
    assert!(target_over(&shops, 38, 20.0).is_none());
    assert!(shops.targets.iter().all(|t| t.span.line != 52));
    // probes65 province_science_tech_statistics_bulletin_2025 line 48: `分别为澜州市（412.6亿元）`.
    let rnd = run(
        "probes65/province_science_tech_statistics_bulletin_2025",
        &ctx,
    );
    let t = target_at(&rnd, 48, 412.6).expect("a city's R&D");
    assert_eq!(t.indicator.as_deref(), Some("澜州市"));
    // probes65 county_ecology_environment_bureau_summary_2025_plan_2026 lines 23–24:
    // `（四）主要污染物减排任务超额完成` / `全年实施减排工程28项`.
    let eco = run(
        "probes65/county_ecology_environment_bureau_summary_2025_plan_2026",
        &ctx,
    );
    let t = target_at(&eco, 24, 28.0).expect("projects done");
    assert_eq!((t.status, t.year), (Status::Actual, Some(2025)));
    // probes59 province_gwr_2026_draft_with_tracked_changes line 90: `批注1（省统计局）：…快报数为
    // 5368.2亿元…` — a reviewer's comment, no value of the report.
    let draft = run(
        "probes59/province_gwr_2026_draft_with_tracked_changes",
        &ctx,
    );
    assert!(draft.targets.iter().all(|t| t.span.line != 90));
}

#[test]
fn session_17_rounds_66_67_by_reading() {
    let ctx = Context::new();
    // probes66 prefecture_gwr_2023_ordinary lines 2–3: `——2023年2月12日在峒溪苗族侗族自治州第十五届
    // 人民` / `代表大会第一次会议上`; lines 18–19: `地区生产总值由2017年的612.4亿` / `元增加到2022年的
    // 868.7亿元`.
    let gwr = run("probes66/prefecture_gwr_2023_ordinary", &ctx);
    assert_eq!(gwr.period.as_ref().map(|p| p.start_year), Some(2023));
    let t = target_over(&gwr, 19, 868.7).expect("GDP of 2022");
    assert_eq!((t.status, t.year), (Status::Actual, Some(2022)));
    // probes66 province_15th_outline_chapter_excerpt_ordinary: no title; the running header
    // (line 26) names `…第十五个五年规划和二〇三五年远景目标纲要`. Lines 6–7: `到2030年，全省
    // 制造业增加值占地区生产总值比重稳定在30%左`.
    let excerpt = run(
        "probes66/province_15th_outline_chapter_excerpt_ordinary",
        &ctx,
    );
    assert_eq!(
        excerpt.period.as_ref().map(|p| (p.start_year, p.end_year)),
        Some((2026, 2030))
    );
    // probes67 city_population_census_bulletin_2020 line 1: `晗州市第七次全国人口普查公报`;
    // line 13: `全市常住人口为3486275人`.
    let census = run("probes67/city_population_census_bulletin_2020", &ctx);
    assert_eq!(census.period.as_ref().map(|p| p.start_year), Some(2020));
    let t = target_at(&census, 13, 3486275.0).expect("population");
    assert_eq!((t.status, t.year), (Status::Actual, Some(2020)));
    // probes67 city_congress_midyear_plan_execution_review_2025 lines 3–4: `关于栖川市2025年上半年
    // 国民经济和社会发展` / `计划执行情况的报告`; line 16: `上半年，全市实现地区生产总值２３１６．４亿元`.
    let half = run(
        "probes67/city_congress_midyear_plan_execution_review_2025",
        &ctx,
    );
    let t = target_at(&half, 16, 2316.4).expect("half-year GDP");
    assert_eq!((t.status, t.year), (Status::Actual, Some(2025)));
    // probes67 county_key_tasks_breakdown_2026 lines 23, 30–31: `序号  工作任务  目标要求  牵头单位
    // 完成时限`; `4  投资和消费  固定资产投资增长8%；社会消费品零售  县发改局  全年` / `总额增长6.5%
    // 县商务局` — the goals' cell wraps under its column.
    let tasks = run("probes67/county_key_tasks_breakdown_2026", &ctx);
    let t = target_at(&tasks, 31, 8.0).expect("investment growth");
    assert_eq!((t.status, t.year), (Status::Target, Some(2026)));
}
