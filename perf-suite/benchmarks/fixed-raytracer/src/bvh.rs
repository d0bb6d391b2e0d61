//! A bounding-volume hierarchy over the bounded objects of a scene: split along the longest
//! axis of the centroids at the median, two objects to a leaf. Unbounded objects (planes) are
//! tested on every ray.

use crate::fixed::Fx;
use crate::geometry::{Aabb, Hit, Intersect};
use crate::scene::Object;
use crate::vec3::Ray;

const LEAF_SIZE: usize = 2;

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Node {
    Leaf {
        bounds: Aabb,
        start: usize,
        count: usize,
    },
    Inner {
        bounds: Aabb,
        left: usize,
        right: usize,
    },
}

impl Node {
    fn bounds(&self) -> Aabb {
        match self {
            Node::Leaf { bounds, .. } | Node::Inner { bounds, .. } => *bounds,
        }
    }
}

pub struct Bvh {
    pub nodes: Vec<Node>,
    /// Object indices, in leaf order.
    pub order: Vec<usize>,
    pub unbounded: Vec<usize>,
}

/// Counters of the work a traversal did.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Traversal {
    pub nodes_visited: u64,
    pub shapes_tested: u64,
}

impl Bvh {
    pub fn build(objects: &[Object]) -> Bvh {
        let mut items: Vec<(Aabb, usize)> = Vec::new();
        let mut unbounded = Vec::new();
        for (i, o) in objects.iter().enumerate() {
            match o.shape.bounds() {
                Some(b) => items.push((b, i)),
                None => unbounded.push(i),
            }
        }
        let mut bvh = Bvh {
            nodes: Vec::new(),
            order: Vec::new(),
            unbounded,
        };
        if !items.is_empty() {
            let n = items.len();
            bvh.build_range(&mut items, 0, n);
        }
        bvh
    }

    /// Builds the node for `items[start..end]` and returns its index.
    fn build_range(&mut self, items: &mut Vec<(Aabb, usize)>, start: usize, end: usize) -> usize {
        let mut bounds = Aabb::empty();
        let mut centroids = Aabb::empty();
        let mut i = start;
        while i < end {
            bounds = bounds.union(items[i].0);
            let c = items[i].0.centroid();
            centroids = centroids.union(Aabb::new(c, c));
            i += 1;
        }
        if end - start <= LEAF_SIZE {
            let first = self.order.len();
            let mut k = start;
            while k < end {
                self.order.push(items[k].1);
                k += 1;
            }
            self.nodes.push(Node::Leaf {
                bounds,
                start: first,
                count: end - start,
            });
            return self.nodes.len() - 1;
        }
        // Sort the range by centroid along the longest axis, then split at the median.
        let axis = centroids.longest_axis();
        let mut keyed: Vec<(i64, usize)> = Vec::with_capacity(end - start);
        let mut k = start;
        while k < end {
            keyed.push((items[k].0.centroid().axis(axis).raw(), k));
            k += 1;
        }
        keyed.sort();
        let mut sorted = Vec::with_capacity(end - start);
        for (_, index) in keyed.iter() {
            sorted.push(items[*index]);
        }
        for (offset, item) in sorted.iter().enumerate() {
            items[start + offset] = *item;
        }
        let mid = start + (end - start) / 2;
        // Reserve this node's slot first so that the root is node 0.
        let me = self.nodes.len();
        self.nodes.push(Node::Leaf {
            bounds,
            start: 0,
            count: 0,
        });
        let left = self.build_range(items, start, mid);
        let right = self.build_range(items, mid, end);
        self.nodes[me] = Node::Inner {
            bounds,
            left,
            right,
        };
        me
    }

    pub fn depth(&self) -> usize {
        if self.nodes.is_empty() {
            return 0;
        }
        self.depth_of(0)
    }

    fn depth_of(&self, node: usize) -> usize {
        match self.nodes[node] {
            Node::Leaf { .. } => 1,
            Node::Inner { left, right, .. } => 1 + self.depth_of(left).max(self.depth_of(right)),
        }
    }

    /// The nearest hit before `t_max`, with the index of the object hit.
    pub fn nearest(
        &self,
        objects: &[Object],
        ray: &Ray,
        t_max: Fx,
        work: &mut Traversal,
    ) -> Option<(usize, Hit)> {
        let mut best: Option<(usize, Hit)> = None;
        let mut limit = t_max;
        for index in self.unbounded.iter() {
            work.shapes_tested += 1;
            match objects[*index].shape.intersect(ray, limit) {
                Some(h) => {
                    limit = h.t;
                    best = Some((*index, h));
                }
                None => {}
            }
        }
        if self.nodes.is_empty() {
            return best;
        }
        let mut stack = vec![0];
        loop {
            let node = match stack.pop() {
                Some(n) => n,
                None => break,
            };
            work.nodes_visited += 1;
            if !self.nodes[node].bounds().hit(ray, limit) {
                continue;
            }
            match self.nodes[node] {
                Node::Leaf { start, count, .. } => {
                    let mut k = start;
                    while k < start + count {
                        let index = self.order[k];
                        work.shapes_tested += 1;
                        match objects[index].shape.intersect(ray, limit) {
                            Some(h) => {
                                limit = h.t;
                                best = Some((index, h));
                            }
                            None => {}
                        }
                        k += 1;
                    }
                }
                Node::Inner { left, right, .. } => {
                    stack.push(right);
                    stack.push(left);
                }
            }
        }
        best
    }

    /// Whether anything lies on the ray before `t_max` (for shadows: the first hit will do).
    pub fn occluded(&self, objects: &[Object], ray: &Ray, t_max: Fx, work: &mut Traversal) -> bool {
        for index in self.unbounded.iter() {
            work.shapes_tested += 1;
            if objects[*index].shape.intersect(ray, t_max).is_some() {
                return true;
            }
        }
        if self.nodes.is_empty() {
            return false;
        }
        let mut stack = vec![0];
        loop {
            let node = match stack.pop() {
                Some(n) => n,
                None => return false,
            };
            work.nodes_visited += 1;
            if !self.nodes[node].bounds().hit(ray, t_max) {
                continue;
            }
            match self.nodes[node] {
                Node::Leaf { start, count, .. } => {
                    let mut k = start;
                    while k < start + count {
                        work.shapes_tested += 1;
                        if objects[self.order[k]].shape.intersect(ray, t_max).is_some() {
                            return true;
                        }
                        k += 1;
                    }
                }
                Node::Inner { left, right, .. } => {
                    stack.push(left);
                    stack.push(right);
                }
            }
        }
    }
}
