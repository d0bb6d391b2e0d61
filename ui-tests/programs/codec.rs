//@ run-pass
//@ check-run-results
// Encoders and decoders: run-length encoding of strings (chars and counts), a base64 codec written
// from its definition (bit packing with shifts and masks over u8/u32, padding, a reverse lookup
// table), a trait with an associated error type implemented by both, and round-trip checks.
use std::fmt;

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

#[derive(Debug, PartialEq)]
enum DecodeError {
    BadLength(usize),
    BadSymbol { symbol: char, at: usize },
    MissingCount(char),
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            DecodeError::BadLength(n) => write!(f, "length {} is not a multiple of 4", n),
            DecodeError::BadSymbol { symbol, at } => write!(f, "symbol {:?} at offset {}", symbol, at),
            DecodeError::MissingCount(c) => write!(f, "no count before {:?}", c),
        }
    }
}

trait Codec {
    type Error: fmt::Display;
    fn name(&self) -> &str;
    fn encode(&self, input: &[u8]) -> String;
    fn decode(&self, input: &str) -> Result<Vec<u8>, Self::Error>;
}

struct RunLength;
struct Base64 {
    reverse: [u8; 128],
}

impl Codec for RunLength {
    type Error = DecodeError;
    fn name(&self) -> &str {
        "rle"
    }
    fn encode(&self, input: &[u8]) -> String {
        let mut out = String::new();
        let mut i = 0;
        while i < input.len() {
            let b = input[i];
            let mut run = 1;
            while i + run < input.len() && input[i + run] == b && run < 99 {
                run += 1;
            }
            out.push_str(&run.to_string());
            out.push(b as char);
            i += run;
        }
        out
    }
    fn decode(&self, input: &str) -> Result<Vec<u8>, DecodeError> {
        let mut out = Vec::new();
        let mut count: Option<usize> = None;
        for c in input.chars() {
            if let Some(d) = c.to_digit(10) {
                count = Some(count.unwrap_or(0) * 10 + d as usize);
                continue;
            }
            let n = count.take().ok_or(DecodeError::MissingCount(c))?;
            out.extend(std::iter::repeat(c as u8).take(n));
        }
        Ok(out)
    }
}

impl Base64 {
    fn new() -> Base64 {
        let mut reverse = [255u8; 128];
        for (i, &b) in ALPHABET.iter().enumerate() {
            reverse[b as usize] = i as u8;
        }
        Base64 { reverse }
    }
}

impl Codec for Base64 {
    type Error = DecodeError;
    fn name(&self) -> &str {
        "base64"
    }
    fn encode(&self, input: &[u8]) -> String {
        let mut out = String::with_capacity((input.len() + 2) / 3 * 4);
        for chunk in input.chunks(3) {
            let mut word = 0u32;
            for (k, &b) in chunk.iter().enumerate() {
                word |= (b as u32) << (16 - 8 * k);
            }
            for k in 0..4 {
                if k <= chunk.len() {
                    let idx = (word >> (18 - 6 * k)) & 0x3f;
                    out.push(ALPHABET[idx as usize] as char);
                } else {
                    out.push('=');
                }
            }
        }
        out
    }
    fn decode(&self, input: &str) -> Result<Vec<u8>, DecodeError> {
        let bytes = input.as_bytes();
        if bytes.len() % 4 != 0 {
            return Err(DecodeError::BadLength(bytes.len()));
        }
        let mut out = Vec::new();
        for (q, quad) in bytes.chunks(4).enumerate() {
            let mut word = 0u32;
            let mut pad = 0;
            for (k, &b) in quad.iter().enumerate() {
                let v = if b == b'=' && k >= 2 {
                    pad += 1;
                    0
                } else if b < 128 && self.reverse[b as usize] != 255 {
                    self.reverse[b as usize] as u32
                } else {
                    return Err(DecodeError::BadSymbol { symbol: b as char, at: q * 4 + k });
                };
                word = (word << 6) | v;
            }
            let full = [(word >> 16) as u8, (word >> 8 & 0xff) as u8, (word & 0xff) as u8];
            out.extend_from_slice(&full[..3 - pad]);
        }
        Ok(out)
    }
}

fn round_trip<C: Codec>(codec: &C, text: &str) {
    let encoded = codec.encode(text.as_bytes());
    match codec.decode(&encoded) {
        Ok(bytes) => {
            let back = String::from_utf8(bytes).unwrap_or_default();
            let verdict = if back == text { "ok" } else { "MISMATCH" };
            println!("{:>6} {:<24} -> {:<34} {}", codec.name(), format!("{:?}", text), encoded, verdict);
        }
        Err(e) => println!("{:>6} {:?}: {}", codec.name(), text, e),
    }
}

fn show_decode<C: Codec>(codec: &C, input: &str) {
    match codec.decode(input) {
        Ok(bytes) => println!("{} decode {:?} = {:?}", codec.name(), input, String::from_utf8_lossy(&bytes)),
        Err(e) => println!("{} decode {:?} failed: {}", codec.name(), input, e),
    }
}

fn main() {
    let rle = RunLength;
    let b64 = Base64::new();
    let samples = ["", "f", "fo", "foo", "foobar", "aaabccddddd", "Hello, weft!", "zzzzzzzzzzzzzzzz"];
    for s in samples.iter() {
        round_trip(&rle, s);
        round_trip(&b64, s);
    }
    show_decode(&rle, "3x2y1z");
    show_decode(&rle, "12-");
    show_decode(&rle, "4ab");
    show_decode(&b64, "d2VmdA==");
    show_decode(&b64, "d2VmdA=");
    show_decode(&b64, "d2V*dA==");
    let long: String = (0..40).map(|i| if i % 7 < 4 { 'a' } else { 'b' }).collect();
    let packed = rle.encode(long.as_bytes());
    println!("rle {} bytes -> {} ({:.1}%)", long.len(), packed.len(), 100.0 * packed.len() as f64 / long.len() as f64);
    let binary: Vec<u8> = (0u8..=255).step_by(17).collect();
    let text = b64.encode(&binary);
    println!("binary {:?}", binary);
    println!("as base64 {}", text);
    println!("back equal: {}", b64.decode(&text) == Ok(binary));
}
