//! The unit dictionary: each unit as written (亿元, 万人, 万吨/年, ‰) with its base unit and
//! factor, so that values compare across documents (94 亿元 → 9.4e9 CNY).
//!
//! (Stub until the dictionary lands: no unit is known yet.)

use crate::model::NormalizedValue;

/// A unit known to the dictionary.
#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    /// As written in the text (`亿元`).
    pub name: &'static str,
    /// Base unit (`CNY`, `persons`, `%`, `mu`, `kW`, `t/year`, …).
    pub base: &'static str,
    /// Multiplier to the base unit (亿元 → 1e8).
    pub factor: f64,
}

/// Look up a unit exactly as written (after normalization: full-width folded).
pub fn lookup(_unit: &str) -> Option<&'static Unit> {
    None
}

/// The longest unit of the dictionary that `text` starts with (`亿元,年均增长` → 亿元).
pub fn longest_prefix(_text: &str) -> Option<&'static Unit> {
    None
}

/// `value` in `unit` expressed in base units, if the unit is known.
pub fn normalize(value: f64, unit: &str) -> Option<NormalizedValue> {
    lookup(unit).map(|u| NormalizedValue {
        value: value * u.factor,
        unit: u.base.to_string(),
    })
}
