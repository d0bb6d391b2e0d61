//! The meaning of the operators on integers and strings, shared by the interpreter, the VM and the
//! constant folder, so that folding can never change what a program computes.

use crate::ast::BinOp;

/// The result of comparing two values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ordering {
    Less,
    Equal,
    Greater,
}

/// An integer operator; an error is the run-time message (the folder then leaves the node alone).
pub fn int_binop(op: BinOp, a: i64, b: i64) -> Result<i64, String> {
    let result = match op {
        BinOp::Add => a.checked_add(b),
        BinOp::Sub => a.checked_sub(b),
        BinOp::Mul => a.checked_mul(b),
        BinOp::Div => {
            if b == 0 {
                return Err("division by zero".to_string());
            }
            a.checked_div(b)
        }
        BinOp::Rem => {
            if b == 0 {
                return Err("remainder by zero".to_string());
            }
            a.checked_rem(b)
        }
        BinOp::BitAnd => Some(a & b),
        BinOp::BitOr => Some(a | b),
        BinOp::BitXor => Some(a ^ b),
        BinOp::Shl | BinOp::Shr => {
            if b < 0 || b > 63 {
                return Err(format!("shift amount {} is out of range", b));
            }
            if op == BinOp::Shl {
                Some(a.wrapping_shl(b as u32))
            } else {
                Some(a >> b)
            }
        }
        _ => return Err(format!("`{}` is not an integer operator", op.symbol())),
    };
    match result {
        Some(v) => Ok(v),
        None => Err(format!("integer overflow in `{}`", op.symbol())),
    }
}

/// A comparison operator applied to an ordering.
pub fn compare(op: BinOp, ord: Ordering) -> bool {
    match op {
        BinOp::Eq => ord == Ordering::Equal,
        BinOp::Ne => ord != Ordering::Equal,
        BinOp::Lt => ord == Ordering::Less,
        BinOp::Le => ord != Ordering::Greater,
        BinOp::Gt => ord == Ordering::Greater,
        BinOp::Ge => ord != Ordering::Less,
        _ => false,
    }
}

pub fn order_ints(a: i64, b: i64) -> Ordering {
    if a < b {
        Ordering::Less
    } else if a > b {
        Ordering::Greater
    } else {
        Ordering::Equal
    }
}

pub fn order_strs(a: &str, b: &str) -> Ordering {
    if a < b {
        Ordering::Less
    } else if a > b {
        Ordering::Greater
    } else {
        Ordering::Equal
    }
}

pub fn negate(a: i64) -> Result<i64, String> {
    match a.checked_neg() {
        Some(v) => Ok(v),
        None => Err("integer overflow in `-`".to_string()),
    }
}

pub fn concat(a: &str, b: &str) -> String {
    let mut s = String::new();
    s.push_str(a);
    s.push_str(b);
    s
}
