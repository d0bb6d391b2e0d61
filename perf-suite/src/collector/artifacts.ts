/**
 * Artifacts: the compilers being compared. A spec is `worktree`, a git ref, or
 * `rustc[:TOOLCHAIN|:PATH]`. A git ref is checked out with `git worktree` into a cache folder
 * outside the working tree (`<cache>/<sha>/`), installed and built once, marked ready, and reused by
 * every later run; node_modules is shared by symlink when package-lock.json is identical.
 *
 * Owns: parsing specs, resolving them to an executable plus its database identity. Must not:
 * measure, or touch the working tree's files (it only reads git state and runs its build script).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync, accessSync, constants } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, isAbsolute, join, relative, resolve } from 'node:path';
import { PerfError } from '../errors.js';
import type { ArtifactRecord } from '../db/queries.js';
import { firstLine, runCommand } from './process.js';

export type ArtifactSpec =
  | { kind: 'worktree' }
  | { kind: 'git'; ref: string }
  | { kind: 'rustc'; toolchain: string | null; path: string | null };

export interface Artifact {
  /** As the user wrote it. */
  spec: string;
  family: 'weft' | 'rustc';
  /** Short and path-safe: `worktree`, a 12-digit sha, `rustc-1.95.0`. Used in report folder names. */
  label: string;
  /** The compiler executable. */
  compiler: string;
  /** Extra environment for every compiler run. */
  env: Record<string, string>;
  record: ArtifactRecord;
}

export interface ArtifactContext {
  /** The repository whose commits are artifacts (the working tree). */
  repoRoot: string;
  /** Where git-ref checkouts live; must be outside the working tree. */
  cacheDir: string;
  /** Progress lines for humans (stderr in the CLI). */
  log: (line: string) => void;
}

const SPEC_HELP = 'a git ref (branch, tag, commit), `worktree`, or `rustc[:TOOLCHAIN|:PATH]`';

export function parseSpec(text: string): ArtifactSpec {
  if (text === 'worktree') return { kind: 'worktree' };
  if (text === 'rustc') return { kind: 'rustc', toolchain: null, path: null };
  if (text.startsWith('rustc:')) {
    const rest = text.slice('rustc:'.length);
    if (rest === '') throw new PerfError('usage', 'artifacts', `\`${text}\` names no toolchain: give ${SPEC_HELP}`);
    return rest.includes('/') ? { kind: 'rustc', toolchain: null, path: rest } : { kind: 'rustc', toolchain: rest, path: null };
  }
  if (text === '' || text.startsWith('-')) throw new PerfError('usage', 'artifacts', `\`${text}\` is not an artifact: give ${SPEC_HELP}`);
  return { kind: 'git', ref: text };
}

/** The default cache folder: $WEFT_ARTIFACT_CACHE, else $XDG_CACHE_HOME/weft/artifacts, else ~/.cache/weft/artifacts. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.WEFT_ARTIFACT_CACHE) return resolve(env.WEFT_ARTIFACT_CACHE);
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'weft', 'artifacts');
}

export async function resolveArtifact(spec: string, ctx: ArtifactContext): Promise<Artifact> {
  const parsed = parseSpec(spec);
  switch (parsed.kind) {
    case 'worktree':
      return resolveWorktree(spec, ctx);
    case 'git':
      return resolveGitRef(spec, parsed.ref, ctx);
    case 'rustc':
      return resolveRustc(spec, parsed.toolchain, parsed.path);
  }
}

async function git(ctx: ArtifactContext, args: string[]): Promise<string> {
  const r = await runCommand('git', ['-C', ctx.repoRoot, ...args]);
  if (r.status !== 0) throw new PerfError('artifact-build', 'artifacts', `git ${args.join(' ')} failed: ${firstLine(r)}`);
  return r.stdout.trim();
}

/** Paths whose changes make a different weftc: everything else (docs, perf-suite...) does not. */
const COMPILER_PATHS = ['compiler', 'scripts', 'package.json', 'package-lock.json'];

async function resolveWorktree(spec: string, ctx: ArtifactContext): Promise<Artifact> {
  const sha = await git(ctx, ['rev-parse', 'HEAD']);
  const date = await git(ctx, ['show', '-s', '--format=%cI', sha]);
  // Dirty = the compiler's sources differ from HEAD; the fingerprint tells two dirty states apart.
  const diff = await git(ctx, ['diff', 'HEAD', '--binary', '--', ...COMPILER_PATHS]);
  const untracked = (await git(ctx, ['ls-files', '--others', '--exclude-standard', '--', ...COMPILER_PATHS])).split('\n').filter(Boolean);
  const dirty = diff !== '' || untracked.length > 0;
  let fingerprint: string | null = null;
  if (dirty) {
    const h = createHash('sha256').update(diff);
    for (const f of untracked.sort()) h.update('\0' + f + '\0').update(readFileSync(join(ctx.repoRoot, f)));
    fingerprint = h.digest('hex').slice(0, 12);
  }
  await buildCheckout(ctx.repoRoot, 'the working tree', ctx);
  return {
    spec,
    family: 'weft',
    label: 'worktree',
    compiler: weftcOf(ctx.repoRoot, 'the working tree'),
    env: {},
    record: {
      name: dirty ? `${sha.slice(0, 12)}-dirty-${fingerprint}` : sha.slice(0, 12),
      kind: 'commit',
      commitSha: sha,
      dirty,
      fingerprint,
      commitDate: date,
      toolchain: null,
      version: null,
    },
  };
}

async function resolveGitRef(spec: string, ref: string, ctx: ArtifactContext): Promise<Artifact> {
  const r = await runCommand('git', ['-C', ctx.repoRoot, 'rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  if (r.status !== 0 || r.stdout.trim() === '') {
    throw new PerfError('unknown-ref', 'artifacts', `unknown git ref \`${ref}\` in ${ctx.repoRoot}: give ${SPEC_HELP}`);
  }
  const sha = r.stdout.trim();
  const date = await git(ctx, ['show', '-s', '--format=%cI', sha]);
  const checkout = await ensureCheckout(sha, ctx);
  return {
    spec,
    family: 'weft',
    label: sha.slice(0, 12),
    compiler: weftcOf(checkout, `commit ${sha.slice(0, 12)}`),
    env: {},
    record: { name: sha.slice(0, 12), kind: 'commit', commitSha: sha, dirty: false, fingerprint: null, commitDate: date, toolchain: null, version: null },
  };
}

function weftcOf(dir: string, what: string): string {
  const p = join(dir, 'compiler', 'bin', 'weftc');
  if (!existsSync(p)) throw new PerfError('artifact-build', 'artifacts', `${what} has no compiler/bin/weftc, so it has no weftc to measure`);
  return p;
}

const READY = '.weft-artifact.json';

/** `<cache>/<sha>/`: a detached git worktree, installed and built; created once, then reused. */
export async function ensureCheckout(sha: string, ctx: ArtifactContext): Promise<string> {
  const cache = resolve(ctx.cacheDir);
  const rel = relative(resolve(ctx.repoRoot), cache);
  if (rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))) {
    throw new PerfError('usage', 'artifacts', `the artifact cache ${cache} is inside the working tree; pass --artifact-cache DIR outside it`);
  }
  const dir = join(cache, sha);
  const marker = join(dir, READY);
  if (existsSync(marker)) {
    try {
      if ((JSON.parse(readFileSync(marker, 'utf8')) as { sha?: string }).sha === sha) return dir;
    } catch {
      // A damaged marker: rebuild below.
    }
  }
  mkdirSync(cache, { recursive: true });
  if (existsSync(dir)) {
    // A checkout that never became ready (an interrupted build): start it again.
    ctx.log(`[artifacts] ${sha.slice(0, 12)}: removing an unfinished checkout`);
    await runCommand('git', ['-C', ctx.repoRoot, 'worktree', 'remove', '--force', dir]);
    rmSync(dir, { recursive: true, force: true });
    await runCommand('git', ['-C', ctx.repoRoot, 'worktree', 'prune']);
  }
  ctx.log(`[artifacts] ${sha.slice(0, 12)}: git worktree add ${dir}`);
  await git(ctx, ['worktree', 'add', '--detach', '--force', dir, sha]);
  await install(dir, ctx);
  await buildCheckout(dir, `commit ${sha.slice(0, 12)}`, ctx);
  const tmp = `${marker}.tmp`;
  writeFileSync(tmp, JSON.stringify({ sha, readyAt: new Date().toISOString() }) + '\n');
  renameSync(tmp, marker);
  return dir;
}

async function install(dir: string, ctx: ArtifactContext): Promise<void> {
  if (!existsSync(join(dir, 'package.json'))) return;
  const lock = join(dir, 'package-lock.json');
  const ownLock = join(ctx.repoRoot, 'package-lock.json');
  const shared = join(ctx.repoRoot, 'node_modules');
  if (existsSync(lock) && existsSync(ownLock) && existsSync(shared) && readFileSync(lock).equals(readFileSync(ownLock))) {
    // Same lock file, same packages: share the working tree's install instead of a second `npm ci`.
    symlinkSync(shared, join(dir, 'node_modules'), 'dir');
    ctx.log(`[artifacts] ${relative(ctx.cacheDir, dir)}: package-lock.json is identical, sharing node_modules`);
    return;
  }
  ctx.log(`[artifacts] ${relative(ctx.cacheDir, dir)}: npm ci`);
  const r = await runCommand('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir });
  if (r.status !== 0) throw new PerfError('artifact-build', 'artifacts', `npm ci failed in ${dir}: ${firstLine(r)}`);
}

async function buildCheckout(dir: string, what: string, ctx: ArtifactContext): Promise<void> {
  const script = join(dir, 'scripts', 'build.mjs');
  if (!existsSync(script)) return;
  const r = await runCommand(process.execPath, [script, '--quiet'], { cwd: dir });
  if (r.status !== 0) throw new PerfError('artifact-build', 'artifacts', `building ${what} failed: ${firstLine(r)}`);
  ctx.log(`[artifacts] built ${what}`);
}

/** Finds a program on PATH, then in ~/.cargo/bin (where rustup puts rustc). */
function which(program: string, env: NodeJS.ProcessEnv = process.env): string | null {
  const dirs = [...(env.PATH ?? '').split(delimiter).filter(Boolean), join(homedir(), '.cargo', 'bin')];
  for (const d of dirs) {
    const p = join(d, program);
    try {
      accessSync(p, constants.X_OK);
      return p;
    } catch {
      // not here
    }
  }
  return null;
}

async function resolveRustc(spec: string, toolchain: string | null, path: string | null): Promise<Artifact> {
  let compiler: string;
  if (path !== null) {
    compiler = resolve(path);
    if (!existsSync(compiler)) throw new PerfError('toolchain', 'artifacts', `${spec}: ${compiler} does not exist`);
  } else {
    const rustup = which('rustup');
    if (rustup) {
      // The real rustc of the toolchain, not rustup's proxy: the proxy would add its own start-up to every measurement.
      const r = await runCommand(rustup, ['which', 'rustc', ...(toolchain ? ['--toolchain', toolchain] : [])]);
      if (r.status !== 0) {
        throw new PerfError('toolchain', 'artifacts', `${spec}: rustup cannot find rustc${toolchain ? ` for toolchain \`${toolchain}\` (install it with \`rustup toolchain install ${toolchain}\`)` : ''}: ${firstLine(r)}`);
      }
      compiler = r.stdout.trim();
    } else if (toolchain !== null) {
      throw new PerfError('toolchain', 'artifacts', `${spec}: a toolchain name needs rustup, which is not installed; give rustc:PATH instead`);
    } else {
      const found = which('rustc');
      if (!found) throw new PerfError('toolchain', 'artifacts', 'rustc is not on PATH (nor in ~/.cargo/bin)');
      compiler = found;
    }
  }
  const v = await runCommand(compiler, ['-vV']);
  if (v.status !== 0) throw new PerfError('toolchain', 'artifacts', `${spec}: \`${compiler} -vV\` failed: ${firstLine(v)}`);
  const release = v.stdout.split('\n')[0]!.trim();
  const hash = /^commit-hash: (\w+)/m.exec(v.stdout)?.[1] ?? null;
  const m = /^rustc (\S+)(?: \((\w+))?/.exec(release);
  const label = `rustc-${m?.[1] ?? 'unknown'}${m?.[1]?.includes('-') && m[2] ? `-${m[2]}` : ''}`;
  return {
    spec,
    family: 'rustc',
    label,
    compiler,
    // -Zthreads and friends on a stable toolchain, as rustc-perf does.
    env: { RUSTC_BOOTSTRAP: '1' },
    record: { name: release, kind: 'toolchain', commitSha: hash, dirty: false, fingerprint: null, commitDate: null, toolchain: toolchain ?? path ?? 'default', version: release },
  };
}
