fn main() {
    let letter = 'q';
    let 'a'..='z' = letter; //~ ERROR refutable pattern in local binding
    let flags: [bool; 2] = [true, false];
    let n: u16 = 7;
    let 0..=100 = n; //~ ERROR refutable pattern in local binding
    let _ = flags;
}
