import { describe, expect, test } from 'vitest';
import { Profiler, selfProfileFileName, timePassesLine } from './profile.js';

const MB = 1_000_000;

describe('timePassesLine (rustc_data_structures::profiling::print_time_passes_entry)', () => {
  test.each([
    // Lines as rustc 1.95 prints them (`RUSTC_BOOTSTRAP=1 rustc -Ztime-passes`).
    ['parse_crate', 0.4, 35.4 * MB, 36.6 * MB, 'time:   0.000; rss:   35MB ->   37MB (   +1MB)\tparse_crate\n'],
    ['type_check_crate', 2, 57 * MB, 70 * MB, 'time:   0.002; rss:   57MB ->   70MB (  +13MB)\ttype_check_crate\n'],
    ['total', 13.2, 28 * MB, 56 * MB, 'time:   0.013; rss:   28MB ->   56MB (  +28MB)\ttotal\n'],
    ['shrink', 1234.5678, 900 * MB, 897.5 * MB, 'time:   1.235; rss:  900MB ->  898MB (   -3MB)\tshrink\n'],
    ['slow_but_flat', 6, 50 * MB, 50 * MB, 'time:   0.006; rss:   50MB ->   50MB (   +0MB)\tslow_but_flat\n'],
  ])('%s', (what, ms, start, end, expected) => {
    expect(timePassesLine(what, ms, start, end)).toBe(expected);
  });

  test('a pass of at most 5 ms that left the RSS unchanged is not shown', () => {
    expect(timePassesLine('quick', 5.9, 40 * MB, 40 * MB)).toBeNull();
  });
});

describe('Profiler', () => {
  test('phases nest; the trace has one complete event per phase, times from the start', async () => {
    const lines: string[] = [];
    let rss = 10 * MB;
    const p = new Profiler({ selfProfile: true, timePasses: true, write: (t) => lines.push(t), rss: () => (rss += MB) });
    const v = await p.phase('outer', async () => {
      await p.phase('inner', () => 1);
      return 2;
    });
    expect(v).toBe(2);
    p.finish();
    expect(lines.map((l) => l.split('\t')[1])).toEqual(['inner\n', 'outer\n', 'total\n']);
    const trace = JSON.parse(p.traceJson({ pid: 42, threads: 1, command: 'weftc x.rs', startup: 'bundle' }));
    const phases = trace.traceEvents.filter((e: { ph: string }) => e.ph === 'X');
    expect(phases.map((e: { name: string }) => e.name)).toEqual(['outer', 'inner']);
    expect(phases.every((e: { ts: number; pid: number; tid: number }) => e.ts >= 0 && e.pid === 42 && e.tid === 0)).toBe(true);
    expect(trace.traceEvents[0]).toMatchObject({ ph: 'M', name: 'process_name' });
    expect(trace.otherData).toEqual({ tool: 'weftc', threads: 1, command: 'weftc x.rs', startup: 'bundle' });
  });

  test('without either flag nothing is recorded or printed', async () => {
    const lines: string[] = [];
    const p = new Profiler({ selfProfile: false, timePasses: false, write: (t) => lines.push(t), rss: () => 0 });
    await expect(p.phase('x', () => 'ok')).resolves.toBe('ok');
    p.finish();
    expect(lines).toEqual([]);
    expect(p.trace).toBeNull();
    expect(p.queries).toBeNull();
  });

  test('the trace file is named after rustc: <crate>-<pid, 7 digits>', () => {
    expect(selfProfileFileName('main', 4321)).toBe('main-0004321.json');
  });
});
