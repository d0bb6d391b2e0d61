//@ run-pass
//@ check-run-results
//@ edition: 2021
// Turtle graphics on an ASCII canvas: a Canvas struct over Vec<Vec<char>> with bounds-checked
// plotting, Bresenham lines with i32 arithmetic, a Turtle with heading in degrees and f64
// trigonometry, a command language parsed into an enum with repeat blocks (recursion over a
// slice of commands), flood fill with an explicit stack, and the canvas printed with a border.
#[derive(Debug, Clone, PartialEq)]
enum Cmd {
    Forward(f64),
    Turn(f64),
    PenUp,
    PenDown,
    Ink(char),
    Repeat(u32, Vec<Cmd>),
}

struct Canvas {
    width: usize,
    height: usize,
    pixels: Vec<Vec<char>>,
    clipped: u32,
}

impl Canvas {
    fn new(width: usize, height: usize) -> Canvas {
        Canvas { width, height, pixels: vec![vec![' '; width]; height], clipped: 0 }
    }

    fn plot(&mut self, x: i32, y: i32, c: char) {
        if x < 0 || y < 0 || x as usize >= self.width || y as usize >= self.height {
            self.clipped += 1;
            return;
        }
        self.pixels[y as usize][x as usize] = c;
    }

    fn line(&mut self, (x0, y0): (i32, i32), (x1, y1): (i32, i32), c: char) {
        let dx = (x1 - x0).abs();
        let dy = -(y1 - y0).abs();
        let sx = if x0 < x1 { 1 } else { -1 };
        let sy = if y0 < y1 { 1 } else { -1 };
        let (mut x, mut y, mut err) = (x0, y0, dx + dy);
        loop {
            self.plot(x, y, c);
            if x == x1 && y == y1 {
                break;
            }
            let e2 = 2 * err;
            if e2 >= dy {
                err += dy;
                x += sx;
            }
            if e2 <= dx {
                err += dx;
                y += sy;
            }
        }
    }

    fn fill(&mut self, x: usize, y: usize, c: char) -> usize {
        let target = self.pixels[y][x];
        if target == c {
            return 0;
        }
        let mut stack = vec![(x, y)];
        let mut filled = 0;
        while let Some((x, y)) = stack.pop() {
            if self.pixels[y][x] != target {
                continue;
            }
            self.pixels[y][x] = c;
            filled += 1;
            if x > 0 { stack.push((x - 1, y)); }
            if x + 1 < self.width { stack.push((x + 1, y)); }
            if y > 0 { stack.push((x, y - 1)); }
            if y + 1 < self.height { stack.push((x, y + 1)); }
        }
        filled
    }

    fn render(&self) -> String {
        let border = format!("+{}+", "-".repeat(self.width));
        let mut out = vec![border.clone()];
        out.extend(self.pixels.iter().map(|row| format!("|{}|", row.iter().collect::<String>())));
        out.push(border);
        out.join("\n")
    }
}

struct Turtle {
    x: f64,
    y: f64,
    heading: f64,
    pen: bool,
    ink: char,
    travelled: f64,
}

impl Turtle {
    fn run(&mut self, cmds: &[Cmd], canvas: &mut Canvas) {
        for cmd in cmds {
            match cmd {
                Cmd::Forward(d) => {
                    let rad = self.heading.to_radians();
                    let (nx, ny) = (self.x + d * rad.cos(), self.y - d * rad.sin());
                    if self.pen {
                        let from = (self.x.round() as i32, self.y.round() as i32);
                        canvas.line(from, (nx.round() as i32, ny.round() as i32), self.ink);
                    }
                    self.x = nx;
                    self.y = ny;
                    self.travelled += d.abs();
                }
                Cmd::Turn(a) => self.heading = (self.heading + a).rem_euclid(360.0),
                Cmd::PenUp => self.pen = false,
                Cmd::PenDown => self.pen = true,
                Cmd::Ink(c) => self.ink = *c,
                Cmd::Repeat(n, body) => {
                    for _ in 0..*n {
                        self.run(body, canvas);
                    }
                }
            }
        }
    }
}

fn parse(tokens: &mut std::slice::Iter<'_, &str>) -> Result<Vec<Cmd>, String> {
    let mut cmds = Vec::new();
    while let Some(&tok) = tokens.next() {
        let mut number = |what: &str| -> Result<f64, String> {
            let t = tokens.next().ok_or(format!("{} needs a number", what))?;
            t.parse::<f64>().map_err(|e| format!("{}: {:?} ({})", what, t, e))
        };
        let cmd = match tok {
            "fd" => Cmd::Forward(number("fd")?),
            "bk" => Cmd::Forward(-number("bk")?),
            "lt" => Cmd::Turn(number("lt")?),
            "rt" => Cmd::Turn(-number("rt")?),
            "pu" => Cmd::PenUp,
            "pd" => Cmd::PenDown,
            "]" => return Ok(cmds),
            "repeat" => {
                let n = number("repeat")? as u32;
                if tokens.next() != Some(&"[") {
                    return Err("repeat needs `[`".to_string());
                }
                Cmd::Repeat(n, parse(tokens)?)
            }
            ink if ink.starts_with("ink=") => Cmd::Ink(ink.chars().nth(4).unwrap_or('#')),
            other => return Err(format!("unknown command {:?}", other)),
        };
        cmds.push(cmd);
    }
    Ok(cmds)
}

fn main() {
    let program = "pu fd 3 rt 90 fd 2 lt 90 pd ink=# repeat 2 [ fd 20 rt 90 fd 8 rt 90 ] \
                   pu fd 26 pd ink=* repeat 3 [ fd 10 lt 120 ] \
                   pu bk 13 rt 90 fd 3 pd ink=o repeat 8 [ fd 2 lt 45 ] pu fd 40 pd fd 5";
    let tokens: Vec<&str> = program.split_whitespace().collect();
    let cmds = match parse(&mut tokens.iter()) {
        Ok(c) => c,
        Err(e) => {
            println!("parse error: {}", e);
            return;
        }
    };
    println!("{} top-level commands, {} tokens", cmds.len(), tokens.len());
    let mut canvas = Canvas::new(44, 14);
    let mut turtle = Turtle { x: 0.0, y: 0.0, heading: 0.0, pen: true, ink: '#', travelled: 0.0 };
    turtle.run(&cmds, &mut canvas);
    let filled = canvas.fill(10, 6, '.');
    println!("{}", canvas.render());
    println!("filled {} cells, clipped {} points", filled, canvas.clipped);
    println!("turtle at ({:.2}, {:.2}) heading {:.0}, travelled {:.1}", turtle.x, turtle.y, turtle.heading, turtle.travelled);
    let inked: usize = canvas.pixels.iter().flatten().filter(|&&c| c != ' ' && c != '.').count();
    println!("inked cells: {}", inked);
    for bad in ["fd", "repeat 2 fd 3", "jump 4", "fd x"] {
        let toks: Vec<&str> = bad.split_whitespace().collect();
        println!("{:<14} => {:?}", bad, parse(&mut toks.iter()).map(|c| c.len()));
    }
}
