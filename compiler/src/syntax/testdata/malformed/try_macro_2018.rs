fn f() -> Result<u8, u8> {
    try!(Ok(1))
}
