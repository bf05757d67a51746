//! The `extract` command line (CONTRACT.md "Command line"): output shapes, exit codes, and bad
//! inputs that fail alone while every other input still comes out.

mod common;

use common::{fixture, jsonl_doc_ids};
use std::path::Path;
use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_plancorpus"))
        .args(args)
        .output()
        .expect("binary runs")
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p.to_string_lossy().into_owned()
}

#[test]
fn one_input_prints_pretty_json() {
    let f = fixture("002_yining_gwr_2023.txt");
    let out = run(&["extract", f.to_str().unwrap()]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("{\n"), "pretty JSON");
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["doc_id"], "002_yining_gwr_2023");
    assert_eq!(v["kind"], "government_work_report");
}

#[test]
fn jsonl_prints_one_document_per_line_in_input_order() {
    let a = fixture("002_yining_gwr_2023.txt");
    let b = fixture("000_yining_12th_fyp.txt");
    let out = run(&[
        "extract",
        "--jsonl",
        b.to_str().unwrap(),
        a.to_str().unwrap(),
    ]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let ids = jsonl_doc_ids(&text);
    assert_eq!(ids, ["000_yining_12th_fyp", "002_yining_gwr_2023"]);
}

#[test]
fn stdin_is_read_with_dash() {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_plancorpus"))
        .args(["extract", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all("2025年某省政府工作报告\n\n各位代表：\n".as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["title"], "2025年某省政府工作报告");
    assert_eq!(v["doc_id"], "stdin");
}

#[test]
fn bad_inputs_fail_alone_with_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let good = fixture("002_yining_gwr_2023.txt");
    let empty = write(dir.path(), "empty.txt", b"");
    let mut cut = "规划纲要第一章发展基础。".repeat(20).into_bytes();
    cut.truncate(cut.len() - 2);
    let truncated = write(dir.path(), "truncated.txt", &cut);
    let png = write(
        dir.path(),
        "image.png",
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0",
    );
    let surrogate = write(dir.path(), "surrogate.txt", b"\xFF\xFE\x00\xD8");
    let folder = dir.path().join("folder");
    std::fs::create_dir(&folder).unwrap();
    let missing = dir.path().join("missing.txt");
    let args = [
        "extract",
        "--jsonl",
        good.to_str().unwrap(),
        &empty,
        &truncated,
        &png,
        &surrogate,
        folder.to_str().unwrap(),
        missing.to_str().unwrap(),
    ];
    let out = run(&args);
    assert_eq!(
        out.status.code(),
        Some(1),
        "a failed input gives exit status 1"
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    let docs: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let ids: Vec<&str> = docs.iter().map(|d| d["doc_id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["002_yining_gwr_2023", "empty", "truncated"]);
    assert_eq!(
        docs[1]["sections"].as_array().unwrap().len(),
        0,
        "empty file → empty document"
    );
    let warnings = docs[2]["warnings"].as_array().unwrap();
    assert!(
        warnings.iter().any(|w| w["code"] == "decode.invalid_utf8"),
        "truncated UTF-8 warns: {warnings:?}"
    );
    let stderr = String::from_utf8(out.stderr).unwrap();
    for (name, reason) in [
        ("image.png", "not a text document"),
        ("surrogate.txt", "not a text document"),
        ("folder", "directory"),
        ("missing.txt", "cannot read"),
    ] {
        let line = stderr
            .lines()
            .find(|l| l.contains(name))
            .unwrap_or_else(|| panic!("{name} named on stderr: {stderr}"));
        assert!(line.contains(reason), "{name}: {line}");
    }
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn wrong_command_line_is_exit_status_2() {
    assert_eq!(run(&["extract"]).status.code(), Some(2));
    assert_eq!(run(&["frobnicate"]).status.code(), Some(2));
}
