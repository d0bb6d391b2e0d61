//! Vertical cylinders with flat caps: axis along y from `base` up `height`.

use super::{first_root, quadratic_roots, Aabb, Hit, Intersect};
use crate::fixed::{Fx, EPSILON, ONE, ZERO};
use crate::vec3::{Ray, Vec3};

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Cylinder {
    pub base: Vec3,
    pub radius: Fx,
    pub height: Fx,
}

impl Cylinder {
    pub fn new(base: Vec3, radius: Fx, height: Fx) -> Cylinder {
        Cylinder {
            base,
            radius,
            height,
        }
    }

    fn side(&self, ray: &Ray, t_max: Fx) -> Option<Hit> {
        // Project onto the xz plane: |o + t d - c|² = r², with d not normalised there.
        let dx = ray.dir.x;
        let dz = ray.dir.z;
        let a = dx.mul(dx).add(dz.mul(dz));
        if a < EPSILON {
            return None;
        }
        let ox = ray.origin.x.sub(self.base.x);
        let oz = ray.origin.z.sub(self.base.z);
        // Divide through by a so that the quadratic helper applies.
        let b = ox.mul(dx).add(oz.mul(dz)).div(a);
        let c = ox
            .mul(ox)
            .add(oz.mul(oz))
            .sub(self.radius.mul(self.radius))
            .div(a);
        let (t0, t1) = quadratic_roots(b, c)?;
        let mut candidates = [t0, t1];
        let mut i = 0;
        while i < 2 {
            let t = candidates[i];
            let y = ray.at(t).y.sub(self.base.y);
            if y.is_negative() || y > self.height {
                candidates[i] = Fx(-1);
            }
            i += 1;
        }
        let t = first_root((candidates[0], candidates[1]), t_max)?;
        let p = ray.at(t);
        let normal = Vec3::new(p.x.sub(self.base.x), ZERO, p.z.sub(self.base.z)).normalize();
        Some(Hit { t, normal })
    }

    fn cap(&self, ray: &Ray, t_max: Fx, top: bool) -> Option<Hit> {
        if ray.dir.y.abs() < EPSILON {
            return None;
        }
        let y = if top {
            self.base.y.add(self.height)
        } else {
            self.base.y
        };
        let t = y.sub(ray.origin.y).div(ray.dir.y);
        if t <= EPSILON || t >= t_max {
            return None;
        }
        let p = ray.at(t);
        let dx = p.x.sub(self.base.x);
        let dz = p.z.sub(self.base.z);
        if dx.mul(dx).add(dz.mul(dz)) > self.radius.mul(self.radius) {
            return None;
        }
        let ny = if top { ONE } else { ONE.neg() };
        Some(Hit {
            t,
            normal: Vec3::new(ZERO, ny, ZERO),
        })
    }
}

impl Intersect for Cylinder {
    fn intersect(&self, ray: &Ray, t_max: Fx) -> Option<Hit> {
        let mut best: Option<Hit> = None;
        let mut limit = t_max;
        let parts = [
            self.side(ray, limit),
            self.cap(ray, limit, true),
            self.cap(ray, limit, false),
        ];
        for part in parts.iter() {
            match part {
                Some(h) if h.t < limit => {
                    limit = h.t;
                    best = Some(*h);
                }
                _ => {}
            }
        }
        best
    }

    fn bounds(&self) -> Option<Aabb> {
        let lo = Vec3::new(
            self.base.x.sub(self.radius),
            self.base.y,
            self.base.z.sub(self.radius),
        );
        let hi = Vec3::new(
            self.base.x.add(self.radius),
            self.base.y.add(self.height),
            self.base.z.add(self.radius),
        );
        Some(Aabb::new(lo, hi))
    }
}
