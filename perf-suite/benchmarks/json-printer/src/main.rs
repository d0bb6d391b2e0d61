//! A JSON parser and pretty-printer with its own value type: exact decimal numbers, code-point
//! strings with full escape handling, strict and relaxed parsing with positioned errors,
//! compact/pretty/canonical printing, path queries, merge patches and document statistics.
//! `main` checks all of it on built-in and generated documents and prints a summary.

mod corpus;
mod gen;
mod number;
mod parser;
mod patch;
mod path;
mod printer;
mod stats;
mod text;
mod value;

use corpus::{DOCUMENTS, MALFORMED, QUERIES, RELAXED_ONLY};
use gen::Rng;
use number::Number;
use parser::{parse, parse_with, ParseOptions};
use printer::{compact, pretty, to_string, PrintOptions};
use stats::Stats;
use value::{Json, Member};

/// Random documents generated for the round-trip checks.
const RANDOM_DOCUMENTS: u64 = 3000;
const RANDOM_DEPTH: usize = 5;

/// Collects failures instead of stopping at the first, so one run reports them all.
struct Checks {
    passed: usize,
    failures: Vec<String>,
    digest: u64,
}

impl Checks {
    fn new() -> Checks {
        Checks {
            passed: 0,
            failures: Vec::new(),
            digest: 0xcbf2_9ce4_8422_2325,
        }
    }

    fn check(&mut self, ok: bool, what: &str) {
        if ok {
            self.passed += 1;
        } else {
            self.failures.push(what.to_string());
        }
    }

    /// Folds text into the run's checksum (FNV-1a).
    fn absorb(&mut self, text: &str) {
        for b in text.bytes() {
            self.digest ^= b as u64;
            self.digest = self.digest.wrapping_mul(0x0100_0000_01b3);
        }
    }
}

fn count_lines(s: &str) -> usize {
    let mut n = 0;
    for c in s.chars() {
        if c == '\n' {
            n += 1;
        }
    }
    n
}

/// Printing in every style and parsing again gives the same document, and printing is stable.
fn round_trips(checks: &mut Checks, name: &str, doc: &Json) {
    let styles = [
        PrintOptions::compact(),
        PrintOptions::pretty(),
        PrintOptions::canonical(),
    ];
    for (i, style) in styles.iter().enumerate() {
        let printed = to_string(doc, style);
        match parse(&printed) {
            Ok(again) => {
                let expected = if style.sort_keys {
                    doc.sorted_keys()
                } else {
                    doc.clone()
                };
                check_equal(checks, name, i, &expected, &again);
                let reprinted = to_string(&again, style);
                checks.check(
                    reprinted == printed,
                    &format!("{}: style {} is not stable", name, i),
                );
            }
            Err(e) => checks.check(
                false,
                &format!("{}: style {} does not parse: {}", name, i, e),
            ),
        }
    }
}

fn check_equal(checks: &mut Checks, name: &str, style: usize, expected: &Json, got: &Json) {
    let ok = expected == got && expected.same_as(got);
    checks.check(
        ok,
        &format!("{}: style {} changes the document", name, style),
    );
}

fn run_documents(checks: &mut Checks, total: &mut Stats) {
    for (name, source) in DOCUMENTS.iter() {
        let doc = match parse(source) {
            Ok(d) => d,
            Err(e) => {
                checks.check(false, &format!("{} does not parse: {}", name, e));
                continue;
            }
        };
        round_trips(checks, name, &doc);
        let s = stats::collect(&doc);
        let c = compact(&doc);
        let p = pretty(&doc);
        println!(
            "{}: {} bytes compact, {} lines pretty; {}",
            name,
            c.len(),
            count_lines(&p),
            s
        );
        checks.absorb(&c);
        checks.absorb(&p);
        total.merge(&s);
    }
}

fn find_document(name: &str) -> Option<Json> {
    for (n, source) in DOCUMENTS.iter() {
        if *n == name {
            return match parse(source) {
                Ok(d) => Some(d),
                Err(_) => None,
            };
        }
    }
    None
}

/// Typed access without paths: `get`, `at` and the scalar accessors.
fn run_accessors(checks: &mut Checks) {
    let manifest = find_document("manifest").unwrap_or(Json::Null);
    let port = match manifest.get("config") {
        Some(config) => value::int_of(config.get("port")),
        None => None,
    };
    checks.check(port == Some(8080), "manifest config.port");
    let geo = find_document("geo").unwrap_or(Json::Null);
    let mut names = text::Text::new();
    let mut i = 0;
    loop {
        let feature = match geo.get("features") {
            Some(list) => list.at(i),
            None => None,
        };
        let name = match feature {
            Some(f) => match f.get("properties") {
                Some(p) => p.get("name"),
                None => None,
            },
            None => break,
        };
        match name {
            Some(n) => match n.as_text() {
                Some(t) => {
                    if !names.is_empty() {
                        names.push(0x2C);
                    }
                    names.push_text(t);
                }
                None => {}
            },
            None => {}
        }
        i += 1;
    }
    checks.check(i == 4, "four features");
    checks.check(
        names.starts_with(&text::Text::from_str("Z")),
        "first feature name",
    );
    checks.check(
        names.equals_str("Zürich,Åre,Route 9,Square"),
        &format!("feature names: {}", names),
    );
    checks.absorb(&names.to_json());
}

fn run_queries(checks: &mut Checks) {
    for (doc_name, query, expected) in QUERIES.iter() {
        let doc = match find_document(doc_name) {
            Some(d) => d,
            None => {
                checks.check(false, &format!("no document {}", doc_name));
                continue;
            }
        };
        let segments = match path::parse_path(query) {
            Ok(s) => s,
            Err(e) => {
                checks.check(
                    false,
                    &format!("bad path {}: {} at {}", query, e.message, e.at),
                );
                continue;
            }
        };
        let found = compact(&Json::Array(path::select(&doc, &segments)));
        checks.check(
            found == *expected,
            &format!(
                "query {} on {}: got {}, expected {}",
                query, doc_name, found, expected
            ),
        );
        // The canonical spelling of a path reads back as the same path.
        let spelled = path::path_to_string(&segments);
        match path::parse_path(&spelled) {
            Ok(again) => checks.check(
                again == segments,
                &format!("path {} does not round-trip", spelled),
            ),
            Err(_) => checks.check(false, &format!("canonical path {} does not parse", spelled)),
        }
        checks.absorb(&spelled);
    }
}

fn run_edits(checks: &mut Checks) {
    let mut doc = match find_document("manifest") {
        Some(d) => d,
        None => return,
    };
    let edits: [(&str, Json); 3] = [
        ("config.port", Json::int(9090)),
        ("config.tls.enabled", Json::Bool(true)),
        ("keywords[1]", Json::str("reader")),
    ];
    for (p, value) in edits.iter() {
        let segments = match path::parse_path(p) {
            Ok(s) => s,
            Err(_) => continue,
        };
        checks.check(
            path::set(&mut doc, &segments, value.clone()),
            &format!("set {}", p),
        );
        let got = path::select(&doc, &segments);
        checks.check(
            got.len() == 1 && got[0] == *value,
            &format!("read back {}", p),
        );
    }
    let removed = match path::parse_path("keywords[0]") {
        Ok(s) => path::remove(&mut doc, &s),
        Err(_) => None,
    };
    checks.check(removed == Some(Json::str("json")), "remove keywords[0]");
    let missing = match path::parse_path("scripts.nope") {
        Ok(s) => path::remove(&mut doc, &s),
        Err(_) => None,
    };
    checks.check(missing.is_none(), "removing a missing member");
    checks.check(
        path::parse_path("a[").is_err() && path::parse_path("a..b").is_err(),
        "bad paths",
    );
    let text = compact(&doc);
    checks.absorb(&text);
    println!("edited manifest: {} bytes", text.len());
}

fn run_patches(checks: &mut Checks) {
    // (target, patch, result) in the style of the examples of RFC 7396.
    let cases: [(&str, &str, &str); 8] = [
        ("{\"a\":\"b\"}", "{\"a\":\"c\"}", "{\"a\":\"c\"}"),
        (
            "{\"a\":\"b\"}",
            "{\"b\":\"c\"}",
            "{\"a\":\"b\",\"b\":\"c\"}",
        ),
        ("{\"a\":\"b\"}", "{\"a\":null}", "{}"),
        ("{\"a\":\"b\",\"b\":\"c\"}", "{\"a\":null}", "{\"b\":\"c\"}"),
        ("{\"a\":[\"b\"]}", "{\"a\":\"c\"}", "{\"a\":\"c\"}"),
        (
            "{\"a\":{\"b\":\"c\"}}",
            "{\"a\":{\"b\":\"d\",\"c\":null}}",
            "{\"a\":{\"b\":\"d\"}}",
        ),
        ("[1,2]", "{\"a\":\"b\",\"c\":null}", "{\"a\":\"b\"}"),
        ("{\"e\":null}", "{\"a\":1}", "{\"e\":null,\"a\":1}"),
    ];
    for (target, patch_text, expected) in cases.iter() {
        match (parse(target), parse(patch_text)) {
            (Ok(t), Ok(p)) => {
                let got = compact(&patch::apply(&t, &p));
                checks.check(
                    got == *expected,
                    &format!("merge patch: {} + {} = {}", target, patch_text, got),
                );
            }
            _ => checks.check(false, "merge patch case does not parse"),
        }
    }
}

fn run_malformed(checks: &mut Checks) {
    for (input, kind, line, column) in MALFORMED.iter() {
        match parse(input) {
            Ok(_) => checks.check(false, &format!("{:?} parsed but should fail", input)),
            Err(e) => {
                let ok = e.kind == *kind && e.line == *line && e.column == *column;
                checks.check(ok, &format!("{:?}: got {} ({:?})", input, e, e.kind));
            }
        }
    }
    for input in RELAXED_ONLY.iter() {
        checks.check(
            parse(input).is_err(),
            "strict parser accepts a relaxed document",
        );
        match parse_with(input, ParseOptions::relaxed()) {
            Ok(doc) => {
                checks.absorb(&compact(&doc));
                round_trips(checks, "relaxed", &doc);
            }
            Err(e) => checks.check(false, &format!("relaxed parser rejects: {}", e)),
        }
    }
    let mut deep = String::new();
    let mut i = 0;
    while i < 100 {
        deep.push('[');
        i += 1;
    }
    let limited = ParseOptions {
        max_depth: 99,
        ..ParseOptions::strict()
    };
    match parse_with(&deep, limited) {
        Err(e) => checks.check(
            e.kind == parser::ErrorKind::TooDeep && e.column == 100,
            "depth limit",
        ),
        Ok(_) => checks.check(false, "depth limit not enforced"),
    }
}

fn run_numbers(checks: &mut Checks) {
    let spellings: [(&str, &str); 12] = [
        ("0", "0"),
        ("-0", "0"),
        ("1.50", "1.5"),
        ("1e2", "100"),
        ("1E+2", "100"),
        ("12.5e-1", "1.25"),
        ("0.000001", "0.000001"),
        ("0.0000001", "1e-7"),
        ("123456789012345678901234", "1.23456789012345678901234e23"),
        ("100000000000000000000", "100000000000000000000"),
        ("-2.5e400", "-2.5e400"),
        ("7e-400", "7e-400"),
    ];
    for (input, canonical) in spellings.iter() {
        match parse(input) {
            Ok(Json::Number(n)) => {
                let shown = n.to_json();
                checks.check(
                    shown == *canonical,
                    &format!("number {} prints as {}", input, shown),
                );
            }
            _ => checks.check(false, &format!("number {} does not parse", input)),
        }
    }
    let mut sum = Number::zero();
    let mut k: i64 = -50;
    while k <= 50 {
        sum = sum.add(&Number::from_i64(k * 1_000_003));
        sum = sum.add(&Number::from_parts(false, &[0], &[1], 0));
        k += 1;
    }
    checks.check(sum.to_json() == "10.1", &format!("exact sum: {}", sum));
    let a = Number::from_parts(false, &[1], &[], 20);
    let b = Number::from_parts(true, &[1], &[], 0);
    checks.check(a.add(&b).to_json() == "99999999999999999999", "1e20 - 1");
    checks.check(
        a.compare(&b) == 1 && b.compare(&a) == -1 && b.negated().compare(&Number::from_i64(1)) == 0,
        "compare",
    );
    checks.check(
        Number::from_i64(-9_223_372_036_854_775_807 - 1).to_i64()
            == Some(-9_223_372_036_854_775_807 - 1),
        "i64 min",
    );
    checks.check(
        a.to_i64().is_none() && !a.is_negative() && a.significant_digits() == 1,
        "1e20 is not an i64",
    );
}

fn run_random(checks: &mut Checks, total: &mut Stats) {
    let mut rng = Rng::new(20_260_101);
    let mut patched = 0;
    let mut bytes = 0;
    let mut i = 0;
    while i < RANDOM_DOCUMENTS {
        let doc = gen::document(&mut rng, RANDOM_DEPTH);
        let name = format!("random #{}", i);
        round_trips(checks, &name, &doc);
        let c = compact(&doc);
        bytes += c.len();
        checks.absorb(&c);
        let s = stats::collect(&doc);
        checks.check(
            s.values() == doc.node_count() && s.depth == doc.depth(),
            &format!("{}: stats", name),
        );
        total.merge(&s);
        let changed = gen::mutate(&mut rng, &doc);
        if !patch::has_null_member(&changed) && doc.is_container() {
            // Merge patches address members by key, so the base must not repeat keys.
            let base = doc.deduplicated();
            let d = patch::diff(&base, &changed);
            let applied = patch::apply(&base, &d);
            checks.check(
                applied.same_as(&changed),
                &format!("{}: diff then apply", name),
            );
            patched += 1;
        }
        i += 1;
    }
    println!(
        "random documents: {}, {} bytes compact, {} merge-patch round trips",
        RANDOM_DOCUMENTS, bytes, patched
    );
}

fn main() {
    let mut checks = Checks::new();
    let mut total = Stats::default();
    run_documents(&mut checks, &mut total);
    run_accessors(&mut checks);
    run_queries(&mut checks);
    run_edits(&mut checks);
    run_patches(&mut checks);
    run_malformed(&mut checks);
    run_numbers(&mut checks);
    run_random(&mut checks, &mut total);
    let sample = Json::Object(vec![
        Member::new("checks", Json::int(checks.passed as i64)),
        Member::new("values", Json::int(total.values() as i64)),
        Member::new("deepest", Json::int(total.depth as i64)),
    ]);
    println!("totals: {}", total);
    println!("summary: {}", compact(&sample));
    for f in checks.failures.iter() {
        println!("FAILED: {}", f);
    }
    println!(
        "{} checks passed, {} failed, checksum {}",
        checks.passed,
        checks.failures.len(),
        checks.digest
    );
    if !checks.failures.is_empty() {
        std::process::exit(1);
    }
}
