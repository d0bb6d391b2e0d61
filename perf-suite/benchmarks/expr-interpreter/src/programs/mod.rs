//! The programs the driver runs: samples that must work, and programs that must fail.

pub mod failing;
pub mod samples;
