fn main() {
    let _x = Rc::new(1);
    let _r: Result<(), Error> = Ok(());
}
