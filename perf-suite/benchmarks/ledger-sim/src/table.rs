//! Plain-text tables: columns sized to their widest cell, numbers aligned right.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
}

pub struct Table {
    headers: Vec<String>,
    aligns: Vec<Align>,
    rows: Vec<Vec<String>>,
}

impl Table {
    pub fn new(columns: &[(&str, Align)]) -> Table {
        let mut headers = Vec::new();
        let mut aligns = Vec::new();
        for (h, a) in columns.iter() {
            headers.push(h.to_string());
            aligns.push(*a);
        }
        Table {
            headers,
            aligns,
            rows: Vec::new(),
        }
    }

    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
    }

    fn widths(&self) -> Vec<usize> {
        let mut w = Vec::new();
        for h in self.headers.iter() {
            w.push(char_len(h));
        }
        for r in self.rows.iter() {
            for (i, cell) in r.iter().enumerate() {
                if i < w.len() && char_len(cell) > w[i] {
                    w[i] = char_len(cell);
                }
            }
        }
        w
    }

    pub fn render(&self) -> Vec<String> {
        let widths = self.widths();
        let mut lines = Vec::new();
        lines.push(self.line(&self.headers, &widths));
        let mut rule = String::new();
        for (i, w) in widths.iter().enumerate() {
            if i > 0 {
                rule.push_str("-+-");
            }
            let mut k = 0;
            while k < *w {
                rule.push('-');
                k += 1;
            }
        }
        lines.push(rule);
        for r in self.rows.iter() {
            lines.push(self.line(r, &widths));
        }
        lines
    }

    fn line(&self, cells: &[String], widths: &[usize]) -> String {
        let mut out = String::new();
        for (i, w) in widths.iter().enumerate() {
            if i > 0 {
                out.push_str(" | ");
            }
            let cell = match cells.get(i) {
                Some(c) => c.clone(),
                None => String::new(),
            };
            let align = match self.aligns.get(i) {
                Some(a) => *a,
                None => Align::Left,
            };
            out.push_str(&pad(&cell, *w, align));
        }
        trim_end(&out)
    }
}

fn char_len(s: &str) -> usize {
    let mut n = 0;
    for _ in s.chars() {
        n += 1;
    }
    n
}

pub fn pad(s: &str, width: usize, align: Align) -> String {
    let mut fill = String::new();
    let mut n = char_len(s);
    while n < width {
        fill.push(' ');
        n += 1;
    }
    match align {
        Align::Left => format!("{}{}", s, fill),
        Align::Right => format!("{}{}", fill, s),
    }
}

fn trim_end(s: &str) -> String {
    let mut chars = Vec::new();
    for c in s.chars() {
        chars.push(c);
    }
    while chars.last() == Some(&' ') {
        chars.pop();
    }
    let mut out = String::new();
    for c in chars.iter() {
        out.push(*c);
    }
    out
}
