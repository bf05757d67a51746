//! `plancorpus diff OLD NEW`: what changed between two corpus folders, for CI review.
//!
//! Documents are matched by `doc_id` (the files in `docs/`), items within a list by a key made
//! of their section path and what names them — a target's `evidence`, a project's `name`, a
//! table's or box's caption, a section's own heading chain, a time span's text, a glossary
//! term, a warning's code and message — numbered `#2`, `#3` when a key repeats. Ids, spans,
//! section ids and parents are not compared: text inserted above an item shifts them without
//! changing the item. Documents are read as plain JSON, one pair at a time, so corpora made by
//! different versions can be compared and memory does not grow with the corpus.

use super::build::documents;
use super::csv::{PATH_SEPARATOR, heading_of};
use anyhow::{Context as _, Result, bail};
use serde::Serialize;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;
use std::path::Path;

/// The lists of a document that are compared item by item, in contract order.
pub const LISTS: [&str; 8] = [
    "sections",
    "tables",
    "targets",
    "projects",
    "boxes",
    "time_spans",
    "glossary",
    "warnings",
];

/// Document fields compared as a whole (dotted paths into the document).
const DOC_FIELDS: [&str; 6] = [
    "title",
    "kind",
    "region",
    "period",
    "source.sha256",
    "source.encoding",
];

/// Item fields that locate an item rather than say what it is.
const LOCATION_FIELDS: [&str; 5] = ["id", "span", "section", "parent", "line"];

/// Everything that differs between two corpora.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CorpusDiff {
    pub old: String,
    pub new: String,
    /// `doc_id`s only in NEW.
    pub added: Vec<String>,
    /// `doc_id`s only in OLD.
    pub removed: Vec<String>,
    /// Documents in both that differ.
    pub changed: Vec<DocDiff>,
    /// Number of documents in both that are the same.
    pub unchanged: usize,
}

/// How one document differs.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocDiff {
    pub doc_id: String,
    pub fields: Vec<FieldChange>,
    /// Every list, with its counts, whether or not its items changed.
    pub lists: Vec<ListDiff>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FieldChange {
    pub field: String,
    pub old: Value,
    pub new: Value,
}

/// One list of one document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ListDiff {
    pub list: String,
    pub old_count: usize,
    pub new_count: usize,
    pub added: Vec<Item>,
    pub removed: Vec<Item>,
    pub changed: Vec<ItemChange>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Item {
    pub key: String,
    pub item: Value,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ItemChange {
    pub key: String,
    pub fields: Vec<FieldChange>,
}

impl ListDiff {
    fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.changed.is_empty()
    }
}

impl CorpusDiff {
    /// Whether the two corpora hold the same documents with the same content.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.changed.is_empty()
    }

    /// Pretty JSON with a final newline (`diff --json`).
    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).expect("diffs always serialize");
        s.push('\n');
        s
    }

    /// The report for people: one line per added, removed or changed thing.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        let total = self.added.len() + self.removed.len() + self.changed.len() + self.unchanged;
        if self.is_empty() {
            let _ = writeln!(out, "no changes ({})", documents(self.unchanged));
            return out;
        }
        for id in &self.added {
            let _ = writeln!(out, "added document: {id}");
        }
        for id in &self.removed {
            let _ = writeln!(out, "removed document: {id}");
        }
        for doc in &self.changed {
            write_doc(&mut out, doc);
        }
        let _ = writeln!(
            out,
            "{}: {} added, {} removed, {} changed, {} unchanged",
            documents(total),
            self.added.len(),
            self.removed.len(),
            self.changed.len(),
            self.unchanged
        );
        out
    }
}

fn write_doc(out: &mut String, doc: &DocDiff) {
    let _ = writeln!(out, "changed document: {}", doc.doc_id);
    for f in &doc.fields {
        let _ = writeln!(out, "  {}: {} → {}", f.field, show(&f.old), show(&f.new));
    }
    let counts: Vec<String> = doc
        .lists
        .iter()
        .map(|l| {
            if l.old_count == l.new_count {
                format!("{} {}", l.list, l.new_count)
            } else {
                format!("{} {} → {}", l.list, l.old_count, l.new_count)
            }
        })
        .collect();
    let _ = writeln!(out, "  counts: {}", counts.join(", "));
    for l in &doc.lists {
        for i in &l.added {
            let _ = writeln!(out, "  + {} {}", l.list, i.key);
        }
        for i in &l.removed {
            let _ = writeln!(out, "  - {} {}", l.list, i.key);
        }
        for c in &l.changed {
            let fields: Vec<String> = c
                .fields
                .iter()
                .map(|f| format!("{} {} → {}", f.field, show(&f.old), show(&f.new)))
                .collect();
            let _ = writeln!(out, "  ~ {} {}: {}", l.list, c.key, fields.join("; "));
        }
    }
}

/// A JSON value on one line.
fn show(v: &Value) -> String {
    serde_json::to_string(v).unwrap_or_default()
}

/// Compare the corpus folders `old` and `new`.
pub fn diff_corpora(old: &Path, new: &Path) -> Result<CorpusDiff> {
    let old_ids = doc_ids(old)?;
    let new_ids = doc_ids(new)?;
    let mut diff = CorpusDiff {
        old: old.display().to_string(),
        new: new.display().to_string(),
        added: new_ids.difference(&old_ids).cloned().collect(),
        removed: old_ids.difference(&new_ids).cloned().collect(),
        changed: Vec::new(),
        unchanged: 0,
    };
    for id in old_ids.intersection(&new_ids) {
        let a = read_doc(old, id)?;
        let b = read_doc(new, id)?;
        let d = diff_documents(id, &a, &b);
        if d.fields.is_empty() && d.lists.iter().all(ListDiff::is_empty) {
            diff.unchanged += 1;
        } else {
            diff.changed.push(d);
        }
    }
    Ok(diff)
}

/// `doc_id`s of a corpus: the names of `docs/*.json`.
fn doc_ids(dir: &Path) -> Result<BTreeSet<String>> {
    let docs = dir.join("docs");
    if !docs.is_dir() {
        bail!("{}: not a corpus folder (no docs/)", dir.display());
    }
    let mut ids = BTreeSet::new();
    for entry in
        std::fs::read_dir(&docs).with_context(|| format!("cannot read {}", docs.display()))?
    {
        let name = entry?.file_name().to_string_lossy().into_owned();
        if let Some(id) = name.strip_suffix(".json") {
            ids.insert(id.to_string());
        }
    }
    Ok(ids)
}

fn read_doc(dir: &Path, id: &str) -> Result<Value> {
    let path = dir.join("docs").join(format!("{id}.json"));
    let text = std::fs::read_to_string(&path)
        .with_context(|| format!("cannot read {}", path.display()))?;
    serde_json::from_str(&text).with_context(|| format!("{}: not JSON", path.display()))
}

/// How document `b` differs from `a` (both as JSON).
pub fn diff_documents(doc_id: &str, a: &Value, b: &Value) -> DocDiff {
    let fields = DOC_FIELDS
        .iter()
        .filter_map(|f| {
            let pointer = format!("/{}", f.replace('.', "/"));
            let old = a.pointer(&pointer).cloned().unwrap_or(Value::Null);
            let new = b.pointer(&pointer).cloned().unwrap_or(Value::Null);
            (old != new).then(|| FieldChange {
                field: f.to_string(),
                old,
                new,
            })
        })
        .collect();
    let (paths_a, paths_b) = (SectionIndex::new(a), SectionIndex::new(b));
    let lists = LISTS
        .iter()
        .map(|list| diff_list(list, keyed(list, a, &paths_a), keyed(list, b, &paths_b)))
        .collect();
    DocDiff {
        doc_id: doc_id.to_string(),
        fields,
        lists,
    }
}

fn diff_list(list: &str, a: Vec<(String, Value)>, b: Vec<(String, Value)>) -> ListDiff {
    let old_count = a.len();
    let new_count = b.len();
    let mut old: BTreeMap<String, Value> = a.into_iter().collect();
    let mut out = ListDiff {
        list: list.to_string(),
        old_count,
        new_count,
        added: Vec::new(),
        removed: Vec::new(),
        changed: Vec::new(),
    };
    for (key, item) in b {
        match old.remove(&key) {
            None => out.added.push(Item { key, item }),
            Some(prev) => {
                let fields = changed_fields(&prev, &item);
                if !fields.is_empty() {
                    out.changed.push(ItemChange { key, fields });
                }
            }
        }
    }
    out.removed = old
        .into_iter()
        .map(|(key, item)| Item { key, item })
        .collect();
    out
}

/// Fields (other than [`LOCATION_FIELDS`]) whose values differ.
fn changed_fields(a: &Value, b: &Value) -> Vec<FieldChange> {
    let empty = serde_json::Map::new();
    let (oa, ob) = (
        a.as_object().unwrap_or(&empty),
        b.as_object().unwrap_or(&empty),
    );
    let names: BTreeSet<&String> = oa.keys().chain(ob.keys()).collect();
    names
        .into_iter()
        .filter(|n| !LOCATION_FIELDS.contains(&n.as_str()))
        .filter_map(|n| {
            let old = oa.get(n).cloned().unwrap_or(Value::Null);
            let new = ob.get(n).cloned().unwrap_or(Value::Null);
            (old != new).then(|| FieldChange {
                field: n.clone(),
                old,
                new,
            })
        })
        .collect()
}

/// The items of `list` in `doc` with their keys, repeated keys numbered `#2`, `#3`.
fn keyed(list: &str, doc: &Value, paths: &SectionIndex) -> Vec<(String, Value)> {
    let items = doc
        .get(list)
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let mut seen: HashMap<String, usize> = HashMap::new();
    items
        .into_iter()
        .map(|item| {
            let base = item_key(list, &item, paths);
            let n = seen.entry(base.clone()).or_insert(0);
            *n += 1;
            let key = if *n == 1 {
                base
            } else {
                format!("{base} #{n}")
            };
            (key, item)
        })
        .collect()
}

/// `[section path] name` of an item.
fn item_key(list: &str, item: &Value, paths: &SectionIndex) -> String {
    let s = |f: &str| item.get(f).and_then(Value::as_str).unwrap_or("");
    let located = |name: &str| {
        let path = paths.path(item.get("section").and_then(Value::as_str));
        if path.is_empty() {
            name.to_string()
        } else {
            format!("[{path}] {name}")
        }
    };
    match list {
        "sections" => paths.path(item.get("id").and_then(Value::as_str)),
        "tables" => located(s("caption")),
        "targets" => located(s("evidence")),
        "projects" => located(s("name")),
        "boxes" => located(s("caption")),
        "time_spans" => s("text").to_string(),
        "glossary" => s("term").to_string(),
        "warnings" => format!("{}: {}", s("code"), s("message")),
        _ => show(item),
    }
}

/// Section headings of one JSON document by id, for section paths.
struct SectionIndex {
    by_id: HashMap<String, (Option<String>, String)>,
}

impl SectionIndex {
    fn new(doc: &Value) -> Self {
        let mut by_id = HashMap::new();
        for s in doc
            .get("sections")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let get = |f: &str| s.get(f).and_then(Value::as_str).map(str::to_string);
            if let Some(id) = get("id") {
                let heading =
                    heading_of(get("label").as_deref(), &get("title").unwrap_or_default());
                by_id.insert(id, (get("parent"), heading));
            }
        }
        SectionIndex { by_id }
    }

    /// Headings from the top down to section `id`, joined with ` > `.
    fn path(&self, id: Option<&str>) -> String {
        let mut chain = Vec::new();
        let mut cur = id;
        while let Some((parent, heading)) = cur.and_then(|i| self.by_id.get(i)) {
            if chain.len() > self.by_id.len() {
                break;
            }
            chain.push(heading.as_str());
            cur = parent.as_deref();
        }
        chain.reverse();
        chain.join(PATH_SEPARATOR)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn doc(targets: Value) -> Value {
        json!({
            "doc_id": "d", "title": "t",
            "sections": [
                {"id": "s1", "parent": null, "label": "第二章", "title": "发展目标"},
                {"id": "s2", "parent": "s1", "label": "一、", "title": "主要指标"}
            ],
            "targets": targets
        })
    }

    #[test]
    fn targets_are_matched_by_section_path_and_evidence() {
        let a = doc(json!([
            {"id": "t1", "section": "s2", "evidence": "增长7%", "value": 7.0, "span": {"start": 1}},
            {"id": "t2", "section": "s2", "evidence": "达到100亿元", "value": 100.0}
        ]));
        let b = doc(json!([
            {"id": "t1", "section": "s2", "evidence": "增长7%", "value": 7.5, "span": {"start": 9}},
            {"id": "t2", "section": "s1", "evidence": "达到100亿元", "value": 100.0}
        ]));
        let d = diff_documents("d", &a, &b);
        let targets = d.lists.iter().find(|l| l.list == "targets").unwrap();
        assert_eq!(targets.changed.len(), 1);
        assert_eq!(
            targets.changed[0].key,
            "[第二章 发展目标 > 一、主要指标] 增长7%"
        );
        assert_eq!(targets.changed[0].fields[0].field, "value");
        assert_eq!(targets.added[0].key, "[第二章 发展目标] 达到100亿元");
        assert_eq!(
            targets.removed[0].key,
            "[第二章 发展目标 > 一、主要指标] 达到100亿元"
        );
    }

    #[test]
    fn repeated_keys_are_numbered() {
        let a = doc(json!([{"evidence": "增长7%"}, {"evidence": "增长7%"}]));
        let keys: Vec<String> = keyed("targets", &a, &SectionIndex::new(&a))
            .into_iter()
            .map(|(k, _)| k)
            .collect();
        assert_eq!(keys, ["增长7%", "增长7% #2"]);
    }
}
