//! Which files a build reads, and the `doc_id` of each.
//!
//! Folders are walked recursively in name order and give their `.txt` and `.md` files (hidden
//! files and folders, such as `.git`, are skipped); a file named on the command line is read
//! whatever its extension. The same file reached twice (`fixtures/docs` and
//! `fixtures/docs/000_yining_12th_fyp.txt`) is read once.
//!
//! The `doc_id` is the file stem (CONTRACT.md "Document"), which must be unique within a corpus.
//! Two inputs with the same stem (`a/report.txt` and `b/report.md`) are both refused with an
//! error naming the other path: picking one silently, or inventing an id that is not the stem,
//! would hide the clash from the analyst. Every other input is still built.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

/// One input of a build: where it is, its `doc_id`, and why it cannot be built, if known before
/// reading it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    pub doc_id: String,
    /// The path as the user named it, or joined under the folder they named.
    pub path: String,
    /// Set when the input fails before being read (missing path, duplicate `doc_id`).
    pub problem: Option<String>,
}

/// Extensions taken from walked folders (compared without case).
const DOCUMENT_EXTENSIONS: [&str; 2] = ["txt", "md"];

/// Every input under `args`, sorted by `(doc_id, path)`, duplicates of `doc_id` marked.
pub fn collect(args: &[String]) -> Vec<Input> {
    let mut files: Vec<(String, Option<String>)> = Vec::new();
    for arg in args {
        match std::fs::metadata(arg) {
            Ok(meta) if meta.is_dir() => walk(Path::new(arg), &mut files),
            Ok(_) => files.push((arg.clone(), None)),
            Err(e) => files.push((arg.clone(), Some(format!("cannot read input: {e}")))),
        }
    }
    let mut seen = HashSet::new();
    files.retain(|(path, _)| seen.insert(identity(path)));
    let mut inputs: Vec<Input> = files
        .into_iter()
        .map(|(path, problem)| Input {
            doc_id: crate::doc_id_of(&path),
            path,
            problem,
        })
        .collect();
    mark_duplicates(&mut inputs);
    inputs.sort_by(|a, b| (&a.doc_id, &a.path).cmp(&(&b.doc_id, &b.path)));
    inputs
}

/// The same file named twice has one canonical path; a path that cannot be resolved stands for
/// itself.
fn identity(path: &str) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| PathBuf::from(path))
}

/// Documents under `dir`, in name order; unreadable folders are skipped (their files were never
/// inputs), symlinked folders are not followed (no cycles).
fn walk(dir: &Path, out: &mut Vec<(String, Option<String>)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.filter_map(Result::ok).collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let name = entry.file_name();
        if name.to_string_lossy().starts_with('.') {
            continue;
        }
        let path = entry.path();
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() {
            walk(&path, out);
        } else if is_document(&path) && path.is_file() {
            out.push((path.to_string_lossy().into_owned(), None));
        }
    }
}

/// `.txt` or `.md`, any case.
fn is_document(path: &Path) -> bool {
    path.extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .is_some_and(|e| DOCUMENT_EXTENSIONS.contains(&e.as_str()))
}

/// Give every input whose `doc_id` another input shares a problem naming the other paths.
fn mark_duplicates(inputs: &mut [Input]) {
    let mut by_id: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for input in inputs.iter() {
        by_id
            .entry(input.doc_id.clone())
            .or_default()
            .push(input.path.clone());
    }
    for input in inputs.iter_mut() {
        let paths = &by_id[&input.doc_id];
        if paths.len() < 2 {
            continue;
        }
        let others: Vec<&str> = paths
            .iter()
            .filter(|p| **p != input.path)
            .map(String::as_str)
            .collect();
        input.problem = Some(format!(
            "duplicate doc_id `{}`: also the file stem of {}",
            input.doc_id,
            others.join(", ")
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documents_are_txt_and_md_in_any_case() {
        assert!(is_document(Path::new("a/001_x.txt")));
        assert!(is_document(Path::new("a/b.MD")));
        assert!(!is_document(Path::new("a/b.json")));
        assert!(!is_document(Path::new("a/b")));
    }

    #[test]
    fn duplicate_stems_name_each_other() {
        let mut inputs = vec![
            Input {
                doc_id: "report".into(),
                path: "a/report.txt".into(),
                problem: None,
            },
            Input {
                doc_id: "report".into(),
                path: "b/report.md".into(),
                problem: None,
            },
            Input {
                doc_id: "other".into(),
                path: "a/other.txt".into(),
                problem: None,
            },
        ];
        mark_duplicates(&mut inputs);
        assert!(
            inputs[0]
                .problem
                .as_deref()
                .unwrap()
                .contains("b/report.md")
        );
        assert!(
            inputs[1]
                .problem
                .as_deref()
                .unwrap()
                .contains("a/report.txt")
        );
        assert_eq!(inputs[2].problem, None);
    }

    #[test]
    fn missing_path_is_a_failed_input() {
        let inputs = collect(&["/nonexistent/plancorpus/x.txt".to_string()]);
        assert_eq!(inputs.len(), 1);
        assert_eq!(inputs[0].doc_id, "x");
        assert!(
            inputs[0]
                .problem
                .as_deref()
                .unwrap()
                .contains("cannot read input")
        );
    }
}
