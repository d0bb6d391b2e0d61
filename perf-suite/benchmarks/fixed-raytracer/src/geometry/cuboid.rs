//! Axis-aligned boxes.

use super::{Aabb, Hit, Intersect};
use crate::fixed::{Fx, EPSILON, ONE, ZERO};
use crate::vec3::{Ray, Vec3};

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Cuboid {
    pub min: Vec3,
    pub max: Vec3,
}

impl Cuboid {
    pub fn new(min: Vec3, max: Vec3) -> Cuboid {
        Cuboid {
            min: min.min(max),
            max: min.max(max),
        }
    }
}

/// The unit normal of face `axis`, pointing to the side `sign` (true: positive).
fn face_normal(axis: usize, positive: bool) -> Vec3 {
    let v = if positive { ONE } else { ONE.neg() };
    match axis {
        0 => Vec3::new(v, ZERO, ZERO),
        1 => Vec3::new(ZERO, v, ZERO),
        _ => Vec3::new(ZERO, ZERO, v),
    }
}

impl Intersect for Cuboid {
    fn intersect(&self, ray: &Ray, t_max: Fx) -> Option<Hit> {
        let mut t_near = Fx(-(1 << 40));
        let mut t_far = Fx(1 << 40);
        let mut near_axis = 0;
        let mut near_positive = false;
        let mut far_axis = 0;
        let mut far_positive = false;
        let mut axis = 0;
        while axis < 3 {
            let o = ray.origin.axis(axis);
            let d = ray.dir.axis(axis);
            let lo = self.min.axis(axis);
            let hi = self.max.axis(axis);
            if d == ZERO {
                if o < lo || o > hi {
                    return None;
                }
            } else {
                let a = lo.sub(o).div(d);
                let b = hi.sub(o).div(d);
                // Entering through the low face when moving up, the high face when moving down.
                let (enter, exit, enter_positive) =
                    if a < b { (a, b, false) } else { (b, a, true) };
                if enter > t_near {
                    t_near = enter;
                    near_axis = axis;
                    near_positive = enter_positive;
                }
                if exit < t_far {
                    t_far = exit;
                    far_axis = axis;
                    far_positive = !enter_positive;
                }
                if t_near > t_far {
                    return None;
                }
            }
            axis += 1;
        }
        if t_near > EPSILON && t_near < t_max {
            return Some(Hit {
                t: t_near,
                normal: face_normal(near_axis, near_positive),
            });
        }
        // The ray starts inside: it leaves through the far face.
        if t_far > EPSILON && t_far < t_max {
            return Some(Hit {
                t: t_far,
                normal: face_normal(far_axis, far_positive),
            });
        }
        None
    }

    fn bounds(&self) -> Option<Aabb> {
        Some(Aabb::new(self.min, self.max))
    }
}
