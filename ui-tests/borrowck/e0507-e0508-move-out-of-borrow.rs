// Moving a value out of a place the function does not own: behind a reference (E0507), an
// element of a `Vec` through `Index` (E0507), or an element of an array or slice (E0508).
// rustc suggests borrowing for a `let`, cloning when the type is `Clone`, and otherwise what
// would make it `Clone`.

struct Ticket {
    title: String,
    seat: u32,
}

struct Stub {
    id: u32,
}

struct Booth {
    stub: Stub,
}

impl Ticket {
    fn title(&self) -> String {
        self.title //~ ERROR E0507
    }
}

fn first(list: &Vec<String>) -> String {
    list[0] //~ ERROR E0507
}

fn pick<T>(items: &[T]) -> T {
    items[0] //~ ERROR E0508
}

fn unwrap_ref(r: &String) -> String {
    *r //~ ERROR E0507
}

fn stub_of(b: &Booth) -> Stub {
    b.stub //~ ERROR E0507
}

fn main() {
    let names = vec![String::from("ada")];
    let first_name = names[0]; //~ ERROR E0507
    let tickets = vec![Ticket { title: String::from("x"), seat: 1 }];
    let title = tickets[0].title; //~ ERROR E0507
    let seat = tickets[0].seat;
    let pair = [String::from("a"), String::from("b")];
    let left = pair[0]; //~ ERROR E0508
    let maybe = &Some(String::from("y"));
    let inner = *maybe; //~ ERROR E0507
    let booth = Booth { stub: Stub { id: 7 } };
    let view = &booth;
    let stub = view.stub; //~ ERROR E0507
    println!("{} {} {} {} {:?} {}", first_name, title, seat, left, inner, stub.id);
    let _ = (Ticket { title: String::new(), seat: 0 }.title(), first(&names), pick(&[1]), unwrap_ref(&names[0]), stub_of(&booth).id);
}
