unsafe const fn a() {}
async async fn b() {}
const unsafe const fn c() {}
async pub fn d() {}
pub async pub fn e() {}
extern "C" unsafe fn f() {}
unsafe async fn g() {}
