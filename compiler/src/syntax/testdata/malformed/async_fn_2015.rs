//@ edition: 2015
async fn f() {}
