//! The frame buffer, its checksum, a brightness histogram and an ASCII rendering.

use crate::fixed::Fx;
use crate::vec3::Color;

pub struct Image {
    pub width: usize,
    pub height: usize,
    pixels: Vec<[u8; 3]>,
}

/// Characters from dark to bright.
const RAMP: [char; 10] = [' ', '.', ':', '-', '=', '+', '*', '#', '%', '@'];

impl Image {
    pub fn new(width: usize, height: usize) -> Image {
        Image {
            width,
            height,
            pixels: vec![[0, 0, 0]; width * height],
        }
    }

    pub fn set(&mut self, x: usize, y: usize, c: Color) {
        self.pixels[y * self.width + x] = c.to_bytes();
    }

    pub fn get(&self, x: usize, y: usize) -> [u8; 3] {
        self.pixels[y * self.width + x]
    }

    /// FNV-1a over the RGB bytes, row by row.
    pub fn checksum(&self) -> u64 {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for p in self.pixels.iter() {
            for b in p.iter() {
                h ^= *b as u64;
                h = h.wrapping_mul(0x0100_0000_01b3);
            }
        }
        h
    }

    /// Brightness of a pixel, 0-255, with the weights of `Color::luminance`.
    fn brightness(p: [u8; 3]) -> u32 {
        (p[0] as u32 * 299 + p[1] as u32 * 587 + p[2] as u32 * 114) / 1000
    }

    /// How many pixels fall in each tenth of the brightness range.
    pub fn histogram(&self) -> [usize; 10] {
        let mut h = [0; 10];
        for p in self.pixels.iter() {
            let b = Image::brightness(*p) as usize;
            h[(b * 10 / 256).min(9)] += 1;
        }
        h
    }

    pub fn average(&self) -> Color {
        let mut sums = [0u64; 3];
        for p in self.pixels.iter() {
            let mut i = 0;
            while i < 3 {
                sums[i] += p[i] as u64;
                i += 1;
            }
        }
        let n = (self.pixels.len() as i64) * 255;
        Color::new(
            Fx::from_ratio(sums[0] as i64, n),
            Fx::from_ratio(sums[1] as i64, n),
            Fx::from_ratio(sums[2] as i64, n),
        )
    }

    /// Pixels where the brightness changes sharply (a Sobel gradient above `threshold`).
    pub fn edge_count(&self, threshold: i64) -> usize {
        let mut count = 0;
        if self.width < 3 || self.height < 3 {
            return 0;
        }
        for y in 1..self.height - 1 {
            for x in 1..self.width - 1 {
                let p = [
                    self.level(x - 1, y - 1),
                    self.level(x, y - 1),
                    self.level(x + 1, y - 1),
                    self.level(x - 1, y),
                    self.level(x + 1, y),
                    self.level(x - 1, y + 1),
                    self.level(x, y + 1),
                    self.level(x + 1, y + 1),
                ];
                let gx = p[2] + 2 * p[4] + p[7] - p[0] - 2 * p[3] - p[5];
                let gy = p[5] + 2 * p[6] + p[7] - p[0] - 2 * p[1] - p[2];
                if gx.abs() + gy.abs() > threshold {
                    count += 1;
                }
            }
        }
        count
    }

    fn level(&self, x: usize, y: usize) -> i64 {
        Image::brightness(self.get(x, y)) as i64
    }

    /// A 3 × 3 box blur, clamped at the borders.
    pub fn blurred(&self) -> Image {
        let mut out = Image::new(self.width, self.height);
        for y in 0..self.height {
            for x in 0..self.width {
                let mut sums = [0u32; 3];
                let mut n = 0;
                let y0 = if y > 0 { y - 1 } else { 0 };
                let x0 = if x > 0 { x - 1 } else { 0 };
                for yy in y0..(y + 2).min(self.height) {
                    for xx in x0..(x + 2).min(self.width) {
                        let p = self.get(xx, yy);
                        sums[0] += p[0] as u32;
                        sums[1] += p[1] as u32;
                        sums[2] += p[2] as u32;
                        n += 1;
                    }
                }
                out.pixels[y * self.width + x] = [
                    (sums[0] / n) as u8,
                    (sums[1] / n) as u8,
                    (sums[2] / n) as u8,
                ];
            }
        }
        out
    }

    /// The image as `cols` × `rows` characters, each the mean brightness of its cell.
    pub fn to_ascii(&self, cols: usize, rows: usize) -> Vec<String> {
        let mut lines = Vec::with_capacity(rows);
        for r in 0..rows {
            let mut line = String::new();
            let y0 = r * self.height / rows;
            let y1 = ((r + 1) * self.height / rows).max(y0 + 1);
            for c in 0..cols {
                let x0 = c * self.width / cols;
                let x1 = ((c + 1) * self.width / cols).max(x0 + 1);
                let mut total = 0;
                let mut count = 0;
                for y in y0..y1 {
                    for x in x0..x1 {
                        total += Image::brightness(self.get(x, y));
                        count += 1;
                    }
                }
                let mean = total / count;
                line.push(RAMP[(mean as usize * RAMP.len() / 256).min(RAMP.len() - 1)]);
            }
            lines.push(line);
        }
        lines
    }
}
