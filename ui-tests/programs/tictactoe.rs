//@ check-pass
//@ edition: 2021
// Tic-tac-toe with a minimax player: a Copy board of `[Option<Player>; 9]`, const tables of
// winning lines, recursion returning (score, move) tuples, alpha-beta pruning, Display for the
// board, and a game loop playing minimax against a scripted opponent.
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Player {
    X,
    O,
}

impl Player {
    fn other(self) -> Player {
        match self {
            Player::X => Player::O,
            Player::O => Player::X,
        }
    }
    fn symbol(self) -> char {
        if self == Player::X { 'X' } else { 'O' }
    }
}

const LINES: [[usize; 3]; 8] = [[0, 1, 2], [3, 4, 5], [6, 7, 8], [0, 3, 6], [1, 4, 7], [2, 5, 8], [0, 4, 8], [2, 4, 6]];

#[derive(Clone, Copy)]
struct Board {
    cells: [Option<Player>; 9],
}

#[derive(Debug, PartialEq)]
enum Outcome {
    Win(Player),
    Draw,
    Ongoing,
}

impl Board {
    fn empty() -> Board {
        Board { cells: [None; 9] }
    }

    fn free(&self) -> impl Iterator<Item = usize> + '_ {
        (0..9).filter(move |&i| self.cells[i].is_none())
    }

    fn play(&self, at: usize, p: Player) -> Board {
        let mut next = *self;
        next.cells[at] = Some(p);
        next
    }

    fn outcome(&self) -> Outcome {
        for line in LINES.iter() {
            if let [Some(a), Some(b), Some(c)] = [self.cells[line[0]], self.cells[line[1]], self.cells[line[2]]] {
                if a == b && b == c {
                    return Outcome::Win(a);
                }
            }
        }
        if self.cells.iter().all(|c| c.is_some()) { Outcome::Draw } else { Outcome::Ongoing }
    }
}

impl fmt::Display for Board {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for row in 0..3 {
            let cells: Vec<String> = (0..3)
                .map(|col| {
                    let i = row * 3 + col;
                    match self.cells[i] {
                        Some(p) => p.symbol().to_string(),
                        None => format!("{}", i + 1),
                    }
                })
                .collect();
            writeln!(f, " {} ", cells.join(" | "))?;
            if row < 2 {
                writeln!(f, "---+---+---")?;
            }
        }
        Ok(())
    }
}

struct Search {
    nodes: u32,
}

impl Search {
    fn minimax(&mut self, board: &Board, to_move: Player, me: Player, depth: i32, mut alpha: i32, mut beta: i32) -> (i32, Option<usize>) {
        self.nodes += 1;
        match board.outcome() {
            Outcome::Win(p) if p == me => return (10 - depth, None),
            Outcome::Win(_) => return (depth - 10, None),
            Outcome::Draw => return (0, None),
            Outcome::Ongoing => {}
        }
        let maximizing = to_move == me;
        let mut best: (i32, Option<usize>) = (if maximizing { i32::MIN } else { i32::MAX }, None);
        let moves: Vec<usize> = board.free().collect();
        for m in moves {
            let (score, _) = self.minimax(&board.play(m, to_move), to_move.other(), me, depth + 1, alpha, beta);
            if (maximizing && score > best.0) || (!maximizing && score < best.0) {
                best = (score, Some(m));
            }
            if maximizing {
                alpha = alpha.max(score);
            } else {
                beta = beta.min(score);
            }
            if beta <= alpha {
                break;
            }
        }
        best
    }
}

fn play_game(opponent_moves: &[usize], ai: Player) -> Outcome {
    let mut board = Board::empty();
    let mut turn = Player::X;
    let mut scripted = opponent_moves.iter().copied();
    loop {
        let mv = if turn == ai {
            let mut s = Search { nodes: 0 };
            let (score, mv) = s.minimax(&board, turn, ai, 0, i32::MIN, i32::MAX);
            println!("{:?} (minimax) plays {} [score {:>3}, {:>5} nodes]", turn, mv.map_or(0, |m| m + 1), score, s.nodes);
            mv
        } else {
            let wanted = scripted.find(|&m| board.cells[m].is_none());
            let mv = wanted.or_else(|| board.free().next());
            println!("{:?} (script)  plays {}", turn, mv.map_or(0, |m| m + 1));
            mv
        };
        match mv {
            Some(m) => board = board.play(m, turn),
            None => break,
        }
        let o = board.outcome();
        if o != Outcome::Ongoing {
            print!("{}", board);
            return o;
        }
        turn = turn.other();
    }
    board.outcome()
}

fn main() {
    let games: [(&[usize], Player); 3] = [(&[4, 0, 8, 2, 6], Player::O), (&[0, 1, 2, 3, 5, 7], Player::X), (&[2, 4, 6, 8], Player::O)];
    let mut tally = [0u32; 3];
    for (n, (script, ai)) in games.iter().enumerate() {
        println!("== game {} (AI is {:?})", n + 1, ai);
        let result = play_game(script, *ai);
        println!("result: {:?}\n", result);
        let slot = match result {
            Outcome::Win(p) if p == *ai => 0,
            Outcome::Win(_) => 1,
            _ => 2,
        };
        tally[slot] += 1;
    }
    println!("AI wins {}, losses {}, draws {}", tally[0], tally[1], tally[2]);
}
