//! JSON Merge Patch (RFC 7396): applying a patch, and computing the patch that turns one
//! document into another. A merge patch cannot set a member to `null` (null means "remove"),
//! so `diff` is exact only for targets without null member values; `has_null_member` says when.

use crate::value::{Json, Member};

pub fn apply(target: &Json, patch: &Json) -> Json {
    let patch_members = match patch {
        Json::Object(m) => m,
        other => return other.clone(),
    };
    let mut result: Vec<Member> = match target {
        Json::Object(m) => m.clone(),
        _ => Vec::new(),
    };
    for pm in patch_members.iter() {
        let position = find(&result, pm);
        match &pm.value {
            Json::Null => match position {
                Some(i) => {
                    result.remove(i);
                }
                None => {}
            },
            value => match position {
                Some(i) => {
                    let merged = apply(&result[i].value, value);
                    result[i].value = merged;
                }
                None => {
                    let merged = apply(&Json::Null, value);
                    result.push(Member {
                        key: pm.key.clone(),
                        value: merged,
                    });
                }
            },
        }
    }
    Json::Object(result)
}

fn find(members: &[Member], wanted: &Member) -> Option<usize> {
    for (i, m) in members.iter().enumerate() {
        if m.key == wanted.key {
            return Some(i);
        }
    }
    None
}

/// A merge patch that turns `from` into `to` (both deduplicated first).
pub fn diff(from: &Json, to: &Json) -> Json {
    let a = from.deduplicated();
    let b = to.deduplicated();
    match (&a, &b) {
        (Json::Object(ma), Json::Object(mb)) => {
            let mut patch = Vec::new();
            for m in ma.iter() {
                if find(mb, m).is_none() {
                    patch.push(Member {
                        key: m.key.clone(),
                        value: Json::Null,
                    });
                }
            }
            for m in mb.iter() {
                match find(ma, m) {
                    Some(i) => {
                        if !ma[i].value.same_as(&m.value) {
                            patch.push(Member {
                                key: m.key.clone(),
                                value: diff(&ma[i].value, &m.value),
                            });
                        }
                    }
                    None => patch.push(m.clone()),
                }
            }
            Json::Object(patch)
        }
        _ => b.clone(),
    }
}

/// Whether any object in `v` has a member whose value is `null`.
pub fn has_null_member(v: &Json) -> bool {
    match v {
        Json::Object(members) => {
            for m in members.iter() {
                if m.value == Json::Null || has_null_member(&m.value) {
                    return true;
                }
            }
            false
        }
        Json::Array(items) => {
            for x in items.iter() {
                if has_null_member(x) {
                    return true;
                }
            }
            false
        }
        _ => false,
    }
}
