//! `plancorpus build` and `plancorpus diff`: corpus folders for analysts and CI
//! (CONTRACT.md "Corpus folder").
//!
//! A build finds the inputs ([`inputs`]), processes them in parallel into a temporary folder
//! beside the output ([`atomic`]), one document at a time: each worker writes
//! `docs/<doc_id>.json` and that document's compact line and CSV rows as fragments ([`csv`]);
//! then [`build`] streams the fragments in `doc_id` order into `corpus.jsonl` and the CSVs, writes
//! the [`manifest`] and renames the folder into place. Memory holds one document per thread, never
//! the corpus. [`diff`] compares two corpus folders for review.

pub mod atomic;
pub mod build;
pub mod csv;
pub mod diff;
pub mod inputs;
pub mod manifest;

pub use build::{BuildOptions, BuildSummary, build, build_inputs};
pub use diff::{CorpusDiff, diff_corpora};
pub use manifest::Manifest;
