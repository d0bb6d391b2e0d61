/**
 * Test support: a clock for the collector whose noise is known exactly. The compile still runs for
 * real (the fake compiler sleeps its nominal time, through the real slowdown wrapper), but its
 * wall time is replaced by the nominal time the fake compiler declares (`fake-time-us=N` on
 * stdout) × (1 + the wrapper's WEFT_SLOWDOWN_PERMILLE) × (1 + σ·z), z from a seeded normal
 * generator. Statistical tests then depend on their seed, not on what else the machine is doing (the
 * shared development VM showed up to 40% CPU steal).
 */
import { createRng } from '../src/analysis/stats.js';
import { measure, type Command, type Measurement, type MeasureTools } from '../src/collector/measure.js';

export function virtualClock(seed: number, sigma: number): (cmd: Command, tools: MeasureTools) => Promise<Measurement> {
  const rng = createRng(seed);
  const normal = (): number => {
    let u = 0;
    while (u === 0) u = rng();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
  };
  return async (cmd, tools) => {
    const m = await measure(cmd, tools);
    const declared = /^fake-time-us=(\d+)$/m.exec(m.stdout);
    if (!declared) throw new Error(`the fake compiler declared no time (stdout: ${JSON.stringify(m.stdout.slice(0, 200))})`);
    const slowdown = Number(cmd.env.WEFT_SLOWDOWN_PERMILLE ?? 0) / 1000;
    return { ...m, wallTime: (Number(declared[1]) / 1e6) * (1 + slowdown) * (1 + sigma * normal()) };
  };
}
