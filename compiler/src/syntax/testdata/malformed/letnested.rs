fn f(a: Option<u32>, b: bool) {
    if (let Some(x) = a) {}
    if !let Some(x) = a {}
    if b || let Some(x) = a {}
    while let Some(x) = a && b {}
    if let Some(x) = a && let Some(y) = a {}
}
