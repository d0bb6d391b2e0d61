struct 1abc {}
