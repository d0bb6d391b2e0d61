use std::io::* as io;
