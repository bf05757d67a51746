//! Investment amounts stated with a project: `总投资30.2亿元`, `估算总投资400亿元`,
//! `总投资 120 亿元` (cleaned text: spaces inside numbers are already gone).

use crate::extract::units;
use crate::model::Money;
use regex::Regex;
use std::sync::LazyLock;

/// `(估算)总投资(约)N(亿元|万元|…)`.
static INVESTMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:估算)?总投资(?:约|达|为)?\s*(\d+(?:\.\d+)?)\s*(亿元|万元|亿美元|万美元|元)")
        .expect("valid regex")
});

/// The first investment stated in `text`, with its base-unit form from the unit dictionary.
pub fn parse(text: &str) -> Option<Money> {
    let c = INVESTMENT.captures(text)?;
    let value: f64 = c.get(1)?.as_str().parse().ok()?;
    Some(of(value, c.get(2)?.as_str()))
}

/// An amount of money as written, with its base-unit form from the unit dictionary.
pub fn of(value: f64, unit: &str) -> Money {
    Money {
        value,
        unit: unit.to_string(),
        normalized: units::normalize(value, unit),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_stated_investment() {
        let m =
            parse("甲草原生态修复工程。总投资30.2亿元,由水利、林业、畜牧3个项目组成。").unwrap();
        assert_eq!((m.value, m.unit.as_str()), (30.2, "亿元"));
        let m = parse("戊地煤电基地工程。估算总投资400亿元,其中").unwrap();
        assert_eq!(m.value, 400.0);
        assert!(parse("由7个项目组成").is_none());
    }
}
