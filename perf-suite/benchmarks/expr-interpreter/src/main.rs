//! Tern: a small statically typed expression language with a lexer, a parser to a Box-based
//! tree, name resolution, type inference, a constant folder, a pretty-printer, a tree-walking
//! interpreter and a bytecode compiler with its stack machine. `main` runs a suite of sample
//! programs through both back ends and a list of programs that must be rejected, and prints one
//! line per sample and a summary.

mod ast;
mod builtins;
mod callgraph;
mod diag;
mod fold;
mod interp;
mod lexer;
mod lints;
mod ops;
mod parser;
mod printer;
mod programs;
mod resolve;
mod runner;
mod token;
mod typeck;
mod types;
mod value;
mod vm;

use programs::failing::FAILING;
use programs::samples::{LINTED, LINTED_EXPECT, SAMPLES};
use runner::{fnv1a, run_failing, run_lint_check, run_sample, top_ops};

fn pad(s: &str, width: usize) -> String {
    let mut out = s.to_string();
    while out.len() < width {
        out.push(' ');
    }
    out
}

fn main() {
    let mut modules = Vec::new();
    let mut problems = 0;
    let mut combined = String::new();
    let mut total_steps: u64 = 0;
    println!(
        "tern: {} sample programs, {} failing programs",
        SAMPLES.len(),
        FAILING.len()
    );
    for (name, source) in SAMPLES.iter() {
        let (report, module) = run_sample(name, source);
        println!(
            "{} {} lines, output {}, tree {} steps, vm {} ops, code {} lines ({} folds, {} peephole edits, stack {}), {} recursive, call depth {}, {} lints",
            pad(name, 13),
            report.output_lines,
            report.output_hash % 1_000_000,
            report.tree_steps,
            report.vm_steps,
            report.listing_lines,
            report.folds.total(),
            report.peephole,
            report.max_operands,
            report.recursive,
            report.call_depth,
            report.lints
        );
        for p in report.problems.iter() {
            println!("    problem: {}", p);
            problems += 1;
        }
        combined.push_str(&format!(
            "{}:{}:{}:{}:{}:{}:{};",
            name,
            report.output_hash,
            report.calls,
            report.signatures,
            report.unifications,
            report.type_vars,
            report.peephole
        ));
        combined.push_str(&format!("{:?};", report.call_shape));
        total_steps += report.tree_steps + report.vm_steps;
        match module {
            Some(m) => modules.push(m),
            None => {}
        }
    }
    let mut rejected = 0;
    for (i, (source, phase, needle)) in FAILING.iter().enumerate() {
        match run_failing(source, *phase, needle) {
            Ok(()) => rejected += 1,
            Err(why) => {
                println!("    failing program {} ({}): {}", i, phase.name(), why);
                problems += 1;
            }
        }
    }
    println!(
        "failing programs rejected as expected: {}/{}",
        rejected,
        FAILING.len()
    );
    match run_lint_check(LINTED, LINTED_EXPECT) {
        Ok(n) => println!("lint sample: {} warnings as expected", n),
        Err(why) => {
            println!("    lint sample: {}", why);
            problems += 1;
        }
    }
    println!("most frequent ops: {}", top_ops(&modules, 5));
    println!("steps: {}, checksum {}", total_steps, fnv1a(&combined));
    if problems > 0 {
        println!("{} problems", problems);
        std::process::exit(1);
    }
}
