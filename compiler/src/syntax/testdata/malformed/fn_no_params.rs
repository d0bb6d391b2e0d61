fn f {}
