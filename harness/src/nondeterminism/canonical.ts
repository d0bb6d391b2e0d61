/**
 * The canonical form of one compiler run, the unit every nondeterminism comparison works on: the
 * output split into items (one per top-level JSON diagnostic with its children; summary lines;
 * runs of non-JSON text such as ICE messages), each normalized as compiletest would (normalize.ts,
 * the fixture's own rules) and then rid of what differs between identical runs: thread ids, ICE
 * dump file names, backtraces and query stacks. Also recognises internal compiler errors (with a
 * signature to group them by) and failures of the machine rather than the compiler. Pure: text in,
 * values out; it never runs anything.
 */
import { createHash } from 'node:crypto';
import { splitBlocks } from '../compare.js';
import { isDiagnostic, rustLines, type JsonDiagnostic } from '../diagnostics.js';
import type { NormalizeRule } from '../directives/props.js';
import { normalizeOutput, type NormalizeContext } from '../normalize.js';

/** What the harness saw of one compiler process. */
export interface RawRun {
  readonly code: number | null;
  readonly signal: string | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly timedOut: boolean;
  /** Set when the process could not be started. */
  readonly spawnError: string | null;
  /** An output stream went over the cap: the text is incomplete. */
  readonly truncated: boolean;
  readonly wallMs: number;
  /** CPU time of the process group when the harness killed it (timeouts only). */
  readonly cpuMs: number | null;
}

export type ItemKind = 'diagnostic' | 'summary' | 'raw';

export interface CanonicalItem {
  readonly kind: ItemKind;
  /** Normalized text: a rendered diagnostic with its children, a summary line, or raw lines. */
  readonly text: string;
  /**
   * A total order for sorting (primary span file, line, column, then the text, which begins with
   * level, code and message): the same multiset of items always sorts to the same sequence.
   */
  readonly sortKey: string;
  /** Level, code and primary location: pairs an item with its changed counterpart in a diff. */
  readonly anchor: string;
  /** One line naming the item in reports: its first line and where it points. */
  readonly headline: string;
}

export interface CanonicalRun {
  readonly status: { readonly code: number | null; readonly signal: string | null };
  readonly items: readonly CanonicalItem[];
  /** Normalized stdout (compilers seldom print there; it is compared all the same). */
  readonly stdout: string;
  readonly timedOut: boolean;
  /** Why the run says nothing about the compiler (spawn failure, out of memory, ...), or null. */
  readonly infra: string | null;
  /** Internal-compiler-error signature, or null when the run did not crash. */
  readonly ice: string | null;
  /** Hash of the exact output: status, items in order, stdout. Equal fingerprints = identical runs. */
  readonly fingerprint: string;
  /** Hash of the output with items sorted: equal for runs that differ in order only. */
  readonly contentFingerprint: string;
}

export interface CanonicalContext {
  readonly normalize: NormalizeContext;
  readonly stderrRules: readonly NormalizeRule[];
  readonly stdoutRules: readonly NormalizeRule[];
  /** The test passes its own `--error-format`: stderr is human text, split at diagnostic headers. */
  readonly humanStderr: boolean;
}

const SUMMARY_RE = /^(error|warning)(\[[^\]]*\])?: (aborting due to|\d+ warnings? emitted)|^(error|warning|failure-note)?:? ?(Some errors have detailed explanations|For more information about (this|an) error)/;

/**
 * What differs between runs that did the same thing: thread ids, the ICE dump file, backtraces
 * (frames and their "at file:line" lines), query stacks printed during a panic, and the `-Z threads`
 * flags in the command line an ICE echoes.
 */
export function normalizeRunNoise(text: string): string {
  const out: string[] = [];
  // Inside a backtrace: after `stack backtrace:` (dropped) or a `note: delayed at …` line (kept).
  let inBacktrace = false;
  for (const line of text.split('\n')) {
    if (/^stack backtrace:$/.test(line)) {
      inBacktrace = true;
      continue;
    }
    if (inBacktrace) {
      // Frames, their locations, and the `[... omitted N frames ...]` lines of a short backtrace.
      if (/^\s+(\d+: |at |\[\.\.\. omitted \d+ frames? \.\.\.\])/.test(line)) continue;
      inBacktrace = false;
    }
    if (/delayed at /.test(line)) inBacktrace = true;
    // The query stack printed during a panic depends on which thread panicked first.
    if (/^#\d+ \[/.test(line)) continue;
    if (/^note: Some details are omitted, run with `RUST_BACKTRACE=full`/.test(line)) continue;
    if (/please attach the file at `[^`]*` to your bug report/.test(line)) continue;
    // An ICE echoes the command line; the thread count and weftc's schedule seed are the flags the
    // runs differ in by design.
    if (line.startsWith('note: compiler flags: ')) {
      out.push(line.replace(/ -Z ?(?:threads|schedule-seed)=\d+/g, ''));
      continue;
    }
    out.push(line);
  }
  return out.join('\n')
    .replace(/thread '([^']*)' \((?:rtid )?\d+\)/g, "thread '$1' ($$TID)")
    .replace(/ThreadId\(\d+\)/g, 'ThreadId($$TID)')
    .replace(/rustc-ice-[0-9T:_.-]+-\d+\.txt/g, 'rustc-ice-$$TIME-$$PID.txt');
}

function hash(parts: readonly string[]): string {
  const h = createHash('sha1');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('hex').slice(0, 16);
}

function headlineOf(text: string, where: string | null): string {
  const first = text.split('\n').find((l) => l.trim() !== '') ?? '';
  return where ? `${first.trim()} (at ${where})` : first.trim();
}

/** `--> file:line:col` of a human-rendered block. */
function arrowLocation(text: string): string | null {
  return /^\s*--> (\S+:\d+:\d+)/m.exec(text)?.[1] ?? null;
}

function primarySpan(d: JsonDiagnostic): { file: string; line: number; col: number; endLine: number; endCol: number } | null {
  const s = d.spans.find((x) => x.is_primary);
  return s ? { file: s.file_name, line: s.line_start, col: s.column_start, endLine: s.line_end, endCol: s.column_end } : null;
}

const pad = (n: number) => String(n).padStart(8, '0');

interface Draft {
  kind: ItemKind;
  text: string;
  location: string | null;
  /** Location part of the sort key; null sorts after every located item. */
  locKey: string | null;
  anchorHead: string;
}

function draftsFromJson(stderr: string): Draft[] {
  const drafts: Draft[] = [];
  let raw: string[] = [];
  const flushRaw = () => {
    if (raw.length > 0) drafts.push({ kind: 'raw', text: `${raw.join('\n')}\n`, location: null, locKey: null, anchorHead: 'raw' });
    raw = [];
  };
  for (const line of rustLines(stderr)) {
    let v: unknown;
    if (line.startsWith('{')) {
      try {
        v = JSON.parse(line);
      } catch {
        v = undefined;
      }
    }
    if (v === undefined) {
      raw.push(line);
      continue;
    }
    if (isDiagnostic(v)) {
      flushRaw();
      const text = typeof v.rendered === 'string' ? v.rendered : `${v.level}: ${v.message}\n`;
      const span = primarySpan(v);
      const code = v.code ? `[${v.code.code}]` : '';
      const summary = span === null && SUMMARY_RE.test(`${v.level}${code}: ${v.message}`);
      drafts.push({
        kind: summary ? 'summary' : 'diagnostic',
        text,
        location: span ? `${span.file}:${span.line}:${span.col}` : null,
        locKey: span ? `${span.file}\0${pad(span.line)}\0${pad(span.col)}\0${pad(span.endLine)}\0${pad(span.endCol)}` : null,
        anchorHead: `${v.level}${code}`,
      });
      continue;
    }
    const o = v as Record<string, unknown>;
    if (typeof o === 'object' && o !== null && (typeof o.artifact === 'string' || Array.isArray(o.unused_extern_names))) continue;
    if (typeof o === 'object' && o !== null && Array.isArray(o.future_incompat_report)) {
      flushRaw();
      const parts = (o.future_incompat_report as unknown[]).map((item) => {
        const d = typeof item === 'object' && item !== null ? (item as Record<string, unknown>).diagnostic : undefined;
        const rendered = typeof d === 'object' && d !== null ? (d as Record<string, unknown>).rendered : undefined;
        return `Future breakage diagnostic:\n${typeof rendered === 'string' ? rendered : 'Not rendered'}`;
      });
      if (parts.length > 0) drafts.push({ kind: 'diagnostic', text: `Future incompatibility report: ${parts.join('')}`, location: null, locKey: null, anchorHead: 'future-incompat' });
      continue;
    }
    raw.push(line);
  }
  flushRaw();
  return drafts;
}

function draftsFromHuman(stderr: string): Draft[] {
  return splitBlocks(stderr).map((text) => {
    const header = /^(error|warning)(\[[^\]\n]*\])?: /.exec(text);
    const location = arrowLocation(text);
    const summary = header !== null && location === null && SUMMARY_RE.test(text.split('\n')[0]!);
    const m = location ? /^(.*):(\d+):(\d+)$/.exec(location) : null;
    return {
      kind: header === null ? 'raw' : summary ? 'summary' : 'diagnostic',
      text,
      location,
      locKey: m ? `${m[1]}\0${pad(Number(m[2]))}\0${pad(Number(m[3]))}` : null,
      anchorHead: header ? `${header[1]}${header[2] ?? ''}` : 'raw',
    } satisfies Draft;
  });
}

/** The signature an ICE is grouped by: the first panic location and message, digits hidden. */
export function iceSignature(text: string, status: { code: number | null; signal: string | null }): string | null {
  // Numbers vary (ids, counts, line numbers); error codes (E0391) do not.
  const digits = (s: string) => s.replace(/\[[0-9a-f]{4}\]/g, '[HASH]').replace(/(?<![A-Z\d])\d+/g, 'N').trim();
  // Only a thread's panic: "the evaluated program panicked at '…'" is a const-eval diagnostic.
  const panic = /thread '[^']*'(?: \([^)\n]*\))? panicked at ([^\n]+?):\d+:\d+:\n([^\n]*)/.exec(text);
  if (panic) return `panicked at ${panic[1]}:N:N: ${digits(panic[2]!)}`;
  const oldPanic = /thread '[^']*'(?: \([^)\n]*\))? panicked at '([^\n]*)', ([^\n]+?):\d+:\d+/.exec(text);
  if (oldPanic) return `panicked at ${oldPanic[2]}:N:N: ${digits(oldPanic[1]!)}`;
  const ices = [...text.matchAll(/^error: internal compiler error(\[[^\]\n]*\])?: ([^\n]*)/gm)].map((m) => `${m[1] ?? ''}: ${m[2]!}`);
  const specific = ices.find((m) => !/delayed bugs were created/.test(m)) ?? ices[0];
  if (specific !== undefined && (status.code === 101 || /delayed bugs were created/.test(text))) return `internal compiler error${digits(specific)}`;
  if (/deadlock detected/.test(text)) return 'deadlock detected';
  if (status.signal !== null && CRASH_SIGNALS.has(status.signal)) return `killed by ${status.signal}`;
  if (status.code === 101) return specific !== undefined ? `internal compiler error${digits(specific)}` : 'exit status 101';
  return null;
}

const CRASH_SIGNALS = new Set(['SIGSEGV', 'SIGABRT', 'SIGBUS', 'SIGILL', 'SIGFPE', 'SIGTRAP', 'SIGSYS']);

/**
 * Why a run tells nothing about the compiler: it could not start, the machine ran out of memory or
 * disk, the linker is missing, or the output was cut at the cap. Null for a run worth comparing.
 */
export function infraReason(r: RawRun): string | null {
  if (r.spawnError) return `could not start the compiler: ${r.spawnError}`;
  if (r.signal === 'SIGKILL' && !r.timedOut) return 'killed by SIGKILL (out of memory?)';
  if (r.code === 137) return 'exit status 137 (out of memory?)';
  const text = `${r.stderr}\n${r.stdout}`;
  // The most specific cause first: "could not write output" often comes with "No space left".
  for (const re of [/No space left on device/, /Cannot allocate memory/, /memory allocation of \d+ bytes failed/, /Resource temporarily unavailable/, /linker `[^`]*` not found/, /could not write output/, /failed to spawn/]) {
    const m = re.exec(text);
    if (m) return `the compiler reported \`${m[0]}\``;
  }
  if (r.truncated) return 'the output went over the 512 KiB cap and was cut';
  return null;
}

/** Turns one run into its canonical form (see the module header). */
export function canonicalize(r: RawRun, cx: CanonicalContext): CanonicalRun {
  const status = { code: r.code, signal: r.signal };
  const norm = (text: string, rules: readonly NormalizeRule[]) => normalizeRunNoise(normalizeOutput(text, cx.normalize, rules));
  const drafts = cx.humanStderr ? draftsFromHuman(r.stderr) : draftsFromJson(r.stderr);
  const items: CanonicalItem[] = [];
  for (const d of drafts) {
    // Each item is normalized on its own: alloc ids are then numbered within the diagnostic, so
    // a reordering does not renumber them (rust-lang/rust#157333).
    const text = norm(d.text, cx.stderrRules);
    if (text.trim() === '') continue;
    const where = d.location === null ? null : norm(d.location, cx.stderrRules);
    items.push({
      kind: d.kind,
      text,
      sortKey: `${d.locKey === null ? '\u{10FFFF}' : norm(d.locKey, cx.stderrRules)}\0${text}`,
      // Summary lines pair with each other ("aborting due to 2…" became "…1…").
      anchor: d.kind === 'summary' ? 'summary' : `${d.anchorHead} ${where ?? text.split('\n')[0]}`,
      headline: headlineOf(text, where),
    });
  }
  const stdout = norm(r.stdout, cx.stdoutRules);
  const allText = items.map((i) => i.text).join('');
  const infra = infraReason(r);
  const ice = r.timedOut || infra ? null : iceSignature(allText, status);
  const statusKey = r.timedOut ? 'timeout' : `${r.code}/${r.signal}`;
  const sorted = [...items].sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
  return {
    status,
    items,
    stdout,
    timedOut: r.timedOut,
    infra,
    ice,
    fingerprint: hash([statusKey, infra ?? '', ...items.map((i) => i.text), '\u0001', stdout]),
    contentFingerprint: hash([statusKey, infra ?? '', ...sorted.map((i) => i.text), '\u0001', stdout]),
  };
}

/** The run as one text (items in order, then stdout), for diffs and the report. */
export function canonicalText(run: CanonicalRun): string {
  const body = run.items.map((i) => i.text).join('');
  return run.stdout === '' ? body : `${body}--- stdout ---\n${run.stdout}`;
}
