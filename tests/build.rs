//! `plancorpus build`: the corpus folder is complete, deterministic whatever the number of
//! threads, isolates failing inputs, is replaced atomically, and `--incremental` reprocesses only
//! what changed.

mod common;
mod corpus_support;

use common::jsonl_doc_ids;
use corpus_support::*;
use std::path::Path;

#[test]
fn one_and_two_threads_give_identical_folders_twice() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    copy_fixtures(&input, &SUBSET);
    let mut snapshots = Vec::new();
    for (run, threads) in [1, 2, 1, 2].into_iter().enumerate() {
        let out = tmp.path().join(format!("out{run}"));
        build(&input, &out, threads, &[], 0);
        snapshots.push(snapshot(&out));
    }
    for (i, s) in snapshots.iter().enumerate().skip(1) {
        assert!(s == &snapshots[0], "run {i} differs from run 0");
    }
    check_layout(&tmp.path().join("out0"), 3);
}

/// The files CONTRACT.md "Corpus folder" lists, with `n` documents.
fn check_layout(out: &Path, n: usize) {
    let files = snapshot(out);
    let docs: Vec<&String> = files.keys().filter(|k| k.starts_with("docs/")).collect();
    assert_eq!(docs.len(), n, "{:?}", files.keys());
    let jsonl = String::from_utf8(files["corpus.jsonl"].clone()).unwrap();
    let ids = jsonl_doc_ids(&jsonl);
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted, "corpus.jsonl is sorted by doc_id");
    assert_eq!(ids.len(), n);
    for id in &ids {
        let pretty: serde_json::Value =
            serde_json::from_slice(&files[&format!("docs/{id}.json")]).unwrap();
        let line: serde_json::Value = serde_json::from_str(
            jsonl
                .lines()
                .find(|l| l.contains(&format!("\"doc_id\":\"{id}\"")))
                .unwrap(),
        )
        .unwrap();
        assert_eq!(
            pretty, line,
            "docs/{id}.json and its corpus.jsonl line agree"
        );
    }
    for csv in ["sections.csv", "tables.csv", "targets.csv", "projects.csv"] {
        let bytes = &files[csv];
        assert!(
            bytes.starts_with("\u{feff}doc_id,section_path,".as_bytes()),
            "{csv} starts with BOM and header"
        );
    }
    let m = manifest(out);
    assert_eq!(m["documents"], n);
    assert_eq!(m["pipeline_version"], plancorpus::PIPELINE_VERSION);
    assert_eq!(
        files.len(),
        n + 6,
        "nothing else in the folder: {:?}",
        files.keys()
    );
}

#[test]
fn a_corrupt_file_fails_alone() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    copy_fixtures(&input, &SUBSET[..2]);
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.extend((0..4000u32).map(|i| (i * 37 % 251) as u8));
    std::fs::write(input.join("broken.txt"), png).unwrap();
    let out = tmp.path().join("out");
    let missing = tmp.path().join("missing.txt");
    let o = plancorpus(
        &[
            "build",
            input.to_str().unwrap(),
            missing.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ],
        2,
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("broken.txt: not a text document"), "{err}");
    assert!(err.contains("missing.txt: cannot read input"), "{err}");
    assert!(
        err.contains("2 documents") && err.contains("2 failed"),
        "{err}"
    );

    let m = manifest(&out);
    let inputs = m["inputs"].as_array().unwrap();
    let status = |id: &str| inputs.iter().find(|e| e["doc_id"] == id).unwrap().clone();
    let broken = status("broken");
    assert_eq!(broken["status"], "failed");
    assert!(
        broken["error"].as_str().unwrap().contains("PNG"),
        "{broken}"
    );
    assert!(
        broken["sha256"].is_string(),
        "a readable input keeps its sha256"
    );
    assert_eq!(status("missing")["status"], "failed");
    assert_eq!(status("002_yining_gwr_2023")["status"], "ok");
    assert_eq!(status("gwr_2016_hailar_gbk")["status"], "ok");
    assert_eq!(
        (m["documents"].clone(), m["failed"].clone()),
        (2.into(), 2.into())
    );
    assert!(out.join("docs/002_yining_gwr_2023.json").is_file());
    assert!(out.join("docs/gwr_2016_hailar_gbk.json").is_file());
    assert!(!out.join("docs/broken.json").exists());
}

#[test]
fn duplicate_doc_ids_are_refused_naming_both_paths() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    copy_fixtures(&input.join("a"), &SUBSET[..1]);
    copy_fixtures(&input.join("b"), &SUBSET[..2]);
    let out = tmp.path().join("out");
    let o = build(&input, &out, 2, &[], 1);
    let err = stderr(&o);
    assert!(
        err.contains("duplicate doc_id `002_yining_gwr_2023`"),
        "{err}"
    );
    let m = manifest(&out);
    let failed: Vec<&serde_json::Value> = m["inputs"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["status"] == "failed")
        .collect();
    assert_eq!(failed.len(), 2);
    assert!(
        failed[0]["error"]
            .as_str()
            .unwrap()
            .contains(failed[1]["path"].as_str().unwrap())
    );
    assert!(
        failed[1]["error"]
            .as_str()
            .unwrap()
            .contains(failed[0]["path"].as_str().unwrap())
    );
    assert!(out.join("docs/gwr_2016_hailar_gbk.json").is_file());
    assert!(!out.join("docs/002_yining_gwr_2023.json").exists());
}

/// The build is stopped for good (SIGKILL) while it waits on an input that never arrives (a
/// named pipe nobody writes to): the previous corpus must be untouched, and the next build must
/// clean up and succeed.
#[cfg(unix)]
#[test]
fn a_killed_build_leaves_the_previous_corpus() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    copy_fixtures(&input, &SUBSET[..1]);
    let out = tmp.path().join("out");
    build(&input, &out, 1, &[], 0);
    let before = snapshot(&out);

    copy_fixtures(&input, &SUBSET[1..2]);
    let fifo = tmp.path().join("zz_never_written.txt");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_plancorpus"))
        .args([
            "build",
            input.to_str().unwrap(),
            fifo.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ])
        .env("RAYON_NUM_THREADS", "1")
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let staged = tmp.path().join(".out.building/docs");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
    while std::fs::read_dir(&staged).map_or(0, |d| d.count()) < 2 {
        assert!(
            child.try_wait().unwrap().is_none(),
            "the build ended before it was killed"
        );
        assert!(
            std::time::Instant::now() < deadline,
            "the build never reached the pipe"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    child.kill().unwrap();
    child.wait().unwrap();

    assert!(snapshot(&out) == before, "the previous corpus changed");
    std::fs::remove_file(&fifo).unwrap();
    build(&input, &out, 1, &[], 0);
    assert_eq!(manifest(&out)["documents"], 2);
    let names: Vec<String> = std::fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(!names.iter().any(|n| n.starts_with(".out")), "{names:?}");
}

#[test]
fn incremental_reprocesses_only_the_changed_document() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    copy_fixtures(&input, &SUBSET);
    let out = tmp.path().join("out");
    let o = build(&input, &out, 2, &["--incremental"], 0);
    assert!(
        stderr(&o).contains("3 documents (3 processed, 0 reused)"),
        "{}",
        stderr(&o)
    );
    let o = build(&input, &out, 2, &["--incremental"], 0);
    assert!(
        stderr(&o).contains("3 documents (0 processed, 3 reused)"),
        "{}",
        stderr(&o)
    );

    let edited = input.join("gwr_2016_hailar_gbk.txt");
    let mut bytes = std::fs::read(&edited).unwrap();
    bytes.extend_from_slice(b"\r\n2016\xc4\xea\r\n"); // "2016年" in GBK
    std::fs::write(&edited, bytes).unwrap();
    let o = build(&input, &out, 2, &["--incremental"], 0);
    assert!(
        stderr(&o).contains("3 documents (1 processed, 2 reused)"),
        "{}",
        stderr(&o)
    );

    let full = tmp.path().join("full");
    build(&input, &full, 1, &[], 0);
    assert!(
        snapshot(&out) == snapshot(&full),
        "incremental and full builds differ"
    );
    let m = manifest(&out);
    let entry = m["inputs"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["doc_id"] == "gwr_2016_hailar_gbk")
        .unwrap()
        .clone();
    assert_eq!(
        entry["sha256"],
        plancorpus::sha256_hex(&std::fs::read(&edited).unwrap())
    );
}

#[test]
fn a_folder_that_is_not_a_corpus_is_not_replaced() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    copy_fixtures(&input, &SUBSET[..1]);
    let o = plancorpus(
        &[
            "build",
            input.to_str().unwrap(),
            "--out",
            input.to_str().unwrap(),
        ],
        1,
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("not a corpus"), "{}", stderr(&o));
    assert!(input.join("002_yining_gwr_2023.txt").is_file());
}

#[test]
fn a_wrong_command_line_exits_2() {
    assert_eq!(
        plancorpus(&["build", "fixtures/docs"], 1).status.code(),
        Some(2)
    );
    assert_eq!(plancorpus(&["diff", "only-one"], 1).status.code(), Some(2));
}
