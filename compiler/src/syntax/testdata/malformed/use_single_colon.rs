use std:io;
