import { describe, expect, test } from 'vitest';
import { parseArgs, relativeFilter } from './config.js';
import { HarnessError } from './errors.js';

const parse = (...args: string[]) => parseArgs(args, '/repo', '/work');

describe('parseArgs', () => {
  test('defaults', () => {
    expect(parse()).toMatchObject({
      command: 'run', root: '/repo/ui-tests', compiler: 'weft', mode: 'both', threads: 4, parallelCompare: 'exact',
      timeoutMs: 120_000, bless: false, format: 'text', knownFailures: '/repo/ui-tests/known-failures.json', knownFailuresExplicit: false,
    });
  });

  test('flags with values, `--flag=value`, filters, paths relative to the working directory', () => {
    expect(parse('--compiler', 'rustc', '--mode=serial', '--threads', '8', '--root', 'suite', '--shard', '2/3', 'typeck/', '--skip', 'slow', '--timeout', '2.5')).toMatchObject({
      compiler: 'rustc', mode: 'serial', threads: 8, root: '/work/suite', shard: { index: 2, count: 3 }, filters: ['typeck/'], skip: ['slow'], timeoutMs: 2500,
    });
    expect(parse('--', '--odd-filter')).toMatchObject({ filters: ['--odd-filter'] });
    expect(parse('--rustc', 'rustc +nightly').compiler).toBe('rustc');
    expect(parse('merge-reports', 'a.json', '--report', 'm.json')).toMatchObject({ command: 'merge-reports', inputs: ['/work/a.json'], report: '/work/m.json' });
  });

  test.each([
    [['--frobnicate'], 'unknown option `--frobnicate` (see --help)'],
    [['--mode', 'fast'], '--mode must be one of serial, parallel, both; got `fast`'],
    [['--threads', '0'], '--threads needs a positive integer, got `0`'],
    [['--shard', '3/2'], '--shard needs I/N with 1 <= I <= N, got `3/2`'],
    [['--timeout', 'soon'], '--timeout needs a positive number of seconds, got `soon`'],
    [['--jobs'], '--jobs needs a value'],
    [['--bless=yes'], '--bless takes no value'],
    [['--bless', '--mode', 'parallel'], '--bless writes expected files from serial runs only; use --mode serial or --mode both'],
    [['merge-reports'], 'merge-reports needs report files: npm run ui -- merge-reports a.json b.json'],
    [['--edition', '2020'], '--edition must be one of 2015, 2018, 2021, 2024, future; got `2020`'],
  ])('%j is a usage error', (args, message) => {
    expect(() => parse(...args)).toThrow(new HarnessError('usage', message));
  });
});

describe('relativeFilter', () => {
  test.each([
    ['typeck/', 'typeck/'],
    ['ui-tests/typeck/', 'typeck/'],
    ['ui-tests/typeck/a.rs', 'typeck/a.rs'],
    ['/repo/ui-tests/lint', 'lint'],
    ['other/dir/', 'other/dir/'],
    ['#rev', '#rev'],
  ])('%s → %s', (filter, expected) => expect(relativeFilter(filter, '/repo/ui-tests', '/repo')).toBe(expected));
});

describe('nondeterminism flags', () => {
  test('--repeat with and without a count; thread lists; seeds; defaults', () => {
    expect(parse()).toMatchObject({ repeat: null, threads: 4, threadCounts: [4], scheduleSeeds: 'auto', firstSeed: 1, earlyStop: true, nondeterminismDir: null, knownNondeterministic: '/repo/ui-tests/known-nondeterministic.json', knownNondeterministicExplicit: false });
    expect(parse('--repeat')).toMatchObject({ repeat: 20, threads: 4, threadCounts: [4, 8] });
    expect(parse('--repeat', 'typeck/')).toMatchObject({ repeat: 20, filters: ['typeck/'] });
    expect(parse('--repeat', '30', '--threads', '2,4,8,16')).toMatchObject({ repeat: 30, threads: 2, threadCounts: [2, 4, 8, 16] });
    expect(parse('--repeat=5', '--threads=8')).toMatchObject({ repeat: 5, threadCounts: [8] });
    expect(parse('--repeat', '--schedule-seeds', 'on', '--first-seed', '0', '--no-early-stop', '--known-nondeterministic', 'k.json', '--nondeterminism-dir', 'out')).toMatchObject({
      scheduleSeeds: 'on', firstSeed: 0, earlyStop: false, knownNondeterministic: '/work/k.json', knownNondeterministicExplicit: true, nondeterminismDir: '/work/out',
    });
  });

  test.each([
    [['--threads', '2,4'], '--threads 2,4: several thread counts need --repeat (parallel mode runs at one)'],
    [['--threads', '2,x', '--repeat'], '--threads needs positive integers separated by commas, got `2,x`'],
    [['--repeat', '--mode', 'serial'], '--repeat hunts nondeterminism in parallel mode; not with --mode serial'],
    [['--schedule-seeds', 'maybe'], '--schedule-seeds must be one of auto, on, off; got `maybe`'],
    [['--first-seed', '-1'], '--first-seed needs a non-negative integer, got `-1`'],
  ])('%j is a usage error', (args, message) => {
    expect(() => parse(...args)).toThrow(new HarnessError('usage', message));
  });
});
