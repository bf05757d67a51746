//! The `plancorpus` command line: a thin layer over the library (CONTRACT.md "Command line").

use anyhow::{Context as _, Result};
use clap::{Parser, Subcommand};
use plancorpus::{Context, emit};
use std::io::{Read, Write};
use std::process::ExitCode;

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
