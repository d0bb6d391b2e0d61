fn helper() {}
// no main here
