type A = const fn();
type B = async fn();
type C = unsafe const fn();
