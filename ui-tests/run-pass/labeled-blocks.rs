//@ run-pass
//@ check-run-results

fn find_pair(xs: &[i32], target: i32) -> Option<(usize, usize)> {
    let mut result = None;
    'search: for i in 0..xs.len() {
        for j in i + 1..xs.len() {
            if xs[i] + xs[j] == target {
                result = Some((i, j));
                break 'search;
            }
        }
    }
    result
}

fn main() {
    println!("{:?}", find_pair(&[1, 4, 6, 9], 10));
    println!("{:?}", find_pair(&[1, 2], 10));
    let v = 'b: {
        if find_pair(&[5, 5], 10).is_none() {
            break 'b "none";
        }
        "some"
    };
    println!("{}", v);
    let mut n = 0;
    let r = loop {
        n += 3;
        if n % 7 == 0 {
            break n * 2;
        }
    };
    println!("{}", r);
}
