//! Fuzzes the design loader with arbitrary bytes. Whatever the input, loading
//! must return a design or an error (whose message, line and column can be
//! worked out and printed safely), never panic, overflow the stack or hang;
//! and any design it accepts must save and load back to itself.

#![no_main]

use libfuzzer_sys::fuzz_target;
use remit::file;
use remit::model::DesignBalance;

fuzz_target!(|data: &[u8]| {
    let design = match file::parse_bytes(data) {
        Ok(design) => design,
        Err(e) => {
            let message = e.to_string();
            let _ = remit::cli::terminal::clean(&message);
            return;
        }
    };
    let _ = DesignBalance::of(&design);
    let text = match file::to_text(&design) {
        Ok(text) => text,
        Err(e) => panic!("an accepted design could not be written: {e}"),
    };
    match file::parse(&text) {
        Ok(again) => assert_eq!(again, design, "save → load changed the design"),
        Err(e) => panic!("an accepted design did not load back: {e}\n{text}"),
    }
});
