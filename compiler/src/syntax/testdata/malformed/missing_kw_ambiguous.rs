pub f(x) x;
