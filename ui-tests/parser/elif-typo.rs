fn main() {
    let n = 3;
    if n > 2 {
    } elif n > 1 { //~ ERROR expected one of `!`, `.`, `::`, `;`, `?`, `{`, `}`, or an operator, found `n`
    }
}
