/**
 * The GitHub workflows in .github/workflows/, parsed and checked: the structure GitHub requires,
 * least-privilege permissions, triggers, concurrency, the rules that keep untrusted code and text
 * away from write tokens, and that every `npm run` script they call exists in package.json (read as
 * it is when the test runs) and every `npm run perf -- comment` flag exists in the bot.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseDocument } from 'yaml';
import { COMMENT_FLAGS } from '../perf-suite/src/bot/cli.js';
import { STICKY_MARKER } from '../perf-suite/src/bot/sticky-comment.js';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');
const DIR = join(ROOT, '.github/workflows');

type Json = Record<string, any>;
interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  with?: Json;
  env?: Json;
  if?: string;
}
interface Job {
  name?: string;
  if?: string;
  needs?: string | string[];
  'runs-on': string;
  'timeout-minutes'?: number;
  permissions?: Json | string;
  concurrency?: Json | string;
  strategy?: { matrix?: Json };
  outputs?: Json;
  steps: Step[];
}
interface Workflow {
  file: string;
  text: string;
  name: string;
  on: Json;
  permissions: Json | string;
  concurrency?: Json;
  env?: Json;
  jobs: Record<string, Job>;
}

function load(file: string): Workflow {
  const text = readFileSync(join(DIR, file), 'utf8');
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true });
  expect(doc.errors.map(String), `${file} parses`).toEqual([]);
  expect(doc.warnings.map(String), `${file} parses without warnings`).toEqual([]);
  return { file, text, ...(doc.toJS() as Omit<Workflow, 'file' | 'text'>) };
}

const files = readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f)).sort();
const workflows = files.map(load);
const byFile = (file: string) => workflows.find((w) => w.file === file)!;
const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

const allSteps = (w: Workflow) => Object.entries(w.jobs).flatMap(([jobId, job]) => job.steps.map((step) => ({ jobId, job, step })));
const runScripts = (w: Workflow) => allSteps(w).flatMap(({ step }) => (step.run ? [step.run] : []));
/** Each shell command line of a run script, with backslash continuations joined. */
const commandLines = (run: string) => run.replace(/\\\n\s*/g, ' ').split('\n').map((l) => l.trim());
const jobPermissions = (w: Workflow, job: Job): Json => (typeof job.permissions === 'object' ? job.permissions : typeof w.permissions === 'object' ? w.permissions : {});
const writes = (perms: Json) => Object.entries(perms).filter(([, v]) => v === 'write').map(([k]) => k).sort();

const PERMISSION_SCOPES = new Set([
  'actions', 'attestations', 'checks', 'contents', 'deployments', 'discussions', 'id-token', 'issues',
  'models', 'packages', 'pages', 'pull-requests', 'repository-projects', 'security-events', 'statuses',
]);

test('the workflows are there (any other workflow gets the general checks below too)', () => {
  expect(files).toEqual(expect.arrayContaining(['ci.yml', 'perf-comment.yml', 'perf.yml']));
});

describe.each(files)('%s', (file) => {
  const w = byFile(file);

  test('has the keys GitHub requires: name, on, jobs; each job runs-on, steps, a timeout', () => {
    expect(typeof w.name).toBe('string');
    expect(w.on && typeof w.on).toBe('object');
    expect(Object.keys(w.jobs).length).toBeGreaterThan(0);
    for (const [id, job] of Object.entries(w.jobs)) {
      expect(id).toMatch(/^[A-Za-z_][A-Za-z0-9_-]*$/);
      expect(typeof job['runs-on'], `${id}: runs-on`).toBe('string');
      expect(job['timeout-minutes'], `${id}: timeout-minutes`).toBeGreaterThan(0);
      expect(job.steps.length, `${id}: steps`).toBeGreaterThan(0);
      for (const need of [job.needs ?? []].flat()) expect(Object.keys(w.jobs), `${id} needs ${need}`).toContain(need);
    }
  });

  test('every step either uses an action or runs a script, never both', () => {
    for (const { jobId, step } of allSteps(w)) {
      expect(Number(step.uses !== undefined) + Number(step.run !== undefined), `${jobId}: ${step.name ?? step.uses}`).toBe(1);
    }
  });

  test('step ids are unique within a job and every steps.<id> reference exists', () => {
    for (const [jobId, job] of Object.entries(w.jobs)) {
      const ids = job.steps.flatMap((s) => (s.id ? [s.id] : []));
      expect(new Set(ids).size, jobId).toBe(ids.length);
      for (const m of JSON.stringify(job).matchAll(/steps\.([A-Za-z0-9_-]+)\.outputs/g)) expect(ids, `${jobId}: steps.${m[1]}`).toContain(m[1]);
    }
  });

  test('least privilege: top-level permissions grant no write, and job permissions name known scopes', () => {
    expect(w.permissions, 'top-level permissions must be set').toBeDefined();
    expect(typeof w.permissions, 'no read-all / write-all').toBe('object');
    expect(writes(w.permissions as Json)).toEqual([]);
    for (const [id, job] of Object.entries(w.jobs)) {
      for (const [scope, level] of Object.entries(jobPermissions(w, job))) {
        expect(PERMISSION_SCOPES.has(scope), `${id}: unknown permission ${scope}`).toBe(true);
        expect(['read', 'write', 'none'], `${id}: ${scope}`).toContain(level);
      }
    }
  });

  test('actions are GitHub\'s own, pinned to a full commit, with the tag in a comment', () => {
    const uses = [...w.text.matchAll(/^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/gm)];
    expect(uses.length).toBeGreaterThan(0);
    for (const [, ref, rest] of uses) {
      expect(ref, 'owner').toMatch(/^actions\//);
      expect(ref, 'pinned').toMatch(/@[0-9a-f]{40}$/);
      expect(rest, `${ref}: tag comment`).toMatch(/^\s+# v\d+\.\d+\.\d+$/);
    }
  });

  test('checkouts leave no credentials behind for later steps', () => {
    for (const { jobId, step } of allSteps(w)) {
      if (step.uses?.startsWith('actions/checkout@')) expect(step.with?.['persist-credentials'], jobId).toBe(false);
    }
  });

  test('Node 20 everywhere', () => {
    for (const { jobId, step } of allSteps(w)) {
      if (!step.uses?.startsWith('actions/setup-node@')) continue;
      const version = String(step.with?.['node-version']).replace('${{ env.NODE_VERSION }}', String(w.env?.['NODE_VERSION']));
      expect(version, jobId).toBe('20');
    }
  });

  test('no expression is spliced into a script: values reach the shell through env', () => {
    // `${{ github.event.comment.body }}` inside `run:` would let a comment inject shell code.
    for (const run of runScripts(w)) expect(run).not.toContain('${{');
  });

  test('every `npm run` script it calls exists in package.json', () => {
    const called = runScripts(w).flatMap((r) => [...r.matchAll(/\bnpm run ([A-Za-z0-9:_-]+)/g)].map((m) => m[1]!));
    for (const name of called) expect(Object.keys(scripts), `npm run ${name}`).toContain(name);
    if (runScripts(w).some((r) => /\bnpm test\b/.test(r))) expect(scripts).toHaveProperty('test');
  });

  test('`npm run perf -- comment` is given only flags the bot knows', () => {
    for (const run of runScripts(w)) {
      for (const line of commandLines(run)) {
        if (!/npm run perf -- comment\b/.test(line)) continue;
        for (const [flag] of line.matchAll(/--[a-z][a-z-]*/g)) expect(COMMENT_FLAGS, flag).toContain(flag);
        expect(line).toContain('--body');
      }
    }
  });

  test('a job that can write never checks out a ref taken from the event', () => {
    // Untrusted code must not run next to a write token: jobs with a write permission check out
    // only what GitHub picks for the event (the default branch, or the pull request with its own token).
    for (const [id, job] of Object.entries(w.jobs)) {
      if (writes(jobPermissions(w, job)).length === 0) continue;
      for (const step of job.steps) {
        if (step.uses?.startsWith('actions/checkout@')) expect(step.with?.['ref'], `${id}: checkout ref`).toBeUndefined();
      }
    }
  });
});

describe('ci.yml', () => {
  const ci = byFile('ci.yml');

  test('runs on push to main and on every pull request', () => {
    expect(Object.keys(ci.on)).toEqual(expect.arrayContaining(['push', 'pull_request']));
    expect(ci.on['push'].branches).toContain('main');
    expect(ci.on['pull_request']).toBeNull(); // every pull request, every activity type by default
  });

  test('reads the repository and nothing else', () => {
    expect(ci.permissions).toEqual({ contents: 'read' });
    for (const job of Object.values(ci.jobs)) expect(job.permissions).toBeUndefined();
  });

  test('a new push to a pull request cancels the old run', () => {
    expect(String(ci.concurrency?.['group'])).toContain('github.event.pull_request.number');
    expect(String(ci.concurrency?.['cancel-in-progress'])).toContain("github.event_name == 'pull_request'");
  });

  test('unit tests: npm ci then npm test', () => {
    const runs = ci.jobs['test']!.steps.flatMap((s) => (s.run ? [s.run.trim()] : []));
    expect(runs.indexOf('npm ci')).toBeGreaterThanOrEqual(0);
    expect(runs.indexOf('npm test')).toBeGreaterThan(runs.indexOf('npm ci'));
  });

  test('the UI suite runs in both modes, with weftc and rustc 1.95.0, sharded, and uploads JSON and JUnit', () => {
    const ui = ci.jobs['ui']!;
    const matrix = ui.strategy!.matrix!;
    expect(matrix['compiler']).toEqual(['weft', 'rustc']);
    const shards = matrix['shards'] as number[];
    expect(shards).toHaveLength(1);
    expect(matrix['shard']).toEqual(Array.from({ length: shards[0]! }, (_, i) => i + 1));

    const step = ui.steps.find((s) => s.run?.includes('npm run ui'))!;
    const line = commandLines(step.run!).find((l) => l.startsWith('npm run ui'))!;
    expect(line).toMatch(/ -- --mode both /);
    expect(line).toContain('--compiler "$COMPILER"');
    expect(step.env?.['COMPILER']).toBe('${{ matrix.compiler }}');
    expect(line).toContain('--shard "$SHARD"');
    expect(step.env?.['SHARD']).toBe('${{ matrix.shard }}/${{ matrix.shards }}');
    expect(line).toMatch(/--report "\$REPORT_DIR\/[^"]+\.json"/);
    expect(line).toMatch(/--junit "\$REPORT_DIR\/[^"]+\.xml"/);

    const upload = ui.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'))!;
    expect(upload.if).toContain('!cancelled()'); // failed shards upload their reports too
    expect(upload.with?.['path']).toBe(`${step.env?.['REPORT_DIR']}/`);
    expect(upload.with?.['name']).toContain('${{ matrix.compiler }}');
    expect(upload.with?.['name']).toContain('${{ matrix.shard }}');
  });

  test("the shards' reports are merged, one per compiler, even when shards failed", () => {
    const merge = ci.jobs['ui-report']!;
    expect(merge.needs).toBe('ui');
    expect(merge.if).toContain('!cancelled()');
    const download = merge.steps.find((s) => s.uses?.startsWith('actions/download-artifact@'))!;
    const uploadName = ci.jobs['ui']!.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'))!.with!['name'] as string;
    const pattern = new RegExp(`^${(download.with!['pattern'] as string).replace(/\*/g, '.*')}$`);
    expect(uploadName.replace(/\$\{\{[^}]+\}\}/g, 'x')).toMatch(pattern);
    expect(download.with?.['merge-multiple']).toBe(true);
    const run = merge.steps.find((s) => s.run?.includes('merge-reports'))!.run!;
    expect(run).toContain('for compiler in weft rustc');
    expect(run).toMatch(/npm run ui --silent -- merge-reports .*--report .*--junit /s);
  });

  test('rustc is pinned to 1.95.0 and installed for the jobs that use it', () => {
    expect(ci.env?.['RUST_TOOLCHAIN']).toBe('1.95.0');
    const install = (job: Job) => job.steps.find((s) => s.run?.includes('rustup toolchain install "$RUST_TOOLCHAIN"'));
    expect(install(ci.jobs['test']!)).toBeDefined();
    expect(install(ci.jobs['ui']!)?.if).toBe("matrix.compiler == 'rustc'");
  });
});

describe('perf.yml', () => {
  const perf = byFile('perf.yml');
  const job = (id: string) => perf.jobs[id]!;

  test('triggers: pull_request opened/synchronize/reopened, and new comments', () => {
    expect(perf.on['pull_request']).toEqual({ types: ['opened', 'synchronize', 'reopened'] });
    expect(perf.on['issue_comment']).toEqual({ types: ['created'] });
    expect(Object.keys(perf.on).sort()).toEqual(['issue_comment', 'pull_request']);
  });

  test('/perf works only on pull requests, from people with write access, as an exact command', () => {
    const cond = job('resolve').if!;
    expect(cond).toContain('github.event.issue.pull_request');
    expect(cond).toContain("startsWith(github.event.comment.body, '/perf')");
    expect(cond).toContain('github.event.comment.author_association');
    for (const role of ['OWNER', 'MEMBER', 'COLLABORATOR']) expect(cond).toContain(`"${role}"`);
    expect(cond).not.toContain('CONTRIBUTOR');
    const check = job('resolve').steps[0]!;
    expect(check.env?.['COMMENT_BODY']).toBe('${{ github.event.comment.body }}');
    expect(check.run).toContain('if [[ "$command" != /perf ]]');
  });

  test('top level grants nothing; only the comment job can write, and only pull requests', () => {
    expect(perf.permissions).toEqual({});
    expect(job('resolve').permissions).toEqual({ 'pull-requests': 'read' });
    expect(job('perf').permissions).toEqual({ contents: 'read' });
    expect(job('comment').permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
  });

  test('one concurrency group per pull request, on the job, so that a new push cancels the old run', () => {
    // Not at the workflow level: there every comment (not only /perf) would cancel a run in progress.
    expect(perf.concurrency).toBeUndefined();
    expect(job('perf').concurrency).toEqual({ group: 'perf-pr-${{ needs.resolve.outputs.number }}', 'cancel-in-progress': true });
    expect(job('comment').concurrency).toEqual({ group: 'perf-comment-${{ needs.resolve.outputs.number }}', 'cancel-in-progress': false });
  });

  test("the measurement checks out the pull request's head with full history, and runs no cache", () => {
    const checkout = job('perf').steps.find((s) => s.uses?.startsWith('actions/checkout@'))!;
    expect(checkout.with).toMatchObject({ ref: '${{ needs.resolve.outputs.head-sha }}', 'fetch-depth': 0 });
    const node = job('perf').steps.find((s) => s.uses?.startsWith('actions/setup-node@'))!;
    expect(node.with?.['package-manager-cache']).toBe(false);
    expect(node.with?.['cache']).toBeUndefined();
  });

  test('compares against the base with npm run perf -- --compare, and writes the job summary', () => {
    const run = job('perf').steps.find((s) => s.id === 'perf')!;
    expect(run.env?.['BASE_SHA']).toBe('${{ needs.resolve.outputs.base-sha }}');
    expect(run.run).toContain('baseline=$(git merge-base "$BASE_SHA" HEAD)');
    expect(run.run).toContain('npm run perf -- --compare "$baseline"');
    expect(job('perf').steps.some((s) => s.run?.includes('report.md" >> "$GITHUB_STEP_SUMMARY"'))).toBe(true);
  });

  test('uploads the report and charts, and links the artifact from the comment', () => {
    const upload = job('perf').steps.find((s) => s.id === 'upload')!;
    expect(upload.uses).toMatch(/^actions\/upload-artifact@/);
    expect(upload.with?.['path']).toBe('${{ steps.perf.outputs.dir }}');
    expect(job('perf').outputs?.['artifact-url']).toBe('${{ steps.upload.outputs.artifact-url }}');
    const post = job('comment').steps.find((s) => s.run?.includes('npm run perf -- comment'))!;
    expect(post.env?.['ARTIFACT_URL']).toBe('${{ needs.perf.outputs.artifact-url }}');
    expect(post.run).toContain('--artifact-url "$ARTIFACT_URL"');
  });

  test('the comment job posts with the job token, for the measured commit only', () => {
    const comment = job('comment');
    expect(comment.needs).toEqual(['resolve', 'perf']);
    expect(comment.if).toContain('!cancelled()');
    const post = comment.steps.find((s) => s.run?.includes('npm run perf -- comment'))!;
    expect(post.env?.['GITHUB_TOKEN']).toBe('${{ github.token }}');
    expect(post.run).toContain('--pr "$PR_NUMBER"');
    expect(post.run).toContain('--expect-head-sha "$HEAD_SHA"');
    expect(post.env?.['HEAD_SHA']).toBe('${{ needs.resolve.outputs.head-sha }}');
  });

  test('the bot finds its comment by the marker the brief names', () => {
    expect(STICKY_MARKER).toBe('<!-- weft-perf-report -->');
  });
});

describe('perf-comment.yml (forks)', () => {
  const fork = byFile('perf-comment.yml');
  const perf = byFile('perf.yml');
  const job = fork.jobs['comment']!;

  test('runs after the Perf workflow, for pull requests from forks only', () => {
    expect(fork.on['workflow_run']).toEqual({ workflows: [perf.name], types: ['completed'] });
    expect(job.if).toContain("github.event.workflow_run.event == 'pull_request'");
    expect(job.if).toContain("github.event.workflow_run.conclusion == 'success'");
    expect(job.if).toContain('github.event.workflow_run.head_repository.full_name != github.repository');
  });

  test('permissions: read the artifact, write the comment, nothing more', () => {
    expect(fork.permissions).toEqual({});
    expect(job.permissions).toEqual({ actions: 'read', contents: 'read', 'pull-requests': 'write' });
  });

  test("downloads the artifact perf.yml uploads, from the Perf run, and never runs the fork's code", () => {
    const download = job.steps.find((s) => s.uses?.startsWith('actions/download-artifact@'))!;
    expect(download.with).toMatchObject({ name: 'perf-comment', 'run-id': '${{ github.event.workflow_run.id }}', 'github-token': '${{ github.token }}' });
    const uploaded = perf.jobs['perf']!.steps.filter((s) => s.uses?.startsWith('actions/upload-artifact@')).map((s) => s.with?.['name']);
    expect(uploaded).toContain('perf-comment');
    const node = job.steps.find((s) => s.uses?.startsWith('actions/setup-node@'))!;
    expect(node.with?.['package-manager-cache']).toBe(false);
  });

  test('takes only a checked number from the artifact, and checks it against the run', () => {
    const post = job.steps.find((s) => s.run?.includes('npm run perf -- comment'))!;
    expect(post.run).toContain('[[ "$pr" =~ ^[0-9]+$ ]]');
    expect(post.run).toContain('--expect-head-sha "$HEAD_SHA"');
    expect(post.env?.['HEAD_SHA']).toBe('${{ github.event.workflow_run.head_sha }}');
    expect(post.run).toContain('--run-id "$PERF_RUN_ID"');
  });
});
