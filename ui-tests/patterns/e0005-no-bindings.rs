fn main() {
    let pair = (1, true);
    let (_, true) = pair; //~ ERROR refutable pattern in local binding
    let r: Result<u8, ()> = Ok(1);
    let Ok(_) = r; //~ ERROR refutable pattern in local binding
    let 5 = 2 + 3; //~ ERROR refutable pattern in local binding
}
