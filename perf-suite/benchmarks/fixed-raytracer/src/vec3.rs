//! Vectors, colours and rays in fixed point.

use crate::fixed::{Fx, ONE, ZERO};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Vec3 {
    pub x: Fx,
    pub y: Fx,
    pub z: Fx,
}

impl Vec3 {
    pub fn new(x: Fx, y: Fx, z: Fx) -> Vec3 {
        Vec3 { x, y, z }
    }

    /// From thousandths, to write scene coordinates as plain integers.
    pub fn milli(x: i64, y: i64, z: i64) -> Vec3 {
        Vec3::new(
            Fx::from_ratio(x, 1000),
            Fx::from_ratio(y, 1000),
            Fx::from_ratio(z, 1000),
        )
    }

    pub fn ints(x: i64, y: i64, z: i64) -> Vec3 {
        Vec3::new(Fx::from_int(x), Fx::from_int(y), Fx::from_int(z))
    }

    pub fn zero() -> Vec3 {
        Vec3::new(ZERO, ZERO, ZERO)
    }

    pub fn add(self, o: Vec3) -> Vec3 {
        Vec3::new(self.x.add(o.x), self.y.add(o.y), self.z.add(o.z))
    }

    pub fn sub(self, o: Vec3) -> Vec3 {
        Vec3::new(self.x.sub(o.x), self.y.sub(o.y), self.z.sub(o.z))
    }

    pub fn neg(self) -> Vec3 {
        Vec3::new(self.x.neg(), self.y.neg(), self.z.neg())
    }

    pub fn scale(self, k: Fx) -> Vec3 {
        Vec3::new(self.x.mul(k), self.y.mul(k), self.z.mul(k))
    }

    pub fn dot(self, o: Vec3) -> Fx {
        self.x.mul(o.x).add(self.y.mul(o.y)).add(self.z.mul(o.z))
    }

    pub fn cross(self, o: Vec3) -> Vec3 {
        Vec3::new(
            self.y.mul(o.z).sub(self.z.mul(o.y)),
            self.z.mul(o.x).sub(self.x.mul(o.z)),
            self.x.mul(o.y).sub(self.y.mul(o.x)),
        )
    }

    pub fn length(self) -> Fx {
        self.dot(self).sqrt()
    }

    /// The unit vector in the same direction (the zero vector stays zero).
    pub fn normalize(self) -> Vec3 {
        let len = self.length();
        if len == ZERO {
            return self;
        }
        Vec3::new(self.x.div(len), self.y.div(len), self.z.div(len))
    }

    /// Reflection of `self` about the unit normal `n`.
    pub fn reflect(self, n: Vec3) -> Vec3 {
        self.sub(n.scale(self.dot(n).mul_int(2)))
    }

    pub fn min(self, o: Vec3) -> Vec3 {
        Vec3::new(self.x.min(o.x), self.y.min(o.y), self.z.min(o.z))
    }

    pub fn max(self, o: Vec3) -> Vec3 {
        Vec3::new(self.x.max(o.x), self.y.max(o.y), self.z.max(o.z))
    }

    /// Component `axis` (0, 1 or 2).
    pub fn axis(self, axis: usize) -> Fx {
        match axis {
            0 => self.x,
            1 => self.y,
            _ => self.z,
        }
    }
}

impl fmt::Display for Vec3 {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({}, {}, {})", self.x, self.y, self.z)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Color {
    pub r: Fx,
    pub g: Fx,
    pub b: Fx,
}

impl Color {
    pub fn new(r: Fx, g: Fx, b: Fx) -> Color {
        Color { r, g, b }
    }

    /// From 0-255 components.
    pub fn rgb(r: i64, g: i64, b: i64) -> Color {
        Color::new(
            Fx::from_ratio(r, 255),
            Fx::from_ratio(g, 255),
            Fx::from_ratio(b, 255),
        )
    }

    pub fn black() -> Color {
        Color::new(ZERO, ZERO, ZERO)
    }

    pub fn white() -> Color {
        Color::new(ONE, ONE, ONE)
    }

    pub fn add(self, o: Color) -> Color {
        Color::new(self.r.add(o.r), self.g.add(o.g), self.b.add(o.b))
    }

    pub fn scale(self, k: Fx) -> Color {
        Color::new(self.r.mul(k), self.g.mul(k), self.b.mul(k))
    }

    /// Component-wise product: light of one colour on a surface of another.
    pub fn mul(self, o: Color) -> Color {
        Color::new(self.r.mul(o.r), self.g.mul(o.g), self.b.mul(o.b))
    }

    pub fn clamped(self) -> Color {
        Color::new(
            self.r.clamp(ZERO, ONE),
            self.g.clamp(ZERO, ONE),
            self.b.clamp(ZERO, ONE),
        )
    }

    /// Perceived brightness (Rec. 601 weights), in [0, 1] for clamped colours.
    pub fn luminance(self) -> Fx {
        self.r
            .mul(Fx::from_ratio(299, 1000))
            .add(self.g.mul(Fx::from_ratio(587, 1000)))
            .add(self.b.mul(Fx::from_ratio(114, 1000)))
    }

    pub fn to_bytes(self) -> [u8; 3] {
        let c = self.clamped();
        [to_byte(c.r), to_byte(c.g), to_byte(c.b)]
    }

    pub fn lerp(self, to: Color, t: Fx) -> Color {
        Color::new(
            self.r.lerp(to.r, t),
            self.g.lerp(to.g, t),
            self.b.lerp(to.b, t),
        )
    }
}

fn to_byte(v: Fx) -> u8 {
    ((v.raw() * 255 + (1 << 15)) >> 16) as u8
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Ray {
    pub origin: Vec3,
    pub dir: Vec3,
}

impl Ray {
    pub fn new(origin: Vec3, dir: Vec3) -> Ray {
        Ray { origin, dir }
    }

    pub fn at(&self, t: Fx) -> Vec3 {
        self.origin.add(self.dir.scale(t))
    }
}
