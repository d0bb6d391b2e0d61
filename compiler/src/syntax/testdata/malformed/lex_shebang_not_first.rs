
#!/bin/sh
fn f() {}
