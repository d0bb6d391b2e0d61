fn before();
mod a;
fn after();
