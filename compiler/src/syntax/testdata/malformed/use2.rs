use std::io::{self, Read} as X;
