//@ run-pass
//@ check-run-results

const N: usize = 5;

fn life_step(g: &[[bool; N]; N]) -> [[bool; N]; N] {
    let mut next = [[false; N]; N];
    for r in 0..N {
        for c in 0..N {
            let mut alive = 0;
            for dr in [N - 1, 0, 1] {
                for dc in [N - 1, 0, 1] {
                    if dr == 0 && dc == 0 {
                        continue;
                    }
                    if g[(r + dr) % N][(c + dc) % N] {
                        alive += 1;
                    }
                }
            }
            next[r][c] = alive == 3 || (alive == 2 && g[r][c]);
        }
    }
    next
}

fn show(g: &[[bool; N]; N]) {
    for row in g {
        let line: String = row.iter().map(|&b| if b { '#' } else { '.' }).collect();
        println!("{}", line);
    }
}

fn main() {
    let mut g = [[false; N]; N];
    g[1][2] = true;
    g[2][3] = true;
    g[3][1] = true;
    g[3][2] = true;
    g[3][3] = true;
    for gen in 0..3 {
        println!("gen {}", gen);
        show(&g);
        g = life_step(&g);
    }
    let copy = g;
    g[0][0] = !g[0][0];
    println!("{} {}", copy[0][0], g[0][0]);
}
