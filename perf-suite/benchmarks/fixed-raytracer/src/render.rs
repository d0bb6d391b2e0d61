//! The renderer: Whitted-style ray tracing with ambient, diffuse and Blinn-Phong specular
//! terms, hard shadows and mirror reflections, supersampled on an n × n grid per pixel.

use crate::bvh::Traversal;
use crate::camera::Camera;
use crate::fixed::{Fx, EPSILON, FAR, ONE, ZERO};
use crate::geometry::Hit;
use crate::image::Image;
use crate::scene::{Object, Scene};
use crate::vec3::{Color, Ray, Vec3};

/// Reflections followed at most this deep.
pub const MAX_BOUNCES: u32 = 3;
/// Beyond this distance the scene fades into the background.
const FOG_START: i64 = 18;
const FOG_END: i64 = 40;

#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct RenderStats {
    pub primary_rays: u64,
    pub secondary_rays: u64,
    pub shadow_rays: u64,
    pub shadowed: u64,
    pub misses: u64,
    pub deepest_bounce: u32,
    pub work: Traversal,
}

impl RenderStats {
    pub fn total_rays(&self) -> u64 {
        self.primary_rays + self.secondary_rays + self.shadow_rays
    }
}

pub fn render(scene: &Scene, camera: &Camera, samples: usize) -> (Image, RenderStats) {
    let mut stats = RenderStats::default();
    let mut image = Image::new(camera.width, camera.height);
    let weight = Fx::from_ratio(1, (samples * samples) as i64);
    for y in 0..camera.height {
        for x in 0..camera.width {
            let mut sum = Color::black();
            for sy in 0..samples {
                for sx in 0..samples {
                    let ray = camera.ray(x, y, sx, sy, samples);
                    stats.primary_rays += 1;
                    sum = sum.add(trace(scene, &ray, 0, &mut stats));
                }
            }
            image.set(x, y, sum.scale(weight));
        }
    }
    (image, stats)
}

/// The colour seen along `ray`, `bounce` reflections deep.
pub fn trace(scene: &Scene, ray: &Ray, bounce: u32, stats: &mut RenderStats) -> Color {
    if bounce > stats.deepest_bounce {
        stats.deepest_bounce = bounce;
    }
    match scene.bvh.nearest(&scene.objects, ray, FAR, &mut stats.work) {
        None => {
            stats.misses += 1;
            scene.background
        }
        Some((index, hit)) => {
            let color = shade(scene, &scene.objects[index], ray, &hit, bounce, stats);
            fog(color, scene.background, hit.t)
        }
    }
}

/// Blends distant colours towards the background.
fn fog(color: Color, background: Color, t: Fx) -> Color {
    let start = Fx::from_int(FOG_START);
    if t <= start {
        return color;
    }
    let amount = t.sub(start).div(Fx::from_int(FOG_END - FOG_START)).min(ONE);
    color.lerp(background, amount)
}

fn shade(
    scene: &Scene,
    object: &Object,
    ray: &Ray,
    hit: &Hit,
    bounce: u32,
    stats: &mut RenderStats,
) -> Color {
    let m = object.material;
    let point = ray.at(hit.t);
    let n = hit.normal;
    // Lift secondary rays off the surface so that they do not hit it again.
    let over = point.add(n.scale(EPSILON.mul_int(8)));
    let base = m.pattern.color_at(point);
    let mut color = base.mul(scene.ambient).scale(m.ambient);
    for light in scene.lights.iter() {
        let to_light = light.position.sub(over);
        let distance = to_light.length();
        let l = to_light.normalize();
        let n_dot_l = n.dot(l);
        if n_dot_l <= ZERO {
            continue;
        }
        stats.shadow_rays += 1;
        if scene.bvh.occluded(
            &scene.objects,
            &Ray::new(over, l),
            distance,
            &mut stats.work,
        ) {
            stats.shadowed += 1;
            continue;
        }
        let diffuse = base
            .mul(light.color)
            .scale(m.diffuse.mul(n_dot_l).mul(light.intensity));
        color = color.add(diffuse);
        if m.specular > ZERO {
            let h = l.sub(ray.dir).normalize();
            let n_dot_h = n.dot(h);
            if n_dot_h > ZERO {
                let s = n_dot_h
                    .powi(m.shininess)
                    .mul(m.specular)
                    .mul(light.intensity);
                color = color.add(light.color.scale(s));
            }
        }
    }
    if m.transparency > ZERO && bounce < MAX_BOUNCES {
        // Entering when the ray runs against the outward normal, leaving otherwise.
        let entering = ray.dir.dot(n).is_negative();
        let (normal, eta) = if entering {
            (n, ONE.div(m.ior))
        } else {
            (n.neg(), m.ior)
        };
        let dir = match refract(ray.dir, normal, eta) {
            Some(d) => d,
            None => ray.dir.reflect(normal).normalize(),
        };
        // Start just beyond the surface, on the side the new ray travels.
        let start = point.add(dir.scale(EPSILON.mul_int(8)));
        stats.secondary_rays += 1;
        let through = trace(scene, &Ray::new(start, dir), bounce + 1, stats);
        color = color
            .scale(ONE.sub(m.transparency))
            .add(through.scale(m.transparency));
    }
    if m.reflective > ZERO && bounce < MAX_BOUNCES {
        let dir = ray.dir.reflect(n).normalize();
        stats.secondary_rays += 1;
        let mirrored = trace(scene, &Ray::new(over, dir), bounce + 1, stats);
        color = color
            .scale(ONE.sub(m.reflective))
            .add(mirrored.scale(m.reflective));
    }
    color
}

/// Snell's law: the direction of unit ray `d` through a surface with unit normal `n` (facing
/// the incoming ray) and ratio of indices `eta`, or `None` on total internal reflection.
pub fn refract(d: Vec3, n: Vec3, eta: Fx) -> Option<Vec3> {
    let cos_i = n.dot(d).neg();
    let sin2_t = eta.mul(eta).mul(ONE.sub(cos_i.mul(cos_i)));
    if sin2_t > ONE {
        return None;
    }
    let cos_t = ONE.sub(sin2_t).sqrt();
    Some(
        d.scale(eta)
            .add(n.scale(eta.mul(cos_i).sub(cos_t)))
            .normalize(),
    )
}

/// The object a ray hits first, by name, for the checks in `main`.
pub fn probe(scene: &Scene, origin: Vec3, target: Vec3) -> Option<String> {
    let ray = Ray::new(origin, target.sub(origin).normalize());
    let mut work = Traversal::default();
    match scene.bvh.nearest(&scene.objects, &ray, FAR, &mut work) {
        Some((i, _)) => Some(scene.objects[i].name.clone()),
        None => None,
    }
}
