fn main() {
    let café = "日本語の文字列";
    let n: i32 = "日本語";
    let _ = café; let 名前: u8 = "é";
}
