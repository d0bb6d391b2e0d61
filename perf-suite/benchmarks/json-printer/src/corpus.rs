//! Built-in documents: realistic ones that must parse and round-trip, queries with their
//! expected results, and malformed inputs with the error each must produce.

use crate::parser::ErrorKind;

pub const MANIFEST: &str = r#"{
  "name": "weft-demo",
  "version": "1.4.0",
  "private": true,
  "description": "A demo package: \"quoted\" text, a tab\tand a slash \/ escaped",
  "keywords": ["json", "parser", "printer", "benchmark"],
  "scripts": {"build": "node build.mjs", "test": "vitest run", "bench": "node bench.mjs --iterations 10"},
  "dependencies": {"left-pad": "^1.3.0", "tiny-json": "~0.2.1"},
  "engines": {"node": ">=20"},
  "files": [],
  "config": {"port": 8080, "ratio": 0.75, "retries": 3, "timeout_ms": 1.5e3, "nothing": null}
}"#;

pub const GEO: &str = r#"{
  "type": "FeatureCollection",
  "features": [
    {"type": "Feature", "properties": {"name": "Zürich", "population": 421878},
     "geometry": {"type": "Point", "coordinates": [8.541694, 47.376887]}},
    {"type": "Feature", "properties": {"name": "\u00c5re", "elevation_m": 380.0},
     "geometry": {"type": "Point", "coordinates": [13.0822, 63.3990]}},
    {"type": "Feature", "properties": {"name": "Route 9", "lanes": 2},
     "geometry": {"type": "LineString", "coordinates": [[-122.4194, 37.7749], [-122.2711, 37.8044], [-121.8863, 37.3382]]}},
    {"type": "Feature", "properties": {"name": "Square", "tags": ["park", "closed-at-night"]},
     "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [0, 1], [1, 1], [1, 0], [0, 0]]]}}
  ],
  "bbox": [-122.4194, 0, 13.0822, 63.399]
}"#;

pub const API: &str = r#"{
  "status": "ok",
  "request_id": "9f2c1e7a-33b0-4d9e-a1f4-7c2b8e0d5a61",
  "results": [
    {"id": 1, "user": "ana", "text": "caf\u00e9 \u2615 and \ud83d\ude00", "likes": 1200, "ratio": 6.02214076e23},
    {"id": 2, "user": "bo", "text": "line one\nline two\r\n\u0001", "likes": 0, "ratio": -0.0},
    {"id": 3, "user": "chen", "text": "\u4e2d\u6587 text", "likes": 37, "ratio": 1E+2},
    {"id": 4, "user": "dee", "text": "", "likes": -17, "ratio": 1e-7}
  ],
  "paging": {"next": null, "count": 4, "limit": 100},
  "big": 123456789012345678901234567890,
  "small": 0.000000000000000000000000000001,
  "precise": 3.14159265358979323846264338327950288
}"#;

pub const CONFIG: &str = r#"// Service configuration: comments and trailing commas are accepted here.
{
  "listen": ["0.0.0.0:80", "[::]:80",],
  /* Upstream servers, tried in order. */
  "upstreams": [
    {"host": "a.internal", "weight": 3,},
    {"host": "b.internal", "weight": 1, "backup": true},
  ],
  "limits": {"rps": 250, "burst": 500}, // per client
}"#;

/// Documents that must parse with the strict parser, by name.
pub const DOCUMENTS: [(&str, &str); 3] = [("manifest", MANIFEST), ("geo", GEO), ("api", API)];

/// Queries on the documents above: (document, path, compact JSON of the selected values).
pub const QUERIES: [(&str, &str, &str); 10] = [
    ("manifest", "name", r#"["weft-demo"]"#),
    ("manifest", "keywords[2]", r#"["printer"]"#),
    ("manifest", "config.timeout_ms", "[1500]"),
    (
        "manifest",
        "scripts.*",
        r#"["node build.mjs","vitest run","node bench.mjs --iterations 10"]"#,
    ),
    (
        "geo",
        "features[*].properties.name",
        r#"["Z\u00fcrich","\u00c5re","Route 9","Square"]"#,
    ),
    (
        "geo",
        "features[2].geometry.coordinates[1][0]",
        "[-122.2711]",
    ),
    (
        "geo",
        "features[3].properties.tags[*]",
        r#"["park","closed-at-night"]"#,
    ),
    ("api", "results[*].likes", "[1200,0,37,-17]"),
    ("api", "results[0].ratio", "[6.02214076e23]"),
    ("api", r#"paging["next"]"#, "[null]"),
];

/// Malformed inputs: (input, error, line, column).
pub const MALFORMED: [(&str, ErrorKind, usize, usize); 24] = [
    ("", ErrorKind::UnexpectedEnd, 1, 1),
    ("   ", ErrorKind::UnexpectedEnd, 1, 4),
    ("{", ErrorKind::UnexpectedEnd, 1, 2),
    ("[1, 2", ErrorKind::UnexpectedEnd, 1, 6),
    ("[1 2]", ErrorKind::MissingComma, 1, 4),
    ("{\"a\" 1}", ErrorKind::MissingColon, 1, 6),
    ("{\"a\": 1,}", ErrorKind::TrailingComma, 1, 9),
    ("[1,]", ErrorKind::TrailingComma, 1, 4),
    ("{a: 1}", ErrorKind::UnexpectedChar, 1, 2),
    ("tru", ErrorKind::UnexpectedEnd, 1, 4),
    ("nul!", ErrorKind::BadLiteral, 1, 4),
    ("01", ErrorKind::LeadingZero, 1, 3),
    ("-", ErrorKind::BadNumber, 1, 2),
    ("1.", ErrorKind::BadNumber, 1, 3),
    ("1e+", ErrorKind::BadNumber, 1, 4),
    (".5", ErrorKind::UnexpectedChar, 1, 1),
    ("\"abc", ErrorKind::UnexpectedEnd, 1, 5),
    ("\"a\\qb\"", ErrorKind::BadEscape, 1, 5),
    ("\"\\u12G4\"", ErrorKind::BadUnicode, 1, 6),
    ("\"\\ud800\"", ErrorKind::LoneSurrogate, 1, 8),
    ("\"\\udc00\"", ErrorKind::LoneSurrogate, 1, 8),
    ("\"tab\there\"", ErrorKind::ControlInString, 1, 5),
    ("[1] [2]", ErrorKind::TrailingData, 1, 5),
    ("\n\n  // note\n1", ErrorKind::Comment, 3, 3),
];

/// Inputs that only the relaxed parser accepts.
pub const RELAXED_ONLY: [&str; 3] = [
    CONFIG,
    "[1, 2, 3,]",
    "/* c */ {\"k\": [true, false,],} // end",
];
