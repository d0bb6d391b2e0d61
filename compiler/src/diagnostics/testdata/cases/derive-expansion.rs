struct NotClone;
#[derive(Clone)]
struct Holder {
    inner: NotClone,
}
fn main() {}
