//! Shapes and their ray intersections. Each shape type implements `Intersect`; `Shape` is the
//! closed set a scene holds. Planes are unbounded and stay out of the bounding-volume hierarchy.

mod cuboid;
mod cylinder;
mod disc;
mod plane;
mod sphere;
mod triangle;

pub use self::cuboid::Cuboid;
pub use self::cylinder::Cylinder;
pub use self::disc::Disc;
pub use self::plane::Plane;
pub use self::sphere::Sphere;
pub use self::triangle::Triangle;

use crate::fixed::{Fx, EPSILON, FAR};
use crate::vec3::{Ray, Vec3};

/// Where a ray meets a surface: the distance along the ray and the outward unit normal.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hit {
    pub t: Fx,
    pub normal: Vec3,
}

pub trait Intersect {
    /// The nearest hit with `EPSILON < t < t_max`.
    fn intersect(&self, ray: &Ray, t_max: Fx) -> Option<Hit>;

    /// A box around the shape, or `None` if it is unbounded.
    fn bounds(&self) -> Option<Aabb>;
}

/// An axis-aligned bounding box.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Aabb {
    pub min: Vec3,
    pub max: Vec3,
}

impl Aabb {
    pub fn new(min: Vec3, max: Vec3) -> Aabb {
        Aabb { min, max }
    }

    pub fn empty() -> Aabb {
        Aabb::new(
            Vec3::new(FAR, FAR, FAR),
            Vec3::new(FAR.neg(), FAR.neg(), FAR.neg()),
        )
    }

    pub fn union(self, o: Aabb) -> Aabb {
        Aabb::new(self.min.min(o.min), self.max.max(o.max))
    }

    pub fn centroid(self) -> Vec3 {
        self.min.add(self.max).scale(crate::fixed::HALF)
    }

    /// The axis along which the box is longest.
    pub fn longest_axis(self) -> usize {
        let d = self.max.sub(self.min);
        if d.x >= d.y && d.x >= d.z {
            0
        } else if d.y >= d.z {
            1
        } else {
            2
        }
    }

    /// The slab test: does the ray enter the box before `t_max`?
    pub fn hit(&self, ray: &Ray, t_max: Fx) -> bool {
        let mut t0 = EPSILON.neg();
        let mut t1 = t_max;
        let mut axis = 0;
        while axis < 3 {
            let o = ray.origin.axis(axis);
            let d = ray.dir.axis(axis);
            let lo = self.min.axis(axis);
            let hi = self.max.axis(axis);
            if d == Fx(0) {
                if o < lo || o > hi {
                    return false;
                }
            } else {
                let mut a = lo.sub(o).div(d);
                let mut b = hi.sub(o).div(d);
                if a > b {
                    let t = a;
                    a = b;
                    b = t;
                }
                t0 = t0.max(a);
                t1 = t1.min(b);
                if t0 > t1 {
                    return false;
                }
            }
            axis += 1;
        }
        true
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Shape {
    Sphere(Sphere),
    Plane(Plane),
    Cuboid(Cuboid),
    Disc(Disc),
    Cylinder(Cylinder),
    Triangle(Triangle),
}

impl Shape {
    pub fn name(&self) -> &str {
        match self {
            Shape::Sphere(_) => "sphere",
            Shape::Plane(_) => "plane",
            Shape::Cuboid(_) => "cuboid",
            Shape::Disc(_) => "disc",
            Shape::Cylinder(_) => "cylinder",
            Shape::Triangle(_) => "triangle",
        }
    }
}

impl Intersect for Shape {
    fn intersect(&self, ray: &Ray, t_max: Fx) -> Option<Hit> {
        match self {
            Shape::Sphere(s) => s.intersect(ray, t_max),
            Shape::Plane(p) => p.intersect(ray, t_max),
            Shape::Cuboid(c) => c.intersect(ray, t_max),
            Shape::Disc(d) => d.intersect(ray, t_max),
            Shape::Cylinder(c) => c.intersect(ray, t_max),
            Shape::Triangle(t) => t.intersect(ray, t_max),
        }
    }

    fn bounds(&self) -> Option<Aabb> {
        match self {
            Shape::Sphere(s) => s.bounds(),
            Shape::Plane(p) => p.bounds(),
            Shape::Cuboid(c) => c.bounds(),
            Shape::Disc(d) => d.bounds(),
            Shape::Cylinder(c) => c.bounds(),
            Shape::Triangle(t) => t.bounds(),
        }
    }
}

/// The nearest hit among `items`, with its index: a linear scan for any intersectable type.
pub fn nearest<T: Intersect>(items: &[T], ray: &Ray, t_max: Fx) -> Option<(usize, Hit)> {
    let mut best: Option<(usize, Hit)> = None;
    let mut limit = t_max;
    for (i, item) in items.iter().enumerate() {
        match item.intersect(ray, limit) {
            Some(hit) => {
                limit = hit.t;
                best = Some((i, hit));
            }
            None => {}
        }
    }
    best
}

/// The two roots of `t² + 2bt + c = 0` (for a unit direction), nearest first.
pub fn quadratic_roots(b: Fx, c: Fx) -> Option<(Fx, Fx)> {
    let disc = b.mul(b).sub(c);
    if disc.is_negative() {
        return None;
    }
    let root = disc.sqrt();
    Some((b.neg().sub(root), b.neg().add(root)))
}

/// The first of two roots inside (EPSILON, t_max).
pub fn first_root(roots: (Fx, Fx), t_max: Fx) -> Option<Fx> {
    let (a, b) = roots;
    if a > EPSILON && a < t_max {
        Some(a)
    } else if b > EPSILON && b < t_max {
        Some(b)
    } else {
        None
    }
}
