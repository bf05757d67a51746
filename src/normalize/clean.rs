//! Cleaning one source line: markup removed, full-width forms folded, spaces inside numbers
//! joined — with a map from every byte of the cleaned text back to the source byte it came from.
//!
//! Example (000, line 19): `实现生产总值 94 亿元，年均增长 14.76%` cleans to
//! `实现生产总值94亿元,年均增长14.76%`; the map sends `9` back to the `9` of the source.

use regex::Regex;
use std::sync::LazyLock;
use unicode_normalization::UnicodeNormalization;

/// A cleaned line and what the cleaning saw.
#[derive(Debug, Clone, Default)]
pub struct Cleaned {
    pub text: String,
    /// Source byte offset for every byte of `text`.
    pub map: Vec<u32>,
    /// The line carried markdown heading marks (`#`, `##`, …) — a hint only, never a level.
    pub heading_mark: bool,
    /// The whole line was bold (`**…**`) or wrapped in `<b>`.
    pub bold: bool,
    /// The line started with a markdown bullet (`- `, `* `).
    pub bullet: bool,
    /// The line started with a tab or a wide run of spaces.
    pub indented: bool,
    /// The line is a pipe-table row (`| a | b |`); its pipes are kept.
    pub pipe_row: bool,
}

/// Markup whose bytes are dropped wherever they stand: struck text with its content (`~~6%~~
/// 6.5%`, `<del>7</del>`: a draft's deleted value, probes34 county_15th_outline_draft_with_revision
/// _notes line 38), HTML tags, `<sup>n</sup>` footnote marks with their content, markdown's
/// footnote marks (`40120[^2]`, probes42 county_15th_plan_cms_markdown_export line 67),
/// bold/italic markers, a word processor's tracked deletions (`[删除: 5368.2亿元]`) and the marks
/// of its insertions, HTML entities for spaces; and the other entities a
/// converter escapes text with (`&gt;95`, `&amp;`, `&#12289;`, the names of [`NAMED_ENTITIES`]),
/// which [`entity`] decodes.
static INLINE_MARKUP: LazyLock<Regex> = LazyLock::new(|| {
    let names: Vec<&str> = NAMED_ENTITIES.iter().map(|&(n, _)| n).collect();
    Regex::new(&format!(
        r"(?i)~~[^~\n]{{1,40}}~~|\[删除[:：][^\[\]\n]{{0,60}}\]|\[插入[:：][ ]?[^\[\]\n]{{0,60}}\]|<(?:del|s|strike)>[^<>]{{0,40}}</(?:del|s|strike)>|<sup>[^<>]{{0,12}}</sup>|\[\^[0-9A-Za-z]{{1,6}}\]|</?[a-z][a-z0-9]*(?:\s[^<>]{{0,200}})?/?>|\*\*|__|&nbsp;|&ensp;|&emsp;|&(?:{}|#[0-9]{{1,7}}|#x[0-9a-f]{{1,6}});",
        names.join("|")
    ))
    .expect("valid regex")
});

/// The named entities decoded, with their characters: HTML's escapes, and the comparisons and
/// typography a web table writes as names (`&ge;2.6`, probes18 city_14th_plan_toc_html_table
/// line 66).
const NAMED_ENTITIES: &[(&str, char)] = &[
    ("lt", '<'),
    ("gt", '>'),
    ("amp", '&'),
    ("quot", '"'),
    ("apos", '\''),
    ("ge", '≥'),
    ("le", '≤'),
    ("ne", '≠'),
    ("times", '×'),
    ("middot", '·'),
    ("mdash", '—'),
    ("ndash", '–'),
    ("hellip", '…'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("yen", '¥'),
    ("plusmn", '±'),
    ("deg", '°'),
    ("permil", '‰'),
];

/// The character an HTML entity stands for (`&gt;` → `>`, `&#x4E00;` → `一`); `None` for the
/// space entities, which are dropped, and for a code that is no character.
fn entity(m: &str) -> Option<char> {
    let name = m.strip_prefix('&')?.strip_suffix(';')?.to_ascii_lowercase();
    if let Some(&(_, c)) = NAMED_ENTITIES.iter().find(|&&(n, _)| n == name) {
        return Some(c);
    }
    let code = match name.strip_prefix("#x") {
        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
        None => name.strip_prefix('#')?.parse().ok()?,
    };
    char::from_u32(code).filter(|c| !c.is_control())
}

/// Line-initial markdown: heading marks, block quotes, bullets; and the symbols a web page or an
/// infographic sets before its items, a space after them or not (`▲ 规模以上工业增加值`, `◆常住人口
/// 城镇化率`, probes47 city_portal_infographic_gwr_2026 lines 17, 42).
static LEADING_MARKUP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^[\s\u{{3000}}]*(?:(?P<h>#{{1,6}})[ \t\u{{3000}}]*|>[ \t]*|(?P<b>[-*+])[ \t\u{{3000}}]+|(?P<s>[{BULLET_SYMBOLS}])[ \t\u{{3000}}]*)",
    ))
    .expect("valid regex")
});

/// Symbols that open an item whether a space follows them or not.
const BULLET_SYMBOLS: &str = "•●▲△◆◇★☆■▶►";

/// Whether a raw line is a row of a pipe table: opening with a pipe, with another after it
/// (`| 指标 | 单位 |`) or with words after a lone one, the row's last cell wrapping onto the
/// next line (`| 12.每千人口拥有3岁以下婴幼儿`); or the rest of such a row, closing with a pipe
/// (`托位数 | 个 | 1.2 | 4.5 | 4.1 | 否 |`, probes29 city_14th_final_evaluation_2026 lines
/// 36–37).
fn is_pipe_row(raw: &str, opening: Option<char>) -> bool {
    let t = raw.trim_end();
    match opening {
        Some('|') => t.trim_start().len() > 1,
        Some(_) => (t.ends_with('|') && t.matches('|').count() >= 2) || separators(t) >= 2,
        None => false,
    }
}

/// Pipes standing between spaces (` | `): the separators of a pipe table printed without its
/// outer pipes (`序号 | 指标名称 | 单位 | 2025现状 | 2030目标 | 指标性质`, probes32
/// city_water_resources_15th_plan line 41).
pub fn separators(raw: &str) -> usize {
    let b = raw.as_bytes();
    (1..b.len().saturating_sub(1))
        .filter(|&i| {
            b[i] == b'|' && b[i - 1].is_ascii_whitespace() && b[i + 1].is_ascii_whitespace()
        })
        .count()
}

/// Clean the line `raw`, whose first byte is at source offset `base`.
///
/// One pass folds the characters that survive markup removal into a [`Folded`] text, copying
/// unchanged stretches whole and noting where the spaces are; whitespace is then handled at
/// those places only. Most lines hold no markup, so each regex runs only where a cheap check
/// says it could match.
pub fn clean_line(raw: &str, base: usize) -> Cleaned {
    clean(raw, base, false)
}

/// [`clean_line`] for a line known to be a table row whose cells are separated by pipes
/// (`normalize::csv_rows`): its pipes are kept, wherever they stand.
pub fn clean_row(raw: &str, base: usize) -> Cleaned {
    clean(raw, base, true)
}

fn clean(raw: &str, base: usize, row: bool) -> Cleaned {
    // A line copied from a web page opens with its block tags (`<p>　　一是……</p>`,
    // `<li>…`): what the line starts with — indentation, a heading mark, a bullet — is read
    // after them. The tags themselves are inline markup, dropped below.
    let lead = leading_tags(raw);
    let line = &raw[lead..];
    let mut out = Cleaned {
        indented: line.starts_with('\t') || line.starts_with("  ") || line.starts_with('\u{3000}'),
        bullet: lead > 0 && raw[..lead].to_ascii_lowercase().contains("<li"),
        ..Cleaned::default()
    };
    // Both line-initial regexes open with `[\s\u{3000}]*` (Unicode white space, as
    // `char::is_whitespace`) and then need a markup character.
    let opening = line.trim_start_matches(char::is_whitespace).chars().next();
    let body_start = match opening {
        // `<td>>95</td>`: a `>` after a tag is text, not a markdown block quote; so is a `>`
        // right before a number, a table cell of its own on a line (`>95`, `>=8`, `>[10]`).
        Some('>') if lead > 0 || compares(line) => 0,
        Some(c) if "#>-*+".contains(c) || BULLET_SYMBOLS.contains(c) => {
            match strip_leading_markup(line, &mut out) {
                0 => 0,
                n => lead + n,
            }
        }
        _ => 0,
    };
    let body = &raw[body_start..];
    let trimmed = body.trim();
    out.bold = (trimmed.starts_with("**") && trimmed.ends_with("**") && trimmed.len() > 4)
        || starts_with_ignore_case(trimmed, "<b>")
        || starts_with_ignore_case(trimmed, "<p><b>");
    out.pipe_row = row || is_pipe_row(raw, opening);
    // A line with a separator keeps its pipes even when it is no row by itself: the wrapped
    // first part of a row (`4 | 农田灌溉水有效利用`), which the normalizer marks by its neighbours.
    let keep_pipes = out.pipe_row || separators(raw) > 0;
    let mut folded = Folded::with_capacity(raw.len());
    let mut from = body_start;
    for m in inline_markup(body) {
        let start = body_start + m.start;
        folded.push_folded(&raw[from..start], base + from, keep_pipes);
        // A decoded entity maps to its `&`: a span from it covers the whole entity.
        if let Some(c) = raw.get(start..body_start + m.end).and_then(entity) {
            folded.push_folded(c.encode_utf8(&mut [0; 4]), base + start, keep_pipes);
        }
        from = body_start + m.end;
    }
    folded.push_folded(&raw[from..], base + from, keep_pipes);
    write_spaced(folded, &mut out);
    repair_ocr_digits(&mut out.text);
    repair_ocr_points(&mut out);
    out
}

/// A decimal point OCR read as a full stop, mended: `增长12。1%` → `12.1%`, `8。5%` (probes43
/// county_11th_plan_2006_ocr_errors lines 22, 64). Only between digits, one or two decimals
/// after it and then a percent sign: a sentence ending in a number (`达到12。2025年…`) stays.
/// The point maps to the full stop's first byte.
fn repair_ocr_points(out: &mut Cleaned) {
    const STOP: &str = "。";
    if !out.text.contains(STOP) {
        return;
    }
    let mut at = 0;
    while let Some(k) = out.text[at..].find(STOP) {
        let i = at + k;
        let after = &out.text[i + STOP.len()..];
        let decimals = after.bytes().take_while(u8::is_ascii_digit).count();
        let mended = out.text[..i].ends_with(|c: char| c.is_ascii_digit())
            && (1..=2).contains(&decimals)
            && after[decimals..].starts_with(['%', '‰']);
        if mended {
            out.text.replace_range(i..i + STOP.len(), ".");
            out.map.drain(i + 1..i + STOP.len());
            at = i + 1;
        } else {
            at = i + STOP.len();
        }
    }
}

/// Letters that OCR reads for digits: `O`/`o` for 0, `l`/`I` for 1.
fn ocr_digit(c: u8) -> Option<u8> {
    match c {
        b'O' | b'o' => Some(b'0'),
        b'l' | b'I' => Some(b'1'),
        _ => None,
    }
}

/// OCR slips inside numbers, mended: `3l05元` → `3105元`, `２O１O年` → `2010年`. A run of digits,
/// dots and such letters is mended when it stands alone among ASCII letters and digits (not
/// `CO2`, `SO2`, `O2O`), holds at least two digits (one before `%`: `l0％`), and no more letters
/// than digits. One byte for one: the byte map to the source is unchanged.
fn repair_ocr_digits(text: &mut String) {
    if !text.bytes().any(|c| ocr_digit(c).is_some()) {
        return;
    }
    let in_run = |c: u8| c.is_ascii_digit() || c == b'.' || ocr_digit(c).is_some();
    let bytes = text.as_bytes();
    let mut runs = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let s = i;
        while i < bytes.len() && in_run(bytes[i]) {
            i += 1;
        }
        if i == s {
            i += 1;
            continue;
        }
        let run = &bytes[s..i];
        let alone = (s == 0 || !bytes[s - 1].is_ascii_alphanumeric())
            && bytes.get(i).is_none_or(|c| !c.is_ascii_alphanumeric());
        let digits = run.iter().filter(|c| c.is_ascii_digit()).count();
        let letters = run.iter().filter(|&&c| ocr_digit(c).is_some()).count();
        // `l0%`: one digit is enough before a percent sign.
        let next = text[i..].chars().next();
        let percent = matches!(next, Some('%' | '‰'));
        // `l5:50:35`: the first part of a ratio.
        let ratio = next == Some(':') && text[i + 1..].starts_with(|c: char| c.is_ascii_digit());
        let enough = digits >= 2 || (digits == 1 && (percent || ratio));
        // `3O亿元`, `6OOO元`, `l2座`: a number before a Chinese unit, opening with a digit or `l`
        // (never `O`: `O3` is ozone).
        let before_unit = next.is_some_and(is_ideograph)
            && digits >= 1
            && (run[0].is_ascii_digit() || run[0] == b'l');
        // `1OO%` (probes50 county_gwr_2027_ocr_noisy line 72): a percentage opening with a digit.
        let hundred = percent && run[0].is_ascii_digit() && letters <= 2;
        if alone && letters >= 1 && ((enough && letters <= digits) || before_unit || hundred) {
            runs.push(s..i);
        }
    }
    for r in runs {
        let mended: String = text[r.clone()]
            .bytes()
            .map(|c| char::from(ocr_digit(c).unwrap_or(c)))
            .collect();
        text.replace_range(r, &mended);
    }
}

/// Whether a line opening with `>` states a comparison (`>95`, `>=8`, `>[10]`) rather than
/// quoting: a markdown block quote puts a space or text after the `>`, not a number.
fn compares(line: &str) -> bool {
    let mut chars = line.trim_start_matches(char::is_whitespace).chars().skip(1);
    matches!(chars.next(), Some(c) if c.is_ascii_digit() || matches!(c, '=' | '[' | '〔' | '［'))
}

/// Opening HTML tags at the start of a line (`<p>`, `<p style="…">`, `<li>`), with the white
/// space around them: their length in bytes, 0 when the line does not open with a tag.
fn leading_tags(raw: &str) -> usize {
    if !raw.trim_start().starts_with('<') {
        return 0;
    }
    LEADING_TAGS.find(raw).map_or(0, |m| m.end())
}

/// See [`leading_tags`]. Closing tags and `<sup>` marks are not openings: they are left to
/// [`INLINE_MARKUP`].
static LEADING_TAGS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:[ \t]*<(?:p|div|li|span|font|section|article|td)(?:\s[^<>]{0,200})?>)+")
        .expect("valid regex")
});

/// Line-initial markdown (`## `, `> `, `- `): notes a heading mark or bullet in `out` and returns
/// the byte where the body starts.
fn strip_leading_markup(raw: &str, out: &mut Cleaned) -> usize {
    let Some(caps) = LEADING_MARKUP.captures(raw) else {
        return 0;
    };
    out.heading_mark = caps.name("h").is_some();
    out.bullet = caps.name("b").is_some() || caps.name("s").is_some();
    caps.get(0).map_or(0, |m| m.end())
}

/// Byte ranges of `body` that inline markup (`**`, `<b>`, `<sup>3</sup>`) covers, in order. A
/// unit's exponent keeps its digit, its tags dropped: `μg/m<sup>3</sup>` → `μg/m3`,
/// `km<sup>2</sup>` → `km2` (probes24 city_eco_env_15th_plan_html lines 28, 58).
fn inline_markup(body: &str) -> Vec<std::ops::Range<usize>> {
    if !may_hold_markup(body) {
        return Vec::new();
    }
    let mut out = Vec::new();
    for m in INLINE_MARKUP.find_iter(body) {
        let r = m.range();
        let exponent =
            matches!(m.as_str(), "<sup>2</sup>" | "<sup>3</sup>") && body[..r.start].ends_with('m');
        // A tracked insertion keeps its words, its marks dropped: `[插入: 5391.7亿元]` (probes59
        // province_gwr_2026_draft_with_tracked_changes line 14); a deletion goes whole.
        if m.as_str().starts_with("[插入") {
            let open = m.as_str().find([':', '：']).map_or(0, |c| {
                c + m.as_str()[c..].chars().next().map_or(1, char::len_utf8)
            });
            let open = open + usize::from(m.as_str()[open..].starts_with(' '));
            out.push(r.start..r.start + open);
            out.push(r.end - 1..r.end);
            continue;
        }
        if exponent {
            out.push(r.start..r.start + "<sup>".len());
            out.push(r.end - "</sup>".len()..r.end);
        } else {
            out.push(r);
        }
    }
    out
}

/// Whether `s` holds a byte that can start inline markup: a scan without early exit, which the
/// compiler vectorizes.
fn may_hold_markup(s: &str) -> bool {
    s.bytes().fold(false, |seen, b| {
        seen | matches!(b, b'<' | b'*' | b'_' | b'&' | b'~' | b'^' | b'[')
    })
}

/// Text folded to its compatibility forms before whitespace handling, with the source offset of
/// the character behind every byte and where its spaces and tabs are.
struct Folded {
    text: String,
    map: Vec<u32>,
    /// Byte offsets in `text` of its spaces and tabs, ascending.
    gaps: Vec<usize>,
}

impl Folded {
    fn with_capacity(n: usize) -> Self {
        Folded {
            text: String::with_capacity(n),
            map: Vec::with_capacity(n),
            gaps: Vec::new(),
        }
    }

    /// Appends `seg`, whose first byte is at source offset `at`, folded (NFKC: `２０１５` →
    /// `2015`, `（` → `(`, `　` → space), without `\r` and, unless `keep_pipes`, without `|`.
    /// ASCII and CJK ideographs are recognised by their first byte without decoding; the text of
    /// characters that fold to themselves — nearly all of them — is copied a stretch at a time,
    /// their map entries as they are met.
    fn push_folded(&mut self, seg: &str, at: usize, keep_pipes: bool) {
        let bytes = seg.as_bytes();
        // Start of the stretch of unchanged characters whose text is not pushed yet.
        let mut same = 0;
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            let src = (at + i) as u32;
            if b.is_ascii() {
                if b == b'\r' || (b == b'|' && !keep_pipes) {
                    self.text.push_str(&seg[same..i]);
                    same = i + 1;
                } else {
                    if is_gap(b) {
                        self.gaps.push(self.text.len() + (i - same));
                    }
                    self.map.push(src);
                }
                i += 1;
                continue;
            }
            if (0xe4..=0xe9).contains(&b) {
                // U+4000–U+9FFF, three bytes: CJK ideographs (and hexagram signs), which NFKC
                // leaves alone (see `fold_common`).
                self.map.extend_from_slice(&[src; 3]);
                i += 3;
                continue;
            }
            let Some(c) = seg[i..].chars().next() else {
                break;
            };
            let next = i + c.len_utf8();
            // Box-drawing characters (`┌─┐`, `│`) frame a boxed list drawn in text (probes10
            // rural_revitalization_plan_boxes lines 47–58): borders, never text.
            if ('\u{2500}'..='\u{257f}').contains(&c) {
                self.text.push_str(&seg[same..i]);
                same = next;
                i = next;
                continue;
            }
            let unchanged = match fold_common(c) {
                Some(f) if f == c => true,
                Some(f) => {
                    self.text.push_str(&seg[same..i]);
                    self.push_str(f.encode_utf8(&mut [0; 4]), src);
                    false
                }
                // `①` is a list mark, and NFKC would make it the digit `1` of a value (`①人均…`
                // → `1人`).
                None if is_circled_number(c) => true,
                None => with_nfkc(c, |f| {
                    let unchanged = f == &seg[i..next];
                    if !unchanged {
                        self.text.push_str(&seg[same..i]);
                        self.push_str(f, src);
                    }
                    unchanged
                }),
            };
            if unchanged {
                self.map.extend(std::iter::repeat_n(src, next - i));
            } else {
                same = next;
            }
            i = next;
        }
        self.text.push_str(&seg[same..]);
    }

    /// Appends text that folding produced, all from source offset `src`.
    fn push_str(&mut self, folded: &str, src: u32) {
        let at = self.text.len();
        let gaps = folded.bytes().enumerate().filter(|&(_, b)| is_gap(b));
        self.gaps.extend(gaps.map(|(k, _)| at + k));
        self.text.push_str(folded);
        self.map.extend(std::iter::repeat_n(src, folded.len()));
    }
}

/// Circled numbers `①`–`⑳`, `㉑`–`㉟`, `㊱`–`㊿`: list marks, kept as they are.
fn is_circled_number(c: char) -> bool {
    matches!(c, '\u{2460}'..='\u{2473}' | '\u{3251}'..='\u{325f}' | '\u{32b1}'..='\u{32bf}')
}

/// NFKC of the characters that fill plan text, without the general algorithm: ASCII and CJK
/// ideographs (U+3400–U+9FFF, hexagram signs among them) stay, full-width ASCII forms (`，` `２`
/// `％`) shift to ASCII, the ideographic space becomes a space, CJK punctuation (`、` `。` `《`)
/// stays — except U+3036 and U+3038–303A, which NFKC changes — and so do the quotes and dashes
/// of Chinese text (`“` `’` `—` `·`). None for any other character (the caller applies NFKC); a
/// test checks every character of these blocks against the general algorithm.
fn fold_common(c: char) -> Option<char> {
    match c {
        _ if c.is_ascii() => Some(c),
        '\u{3400}'..='\u{9fff}' => Some(c),
        '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0),
        '\u{3000}' => Some(' '),
        '\u{3001}'..='\u{3035}' | '\u{3037}' | '\u{303b}'..='\u{303f}' => Some(c),
        '“' | '”' | '‘' | '’' | '—' | '–' | '―' | '·' => Some(c),
        _ => None,
    }
}

thread_local! {
    /// NFKC of each other character met so far on this thread: quotes, dashes and the ellipsis
    /// (`“` `—` `…` → `...`) recur on every page and the general algorithm costs hundreds of
    /// instructions a call.
    static FOLDED: std::cell::RefCell<rustc_hash::FxHashMap<char, Box<str>>> =
        std::cell::RefCell::default();
}

/// `f` of the NFKC of `c`, memoized per thread.
fn with_nfkc<R>(c: char, f: impl FnOnce(&str) -> R) -> R {
    FOLDED.with(|memo| {
        let mut memo = memo.borrow_mut();
        let folded = memo
            .entry(c)
            .or_insert_with(|| std::iter::once(c).nfkc().collect::<String>().into());
        f(folded)
    })
}

/// Whether `s` starts with the ASCII `prefix`, ignoring ASCII case (`<P><B>`).
fn starts_with_ignore_case(s: &str, prefix: &str) -> bool {
    s.as_bytes()
        .get(..prefix.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// A whitespace byte of folded text: NFKC has turned the no-break and ideographic spaces
/// (`\u{a0}`, `\u{3000}`) into `' '`.
fn is_gap(b: u8) -> bool {
    b == b' ' || b == b'\t'
}

fn is_ideograph(c: char) -> bool {
    ('\u{3400}'..='\u{9fff}').contains(&c) || ('\u{f900}'..='\u{faff}').contains(&c) || c == '〇'
}

/// Whitespace: trimmed at both ends; a tab or a run of two or more spaces inside becomes one
/// `\t` (a cell gap); a single space is dropped where it splits a number or a number from its
/// unit (`94 亿元`, `2 0 0 1年`, `14.76 %`), kept between two words. The text between gaps is
/// copied whole; a line without gaps is moved, not copied.
fn write_spaced(folded: Folded, out: &mut Cleaned) {
    let Folded { text, map, gaps } = folded;
    if gaps.is_empty() {
        out.text = text;
        out.map = map;
        return;
    }
    // The gaps at the start (offsets 0, 1, 2, …) and at the end are trimmed.
    let first = gaps.iter().zip(0..).take_while(|&(&g, k)| g == k).count();
    let mut inner = &gaps[first..];
    let mut end = text.len();
    while let Some((&last, rest)) = inner.split_last() {
        if last + 1 != end {
            break;
        }
        end = last;
        inner = rest;
    }
    if first >= end {
        return;
    }
    out.text.reserve(end - first);
    out.map.reserve(end - first);
    let mut pos = first;
    for run in inner.chunk_by(|a, b| a + 1 == *b) {
        let (Some(&gap), Some(&last)) = (run.first(), run.last()) else {
            continue;
        };
        out.text.push_str(&text[pos..gap]);
        out.map.extend_from_slice(&map[pos..gap]);
        if run.len() >= 2 || text.as_bytes()[gap] == b'\t' {
            out.text.push('\t');
            out.map.push(map[gap]);
        } else if keep_single_space(&text, gap) {
            out.text.push(' ');
            out.map.push(map[gap]);
        }
        pos = last + 1;
    }
    out.text.push_str(&text[pos..end]);
    out.map.extend_from_slice(&map[pos..end]);
}

/// Whether the single space at byte `i` of `text` separates words (kept) or splits a number
/// (dropped).
fn keep_single_space(text: &str, i: usize) -> bool {
    let (Some(p), Some(n)) = (text[..i].chars().next_back(), text[i + 1..].chars().next()) else {
        return false;
    };
    if matches!(p, '%' | '‰' | '/' | '|') || matches!(n, '%' | '‰' | '/' | '|') {
        return false;
    }
    if p.is_ascii_digit() && n.is_ascii_digit() {
        // `2 0 0 1年` joins; `270 21.9` (two numbers) stays apart; `13 908亿斤` (a space between
        // thousands, probes6 national_style_gwr_2024 line 8) joins.
        let before = number_len(text[..i].bytes().rev());
        let after = number_len(text[i + 1..].bytes());
        let thousands = before <= 3
            && after == 3
            && text[i + 1..i + 4].bytes().all(|b| b.is_ascii_digit())
            && !text[..i].bytes().rev().take(before).any(|b| b == b'.');
        return !(before == 1 || after == 1 || thousands || ocr_split(text, i, before, after));
    }
    // A letter-spaced decimal point (`1 8 6 . 2亿元`, OCR): a lone digit on one side, a digit
    // beyond the point on the other.
    if p.is_ascii_digit() && n == '.' {
        return !spaced_point(text, i + 1);
    }
    if p == '.' && n.is_ascii_digit() {
        return !spaced_point(text, i - 1);
    }
    if p.is_ascii() && n.is_ascii() {
        return true;
    }
    is_ideograph(p) && is_ideograph(n)
}

/// Whether the single space at byte `i`, between runs of `before` and `after` digits, is one OCR
/// put inside a number of running text: `地区生产总值28 6.5亿元`, `新增城市停车位23 00个` (probes50
/// county_gwr_2027_ocr_noisy lines 13, 35). The number is glued to the word before it and a
/// unit follows it; a whole number of at most three digits comes first. Two values of a row
/// (`亿元 270 21.9`, `城镇化率(%)58.6 61.3`) stand apart from their label or have no unit after.
fn ocr_split(text: &str, i: usize, before: usize, after: usize) -> bool {
    let head = &text[..i - before];
    let first = &text[i - before..i];
    let rest = &text[i + 1 + after..];
    before <= 3
        && !first.contains('.')
        && head.chars().next_back().is_some_and(is_ideograph)
        && !rest.starts_with(['年', '月', '日'])
        && crate::extract::units::longest_prefix(rest).is_some()
}

/// Whether the `.` at byte `dot` stands between two lone digits, a space or none on each side:
/// a decimal point spaced out like its digits (`1 8 6 . 2`).
fn spaced_point(text: &str, dot: usize) -> bool {
    let lone = |run: &[u8]| {
        let run = run.strip_prefix(b" ").unwrap_or(run);
        run.first().is_some_and(u8::is_ascii_digit) && number_len(run.iter().copied()) == 1
    };
    let before: Vec<u8> = text.as_bytes()[..dot].iter().rev().copied().collect();
    lone(&before) && lone(&text.as_bytes()[dot + 1..])
}

/// Length of the run of digits and dots that `bytes` opens with.
fn number_len(bytes: impl Iterator<Item = u8>) -> usize {
    bytes
        .take_while(|&b| b.is_ascii_digit() || b == b'.')
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clean(s: &str) -> String {
        clean_line(s, 0).text
    }

    /// probes4 district_14th_plan_ocr line 7: `1 8 6 . 2亿元`; a sentence's dot between two
    /// numbers stays.
    #[test]
    fn joins_a_letter_spaced_decimal_point() {
        assert_eq!(
            clean("由２０１５年的1 8 6 . 2亿元增加到"),
            "由2015年的186.2亿元增加到"
        );
        assert_eq!(clean("增长 3 . 5 %"), "增长3.5%");
        // probes50 county_gwr_2027_ocr_noisy lines 13, 35: a space OCR put inside a number.
        assert_eq!(clean("地区生产总值28 6.5亿元"), "地区生产总值286.5亿元");
        assert_eq!(clean("新增城市停车位23 00个"), "新增城市停车位2300个");
        assert_eq!(clean("城镇化率(%)58.6 61.3"), "城镇化率(%)58.6 61.3");
        assert_eq!(clean("亿元 270 21.9"), "亿元270 21.9");
        assert_eq!(clean("v 2.0 . 1"), "v 2.0 . 1");
    }

    #[test]
    fn joins_thousands_split_by_a_space() {
        assert_eq!(clean("粮食产量13 908亿斤"), "粮食产量13908亿斤");
        assert_eq!(clean("由270 21.9增加"), "由270 21.9增加");
        assert_eq!(clean("1.5 200"), "1.5 200");
    }

    #[test]
    fn joins_numbers_split_by_spaces() {
        // 000 line 19, 001 line 3, yunnan line 4.
        assert_eq!(
            clean("实现生产总值 94 亿元，年均增长 14.76%"),
            "实现生产总值94亿元,年均增长14.76%"
        );
        assert_eq!(clean("年均增长 14.76 %"), "年均增长14.76%");
        assert_eq!(clean("(2 0 0 1年2月1 6日某省"), "(2001年2月16日某省");
        assert_eq!(
            clean("污水处理能力 10.5 万立方米 / 日"),
            "污水处理能力10.5万立方米/日"
        );
        assert_eq!(clean("270 21.9"), "270 21.9");
    }

    #[test]
    fn folds_full_width_forms() {
        assert_eq!(
            clean("本届政府１９９８年３月就职：（一）１４％"),
            "本届政府1998年3月就职:(一)14%"
        );
    }

    #[test]
    fn strips_markup_and_marks_headings() {
        let c = clean_line("## **第四篇 产业发展**", 0);
        assert_eq!(c.text, "第四篇 产业发展");
        assert!(c.heading_mark);
        assert_eq!(clean("<p><b>专栏 5 重点项目</b></p>"), "专栏5重点项目");
        assert_eq!(clean("森林覆盖率<sup>3</sup>达到 20%"), "森林覆盖率达到20%");
        assert_eq!(clean("降至31&nbsp;μg/m<sup>3</sup>"), "降至31μg/m3");
        assert_eq!(clean("面积128km<sup>2</sup>"), "面积128km2");
        let b = clean_line("- 1.铁路项目：**精伊霍铁路**", 0);
        assert!(b.bullet);
        assert_eq!(b.text, "1.铁路项目:精伊霍铁路");
        // A block quote, and a table cell of its own on a line that states a comparison.
        assert_eq!(clean("> 引用的话"), "引用的话");
        assert_eq!(clean(">95"), ">95");
        assert_eq!(clean(">=8"), ">=8");
        assert_eq!(clean("＞[10]"), ">[10]");
    }

    /// A line copied from a web page: its opening block tags hide neither its indentation nor
    /// its markdown, and `<li>` is a bullet.
    #[test]
    fn line_start_is_read_after_opening_tags() {
        let c = clean_line(
            "<p style=\"text-indent:2em\">\u{3000}\u{3000}一是加快发展</p>",
            0,
        );
        assert!(c.indented);
        assert_eq!(c.text, "一是加快发展");
        let b = clean_line("<p>- 1.商贸项目：**甲市商贸物流园**</p>", 0);
        assert!(b.bullet);
        assert_eq!(b.text, "1.商贸项目:甲市商贸物流园");
        let h = clean_line("<div>## 第三章 产业发展</div>", 0);
        assert!(h.heading_mark);
        assert_eq!(h.text, "第三章 产业发展");
        assert!(clean_line("<LI>新建幼儿园 5 所</LI>", 0).bullet);
        let plain = clean_line("<p>全年完成投资 94 亿元</p>", 0);
        assert!(!plain.indented && !plain.bullet && !plain.heading_mark);
        assert_eq!(plain.text, "全年完成投资94亿元");
        assert_eq!(clean("<td>>95</td>"), ">95");
        // Escaped text is decoded, each character mapped to its entity's `&`.
        let e = clean_line("<td>&gt;95 &amp; &#x4E00;&#12289;&#0;</td>", 0);
        assert_eq!(e.text, ">95 &一、");
        assert_eq!(e.map[0], 4);
        assert_eq!(clean("PM2.5&lt;35&nbsp;微克"), "PM2.5<35微克");
        assert_eq!(
            clean("&ge;2.6，&le;5.5，&ldquo;十四五&rdquo;"),
            "≥2.6,≤5.5,“十四五”"
        );
        // A closing tag or a footnote mark opens nothing.
        assert!(!clean_line("</p>  一是", 0).indented);
        assert_eq!(clean("<sup>1</sup>  注释"), "注释");
    }

    #[test]
    fn wide_gaps_become_tabs_and_pipes_survive_in_rows() {
        assert_eq!(
            clean("\t专栏6                 重点产业项目"),
            "专栏6\t重点产业项目"
        );
        let row = clean_line("| 地区生产总值 | 亿元 | 270 |", 0);
        assert!(row.pipe_row);
        assert_eq!(row.text, "|地区生产总值|亿元|270|");
    }

    #[test]
    fn a_row_wrapped_inside_a_cell_is_two_pipe_rows() {
        // probes29 city_14th_final_evaluation_2026 lines 36–37.
        let head = clean_line("| 12.每千人口拥有3岁以下婴幼儿", 0);
        assert!(head.pipe_row);
        let rest = clean_line("托位数 | 个 | 1.2 | 4.5 | 4.1 | 否 |", 0);
        assert!(rest.pipe_row);
        assert_eq!(rest.text, "托位数|个|1.2|4.5|4.1|否|");
        assert!(!clean_line("甲 | 乙", 0).pipe_row);
        assert!(!clean_line("|", 0).pipe_row);
    }

    #[test]
    fn fast_folding_agrees_with_nfkc() {
        let ranges = [
            '\u{0}'..='\u{ff}',
            '\u{2000}'..='\u{206f}',
            '\u{3000}'..='\u{303f}',
            '\u{ff00}'..='\u{ffef}',
        ];
        let cjk = '\u{3400}'..='\u{9fff}';
        for c in ranges.into_iter().flatten().chain(cjk) {
            if let Some(f) = fold_common(c) {
                let nfkc: String = std::iter::once(c).nfkc().collect();
                assert_eq!(nfkc, f.to_string(), "U+{:04X}", c as u32);
            }
        }
        assert_eq!(fold_common('，'), Some(','));
        for c in ['“', '—', '\u{a0}', '…', '㎡', 'ⅲ', '“'] {
            let nfkc: String = std::iter::once(c).nfkc().collect();
            assert_eq!(with_nfkc(c, str::to_string), nfkc, "{c}");
        }
        assert_eq!(with_nfkc('\u{a0}', str::to_string), " ");
        assert_eq!(fold_common('\u{3038}'), None);
        assert!(starts_with_ignore_case("<P><B>专栏", "<p><b>"));
        assert!(!starts_with_ignore_case("<", "<b>"));
    }

    /// probes3 county_11th_plan_ocr lines 19 and 38: `3l05元`, `２O１O年`; chemical formulas and
    /// words stay.
    #[test]
    fn ocr_letters_inside_numbers_are_digits() {
        for (raw, want) in [
            ("农民人均纯收入3l05元", "农民人均纯收入3105元"),
            ("２O１O年达到６.３亿元", "2010年达到6.3亿元"),
            ("1O.5%", "10.5%"),
            ("比重达到l0％", "比重达到10%"),
            ("IO", "IO"),
            // probes8 county_9th_plan_ocr lines 19, 57, 67: one digit, then letters, before a
            // Chinese unit; ozone (`O3`) and a lone letter stay.
            ("突破3O亿元", "突破30亿元"),
            ("达到6OOO元", "达到6000元"),
            ("改造2OO公里", "改造200公里"),
            ("加固l2座", "加固12座"),
            ("医生l.8人", "医生1.8人"),
            ("臭氧(O3)浓度", "臭氧(O3)浓度"),
            ("O3浓度", "O3浓度"),
            ("l座", "l座"),
            // probes43 county_11th_plan_2006_ocr_errors lines 22, 60: a full stop for a
            // decimal point before a percent sign; the first part of a ratio. A sentence ending
            // in a number stays.
            ("年均增长12。1%。", "年均增长12.1%。"),
            ("调整为l5:50:35", "调整为15:50:35"),
            ("达到12。2025年", "达到12。2025年"),
            (
                "CO2、SO2、O2O、IPO、Il2、PM2.5",
                "CO2、SO2、O2O、IPO、Il2、PM2.5",
            ),
        ] {
            let c = clean_line(raw, 0);
            assert_eq!(c.text, want, "{raw}");
            assert_eq!(c.map.len(), c.text.len());
        }
    }

    /// A box drawn with box-drawing characters: its borders are dropped, its text kept.
    #[test]
    fn box_drawing_borders_are_dropped() {
        let c = clean_line("│品加工园区6个。          │", 0);
        assert_eq!(c.text.trim(), "品加工园区6个。");
        assert_eq!(c.map.len(), c.text.len());
        assert!(clean_line("└──────┘", 0).text.trim().is_empty());
    }

    /// `①` is a list mark, not the digit NFKC makes of it (`①人均…` would read `1人`).
    #[test]
    fn circled_numbers_stay() {
        let c = clean_line("①人均生产总值达到18000元；⑳、㉑、㊿", 0);
        assert_eq!(c.text, "①人均生产总值达到18000元;⑳、㉑、㊿");
        assert!(is_circled_number('⑳') && !is_circled_number('⑴'));
    }

    #[test]
    fn folded_characters_map_to_their_source_character() {
        // Ideographic spaces trimmed, full-width digits folded, the space before the unit dropped.
        let c = clean_line("\u{3000}\u{3000}１２ 亿元\u{3000}", 0);
        assert!(c.indented);
        assert_eq!(c.text, "12亿元");
        assert_eq!(c.map, [6, 9, 13, 13, 13, 16, 16, 16]);
        // An expansion maps every byte to the one source character.
        let c = clean_line("增长…\r", 10);
        assert_eq!(c.text, "增长...");
        assert_eq!(c.map[6..], [16, 16, 16]);
        // Only spaces: nothing left.
        assert_eq!(clean(" \u{3000}\t "), "");
    }

    #[test]
    fn map_points_at_source_bytes() {
        let raw = "总值 94 亿元";
        let c = clean_line(raw, 100);
        let nine = c.text.find('9').unwrap();
        assert_eq!(c.map[nine] as usize - 100, raw.find('9').unwrap());
    }
}
