//! Print the paragraphs the normalizer builds for one document, with their source lines:
//! `cargo run --example dump_paragraphs -- fixtures/docs/000_yining_12th_fyp.txt`.

fn main() {
    let path = std::env::args().nth(1).unwrap();
    let bytes = std::fs::read(&path).unwrap();
    let text = plancorpus::decode::decode(&bytes).unwrap().text;
    let doc = plancorpus::normalize::Normalized::new(text);
    for p in &doc.paragraphs {
        let t: String = p.text.chars().take(60).collect();
        println!(
            "{:?} {}",
            p.lines.iter().map(|l| l + 1).collect::<Vec<_>>(),
            t
        );
    }
}
