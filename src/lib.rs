//! plancorpus: Chinese government planning documents (五年规划纲要, 政府工作报告) to a normalized
//! JSON corpus.
//!
//! The pipeline is a chain of stages, one module each:
//! [`decode`] (bytes → text) → [`normalize`] (clean lines and paragraphs with a map back to the
//! source) → [`meta`] (title, kind, region, period) → [`segment`] (the outline) → [`extract`]
//! (tables, targets, projects, time spans, glossary) → [`emit`] (JSON).
//!
//! ```no_run
//! let ctx = plancorpus::Context::new();
//! let bytes = std::fs::read("fixtures/docs/000_yining_12th_fyp.txt").unwrap();
//! let doc = plancorpus::process(&bytes, "fixtures/docs/000_yining_12th_fyp.txt", &ctx).unwrap();
//! println!("{}", plancorpus::emit::to_pretty_json(&doc));
//! ```

pub mod analysis;
pub mod context;
pub mod corpus;
pub mod decode;
pub mod emit;
pub mod error;
pub mod extract;
pub mod meta;
pub mod model;
pub mod normalize;
pub mod numerals;
pub mod segment;
pub mod source;

pub use context::Context;
pub use error::Error;
pub use model::Document;

use sha2::{Digest, Sha256};

/// Inputs larger than this are refused: offsets are kept as `u32` bytes internally.
pub const MAX_INPUT_BYTES: u64 = u32::MAX as u64 / 2;

/// Version of the pipeline's rules; the corpus manifest records it, and incremental builds
/// reprocess every document when it changes.
pub const PIPELINE_VERSION: &str = env!("CARGO_PKG_VERSION");

/// The document id of a path: its file stem (`fixtures/docs/000_x.txt` → `000_x`); `stdin` for
/// `-`.
pub fn doc_id_of(path: &str) -> String {
    if path == "-" {
        return "stdin".to_string();
    }
    std::path::Path::new(path)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "stdin".to_string())
}

/// Run the whole pipeline on one document's bytes; `path` is recorded in `source.path` and gives
/// the `doc_id`.
pub fn process(bytes: &[u8], path: &str, ctx: &Context) -> Result<Document, Error> {
    process_as(bytes, path, &doc_id_of(path), ctx)
}

/// [`process`] with an explicit `doc_id`.
pub fn process_as(
    bytes: &[u8],
    path: &str,
    doc_id: &str,
    ctx: &Context,
) -> Result<Document, Error> {
    process_hashed(bytes, path, doc_id, sha256_hex(bytes), ctx)
}

/// [`process_as`] with the SHA-256 of `bytes` already computed (by [`sha256_hex`]): `build`
/// hashes every input first, to reuse an unchanged document.
pub fn process_hashed(
    bytes: &[u8],
    path: &str,
    doc_id: &str,
    sha256: String,
    ctx: &Context,
) -> Result<Document, Error> {
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        return Err(Error::TooLarge {
            bytes: bytes.len() as u64,
            limit: MAX_INPUT_BYTES,
        });
    }
    let decoded = decode::decode(bytes)?;
    let doc = normalize::Normalized::new(decoded.text);
    let meta = meta::read(&doc);
    let tokens = analysis::Analysis::new(&doc, ctx);
    let outline = segment::segment(&doc, &meta, &tokens, ctx);
    let found = extract::run(&doc, &meta, &outline, &tokens, ctx);
    let mut warnings = decoded.warnings;
    warnings.extend(outline.warnings);
    warnings.extend(found.warnings);
    Ok(Document {
        schema_version: model::SCHEMA_VERSION,
        doc_id: doc_id.to_string(),
        title: meta.title,
        kind: meta.kind,
        region: meta.region,
        period: meta.period,
        source: model::Source {
            path: path.to_string(),
            sha256,
            encoding: decoded.encoding.to_string(),
            bytes: bytes.len() as u64,
            chars: doc.source.char_count() as u64,
        },
        sections: outline.sections,
        tables: found.tables,
        targets: found.targets,
        projects: found.projects,
        boxes: found.boxes,
        time_spans: found.time_spans,
        glossary: found.glossary,
        warnings,
    })
}

/// Lower-case hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}
