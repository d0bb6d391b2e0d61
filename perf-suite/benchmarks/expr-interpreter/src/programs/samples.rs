//! Sample programs in Tern, each of which checks itself with `assert` where it can and prints a
//! few lines. Together they exercise every construct of the language and every builtin.

pub const FIB: &str = "
// Recursive and iterative Fibonacci numbers must agree.
fn fib(n: int) -> int {
    if n < 2 {
        return n;
    }
    return fib(n - 1) + fib(n - 2);
}

fn fib_iter(n: int) -> int {
    let a = 0;
    let b = 1;
    for i in 0..n {
        let t = a + b;
        a = b;
        b = t;
    }
    return a;
}

fn main() {
    let total = 0;
    for n in 0..20 {
        let r = fib(n);
        assert(r == fib_iter(n), \"fib mismatch\");
        total += r;
    }
    print(\"sum of fib(0..20) = \" + str(total));
    print(\"fib(90) = \" + str(fib_iter(90)));
}
";

pub const SIEVE: &str = "
const LIMIT = 20000;
const FIRST_PRIME = 2;

fn sieve(n: int) -> [bool] {
    let is_prime = list(n + 1, true);
    is_prime[0] = false;
    is_prime[1] = false;
    let i = FIRST_PRIME;
    while i * i <= n {
        if is_prime[i] {
            let j = i * i;
            while j <= n {
                is_prime[j] = false;
                j += i;
            }
        }
        i += 1;
    }
    return is_prime;
}

fn main() {
    let flags = sieve(LIMIT);
    let count = 0;
    let sum = 0;
    let last = 0;
    for k in 0..LIMIT + 1 {
        if flags[k] {
            count += 1;
            sum += k;
            last = k;
        }
    }
    print(\"primes up to \" + str(LIMIT) + \": \" + str(count));
    print(\"their sum: \" + str(sum) + \", the largest: \" + str(last));
    let twins = 0;
    for k in 3..LIMIT - 1 {
        if flags[k] && flags[k + 2] {
            twins += 1;
        }
    }
    print(\"twin pairs: \" + str(twins));
}
";

pub const SORTING: &str = "
fn next_random(state: [int]) -> int {
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648;
    return state[0];
}

fn quicksort(xs: [int], lo: int, hi: int) {
    if lo >= hi {
        return;
    }
    let pivot = xs[(lo + hi) / 2];
    let i = lo;
    let j = hi;
    while i <= j {
        while xs[i] < pivot {
            i += 1;
        }
        while xs[j] > pivot {
            j -= 1;
        }
        if i <= j {
            swap(xs, i, j);
            i += 1;
            j -= 1;
        }
    }
    quicksort(xs, lo, j);
    quicksort(xs, i, hi);
}

fn insertion_sort(xs: [int]) {
    for i in 1..len(xs) {
        let key = xs[i];
        let j = i - 1;
        while j >= 0 && xs[j] > key {
            xs[j + 1] = xs[j];
            j -= 1;
        }
        xs[j + 1] = key;
    }
}

fn merge_sort(xs: [int]) -> [int] {
    let n = len(xs);
    if n <= 1 {
        return copy(xs);
    }
    let left = [];
    let right = [];
    for i in 0..n {
        if i < n / 2 {
            push(left, xs[i]);
        } else {
            push(right, xs[i]);
        }
    }
    let a = merge_sort(left);
    let b = merge_sort(right);
    let out = [];
    let i = 0;
    let j = 0;
    while i < len(a) || j < len(b) {
        if j >= len(b) || (i < len(a) && a[i] <= b[j]) {
            push(out, a[i]);
            i += 1;
        } else {
            push(out, b[j]);
            j += 1;
        }
    }
    return out;
}

fn is_sorted(xs: [int]) -> bool {
    for i in 1..len(xs) {
        if xs[i - 1] > xs[i] {
            return false;
        }
    }
    return true;
}

fn checksum(xs: [int]) -> int {
    let h = 0;
    for x in xs {
        h = (h * 31 + x) % 1000000007;
    }
    return h;
}

fn same(a: [int], b: [int]) -> bool {
    if len(a) != len(b) {
        return false;
    }
    for i in 0..len(a) {
        if a[i] != b[i] {
            return false;
        }
    }
    return true;
}

fn main() {
    let state = [42];
    let a = [];
    for i in 0..1500 {
        push(a, next_random(state) % 100000);
    }
    let b = [];
    for i in 0..300 {
        push(b, a[i]);
    }
    let c = copy(a);
    let d = copy(a);
    quicksort(a, 0, len(a) - 1);
    insertion_sort(b);
    let m = merge_sort(c);
    sort(d);
    assert(is_sorted(a) && is_sorted(b) && is_sorted(m), \"not sorted\");
    assert(same(a, m) && same(a, d), \"sorts disagree\");
    assert(!same(a, c), \"merge sort changed its input\");
    print(\"sorted \" + str(len(a)) + \" numbers, checksum \" + str(checksum(a)));
    print(\"smallest \" + str(a[0]) + \", largest \" + str(a[len(a) - 1]));
    print(\"first five of the short sort: \" + str([b[0], b[1], b[2], b[3], b[4]]));
}
";

pub const STRINGS: &str = "
fn reverse(s: str) -> str {
    let out = \"\";
    let i = strlen(s) - 1;
    while i >= 0 {
        out = out + char_at(s, i);
        i -= 1;
    }
    return out;
}

fn is_palindrome(s: str) -> bool {
    return s == reverse(s);
}

fn caesar(s: str, shift: int) -> str {
    let out = \"\";
    for i in 0..strlen(s) {
        let c = ord(char_at(s, i));
        if c >= 97 && c <= 122 {
            out = out + chr((c - 97 + shift) % 26 + 97);
        } else {
            out = out + chr(c);
        }
    }
    return out;
}

fn repeat(s: str, n: int) -> str {
    let out = \"\";
    for i in 0..n {
        out += s;
    }
    return out;
}

fn pad_left(s: str, width: int) -> str {
    let out = s;
    while strlen(out) < width {
        out = \" \" + out;
    }
    return out;
}

fn main() {
    let words = split(\"level rotor tern kayak python stats refer noon banana civic\");
    let pals = [];
    for w in words {
        if is_palindrome(w) {
            push(pals, w);
        }
    }
    print(join(pals, \",\"));
    let secret = caesar(\"the quick brown fox jumps over the lazy dog\", 13);
    print(secret);
    assert(caesar(secret, 13) == \"the quick brown fox jumps over the lazy dog\", \"rot13 twice\");
    let text = repeat(\"lorem ipsum dolor sit amet \", 60);
    print(\"words: \" + str(len(split(text))) + \", chars: \" + str(strlen(text)));
    let total = 0;
    for i in 0..strlen(text) {
        total += ord(char_at(text, i));
    }
    print(\"character sum \" + str(total));
    let parts = [];
    for i in 0..10 {
        push(parts, str(i * i));
    }
    print(join(parts, \"-\"));
    assert(parse_int(\" 12345 \") + 1 == 12346, \"parse_int\");
    print(\"[\" + pad_left(substr(\"abcdefgh\", 2, 3), 6) + \"]\");
    print(\"tab\\there, quote \\\" and backslash \\\\\");
    let smallest = words[0];
    for w in words {
        if w < smallest {
            smallest = w;
        }
    }
    print(\"first word in order: \" + smallest);
}
";

pub const MATRIX: &str = "
fn make_matrix(n: int, seed: int) -> [[int]] {
    let m = [];
    for i in 0..n {
        let row = [];
        for j in 0..n {
            push(row, (i * 7 + j * 13 + seed) % 10 - 4);
        }
        push(m, row);
    }
    return m;
}

fn multiply(a: [[int]], b: [[int]]) -> [[int]] {
    let n = len(a);
    let c = [];
    for i in 0..n {
        let row = list(n, 0);
        for j in 0..n {
            let s = 0;
            for k in 0..n {
                s += a[i][k] * b[k][j];
            }
            row[j] = s;
        }
        push(c, row);
    }
    return c;
}

fn transpose(m: [[int]]) -> [[int]] {
    let n = len(m);
    let t = [];
    for i in 0..n {
        let row = [];
        for j in 0..n {
            push(row, m[j][i]);
        }
        push(t, row);
    }
    return t;
}

fn trace(m: [[int]]) -> int {
    let t = 0;
    for i in 0..len(m) {
        t += m[i][i];
    }
    return t;
}

fn identity(n: int) -> [[int]] {
    let m = [];
    for i in 0..n {
        let row = list(n, 0);
        row[i] = 1;
        push(m, row);
    }
    return m;
}

fn equal(a: [[int]], b: [[int]]) -> bool {
    for i in 0..len(a) {
        for j in 0..len(a) {
            if a[i][j] != b[i][j] {
                return false;
            }
        }
    }
    return true;
}

fn main() {
    let n = 16;
    let a = make_matrix(n, 3);
    let b = make_matrix(n, 5);
    let c = multiply(a, b);
    print(\"trace(a*b) = \" + str(trace(c)));
    assert(equal(multiply(a, identity(n)), a), \"identity\");
    assert(equal(transpose(multiply(a, b)), multiply(transpose(b), transpose(a))), \"transpose law\");
    let p = a;
    for i in 0..3 {
        p = multiply(p, a);
    }
    print(\"trace(a^4) = \" + str(trace(p)));
    print(\"first row of a*b: \" + str(c[0]));
}
";

pub const COLLATZ: &str = "
const BOUND = 3000;

fn steps(n: int, cache: [int]) -> int {
    let count = 0;
    let x = n;
    while x != 1 {
        if x < len(cache) && cache[x] >= 0 {
            return count + cache[x];
        }
        x = x % 2 == 0 ? x / 2 : 3 * x + 1;
        count += 1;
    }
    return count;
}

fn main() {
    let cache = list(BOUND, -1);
    cache[1] = 0;
    let best = 1;
    let best_steps = 0;
    let total = 0;
    for n in 1..BOUND {
        let s = steps(n, cache);
        cache[n] = s;
        total += s;
        if s > best_steps {
            best = n;
            best_steps = s;
        }
    }
    print(\"longest chain below \" + str(BOUND) + \": \" + str(best) + \" with \" + str(best_steps) + \" steps\");
    print(\"total steps: \" + str(total));
    let plain = 0;
    let x = 27;
    while x != 1 {
        x = x % 2 == 0 ? x / 2 : 3 * x + 1;
        plain += 1;
    }
    assert(plain == 111, \"27 takes 111 steps\");
}
";

pub const QUEENS: &str = "
fn safe(cols: [int], row: int, col: int) -> bool {
    for r in 0..row {
        let c = cols[r];
        if c == col || abs(c - col) == row - r {
            return false;
        }
    }
    return true;
}

fn place(cols: [int], row: int, n: int) -> int {
    if row == n {
        return 1;
    }
    let count = 0;
    for col in 0..n {
        if safe(cols, row, col) {
            cols[row] = col;
            count += place(cols, row + 1, n);
        }
    }
    return count;
}

fn main() {
    let expected = [1, 0, 0, 2, 10, 4, 40];
    for n in 1..8 {
        let count = place(list(n, 0), 0, n);
        assert(count == expected[n - 1], \"queens\");
        write(str(n) + \":\" + str(count) + \" \");
    }
    print(\"\");
}
";

pub const HANOI: &str = "
fn move_disks(n: int, from: [int], to: [int], via: [int], log: [int]) {
    if n == 0 {
        return;
    }
    move_disks(n - 1, from, via, to, log);
    let disk = pop(from);
    if len(to) > 0 {
        assert(to[len(to) - 1] > disk, \"bigger disk on a smaller one\");
    }
    push(to, disk);
    log[0] += 1;
    move_disks(n - 1, via, to, from, log);
}

fn main() {
    let n = 11;
    let a = [];
    for i in 0..n {
        push(a, n - i);
    }
    let b = [];
    let c = [];
    let log = [0];
    move_disks(n, a, c, b, log);
    print(\"moves: \" + str(log[0]));
    print(\"target peg: \" + str(c));
    assert(len(a) == 0 && len(b) == 0, \"pegs empty\");
}
";

pub const HIGHER_ORDER: &str = "
fn twice(f: fn(int) -> int, x: int) -> int {
    return f(f(x));
}

fn inc(x: int) -> int {
    return x + 1;
}

fn square(x: int) -> int {
    return x * x;
}

fn add(a: int, b: int) -> int {
    return a + b;
}

fn mul_mod(a: int, b: int) -> int {
    return a * b % 1000003;
}

fn bigger(a: int, b: int) -> int {
    return max(a, b);
}

fn fold(xs: [int], acc: int, f: fn(int, int) -> int) -> int {
    for x in xs {
        acc = f(acc, x);
    }
    return acc;
}

fn map_into(xs: [int], f: fn(int) -> int) -> [int] {
    let out = [];
    for x in xs {
        push(out, f(x));
    }
    return out;
}

fn apply_all(fs: [fn(int) -> int], x: int) -> int {
    for f in fs {
        x = f(x);
    }
    return x;
}

fn main() {
    let xs = [];
    for i in 1..200 {
        push(xs, i);
    }
    print(fold(xs, 0, add));
    print(fold(xs, 1, mul_mod));
    print(fold(map_into(xs, square), 0, bigger));
    print(twice(square, 3));
    print(apply_all([inc, square, inc, square], 2));
    let ops = [add, mul_mod, bigger];
    let results = [];
    for op in ops {
        push(results, op(6, 7));
    }
    print(results);
    let pick = len(xs) > 100 ? inc : square;
    print(pick(10));
    print(twice(inc, twice(square, 2)));
}
";

pub const BITS: &str = "
fn popcount(x: int) -> int {
    let c = 0;
    while x != 0 {
        c += x & 1;
        x = x >> 1;
    }
    return c;
}

fn gcd(a: int, b: int) -> int {
    while b != 0 {
        let t = a % b;
        a = b;
        b = t;
    }
    return a;
}

fn modpow(base: int, e: int, m: int) -> int {
    let r = 1;
    let b = base % m;
    while e > 0 {
        if e & 1 == 1 {
            r = r * b % m;
        }
        b = b * b % m;
        e = e >> 1;
    }
    return r;
}

fn is_prime(n: int) -> bool {
    if n < 2 {
        return false;
    }
    for p in [2, 3, 5, 7, 11, 13] {
        if n % p == 0 {
            return n == p;
        }
    }
    let d = n - 1;
    let s = 0;
    while d % 2 == 0 {
        d = d / 2;
        s += 1;
    }
    for a in [2, 3, 5, 7] {
        let x = modpow(a, d, n);
        if x != 1 && x != n - 1 {
            let composite = true;
            for r in 1..s {
                x = x * x % n;
                if x == n - 1 {
                    composite = false;
                    break;
                }
            }
            if composite {
                return false;
            }
        }
    }
    return true;
}

fn reverse_bits(x: int, width: int) -> int {
    let r = 0;
    for i in 0..width {
        r = (r << 1) | ((x >> i) & 1);
    }
    return r;
}

fn main() {
    let ones = 0;
    for i in 0..4000 {
        ones += popcount(i);
    }
    print(\"bits set in 0..4000: \" + str(ones));
    let g = 0;
    for i in 1..300 {
        g += gcd(i * 7919, 104729 * (i % 13 + 1));
    }
    print(\"gcd sum: \" + str(g));
    print(\"2^1000000 mod 1000000007 = \" + str(modpow(2, 1000000, 1000000007)));
    let primes = 0;
    for n in 1000000..1001500 {
        if is_prime(n) {
            primes += 1;
        }
    }
    print(\"primes in [1000000, 1001500): \" + str(primes));
    assert(reverse_bits(1, 8) == 128 && reverse_bits(reverse_bits(173, 8), 8) == 173, \"bit reversal\");
    print(\"xor fold: \" + str(5 ^ 9 ^ 12 | 64 & 127));
}
";

pub const RPN: &str = "
fn apply(op: str, a: int, b: int) -> int {
    if op == \"+\" {
        return a + b;
    } else if op == \"-\" {
        return a - b;
    } else if op == \"*\" {
        return a * b;
    } else if op == \"/\" {
        return a / b;
    }
    return a % b;
}

fn is_operator(tok: str) -> bool {
    return tok == \"+\" || tok == \"-\" || tok == \"*\" || tok == \"/\" || tok == \"%\";
}

fn eval_rpn(expr: str) -> int {
    let stack = [];
    for tok in split(expr) {
        if is_operator(tok) {
            let b = pop(stack);
            let a = pop(stack);
            push(stack, apply(tok, a, b));
        } else {
            push(stack, parse_int(tok));
        }
    }
    assert(len(stack) == 1, \"malformed expression\");
    return pop(stack);
}

fn build(depth: int, seed: int) -> str {
    if depth == 0 {
        return str(seed % 97 + 1);
    }
    // Products only just above the leaves, so that the value stays far from overflow.
    let ops = [\"+\", \"-\", \"+\", \"-\"];
    let op = depth == 1 ? \"*\" : ops[seed % 4];
    let left = build(depth - 1, seed * 3 + 1);
    let right = build(depth - 1, seed * 5 + 2);
    return left + \" \" + right + \" \" + op;
}

fn main() {
    print(eval_rpn(\"3 4 + 2 *\"));
    print(eval_rpn(\"100 7 % 3 -\"));
    print(eval_rpn(\"2 3 4 * 5 6 * + *\"));
    let big = build(9, 1);
    print(\"tokens: \" + str(len(split(big))));
    print(\"value: \" + str(eval_rpn(big)));
}
";

pub const LIFE: &str = "
const SIZE = 20;

fn make_grid() -> [[bool]] {
    let g = [];
    for i in 0..SIZE {
        push(g, list(SIZE, false));
    }
    return g;
}

fn neighbours(g: [[bool]], r: int, c: int) -> int {
    let n = 0;
    for dr in -1..2 {
        for dc in -1..2 {
            if dr != 0 || dc != 0 {
                let rr = (r + dr + SIZE) % SIZE;
                let cc = (c + dc + SIZE) % SIZE;
                if g[rr][cc] {
                    n += 1;
                }
            }
        }
    }
    return n;
}

fn step(g: [[bool]]) -> [[bool]] {
    let next = make_grid();
    for r in 0..SIZE {
        for c in 0..SIZE {
            let n = neighbours(g, r, c);
            next[r][c] = g[r][c] ? n == 2 || n == 3 : n == 3;
        }
    }
    return next;
}

fn population(g: [[bool]]) -> int {
    let n = 0;
    for row in g {
        for cell in row {
            if cell {
                n += 1;
            }
        }
    }
    return n;
}

fn render(row: [bool]) -> str {
    let s = \"\";
    for cell in row {
        s += cell ? \"#\" : \".\";
    }
    return s;
}

fn main() {
    let g = make_grid();
    // A glider, a blinker and an R-pentomino.
    g[1][2] = true;
    g[2][3] = true;
    g[3][1] = true;
    g[3][2] = true;
    g[3][3] = true;
    g[10][10] = true;
    g[10][11] = true;
    g[10][12] = true;
    g[14][5] = true;
    g[14][6] = true;
    g[15][4] = true;
    g[15][5] = true;
    g[16][5] = true;
    let counts = [];
    for gen in 0..30 {
        if gen % 10 == 0 {
            push(counts, population(g));
        }
        g = step(g);
    }
    print(\"population every 10 generations: \" + str(counts));
    for r in 0..4 {
        print(render(g[r]));
    }
}
";

pub const BRAINF: &str = "
fn matching(code: str) -> [int] {
    let n = strlen(code);
    let jumps = list(n, 0);
    let open = [];
    for i in 0..n {
        let c = char_at(code, i);
        if c == \"[\" {
            push(open, i);
        } else if c == \"]\" {
            let j = pop(open);
            jumps[i] = j;
            jumps[j] = i;
        }
    }
    return jumps;
}

fn run(code: str) -> str {
    let ops = [];
    for i in 0..strlen(code) {
        push(ops, char_at(code, i));
    }
    let jumps = matching(code);
    let tape = list(64, 0);
    let ptr = 0;
    let pc = 0;
    let out = \"\";
    while pc < len(ops) {
        let op = ops[pc];
        if op == \"+\" {
            tape[ptr] = (tape[ptr] + 1) % 256;
        } else if op == \"-\" {
            tape[ptr] = (tape[ptr] + 255) % 256;
        } else if op == \">\" {
            ptr += 1;
        } else if op == \"<\" {
            ptr -= 1;
        } else if op == \".\" {
            out += chr(tape[ptr]);
        } else if op == \"[\" && tape[ptr] == 0 {
            pc = jumps[pc];
        } else if op == \"]\" && tape[ptr] != 0 {
            pc = jumps[pc];
        }
        pc += 1;
    }
    return out;
}

fn main() {
    let hello = \"++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.\";
    let text = run(hello);
    print(text);
    assert(text == \"Hello World!\", \"brainf\");
}
";

pub const RECORDS: &str = "
// Accounts as lists: [id, balance, transactions].
fn account(id: int, balance: int) -> [int] {
    return [id, balance, 0];
}

fn transfer(from: [int], to: [int], amount: int) -> bool {
    if from[1] < amount {
        return false;
    }
    from[1] -= amount;
    to[1] += amount;
    from[2] += 1;
    to[2] += 1;
    return true;
}

fn total(accounts: [[int]]) -> int {
    let t = 0;
    for a in accounts {
        t += a[1];
    }
    return t;
}

fn sort_by_balance(accounts: [[int]]) {
    for i in 1..len(accounts) {
        let j = i;
        while j > 0 && accounts[j - 1][1] > accounts[j][1] {
            swap(accounts, j - 1, j);
            j -= 1;
        }
    }
}

fn describe(a: [int]) -> str {
    return \"#\" + str(a[0]) + \"=\" + str(a[1]) + \"/\" + str(a[2]);
}

fn main() {
    let accounts = [];
    for i in 0..12 {
        push(accounts, account(i, 1000 + i * 37));
    }
    let before = total(accounts);
    let seed = 7;
    let refused = 0;
    for k in 0..2000 {
        seed = (seed * 48271) % 2147483647;
        let from = seed % 12;
        let to = (seed / 12) % 12;
        let amount = seed % 500;
        if from != to && !transfer(accounts[from], accounts[to], amount) {
            refused += 1;
        }
    }
    assert(total(accounts) == before, \"money is conserved\");
    sort_by_balance(accounts);
    let names = [];
    for a in accounts {
        push(names, describe(a));
    }
    print(join(names, \" \"));
    print(\"refused transfers: \" + str(refused));
}
";

pub const RECURSION: &str = "
fn is_even(n: int) -> bool {
    return n == 0 ? true : is_odd(n - 1);
}

fn is_odd(n: int) -> bool {
    return n == 0 ? false : is_even(n - 1);
}

fn ackermann(m: int, n: int) -> int {
    if m == 0 {
        return n + 1;
    }
    if n == 0 {
        return ackermann(m - 1, 1);
    }
    return ackermann(m - 1, ackermann(m, n - 1));
}

fn binomial(n: int, k: int) -> int {
    if k == 0 || k == n {
        return 1;
    }
    return binomial(n - 1, k - 1) + binomial(n - 1, k);
}

fn sum_digits(n: int) -> int {
    return n < 10 ? n : n % 10 + sum_digits(n / 10);
}

fn main() {
    assert(is_even(150) && is_odd(151), \"parity\");
    print(\"ackermann(2, 3) = \" + str(ackermann(2, 3)));
    let row = [];
    for k in 0..11 {
        push(row, binomial(10, k));
    }
    print(row);
    print(sum_digits(9876543210));
    if false {
        print(\"never printed\");
    }
    while false {
        print(\"never printed either\");
    }
    return;
}
";

pub const KNAPSACK: &str = "
// 0/1 knapsack by dynamic programming, with the chosen items recovered from the table.
fn knapsack(weights: [int], values: [int], capacity: int) -> [[int]] {
    let n = len(weights);
    let table = [];
    for i in 0..n + 1 {
        push(table, list(capacity + 1, 0));
    }
    for i in 1..n + 1 {
        for c in 0..capacity + 1 {
            let skip = table[i - 1][c];
            let take = -1;
            if weights[i - 1] <= c {
                take = table[i - 1][c - weights[i - 1]] + values[i - 1];
            }
            table[i][c] = max(skip, take);
        }
    }
    return table;
}

fn chosen(table: [[int]], weights: [int], capacity: int) -> [int] {
    let picks = [];
    let c = capacity;
    let i = len(weights);
    while i > 0 {
        if table[i][c] != table[i - 1][c] {
            push(picks, i - 1);
            c -= weights[i - 1];
        }
        i -= 1;
    }
    return picks;
}

fn main() {
    let weights = [];
    let values = [];
    let seed = 17;
    for i in 0..40 {
        seed = (seed * 75 + 74) % 65537;
        push(weights, seed % 23 + 1);
        push(values, seed % 97 + 3);
    }
    let capacity = 100;
    let table = knapsack(weights, values, capacity);
    let best = table[len(weights)][capacity];
    let picks = chosen(table, weights, capacity);
    let w = 0;
    let v = 0;
    for i in picks {
        w += weights[i];
        v += values[i];
    }
    assert(v == best && w <= capacity, \"the chosen items give the best value\");
    print(\"best value \" + str(best) + \" with weight \" + str(w) + \" from \" + str(len(picks)) + \" items\");
}
";

pub const WORDWRAP: &str = "
const WIDTH = 36;

fn wrap(text: str, width: int) -> [str] {
    let lines = [];
    let line = \"\";
    for word in split(text) {
        if strlen(line) == 0 {
            line = word;
        } else if strlen(line) + 1 + strlen(word) <= width {
            line = line + \" \" + word;
        } else {
            push(lines, line);
            line = word;
        }
    }
    if strlen(line) > 0 {
        push(lines, line);
    }
    return lines;
}

fn justify(line: str, width: int) -> str {
    let words = split(line);
    if len(words) < 2 {
        return line;
    }
    let letters = 0;
    for w in words {
        letters += strlen(w);
    }
    let gaps = len(words) - 1;
    let spaces = width - letters;
    let out = words[0];
    for i in 1..len(words) {
        let here = spaces / gaps + (i <= spaces % gaps ? 1 : 0);
        for k in 0..here {
            out += \" \";
        }
        out += words[i];
    }
    return out;
}

fn main() {
    let text = \"It was the best of times, it was the worst of times, it was the age of wisdom, \"
        + \"it was the age of foolishness, it was the epoch of belief, it was the epoch of \"
        + \"incredulity, it was the season of Light, it was the season of Darkness.\";
    let lines = wrap(text, WIDTH);
    let last = len(lines) - 1;
    for i in 0..len(lines) {
        let shown = i == last ? lines[i] : justify(lines[i], WIDTH);
        assert(i == last || strlen(shown) == WIDTH, \"justified lines fill the width\");
        print(\"|\" + shown + \"|\");
    }
}
";

pub const BST: &str = "
// A binary search tree in three parallel lists: keys, left and right children (-1 for none).
fn insert(keys: [int], left: [int], right: [int], key: int) {
    if len(keys) == 0 {
        push(keys, key);
        push(left, -1);
        push(right, -1);
        return;
    }
    let node = 0;
    while true {
        if key == keys[node] {
            return;
        }
        let next = key < keys[node] ? left[node] : right[node];
        if next == -1 {
            push(keys, key);
            push(left, -1);
            push(right, -1);
            if key < keys[node] {
                left[node] = len(keys) - 1;
            } else {
                right[node] = len(keys) - 1;
            }
            return;
        }
        node = next;
    }
}

fn contains_key(keys: [int], left: [int], right: [int], key: int) -> bool {
    let node = len(keys) > 0 ? 0 : -1;
    while node != -1 {
        if keys[node] == key {
            return true;
        }
        node = key < keys[node] ? left[node] : right[node];
    }
    return false;
}

fn in_order(keys: [int], left: [int], right: [int], node: int, out: [int]) {
    if node == -1 {
        return;
    }
    in_order(keys, left, right, left[node], out);
    push(out, keys[node]);
    in_order(keys, left, right, right[node], out);
}

fn height(left: [int], right: [int], node: int) -> int {
    if node == -1 {
        return 0;
    }
    return 1 + max(height(left, right, left[node]), height(left, right, right[node]));
}

fn main() {
    let keys = [];
    let left = [];
    let right = [];
    let seed = 99;
    for i in 0..600 {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        insert(keys, left, right, seed % 5000);
    }
    let sorted = [];
    in_order(keys, left, right, 0, sorted);
    for i in 1..len(sorted) {
        assert(sorted[i - 1] < sorted[i], \"in-order walk is sorted\");
    }
    let hits = 0;
    for k in 0..5000 {
        if contains_key(keys, left, right, k) {
            hits += 1;
        }
    }
    assert(hits == len(keys), \"every key is found\");
    print(\"distinct keys \" + str(len(keys)) + \", height \" + str(height(left, right, 0)));
    print(\"smallest \" + str(sorted[0]) + \", largest \" + str(sorted[len(sorted) - 1]));
}
";

/// A program with one instance of each lint, and the warnings it must produce: (line, message).
pub const LINTED: &str = "fn unused_helper() -> int {
    return 1;
}

fn main() {
    let x = 5;
    if true {
        x = x;
    }
    while false {
        print(x);
    }
    if x == x {
        print(\"same\");
    }
    for i in 0..3 {
        break;
        print(i);
    }
    return;
    print(x);
}
";

pub const LINTED_EXPECT: &[(u32, &str)] = &[
    (1, "`unused_helper` is never used"),
    (7, "`if` condition is always true"),
    (8, "assigned to itself"),
    (10, "never runs"),
    (13, "compared with itself"),
    (18, "unreachable statement after `break`"),
    (21, "unreachable statement after `return`"),
];

/// Every sample by name, in the order the driver runs them.
pub const SAMPLES: &[(&str, &str)] = &[
    ("fib", FIB),
    ("sieve", SIEVE),
    ("sorting", SORTING),
    ("strings", STRINGS),
    ("matrix", MATRIX),
    ("collatz", COLLATZ),
    ("queens", QUEENS),
    ("hanoi", HANOI),
    ("higher-order", HIGHER_ORDER),
    ("bits", BITS),
    ("rpn", RPN),
    ("life", LIFE),
    ("brainf", BRAINF),
    ("records", RECORDS),
    ("recursion", RECURSION),
    ("knapsack", KNAPSACK),
    ("wordwrap", WORDWRAP),
    ("bst", BST),
];
