//! The library's typed error: what can make one document fail.

use std::fmt;

/// Why a document could not be turned into a [`crate::model::Document`].
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The bytes are not text in any encoding we read (binary, NUL-heavy, mostly undecodable).
    #[error("not a text document: {reason}")]
    NotText { reason: String },
    /// The input could not be read.
    #[error("cannot read input: {0}")]
    Io(#[from] std::io::Error),
    /// The input is larger than the offsets of the contract can address here.
    #[error("input too large: {bytes} bytes (limit {limit})")]
    TooLarge { bytes: u64, limit: u64 },
}

/// An error tied to the input it came from, for batch reports.
#[derive(Debug)]
pub struct InputError {
    pub path: String,
    pub error: Error,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.error)
    }
}

impl std::error::Error for InputError {}
