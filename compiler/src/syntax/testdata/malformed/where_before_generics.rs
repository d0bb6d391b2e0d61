fn f where T: Copy <T>(t: T) {}
