//! The `plancorpus` command line: a thin layer over the library (CONTRACT.md "Command line").

use anyhow::{Context as _, Result};
use clap::{Parser, Subcommand};
use plancorpus::{Context, corpus, emit};
use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// mimalloc instead of the system allocator: the pipeline makes many small allocations
/// (tokens, cells, strings), and glibc's malloc serializes threads on them (see README).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "plancorpus",
    version,
    about = "Chinese plan documents to a JSON corpus"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract documents to JSON on stdout: pretty for one input, one line each for several.
    Extract {
        /// Input files; `-` reads stdin.
        #[arg(required = true)]
        files: Vec<String>,
        /// One compact JSON document per line, even for one input.
        #[arg(long)]
        jsonl: bool,
    },
    /// Build a corpus folder from every document under the inputs (CONTRACT.md "Corpus folder").
    Build {
        /// Input files and folders (folders are searched for .txt and .md files).
        #[arg(required = true)]
        inputs: Vec<String>,
        /// The corpus folder to write (replaced atomically at the end).
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// Reuse the documents of the existing corpus whose input and pipeline are unchanged.
        #[arg(long)]
        incremental: bool,
    },
    /// What changed between two corpus folders.
    Diff {
        old: PathBuf,
        new: PathBuf,
        /// The differences as JSON.
        #[arg(long)]
        json: bool,
    },
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    match cli.command {
        Command::Extract { files, jsonl } => extract(&files, jsonl),
        Command::Build {
            inputs,
            out,
            incremental,
        } => build(&inputs, out, incremental),
        Command::Diff { old, new, json } => diff(&old, &new, json),
    }
}

fn read_input(path: &str) -> Result<Vec<u8>> {
    if path == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .context("reading stdin")?;
        return Ok(buf);
    }
    let meta = std::fs::metadata(path).context("cannot read input")?;
    anyhow::ensure!(!meta.is_dir(), "is a directory, not a file");
    std::fs::read(path).context("cannot read input")
}

fn extract_one(path: &str, ctx: &Context) -> Result<plancorpus::Document> {
    let bytes = read_input(path)?;
    let doc = plancorpus::process(&bytes, path, ctx)?;
    Ok(doc)
}

fn extract(files: &[String], jsonl: bool) -> ExitCode {
    let ctx = Context::new();
    let one = files.len() == 1 && !jsonl;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut failed = false;
    for path in files {
        match extract_one(path, &ctx) {
            Ok(doc) => {
                let text = if one {
                    emit::to_pretty_json(&doc)
                } else {
                    emit::to_json_line(&doc)
                };
                if out.write_all(text.as_bytes()).is_err() {
                    return ExitCode::from(1);
                }
            }
            Err(e) => {
                failed = true;
                eprintln!("plancorpus: {path}: {e:#}");
            }
        }
    }
    let _ = out.flush();
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// `build`: failures of single inputs are listed, then the summary line; exit 1 if any.
fn build(inputs: &[String], out: PathBuf, incremental: bool) -> ExitCode {
    let opts = corpus::BuildOptions {
        out,
        incremental,
        progress: std::io::stderr().is_terminal(),
    };
    match corpus::build(inputs, &opts) {
        Ok(summary) => {
            for (path, reason) in &summary.failures {
                eprintln!("plancorpus: {path}: {reason}");
            }
            eprintln!("plancorpus: {} → {}", summary.line(), opts.out.display());
            if summary.failures.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            }
        }
        Err(e) => {
            eprintln!("plancorpus: build failed, nothing written: {e:#}");
            ExitCode::from(1)
        }
    }
}

/// `diff`: the report on stdout; exit 0 whether or not anything changed, 1 if a corpus cannot be
/// read.
fn diff(old: &Path, new: &Path, json: bool) -> ExitCode {
    match corpus::diff_corpora(old, new) {
        Ok(d) => {
            let text = if json { d.to_json() } else { d.to_text() };
            let mut out = std::io::stdout().lock();
            if out
                .write_all(text.as_bytes())
                .and_then(|()| out.flush())
                .is_err()
            {
                return ExitCode::from(1);
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("plancorpus: diff: {e:#}");
            ExitCode::from(1)
        }
    }
}
