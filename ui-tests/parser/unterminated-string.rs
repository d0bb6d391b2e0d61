fn main() {
    let _s = "never closed;
}
//~^^ ERROR unterminated double quote string
