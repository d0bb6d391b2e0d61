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
 * failed consts in one operation, a const that reads a failed const, and a panic inside a
 * `const fn` (rustc points at the call with "inside `f`" notes).
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
import type { BackendContext, Instance, LoweredInstance } from './lower.js';
import { argsKey, constReadsOf, lowerDebugFormatter, lowerInstance, symbolOf } from './lower.js';
import { RUNTIME_SOURCE } from './runtime/source.js';

/** A const's failed evaluation: the error rustc reports once, at the first evaluation. */
export interface ConstFailure {
  readonly span: Span;
  readonly message: string;
}

/** A run that does not end is left to run time (rustc's `long_running_const_eval` is a lint). */
const TIME_LIMIT_MS = 10_000;

/** What `$rt.evalConst` hands back. */
interface EvalOutcome {
  readonly ok: boolean;
  readonly msg?: string;
  readonly loc?: unknown;
  readonly detail?: readonly unknown[] | null;
}

export class ConstEvaluator {
  private readonly cx: BackendContext;
  private context: vm.Context | null = null;
  /** Instances lowered into the context (or found not to lower), by key. */
  private readonly loaded = new Set<string>();
  private readonly results = new Map<string, ConstFailure | null>();
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
    return this.results.get(keyOf(inst)) ?? null;
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
      if (this.results.has(k) || seen.has(k)) continue;
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
      this.results.set(keyOf(inst), out && !out.ok ? this.failure(inst, out) : null);
    });
  }

  /** The E0080 error of a failed const: once per const (null after the first time). */
  errorOnce(inst: Instance, f: ConstFailure): Diagnostic | null {
    const key = `${inst.def}:${argsKey(inst.args)}`;
    if (this.reported.has(key)) return null;
    this.reported.add(key);
    return this.error(inst, f);
  }

  private error(inst: Instance, f: ConstFailure): Diagnostic {
    return new DiagnosticBuilder('error', f.message).withCode('E0080').primarySpan(f.span, `evaluation of \`${this.constName(inst)}\` failed here`).build();
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
    for (const inst of insts) {
      const f = this.evaluate(inst);
      const e = f && this.errorOnce(inst, f);
      if (e) out.push(e);
    }
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
        const first = this.errorOnce(r.inst, f);
        if (first) out.push(first);
        else if (args.length > 0 && !again.has(`${r.inst.def}`)) {
          again.add(`${r.inst.def}`);
          out.push(this.error(r.inst, f));
        }
        for (let n = 0; n < r.notes; n++) out.push(new DiagnosticBuilder('note', 'erroneous constant encountered', r.span).build());
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
        const f = this.evaluate(r.inst);
        if (!f) continue;
        const e = this.errorOnce(r.inst, f);
        if (e) {
          out.push(e);
          errors++;
        }
        // rustc notes the read where its collector meets it, and again where it checks the
        // body's required consts (once for a call's argument, which only the check sees).
        for (let n = 0; n < r.notes; n++) out.push(new DiagnosticBuilder('note', 'erroneous constant encountered', r.span).build());
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
    const m = typeof out.loc === 'string' ? /^@(\d+):(\d+):(\d+)$/.exec(out.loc) : null;
    const span: Span = m ? { lo: Number(m[1]), hi: Number(m[2]), ctxt: Number(m[3]) } : node.expr!.span;
    return { span, message: panicMessage(out.msg ?? '', out.detail ?? null) };
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
