//! `plancorpus build INPUT... --out DIR`: the corpus folder of CONTRACT.md "Corpus folder".
//!
//! Inputs are processed in parallel (rayon, one shared [`Context`]); each worker writes its
//! document's `docs/<doc_id>.json` and fragments (its `corpus.jsonl` line and CSV rows) into the
//! temporary folder as soon as it is done, so memory holds one document per thread. The
//! fragments are then concatenated in `doc_id` order, which makes every byte independent of the
//! number of threads and of the order in which documents finish.

use super::atomic::Staging;
use super::csv::{self as corpus_csv, CsvFile};
use super::inputs::{self, Input};
use super::manifest::{Entry, Manifest, Status};
use crate::context::Context;
use crate::emit;
use crate::model::Document;
use anyhow::{Context as _, Result};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use std::collections::HashMap;
use std::io::{BufWriter, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

/// How to build.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// The corpus folder to (re)place.
    pub out: PathBuf,
    /// Reuse documents of the existing corpus whose input is unchanged.
    pub incremental: bool,
    /// Show a progress bar on stderr (the CLI sets it when stderr is a terminal).
    pub progress: bool,
}

/// What a build did, for the closing line on stderr.
#[derive(Debug, Clone)]
pub struct BuildSummary {
    /// Documents written.
    pub documents: usize,
    /// Of those, documents run through the pipeline …
    pub processed: usize,
    /// … and documents taken over unchanged from the previous corpus (`--incremental`).
    pub reused: usize,
    /// `(path, reason)` of every input that failed, in `doc_id` order.
    pub failures: Vec<(String, String)>,
    /// Bytes of input read.
    pub bytes: u64,
    pub elapsed: Duration,
}

impl BuildSummary {
    /// `12 documents (1 processed, 11 reused), 0 failed, 1.5 MB, 2.3 s`.
    pub fn line(&self) -> String {
        format!(
            "{} ({} processed, {} reused), {} failed, {:.1} MB, {:.1} s",
            documents(self.documents),
            self.processed,
            self.reused,
            self.failures.len(),
            self.bytes as f64 / 1e6,
            self.elapsed.as_secs_f64()
        )
    }
}

/// `1 document`, `12 documents`.
pub fn documents(n: usize) -> String {
    if n == 1 {
        "1 document".to_string()
    } else {
        format!("{n} documents")
    }
}

/// Scratch folder inside the temporary corpus for per-document fragments: each document's
/// `corpus.jsonl` line and its rows of each CSV file ([`Fragment`]), appended to a file of the
/// thread that built it ([`Fragments`]) and assembled in `doc_id` order at the end.
const PARTS: &str = ".parts";

/// Build the corpus of every document under `args` into `opts.out`.
///
/// Input failures are reported in the summary and the manifest; the `Err` case is a failure of
/// the build itself (the output folder cannot be written), after which the previous corpus is
/// left as it was.
pub fn build(args: &[String], opts: &BuildOptions) -> Result<BuildSummary> {
    build_inputs(&inputs::collect(args), opts)
}

/// Build the corpus of inputs already listed (by [`inputs::collect`]). Each input is read only
/// now, so a file that vanished or became unreadable since it was listed fails alone, named,
/// and every other document is still built.
pub fn build_inputs(inputs: &[Input], opts: &BuildOptions) -> Result<BuildSummary> {
    let started = Instant::now();
    let staging = Staging::begin(&opts.out)?;
    let previous = opts
        .incremental
        .then(|| Previous::load(&opts.out))
        .flatten();
    let root = staging.path().to_path_buf();
    make_dirs(&root)?;

    let ctx = OnceLock::new();
    let bar = progress_bar(opts.progress, inputs.len());
    let fragments = Fragments::create(&root.join(PARTS))?;
    let outcomes = inputs
        .par_iter()
        .map(|input| {
            let outcome = build_one(input, &root, previous.as_ref(), &ctx, &fragments);
            bar.inc(1);
            outcome
        })
        .collect::<Result<Vec<Outcome>>>()?;
    bar.finish_and_clear();

    let entries: Vec<Entry> = outcomes.iter().map(|o| o.entry.clone()).collect();
    let at: Vec<FragmentAt> = outcomes.iter().filter_map(|o| o.fragment).collect();
    assemble(&root, &fragments, &at)?;
    drop(fragments);
    std::fs::remove_dir_all(root.join(PARTS)).context("cannot remove fragments")?;
    let manifest = Manifest::new(entries);
    std::fs::write(root.join(super::atomic::MARKER), manifest.to_json())
        .context("cannot write manifest.json")?;
    staging.commit()?;

    Ok(BuildSummary {
        documents: manifest.documents,
        processed: outcomes.iter().filter(|o| o.processed).count(),
        reused: outcomes.iter().filter(|o| o.reused).count(),
        failures: manifest
            .inputs
            .iter()
            .filter(|e| e.status == Status::Failed)
            .map(|e| (e.path.clone(), e.error.clone().unwrap_or_default()))
            .collect(),
        bytes: outcomes.iter().map(|o| o.bytes_read).sum(),
        elapsed: started.elapsed(),
    })
}

/// What became of one input.
struct Outcome {
    entry: Entry,
    /// Where the document's fragment was written (documents built only).
    fragment: Option<FragmentAt>,
    processed: bool,
    reused: bool,
    bytes_read: u64,
}

impl Outcome {
    fn failed(input: &Input, error: String, bytes: Option<&[u8]>) -> Outcome {
        Outcome {
            entry: Entry::failed(&input.doc_id, &input.path, error, bytes),
            fragment: None,
            processed: false,
            reused: false,
            bytes_read: bytes.map_or(0, |b| b.len() as u64),
        }
    }
}

fn make_dirs(root: &Path) -> Result<()> {
    for d in [root.join("docs"), root.join(PARTS)] {
        std::fs::create_dir_all(&d).with_context(|| format!("cannot create {}", d.display()))?;
    }
    Ok(())
}

fn progress_bar(show: bool, len: usize) -> ProgressBar {
    if !show {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(len as u64);
    if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} documents [{elapsed}]") {
        bar.set_style(style);
    }
    bar
}

/// Read, process (or reuse) and write one document. `Err` only for output failures.
fn build_one(
    input: &Input,
    root: &Path,
    previous: Option<&Previous>,
    ctx: &OnceLock<Context>,
    fragments: &Fragments,
) -> Result<Outcome> {
    if let Some(problem) = &input.problem {
        return Ok(Outcome::failed(input, problem.clone(), None));
    }
    let bytes = match read_input(&input.path) {
        Ok(b) => b,
        Err(e) => {
            return Ok(Outcome::failed(
                input,
                format!("cannot read input: {e}"),
                None,
            ));
        }
    };
    let sha256 = crate::sha256_hex(&bytes);
    let (doc, pretty, reused) = match previous.and_then(|p| p.reuse(input, &sha256)) {
        Some((doc, pretty)) => (doc, pretty, true),
        None => match process_isolated(&bytes, &sha256, input, ctx) {
            Ok(doc) => {
                let pretty = emit::to_pretty_json(&doc);
                (doc, pretty, false)
            }
            Err(reason) => return Ok(Outcome::failed(input, reason, Some(&bytes))),
        },
    };
    let fragment = write_document(root, &doc, &pretty, fragments)?;
    Ok(Outcome {
        entry: Entry::ok(&doc, &input.path),
        fragment: Some(fragment),
        processed: !reused,
        reused,
        bytes_read: bytes.len() as u64,
    })
}

/// Read at most one byte more than the pipeline accepts, so that a huge or endless file
/// (`/dev/zero`) fails as too large instead of exhausting memory.
fn read_input(path: &str) -> std::io::Result<Vec<u8>> {
    let mut buf = Vec::new();
    std::fs::File::open(path)?
        .take(crate::MAX_INPUT_BYTES + 1)
        .read_to_end(&mut buf)?;
    Ok(buf)
}

/// Run the pipeline; a panic in it fails this document only, with the panic's message.
fn process_isolated(
    bytes: &[u8],
    sha256: &str,
    input: &Input,
    ctx: &OnceLock<Context>,
) -> std::result::Result<Document, String> {
    let ctx = ctx.get_or_init(Context::new);
    let run = || crate::process_hashed(bytes, &input.path, &input.doc_id, sha256.to_string(), ctx);
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(run)) {
        Ok(Ok(doc)) => Ok(doc),
        Ok(Err(e)) => Err(e.to_string()),
        Err(panic) => {
            let msg = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            Err(format!("internal error (please report): {msg}"))
        }
    }
}

/// `docs/<doc_id>.json` and the document's fragments.
fn write_document(
    root: &Path,
    doc: &Document,
    pretty: &str,
    fragments: &Fragments,
) -> Result<FragmentAt> {
    let id = &doc.doc_id;
    let docs = root.join("docs").join(format!("{id}.json"));
    std::fs::write(&docs, pretty).with_context(|| format!("cannot write {}", docs.display()))?;
    let fragment =
        Fragment::of(doc).with_context(|| format!("cannot write the fragment of {id}"))?;
    fragments.append(&fragment)
}

/// Where a document's fragment lies: file, byte offset, length.
#[derive(Debug, Clone, Copy)]
struct FragmentAt {
    file: usize,
    offset: u64,
    len: usize,
}

/// Fragment files, one for each thread of the pool (and one for a caller outside it): a
/// document's fragment is appended to its thread's file, which that thread alone writes, so the
/// lock is never waited for. A file a document, created, read and deleted, cost a tenth of a
/// build's time in the file system (perf: ext4's inode allocation, issue 8); a few files cost
/// nothing. Assembly reads the fragments back in `doc_id` order, whatever thread wrote them.
struct Fragments {
    dir: PathBuf,
    files: Vec<Mutex<(std::fs::File, u64)>>,
}

impl Fragments {
    fn create(dir: &Path) -> Result<Fragments> {
        let files = (0..=rayon::current_num_threads())
            .map(|k| {
                let path = dir.join(format!("{k}.frags"));
                let f = std::fs::File::create(&path)
                    .with_context(|| format!("cannot write {}", path.display()))?;
                Ok(Mutex::new((f, 0)))
            })
            .collect::<Result<_>>()?;
        Ok(Fragments {
            dir: dir.to_path_buf(),
            files,
        })
    }

    /// Append a fragment to the calling thread's file.
    fn append(&self, fragment: &[u8]) -> Result<FragmentAt> {
        let k = rayon::current_thread_index()
            .map_or(self.files.len() - 1, |i| i.min(self.files.len() - 1));
        let path = || self.dir.join(format!("{k}.frags"));
        let mut guard = self.files[k]
            .lock()
            .map_err(|_| anyhow::anyhow!("fragment file {} poisoned", path().display()))?;
        let (file, end) = &mut *guard;
        file.write_all(fragment)
            .with_context(|| format!("cannot write {}", path().display()))?;
        let at = FragmentAt {
            file: k,
            offset: *end,
            len: fragment.len(),
        };
        *end += fragment.len() as u64;
        Ok(at)
    }

    /// The fragment at `at`, read into `buf`.
    fn read(&self, readers: &mut [std::fs::File], at: FragmentAt, buf: &mut Vec<u8>) -> Result<()> {
        let file = &mut readers[at.file];
        buf.resize(at.len, 0);
        file.seek(SeekFrom::Start(at.offset))?;
        file.read_exact(buf)
            .with_context(|| format!("cannot read {}/{}.frags", self.dir.display(), at.file))
    }

    /// Files to read the fragments back from.
    fn readers(&self) -> Result<Vec<std::fs::File>> {
        (0..self.files.len())
            .map(|k| {
                let path = self.dir.join(format!("{k}.frags"));
                std::fs::File::open(&path)
                    .with_context(|| format!("cannot read {}", path.display()))
            })
            .collect()
    }
}

/// One document's share of the corpus-wide files: its `corpus.jsonl` line, then its rows of
/// each CSV file in [`CsvFile::ALL`] order, after a first line of their lengths in bytes. One
/// file a document, written once and read once: six files a document (a line and four CSV
/// parts besides the JSON) cost a quarter of `build`'s file system time (perf, issue 8).
struct Fragment;

impl Fragment {
    /// The fragment of `doc`.
    fn of(doc: &Document) -> Result<Vec<u8>> {
        let mut sections = vec![emit::to_json_line(doc).into_bytes()];
        for file in CsvFile::ALL {
            let mut w = corpus_csv::writer(Vec::new());
            corpus_csv::write_rows(doc, file, &mut w)?;
            sections.push(w.into_inner().map_err(|e| e.into_error())?);
        }
        let lengths: Vec<String> = sections.iter().map(|s| s.len().to_string()).collect();
        let mut out = format!("{}\n", lengths.join(" ")).into_bytes();
        sections.iter().for_each(|s| out.extend_from_slice(s));
        Ok(out)
    }

    /// The sections of a fragment, in the order written; `None` if it is not one.
    fn sections(bytes: &[u8]) -> Option<Vec<&[u8]>> {
        let newline = bytes.iter().position(|&b| b == b'\n')?;
        let lengths = std::str::from_utf8(&bytes[..newline]).ok()?;
        let mut rest = &bytes[newline + 1..];
        let mut out = Vec::new();
        for n in lengths.split(' ') {
            let n: usize = n.parse().ok()?;
            let (section, tail) = rest.split_at_checked(n)?;
            out.push(section);
            rest = tail;
        }
        (out.len() == 1 + CsvFile::ALL.len() && rest.is_empty()).then_some(out)
    }
}

/// `corpus.jsonl` and the CSV files from the fragments of the documents built (`at`, in
/// `doc_id` order): every output open at once, each fragment read once.
fn assemble(root: &Path, fragments: &Fragments, at: &[FragmentAt]) -> Result<()> {
    let mut outputs = vec![create(&root.join("corpus.jsonl"))?];
    for file in CsvFile::ALL {
        let out = create(&root.join(file.file_name()))?;
        outputs.push(corpus_csv::start_file(file, out)?);
    }
    let mut readers = fragments.readers()?;
    let mut buf = Vec::new();
    for &a in at {
        fragments.read(&mut readers, a, &mut buf)?;
        let sections = Fragment::sections(&buf).context("a fragment of this build is damaged")?;
        for (out, section) in outputs.iter_mut().zip(sections) {
            out.write_all(section)?;
        }
    }
    for mut out in outputs {
        out.flush()?;
    }
    Ok(())
}

fn create(path: &Path) -> Result<BufWriter<std::fs::File>> {
    let f =
        std::fs::File::create(path).with_context(|| format!("cannot write {}", path.display()))?;
    Ok(BufWriter::new(f))
}

/// Append `dir/<id>.<ext>` for every id to `out`.
/// The corpus being replaced, for `--incremental`.
struct Previous {
    dir: PathBuf,
    /// Documents built by this pipeline version, by `doc_id`.
    ok: HashMap<String, Entry>,
}

impl Previous {
    /// The existing corpus at `dir`, if it has a manifest from the running pipeline version.
    fn load(dir: &Path) -> Option<Previous> {
        let manifest = Manifest::read(dir).ok().filter(Manifest::is_current)?;
        let ok = manifest
            .inputs
            .into_iter()
            .filter(|e| e.status == Status::Ok)
            .map(|e| (e.doc_id.clone(), e))
            .collect();
        Some(Previous {
            dir: dir.to_path_buf(),
            ok,
        })
    }

    /// The previous document of `input` when its path and bytes are unchanged.
    ///
    /// The stored JSON is parsed and must serialize back to exactly the same bytes: a document
    /// written by an older model (a field added since) or a float that did not survive the round
    /// trip is reprocessed rather than reused, so that an incremental build is always
    /// byte-identical to a full one.
    fn reuse(&self, input: &Input, sha256: &str) -> Option<(Document, String)> {
        let entry = self.ok.get(&input.doc_id)?;
        if entry.path != input.path || entry.sha256.as_deref() != Some(sha256) {
            return None;
        }
        let path = self.dir.join("docs").join(format!("{}.json", input.doc_id));
        let text = std::fs::read_to_string(path).ok()?;
        let doc: Document = serde_json::from_str(&text).ok()?;
        let faithful = doc.doc_id == input.doc_id
            && doc.source.sha256 == sha256
            && emit::to_pretty_json(&doc) == text;
        faithful.then_some((doc, text))
    }
}
