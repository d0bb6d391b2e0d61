import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FAKE_COMPILER, makeSuite } from '../test/fake-suite.js';
import { main } from './cli.js';
import { runComment } from './cli/comment.js';
import type { Io } from './cli/io.js';
import type { Report } from './analysis/report.js';

let root: string;
let repo: string;
let suite: string;

function git(args: string[]): string {
  return execFileSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } }).trim();
}

/** A weftc that is the fake compiler at a fixed speed (the tests commit 20 ms, then 60 ms). */
function commitWeftc(ms: number, message: string): void {
  writeFileSync(join(repo, 'compiler', 'bin', 'weftc'), `#!/bin/sh\nFAKE_BASE_MS=${ms} FAKE_NOISE_PERMILLE=5 exec ${FAKE_COMPILER} "$@"\n`);
  chmodSync(join(repo, 'compiler', 'bin', 'weftc'), 0o755);
  git(['add', '.']);
  git(['commit', '-qm', message]);
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'weft-cli-'));
  repo = join(root, 'repo');
  mkdirSync(join(repo, 'compiler', 'bin'), { recursive: true });
  git(['init', '-q', '-b', 'main']);
  commitWeftc(20, 'fast');
  commitWeftc(60, 'slow');
  suite = makeSuite([{ name: 'alpha' }, { name: 'broken', category: 'secondary' }], join(root, 'suite'));
  mkdirSync(suite, { recursive: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function capture(onErr?: (text: string) => void, signal?: AbortSignal): Io & { stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  return {
    out: (t) => (out += t),
    err: (t) => {
      err += t;
      onErr?.(t);
    },
    tty: false,
    ...(signal ? { signal } : {}),
    stdout: () => out,
    stderr: () => err,
  };
}

const common = () => ['--repo', repo, '--suite', suite, '--artifact-cache', join(root, 'cache'), '--iterations', '3', '--db', join(root, 'perf.db')];

describe('npm run perf', () => {
  test('--help documents the exit codes', async () => {
    const io = capture();
    expect(await main(['--help'], io)).toBe(0);
    expect(io.stdout()).toMatch(/Exit codes:\n  0 /);
  });

  test.each([
    { argv: [], line: 'error: [cli] nothing to compare: give --compare REF, or --baseline SPEC and/or --candidate SPEC (see --help)' },
    { argv: ['--compare', 'main', '--baseline', 'main'], line: 'error: [cli] --compare REF already sets the baseline; give --compare or --baseline, not both' },
    { argv: ['--candidate', 'worktree', '--threads', '0'], line: 'error: [cli] --threads wants a positive integer, got `0`' },
    { argv: ['--candidate', 'worktree', '--frobnicate'], line: expect.stringMatching(/^error: \[cli\] Unknown option '--frobnicate'.*\(see --help\)$/) },
  ])('bad command line $argv: one line, exit 2', async ({ argv, line }) => {
    const io = capture();
    expect(await main([...common(), ...argv], io)).toBe(2);
    expect(io.stderr().trimEnd().split('\n')).toEqual([line]);
  });

  test('an unknown ref: one line, exit 2', async () => {
    const io = capture();
    expect(await main([...common(), '--compare', 'no-such-ref'], io)).toBe(2);
    expect(io.stderr().trimEnd().split('\n').at(-1)).toBe(
      `error: [artifacts] unknown git ref \`no-such-ref\` in ${repo}: give a git ref (branch, tag, commit), \`worktree\`, or \`rustc[:TOOLCHAIN|:PATH]\``,
    );
  });

  test('a database written by a newer collector: one line, exit 2, the file unchanged', async () => {
    const path = join(root, 'newer.db');
    const raw = new Database(path);
    raw.pragma('user_version = 42');
    raw.close();
    const before = readFileSync(path);
    const io = capture();
    expect(await main([...common(), '--db', path, '--compare', 'HEAD~1'], io)).toBe(2);
    expect(io.stderr()).toMatch(/^error: \[db\] .*newer\.db has schema version 42 but this collector knows only 1: .*\(nothing was changed\)\n$/m);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  test('--compare HEAD~1: report, charts and database rows; a failing benchmark is an error row; --fail-on-regression exits 1', async () => {
    const out = join(root, 'report');
    const io = capture();
    process.env.FAKE_FAIL = 'broken';
    let code: number;
    try {
      code = await main([...common(), '--compare', 'HEAD~1', '--out', out, '--fail-on-regression'], io);
    } finally {
      delete process.env.FAKE_FAIL;
    }
    // Commit 2 (the working tree) is three times as slow as commit 1: clear even on a noisy machine.
    expect(code).toBe(1);
    expect(io.stdout()).toMatch(/^Overall result: ❌ regressions - BENCHMARK\(S\) FAILED\n2 test cases, 1 with failed builds/);
    for (const f of ['report.md', 'report.html', 'report.json', 'charts/change-wall-time.png']) expect(existsSync(join(out, f)), f).toBe(true);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as Report;
    expect(report.baseline.commitSha).toBe(git(['rev-parse', 'HEAD~1']));
    expect(report.candidate.label).toBe('worktree');
    expect(report.testCases.find((t) => t.benchmark === 'alpha')!.metrics['wall-time']!.relevant).toBe(true);
    expect(report.testCases.find((t) => t.benchmark === 'broken')!.errors.candidate!.message).toMatch(/^exit status 1: error\[E0425\]/);
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toContain('| broken | check | 1 | candidate: worktree | exit status 1: error[E0425]');
    const db = new Database(join(root, 'perf.db'), { readonly: true });
    // alpha: 3 iterations × 2 sides; broken failed on both sides (FAKE_FAIL reaches both compilers).
    expect((db.prepare("SELECT COUNT(*) AS n FROM statistic WHERE metric = 'wall-time'").get() as { n: number }).n).toBe(3 * 2);
    expect((db.prepare('SELECT COUNT(*) AS n FROM error').get() as { n: number }).n).toBe(2);
    db.close();
  });

  test('history charts the clean commits stored by the comparison above', async () => {
    const io = capture();
    const out = join(root, 'history');
    expect(await main(['history', '--repo', repo, '--db', join(root, 'perf.db'), '--out', out], io)).toBe(0);
    // HEAD~1, and the clean working tree = HEAD; "broken" has no statistics, so only alpha has a chart.
    expect(io.stdout()).toBe(`2 commits, 1 history charts (benchmarks with at least two commits): ${join(out, 'history.md')}\n`);
    expect(existsSync(join(out, 'charts', 'history-alpha.png'))).toBe(true);
    expect(readFileSync(join(out, 'history.md'), 'utf8')).toMatch(/\| alpha check t1 \| [\d.]+ ms \| [\d.]+ ms \|/);
  });

  test('history without a database says how to make one', async () => {
    const io = capture();
    expect(await main(['history', '--repo', repo, '--db', join(root, 'none.db')], io)).toBe(2);
    expect(io.stderr()).toMatch(/^error: \[db\] .*none\.db does not exist: run a comparison first/);
  });

  test('Ctrl-C stops with 130 and keeps the finished test cases; the same command resumes', async () => {
    const controller = new AbortController();
    // Interrupt when the second test case starts (its progress line).
    const io = capture((t) => {
      if (t.startsWith('[2/2]')) controller.abort();
    }, controller.signal);
    const argv = [...common(), '--db', join(root, 'resume.db'), '--candidate', 'worktree', '--out', join(root, 'resume')];
    expect(await main(argv, io)).toBe(130);
    expect(io.stderr()).toContain('interrupted: the test cases measured so far are stored; run the same command again to resume\n');
    const again = capture();
    expect(await main(argv, again)).toBe(0);
    expect(again.stderr()).toContain('resuming: 1 already measured');
    expect(existsSync(join(root, 'resume', 'report.md'))).toBe(true);
  });

  test('comment: not available until perf-suite/src/bot/cli.ts exists', async () => {
    const io = capture();
    expect(await runComment([], io, join(root, 'no-perf-suite'))).toBe(2);
    expect(io.stderr()).toBe('error: [cli] the `comment` subcommand is not available yet (perf-suite/src/bot/cli.ts does not exist)\n');
  });
});
