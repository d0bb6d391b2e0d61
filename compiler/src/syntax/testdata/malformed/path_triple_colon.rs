use std:::io;
