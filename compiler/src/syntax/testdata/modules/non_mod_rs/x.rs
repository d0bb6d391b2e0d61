mod y;
mod inner {
    mod z;
}
