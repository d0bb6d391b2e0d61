fn main() {}
)
