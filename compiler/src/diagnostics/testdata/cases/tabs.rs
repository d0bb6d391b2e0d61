fn main() {
	let x: i32 = "tab";
	let	y: u8 =	"two	tabs";
}
