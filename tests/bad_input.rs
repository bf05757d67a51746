//! The bad-input matrix (issue 8): inputs no real document should be, each of which must give a
//! clear error or a valid document — never a panic — through the library and through the CLI,
//! where one bad input among good ones never loses the good ones' output.
//!
//! The big cases (a 50 MB single line, 100,000 headings, a 10,000-column table) are generated
//! once and shared by both tests; the whole file runs in seconds in the debug test profile.

use plancorpus::model::{Document, Span};
use plancorpus::{Context, decode, emit};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;
use std::process::Command;
use std::sync::OnceLock;

/// One input of the matrix.
struct Case {
    name: &'static str,
    bytes: Vec<u8>,
}

/// A real document (the 2023 Yining work report) to build cases from and to put beside them.
const GOOD_A: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/fixtures/docs/002_yining_gwr_2023.txt"
);
/// A GBK document, the other good neighbour in the CLI runs.
const GOOD_B: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/fixtures/docs/gwr_2016_hailar_gbk.txt"
);

fn good_text() -> String {
    std::fs::read_to_string(GOOD_A).expect("fixture 002 is UTF-8")
}

/// Deterministic pseudo-random bytes (xorshift), for the binary case.
fn noise(len: usize, mut seed: u64) -> Vec<u8> {
    (0..len)
        .map(|_| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed >> 24) as u8
        })
        .collect()
}

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    text.encode_utf16()
        .flat_map(|u| {
            if big_endian {
                u.to_be_bytes()
            } else {
                u.to_le_bytes()
            }
        })
        .collect()
}

/// `mb` megabytes of real prose on one line: the work report with its line breaks turned into
/// commas, repeated.
fn prose_line(mb: usize) -> Vec<u8> {
    let prose: String = good_text()
        .chars()
        .map(|c| if c == '\n' || c == '\r' { '，' } else { c })
        .collect();
    let mut out = String::with_capacity(mb * 1_000_000 + prose.len());
    while out.len() < mb * 1_000_000 {
        out.push_str(&prose);
    }
    out.into_bytes()
}

/// A 50 MB single line: a sentence with a target, 50 MB of layout spaces (what a PDF converter
/// leaves when it loses every line break of a wide page), and the sentence again. Real prose on
/// one line is [`prose_line`] at 1 MB, which the debug test profile tokenizes in seconds.
fn wide_line(mb: usize) -> Vec<u8> {
    let sentence = "到2025年，地区生产总值达到 270 亿元，年均增长 7%左右。";
    let mut out = String::with_capacity(mb * 1_000_000 + 200);
    out.push_str(sentence);
    out.push_str(&" ".repeat(mb * 1_000_000));
    out.push_str(sentence);
    out.into_bytes()
}

/// 100,000 heading lines in every ordinal style the outline reads, each with one line of text.
fn many_headings(n: usize) -> Vec<u8> {
    let styles = [
        "第{}章 发展目标",
        "第{}节 重点任务",
        "{}、主要任务",
        "（{}）推进建设",
    ];
    let mut out = String::from("某市国民经济和社会发展第十四个五年规划纲要\n");
    for i in 0..n {
        let num = plancorpus::numerals::u32_to_chinese((i % 120 + 1) as u32);
        out.push_str(&styles[i % styles.len()].replace("{}", &num));
        out.push('\n');
        if i % 10 == 0 {
            out.push_str("地区生产总值年均增长7%左右。\n");
        }
    }
    out.into_bytes()
}

/// 1,000 levels of （一）: one line of 1,000 nested markers, 1,000 lines each one marker deeper
/// (indented), and a marker nested 1,000 parentheses deep.
fn deep_nesting(levels: usize) -> Vec<u8> {
    let mut out = String::from("政府工作报告\n");
    out.push_str(&"（一）".repeat(levels));
    out.push_str("总体要求\n");
    for i in 0..levels {
        out.push_str(&"\u{3000}".repeat(i % 40));
        out.push_str(&"（一）".repeat(1 + i % 8));
        out.push_str("加快发展。\n");
    }
    out.push_str(&"（".repeat(levels));
    out.push('一');
    out.push_str(&"）".repeat(levels));
    out.push_str("完善体系\n");
    out.into_bytes()
}

/// A table 10,000 columns wide, as a pipe table and as tab-separated rows.
fn wide_table(cols: usize) -> Vec<u8> {
    let mut out = String::from("表1 主要指标\n");
    let row = |f: &dyn Fn(usize) -> String, sep: &str, edge: &str| {
        let cells: Vec<String> = (0..cols).map(f).collect();
        format!("{edge}{}{edge}\n", cells.join(sep))
    };
    out.push_str(&row(&|i| format!("指标{i}"), "|", "|"));
    out.push_str(&row(&|_| "---".to_string(), "|", "|"));
    out.push_str(&row(&|i| format!("{}.5", i), "|", "|"));
    out.push('\n');
    out.push_str(&row(&|i| format!("指标{i}"), "\t", ""));
    out.push_str(&row(&|i| format!("{}%", i % 100), "\t", ""));
    out.into_bytes()
}

/// A box (专栏) that opens and never closes: project lines to the end of the file.
fn open_box() -> Vec<u8> {
    let mut out = String::from("第五章 重大项目\n专栏3 重点建设项目\n01 铁路项目\n");
    for i in 0..2000 {
        out.push_str(&format!(
            "{}.某某铁路{}号段,总投资{}.{}亿元\n",
            i + 1,
            i,
            i % 97,
            i % 10
        ));
    }
    out.push_str("02 公路项目：");
    out.into_bytes()
}

/// Numbers 400 digits long where every extractor reads numbers: values, years, ordinals,
/// percentages, investments, table cells.
fn long_numbers() -> Vec<u8> {
    let n = "9".repeat(400);
    let z = format!("0.{}1", "0".repeat(398));
    let cn = "九".repeat(400);
    format!(
        "某县国民经济和社会发展第{cn}个五年规划纲要\n第{cn}章 发展目标\n第{n}节 指标\n\
         到{n}年,地区生产总值达到{n}亿元,年均增长{n}%,城镇化率{z}%。\n\
         {n}、主要任务\n({n})推进建设\n三次产业比重为{n}:{n}:{n}。\n\
         专栏{n} 重点项目\n1.某某工程,总投资{n}万元\n\
         |指标|单位|{n}年|\n|---|---|---|\n|生产总值|亿元|{n}|\n\
         {n}~{n}年,十{cn}五期间。\n"
    )
    .into_bytes()
}

fn cases() -> &'static [Case] {
    static CASES: OnceLock<Vec<Case>> = OnceLock::new();
    CASES.get_or_init(|| {
        let text = good_text();
        let mut nul = text.clone().into_bytes();
        for at in (100..nul.len()).step_by(997) {
            if let Some(b) = nul.get_mut(at)
                && b.is_ascii()
            {
                *b = 0;
            }
        }
        let mut nul_heavy = Vec::new();
        for c in text.chars().take(2000) {
            let mut buf = [0u8; 4];
            nul_heavy.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            nul_heavy.push(0);
        }
        let truncated = {
            let b = text.as_bytes();
            let mut cut = b.len() / 2;
            while std::str::from_utf8(&b[..cut]).is_ok() {
                cut += 1;
            }
            b[..cut].to_vec()
        };
        let gb_invalid = {
            let (gb, _, _) = encoding_rs::GB18030.encode(&text);
            let mut v = gb.into_owned();
            for (i, at) in (500..v.len()).step_by(4001).enumerate() {
                let bad: &[u8] = [&[0xFF][..], &[0x81, 0x20], &[0x80], &[0x84, 0x31, 0xA5]][i % 4];
                v.splice(at..at, bad.iter().copied());
            }
            v
        };
        let mut invalid_utf8_mixed = text.clone().into_bytes();
        invalid_utf8_mixed.extend_from_slice(&[0xED, 0xA0, 0x80, 0xC0, 0xAF, 0xF8, 0x88]);
        vec![
            Case {
                name: "empty",
                bytes: Vec::new(),
            },
            Case {
                name: "bom_only",
                bytes: b"\xEF\xBB\xBF".to_vec(),
            },
            Case {
                name: "whitespace_only",
                bytes: " \n\t\r\n\u{3000}\u{3000}\n\n   \r\n".as_bytes().to_vec(),
            },
            Case {
                name: "binary_noise",
                bytes: noise(64 * 1024, 0x9E37_79B9_7F4A_7C15),
            },
            Case {
                name: "binary_png",
                bytes: [&b"\x89PNG\r\n\x1a\n"[..], &noise(4096, 7)].concat(),
            },
            Case {
                name: "nul_bytes_in_text",
                bytes: nul,
            },
            Case {
                name: "nul_after_every_char",
                bytes: nul_heavy,
            },
            Case {
                name: "truncated_utf8",
                bytes: truncated,
            },
            Case {
                name: "invalid_utf8_tail",
                bytes: invalid_utf8_mixed,
            },
            Case {
                name: "gb18030_invalid_sequences",
                bytes: gb_invalid,
            },
            Case {
                name: "utf16le_without_bom",
                bytes: utf16(&text, false),
            },
            Case {
                name: "utf16be_without_bom",
                bytes: utf16(&text, true),
            },
            Case {
                name: "utf16le_odd_length",
                bytes: [
                    &utf16(&text.chars().take(1000).collect::<String>(), false)[..],
                    &[0x41],
                ]
                .concat(),
            },
            Case {
                name: "cr_only_line_ends",
                bytes: text.replace('\n', "\r").into_bytes(),
            },
            Case {
                name: "single_line_50mb",
                bytes: wide_line(big(50, 5)),
            },
            Case {
                name: "single_line_prose_5mb",
                bytes: prose_line(big(5, 1)),
            },
            Case {
                name: "headings_100000",
                bytes: many_headings(big(100_000, 10_000)),
            },
            Case {
                name: "nesting_1000_levels",
                bytes: deep_nesting(1000),
            },
            Case {
                name: "table_10000_columns",
                bytes: wide_table(10_000),
            },
            Case {
                name: "box_without_end",
                bytes: open_box(),
            },
            Case {
                name: "numbers_400_digits",
                bytes: long_numbers(),
            },
        ]
    })
}

/// The full size of a big case in release builds (`make test-big`), a tenth-scale one in the
/// debug test profile that `make test` runs (the pipeline is unoptimized there: the full matrix
/// takes over five minutes).
fn big(full: usize, debug: usize) -> usize {
    if cfg!(debug_assertions) { debug } else { full }
}

/// Every span of a document lies inside the source; evidence-bearing fields equal their slice.
fn check_document(doc: &Document, text: &str) -> Result<(), String> {
    let chars = doc.source.chars as usize;
    let lines = text.matches('\n').count() + 1;
    // Char boundaries, for slicing by code point (small documents only: it costs 8 bytes a char).
    let bounds: Option<Vec<usize>> = (text.len() < 4_000_000).then(|| {
        text.char_indices()
            .map(|(b, _)| b)
            .chain([text.len()])
            .collect()
    });
    let slice = |s: &Span| bounds.as_ref().map(|b| &text[b[s.start]..b[s.end]]);
    let mut spans: Vec<(&str, &Span, Option<&str>)> = Vec::new();
    spans.extend(doc.sections.iter().map(|x| ("section", &x.span, None)));
    spans.extend(doc.tables.iter().map(|x| ("table", &x.span, None)));
    spans.extend(doc.boxes.iter().map(|x| ("box", &x.span, None)));
    spans.extend(
        doc.targets
            .iter()
            .map(|x| ("target", &x.span, Some(x.evidence.as_str()))),
    );
    spans.extend(
        doc.projects
            .iter()
            .map(|x| ("project", &x.span, Some(x.name.as_str()))),
    );
    spans.extend(
        doc.time_spans
            .iter()
            .map(|x| ("time_span", &x.span, Some(x.text.as_str()))),
    );
    spans.extend(
        doc.glossary
            .iter()
            .map(|x| ("glossary", &x.span, Some(x.term.as_str()))),
    );
    for (what, s, evidence) in spans {
        if s.start > s.end || s.end > chars || s.line == 0 || s.line > lines {
            return Err(format!(
                "{what} span {s:?} outside the source ({chars} chars, {lines} lines)"
            ));
        }
        if let (Some(e), Some(src)) = (evidence, slice(s))
            && e != src
        {
            return Err(format!("{what} {e:?} != source slice {src:?}"));
        }
    }
    let json = emit::to_json_line(doc);
    serde_json::from_str::<serde_json::Value>(&json).map_err(|e| format!("emitted JSON: {e}"))?;
    Ok(())
}

/// What one case gave through the library: Ok(summary) or Err(what went wrong).
fn run_library(case: &Case, ctx: &Context) -> Result<String, String> {
    let path = format!("{}.txt", case.name);
    let out = catch_unwind(AssertUnwindSafe(|| {
        plancorpus::process(&case.bytes, &path, ctx)
    }))
    .map_err(|p| {
        let msg = p
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default();
        format!("PANIC: {msg}")
    })?;
    match out {
        Ok(doc) => {
            let text = decode::decode(&case.bytes)
                .map_err(|e| format!("process succeeded but decode fails: {e}"))?
                .text;
            check_document(&doc, &text)?;
            Ok(format!(
                "document ({}, {} sections, {} targets, {} warnings)",
                doc.source.encoding,
                doc.sections.len(),
                doc.targets.len(),
                doc.warnings.len()
            ))
        }
        Err(e) if e.to_string().trim().is_empty() => Err("error without a message".into()),
        Err(e) => Ok(format!("error: {e}")),
    }
}

#[test]
fn library_never_panics_and_gives_valid_documents() {
    let ctx = Context::new();
    let mut failures = Vec::new();
    for case in cases() {
        let start = std::time::Instant::now();
        match run_library(case, &ctx) {
            Ok(summary) => eprintln!(
                "{:28} {:>6} ms  {summary}",
                case.name,
                start.elapsed().as_millis()
            ),
            Err(e) => failures.push(format!("{}: {e}", case.name)),
        }
    }
    assert!(
        failures.is_empty(),
        "bad inputs mishandled:\n{}",
        failures.join("\n")
    );
}

/// The expected doc_ids of the good neighbours.
fn stem(path: &str) -> String {
    Path::new(path)
        .file_stem()
        .unwrap()
        .to_string_lossy()
        .into_owned()
}

#[test]
fn cli_keeps_good_documents_around_each_bad_one() {
    let dir = tempfile::tempdir().unwrap();
    let mut failures = Vec::new();
    for case in cases() {
        let bad = dir.path().join(format!("{}.txt", case.name));
        std::fs::write(&bad, &case.bytes).unwrap();
        let out = Command::new(env!("CARGO_BIN_EXE_plancorpus"))
            .args(["extract", "--jsonl", GOOD_A])
            .arg(&bad)
            .arg(GOOD_B)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        let stdout = String::from_utf8_lossy(&out.stdout);
        let ids: Vec<String> = stdout
            .lines()
            .map(|l| {
                serde_json::from_str::<serde_json::Value>(l)
                    .ok()
                    .and_then(|v| v["doc_id"].as_str().map(str::to_string))
                    .unwrap_or_else(|| "<invalid JSON line>".into())
            })
            .collect();
        let problem = match out.status.code() {
            None => Some("killed by a signal".to_string()),
            Some(c) if c != 0 && c != 1 => Some(format!("exit status {c}: {stderr}")),
            _ if stderr.contains("panicked") => Some(format!("panic: {stderr}")),
            Some(0) if ids != [stem(GOOD_A), case.name.to_string(), stem(GOOD_B)] => {
                Some(format!("exit 0 but documents {ids:?}"))
            }
            Some(1) if ids != [stem(GOOD_A), stem(GOOD_B)] => {
                Some(format!("exit 1 but documents {ids:?}"))
            }
            Some(1) if !stderr.contains(case.name) => {
                Some(format!("exit 1 without naming the input: {stderr}"))
            }
            _ => None,
        };
        if let Some(p) = problem {
            failures.push(format!("{}: {p}", case.name));
        }
        std::fs::remove_file(&bad).unwrap();
    }
    assert!(
        failures.is_empty(),
        "bad inputs mishandled by the CLI:\n{}",
        failures.join("\n")
    );
}

#[test]
fn cli_reports_missing_and_unreadable_inputs_and_keeps_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("gone.txt");
    let dangling = dir.path().join("dangling.txt");
    std::os::unix::fs::symlink(dir.path().join("nowhere.txt"), &dangling).unwrap();
    let folder = dir.path().join("folder.txt");
    std::fs::create_dir(&folder).unwrap();
    for bad in [&missing, &dangling, &folder] {
        let out = Command::new(env!("CARGO_BIN_EXE_plancorpus"))
            .args(["extract", GOOD_A])
            .arg(bad)
            .arg(GOOD_B)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{bad:?}: {stderr}");
        assert!(
            stderr.contains(&*bad.to_string_lossy()),
            "{bad:?}: {stderr}"
        );
        assert_eq!(
            String::from_utf8_lossy(&out.stdout).lines().count(),
            2,
            "{bad:?}"
        );
    }
}

/// A file listed for a build that disappears, or turns into something unreadable, before the
/// build reads it: that input fails alone and is named; the other documents are built, and the
/// corpus and its manifest are written.
#[test]
fn build_survives_inputs_that_vanish_or_become_unreadable_after_listing() {
    use plancorpus::corpus::{BuildOptions, Manifest, build_inputs, inputs};
    let dir = tempfile::tempdir().unwrap();
    let docs = dir.path().join("docs");
    std::fs::create_dir(&docs).unwrap();
    for name in ["a_kept.txt", "b_vanishes.txt", "c_unreadable.txt"] {
        std::fs::copy(GOOD_A, docs.join(name)).unwrap();
    }
    let listed = inputs::collect(&[docs.to_string_lossy().into_owned()]);
    assert_eq!(listed.len(), 3);
    // After listing: one file is deleted, another replaced by a folder (unreadable as a file,
    // even for root, where permission bits would not stop a read).
    std::fs::remove_file(docs.join("b_vanishes.txt")).unwrap();
    std::fs::remove_file(docs.join("c_unreadable.txt")).unwrap();
    std::fs::create_dir(docs.join("c_unreadable.txt")).unwrap();
    let out = dir.path().join("corpus");
    let opts = BuildOptions {
        out: out.clone(),
        incremental: false,
        progress: false,
    };
    let summary = build_inputs(&listed, &opts).expect("the build itself succeeds");
    assert_eq!(summary.documents, 1);
    let failed: Vec<&str> = summary.failures.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(failed.len(), 2, "{:?}", summary.failures);
    assert!(failed.iter().any(|p| p.ends_with("b_vanishes.txt")));
    assert!(failed.iter().any(|p| p.ends_with("c_unreadable.txt")));
    assert!(
        summary
            .failures
            .iter()
            .all(|(_, why)| why.starts_with("cannot read input")),
        "{:?}",
        summary.failures
    );
    let jsonl = std::fs::read_to_string(out.join("corpus.jsonl")).unwrap();
    assert_eq!(jsonl.lines().count(), 1);
    assert!(jsonl.contains("\"doc_id\":\"a_kept\""));
    let manifest = Manifest::read(&out).unwrap();
    assert_eq!(manifest.inputs.len(), 3);
}
