//! Triangles, by the Möller-Trumbore test, with a flat normal.

use super::{Aabb, Hit, Intersect};
use crate::fixed::{Fx, EPSILON, ONE, ZERO};
use crate::vec3::{Ray, Vec3};

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Triangle {
    pub a: Vec3,
    pub b: Vec3,
    pub c: Vec3,
    normal: Vec3,
}

impl Triangle {
    pub fn new(a: Vec3, b: Vec3, c: Vec3) -> Triangle {
        let normal = b.sub(a).cross(c.sub(a)).normalize();
        Triangle { a, b, c, normal }
    }

    pub fn area_x2(&self) -> Fx {
        self.b.sub(self.a).cross(self.c.sub(self.a)).length()
    }
}

impl Intersect for Triangle {
    fn intersect(&self, ray: &Ray, t_max: Fx) -> Option<Hit> {
        let e1 = self.b.sub(self.a);
        let e2 = self.c.sub(self.a);
        let p = ray.dir.cross(e2);
        let det = e1.dot(p);
        if det.abs() < Fx(8) {
            return None;
        }
        let s = ray.origin.sub(self.a);
        let u = s.dot(p).div(det);
        if u < ZERO || u > ONE {
            return None;
        }
        let q = s.cross(e1);
        let v = ray.dir.dot(q).div(det);
        if v < ZERO || u.add(v) > ONE {
            return None;
        }
        let t = e2.dot(q).div(det);
        if t <= EPSILON || t >= t_max {
            return None;
        }
        let normal = if self.normal.dot(ray.dir).is_negative() {
            self.normal
        } else {
            self.normal.neg()
        };
        Some(Hit { t, normal })
    }

    fn bounds(&self) -> Option<Aabb> {
        Some(Aabb::new(
            self.a.min(self.b).min(self.c),
            self.a.max(self.b).max(self.c),
        ))
    }
}
