extern "C" unsafe fn f() {}
