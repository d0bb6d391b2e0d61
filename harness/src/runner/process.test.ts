import { describe, expect, test } from 'vitest';
import { groupCpuMs, renderCommand, runProcess, shellQuote, trackedBusyMs, type Command } from './process.js';

const node = (script: string, env: Record<string, string | null> = {}): Command => ({ program: process.execPath, args: ['-e', script], env, cwd: process.cwd() });
const soon = (ms = 20_000) => Date.now() + ms;

describe('runProcess', () => {
  test('collects stdout, stderr and the exit status', async () => {
    const r = await runProcess(node('process.stdout.write("out"); process.stderr.write("err"); process.exitCode = 3'), { deadline: soon() });
    expect([r.code, r.signal, r.stdout, r.stderr, r.truncated, r.timedOut, r.spawnError]).toEqual([3, null, 'out', 'err', false, false, null]);
  });

  test('environment: variables are set and removed over the base environment', async () => {
    const r = await runProcess(node('process.stdout.write(`${process.env.A}/${process.env.B}`)', { A: 'set', B: null }), { deadline: soon(), baseEnv: { B: 'base', PATH: process.env.PATH } });
    expect(r.stdout).toBe('set/undefined');
  });

  test('a process that outlives its deadline is killed with its children', async () => {
    const started = Date.now();
    const r = await runProcess(node("require('child_process').spawn(process.execPath, ['-e', 'setInterval(()=>{},1000)'], {stdio: 'inherit'}); setInterval(() => {}, 1000)"), { deadline: Date.now() + 500 });
    expect(r.timedOut).toBe(true);
    expect(r.signal).toBe('SIGKILL');
    // `close` fires only when the grandchild, which shares the pipes, is dead too.
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  test('output over the cap keeps its head and tail and is marked truncated', async () => {
    const r = await runProcess(node('process.stderr.write("H" + "x".repeat(5000) + "T")'), { deadline: soon(), capBytes: 1000 });
    expect(r.truncated).toBe(true);
    expect(r.stderr.startsWith('H')).toBe(true);
    expect(r.stderr.endsWith('T')).toBe(true);
    expect(r.stderr).toContain('<<<<<< SKIPPED 4002 BYTES >>>>>>');
  });

  test('a program that cannot be started is a value, not an exception', async () => {
    const r = await runProcess({ program: '/nonexistent/compiler', args: [], env: {}, cwd: process.cwd() }, { deadline: soon() });
    expect(r.spawnError).toContain('ENOENT');
    expect(r.code).toBeNull();
  });

  test('tracked processes count towards the busy time', async () => {
    const before = trackedBusyMs();
    await runProcess(node('setTimeout(() => {}, 200)'), { deadline: soon(), track: true });
    expect(trackedBusyMs() - before).toBeGreaterThanOrEqual(150);
  });
});

describe('renderCommand', () => {
  test('a shell line that reproduces the command', () => {
    const cmd: Command = { program: '/bin/rustc', args: ['a b.rs', "it's", '--cfg', 'x'], env: { RUSTC_BOOTSTRAP: '1', RUSTC_LOG_COLOR: null }, cwd: '/o d' };
    expect(renderCommand(cmd)).toBe("env -u RUSTC_LOG_COLOR RUSTC_BOOTSTRAP=1 /bin/rustc 'a b.rs' 'it'\\''s' --cfg x");
    expect(renderCommand(cmd, { withCwd: true }).startsWith("cd '/o d' && ")).toBe(true);
    expect(shellQuote('cfg(test,FALSE)')).toBe("'cfg(test,FALSE)'");
  });
});

describe('CPU time at a timeout (tells a deadlock from slowness)', () => {
  test('a waiting process used almost none; a spinning one about its wall time; not measured unless asked', async () => {
    const waiting = await runProcess(node('setInterval(() => {}, 1000)'), { deadline: Date.now() + 1500, measureCpuOnTimeout: true });
    const spinning = await runProcess(node('for (;;) {}'), { deadline: Date.now() + 1500, measureCpuOnTimeout: true });
    const unasked = await runProcess(node('setInterval(() => {}, 1000)'), { deadline: Date.now() + 300 });
    expect([waiting.timedOut, spinning.timedOut]).toEqual([true, true]);
    expect(waiting.cpuMsAtTimeout).toBeLessThan(0.3 * waiting.wallMs);
    // On a loaded machine the spinner gets less than a core, but far more than the sleeper.
    expect(spinning.cpuMsAtTimeout).toBeGreaterThan(3 * (waiting.cpuMsAtTimeout ?? 0));
    expect(unasked.cpuMsAtTimeout).toBeUndefined();
  });

  test('groupCpuMs is null for a group that does not exist', () => {
    expect(groupCpuMs(2 ** 22 + 12345)).toBeNull();
  });
});
