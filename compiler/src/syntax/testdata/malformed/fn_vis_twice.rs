pub async pub fn e() {}
