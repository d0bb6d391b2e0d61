//! Surface materials: a colour pattern and the weights of the lighting terms.

use crate::fixed::{Fx, HALF, ONE, ZERO};
use crate::vec3::{Color, Vec3};

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Pattern {
    Solid(Color),
    /// Alternating cubes of `size` in 3-D.
    Checker(Color, Color, Fx),
    /// Bands along x.
    Stripes(Color, Color, Fx),
    /// Concentric rings around the y axis.
    Rings(Color, Color, Fx),
    /// A blend from the first colour at y = 0 to the second at y = `height`.
    Gradient(Color, Color, Fx),
    /// Veins of the second colour in the first, from lattice noise at a scale.
    Marble(Color, Color, Fx),
}

impl Pattern {
    pub fn color_at(&self, p: Vec3) -> Color {
        match self {
            Pattern::Solid(c) => *c,
            Pattern::Checker(a, b, size) => {
                let sum = p.x.div(*size).floor() + p.y.div(*size).floor() + p.z.div(*size).floor();
                if sum & 1 == 0 {
                    *a
                } else {
                    *b
                }
            }
            Pattern::Stripes(a, b, width) => {
                if p.x.div(*width).floor() & 1 == 0 {
                    *a
                } else {
                    *b
                }
            }
            Pattern::Rings(a, b, width) => {
                let r = p.x.mul(p.x).add(p.z.mul(p.z)).sqrt();
                if r.div(*width).floor() & 1 == 0 {
                    *a
                } else {
                    *b
                }
            }
            Pattern::Gradient(a, b, height) => {
                let t = p.y.div(*height).clamp(ZERO, ONE);
                a.lerp(*b, t)
            }
            Pattern::Marble(a, b, scale) => {
                let n = noise(p.scale(*scale));
                // Sharpen the noise into thin veins around its middle value.
                let vein = ONE.sub(n.sub(HALF).abs().mul_int(4)).clamp(ZERO, ONE);
                a.lerp(*b, vein.mul(vein))
            }
        }
    }
}

/// A pseudo-random value in [0, 1) for a lattice point (a 64-bit integer hash).
fn lattice(x: i64, y: i64, z: i64) -> Fx {
    let mut h = (x as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
        ^ (y as u64).wrapping_mul(0xC2B2_AE3D_27D4_EB4F)
        ^ (z as u64).wrapping_mul(0x1656_67B1_9E37_79F9);
    h ^= h >> 29;
    h = h.wrapping_mul(0xBF58_476D_1CE4_E5B9);
    h ^= h >> 32;
    Fx((h & 0xFFFF) as i64)
}

/// Smooth value noise: the lattice values around `p`, blended with a smoothstep weight.
pub fn noise(p: Vec3) -> Fx {
    let (x0, y0, z0) = (p.x.floor(), p.y.floor(), p.z.floor());
    let fx = smooth(p.x.fract());
    let fy = smooth(p.y.fract());
    let fz = smooth(p.z.fract());
    let mut layers = [ZERO; 2];
    let mut dz = 0;
    while dz < 2 {
        let c00 = lattice(x0, y0, z0 + dz).lerp(lattice(x0 + 1, y0, z0 + dz), fx);
        let c10 = lattice(x0, y0 + 1, z0 + dz).lerp(lattice(x0 + 1, y0 + 1, z0 + dz), fx);
        layers[dz as usize] = c00.lerp(c10, fy);
        dz += 1;
    }
    layers[0].lerp(layers[1], fz)
}

fn smooth(t: Fx) -> Fx {
    // 3t² - 2t³
    t.mul(t).mul(Fx::from_int(3).sub(t.mul_int(2)))
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Material {
    pub pattern: Pattern,
    pub ambient: Fx,
    pub diffuse: Fx,
    pub specular: Fx,
    pub shininess: u32,
    /// How much of a mirror image the surface shows, 0 to 1.
    pub reflective: Fx,
    /// How much light passes through, 0 to 1, bent by the index of refraction `ior`.
    pub transparency: Fx,
    pub ior: Fx,
}

impl Material {
    pub fn matte(color: Color) -> Material {
        Material {
            pattern: Pattern::Solid(color),
            ambient: Fx::from_ratio(1, 10),
            diffuse: Fx::from_ratio(9, 10),
            specular: ZERO,
            shininess: 1,
            reflective: ZERO,
            transparency: ZERO,
            ior: ONE,
        }
    }

    pub fn glossy(color: Color) -> Material {
        Material {
            specular: Fx::from_ratio(6, 10),
            shininess: 32,
            ..Material::matte(color)
        }
    }

    pub fn mirror(tint: Color) -> Material {
        Material {
            diffuse: Fx::from_ratio(2, 10),
            specular: Fx::from_ratio(9, 10),
            shininess: 128,
            reflective: Fx::from_ratio(8, 10),
            ..Material::matte(tint)
        }
    }

    pub fn glass() -> Material {
        Material {
            ambient: ZERO,
            diffuse: Fx::from_ratio(1, 10),
            specular: ONE,
            shininess: 200,
            reflective: Fx::from_ratio(1, 10),
            transparency: Fx::from_ratio(85, 100),
            ior: Fx::from_ratio(15, 10),
            ..Material::matte(Color::white())
        }
    }

    pub fn patterned(pattern: Pattern) -> Material {
        Material {
            pattern,
            reflective: Fx::from_ratio(15, 100),
            ..Material::matte(Color::white())
        }
    }
}
