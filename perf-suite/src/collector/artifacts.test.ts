import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PerfError } from '../errors.js';
import { defaultCacheDir, parseSpec, resolveArtifact, type ArtifactContext } from './artifacts.js';

let root: string;
let repo: string;
let ctx: ArtifactContext;
const logs: string[] = [];

function sh(args: string[], cwd = repo): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } }).trim();
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'weft-artifacts-'));
  repo = join(root, 'repo');
  mkdirSync(join(repo, 'compiler', 'bin'), { recursive: true });
  mkdirSync(join(repo, 'scripts'), { recursive: true });
  mkdirSync(join(repo, 'node_modules', 'some-package'), { recursive: true });
  writeFileSync(join(repo, 'compiler', 'bin', 'weftc'), '#!/bin/sh\necho weftc\n');
  chmodSync(join(repo, 'compiler', 'bin', 'weftc'), 0o755);
  // The "build" leaves a file behind, so the test can see that it ran in the checkout.
  writeFileSync(join(repo, 'scripts', 'build.mjs'), "import { writeFileSync, mkdirSync } from 'node:fs';\nmkdirSync('compiler/dist', { recursive: true });\nwriteFileSync('compiler/dist/built.txt', 'yes');\n");
  writeFileSync(join(repo, 'package.json'), '{ "name": "x", "private": true }\n');
  writeFileSync(join(repo, 'package-lock.json'), '{ "lockfileVersion": 3 }\n');
  writeFileSync(join(repo, '.gitignore'), 'node_modules/\ncompiler/dist/\n');
  sh(['init', '-q', '-b', 'main']);
  sh(['add', '.']);
  sh(['commit', '-qm', 'one']);
  ctx = { repoRoot: repo, cacheDir: join(root, 'cache'), log: (l) => logs.push(l) };
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('artifact specs', () => {
  test.each([
    ['worktree', { kind: 'worktree' }],
    ['main', { kind: 'git', ref: 'main' }],
    ['HEAD~1', { kind: 'git', ref: 'HEAD~1' }],
    ['rustc', { kind: 'rustc', toolchain: null, path: null }],
    ['rustc:nightly', { kind: 'rustc', toolchain: 'nightly', path: null }],
    ['rustc:/opt/rust/bin/rustc', { kind: 'rustc', toolchain: null, path: '/opt/rust/bin/rustc' }],
  ])('%s', (text, expected) => expect(parseSpec(text)).toEqual(expected));

  test.each(['rustc:', '--help', ''])('`%s` is refused', (text) => expect(() => parseSpec(text)).toThrow(PerfError));

  test('the cache folder honours WEFT_ARTIFACT_CACHE and XDG_CACHE_HOME', () => {
    expect(defaultCacheDir({ WEFT_ARTIFACT_CACHE: '/x/y' })).toBe('/x/y');
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/c' })).toBe('/c/weft/artifacts');
  });
});

describe('git artifacts', () => {
  test('a ref is checked out with git worktree, installed, built and marked ready', async () => {
    const sha = sh(['rev-parse', 'HEAD']);
    const a = await resolveArtifact('main', ctx);
    const dir = join(ctx.cacheDir, sha);
    expect(a.compiler).toBe(join(dir, 'compiler', 'bin', 'weftc'));
    expect(a.label).toBe(sha.slice(0, 12));
    expect(a.record).toMatchObject({ kind: 'commit', commitSha: sha, dirty: false, name: sha.slice(0, 12) });
    expect(sh(['worktree', 'list'])).toContain(dir);
    expect(readFileSync(join(dir, 'compiler', 'dist', 'built.txt'), 'utf8')).toBe('yes');
    // Identical package-lock.json: node_modules is shared, not installed again.
    expect(lstatSync(join(dir, 'node_modules')).isSymbolicLink()).toBe(true);
    expect(existsSync(join(dir, '.weft-artifact.json'))).toBe(true);
  });

  test('a second resolve reuses the checkout', async () => {
    logs.length = 0;
    const a = await resolveArtifact(sh(['rev-parse', 'HEAD']), ctx);
    expect(existsSync(a.compiler)).toBe(true);
    expect(logs).toEqual([]);
  });

  test('an unfinished checkout is made again', async () => {
    const sha = sh(['rev-parse', 'HEAD']);
    unlinkSync(join(ctx.cacheDir, sha, '.weft-artifact.json'));
    logs.length = 0;
    await resolveArtifact('main', ctx);
    expect(logs.some((l) => l.includes('removing an unfinished checkout'))).toBe(true);
    expect(existsSync(join(ctx.cacheDir, sha, '.weft-artifact.json'))).toBe(true);
  });

  test('an unknown ref is one clear error', async () => {
    const e = await resolveArtifact('no-such-branch', ctx).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(PerfError);
    expect((e as PerfError).code).toBe('unknown-ref');
    expect((e as PerfError).line()).toBe(
      `error: [artifacts] unknown git ref \`no-such-branch\` in ${repo}: give a git ref (branch, tag, commit), \`worktree\`, or \`rustc[:TOOLCHAIN|:PATH]\``,
    );
  });

  test('a cache inside the working tree is refused', async () => {
    await expect(resolveArtifact('main', { ...ctx, cacheDir: join(repo, 'cache') })).rejects.toThrow(/inside the working tree/);
  });

  test('the working tree is clean until the compiler changes, then dirty with a fingerprint', async () => {
    const clean = await resolveArtifact('worktree', ctx);
    expect(clean.record).toMatchObject({ dirty: false, name: sh(['rev-parse', 'HEAD']).slice(0, 12) });
    expect(clean.compiler).toBe(join(repo, 'compiler', 'bin', 'weftc'));
    writeFileSync(join(repo, 'README.md'), 'docs do not make the compiler dirty\n');
    expect((await resolveArtifact('worktree', ctx)).record.dirty).toBe(false);
    writeFileSync(join(repo, 'compiler', 'new.ts'), 'export {};\n');
    const dirty = await resolveArtifact('worktree', ctx);
    expect(dirty.record.dirty).toBe(true);
    expect(dirty.record.name).toMatch(/^[0-9a-f]{12}-dirty-[0-9a-f]{12}$/);
    rmSync(join(repo, 'compiler', 'new.ts'));
  });
});

describe('rustc artifacts', () => {
  test('a missing toolchain or path is one clear error', async () => {
    await expect(resolveArtifact('rustc:/nonexistent/rustc', ctx)).rejects.toThrow('rustc:/nonexistent/rustc: /nonexistent/rustc does not exist');
    await expect(resolveArtifact('rustc:no-such-toolchain-xyz', ctx)).rejects.toThrow(/no-such-toolchain-xyz/);
  });
});
