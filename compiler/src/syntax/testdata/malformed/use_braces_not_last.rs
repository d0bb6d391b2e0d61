use std::{io, fmt}::Write;
