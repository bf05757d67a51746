//! The end-to-end benchmark's helper binary (driven by `scripts/bench-e2e.sh`):
//!
//! - `e2e gen OUT_DIR MB [FIXTURE_DIR]`: write a corpus of at least `MB` megabytes made of copies
//!   of the fixture documents, each with its own name and small perturbations (digits rotated,
//!   a numbered closing line), in the fixture's own encoding;
//! - `e2e cut DIR`: the tokenizer's limit — every document read, decoded and cut by jieba-rs
//!   (HMM on, as the pipeline runs it) and nothing else, on `RAYON_NUM_THREADS` threads;
//! - `e2e tag DIR`: the same with jieba-rs `tag` (words and parts of speech), the tokenizer call
//!   the pipeline actually makes — a second, stricter reference than `cut`;
//! - `e2e process DIR OUT_DIR`: the whole pipeline through the library (`plancorpus::process` and
//!   one JSON file a document), for when the `build` subcommand is not available.
//!
//! `cut`, `tag` and `process` print one line: `docs=N bytes=N secs=S mb_per_s=X docs_per_s=Y`.

use encoding_rs::GB18030;
use plancorpus::{Context, decode, emit};
use rayon::prelude::*;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

/// mimalloc instead of the system allocator: the pipeline makes many small allocations
/// (tokens, cells, strings), and glibc's malloc serializes threads on them (see README).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["gen", out, mb] => generate(Path::new(out), mb, Path::new("fixtures/docs")),
        ["gen", out, mb, fixtures] => generate(Path::new(out), mb, Path::new(fixtures)),
        ["cut", dir] => tokenize(Path::new(dir), Tokenizer::Cut),
        ["tag", dir] => tokenize(Path::new(dir), Tokenizer::Tag),
        ["process", dir, out] => process(Path::new(dir), Path::new(out)),
        _ => Err(
            "usage: e2e gen OUT_DIR MB [FIXTURE_DIR] | e2e cut|tag DIR | e2e process DIR OUT_DIR"
                .into(),
        ),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("e2e: {e}");
            ExitCode::from(1)
        }
    }
}

type Res = Result<(), Box<dyn std::error::Error>>;

/// Every `*.txt` file directly in `dir`, sorted.
fn text_files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    v.sort();
    Ok(v)
}

fn generate(out: &Path, mb: &str, fixtures: &Path) -> Res {
    let want: u64 = mb.parse::<u64>()? * 1_000_000;
    let sources: Vec<(String, Vec<u8>)> = text_files(fixtures)?
        .iter()
        .map(|p| {
            let stem = p
                .file_stem()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            std::fs::read(p).map(|b| (stem, b))
        })
        .collect::<Result<_, _>>()?;
    if sources.is_empty() {
        return Err(format!("no *.txt in {}", fixtures.display()).into());
    }
    std::fs::create_dir_all(out)?;
    let mut written = 0u64;
    let mut copy = 0usize;
    while written < want {
        for (stem, bytes) in &sources {
            let data = perturb(bytes, copy);
            std::fs::write(out.join(format!("{stem}_c{copy:05}.txt")), &data)?;
            written += data.len() as u64;
        }
        copy += 1;
    }
    println!("files={} bytes={written}", copy * sources.len());
    Ok(())
}

/// Copy `k` of a document: ASCII digits rotated by `k` (UTF-8 documents only; a GB18030
/// document's four-byte sequences hold ASCII digit bytes) and a numbered closing line, so that
/// no two copies are byte-identical.
fn perturb(bytes: &[u8], k: usize) -> Vec<u8> {
    let closing = format!("\n附：样本编号{k}\n");
    match std::str::from_utf8(bytes) {
        Ok(text) => {
            let shift = (k % 10) as u8;
            let mut out: Vec<u8> = text
                .bytes()
                .map(|b| {
                    if b.is_ascii_digit() {
                        b'0' + (b - b'0' + shift) % 10
                    } else {
                        b
                    }
                })
                .collect();
            out.extend_from_slice(closing.as_bytes());
            out
        }
        Err(_) => {
            let mut out = bytes.to_vec();
            out.extend_from_slice(&GB18030.encode(&closing).0);
            out
        }
    }
}

fn report(docs: usize, bytes: u64, start: Instant) {
    let secs = start.elapsed().as_secs_f64();
    println!(
        "docs={docs} bytes={bytes} secs={secs:.3} mb_per_s={:.2} docs_per_s={:.1}",
        bytes as f64 / 1e6 / secs,
        docs as f64 / secs
    );
}

/// Which jieba-rs call `tokenize` times.
#[derive(Clone, Copy)]
enum Tokenizer {
    /// `cut` (HMM on): words only — the reference.
    Cut,
    /// `tag` (HMM on): words and parts of speech, as `plancorpus::analysis` calls it.
    Tag,
}

/// Read, decode and tokenize every document of `dir`, nothing else.
fn tokenize(dir: &Path, how: Tokenizer) -> Res {
    let files = text_files(dir)?;
    let start = Instant::now();
    let ctx = Context::new();
    let bytes: u64 = files
        .par_iter()
        .map(|p| {
            let Ok(raw) = std::fs::read(p) else { return 0 };
            if let Ok(d) = decode::decode(&raw) {
                let n = match how {
                    Tokenizer::Cut => ctx.jieba.cut(&d.text, true).len(),
                    Tokenizer::Tag => ctx.jieba.tag(&d.text, true).len(),
                };
                std::hint::black_box(n);
            }
            raw.len() as u64
        })
        .sum();
    report(files.len(), bytes, start);
    Ok(())
}

fn process(dir: &Path, out: &Path) -> Res {
    let files = text_files(dir)?;
    std::fs::create_dir_all(out)?;
    let start = Instant::now();
    let ctx = Context::new();
    let results: Vec<(u64, bool)> = files
        .par_iter()
        .map(|p| {
            let Ok(raw) = std::fs::read(p) else {
                return (0, false);
            };
            let path = p.to_string_lossy();
            let ok = match plancorpus::process(&raw, &path, &ctx) {
                Ok(doc) => {
                    let name = format!("{}.json", doc.doc_id);
                    std::fs::write(out.join(name), emit::to_json_line(&doc)).is_ok()
                }
                Err(_) => false,
            };
            (raw.len() as u64, ok)
        })
        .collect();
    let failed = results.iter().filter(|r| !r.1).count();
    if failed > 0 {
        eprintln!("e2e: {failed} document(s) failed");
    }
    report(files.len(), results.iter().map(|r| r.0).sum(), start);
    Ok(())
}
