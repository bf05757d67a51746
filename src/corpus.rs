//! `plancorpus build` and `plancorpus diff`: corpus folders for analysts and CI.
//!
//! (Stub until the build issue lands.)
