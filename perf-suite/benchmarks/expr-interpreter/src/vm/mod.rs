//! The bytecode back end: the instruction set, the compiler from the typed AST and the machine.

pub mod bytecode;
pub mod compile;
pub mod machine;
pub mod peephole;
pub mod stack;
