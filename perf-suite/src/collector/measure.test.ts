import { describe, expect, test } from 'vitest';
import { closeMeasureServers, measure, parsePerfStat, probeTools } from './measure.js';

describe('perf stat output', () => {
  test.each([
    { name: 'a count', text: '123456;;instructions:u;1000;100.00;;\n', expected: { 'instructions:u': 123456 } },
    { name: 'this machine: not supported', text: '<not supported>;;instructions:u;0;100.00;;\n', expected: {} },
    { name: 'not counted', text: '<not counted>;;instructions:u;0;0.00;;\n', expected: {} },
    { name: 'multiplexed counts are rejected, not scaled', text: '99;;instructions:u;500;50.00;;\n', expected: {} },
    { name: 'hybrid CPU event names', text: '# started on x\n\n42;;cpu_core/instructions:u/;1;100.00;;\n', expected: { 'instructions:u': 42 } },
  ])('$name', ({ text, expected }) => {
    expect(Object.fromEntries(parsePerfStat(text))).toEqual(expected);
  });
});

describe('measuring a process', () => {
  const cmd = (script: string, timeoutMs = 10_000) => ({
    program: '/bin/sh',
    args: ['-c', script],
    cwd: process.cwd(),
    env: process.env,
    timeoutMs,
  });

  test('the probe explains what this machine cannot count', async () => {
    const probe = await probeTools();
    // Either perf counts instructions here or a note says why not: never both, never neither.
    expect(probe.tools.perf !== null).toBe(!probe.notes.some((n) => n.includes('instructions:u is not recorded')));
  });

  test('wall time, CPU time and max RSS of a child; its exit status and output', async () => {
    const { tools } = await probeTools();
    // Busy for ~0.2 s of CPU, then sleep 0.1 s: CPU time must be below wall time.
    const m = await measure(cmd('i=0; end=$(($(date +%s%N) + 200000000)); while [ $(date +%s%N) -lt $end ]; do i=$((i+1)); done; sleep 0.1; echo out; echo err >&2; exit 3'), tools);
    expect(m.status).toBe(3);
    expect(m.stdout).toBe('out\n');
    expect(m.stderr).toBe('err\n');
    expect(m.wallTime).toBeGreaterThan(0.29);
    expect(m.wallTime).toBeLessThan(5);
    if (tools.python) {
      // The busy loop gets a whole CPU only on an idle machine: some, not all, of its wall time.
      expect(m.cpuTime!).toBeGreaterThan(0.02);
      expect(m.cpuTime!).toBeLessThan(m.wallTime);
      expect(m.maxRss!).toBeGreaterThan(100 * 1024);
    } else {
      expect(m.cpuTime).toBeNull();
      expect(m.maxRss).toBeNull();
    }
    if (!tools.perf) expect(m.instructions).toBeNull();
  });

  test('a hung compiler is killed at the timeout', async () => {
    const { tools } = await probeTools();
    const m = await measure(cmd('sleep 30', 300), tools);
    expect(m.timedOut).toBe(true);
    expect(m.status).toBeNull();
    expect(m.wallTime).toBeLessThan(5);
  });

  test('a program that does not exist is a spawn error, not a crash', async () => {
    const { tools } = await probeTools();
    const m = await measure({ ...cmd(''), program: '/nonexistent/weftc', args: [] }, tools);
    expect(m.spawnError).toMatch(/No such file|ENOENT/);
  });
});

describe('the measuring server', () => {
  test('many compiles that end at once: no answer is lost (both lines of one compile can come in one chunk)', async () => {
    const { tools } = await probeTools();
    for (let i = 0; i < 30; i++) {
      const m = await measure({ program: '/bin/true', args: [], cwd: process.cwd(), env: process.env, timeoutMs: 10_000 }, tools);
      expect(m.status).toBe(0);
    }
    closeMeasureServers();
  });
});
