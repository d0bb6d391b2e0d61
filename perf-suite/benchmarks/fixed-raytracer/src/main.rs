//! A ray tracer in integer fixed-point arithmetic: spheres, planes, boxes, discs and cylinders,
//! patterned materials, shadows and reflections, a bounding-volume hierarchy, supersampling.
//! It renders a few frames of a camera orbit, checks the geometry on known rays, prints the
//! first frame as ASCII art and a checksum of every frame.

mod bvh;
mod camera;
mod fixed;
mod geometry;
mod image;
mod material;
mod mesh;
mod render;
mod scene;
mod trig;
mod vec3;

use camera::Camera;
use fixed::{Fx, ONE};
use geometry::{nearest, Intersect, Shape, Sphere};
use trig::Trig;
use vec3::{Ray, Vec3};

const WIDTH: usize = 96;
const HEIGHT: usize = 48;
const SAMPLES: usize = 2;
const FRAMES: i64 = 4;

/// Counts and prints a failed check.
fn check(failures: &mut usize, ok: bool, what: &str) {
    if !ok {
        println!("check failed: {}", what);
        *failures += 1;
    }
}

/// Sanity checks of the arithmetic and the shapes; each failure is printed and counted.
fn self_test(trig: &Trig) -> usize {
    let mut failures = 0;
    check(
        &mut failures,
        Fx::from_int(9).sqrt() == Fx::from_int(3),
        "sqrt(9) = 3",
    );
    check(
        &mut failures,
        Fx::from_int(2).sqrt().milli() == 1414,
        "sqrt(2) = 1.414",
    );
    check(
        &mut failures,
        trig.sin_turns(Fx::from_ratio(1, 4)) == ONE,
        "sin(90°) = 1",
    );
    check(
        &mut failures,
        trig.cos_turns(Fx::from_ratio(1, 2)) == ONE.neg(),
        "cos(180°) = -1",
    );
    check(
        &mut failures,
        (trig.sin_turns(Fx::from_ratio(1, 12)).milli() - 500).abs() <= 1,
        "sin(30°) = 0.5",
    );
    check(
        &mut failures,
        Fx::from_ratio(3, 2).powi(3).milli() == 3375,
        "1.5^3",
    );
    let v = Vec3::ints(3, 4, 0);
    check(
        &mut failures,
        v.length() == Fx::from_int(5),
        "|(3,4,0)| = 5",
    );
    check(
        &mut failures,
        Vec3::ints(1, 0, 0).cross(Vec3::ints(0, 1, 0)) == Vec3::ints(0, 0, 1),
        "x × y = z",
    );
    let spheres = [
        Sphere::new(Vec3::ints(0, 0, 10), ONE),
        Sphere::new(Vec3::ints(0, 0, 5), ONE),
        Sphere::new(Vec3::ints(5, 0, 5), ONE),
    ];
    let ray = Ray::new(Vec3::zero(), Vec3::ints(0, 0, 1));
    match nearest(&spheres, &ray, fixed::FAR) {
        Some((i, hit)) => {
            check(&mut failures, i == 1, "nearest sphere");
            check(&mut failures, hit.t == Fx::from_int(4), "hit distance 4");
            check(
                &mut failures,
                hit.normal == Vec3::ints(0, 0, -1),
                "normal faces the ray",
            );
        }
        None => check(&mut failures, false, "the ray misses every sphere"),
    }
    let ico = mesh::Mesh::icosahedron();
    let geodesic = ico.subdivided();
    check(
        &mut failures,
        ico.euler() == 2 && geodesic.euler() == 2 && mesh::Mesh::pyramid().euler() == 2,
        "closed meshes",
    );
    check(
        &mut failures,
        geodesic.faces.len() == 80 && mesh::on_unit_sphere(&geodesic),
        "geodesic sphere",
    );
    let tri = geometry::Triangle::new(
        Vec3::ints(0, 0, 3),
        Vec3::ints(2, 0, 3),
        Vec3::ints(0, 2, 3),
    );
    check(
        &mut failures,
        tri.area_x2() == Fx::from_int(4),
        "triangle area",
    );
    match tri.intersect(
        &Ray::new(Vec3::milli(500, 500, 0), Vec3::ints(0, 0, 1)),
        fixed::FAR,
    ) {
        Some(hit) => check(&mut failures, hit.t == Fx::from_int(3), "triangle hit at 3"),
        None => check(&mut failures, false, "the ray misses the triangle"),
    }
    let straight = render::refract(
        Vec3::ints(0, 0, 1),
        Vec3::ints(0, 0, -1),
        Fx::from_ratio(2, 3),
    );
    check(
        &mut failures,
        straight == Some(Vec3::ints(0, 0, 1)),
        "normal incidence is not bent",
    );
    let grazing = Vec3::milli(990, 0, 141).normalize();
    check(
        &mut failures,
        render::refract(grazing, Vec3::ints(0, 0, -1), Fx::from_ratio(15, 10)).is_none(),
        "total internal reflection",
    );
    let n = material::noise(Vec3::milli(1234, 5678, 9012));
    check(
        &mut failures,
        n >= Fx(0) && n < ONE && n == material::noise(Vec3::milli(1234, 5678, 9012)),
        "noise is in range and repeatable",
    );
    let shape = Shape::Sphere(spheres[2]);
    check(
        &mut failures,
        shape.intersect(&ray, fixed::FAR).is_none() && shape.name() == "sphere",
        "a miss",
    );
    failures
}

fn main() {
    let trig = Trig::new();
    let mut failures = self_test(&trig);
    let scene = scene::showcase(&trig);
    println!(
        "scene: {} objects, {} lights, hierarchy of {} nodes, depth {}",
        scene.objects.len(),
        scene.lights.len(),
        scene.bvh.nodes.len(),
        scene.bvh.depth()
    );
    let eye = Vec3::milli(0, 3200, -9000);
    let probes = [
        (Vec3::milli(0, 1300, 2500), "glossy sphere"),
        (Vec3::milli(2300, 1100, 1200), "mirror sphere"),
        (Vec3::milli(-2200, 1000, 1500), "matte sphere"),
        (Vec3::milli(0, 0, -6000), "floor"),
    ];
    for (target, expected) in probes.iter() {
        match render::probe(&scene, eye, *target) {
            Some(name) => {
                if name.as_str() != *expected {
                    println!(
                        "probe towards {} hit {}, expected {}",
                        target, name, expected
                    );
                    failures += 1;
                }
            }
            None => {
                println!("probe towards {} hit nothing", target);
                failures += 1;
            }
        }
    }
    let mut total_rays = 0;
    let mut combined: u64 = 0;
    let mut frame = 0;
    while frame < FRAMES {
        // Orbit: each frame turns the eye a twentieth of a circle around the scene's middle.
        let turn = Fx::from_ratio(frame, 20).sub(Fx::from_ratio(1, 40));
        let radius = Fx::from_int(11);
        let orbit_eye = Vec3::new(
            trig.sin_turns(turn).mul(radius),
            Fx::from_ratio(32, 10),
            Fx::from_ratio(25, 10).sub(trig.cos_turns(turn).mul(radius)),
        );
        let camera = Camera::look_at(
            &trig,
            orbit_eye,
            Vec3::milli(0, 1000, 2000),
            Fx::from_ratio(1, 6),
            WIDTH,
            HEIGHT,
        );
        let (image, stats) = render::render(&scene, &camera, SAMPLES);
        if frame == 0 {
            for line in image.to_ascii(64, 24).iter() {
                println!("|{}|", line);
            }
            println!("histogram: {:?}", image.histogram());
        }
        let avg = image.average();
        println!(
            "frame {}: {} rays ({} shadow, {} shadowed, {} reflected, {} misses), bounce depth {}, {} node visits, {} shape tests, {} edge pixels, blur {}, mean colour ({}, {}, {}), luminance {}, checksum {}",
            frame,
            stats.total_rays(),
            stats.shadow_rays,
            stats.shadowed,
            stats.secondary_rays,
            stats.misses,
            stats.deepest_bounce,
            stats.work.nodes_visited,
            stats.work.shapes_tested,
            image.edge_count(120),
            image.blurred().checksum() % 1_000_000,
            avg.r,
            avg.g,
            avg.b,
            avg.luminance(),
            image.checksum()
        );
        total_rays += stats.total_rays();
        combined = combined.wrapping_mul(31).wrapping_add(image.checksum());
        frame += 1;
    }
    println!(
        "{} rays in {} frames, combined checksum {}",
        total_rays, FRAMES, combined
    );
    if failures > 0 {
        println!("{} checks failed", failures);
        std::process::exit(1);
    }
}
