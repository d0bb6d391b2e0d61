//! Spheres.

use super::{first_root, quadratic_roots, Aabb, Hit, Intersect};
use crate::fixed::Fx;
use crate::vec3::{Ray, Vec3};

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Sphere {
    pub center: Vec3,
    pub radius: Fx,
}

impl Sphere {
    pub fn new(center: Vec3, radius: Fx) -> Sphere {
        Sphere { center, radius }
    }
}

impl Intersect for Sphere {
    fn intersect(&self, ray: &Ray, t_max: Fx) -> Option<Hit> {
        let oc = ray.origin.sub(self.center);
        let b = oc.dot(ray.dir);
        let c = oc.dot(oc).sub(self.radius.square());
        let t = first_root(quadratic_roots(b, c)?, t_max)?;
        let normal = ray.at(t).sub(self.center).normalize();
        Some(Hit { t, normal })
    }

    fn bounds(&self) -> Option<Aabb> {
        let r = Vec3::new(self.radius, self.radius, self.radius);
        Some(Aabb::new(self.center.sub(r), self.center.add(r)))
    }
}
