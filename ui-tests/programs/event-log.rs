//@ run-pass
//@ check-run-results
//@ edition: 2021
// An event log aggregator: log lines parsed into records with a severity enum, grouped in
// BTreeMaps by service and by minute, and summarized with iterator adaptors — filter, map,
// filter_map, fold, zip, enumerate, rev, take, skip, skip_while, windows, chunks, sort_by_key,
// dedup, dedup_by_key, position, any/all, min_by_key/max_by_key, sum and flat_map.
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Severity {
    Debug,
    Info,
    Warn,
    Error,
}

#[derive(Debug, Clone)]
struct Event<'a> {
    seconds: u32,
    service: &'a str,
    severity: Severity,
    latency_ms: Option<u32>,
    message: &'a str,
}

fn parse_time(s: &str) -> Option<u32> {
    let parts: Vec<u32> = s.split(':').map(|p| p.parse().ok()).collect::<Option<Vec<u32>>>()?;
    match parts[..] {
        [h, m, sec] if h < 24 && m < 60 && sec < 60 => Some(h * 3600 + m * 60 + sec),
        _ => None,
    }
}

fn parse_line(line: &str) -> Option<Event<'_>> {
    let mut fields = line.splitn(4, ' ');
    let seconds = parse_time(fields.next()?)?;
    let severity = match fields.next()? {
        "DEBUG" => Severity::Debug,
        "INFO" => Severity::Info,
        "WARN" => Severity::Warn,
        "ERROR" => Severity::Error,
        _ => return None,
    };
    let service = fields.next()?.trim_end_matches(':');
    let message = fields.next().unwrap_or("");
    let latency_ms = message
        .split_whitespace()
        .find_map(|w| w.strip_prefix("took=").and_then(|v| v.trim_end_matches("ms").parse().ok()));
    Some(Event { seconds, service, severity, latency_ms, message })
}

const LOG: &str = "\
09:00:01 INFO api: request /users took=12ms
09:00:02 DEBUG db: pool size 8
09:00:05 INFO api: request /orders took=48ms
09:00:09 WARN cache: miss ratio high
09:00:30 INFO api: request /users took=15ms
09:00:31 ERROR db: connection reset
09:00:31 ERROR db: connection reset
09:00:31 ERROR db: connection reset
09:01:02 INFO api: request /orders took=230ms
09:01:03 WARN api: slow response took=230ms
09:01:15 INFO worker: job 17 done took=900ms
garbage line here
09:01:40 INFO api: request /health took=2ms
09:02:00 DEBUG worker: heartbeat
09:02:01 ERROR api: upstream timeout took=5000ms
25:00:00 INFO api: bad clock
09:02:30 INFO worker: job 18 done took=750ms
09:03:59 INFO api: request /users took=11ms";

fn fmt_time(s: u32) -> String {
    format!("{:02}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
}

fn main() {
    let lines: Vec<&str> = LOG.lines().collect();
    let events: Vec<Event> = lines.iter().filter_map(|l| parse_line(l)).collect();
    let rejected: Vec<usize> = lines.iter().enumerate().filter(|(_, l)| parse_line(l).is_none()).map(|(i, _)| i + 1).collect();
    println!("{} lines, {} events, rejected lines {:?}", lines.len(), events.len(), rejected);

    let mut by_service: BTreeMap<&str, Vec<&Event>> = BTreeMap::new();
    for e in &events {
        by_service.entry(e.service).or_default().push(e);
    }
    println!("{:<7} {:>5} {:>5} {:>9} {:>9}", "service", "count", "errs", "avg ms", "worst");
    for (service, evs) in &by_service {
        let errs = evs.iter().filter(|e| e.severity >= Severity::Error).count();
        let lat: Vec<u32> = evs.iter().filter_map(|e| e.latency_ms).collect();
        let avg = if lat.is_empty() { 0.0 } else { lat.iter().sum::<u32>() as f64 / lat.len() as f64 };
        let worst = evs.iter().max_by_key(|e| (e.severity, e.latency_ms)).map(|e| format!("{:?}", e.severity)).unwrap();
        println!("{:<7} {:>5} {:>5} {:>9.1} {:>9}", service, evs.len(), errs, avg, worst);
    }

    let per_minute = events.iter().fold(BTreeMap::new(), |mut m: BTreeMap<u32, u32>, e| {
        *m.entry(e.seconds / 60).or_insert(0) += 1;
        m
    });
    let histogram: Vec<String> = per_minute.iter().map(|(min, n)| format!("{}={}", fmt_time(min * 60), "*".repeat(*n as usize))).collect();
    println!("per minute: {}", histogram.join("  "));

    let mut messages: Vec<(&str, &str)> = events.iter().map(|e| (e.service, e.message)).collect();
    let before = messages.len();
    messages.dedup();
    println!("dedup removed {} repeated line(s)", before - messages.len());

    let mut severities: Vec<Severity> = events.iter().map(|e| e.severity).collect();
    severities.sort();
    severities.dedup();
    println!("severities seen: {:?}", severities);

    let mut slow: Vec<&Event> = events.iter().filter(|e| e.latency_ms.map_or(false, |l| l >= 100)).collect();
    slow.sort_by_key(|e| std::cmp::Reverse(e.latency_ms));
    slow.dedup_by_key(|e| e.latency_ms);
    for (rank, e) in slow.iter().take(3).enumerate() {
        println!("slow #{}: {} {:<6} {:>5}ms {}", rank + 1, fmt_time(e.seconds), e.service, e.latency_ms.unwrap(), e.message);
    }

    let gaps: Vec<u32> = events.windows(2).map(|w| w[1].seconds - w[0].seconds).collect();
    let (gap_at, longest_gap) = gaps.iter().enumerate().max_by_key(|&(i, g)| (*g, std::cmp::Reverse(i))).map(|(i, g)| (i, *g)).unwrap();
    println!("longest quiet period: {}s after {}", longest_gap, fmt_time(events[gap_at].seconds));

    let first_error = events.iter().position(|e| e.severity == Severity::Error);
    let after_first_error = events.iter().skip_while(|e| e.severity != Severity::Error).skip(1).filter(|e| e.severity == Severity::Info).count();
    println!("first error at index {:?}, {} info events after it", first_error, after_first_error);

    let recent: Vec<String> = events.iter().rev().take(3).map(|e| format!("{}:{}", e.service, fmt_time(e.seconds))).collect();
    println!("most recent: {}", recent.join(", "));

    let chunk_sizes: Vec<u32> = events.chunks(4).map(|c| c.iter().filter_map(|e| e.latency_ms).sum()).collect();
    println!("latency per chunk of 4: {:?}", chunk_sizes);

    let paired: Vec<String> = events.iter().zip(events.iter().skip(1)).filter(|(a, b)| a.service != b.service).map(|(a, b)| format!("{}>{}", a.service, b.service)).take(5).collect();
    println!("service switches: {}", paired.join(" "));

    let words: usize = events.iter().flat_map(|e| e.message.split_whitespace()).filter(|w| !w.contains('=')).count();
    let quiet = by_service.values().all(|v| v.iter().any(|e| e.severity == Severity::Debug));
    let least = by_service.iter().min_by_key(|(_, v)| v.len()).map(|(s, _)| *s);
    println!("message words: {}, every service has debug output: {}, least active: {:?}", words, quiet, least);
}
