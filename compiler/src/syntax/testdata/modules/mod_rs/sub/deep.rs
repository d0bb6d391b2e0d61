fn d() { let = 1; }
