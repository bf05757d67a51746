//! Stage 1: bytes to text, with the encoding reported.
//!
//! Order: BOM (UTF-8, UTF-16LE, UTF-16BE); BOM-less UTF-16 recognised by its NUL pattern; strict
//! UTF-8; UTF-8 with a few bad bytes (kept as UTF-8, bad bytes replaced and named in a warning —
//! never reread as GB18030 mojibake); GB18030, which covers GBK and GB2312 (the hailar report).
//! There is no Latin-1 fallback: what none of these reads is an [`Error::NotText`].

use crate::error::Error;
use crate::model::Warning;
use encoding_rs::{Encoding, GB18030, UTF_16BE, UTF_16LE};

/// Decoded text, its encoding name as the contract spells it, and what decoding doubted.
#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static str,
    pub warnings: Vec<Warning>,
}

/// At most this share of a UTF-8 file may be bad bytes before we stop calling it UTF-8.
const MAX_BAD_UTF8_SHARE: f64 = 0.01;
/// At most this share of replaced characters in a GB18030 or UTF-16 reading.
const MAX_BAD_SHARE: f64 = 0.02;
/// Offsets named in a warning at most; the count is always given.
const MAX_NAMED_OFFSETS: usize = 10;

/// Decode a document's bytes.
pub fn decode(bytes: &[u8]) -> Result<Decoded, Error> {
    if bytes.starts_with(b"\x89PNG")
        || bytes.starts_with(b"%PDF")
        || bytes.starts_with(b"PK\x03\x04")
    {
        return Err(Error::NotText {
            reason: "binary file (PNG, PDF or ZIP signature)".into(),
        });
    }
    let decoded = if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        decode_utf8(rest, bytes.len())?
    } else if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        decode_with(UTF_16LE, rest, "UTF-16LE")?
    } else if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        decode_with(UTF_16BE, rest, "UTF-16BE")?
    } else if let Some(enc) = sniff_utf16(bytes) {
        decode_utf16_without_bom(enc, bytes, "its NUL pattern")?
    } else if let Ok(text) = std::str::from_utf8(bytes) {
        // The common case, validated once (valid UTF-8 is never BOM-less CJK UTF-16 here).
        Decoded {
            text: text.to_string(),
            encoding: "UTF-8",
            warnings: Vec::new(),
        }
    } else if let Some(enc) = sniff_utf16_cjk(bytes) {
        decode_utf16_without_bom(enc, bytes, "its CJK high bytes")?
    } else {
        decode_utf8(bytes, bytes.len())?
    };
    check_is_text(&decoded.text)?;
    Ok(decoded)
}

/// BOM-less UTF-16 in the byte order a sniffer chose, with a warning saying why.
fn decode_utf16_without_bom(
    enc: &'static Encoding,
    bytes: &[u8],
    why: &str,
) -> Result<Decoded, Error> {
    let name = if enc == UTF_16LE {
        "UTF-16LE"
    } else {
        "UTF-16BE"
    };
    let mut d = decode_with(enc, bytes, name)?;
    d.warnings.push(Warning::new(
        "decode.utf16_without_bom",
        format!("no byte-order mark; read as {name} from {why}"),
        None,
    ));
    Ok(d)
}

/// UTF-8, strict; a few bad bytes are replaced and warned of; many mean another encoding.
fn decode_utf8(bytes: &[u8], total: usize) -> Result<Decoded, Error> {
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Ok(Decoded {
            text: s.to_string(),
            encoding: "UTF-8",
            warnings: Vec::new(),
        });
    }
    let bad = bad_utf8_offsets(bytes);
    let offset = total - bytes.len();
    let truncated_at_end = bad.len() == 1 && is_truncated_tail(bytes, bad[0]);
    let multibyte_ok = bytes
        .iter()
        .filter(|&&b| (0xC2..=0xF4).contains(&b))
        .count()
        > bad.len() * 4;
    if truncated_at_end
        || (multibyte_ok && (bad.len() as f64) <= MAX_BAD_UTF8_SHARE * bytes.len() as f64)
    {
        let named: Vec<String> = bad
            .iter()
            .take(MAX_NAMED_OFFSETS)
            .map(|b| (b + offset).to_string())
            .collect();
        let more = if bad.len() > MAX_NAMED_OFFSETS {
            ", …"
        } else {
            ""
        };
        return Ok(Decoded {
            text: String::from_utf8_lossy(bytes).into_owned(),
            encoding: "UTF-8",
            warnings: vec![Warning::new(
                "decode.invalid_utf8",
                format!(
                    "{} invalid UTF-8 sequence(s) replaced with U+FFFD at byte offset(s) {}{more}",
                    bad.len(),
                    named.join(", ")
                ),
                None,
            )],
        });
    }
    let d = decode_with(GB18030, bytes, "GB18030")?;
    if !looks_chinese(&d.text) {
        return Err(Error::NotText {
            reason: format!(
                "invalid UTF-8 ({} bad sequences) and not plausible GB18030 text",
                bad.len()
            ),
        });
    }
    Ok(d)
}

/// Most non-ASCII characters of a real GB18030 document are CJK ideographs or CJK punctuation;
/// binary junk read as GB18030 scatters over rare blocks.
fn looks_chinese(text: &str) -> bool {
    let (mut non_ascii, mut cjk) = (0usize, 0usize);
    for c in text.chars().filter(|c| !c.is_ascii()) {
        non_ascii += 1;
        if matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3000}'..='\u{303f}' | '\u{ff00}'..='\u{ffef}' | '\u{2010}'..='\u{206f}')
        {
            cjk += 1;
        }
    }
    cjk * 5 >= non_ascii * 4
}

/// Byte offsets where invalid UTF-8 sequences start.
fn bad_utf8_offsets(bytes: &[u8]) -> Vec<usize> {
    let mut out = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        match std::str::from_utf8(&bytes[at..]) {
            Ok(_) => break,
            Err(e) => {
                let bad = at + e.valid_up_to();
                out.push(bad);
                at = bad + e.error_len().unwrap_or(bytes.len() - bad);
            }
        }
    }
    out
}

/// The one bad sequence is an incomplete character at the very end (a file cut off).
fn is_truncated_tail(bytes: &[u8], bad: usize) -> bool {
    std::str::from_utf8(&bytes[bad..])
        .err()
        .is_some_and(|e| e.error_len().is_none())
}

fn decode_with(enc: &'static Encoding, bytes: &[u8], name: &'static str) -> Result<Decoded, Error> {
    let (text, had_errors) = enc.decode_without_bom_handling(bytes);
    let mut warnings = Vec::new();
    if had_errors {
        let bad = text.chars().filter(|&c| c == '\u{FFFD}').count();
        let chars = text.chars().count().max(1);
        if bad as f64 > MAX_BAD_SHARE * chars as f64 {
            return Err(Error::NotText {
                reason: format!(
                    "mostly undecodable: {bad} of {chars} characters invalid as UTF-8 and as {name}"
                ),
            });
        }
        warnings.push(Warning::new(
            "decode.invalid_sequence",
            format!("{bad} invalid {name} sequence(s) replaced with U+FFFD"),
            None,
        ));
    }
    Ok(Decoded {
        text: text.into_owned(),
        encoding: name,
        warnings,
    })
}

/// BOM-less UTF-16: most even (LE: odd) bytes NUL in the first kilobytes of ASCII-heavy text,
/// or CJK text whose high bytes fall in the CJK block.
fn sniff_utf16(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096) & !1];
    if head.len() < 4 {
        return None;
    }
    let pairs = head.len() / 2;
    let zero_at = |parity: usize| {
        head.iter()
            .skip(parity)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count()
    };
    let (even, odd) = (zero_at(0), zero_at(1));
    if odd * 10 > pairs * 3 && even * 20 < pairs {
        return Some(UTF_16LE);
    }
    if even * 10 > pairs * 3 && odd * 20 < pairs {
        return Some(UTF_16BE);
    }
    None
}

/// BOM-less UTF-16 of Chinese text, which has no NUL bytes: not UTF-8, and nearly every high byte
/// (odd bytes in LE, even in BE) is that of an ideograph (U+4E00–U+9FFF), of CJK punctuation
/// (U+3000–U+30FF), of a full-width form (U+FF00–U+FFEF) or of ASCII. A GB18030 document fails
/// this: its lead and trail bytes (0x81–0xFE, 0x40–0xFE) fall mostly outside 0x4E–0x9F on at
/// least one parity.
fn sniff_utf16_cjk(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(8192) & !1];
    if head.len() < 16 || std::str::from_utf8(bytes).is_ok() {
        return None;
    }
    let pairs = head.len() / 2;
    let high_ok = |parity: usize| {
        head.iter()
            .skip(parity)
            .step_by(2)
            .filter(|&&b| matches!(b, 0x00 | 0x20 | 0x30 | 0x4E..=0x9F | 0xFF))
            .count()
    };
    let ideographs = |parity: usize| {
        head.iter()
            .skip(parity)
            .step_by(2)
            .filter(|&&b| (0x4E..=0x9F).contains(&b))
            .count()
    };
    // At least 95% plausible high bytes and a third of them ideographs.
    let plausible =
        |parity: usize| high_ok(parity) * 20 >= pairs * 19 && ideographs(parity) * 3 >= pairs;
    match (plausible(1), plausible(0)) {
        (true, false) => Some(UTF_16LE),
        (false, true) => Some(UTF_16BE),
        _ => None,
    }
}

/// Reject text that is mostly control characters or NULs.
fn check_is_text(text: &str) -> Result<(), Error> {
    let mut total = 0usize;
    let mut control = 0usize;
    for c in text.chars() {
        total += 1;
        if (c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}')) || c == '\u{FFFD}' {
            control += 1;
        }
    }
    if total > 0 && control * 10 > total {
        return Err(Error::NotText {
            reason: format!(
                "{control} of {total} characters are control characters, NULs or undecodable"
            ),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_boms_and_encodings() {
        let s = "某市国民经济和社会发展规划";
        assert_eq!(decode(s.as_bytes()).unwrap().encoding, "UTF-8");
        let mut bom = b"\xEF\xBB\xBF".to_vec();
        bom.extend_from_slice(s.as_bytes());
        let d = decode(&bom).unwrap();
        assert_eq!((d.encoding, d.text.as_str()), ("UTF-8", s));
        let (gb, _, _) = GB18030.encode(s);
        let d = decode(&gb).unwrap();
        assert_eq!((d.encoding, d.text.as_str()), ("GB18030", s));
        let mut le = vec![0xFF, 0xFE];
        le.extend(s.encode_utf16().flat_map(|u| u.to_le_bytes()));
        let d = decode(&le).unwrap();
        assert_eq!((d.encoding, d.text.as_str()), ("UTF-16LE", s));
        let mut be = vec![0xFE, 0xFF];
        be.extend(s.encode_utf16().flat_map(|u| u.to_be_bytes()));
        assert_eq!(decode(&be).unwrap().text, s);
    }

    #[test]
    fn truncated_utf8_stays_utf8_with_warning() {
        let s = "规划纲要".repeat(10);
        let cut = &s.as_bytes()[..s.len() - 1];
        let d = decode(cut).unwrap();
        assert_eq!(d.encoding, "UTF-8");
        assert!(d.warnings[0].message.contains(&(s.len() - 3).to_string()));
    }

    #[test]
    fn stray_byte_in_utf8_is_named() {
        let mut b = "发展目标".repeat(50).into_bytes();
        b.insert(30, 0xFF);
        let d = decode(&b).unwrap();
        assert_eq!(d.encoding, "UTF-8");
        assert!(d.warnings[0].message.contains("30"), "{:?}", d.warnings);
    }

    #[test]
    fn binary_is_an_error() {
        assert!(decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").is_err());
        assert!(decode(&[0u8; 64]).is_err());
        assert!(
            decode(&[0xED, 0xA0, 0x80]).is_err(),
            "lone surrogate in UTF-8 form"
        );
    }

    #[test]
    fn chinese_utf16_without_bom_is_read() {
        // 002's opening, as a converter that drops the BOM writes it.
        let s = "政府工作报告\n——2023年1月12日在某市第十八届人民代表大会第三次会议上\n各位代表：";
        let le: Vec<u8> = s.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        let d = decode(&le).unwrap();
        assert_eq!((d.encoding, d.text.as_str()), ("UTF-16LE", s));
        let be: Vec<u8> = s.encode_utf16().flat_map(|u| u.to_be_bytes()).collect();
        let d = decode(&be).unwrap();
        assert_eq!((d.encoding, d.text.as_str()), ("UTF-16BE", s));
        let (gb, _, _) = GB18030.encode(s);
        assert_eq!(decode(&gb).unwrap().encoding, "GB18030");
    }

    #[test]
    fn utf16_without_bom_is_read() {
        let s = "plan 2025 规划";
        let le: Vec<u8> = s.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        let d = decode(&le).unwrap();
        assert_eq!((d.encoding, d.text.as_str()), ("UTF-16LE", s));
    }
}
