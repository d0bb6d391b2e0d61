//! A pinhole camera: an eye, an orthonormal basis and the size of the image plane.

use crate::fixed::{Fx, ONE};
use crate::trig::Trig;
use crate::vec3::{Ray, Vec3};

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Camera {
    pub eye: Vec3,
    forward: Vec3,
    right: Vec3,
    up: Vec3,
    half_width: Fx,
    half_height: Fx,
    pub width: usize,
    pub height: usize,
}

impl Camera {
    /// A camera at `eye` looking at `target`, with a horizontal field of view of `fov_turns`.
    pub fn look_at(
        trig: &Trig,
        eye: Vec3,
        target: Vec3,
        fov_turns: Fx,
        width: usize,
        height: usize,
    ) -> Camera {
        let forward = target.sub(eye).normalize();
        let world_up = Vec3::new(Fx(0), ONE, Fx(0));
        let right = forward.cross(world_up).normalize();
        let up = right.cross(forward);
        let half_width = trig.tan_turns(fov_turns.div_int(2));
        let half_height = half_width.mul(Fx::from_ratio(height as i64, width as i64));
        Camera {
            eye,
            forward,
            right,
            up,
            half_width,
            half_height,
            width,
            height,
        }
    }

    /// The ray through sub-pixel (`px` + `sx`/`n`, `py` + `sy`/`n`) of an `n` × `n` grid.
    pub fn ray(&self, px: usize, py: usize, sx: usize, sy: usize, n: usize) -> Ray {
        let fx = Fx::from_ratio((px * n + sx) as i64 * 2 + 1, (self.width * n) as i64 * 2);
        let fy = Fx::from_ratio((py * n + sy) as i64 * 2 + 1, (self.height * n) as i64 * 2);
        // From [0, 1] to [-1, 1], y pointing up.
        let u = fx.mul_int(2).sub(ONE).mul(self.half_width);
        let v = ONE.sub(fy.mul_int(2)).mul(self.half_height);
        let dir = self
            .forward
            .add(self.right.scale(u))
            .add(self.up.scale(v))
            .normalize();
        Ray::new(self.eye, dir)
    }
}
