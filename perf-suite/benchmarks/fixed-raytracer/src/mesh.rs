//! Triangle meshes built in code: an icosahedron, optionally subdivided towards a sphere, and a
//! square pyramid. Vertices are shared through an index list, as in a real mesh format.

use crate::fixed::{Fx, ONE};
use crate::geometry::Triangle;
use crate::vec3::Vec3;

pub struct Mesh {
    pub vertices: Vec<Vec3>,
    pub faces: Vec<[usize; 3]>,
}

impl Mesh {
    /// The twelve vertices and twenty faces of a regular icosahedron of circumradius 1.
    pub fn icosahedron() -> Mesh {
        // (0, ±1, ±φ) and its cyclic permutations, scaled by 1/sqrt(1 + φ²).
        let p = Fx::from_ratio(850_651, 1_000_000);
        let q = Fx::from_ratio(525_731, 1_000_000);
        let z = Fx(0);
        let raw = [
            (q.neg(), p, z),
            (q, p, z),
            (q.neg(), p.neg(), z),
            (q, p.neg(), z),
            (z, q.neg(), p),
            (z, q, p),
            (z, q.neg(), p.neg()),
            (z, q, p.neg()),
            (p, z, q.neg()),
            (p, z, q),
            (p.neg(), z, q.neg()),
            (p.neg(), z, q),
        ];
        let mut vertices = Vec::new();
        for (x, y, zz) in raw.iter() {
            vertices.push(Vec3::new(*x, *y, *zz));
        }
        let faces = vec![
            [0, 11, 5],
            [0, 5, 1],
            [0, 1, 7],
            [0, 7, 10],
            [0, 10, 11],
            [1, 5, 9],
            [5, 11, 4],
            [11, 10, 2],
            [10, 7, 6],
            [7, 1, 8],
            [3, 9, 4],
            [3, 4, 2],
            [3, 2, 6],
            [3, 6, 8],
            [3, 8, 9],
            [4, 9, 5],
            [2, 4, 11],
            [6, 2, 10],
            [8, 6, 7],
            [9, 8, 1],
        ];
        Mesh { vertices, faces }
    }

    pub fn pyramid() -> Mesh {
        let vertices = vec![
            Vec3::milli(-1000, 0, -1000),
            Vec3::milli(1000, 0, -1000),
            Vec3::milli(1000, 0, 1000),
            Vec3::milli(-1000, 0, 1000),
            Vec3::milli(0, 1500, 0),
        ];
        let faces = vec![
            [0, 1, 4],
            [1, 2, 4],
            [2, 3, 4],
            [3, 0, 4],
            [0, 2, 1],
            [0, 3, 2],
        ];
        Mesh { vertices, faces }
    }

    /// Splits every face into four, pushing new vertices onto the unit sphere.
    pub fn subdivided(&self) -> Mesh {
        let mut vertices = self.vertices.clone();
        let mut faces = Vec::new();
        // Midpoints shared between neighbouring faces: (low index, high index, new index).
        let mut midpoints: Vec<(usize, usize, usize)> = Vec::new();
        for f in self.faces.iter() {
            let ab = midpoint(&mut vertices, &mut midpoints, f[0], f[1]);
            let bc = midpoint(&mut vertices, &mut midpoints, f[1], f[2]);
            let ca = midpoint(&mut vertices, &mut midpoints, f[2], f[0]);
            faces.push([f[0], ab, ca]);
            faces.push([f[1], bc, ab]);
            faces.push([f[2], ca, bc]);
            faces.push([ab, bc, ca]);
        }
        Mesh { vertices, faces }
    }

    /// The mesh scaled by `size` and moved to `at`, as triangles.
    pub fn triangles(&self, at: Vec3, size: Fx) -> Vec<Triangle> {
        let mut out = Vec::with_capacity(self.faces.len());
        for f in self.faces.iter() {
            let a = self.vertices[f[0]].scale(size).add(at);
            let b = self.vertices[f[1]].scale(size).add(at);
            let c = self.vertices[f[2]].scale(size).add(at);
            out.push(Triangle::new(a, b, c));
        }
        out
    }

    /// Euler characteristic V - E + F: 2 for any closed mesh of genus 0.
    pub fn euler(&self) -> i64 {
        let mut edges: Vec<(usize, usize)> = Vec::new();
        for f in self.faces.iter() {
            let mut k = 0;
            while k < 3 {
                let a = f[k];
                let b = f[(k + 1) % 3];
                let e = if a < b { (a, b) } else { (b, a) };
                if !edges.contains(&e) {
                    edges.push(e);
                }
                k += 1;
            }
        }
        self.vertices.len() as i64 - edges.len() as i64 + self.faces.len() as i64
    }
}

fn midpoint(
    vertices: &mut Vec<Vec3>,
    cache: &mut Vec<(usize, usize, usize)>,
    a: usize,
    b: usize,
) -> usize {
    let (lo, hi) = if a < b { (a, b) } else { (b, a) };
    for (x, y, m) in cache.iter() {
        if *x == lo && *y == hi {
            return *m;
        }
    }
    let mid = vertices[lo]
        .add(vertices[hi])
        .scale(crate::fixed::HALF)
        .normalize();
    vertices.push(mid);
    let index = vertices.len() - 1;
    cache.push((lo, hi, index));
    index
}

/// The unit vector check used by `main`: every vertex of a subdivided icosahedron is on the sphere.
pub fn on_unit_sphere(m: &Mesh) -> bool {
    for v in m.vertices.iter() {
        if (v.length().sub(ONE)).abs() > Fx(64) {
            return false;
        }
    }
    true
}
