fn main() {
    let mut nums = vec![1, 2, 3];
    let first = nums.first();
    nums.push(4); //~ ERROR cannot borrow `nums` as mutable because it is also borrowed as immutable
    println!("{:?}", first);
}
