//! Flat discs: a plane through `center`, cut to `radius`.

use super::{Aabb, Hit, Intersect};
use crate::fixed::{Fx, EPSILON};
use crate::vec3::{Ray, Vec3};

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Disc {
    pub center: Vec3,
    pub normal: Vec3,
    pub radius: Fx,
}

impl Disc {
    pub fn new(center: Vec3, normal: Vec3, radius: Fx) -> Disc {
        Disc {
            center,
            normal: normal.normalize(),
            radius,
        }
    }
}

impl Intersect for Disc {
    fn intersect(&self, ray: &Ray, t_max: Fx) -> Option<Hit> {
        let denom = self.normal.dot(ray.dir);
        if denom.abs() < EPSILON {
            return None;
        }
        let t = self.center.sub(ray.origin).dot(self.normal).div(denom);
        if t <= EPSILON || t >= t_max {
            return None;
        }
        let offset = ray.at(t).sub(self.center);
        if offset.dot(offset) > self.radius.mul(self.radius) {
            return None;
        }
        let normal = if denom.is_negative() {
            self.normal
        } else {
            self.normal.neg()
        };
        Some(Hit { t, normal })
    }

    fn bounds(&self) -> Option<Aabb> {
        // Loose but safe: the sphere around the disc.
        let r = Vec3::new(self.radius, self.radius, self.radius);
        Some(Aabb::new(self.center.sub(r), self.center.add(r)))
    }
}
