//@ edition: 2024
fn gen() {}
