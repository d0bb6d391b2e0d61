//@ check-pass

#[derive(Debug)]
enum http_method { //~ WARN type `http_method` should have an upper camel case name
    Get,
    post, //~ WARN variant `post` should have an upper camel case name
}

fn main() {
    println!("{:?} {:?}", http_method::Get, http_method::post);
}
