use std::{io, fmt;
