//@ run-pass
//@ check-run-results
//@ edition: 2021
// A glob and mini-regex matcher: patterns compiled into a Vec of token enums (literals, `?`,
// `*`, character classes with ranges and negation), a backtracking matcher over char slices,
// a tiny regex subset (`^`, `$`, `.`, `*` after an atom) by recursion on slices, slice
// patterns, and a table of cases printed with aligned columns.
#[derive(Debug, Clone, PartialEq)]
enum Token {
    Lit(char),
    AnyOne,
    AnyMany,
    Class { negated: bool, ranges: Vec<(char, char)> },
}

#[derive(Debug)]
enum PatternError {
    UnclosedClass(usize),
    EmptyClass(usize),
}

fn compile_glob(pattern: &str) -> Result<Vec<Token>, PatternError> {
    let chars: Vec<char> = pattern.chars().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let tok = match chars[i] {
            '?' => Token::AnyOne,
            '*' => {
                // Consecutive stars match the same strings as one star.
                while i + 1 < chars.len() && chars[i + 1] == '*' {
                    i += 1;
                }
                Token::AnyMany
            }
            '[' => {
                let start = i;
                i += 1;
                let negated = i < chars.len() && chars[i] == '!';
                if negated {
                    i += 1;
                }
                let mut ranges = Vec::new();
                while i < chars.len() && chars[i] != ']' {
                    if i + 2 < chars.len() && chars[i + 1] == '-' && chars[i + 2] != ']' {
                        ranges.push((chars[i], chars[i + 2]));
                        i += 3;
                    } else {
                        ranges.push((chars[i], chars[i]));
                        i += 1;
                    }
                }
                if i >= chars.len() {
                    return Err(PatternError::UnclosedClass(start));
                }
                if ranges.is_empty() {
                    return Err(PatternError::EmptyClass(start));
                }
                Token::Class { negated, ranges }
            }
            '\\' if i + 1 < chars.len() => {
                i += 1;
                Token::Lit(chars[i])
            }
            c => Token::Lit(c),
        };
        tokens.push(tok);
        i += 1;
    }
    Ok(tokens)
}

fn token_matches(tok: &Token, c: char) -> bool {
    match tok {
        Token::Lit(l) => *l == c,
        Token::AnyOne => true,
        Token::AnyMany => true,
        Token::Class { negated, ranges } => ranges.iter().any(|&(lo, hi)| lo <= c && c <= hi) != *negated,
    }
}

fn glob_match(tokens: &[Token], text: &[char]) -> bool {
    match tokens {
        [] => text.is_empty(),
        [Token::AnyMany, rest @ ..] => (0..=text.len()).any(|skip| glob_match(rest, &text[skip..])),
        [tok, rest @ ..] => match text {
            [c, tail @ ..] => token_matches(tok, *c) && glob_match(rest, tail),
            [] => false,
        },
    }
}

fn regex_here(re: &[char], text: &[char]) -> bool {
    match re {
        [] => true,
        ['$'] => text.is_empty(),
        [atom, '*', rest @ ..] => {
            let mut t = text;
            loop {
                if regex_here(rest, t) {
                    return true;
                }
                match t {
                    [c, tail @ ..] if *atom == '.' || atom == c => t = tail,
                    _ => return false,
                }
            }
        }
        [atom, rest @ ..] => match text {
            [c, tail @ ..] if *atom == '.' || atom == c => regex_here(rest, tail),
            _ => false,
        },
    }
}

fn regex_match(re: &str, text: &str) -> Option<usize> {
    let re: Vec<char> = re.chars().collect();
    let text: Vec<char> = text.chars().collect();
    if let Some(('^', rest)) = re.split_first().map(|(c, r)| (*c, r)) {
        return if regex_here(rest, &text) { Some(0) } else { None };
    }
    (0..=text.len()).find(|&start| regex_here(&re, &text[start..]))
}

fn main() {
    let files = ["main.rs", "lib.rs", "Cargo.toml", "README.md", "build.rs", "data_01.csv", "data_2.csv", "notes.txt", "x", "*star*"];
    let globs = ["*.rs", "?????.rs", "data_[0-9][0-9].csv", "[!a-z]*", "*a*a*", "\\*star\\*", "[abc", "[]", "*"];
    for g in globs.iter() {
        match compile_glob(g) {
            Ok(tokens) => {
                let hits: Vec<&str> = files
                    .iter()
                    .filter(|f| glob_match(&tokens, &f.chars().collect::<Vec<_>>()))
                    .copied()
                    .collect();
                println!("{:<20} {:>2} token(s) -> {:?}", g, tokens.len(), hits);
            }
            Err(PatternError::UnclosedClass(at)) => println!("{:<20} error: class opened at {} is never closed", g, at),
            Err(PatternError::EmptyClass(at)) => println!("{:<20} error: empty class at {}", g, at),
        }
    }
    println!();
    let cases = [("ab*c", "xabbbcz"), ("^ab*c", "xabbbcz"), ("^x.*z$", "xabbbcz"), ("b.b", "abcbd"), ("c$", "abc"), ("c$", "cab"), ("a*", ""), ("q", "abc")];
    for (re, text) in cases {
        let shown = match regex_match(re, text) {
            Some(at) => format!("match at {}", at),
            None => String::from("no match"),
        };
        println!("/{:<8}/ on {:<10} {}", re, format!("{:?}", text), shown);
    }
    let compiled = compile_glob("a[b-d]?*").unwrap();
    println!("{:?}", compiled);
}
