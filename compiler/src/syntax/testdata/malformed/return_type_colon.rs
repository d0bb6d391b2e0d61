fn f(): u8 { 0 }
