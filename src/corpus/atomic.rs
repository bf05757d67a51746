//! Atomic replacement of a corpus folder.
//!
//! A build writes into `.<name>.building` beside the output folder `<name>` and only at the end
//! swaps it in: `<name>` → `.<name>.previous`, `.<name>.building` → `<name>`, then the previous
//! folder is deleted. A run killed at any point before the swap leaves `<name>` as it was; the
//! next build deletes the stale `.building` folder. A run killed between the two renames leaves
//! the old corpus as `.<name>.previous`, which the next build puts back before starting.

use anyhow::{Context as _, Result, bail};
use std::path::{Path, PathBuf};

/// The file that marks a folder as a corpus; a folder without it is never replaced.
pub const MARKER: &str = "manifest.json";

/// A temporary folder that becomes the output folder on [`Staging::commit`], and is deleted if
/// dropped before.
#[derive(Debug)]
pub struct Staging {
    target: PathBuf,
    tmp: PathBuf,
    committed: bool,
}

impl Staging {
    /// Prepare an empty temporary folder beside `target` (creating `target`'s parent).
    ///
    /// Refuses a `target` that exists and is not a corpus (a file, or a non-empty folder without
    /// `manifest.json`): `--out ~` must not delete a home folder.
    pub fn begin(target: &Path) -> Result<Staging> {
        let name = target
            .file_name()
            .with_context(|| format!("{}: the output must name a folder", target.display()))?;
        let parent = match target.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        std::fs::create_dir_all(&parent)
            .with_context(|| format!("cannot create {}", parent.display()))?;
        let sibling = |suffix: &str| parent.join(format!(".{}.{suffix}", name.to_string_lossy()));
        let previous = sibling("previous");
        if previous.is_dir() {
            if target.exists() {
                std::fs::remove_dir_all(&previous)
            } else {
                std::fs::rename(&previous, target)
            }
            .with_context(|| format!("cannot clean up {}", previous.display()))?;
        }
        check_replaceable(target)?;
        let tmp = sibling("building");
        if tmp.exists() {
            std::fs::remove_dir_all(&tmp)
                .with_context(|| format!("cannot remove stale {}", tmp.display()))?;
        }
        std::fs::create_dir(&tmp).with_context(|| format!("cannot create {}", tmp.display()))?;
        Ok(Staging {
            target: target.to_path_buf(),
            tmp,
            committed: false,
        })
    }

    /// The temporary folder to write into.
    pub fn path(&self) -> &Path {
        &self.tmp
    }

    /// Put the temporary folder in place of the target.
    pub fn commit(mut self) -> Result<()> {
        let previous = self.tmp.with_file_name(
            self.tmp
                .file_name()
                .map(|n| n.to_string_lossy().replace(".building", ".previous"))
                .unwrap_or_default(),
        );
        if self.target.exists() {
            std::fs::rename(&self.target, &previous)
                .with_context(|| format!("cannot move aside {}", self.target.display()))?;
        }
        std::fs::rename(&self.tmp, &self.target)
            .with_context(|| format!("cannot rename into {}", self.target.display()))?;
        self.committed = true;
        if previous.exists() {
            std::fs::remove_dir_all(&previous)
                .with_context(|| format!("cannot remove {}", previous.display()))?;
        }
        Ok(())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_dir_all(&self.tmp);
        }
    }
}

/// A missing folder, an empty folder or a corpus may be replaced; nothing else.
fn check_replaceable(target: &Path) -> Result<()> {
    if !target.exists() {
        return Ok(());
    }
    if !target.is_dir() {
        bail!("{}: exists and is not a folder", target.display());
    }
    let empty = std::fs::read_dir(target)
        .with_context(|| format!("cannot read {}", target.display()))?
        .next()
        .is_none();
    if !empty && !target.join(MARKER).is_file() {
        bail!(
            "{}: exists and is not a corpus (no {MARKER}); refusing to replace it",
            target.display()
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn corpus_with(dir: &Path, text: &str) {
        std::fs::create_dir_all(dir).unwrap();
        std::fs::write(dir.join(MARKER), text).unwrap();
    }

    #[test]
    fn dropped_staging_leaves_the_previous_corpus() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("corpus");
        corpus_with(&out, "old");
        let staging = Staging::begin(&out).unwrap();
        std::fs::write(staging.path().join(MARKER), "new").unwrap();
        let building = staging.path().to_path_buf();
        drop(staging);
        assert_eq!(std::fs::read_to_string(out.join(MARKER)).unwrap(), "old");
        assert!(!building.exists());
    }

    #[test]
    fn commit_replaces_and_cleans_up() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("corpus");
        corpus_with(&out, "old");
        let staging = Staging::begin(&out).unwrap();
        std::fs::write(staging.path().join(MARKER), "new").unwrap();
        staging.commit().unwrap();
        assert_eq!(std::fs::read_to_string(out.join(MARKER)).unwrap(), "new");
        let names: Vec<_> = std::fs::read_dir(tmp.path()).unwrap().collect();
        assert_eq!(names.len(), 1, "only the corpus is left: {names:?}");
    }

    #[test]
    fn a_swap_killed_halfway_is_recovered() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("corpus");
        corpus_with(&tmp.path().join(".corpus.previous"), "old");
        let staging = Staging::begin(&out).unwrap();
        assert_eq!(std::fs::read_to_string(out.join(MARKER)).unwrap(), "old");
        drop(staging);
    }

    #[test]
    fn a_folder_that_is_not_a_corpus_is_refused() {
        let tmp = tempfile::tempdir().unwrap();
        std::fs::write(tmp.path().join("notes.txt"), "keep me").unwrap();
        let err = Staging::begin(tmp.path()).unwrap_err();
        assert!(format!("{err:#}").contains("not a corpus"), "{err:#}");
        assert!(tmp.path().join("notes.txt").exists());
    }
}
