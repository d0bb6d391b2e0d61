#!/usr/bin/env node
// Blesses the emitter corpus with the real rustc: for every `cases/*.rs`, runs rustc 1.95 in the
// modes the emitter tests check and writes what rustc printed next to the case:
//
//   name.ui.jsonl     --error-format=json -Zui-testing          (data + `rendered` with `LL`)
//   name.plain.jsonl  --error-format=json                       (`rendered` with line numbers)
//   name.short.jsonl  --error-format=json --json diagnostic-short
//   name.ansi.jsonl   --error-format=json --json diagnostic-rendered-ansi -Zui-testing
//   name.stderr       --error-format=human -Zui-testing         (the whole stderr)
//
// rustc's error-code explanations are its documentation and must not be committed: every
// `"explanation":"..."` string is replaced by the marker `"explanation":"$EXPLANATION"` before
// writing. The tests substitute weftc's own explanation for the marker.
//
// A case may start with `//@ flags: ...` (extra rustc arguments). Run from anywhere:
//   node compiler/src/diagnostics/testdata/bless.mjs [case-name...]
// This is a developer tool: weftc itself never runs rustc.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, renameSync } from 'node:fs';
import { tmpdir, homedir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const casesDir = join(here, 'cases');
const rustc = process.env.RUSTC ?? join(homedir(), '.cargo/bin/rustc');
const version = execFileSync(rustc, ['--version'], { encoding: 'utf8' }).trim();
if (!version.startsWith('rustc 1.95.0')) {
  process.stderr.write(`bless: expected rustc 1.95.0, found ${version}\n`);
  process.exit(2);
}

const MODES = {
  'ui.jsonl': ['--error-format=json', '-Zui-testing'],
  'plain.jsonl': ['--error-format=json'],
  'short.jsonl': ['--error-format=json', '--json=diagnostic-short'],
  'ansi.jsonl': ['--error-format=json', '--json=diagnostic-rendered-ansi', '-Zui-testing'],
  stderr: ['--error-format=human', '-Zui-testing'],
};
const COMMON = [
  '-Zsimulate-remapped-rust-src-base=/rustc/FAKE_PREFIX',
  '-Ztranslate-remapped-path-to-local-path=no',
  '--emit=metadata',
];

const only = process.argv.slice(2);
const cases = readdirSync(casesDir).filter((f) => f.endsWith('.rs')).map((f) => f.slice(0, -3)).filter((n) => only.length === 0 || only.includes(n));
const out = mkdtempSync(join(tmpdir(), 'weft-bless-'));
try {
  for (const name of cases) {
    const src = readFileSync(join(casesDir, `${name}.rs`), 'utf8');
    const flagLine = /^\/\/@ flags:(.*)$/m.exec(src);
    const flags = flagLine ? flagLine[1].trim().split(/\s+/) : [];
    for (const [suffix, modeFlags] of Object.entries(MODES)) {
      const res = spawnSync(rustc, [`${name}.rs`, ...COMMON, ...modeFlags, ...flags, '--out-dir', out], {
        cwd: casesDir,
        encoding: 'utf8',
        env: { ...process.env, RUSTC_BOOTSTRAP: '1', RUST_BACKTRACE: '0' },
      });
      const text = res.stderr.replace(/"explanation":"(?:[^"\\]|\\.)*"/g, '"explanation":"$$EXPLANATION"');
      const target = join(casesDir, `${name}.${suffix}`);
      writeFileSync(target + '.tmp', text);
      renameSync(target + '.tmp', target);
    }
    process.stdout.write(`blessed ${name}\n`);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
