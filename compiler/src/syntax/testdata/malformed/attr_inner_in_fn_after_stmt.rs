fn f() {
    let x = 1;
    #![allow(unused)]
}
