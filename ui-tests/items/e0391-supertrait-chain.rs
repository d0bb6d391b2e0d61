trait Render: Clone + Layout {} //~ ERROR cycle detected when computing the super predicates of `Render`
trait Layout: Measure {}
trait Measure: Render {}
trait Widget: Layout {}

fn main() {}
