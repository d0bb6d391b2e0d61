//! Scenes: objects with materials, point lights, a background, and the hierarchy built over them.

use crate::bvh::Bvh;
use crate::fixed::{Fx, ONE, ZERO};
use crate::geometry::{Cuboid, Cylinder, Disc, Plane, Shape, Sphere};
use crate::material::{Material, Pattern};
use crate::mesh::Mesh;
use crate::trig::Trig;
use crate::vec3::{Color, Vec3};

#[derive(Debug, Clone, PartialEq)]
pub struct Object {
    pub name: String,
    pub shape: Shape,
    pub material: Material,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Light {
    pub position: Vec3,
    pub color: Color,
    pub intensity: Fx,
}

pub struct Scene {
    pub objects: Vec<Object>,
    pub lights: Vec<Light>,
    pub background: Color,
    pub ambient: Color,
    pub bvh: Bvh,
}

/// A tiny linear congruential generator for scattering objects reproducibly.
pub struct Lcg(u64);

impl Lcg {
    pub fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    /// A value in [lo, hi) thousandths.
    pub fn milli(&mut self, lo: i64, hi: i64) -> i64 {
        lo + (self.next() % (hi - lo) as u64) as i64
    }
}

pub struct SceneBuilder {
    objects: Vec<Object>,
    lights: Vec<Light>,
    background: Color,
}

impl SceneBuilder {
    pub fn new(background: Color) -> SceneBuilder {
        SceneBuilder {
            objects: Vec::new(),
            lights: Vec::new(),
            background,
        }
    }

    pub fn add(&mut self, name: &str, shape: Shape, material: Material) -> &mut SceneBuilder {
        self.objects.push(Object {
            name: name.to_string(),
            shape,
            material,
        });
        self
    }

    pub fn light(&mut self, position: Vec3, color: Color, intensity: Fx) -> &mut SceneBuilder {
        self.lights.push(Light {
            position,
            color,
            intensity,
        });
        self
    }

    pub fn build(&self) -> Scene {
        let bvh = Bvh::build(&self.objects);
        Scene {
            objects: self.objects.clone(),
            lights: self.lights.clone(),
            background: self.background,
            ambient: Color::rgb(200, 210, 255),
            bvh,
        }
    }
}

/// The demo scene: a checkered floor, three large spheres (matte, glossy, mirror), a box, a
/// cylinder, a disc, a ring of small spheres placed with sine and cosine, and scattered pebbles.
pub fn showcase(trig: &Trig) -> Scene {
    let mut b = SceneBuilder::new(Color::rgb(30, 40, 70));
    let floor = Pattern::Checker(Color::rgb(230, 230, 220), Color::rgb(40, 40, 50), ONE);
    b.add(
        "floor",
        Shape::Plane(Plane::new(Vec3::ints(0, 1, 0), ZERO)),
        Material::patterned(floor),
    );
    let back = Pattern::Gradient(
        Color::rgb(60, 70, 120),
        Color::rgb(10, 10, 30),
        Fx::from_int(8),
    );
    b.add(
        "wall",
        Shape::Plane(Plane::new(Vec3::ints(0, 0, -1), Fx::from_int(-14))),
        Material::patterned(back),
    );
    b.add(
        "matte sphere",
        Shape::Sphere(Sphere::new(Vec3::milli(-2200, 1000, 1500), ONE)),
        Material::matte(Color::rgb(200, 60, 50)),
    );
    b.add(
        "glossy sphere",
        Shape::Sphere(Sphere::new(
            Vec3::milli(0, 1300, 2500),
            Fx::from_ratio(13, 10),
        )),
        Material::glossy(Color::rgb(60, 160, 80)),
    );
    b.add(
        "mirror sphere",
        Shape::Sphere(Sphere::new(
            Vec3::milli(2300, 1100, 1200),
            Fx::from_ratio(11, 10),
        )),
        Material::mirror(Color::rgb(220, 220, 255)),
    );
    b.add(
        "crate",
        Shape::Cuboid(Cuboid::new(
            Vec3::milli(-700, 0, -800),
            Vec3::milli(500, 900, 200),
        )),
        Material::patterned(Pattern::Stripes(
            Color::rgb(180, 130, 70),
            Color::rgb(120, 80, 40),
            Fx::from_ratio(1, 5),
        )),
    );
    b.add(
        "pillar",
        Shape::Cylinder(Cylinder::new(
            Vec3::milli(-3600, 0, 4200),
            Fx::from_ratio(5, 10),
            Fx::from_int(3),
        )),
        Material::patterned(Pattern::Rings(
            Color::rgb(240, 240, 240),
            Color::rgb(150, 150, 160),
            Fx::from_ratio(1, 10),
        )),
    );
    b.add(
        "disc",
        Shape::Disc(Disc::new(
            Vec3::milli(3600, 1800, 4200),
            Vec3::milli(-500, 200, -1000),
            Fx::from_int(1),
        )),
        Material::glossy(Color::rgb(240, 200, 40)),
    );
    // A ring of twelve small spheres around the glossy one.
    let mut i = 0;
    while i < 12 {
        let turn = Fx::from_ratio(i, 12);
        let x = trig.cos_turns(turn).mul(Fx::from_ratio(27, 10));
        let z = trig
            .sin_turns(turn)
            .mul(Fx::from_ratio(27, 10))
            .add(Fx::from_ratio(25, 10));
        let hue = Color::rgb(100 + i * 12, 220 - i * 15, 80 + i * 14);
        let name = format!("ring {}", i);
        b.add(
            &name,
            Shape::Sphere(Sphere::new(
                Vec3::new(x, Fx::from_ratio(3, 10), z),
                Fx::from_ratio(3, 10),
            )),
            Material::glossy(hue),
        );
        i += 1;
    }
    b.add(
        "glass sphere",
        Shape::Sphere(Sphere::new(
            Vec3::milli(1200, 700, -1500),
            Fx::from_ratio(7, 10),
        )),
        Material::glass(),
    );
    // A geodesic sphere (an icosahedron subdivided once) and a marble pyramid, as triangles.
    let geodesic = Mesh::icosahedron().subdivided();
    for (i, t) in geodesic
        .triangles(Vec3::milli(-1500, 2900, 4500), Fx::from_ratio(9, 10))
        .iter()
        .enumerate()
    {
        let name = format!("geodesic {}", i);
        b.add(
            &name,
            Shape::Triangle(*t),
            Material::glossy(Color::rgb(90, 140, 230)),
        );
    }
    let marble = Pattern::Marble(
        Color::rgb(235, 230, 220),
        Color::rgb(70, 60, 80),
        Fx::from_int(2),
    );
    for (i, t) in Mesh::pyramid()
        .triangles(Vec3::milli(3800, 0, 1500), Fx::from_ratio(8, 10))
        .iter()
        .enumerate()
    {
        let name = format!("pyramid {}", i);
        b.add(&name, Shape::Triangle(*t), Material::patterned(marble));
    }
    // Pebbles scattered in front.
    let mut rng = Lcg(2026);
    let mut k = 0;
    while k < 24 {
        let center = Vec3::milli(rng.milli(-4000, 4000), 150, rng.milli(-3000, -500));
        let shade = rng.milli(60, 200);
        let name = format!("pebble {}", k);
        b.add(
            &name,
            Shape::Sphere(Sphere::new(center, Fx::from_ratio(15, 100))),
            Material::matte(Color::rgb(shade, shade, shade + 30)),
        );
        k += 1;
    }
    b.light(Vec3::ints(-6, 9, -5), Color::white(), Fx::from_ratio(9, 10));
    b.light(
        Vec3::ints(7, 5, -3),
        Color::rgb(255, 220, 180),
        Fx::from_ratio(5, 10),
    );
    b.build()
}
