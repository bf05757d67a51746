//! Chinese numerals: 十四 → 14, 二〇三五 → 2035, 一千二百 → 1200, and back (14 → 十四).
//!
//! These functions convert a numeral the caller has already delimited. They do not decide
//! whether a word holds a number at all: 十四五 is a plan name, 二氧化碳 a gas — callers guard by
//! context (see `extract::numbers`).

fn digit(c: char) -> Option<u64> {
    Some(match c {
        '〇' | '零' | '0' => 0,
        '一' | '壹' => 1,
        '二' | '两' | '贰' => 2,
        '三' | '叁' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

fn small_unit(c: char) -> Option<u64> {
    Some(match c {
        '十' | '拾' => 10,
        '百' | '佰' => 100,
        '千' | '仟' => 1000,
        _ => return None,
    })
}

/// Value of a Chinese numeral, or `None` if `s` is not one.
///
/// Positional strings of digits (二〇三五) read digit by digit; others by units (一千二百 → 1200,
/// 十四 → 14, 两万 → 20000).
pub fn chinese_to_u64(s: &str) -> Option<u64> {
    if s.is_empty() {
        return None;
    }
    if s.chars().count() > 1 && s.chars().all(|c| digit(c).is_some()) {
        return s
            .chars()
            .try_fold(0u64, |acc, c| acc.checked_mul(10)?.checked_add(digit(c)?));
    }
    let mut total: u64 = 0; // completed 亿 groups and 万 groups
    let mut section: u64 = 0; // below 万
    let mut current: Option<u64> = None;
    for c in s.chars() {
        if let Some(d) = digit(c) {
            current = Some(d);
        } else if let Some(u) = small_unit(c) {
            section = section.checked_add(current.unwrap_or(1).checked_mul(u)?)?;
            current = None;
        } else if c == '万' || c == '亿' {
            let big = if c == '万' { 10_000 } else { 100_000_000 };
            let group = section.checked_add(current.unwrap_or(0))?;
            let group = if group == 0 { 1 } else { group };
            total = if c == '亿' {
                total.checked_add(group)?.checked_mul(big)?
            } else {
                total.checked_add(group.checked_mul(big)?)?
            };
            section = 0;
            current = None;
        } else {
            return None;
        }
    }
    total
        .checked_add(section)?
        .checked_add(current.unwrap_or(0))
}

/// [`chinese_to_u64`] narrowed to `u32`.
pub fn chinese_to_u32(s: &str) -> Option<u32> {
    chinese_to_u64(s).and_then(|v| u32::try_from(v).ok())
}

/// 14 → 十四, 10 → 十, 21 → 二十一, 105 → 一百零五 (for names such as 十四五).
pub fn u32_to_chinese(n: u32) -> String {
    const D: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    match n {
        0..=9 => D[n as usize].to_string(),
        10..=19 => format!(
            "十{}",
            if n == 10 {
                String::new()
            } else {
                D[(n % 10) as usize].to_string()
            }
        ),
        20..=99 => {
            let tail = if n.is_multiple_of(10) {
                String::new()
            } else {
                D[(n % 10) as usize].to_string()
            };
            format!("{}十{}", D[(n / 10) as usize], tail)
        }
        100..=999 => {
            let rest = n % 100;
            let tail = match rest {
                0 => String::new(),
                1..=9 => format!("零{}", D[rest as usize]),
                10..=19 => format!("一{}", u32_to_chinese(rest)),
                _ => u32_to_chinese(rest),
            };
            format!("{}百{}", D[(n / 100) as usize], tail)
        }
        _ => n.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_numerals() {
        for (s, v) in [
            ("十四", 14),
            ("十", 10),
            ("九十九", 99),
            ("二十一", 21),
            ("一千二百", 1200),
            ("二〇三五", 2035),
            ("两万", 20000),
            ("一百零五", 105),
            ("三亿五千万", 350_000_000),
        ] {
            assert_eq!(chinese_to_u64(s), Some(v), "{s}");
        }
        assert_eq!(chinese_to_u64("二氧化碳"), None);
        assert_eq!(chinese_to_u64(""), None);
    }

    #[test]
    fn writes_numerals() {
        for n in [1, 10, 14, 20, 21, 99, 105, 110, 115] {
            assert_eq!(chinese_to_u64(&u32_to_chinese(n)), Some(n as u64), "{n}");
        }
        assert_eq!(u32_to_chinese(12), "十二");
    }
}
