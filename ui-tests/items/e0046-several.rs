trait Codec {
    type Output;
    const NAME: &'static str;
    fn encode(&self, input: &str) -> Self::Output;
    fn decode(&self, data: &Self::Output) -> String;
    fn version(&self) -> u32 {
        1
    }
}

struct Base64;

impl Codec for Base64 { //~ ERROR not all trait items implemented, missing: `Output`, `NAME`, `decode`
    fn encode(&self, input: &str) -> String {
        input.to_string()
    }
}

fn main() {}
