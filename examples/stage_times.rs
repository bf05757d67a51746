//! Where a document's time goes: every stage of the pipeline timed over `fixtures/docs` (or a
//! directory given as the argument), in several rounds, printed as the fastest round's seconds
//! and MB/s per stage (the minimum resists a busy machine) next to jieba-rs `cut` alone. A coarse profile for deciding what to
//! optimize; `make bench` (criterion) is the measurement.
//!
//! `cargo run --release --example stage_times [DIR] [ROUNDS]`

use plancorpus::analysis::Analysis;
use plancorpus::normalize::Normalized;
use plancorpus::{Context, decode, emit, extract, meta, segment};
use std::hint::black_box;
use std::time::{Duration, Instant};

/// mimalloc instead of the system allocator: the pipeline makes many small allocations
/// (tokens, cells, strings), and glibc's malloc serializes threads on them (see README).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let dir = args.get(1).map_or("fixtures/docs", String::as_str);
    let rounds: usize = args.get(2).and_then(|r| r.parse().ok()).unwrap_or(5);
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("a readable directory")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    let files: Vec<Vec<u8>> = paths.iter().filter_map(|p| std::fs::read(p).ok()).collect();
    let ctx = Context::new();
    // Warm-up: lazily built tables (regexes, the IDF table and its cache) are not measured.
    let documents: Vec<_> = files
        .iter()
        .map(|raw| plancorpus::process(raw, "x.txt", &ctx).ok())
        .collect();
    let (bytes, best) = measure(&files, &documents, &ctx, rounds);
    let mb = bytes as f64 / 1e6;
    let total: Duration = best[..7].iter().sum();
    println!(
        "{:<12} {:8.3} s {:9.1} MB/s",
        "pipeline",
        total.as_secs_f64(),
        mb / total.as_secs_f64()
    );
    for (name, t) in NAMES.iter().zip(best) {
        let s = t.as_secs_f64();
        println!("{name:<12} {s:8.3} s {:9.1} MB/s", mb / s.max(1e-9));
    }
}

const NAMES: [&str; 9] = [
    "decode",
    "normalize",
    "meta",
    "analysis",
    "segment",
    "extract",
    "emit",
    "(jieba cut)",
    "(jieba tag)",
];

/// The timed rounds (its own function so that `valgrind --toggle-collect=*measure*` counts
/// the instructions of the stages and nothing of the start-up).
#[inline(never)]
fn measure(
    files: &[Vec<u8>],
    documents: &[Option<plancorpus::Document>],
    ctx: &Context,
    rounds: usize,
) -> (usize, [Duration; 9]) {
    let mut best = [Duration::MAX; 9];
    let bytes: usize = files.iter().map(Vec::len).sum();
    for _ in 0..rounds {
        let mut times = [Duration::ZERO; 9];
        for (raw, document) in files.iter().zip(documents) {
            let Some(document) = document else {
                continue;
            };
            let mut clock = Instant::now();
            let mut lap = |i: usize| {
                times[i] += clock.elapsed();
                clock = Instant::now();
            };
            let Ok(decoded) = decode::decode(raw) else {
                continue;
            };
            lap(0);
            let doc = Normalized::new(decoded.text.clone());
            lap(1);
            let m = meta::read(&doc);
            lap(2);
            let tokens = Analysis::new(&doc, ctx);
            lap(3);
            let outline = segment::segment(&doc, &m, &tokens, ctx);
            lap(4);
            let found = extract::run(&doc, &m, &outline, &tokens, ctx);
            lap(5);
            black_box(found.targets.len());
            black_box(emit::to_json_line(document).len());
            lap(6);
            for p in &doc.paragraphs {
                black_box(ctx.jieba.cut(&p.text, true).len());
            }
            lap(7);
            for p in &doc.paragraphs {
                black_box(ctx.jieba.tag(&p.text, true).len());
            }
            lap(8);
        }
        for (b, t) in best.iter_mut().zip(times) {
            *b = (*b).min(t);
        }
    }
    (bytes, best)
}
