//! Infinite planes: the points p with `dot(p, normal) = offset`.

use super::{Aabb, Hit, Intersect};
use crate::fixed::{Fx, EPSILON};
use crate::vec3::{Ray, Vec3};

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Plane {
    pub normal: Vec3,
    pub offset: Fx,
}

impl Plane {
    pub fn new(normal: Vec3, offset: Fx) -> Plane {
        Plane {
            normal: normal.normalize(),
            offset,
        }
    }
}

impl Intersect for Plane {
    fn intersect(&self, ray: &Ray, t_max: Fx) -> Option<Hit> {
        let denom = self.normal.dot(ray.dir);
        if denom.abs() < EPSILON {
            return None;
        }
        let t = self.offset.sub(self.normal.dot(ray.origin)).div(denom);
        if t <= EPSILON || t >= t_max {
            return None;
        }
        // Seen from either side, the normal faces the ray.
        let normal = if denom.is_negative() {
            self.normal
        } else {
            self.normal.neg()
        };
        Some(Hit { t, normal })
    }

    fn bounds(&self) -> Option<Aabb> {
        None
    }
}
