fn f() {
    let x = std:mem::size_of::<u32>();
}
