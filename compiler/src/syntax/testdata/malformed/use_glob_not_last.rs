use std::*::io;
