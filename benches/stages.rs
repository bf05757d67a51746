//! Throughput of every pipeline stage on the fixture documents (`fixtures/docs/*.txt`), in MB/s
//! of source bytes, so that stages compare with one another and with the tokenizer alone.
//!
//! Run with `make bench` or `cargo bench --bench stages`; one stage with
//! `cargo bench --bench stages -- analysis`. Each stage is measured on its own: its inputs (the
//! outputs of the stages before it) are computed once, outside the timed loop.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use plancorpus::analysis::Analysis;
use plancorpus::meta::Meta;
use plancorpus::normalize::Normalized;
use plancorpus::segment::Outline;
use plancorpus::{Context, Document, decode, emit, extract, meta, segment};
use std::hint::black_box;
use std::time::Duration;

/// One fixture with every intermediate result, so each stage can be timed alone.
struct Prepared {
    bytes: Vec<u8>,
    text: String,
    doc: Normalized,
    meta: Meta,
    tokens: Analysis,
    outline: Outline,
    document: Document,
}

fn fixtures(ctx: &Context) -> Vec<Prepared> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/docs");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("fixtures/docs exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            let bytes = std::fs::read(p).expect("fixture readable");
            let text = decode::decode(&bytes).expect("fixture decodes").text;
            let doc = Normalized::new(text.clone());
            let meta = meta::read(&doc);
            let tokens = Analysis::new(&doc, ctx);
            let outline = segment::segment(&doc, &meta, &tokens, ctx);
            let document =
                plancorpus::process(&bytes, &p.to_string_lossy(), ctx).expect("fixture processes");
            Prepared {
                bytes,
                text,
                doc,
                meta,
                tokens,
                outline,
                document,
            }
        })
        .collect()
}

fn stages(c: &mut Criterion) {
    let ctx = Context::new();
    let docs = fixtures(&ctx);
    let total: u64 = docs.iter().map(|d| d.bytes.len() as u64).sum();
    let mut g = c.benchmark_group("stage");
    g.throughput(Throughput::Bytes(total))
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4));

    g.bench_function("decode", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(decode::decode(black_box(&d.bytes)).ok());
            }
        })
    });
    g.bench_function("normalize", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(Normalized::new(d.text.clone()));
            }
        })
    });
    g.bench_function("meta", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(meta::read(&d.doc));
            }
        })
    });
    g.bench_function("analysis", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(Analysis::new(&d.doc, &ctx));
            }
        })
    });
    g.bench_function("segment", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(segment::segment(&d.doc, &d.meta, &d.tokens, &ctx));
            }
        })
    });
    g.bench_function("extract/tables", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(extract::tables::extract(
                    &d.doc, &d.meta, &d.outline, &d.tokens, &ctx,
                ));
            }
        })
    });
    g.bench_function("extract/projects", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(extract::projects::extract(&d.doc, &d.outline, &[], &[]));
            }
        })
    });
    g.bench_function("extract/targets", |b| {
        b.iter(|| {
            for d in &docs {
                let spans = extract::timespans::find_all(&d.doc, &d.meta);
                black_box(extract::targets::extract(
                    &d.doc,
                    &d.meta,
                    &d.outline,
                    &d.tokens,
                    &spans,
                    extract::targets::TableLines {
                        claimed: &[],
                        text: &[],
                        goals: &[],
                        progress: &[],
                    },
                    &ctx,
                ));
            }
        })
    });
    g.bench_function("extract/timespans", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(extract::timespans::extract(&d.doc, &d.meta));
            }
        })
    });
    g.bench_function("extract/glossary", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(extract::glossary::extract(&d.doc, &d.outline));
            }
        })
    });
    g.bench_function("extract/all", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(extract::run(&d.doc, &d.meta, &d.outline, &d.tokens, &ctx));
            }
        })
    });
    g.bench_function("emit/jsonl", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(emit::to_json_line(&d.document));
            }
        })
    });
    g.bench_function("emit/pretty", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(emit::to_pretty_json(&d.document));
            }
        })
    });
    g.bench_function("pipeline/process", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(plancorpus::process(&d.bytes, "bench.txt", &ctx).ok());
            }
        })
    });
    // The limit: the tokenizer alone over the same paragraphs (HMM on, as the pipeline runs it).
    g.bench_function("limit/jieba_cut", |b| {
        b.iter(|| {
            for d in &docs {
                for p in &d.doc.paragraphs {
                    black_box(ctx.jieba.cut(&p.text, true));
                }
            }
        })
    });
    g.bench_function("limit/jieba_tag", |b| {
        b.iter(|| {
            for d in &docs {
                for p in &d.doc.paragraphs {
                    black_box(ctx.jieba.tag(&p.text, true));
                }
            }
        })
    });
    g.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
