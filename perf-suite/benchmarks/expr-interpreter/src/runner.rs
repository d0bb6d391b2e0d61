//! The test driver: runs each sample program through the whole pipeline and both back ends,
//! checks that they agree (output and error), that the optimiser changes nothing observable and
//! that the pretty-printer round-trips; runs each failing program and checks where it fails.

use crate::ast::{count_nodes, NodeCount, Program};
use crate::diag::{LangError, Phase};
use crate::fold::{fold_program, FoldStats};
use crate::interp::{self, RunResult};
use crate::lexer::tokenize;
use crate::parser::parse;
use crate::printer::print_program;
use crate::resolve::resolve;
use crate::token::TokenStats;
use crate::typeck::{check, TypeInfo};
use crate::types::type_text;
use crate::vm::bytecode::{disassemble, histogram, Module};
use crate::vm::compile::compile;
use crate::vm::machine;
use crate::vm::{peephole, stack};
use crate::{callgraph, lints};

/// A program that passed the front end.
pub struct Checked {
    pub program: Program,
    pub info: TypeInfo,
    pub tokens: TokenStats,
    pub warnings: Vec<String>,
}

/// Lexing, parsing, resolution and type checking.
pub fn front_end(source: &str) -> Result<Checked, LangError> {
    let tokens = tokenize(source)?;
    let token_stats = TokenStats::of(&tokens);
    let mut program = parse(tokens)?;
    let resolved = resolve(&mut program)?;
    let info = check(&program)?;
    Ok(Checked {
        program,
        info,
        tokens: token_stats,
        warnings: resolved.warnings,
    })
}

#[derive(Debug, Clone, PartialEq)]
pub struct SampleReport {
    pub name: String,
    pub output_lines: usize,
    pub output_hash: u64,
    pub tree_steps: u64,
    pub vm_steps: u64,
    pub calls: u64,
    pub ops: usize,
    pub nodes: NodeCount,
    pub folds: FoldStats,
    pub tokens: TokenStats,
    pub warnings: usize,
    pub max_stack: usize,
    pub type_vars: usize,
    pub unifications: usize,
    /// A hash of every function's and constant's inferred type.
    pub signatures: u64,
    /// Lines of the disassembly of the compiled program.
    pub listing_lines: usize,
    /// The deepest operand stack the compiled code can need.
    pub max_operands: usize,
    pub peephole: usize,
    pub lints: usize,
    pub recursive: usize,
    pub call_depth: usize,
    /// Call-graph edges, components and the size of the largest cycle.
    pub call_shape: (usize, usize, usize),
    /// Empty when every check passed; otherwise what went wrong.
    pub problems: Vec<String>,
}

/// Whether `needle` occurs in `haystack` (a plain search over characters).
pub fn contains_text(haystack: &str, needle: &str) -> bool {
    let mut h = Vec::new();
    for c in haystack.chars() {
        h.push(c);
    }
    let mut n = Vec::new();
    for c in needle.chars() {
        n.push(c);
    }
    if n.len() > h.len() {
        return false;
    }
    let mut start = 0;
    while start + n.len() <= h.len() {
        let mut k = 0;
        while k < n.len() && h[start + k] == n[k] {
            k += 1;
        }
        if k == n.len() {
            return true;
        }
        start += 1;
    }
    false
}

/// FNV-1a, 64 bits: a checksum of a program's output that does not depend on the platform.
pub fn fnv1a(text: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

fn count_lines(text: &str) -> usize {
    let mut n = 0;
    for c in text.chars() {
        if c == '\n' {
            n += 1;
        }
    }
    n
}

/// Compares two runs; returns a description of the first difference.
fn compare_runs(what: &str, a: &RunResult, b: &RunResult) -> Option<String> {
    if a.output != b.output {
        return Some(format!(
            "{}: outputs differ ({} vs {} lines)",
            what,
            count_lines(&a.output),
            count_lines(&b.output)
        ));
    }
    if a.error != b.error {
        return Some(format!(
            "{}: errors differ ({} vs {})",
            what,
            format_error(&a.error),
            format_error(&b.error)
        ));
    }
    None
}

fn format_error(e: &Option<LangError>) -> String {
    match e {
        Some(err) => err.to_string(),
        None => "no error".to_string(),
    }
}

/// Printing, parsing and printing again gives the same text, and the same tree shape.
fn check_round_trip(program: &Program) -> Option<String> {
    let first = print_program(program);
    let again = match front_end(&first) {
        Ok(c) => c,
        Err(e) => return Some(format!("printed program does not compile: {}", e)),
    };
    let second = print_program(&again.program);
    if first != second {
        return Some("printing is not idempotent".to_string());
    }
    if count_nodes(&again.program) != count_nodes(program) {
        return Some("the reparsed program has a different shape".to_string());
    }
    None
}

pub fn run_sample(name: &str, source: &str) -> (SampleReport, Option<Module>) {
    let mut report = SampleReport {
        name: name.to_string(),
        output_lines: 0,
        output_hash: 0,
        tree_steps: 0,
        vm_steps: 0,
        calls: 0,
        ops: 0,
        nodes: NodeCount::default(),
        folds: FoldStats::default(),
        tokens: TokenStats::default(),
        warnings: 0,
        max_stack: 0,
        type_vars: 0,
        unifications: 0,
        signatures: 0,
        listing_lines: 0,
        max_operands: 0,
        peephole: 0,
        lints: 0,
        recursive: 0,
        call_depth: 0,
        call_shape: (0, 0, 0),
        problems: Vec::new(),
    };
    let checked = match front_end(source) {
        Ok(c) => c,
        Err(e) => {
            report.problems.push(e.render(source));
            return (report, None);
        }
    };
    report.nodes = count_nodes(&checked.program);
    report.tokens = checked.tokens;
    report.warnings = checked.warnings.len();

    let tree = interp::run(&checked.program);
    let module = compile(&checked.program, &checked.info);
    match module.verify() {
        Ok(()) => {}
        Err(msg) => report.problems.push(format!("bad bytecode: {}", msg)),
    }
    let (vm, stats) = machine::run(&module);
    let (folded, folds) = fold_program(&checked.program, &checked.info);
    let folded_module = compile(&folded, &checked.info);
    let (optimised, peephole) = peephole::optimise(&folded_module);
    match optimised.verify() {
        Ok(()) => {}
        Err(msg) => report
            .problems
            .push(format!("bad optimised bytecode: {}", msg)),
    }
    for (what, m) in [("compiled", &module), ("optimised", &optimised)].iter() {
        match stack::check_module(m) {
            Ok(depth) => {
                if depth > report.max_operands {
                    report.max_operands = depth;
                }
            }
            Err(msg) => report.problems.push(format!("{} code: {}", what, msg)),
        }
    }
    let (vm_folded, _) = machine::run(&optimised);
    let graph = callgraph::build(&checked.program);
    report.lints = lints::lint(&checked.program, &graph).len();
    report.call_depth = graph.depth;
    report.call_shape = (graph.edge_count(), graph.components, graph.largest_cycle());
    for r in graph.recursive.iter() {
        if *r {
            report.recursive += 1;
        }
    }
    report.peephole = peephole.threaded + peephole.folded + peephole.removed + peephole.rewritten;

    match &tree.error {
        Some(e) => report.problems.push(format!("run failed: {}", e)),
        None => {}
    }
    match compare_runs("tree vs vm", &tree, &vm) {
        Some(p) => report.problems.push(p),
        None => {}
    }
    match compare_runs("vm vs optimised vm", &vm, &vm_folded) {
        Some(p) => report.problems.push(p),
        None => {}
    }
    match check_round_trip(&checked.program) {
        Some(p) => report.problems.push(p),
        None => {}
    }
    if optimised.op_count() > module.op_count() {
        report
            .problems
            .push("optimisation made the code larger".to_string());
    }

    report.output_lines = count_lines(&tree.output);
    report.output_hash = fnv1a(&tree.output);
    report.tree_steps = tree.steps;
    report.vm_steps = vm.steps;
    report.calls = vm.calls;
    report.ops = module.op_count();
    report.folds = folds;
    report.max_stack = stats.max_stack;
    report.type_vars = checked.info.type_vars;
    report.unifications = checked.info.unifications;
    report.signatures = signature_hash(&checked.program, &checked.info);
    report.listing_lines = listing_lines(&module);
    (report, Some(module))
}

/// A program that must be rejected: by `phase`, with a message containing `needle`. For
/// run-time errors both back ends must fail the same way after the same output.
pub fn run_failing(source: &str, phase: Phase, needle: &str) -> Result<(), String> {
    let checked = match front_end(source) {
        Ok(c) => c,
        Err(e) => {
            if e.phase != phase {
                return Err(format!(
                    "failed in {} instead of {}: {}",
                    e.phase.name(),
                    phase.name(),
                    e
                ));
            }
            if !contains_text(&e.message, needle) {
                return Err(format!("wrong message: {}", e));
            }
            // Rendering must cope with every span the front end produces.
            if e.render(source).is_empty() {
                return Err("empty rendering".to_string());
            }
            return Ok(());
        }
    };
    if phase != Phase::Runtime {
        return Err(format!("compiled, but should fail in {}", phase.name()));
    }
    let tree = interp::run(&checked.program);
    let module = compile(&checked.program, &checked.info);
    let (vm, _) = machine::run(&module);
    match compare_runs("tree vs vm", &tree, &vm) {
        Some(p) => return Err(p),
        None => {}
    }
    match &tree.error {
        None => Err("ran without error".to_string()),
        Some(e) => {
            if contains_text(&e.message, needle) {
                Ok(())
            } else {
                Err(format!("wrong run-time error: {}", e))
            }
        }
    }
}

/// A hash of the inferred signatures, `name: type` one a line.
fn signature_hash(p: &Program, info: &TypeInfo) -> u64 {
    let mut text = String::new();
    for (i, c) in p.consts.iter().enumerate() {
        text.push_str(&format!(
            "const {}: {}\n",
            c.name,
            type_text(&info.const_types[i])
        ));
    }
    for (i, f) in p.fns.iter().enumerate() {
        text.push_str(&format!("fn {}: {}\n", f.name, type_text(&info.fn_sigs[i])));
    }
    fnv1a(&text)
}

fn listing_lines(m: &Module) -> usize {
    let mut n = 0;
    for c in m.chunks.iter() {
        n += count_lines(&disassemble(c));
    }
    n
}

/// Lints `source` and compares the warnings with `expected`: (line, piece of the message).
pub fn run_lint_check(source: &str, expected: &[(u32, &str)]) -> Result<usize, String> {
    let checked = match front_end(source) {
        Ok(c) => c,
        Err(e) => return Err(format!("does not compile: {}", e)),
    };
    let graph = callgraph::build(&checked.program);
    let found = lints::lint(&checked.program, &graph);
    if found.len() != expected.len() {
        let mut all = String::new();
        for l in found.iter() {
            all.push_str(&format!(" [{}: {}]", l.line, l.message));
        }
        return Err(format!(
            "expected {} lints, found {}:{}",
            expected.len(),
            found.len(),
            all
        ));
    }
    for (i, (line, needle)) in expected.iter().enumerate() {
        let got = &found[i];
        if got.line != *line || !contains_text(&got.message, needle) {
            return Err(format!(
                "lint {}: expected `{}` on line {}, found `{}` on line {}",
                i, needle, line, got.message, got.line
            ));
        }
    }
    Ok(found.len())
}

/// The `n` most frequent ops over all modules, as `NAME×count`.
pub fn top_ops(modules: &[Module], n: usize) -> String {
    let mut merged: Vec<(String, usize)> = Vec::new();
    for m in modules.iter() {
        for (count, name) in histogram(m).iter() {
            let mut found = false;
            for entry in merged.iter_mut() {
                if entry.0 == *name {
                    entry.1 += *count;
                    found = true;
                }
            }
            if !found {
                merged.push((name.clone(), *count));
            }
        }
    }
    let mut keyed = Vec::new();
    for (name, count) in merged.iter() {
        keyed.push((*count, name.clone()));
    }
    keyed.sort();
    keyed.reverse();
    let mut out = String::new();
    for (i, (count, name)) in keyed.iter().enumerate() {
        if i >= n {
            break;
        }
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&format!("{}x{}", name, count));
    }
    out
}
