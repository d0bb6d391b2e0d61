fn f(x: &impl Clone + Send) {}
