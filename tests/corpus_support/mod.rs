//! Helpers shared by the corpus tests: copies of fixture documents in temporary folders, runs of
//! the real binary, and whole-folder snapshots.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Small fixtures that still cover three encodings and both document kinds (about 190 KB; the
/// whole set is 1.5 MB and not needed to show the folder's properties).
pub const SUBSET: [&str; 3] = [
    "docs/002_yining_gwr_2023.txt",
    "docs/gwr_2016_hailar_gbk.txt",
    "encodings/002_yining_gwr_2023.utf16be.txt",
];

pub fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(rel)
}

/// Copy fixtures (paths under `fixtures/`) into `dir`, keeping their file names.
pub fn copy_fixtures(dir: &Path, rels: &[&str]) {
    std::fs::create_dir_all(dir).unwrap();
    for rel in rels {
        let src = fixture(rel);
        std::fs::copy(&src, dir.join(src.file_name().unwrap())).unwrap();
    }
}

/// Run `plancorpus ARGS` with `RAYON_NUM_THREADS=threads`.
pub fn plancorpus(args: &[&str], threads: usize) -> Output {
    Command::new(env!("CARGO_BIN_EXE_plancorpus"))
        .args(args)
        .env("RAYON_NUM_THREADS", threads.to_string())
        .output()
        .unwrap()
}

/// `plancorpus build INPUT --out OUT [extra]`, asserting the exit status.
pub fn build(input: &Path, out: &Path, threads: usize, extra: &[&str], status: i32) -> Output {
    let mut args = vec![
        "build",
        input.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    let o = plancorpus(&args, threads);
    assert_eq!(o.status.code(), Some(status), "stderr: {}", stderr(&o));
    o
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Every file under `dir` by relative path, with its bytes.
pub fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(root, &path, out);
            } else {
                let rel = path
                    .strip_prefix(root)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                out.insert(rel, std::fs::read(&path).unwrap());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

pub fn manifest(dir: &Path) -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(dir.join("manifest.json")).unwrap()).unwrap()
}
