import { expect, test } from 'vitest';
import { summarize, type ReportEntry, type RunReport } from '../report.js';
import { renderJunit } from './junit.js';

test('one suite per mode; failures with their kind; skipped for ignored and known failures; text escaped', () => {
  const tests: ReportEntry[] = [
    { name: 'a<b>.rs', path: 'a<b>.rs', revision: null, mode: 'serial', threads: 1, status: 'failed', failures: [{ kind: 'outputDiffers', message: 'differs "here"\nmore', diff: '\x1b[31m-x\x1b[0m & y' }], durationMs: 1500, compilerMs: 1, command: null },
    { name: 'k.rs', path: 'k.rs', revision: null, mode: 'serial', threads: 1, status: 'failed', failures: [], durationMs: 1, compilerMs: 1, command: null, knownFailure: { reason: 'later' } },
    { name: 'i.rs', path: 'i.rs', revision: null, mode: 'parallel', threads: 4, status: 'ignored', failures: [], durationMs: 0, compilerMs: 0, command: null, ignoreReason: 'not here' },
  ];
  const r: RunReport = {
    schemaVersion: 1, compiler: { key: 'k', path: 'p', version: 'v', verboseVersion: 'v' }, root: '/', modes: ['serial', 'parallel'], threads: 4, jobs: 1, shard: null,
    startedAt: '', wallMs: 2000, compilerMs: 0, compilerBusyMs: 0, harnessOverheadMs: 0, filteredOut: 0, summary: summarize(tests), warnings: [], tests,
  };
  expect(renderJunit(r)).toBe([
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<testsuites name="weft-ui" tests="3" failures="1" skipped="2" time="2.000">',
    '  <testsuite name="serial" tests="2" failures="1" skipped="1" time="1.501">',
    '    <testcase classname="ui.serial" name="a&lt;b&gt;.rs" file="a&lt;b&gt;.rs" time="1.500">',
    '      <failure type="outputDiffers" message="differs &quot;here&quot;">differs &quot;here&quot;\nmore\n-x &amp; y</failure>',
    '    </testcase>',
    '    <testcase classname="ui.serial" name="k.rs" file="k.rs" time="0.001">',
    '      <skipped message="known failure: later"/>',
    '    </testcase>',
    '  </testsuite>',
    '  <testsuite name="parallel" tests="1" failures="0" skipped="1" time="0.000">',
    '    <testcase classname="ui.parallel" name="i.rs" file="i.rs" time="0.000">',
    '      <skipped message="not here"/>',
    '    </testcase>',
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n'));
});

test('a failed test excused by known-nondeterministic.json is skipped, with its reason', () => {
  const tests: ReportEntry[] = [
    { name: 'n.rs', path: 'n.rs', revision: null, mode: 'parallel', threads: 4, status: 'failed', failures: [{ kind: 'reordered', message: 'm' }], durationMs: 1, compilerMs: 1, command: null, knownNondeterministic: { reason: 'order races (#9)' } },
  ];
  const r: RunReport = {
    schemaVersion: 1, compiler: { key: 'k', path: 'p', version: 'v', verboseVersion: 'v' }, root: '/', modes: ['parallel'], threads: 4, jobs: 1, shard: null,
    startedAt: '', wallMs: 0, compilerMs: 0, compilerBusyMs: 0, harnessOverheadMs: 0, filteredOut: 0, summary: summarize(tests), warnings: [], tests,
  };
  const xml = renderJunit(r);
  expect(xml).toContain('<testsuites name="weft-ui" tests="1" failures="0" skipped="1"');
  expect(xml).toContain('<skipped message="known nondeterministic: order races (#9)"/>');
  expect(xml).not.toContain('<failure');
});
