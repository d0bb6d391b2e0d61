import { describe, expect, test } from 'vitest';
import { formatDuration, Progress } from './progress.js';

const key = { benchmark: 'helloworld', profile: 'check', scenario: 'full', threads: 2 };

describe('progress', () => {
  test.each([
    [0, '00:00'],
    [59.4, '00:59'],
    [61, '01:01'],
    [3725, '1:02:05'],
    [Number.NaN, '--:--'],
  ])('formatDuration(%s) = %s', (s, text) => expect(formatDuration(s)).toBe(text));

  test('on a terminal: one line rewritten in place, with an ETA from the time per process so far', () => {
    let now = 0;
    let out = '';
    const p = new Progress((t) => (out += t), true, 5, () => now);
    p.on({ kind: 'start', testCases: 2, alreadyDone: 0, processes: 24, resumed: false });
    p.on({ kind: 'test-case', key, index: 0, total: 2 });
    now = 6000; // 6 processes in 6 s: 1 s each, 18 to go
    for (let i = 0; i < 6; i++) p.on({ kind: 'process', key, role: i % 2 ? 'candidate' : 'baseline', iteration: Math.floor(i / 2), seconds: 1 });
    expect(out.split('\r\x1b[K').at(-1)).toBe('[1/2] helloworld/check/full/t2 · candidate 2/5 · 00:06 elapsed · ETA 00:18');
    p.finish();
    expect(out.endsWith('\r\x1b[K')).toBe(true);
  });

  test('in a log: one line per test case and per failure, no control characters', () => {
    let out = '';
    const p = new Progress((t) => (out += t), false, 5, () => 0);
    p.on({ kind: 'start', testCases: 4, alreadyDone: 3, processes: 12, resumed: true });
    p.on({ kind: 'test-case', key, index: 3, total: 4 });
    p.on({ kind: 'process', key, role: 'baseline', iteration: 0, seconds: 1 });
    p.on({ kind: 'failed', key, role: 'candidate', message: 'exit status 1: error: x' });
    expect(out).toBe(
      '[perf] 4 test cases × 2 artifacts × (5 + 1 warm-up) runs; resuming: 3 already measured\n' +
        '[4/4] helloworld/check/full/t2\n' +
        '[perf] helloworld/check/full/t2: candidate failed: exit status 1: error: x\n',
    );
  });
});
