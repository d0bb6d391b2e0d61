fn main() {
    let s = "👨‍👩‍👧 family"; let n: u8 = s;
    let _t = "ｆｕｌｌ"; let m: u8 = 'ｘ';
}
