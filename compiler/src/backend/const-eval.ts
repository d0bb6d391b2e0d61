/**
 * Compile-time evaluation of consts, as rustc's const evaluator reports it (E0080). A const's
 * initializer is lowered like any instance (lower.ts, in its `constEval` mode: a panic's location
 * is its span, overflow checks always on) and run in a `node:vm` context that holds the runtime;
 * a Rust panic there is the const's error: `evaluation panicked: <message>`, or for an integer
 * operation the operands rustc prints (`attempt to compute \`200_u8 + 100_u8\`, which would
 * overflow`), at the panic's span, labelled `evaluation of \`NAME\` failed here`.
 *
 * When rustc evaluates (and so when weftc does):
 * - free consts and statics, every one, during analysis (`--emit=metadata` too): `eagerErrors`;
 * - in a build, when a const that depends on no generic parameter failed (a free one, or an
 *   associated const of a non-generic impl that a body reads), rustc's MIR notes each read of it,
 *   fn body by fn body in definition order, and the build stops: `bodyDiagnostics`;
 * - otherwise, any const (an associated const of a generic impl too) when codegen instantiates a
 *   body that reads it (post-monomorphization): `postMonoDiagnostics` walks the instances depth
 *   first from `main` as rustc's collector does, and gives, at each read of a failed const, the
 *   "erroneous constant encountered" note(s), and, when a generic fn's body brought a new error,
 *   "the above error was encountered while instantiating `fn ...`" at the call that instantiated it.
 *
 * How many notes a read gets follows rustc's MIR (ConstRead.notes in lower.ts): one for a call's
 * argument, four / three for an operand of a checked `+ - *`, two elsewhere. Not modelled: a
 * `let` whose binding is only borrowed afterwards (one note), a read inside `format_args!`, two
 * failed consts in one operation. A panic inside a `const fn` is reported at the call in the
 * initializer with an "inside `f`" note per frame; a const that reads a failed const fails with
 * a note at the read (`ConstFailure`).
 *
 * A const whose initializer weftc cannot lower or run (an unsupported construct, a call without
 * type information, a run that does not end) is left alone: it is not an error here.
 *
 * Owns: const evaluation and its diagnostics. Must not: emit them (the driver does) or run on a
 * worker (one context, on the main thread, so the order of evaluation is the order of reads).
 */
import * as vm from 'node:vm';
import type { Span } from '../syntax/source-map.js';
import type { DefId } from '../sema/defs.js';
import type { GenericArg, Ty } from '../sema/ty/ty.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type * as A from '../syntax/ast.js';
import { DiagnosticBuilder, error } from '../diagnostics/diagnostic.js';
import { isTy, subst } from '../sema/ty/ty.js';
import { defPath, printTy } from '../sema/ty/print.js';
import { printEnv } from '../sema/context.js';
import type { BackendContext, ConstRead, Instance, LoweredInstance } from './lower.js';
import { argsKey, constReadsOf, lowerDebugFormatter, lowerInstance, symbolOf } from './lower.js';
import { RUNTIME_SOURCE } from './runtime/source.js';

/**
 * A const's failed evaluation, reported once, at the first evaluation: its own panic (with the
 * calls in progress, outermost first: the fn and the call site in its caller), or the failed
 * consts its initializer reads (rustc checks them before it runs the initializer).
 */
export type ConstFailure =
  | { readonly kind: 'panic'; readonly span: Span; readonly message: string; readonly frames: readonly { readonly fn: string; readonly site: Span }[] }
  | { readonly kind: 'reads'; readonly reads: readonly ConstRead[] };

/** A run that does not end is left to run time (rustc's `long_running_const_eval` is a lint). */
const TIME_LIMIT_MS = 10_000;

/** What `$rt.evalConst` hands back. */
interface EvalOutcome {
  readonly ok: boolean;
  readonly msg?: string;
  readonly loc?: unknown;
  readonly detail?: readonly unknown[] | null;
  readonly frames?: readonly (readonly [string, unknown])[];
}

export class ConstEvaluator {
  private readonly cx: BackendContext;
  private context: vm.Context | null = null;
  /** Instances lowered into the context (or found not to lower), by key. */
  private readonly loaded = new Set<string>();
  /** The outcome of running each const (its own panic, if any). */
  private readonly raw = new Map<string, ConstFailure | null>();
  /** The verdict: `raw`, unless the initializer reads a failed const. */
  private readonly results = new Map<string, ConstFailure | null>();
  /** The consts each const's initializer reads, from its lowering. */
  private readonly readsOf = new Map<string, ConstRead[]>();
  /** The instance of each lowered fn symbol (for "inside `f`"). */
  private readonly bySymbol = new Map<string, Instance>();
  /** Consts whose error has been reported (rustc reports a failed const once). */
  private readonly reported = new Set<string>();

  constructor(cx: Omit<BackendContext, 'overflowChecks' | 'constEval'>) {
    // rustc's evaluator checks every operation, whatever -C overflow-checks says.
    this.cx = { ...cx, overflowChecks: true, constEval: true };
  }

  /** True for a def whose value weftc evaluates: a local const or static with an initializer. */
  isConst(def: DefId): boolean {
    const d = this.cx.ctx.r.table.defs[def];
    if (!d || d.isStd || (d.kind !== 'const' && d.kind !== 'static' && d.kind !== 'assocConst')) return false;
    const node = d.node as A.ConstItem | A.StaticItem | null;
    return !!node && 'expr' in node && !!node.expr;
  }

  /** The failure of a const instance, or null when it evaluates (or cannot be evaluated here). */
  evaluate(inst: Instance): ConstFailure | null {
    this.evaluateAll([inst]);
    return this.verdict(inst, new Set());
  }

  /**
   * Evaluates the consts not evaluated yet, together: one script defines what they need, one
   * runs them all (a context switch per const would cost more than most initializers).
   */
  evaluateAll(insts: readonly Instance[]): void {
    const todo: Instance[] = [];
    const seen = new Set<string>();
    for (const i of insts) {
      const k = keyOf(i);
      if (this.raw.has(k) || seen.has(k)) continue;
      seen.add(k);
      todo.push(i);
    }
    if (todo.length === 0) return;
    const context = this.load(todo);
    const names = todo.map((i) => symbolOf(this.cx, i));
    let outs: readonly (EvalOutcome | null)[] | null = null;
    try {
      // A const whose function (or a callee's) is not defined, or that throws something other
      // than a Rust panic, gets no verdict (null); so do all of them after the time limit.
      outs = vm.runInContext(`${JSON.stringify(names)}.map((n) => { try { return $rt.evalConst(globalThis[n]); } catch { return null; } })`, context, { timeout: TIME_LIMIT_MS }) as (EvalOutcome | null)[];
    } catch {
      outs = null;
    }
    todo.forEach((inst, i) => {
      const out = outs?.[i] ?? null;
      this.raw.set(keyOf(inst), out && !out.ok ? this.failure(inst, out) : null);
    });
  }

  /** A const fails when a const its initializer reads fails (even on a path not taken), else by its run. */
  private verdict(inst: Instance, visiting: Set<string>): ConstFailure | null {
    const key = keyOf(inst);
    const known = this.results.get(key);
    if (known !== undefined) return known;
    if (visiting.has(key)) return this.raw.get(key) ?? null;
    visiting.add(key);
    const reads = (this.readsOf.get(key) ?? []).filter((r) => this.isConst(r.inst.def));
    this.evaluateAll(reads.map((r) => r.inst));
    const failed = reads.filter((r) => this.verdict(r.inst, visiting) !== null);
    const v: ConstFailure | null = failed.length > 0 ? { kind: 'reads', reads: failed } : (this.raw.get(key) ?? null);
    this.results.set(key, v);
    return v;
  }

  /**
   * What the first evaluation of a failed const reports (nothing after that): its E0080 error,
   * or, when it read failed consts, their reports and a note at each read.
   */
  reportOnce(inst: Instance): { diags: Diagnostic[]; errors: number } {
    const key = keyOf(inst);
    const f = this.evaluate(inst);
    if (!f || this.reported.has(key)) return { diags: [], errors: 0 };
    this.reported.add(key);
    if (f.kind === 'panic') return { diags: [this.error(inst, f)], errors: 1 };
    const diags: Diagnostic[] = [];
    let errors = 0;
    for (const r of f.reads) {
      const inner = this.reportOnce(r.inst);
      diags.push(...inner.diags);
      errors += inner.errors;
      diags.push(erroneousConstant(r.span));
    }
    return { diags, errors };
  }

  /** The E0080 error of a const that panicked (again, for a generic body's own evaluation). */
  private error(inst: Instance, f: ConstFailure & { kind: 'panic' }): Diagnostic {
    const what = `evaluation of \`${this.constName(inst)}\``;
    if (f.frames.length === 0) return new DiagnosticBuilder('error', f.message).withCode('E0080').primarySpan(f.span, `${what} failed here`).build();
    // A panic inside a call: the error at the call in the initializer, a note per frame.
    const b = new DiagnosticBuilder('error', f.message).withCode('E0080').primarySpan(f.frames[0]!.site, `${what} failed inside this call`);
    f.frames.forEach((fr, i) => {
      const next = f.frames[i + 1];
      const at = next ? next.site : f.span;
      b.note(`inside \`${fr.fn}\``, { primary: [at], labels: next ? [] : [{ span: at, label: 'the failure occurred here' }] });
    });
    return b.build();
  }

  /**
   * What rustc reports while analysing the crate: the errors of the local free consts and
   * statics, in definition order.
   */
  eagerErrors(): Diagnostic[] {
    const out: Diagnostic[] = [];
    const { defs, stdCount } = this.cx.ctx.r.table;
    const insts: Instance[] = [];
    for (let i = stdCount; i < defs.length; i++) {
      const d = defs[i]!;
      if ((d.kind === 'const' || d.kind === 'static') && this.isConst(i as DefId)) insts.push({ def: i as DefId, args: [] });
    }
    this.evaluateAll(insts);
    for (const inst of insts) out.push(...this.reportOnce(inst).diags);
    return out;
  }

  /**
   * What a build reports after analysis: when a const that depends on no generic parameter
   * failed (`failedBeforeCodegen`), rustc's MIR of each fn body notes its reads of it, body by
   * body in definition order, and the build stops there (`bodyDiagnostics`); otherwise its
   * collector walks the instances and evaluates what they read (`postMonoDiagnostics`).
   */
  buildDiagnostics(main: Instance, lowered: ReadonlyMap<string, { readonly inst: Instance; readonly lowered: LoweredInstance }>): Diagnostic[] {
    return this.failedBeforeCodegen(lowered) ? this.bodyDiagnostics() : this.postMonoDiagnostics(main, lowered);
  }

  /** True when a const of no generic args failed: a free one, or one that an instance reads. */
  private failedBeforeCodegen(lowered: ReadonlyMap<string, { readonly lowered: LoweredInstance }>): boolean {
    if ([...this.results.values()].some((r) => r !== null)) return true;
    // (the eager consts have their verdicts in `results`)
    const reads: Instance[] = [];
    for (const { lowered: l } of lowered.values()) for (const r of l.constReads ?? []) if (this.isConst(r.inst.def)) reads.push(r.inst);
    // All of them at once (the walk after this one reads the generic ones from the cache).
    this.evaluateAll(reads);
    return reads.some((i) => i.args.length === 0 && this.evaluate(i) !== null);
  }

  /**
   * The notes of rustc's MIR at the reads of failed consts that depend on no generic parameter,
   * fn body by fn body in definition order (called or not; a generic body once, and its reads
   * evaluate the const again in its own environment: the error is emitted anew).
   */
  bodyDiagnostics(): Diagnostic[] {
    const out: Diagnostic[] = [];
    const { ctx } = this.cx;
    const { defs, stdCount } = ctx.r.table;
    for (let i = stdCount; i < defs.length; i++) {
      const d = defs[i]!;
      if ((d.kind !== 'fn' && d.kind !== 'assocFn') || !this.cx.typeck.has(i as DefId)) continue;
      const args = identityArgs(ctx.sigs.generics, i as DefId);
      const again = new Set<string>();
      for (const r of constReadsOf(this.cx, { def: i as DefId, args })) {
        if (r.inst.args.length > 0 || !this.isConst(r.inst.def)) continue;
        const f = this.evaluate(r.inst);
        if (!f) continue;
        const first = this.reportOnce(r.inst).diags;
        if (first.length > 0) out.push(...first);
        else if (f.kind === 'panic' && args.length > 0 && !again.has(`${r.inst.def}`)) {
          again.add(`${r.inst.def}`);
          out.push(this.error(r.inst, f));
        }
        for (let n = 0; n < r.notes; n++) out.push(erroneousConstant(r.span));
      }
    }
    return out;
  }

  /**
   * Post-monomorphization: the instances as rustc's collector walks them (depth first from
   * `main`, a body's reads before its callees), with the errors and notes of the consts they read.
   */
  postMonoDiagnostics(main: Instance, lowered: ReadonlyMap<string, { readonly inst: Instance; readonly lowered: LoweredInstance }>): Diagnostic[] {
    const out: Diagnostic[] = [];
    const mainKey = `${main.def}:${argsKey(main.args)}`;
    const visited = new Set<string>();
    const stack: { key: string; span: Span | null }[] = [{ key: mainKey, span: null }];
    while (stack.length > 0) {
      const { key, span } = stack.pop()!;
      if (visited.has(key)) continue;
      visited.add(key);
      const entry = lowered.get(key);
      if (!entry) continue;
      const { inst, lowered: l } = entry;
      let errors = 0;
      for (const r of l.constReads ?? []) {
        if (!this.isConst(r.inst.def)) continue;
        if (!this.evaluate(r.inst)) continue;
        const first = this.reportOnce(r.inst);
        out.push(...first.diags);
        errors += first.errors;
        // rustc notes the read where its collector meets it, and again where it checks the
        // body's required consts (once for a call's argument, which only the check sees).
        for (let n = 0; n < r.notes; n++) out.push(erroneousConstant(r.span));
      }
      if (errors > 0 && span !== null && inst.def !== -1 && inst.args.length > 0 && !this.cx.ctx.r.table.defs[inst.def]!.isStd) {
        out.push(new DiagnosticBuilder('note', `the above error was encountered while instantiating \`fn ${this.instanceName(inst)}\``, span).build());
      }
      const next: { key: string; span: Span | null }[] = [];
      l.callees.forEach((c, i) => {
        if (c.def !== -1 && this.isConst(c.def)) return;
        next.push({ key: `${c.def}:${argsKey(c.args)}`, span: l.calleeSpans?.[i] ?? null });
      });
      for (let i = next.length - 1; i >= 0; i--) stack.push(next[i]!);
    }
    return out;
  }

  // -- loading ----------------------------------------------------------------------------------

  /**
   * Lowers the instances and what they call (those not loaded yet) and defines them in the
   * context. One that cannot be lowered is never defined: calling it throws, which `evaluateAll`
   * takes as "no verdict" for whichever const reaches it.
   */
  private load(roots: readonly Instance[]): vm.Context {
    if (this.context === null) {
      this.context = vm.createContext(sandbox());
      vm.runInContext(RUNTIME_SOURCE, this.context);
    }
    const js: string[] = [];
    const work: Instance[] = [...roots];
    while (work.length > 0) {
      const inst = work.pop()!;
      const key = keyOf(inst);
      if (this.loaded.has(key)) continue;
      this.loaded.add(key);
      let l: LoweredInstance | null = null;
      try {
        l = inst.def === -1 ? lowerDebugFormatter(this.cx, inst) : lowerInstance(this.cx, inst);
      } catch {
        // A body the back end never had to lower before (check builds evaluate every const):
        // no verdict rather than a crash.
        l = null;
      }
      if (!l || l.unsupported) continue;
      this.bySymbol.set(l.symbol, inst);
      if (inst.def !== -1 && this.isConst(inst.def)) this.readsOf.set(key, l.constReads ?? []);
      js.push(l.js);
      work.push(...l.callees);
    }
    try {
      vm.runInContext(js.join('\n'), this.context, { timeout: TIME_LIMIT_MS });
    } catch {
      // Definitions that do not run: their consts get no verdict.
    }
    return this.context;
  }

  // -- messages ---------------------------------------------------------------------------------

  private failure(inst: Instance, out: EvalOutcome): ConstFailure {
    const node = this.cx.ctx.r.table.defs[inst.def]!.node as A.ConstItem | A.StaticItem;
    const span: Span = spanOf(out.loc) ?? node.expr!.span;
    const frames = (out.frames ?? []).map(([sym, site]) => {
      const fi = this.bySymbol.get(sym);
      return { fn: fi ? this.instanceName(fi) : sym, site: spanOf(site) ?? span };
    });
    return { kind: 'panic', span, message: panicMessage(out.msg ?? '', out.detail ?? null), frames };
  }

  /** `LIMIT`, `Checked::<u8>::SIZE`, `<Big as Shape>::SIDES`: a const as rustc names it. */
  constName(inst: Instance): string {
    return this.instanceName(inst);
  }

  /** An instance's path with its generic args, as rustc prints it (`build::<u8>`). */
  instanceName(inst: Instance): string {
    const { ctx } = this.cx;
    const env = printEnv(ctx);
    const defs = ctx.r.table.defs;
    const d = defs[inst.def]!;
    const g = ctx.sigs.generics[inst.def];
    const parentCount = g?.parentCount ?? 0;
    const own = inst.args.slice(parentCount);
    const ownStr = own.length > 0 ? `::<${own.map((a) => argStr(env, a)).join(', ')}>` : '';
    const implIdx = d.parent !== null ? ctx.sigs.implOfDef.get(d.parent) : undefined;
    if (implIdx !== undefined) {
      const impl = ctx.sigs.impls[implIdx]!;
      const implArgs = inst.args.slice(0, parentCount);
      const self = printTy(env, subst(impl.selfTy, implArgs));
      let base: string;
      if (impl.traitRef) {
        const targs = impl.traitRef.args.slice(1).map((a) => (isTy(a) ? printTy(env, subst(a, implArgs)) : argStr(env, a)));
        base = `<${self} as ${defPath(env, impl.traitRef.trait)}${targs.length > 0 ? `<${targs.join(', ')}>` : ''}>`;
      } else base = /^[A-Za-z_]/.test(self) ? self.replace('<', '::<') : `<${self}>`;
      return `${base}::${d.name}${ownStr}`;
    }
    return `${defPath(env, inst.def)}${ownStr}`;
  }
}

/** A generic def's own parameters as its args (`T` for `T`): its body as written. */
function identityArgs(generics: readonly (import('../sema/collect/types.js').Generics | undefined)[], def: DefId): GenericArg[] {
  const out: GenericArg[] = [];
  const add = (d: DefId | null) => {
    if (d === null) return;
    const g = generics[d];
    if (!g) return;
    add(g.parent);
    for (const p of g.params) out[p.index] = { k: 'param', index: p.index, name: p.name };
  };
  add(def);
  for (let i = 0; i < out.length; i++) out[i] ??= { k: 'error' };
  return out;
}

/** The span a const-eval location stands for (`@lo:hi:ctxt`, see lower.ts `loc`). */
function spanOf(loc: unknown): Span | null {
  const m = typeof loc === 'string' ? /^@(\d+):(\d+):(\d+)$/.exec(loc) : null;
  return m ? { lo: Number(m[1]), hi: Number(m[2]), ctxt: Number(m[3]) } : null;
}

function erroneousConstant(span: Span): Diagnostic {
  return new DiagnosticBuilder('note', 'erroneous constant encountered', span).build();
}

function keyOf(inst: Instance): string {
  return `${inst.def}:${argsKey(inst.args)}`;
}

function argStr(env: ReturnType<typeof printEnv>, a: GenericArg): string {
  return isTy(a) ? printTy(env, a as Ty) : String((a as { value?: unknown }).value ?? '_');
}

/** What the program sees as `process` while a const runs: no output, no environment. */
function sandbox(): Record<string, unknown> {
  const sink = { write: () => true };
  return { process: { env: {}, pid: 0, argv: [], stdout: sink, stderr: sink, exitCode: 0 }, Buffer };
}

const INT_BITS: Record<string, number> = { i8: 8, i16: 16, i32: 32, i64: 64, i128: 128, isize: 64, u8: 8, u16: 16, u32: 32, u64: 64, u128: 128, usize: 64 };

/** A scalar as rustc's const evaluator prints an operand: `200_u8`, `-1_i32`, `u32::MAX`, `i8::MIN`. */
export function intOperand(ty: string, value: unknown): string {
  const bits = BigInt(INT_BITS[ty] ?? 64);
  const v = BigInt(value as number | bigint);
  if (ty.startsWith('i')) {
    if (v === -(1n << (bits - 1n))) return `${ty}::MIN`;
    if (v === (1n << (bits - 1n)) - 1n) return `${ty}::MAX`;
  } else if (v === (1n << bits) - 1n) return `${ty}::MAX`;
  return `${v}_${ty}`;
}

/** rustc's message for a panic in const evaluation. */
export function panicMessage(msg: string, detail: readonly unknown[] | null): string {
  if (detail && typeof detail[0] === 'string' && typeof detail[1] === 'string') {
    const [op, ty] = detail as [string, string];
    const a = intOperand(ty, detail[2]);
    switch (op) {
      case '+':
      case '-':
      case '*':
      case '/':
      case '%':
        return `attempt to compute \`${a} ${op} ${intOperand(ty, detail[3])}\`, which would overflow`;
      case '/0':
        return `attempt to divide \`${a}\` by zero`;
      case '%0':
        return `attempt to calculate the remainder of \`${a}\` with a divisor of zero`;
      case 'neg':
        return `attempt to negate \`${a}\`, which would overflow`;
      case '<<':
        return `attempt to shift left by \`${a}\`, which would overflow`;
      case '>>':
        return `attempt to shift right by \`${a}\`, which would overflow`;
    }
  }
  return `evaluation panicked: ${msg}`;
}
