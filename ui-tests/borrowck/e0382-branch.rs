struct Ticket {
    id: u32,
}

fn close(t: Ticket) -> u32 {
    t.id
}

fn process(t: Ticket, urgent: bool) -> u32 {
    let mut closed = 0;
    if urgent {
        closed = close(t);
    }
    closed + close(t) //~ ERROR use of moved value: `t`
}

fn main() {
    println!("{}", process(Ticket { id: 1 }, true));
}
