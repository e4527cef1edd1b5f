//! Browser side effects, each failing softly: a blocked API never breaks the page.

pub mod clipboard;
pub mod data;
pub mod still;
pub mod storage;
pub mod url;
