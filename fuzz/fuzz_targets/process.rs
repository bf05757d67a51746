//! Arbitrary bytes through the whole pipeline: decode → normalize → segment → extract → emit.
//! A clear error is fine; a document must pass every span check.
#![no_main]

use libfuzzer_sys::fuzz_target;
use plancorpus_fuzz::{CTX, check_document};

fuzz_target!(|data: &[u8]| {
    if let Ok(doc) = plancorpus::process(data, "fuzz.txt", &CTX) {
        let text = plancorpus::decode::decode(data)
            .expect("process decoded it once")
            .text;
        check_document(&doc, &text);
    }
});
