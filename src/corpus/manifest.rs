//! `manifest.json`: every input of a build, what became of it, and the versions that made it.
//!
//! The manifest holds nothing that varies between runs over the same inputs (no times, no thread
//! counts, no "reused" flags), so that it is byte-identical whatever the parallelism and whether
//! the build was incremental.

use crate::model::Document;
use serde::{Deserialize, Serialize};

/// The whole manifest.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    /// `schema_version` of the documents (`plancorpus::model::SCHEMA_VERSION`).
    pub schema_version: u32,
    /// `plancorpus::PIPELINE_VERSION`: an incremental build reuses nothing made by another.
    pub pipeline_version: String,
    /// Inputs built (status `ok`).
    pub documents: usize,
    /// Inputs that failed.
    pub failed: usize,
    /// Every input, sorted by `doc_id`, then path.
    pub inputs: Vec<Entry>,
}

/// What became of one input.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    pub doc_id: String,
    pub path: String,
    pub status: Status,
    /// Why the input failed (null when `ok`).
    pub error: Option<String>,
    /// SHA-256 of the input's bytes, null when it could not be read.
    pub sha256: Option<String>,
    pub bytes: Option<u64>,
    pub encoding: Option<String>,
    /// Number of items in each list of the document, null when it failed.
    pub counts: Option<Counts>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Ok,
    Failed,
}

/// Sizes of a document's lists; `table_rows` is the number of rows of `tables.csv` it gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    pub sections: usize,
    pub tables: usize,
    pub table_rows: usize,
    pub targets: usize,
    pub projects: usize,
    pub boxes: usize,
    pub time_spans: usize,
    pub glossary: usize,
    pub warnings: usize,
}

impl Counts {
    pub fn of(doc: &Document) -> Counts {
        Counts {
            sections: doc.sections.len(),
            tables: doc.tables.len(),
            table_rows: doc.tables.iter().map(|t| t.rows.len()).sum(),
            targets: doc.targets.len(),
            projects: doc.projects.len(),
            boxes: doc.boxes.len(),
            time_spans: doc.time_spans.len(),
            glossary: doc.glossary.len(),
            warnings: doc.warnings.len(),
        }
    }
}

impl Entry {
    /// The entry of a document built (or reused).
    pub fn ok(doc: &Document, path: &str) -> Entry {
        Entry {
            doc_id: doc.doc_id.clone(),
            path: path.to_string(),
            status: Status::Ok,
            error: None,
            sha256: Some(doc.source.sha256.clone()),
            bytes: Some(doc.source.bytes),
            encoding: Some(doc.source.encoding.clone()),
            counts: Some(Counts::of(doc)),
        }
    }

    /// The entry of an input that failed; `bytes` when it could be read.
    pub fn failed(doc_id: &str, path: &str, error: String, bytes: Option<&[u8]>) -> Entry {
        Entry {
            doc_id: doc_id.to_string(),
            path: path.to_string(),
            status: Status::Failed,
            error: Some(error),
            sha256: bytes.map(crate::sha256_hex),
            bytes: bytes.map(|b| b.len() as u64),
            encoding: None,
            counts: None,
        }
    }
}

impl Manifest {
    /// A manifest of `inputs` (already sorted) made by this pipeline.
    pub fn new(inputs: Vec<Entry>) -> Manifest {
        let failed = inputs.iter().filter(|e| e.status == Status::Failed).count();
        Manifest {
            schema_version: crate::model::SCHEMA_VERSION,
            pipeline_version: crate::PIPELINE_VERSION.to_string(),
            documents: inputs.len() - failed,
            failed,
            inputs,
        }
    }

    /// Pretty JSON with a final newline.
    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).expect("manifests always serialize");
        s.push('\n');
        s
    }

    /// Read `DIR/manifest.json`.
    pub fn read(dir: &std::path::Path) -> anyhow::Result<Manifest> {
        let path = dir.join(super::atomic::MARKER);
        let text = std::fs::read_to_string(&path)?;
        Ok(serde_json::from_str(&text)?)
    }

    /// Whether documents in this manifest were made by the running pipeline.
    pub fn is_current(&self) -> bool {
        self.schema_version == crate::model::SCHEMA_VERSION
            && self.pipeline_version == crate::PIPELINE_VERSION
    }
}
