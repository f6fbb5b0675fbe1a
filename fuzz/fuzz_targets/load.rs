//! Fuzzes the design loader with arbitrary bytes. Whatever the input, loading
//! must return a design or an error, never panic, overflow the stack or hang;
//! and any design it accepts must save and load back to itself.

#![no_main]

use libfuzzer_sys::fuzz_target;
use remit::model::{DesignBalance, file_format};

fuzz_target!(|data: &[u8]| {
    let Ok(design) = file_format::from_ron_bytes(data) else {
        return;
    };
    let _ = DesignBalance::of(&design);
    let text = match file_format::to_ron_string(&design) {
        Ok(text) => text,
        Err(e) => panic!("an accepted design could not be written: {e}"),
    };
    match file_format::from_ron_str(&text) {
        Ok(again) => assert_eq!(again, design, "save → load changed the design"),
        Err(e) => panic!("an accepted design did not load back: {e}\n{text}"),
    }
});
