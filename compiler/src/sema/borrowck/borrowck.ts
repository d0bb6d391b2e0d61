/**
 * Moves and simple borrows for one body that type checked (rustc's MIR borrowck, for the cases
 * an AST walk decides exactly):
 *
 * - E0382 use/borrow of a moved local, or of a moved field (`b.tasks` after `let t = b.tasks;`),
 *   with rustc's labels: where the value was moved (a call argument, a method taking `self`, a
 *   `for` loop, an earlier loop iteration, a closure) and its notes and help;
 * - E0381 using a local declared without a value before every path initializes it ("isn't
 *   initialized", with a value to assign, or "is possibly-uninitialized"; a `loop` is taken to
 *   initialize what it assigns, since its `break` exits are not tracked);
 * - E0384 assigning twice to an immutable local or to an immutable argument, E0594 assigning to
 *   a field of an immutable local, E0596 borrowing an immutable local mutably;
 * - E0499/E0502 for a borrow held in a local (`let r = &mut v;`, `let it = v.iter();`) or by a
 *   `for` loop's iterator (`for x in v.iter()`, used again at each iteration) that a later
 *   conflicting borrow of the same place overlaps while the holder is used afterwards; a place
 *   is a local or a chain of fields rooted at one (`self.lines`, through references);
 * - E0596 for a field borrowed mutably through a `&` or an immutable local (`log.lines.push(x)`);
 * - E0505/E0506 for a local moved out or assigned to while such a held borrow of it (or of a field
 *   in it) is used afterwards, with rustc's clone suggestion for the borrowed expression;
 * - E0515 for a returned reference into the body's own locals (`&x`, `&p.f`, `&v[..]`,
 *   `owned.as_str()`);
 * - E0507/E0508 for a value moved out of a place rooted at a local through one step it may not
 *   move out of: a reference (`*r`, `p.name`), `Index` (`v[0]`), an array or slice index
 *   (`a[0]`), in a closure only for its own locals; not where rustc adds notes of its own (a
 *   `for` loop's iterator, an operator's operand, `?`);
 * - E0373 for a closure that must outlive `'static` (a parameter bounded `F: 'static`, as
 *   `thread::spawn`'s) and borrows a local; E0716 for a temporary (`String::from(..).as_str()`)
 *   borrowed by a `let` binding used after its statement;
 * - E0597 for a block's local dropped at its closing brace while a longer-lived local holds a
 *   borrow of it (`r = &x;`, passed on through `v = inner;`) and is used afterwards;
 * - closures: a closure's body is walked for the locals it captures and how (shared, mutable, by
 *   value; `move`); at the closure the captured locals are moved into it or borrowed by it, the
 *   borrow held by the binding it is stored in, with rustc's "due to use in closure" labels.
 *   Captures through a field (edition 2021 captures that place) are not modelled.
 *
 * The walk follows evaluation order with one state per control-flow path (branches fork and
 * join; loop bodies are walked twice, so a move reaches the next iteration). Like rustc, the
 * errors are sorted by their primary span.
 *
 * Owns: these checks and their wording. Must not: run on bodies with type or match errors.
 */
import type * as A from '../../syntax/ast.js';
import type { NodeId } from '../../syntax/ast.js';
import type { Span } from '../../syntax/source-map.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { DefId } from '../defs.js';
import type { Region, Ty } from '../ty/ty.js';
import { isTy, subst as substTy } from '../ty/ty.js';
import type { FnCtxt } from '../typeck/fcx.js';
import { span as mkSpan } from '../../syntax/source-map.js';
import { error } from '../../diagnostics/diagnostic.js';
import { sx } from '../ast-ext.js';
import { defSpan } from '../spans.js';
import { autoderefSteps } from '../typeck/coerce.js';
import { Visitor } from '../visit.js';
import { indentationBefore } from '../patterns/check-match.js';

interface Local {
  readonly id: NodeId;
  readonly name: string;
  readonly identSpan: Span;
  readonly isMut: boolean;
  readonly isParam: boolean;
  readonly ty: Ty;
  readonly copy: boolean;
  /** Bound by matching a place (a destructuring `let`, a `match` arm, `if let`). */
  readonly matched: boolean;
}

interface MoveSite {
  readonly span: Span;
  readonly kind: 'plain' | 'call' | 'method' | 'for';
  readonly fnDef?: DefId;
  readonly argIndex?: number;
  readonly methodDef?: DefId;
  /** The method segment and arguments (`into_iter()`), or the `for` loop's iterator. */
  readonly callSpan?: Span;
  readonly loops: readonly NodeId[];
  readonly pass: number;
  /** Moved by a shorthand field (`S { name }`): the clone suggestion spells the field out. */
  readonly shorthand?: string;
  /** A partial move (`let n = s.name;`): the field path (`name`) and its type. */
  readonly field?: { readonly path: string; readonly ty: Ty };
  /** Moved into a closure: its head (`||`, `move ||`) and the use inside that captured it (`span` is that use). */
  readonly closure?: { readonly head: Span; readonly use: Span; readonly isMove: boolean; readonly stmt: Span | null };
}

/** How a closure captures a local of its enclosing body, and the use inside that decided it. */
interface Capture {
  readonly local: Local;
  mode: 'move' | 'mut' | 'shared';
  useSpan: Span;
  /** The by-value use's move site inside the closure (a call argument, a `self` method...). */
  site: Omit<MoveSite, 'loops' | 'pass' | 'span'> | null;
  /** Reached through a field or index (edition 2021 captures that place, not the local). */
  imprecise: boolean;
}

interface State {
  dead: boolean;
  moved: Map<NodeId, MoveSite[]>;
  /** Immutable locals: where they were first assigned ('init': declared with a value). */
  assigned: Map<NodeId, Span | 'init'>;
  /** Locals declared without a value and not initialized on every path here: where they were on some. */
  uninit: Map<NodeId, Span[]>;
  /** Where each local declared without a value was initialized on this path. */
  initAt: Map<NodeId, Span>;
}

type Branch = readonly (readonly [NodeId, number])[];

/**
 * A place rooted at a local: the local itself or a chain of fields (`self.lines`, `a.b.c`),
 * through references (auto-deref). `key` identifies it for conflicts; `name` is how rustc
 * describes it (`self.lines`, the deref of a reference left implicit).
 */
interface PlaceRef {
  readonly local: Local;
  readonly key: string;
  readonly name: string;
  /** The strongest reference the place is reached through: null (owned), 'mut' or 'shared'. */
  readonly through: 'mut' | 'shared' | null;
}

interface BorrowEvent {
  readonly place: string;
  readonly name: string;
  readonly mut: boolean;
  readonly span: Span;
  /** A two-phase borrow (`v.push(x)`): where it is activated, the whole call. */
  readonly activation: Span | null;
  readonly pos: number;
  readonly path: Branch;
  holder: NodeId | null;
  /** The borrowed expression rustc's `suggest_cloning` would clone (`s` in `&s`, `v` in `&v[0]`). */
  clone?: { readonly span: Span; readonly ty: Ty };
  /** A closure's capture: the use inside the closure (the borrow's span is the closure's head). */
  closureUse?: Span;
  /** Held since this position (an assignment `r = &x` reassigns its holder after the borrow). */
  holderSince?: number;
}

/** A whole local moved, or assigned to (for E0505/E0506 against the borrows still held). */
interface PlaceEvent {
  readonly local: Local;
  readonly span: Span;
  readonly pos: number;
  readonly path: Branch;
}

interface UseEvent {
  readonly local: NodeId;
  readonly span: Span;
  readonly pos: number;
  readonly path: Branch;
}

interface LoopInfo {
  readonly id: NodeId;
  readonly head: Span;
}

export function borrowck(fcx: FnCtxt, params: readonly A.Param[], body: A.Block | A.Expr | null): void {
  if (!body) return;
  const b = new Checker(fcx);
  for (const p of params) {
    b.declare(p.pat, true, true);
    if (p.pat.kind === 'ident') b.paramTys.set(p.pat.id, p.ty.span);
  }
  if ('stmts' in body) b.block(body, 'move');
  else b.expr(body, 'move');
  // What a fn body returns: its tail expression (`return e` is checked where it is walked).
  const last = 'stmts' in body ? body.stmts[body.stmts.length - 1] : undefined;
  if (last && last.kind === 'expr') b.returned(last.expr);
  b.checkBorrows();
  b.errors.sort((x, y) => (x.span.primary[0]?.lo ?? 0) - (y.span.primary[0]?.lo ?? 0));
  for (const e of b.errors) fcx.report(e);
}

type Ctx = 'move' | 'borrow' | 'place';

class Checker {
  readonly errors: Diagnostic[] = [];
  private readonly locals = new Map<NodeId, Local>();
  private state: State = { dead: false, moved: new Map(), assigned: new Map(), uninit: new Map(), initAt: new Map() };
  private readonly reported = new Set<string>();
  private readonly loops: LoopInfo[] = [];
  private readonly loopHeads = new Map<NodeId, Span>();
  private pass = 0;
  private pos = 0;
  private path: [NodeId, number][] = [];
  private readonly borrows: BorrowEvent[] = [];
  private readonly uses: UseEvent[] = [];
  private readonly reassigns: UseEvent[] = [];
  private readonly moveEvents: PlaceEvent[] = [];
  private readonly assignEvents: PlaceEvent[] = [];
  /** Locals going out of scope at the end of their block (`span`: its closing brace). */
  private readonly dropEvents: PlaceEvent[] = [];
  /** The borrows by the local at their place's root, built once the walk is over (`borrowsOf`). */
  private byRoot: Map<string, BorrowEvent[]> | null = null;
  /** The locals each enclosing block declared, innermost last. */
  private readonly scopes: Local[][] = [];
  /** Locals declared without a value: where `= value` would go (after the type, or the pattern). */
  private readonly letTyEnd = new Map<NodeId, number>();
  private closureDepth = 0;
  /** The closures being walked, innermost last: their captures, and the locals declared outside. */
  private readonly closures: { readonly outer: ReadonlySet<NodeId>; readonly captures: Map<NodeId, Capture> }[] = [];
  /** The call whose argument (a closure) must outlive `'static` (`thread::spawn(|| ..)`). */
  private staticArg: { readonly call: Span; readonly closure: NodeId } | null = null;
  /** Borrows of a temporary (`String::from("x").as_str()`) held by a `let` past its statement. */
  private readonly tempBorrows: { readonly span: Span; readonly macro: boolean; readonly end: Span; readonly holder: NodeId; readonly pos: number; readonly path: Branch; readonly stmt: Span }[] = [];
  /** The statement being walked (where rustc puts `let value = x.clone();`). */
  private stmtSpan: Span | null = null;
  /** The initializer of the `let` being walked, when it binds the whole value to a name. */
  private letInit: NodeId | null = null;
  /**
   * Operands whose move rustc explains with more than E0507's own words (a `for` loop's
   * `into_iter`, an operator taking its operand by value, `?`): not reported here.
   */
  private readonly movedWithNotes = new Set<NodeId>();
  /** Parameter binding → the span of its written type. */
  readonly paramTys = new Map<NodeId, Span>();
  private readonly copyTrait: DefId | null;

  constructor(private readonly fcx: FnCtxt) {
    this.copyTrait = fcx.ctx.sigs.lang.get('copy') ?? null;
  }

  // -- locals -------------------------------------------------------------------------------------

  declare(p: A.Pat, isParam: boolean, initialized: boolean, fromMatch = false): Local[] {
    const declared: Local[] = [];
    const matched = !isParam && (fromMatch || p.kind !== 'ident');
    const visit = (q: A.Pat) => {
      if (q.kind === 'ident') {
        const r = this.fcx.ctx.resolutions.get(q.id);
        if (r && r.res.kind === 'local' && r.res.id === q.id) {
          const t = this.fcx.locals.get(q.id);
          const ty = t ? this.fcx.resolve(t) : ({ k: 'error' } as Ty);
          const l: Local = { id: q.id, name: q.ident.name, identSpan: q.ident.span, isMut: q.binding.mutability === 'mut' && q.binding.byRef === null, isParam, ty, copy: this.isCopy(ty), matched };
          this.locals.set(q.id, l);
          declared.push(l);
          this.state.moved.delete(q.id);
          if (initialized) this.state.assigned.set(q.id, 'init');
          else this.state.assigned.delete(q.id);
          if (initialized || isParam) this.state.uninit.delete(q.id);
          else this.state.uninit.set(q.id, []);
          this.state.initAt.delete(q.id);
        }
        if (q.sub) visit(q.sub);
        return;
      }
      forEachSubPat(q, visit);
    };
    visit(p);
    return declared;
  }

  private isClone(t: Ty): boolean {
    const clone = this.fcx.ctx.sigs.lang.get('clone');
    if (clone === undefined) return true;
    return this.fcx.fulfill.evaluate(clone, [t]) !== 'no';
  }

  private isCopy(t: Ty): boolean {
    if (t.k === 'error' || t.k === 'infer' || t.k === 'param') return true;
    if (this.copyTrait === null) return true;
    return this.fcx.fulfill.evaluate(this.copyTrait, [t]) !== 'no';
  }

  private localOf(e: A.Expr): Local | null {
    if (e.kind === 'paren') return this.localOf(e.expr);
    if (e.kind !== 'path') return null;
    const r = this.fcx.ctx.resolutions.get(e.id);
    if (!r || r.res.kind !== 'local' || r.unresolved > 0) return null;
    return this.locals.get(r.res.id) ?? null;
  }

  // -- states -------------------------------------------------------------------------------------

  private fork(from: State = this.state): State {
    return {
      dead: from.dead,
      moved: new Map([...from.moved].map(([k, v]) => [k, [...v]])),
      assigned: new Map(from.assigned),
      uninit: new Map([...from.uninit].map(([k, v]) => [k, [...v]])),
      initAt: new Map(from.initAt),
    };
  }

  private join(states: readonly State[]): State {
    const live = states.filter((s) => !s.dead);
    if (live.length === 0) return { dead: true, moved: new Map(), assigned: new Map(), uninit: new Map(), initAt: new Map() };
    const out: State = { dead: false, moved: new Map(), assigned: new Map(), uninit: new Map(), initAt: new Map() };
    for (const s of live) {
      for (const [k, v] of s.moved) {
        const l = out.moved.get(k) ?? [];
        for (const m of v) if (!l.some((x) => x.span.lo === m.span.lo && x.span.hi === m.span.hi)) l.push(m);
        out.moved.set(k, l);
      }
      for (const [k, v] of s.assigned) if (!out.assigned.has(k)) out.assigned.set(k, v);
      for (const [k, v] of s.initAt) if (!out.initAt.has(k)) out.initAt.set(k, v);
    }
    // Uninitialized on some path: possibly uninitialized, with where the other paths initialize it.
    for (const s of live) {
      for (const k of s.uninit.keys()) {
        if (out.uninit.has(k)) continue;
        const sites: Span[] = [];
        for (const o of live) {
          const here = o.uninit.get(k);
          const at = o.initAt.get(k);
          for (const x of here ?? (at ? [at] : [])) if (!sites.some((y) => y.lo === x.lo && y.hi === x.hi)) sites.push(x);
        }
        out.uninit.set(k, sites);
      }
    }
    return out;
  }

  private branch<T>(node: NodeId, arms: readonly T[], f: (a: T) => void): void {
    const start = this.state;
    const ends: State[] = [];
    arms.forEach((a, i) => {
      this.state = this.fork(start);
      this.path.push([node, i]);
      f(a);
      this.path.pop();
      ends.push(this.state);
    });
    this.state = this.join(ends);
  }

  // -- events -------------------------------------------------------------------------------------

  /** `viaField`: the use reaches `l` through a field, index or deref (`l.x`), not as a whole. */
  private use(l: Local, span: Span, borrow: boolean, viaField = false, derefTo: Ty | null = null, fieldPath: string | null = null, closureUse: Span | null = null): void {
    if (this.closureDepth > 0) {
      this.capture(l, 'shared', span, viaField || fieldPath !== null);
      return;
    }
    this.uses.push({ local: l.id, span, pos: this.pos++, path: [...this.path] });
    const uninit = this.state.uninit.get(l.id);
    if (uninit && !this.state.dead && !viaField && closureUse === null) {
      this.state.uninit.delete(l.id);
      this.reportUninit(l, span, uninit);
      return;
    }
    const moves = this.state.moved.get(l.id);
    if (!moves || moves.length === 0 || this.state.dead) return;
    const whole = moves.filter((m) => m.field === undefined);
    if (whole.length === 0 && viaField) {
      // A use of a moved field, or of a place inside it (`s.name` after `let n = s.name;`).
      const m = fieldPath === null ? undefined : [...moves].reverse().find((x) => x.field !== undefined && (fieldPath === x.field.path || fieldPath.startsWith(`${x.field.path}.`)));
      const key = `${span.lo}:${span.hi}`;
      if (m && !this.reported.has(key)) {
        this.reported.add(key);
        this.reportFieldMoved(l, span, borrow, m);
      }
      return;
    }
    const key = `${span.lo}:${span.hi}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    if (whole.length === 0) this.reportPartiallyMoved(l, span, borrow, moves);
    else this.reportMoved(l, span, borrow, whole, derefTo, closureUse);
  }

  /** E0381: a use of a local declared without a value, on a path (or on every path) that left it so. */
  private reportUninit(l: Local, span: Span, initSites: readonly Span[]): void {
    const possibly = initSites.length > 0;
    const d = error(`used binding \`${l.name}\` ${possibly ? 'is possibly-uninitialized' : "isn't initialized"}`, span).withCode('E0381');
    d.label(l.identSpan, 'binding declared here but left uninitialized');
    for (const x of initSites) d.label(x, 'binding initialized here in some conditions');
    d.label(span, `\`${l.name}\` used here but it ${possibly ? 'is possibly-uninitialized' : "isn't initialized"}`);
    const value = possibly ? null : defaultValueText(this.fcx, l.ty);
    const at = this.letTyEnd.get(l.id);
    if (value !== null && at !== undefined) d.suggest('consider assigning a value', [{ span: mkSpan(at, at), snippet: ` = ${value}` }], 'MaybeIncorrect', 'ShowAlways');
    this.errors.push(d.build());
  }

  /** A use of `l` inside the closures being walked: a capture of each that `l` is outside of. */
  private capture(l: Local, mode: Capture['mode'], span: Span, imprecise = false, site: Capture['site'] = null): void {
    const rank = { shared: 0, mut: 1, move: 2 } as const;
    for (const c of this.closures) {
      if (!c.outer.has(l.id)) continue;
      const have = c.captures.get(l.id);
      if (!have) c.captures.set(l.id, { local: l, mode, useSpan: span, site, imprecise });
      else {
        have.imprecise ||= imprecise;
        if (rank[mode] > rank[have.mode]) {
          have.mode = mode;
          have.useSpan = span;
          have.site = site;
        }
      }
    }
  }

  /**
   * A closure expression: its body is walked for captures (nothing in it moves or borrows in the
   * enclosing body's flow), then each captured local is moved into the closure (by-value uses of a
   * non-`Copy` value, or any with `move`) or borrowed by it, shared or mutably, at its head.
   */
  private closure(e: A.Expr & { kind: 'closure' }): void {
    const c = e.closure;
    this.closures.push({ outer: new Set(this.locals.keys()), captures: new Map() });
    this.closureDepth++;
    // Its parameters are its own locals (not captures).
    for (const p of c.decl.inputs) this.declare(p.pat, true, true);
    this.expr(c.body, 'move');
    this.closureDepth--;
    const { captures } = this.closures.pop()!;
    const isMove = c.capture.kind === 'value';
    const head = c.declSpan;
    // E0373: a closure that must outlive `'static` borrows a local of this body.
    if (!isMove && this.closureDepth === 0 && this.staticArg?.closure === e.id) {
      const cap = [...captures.values()].find((x) => x.mode !== 'move' && !x.imprecise && !x.local.copy) ?? [...captures.values()].find((x) => x.mode !== 'move' && !x.imprecise);
      if (cap) {
        const name = cap.local.name;
        const d = error(`closure may outlive the current function, but it borrows \`${name}\`, which is owned by the current function`, head).withCode('E0373');
        d.label(head, `may outlive borrowed value \`${name}\``);
        d.label(cap.useSpan, `\`${name}\` is borrowed here`);
        d.child({ level: 'note', message: "function requires argument type to outlive `'static`", span: { primary: [this.staticArg.call], labels: [] } });
        d.suggest(`to force the closure to take ownership of \`${name}\` (and any other referenced variables), use the \`move\` keyword`, [{ span: mkSpan(head.lo, head.lo), snippet: 'move ' }], 'MachineApplicable', 'ShowAlways');
        this.errors.push(d.build());
        return;
      }
    }
    for (const cap of captures.values()) {
      const l = cap.local;
      if (this.closureDepth > 0) {
        // Nested: the enclosing closure captures what this one does.
        this.capture(l, isMove && !l.copy ? 'move' : cap.mode, cap.useSpan, cap.imprecise, cap.site);
        continue;
      }
      // Edition 2021 captures the place used (`a.b`), which rustc then names; not modelled.
      if (cap.imprecise) continue;
      if (cap.mode === 'move' || isMove) {
        if (l.copy) {
          this.use(l, head, false, false, null, null, cap.useSpan);
          continue;
        }
        // A `self` method moving it inside gets rustc's plain clone help, not the method's note.
        const site = cap.site && cap.site.kind !== 'method' ? cap.site : { kind: 'plain' as const };
        this.use(l, head, false, false, null, null, cap.useSpan);
        if (!this.state.dead) this.moveEvents.push({ local: l, span: head, pos: this.pos++, path: [...this.path] });
        this.state.moved.set(l.id, [{ ...site, span: cap.useSpan, closure: { head, use: cap.useSpan, isMove: isMove && cap.mode !== 'move', stmt: this.stmtSpan }, loops: this.loops.map((x) => x.id), pass: this.pass }]);
        continue;
      }
      this.use(l, head, true, false, null, null, cap.useSpan);
      const b = this.recordBorrow(l, cap.mode === 'mut', head);
      if (b) b.closureUse = cap.useSpan;
    }
  }

  /** `let n = s.name;` with a non-`Copy` field: `s` is partially moved. */
  private movePartial(p: PlaceRef, span: Span, ty: Ty): void {
    this.use(p.local, span, false, true, null, fieldPathOf(p));
    const path = fieldPathOf(p);
    if (this.closureDepth > 0 || path === null) return;
    const prev = (this.state.moved.get(p.local.id) ?? []).filter((m) => m.field !== undefined && m.field.path !== path);
    prev.push({ kind: 'plain', span, loops: this.loops.map((x) => x.id), pass: this.pass, field: { path, ty } });
    this.state.moved.set(p.local.id, prev);
  }

  /** Assigning a field (`s.name = x`) initializes it again. */
  private reinitField(p: PlaceRef): void {
    const path = p.key.slice(p.key.indexOf('.') + 1);
    const moves = this.state.moved.get(p.local.id);
    if (!moves) return;
    const left = moves.filter((m) => m.field === undefined || (m.field.path !== path && !m.field.path.startsWith(`${path}.`)));
    if (left.length > 0) this.state.moved.set(p.local.id, left);
    else this.state.moved.delete(p.local.id);
  }

  private move(l: Local, span: Span, site: Omit<MoveSite, 'loops' | 'pass' | 'span'>): void {
    if (this.closureDepth > 0) {
      this.capture(l, l.copy ? 'shared' : 'move', span, false, site);
      return;
    }
    this.use(l, span, false);
    if (l.copy) return;
    if (!this.state.dead) this.moveEvents.push({ local: l, span, pos: this.pos++, path: [...this.path] });
    this.state.moved.set(l.id, [{ ...site, span, loops: this.loops.map((x) => x.id), pass: this.pass }]);
  }

  /** `span`: the assignment; `lhsSpan`, the place, where rustc points when the old value is dropped. */
  private assign(l: Local, span: Span, lhsSpan: Span = span): void {
    if (this.closureDepth > 0) {
      this.capture(l, 'mut', lhsSpan);
      return;
    }
    if (this.state.uninit.has(l.id)) {
      this.state.uninit.delete(l.id);
      this.state.initAt.set(l.id, lhsSpan);
    }
    this.reassigns.push({ local: l.id, span, pos: this.pos++, path: [...this.path] });
    if (!this.state.dead) this.assignEvents.push({ local: l, span: needsDrop(this.fcx, l.ty) ? lhsSpan : span, pos: this.pos++, path: [...this.path] });
    if (!l.isMut && !this.state.dead) {
      const first = this.state.assigned.get(l.id);
      if (first !== undefined) {
        const key = `assign:${span.lo}`;
        if (!this.reported.has(key)) {
          this.reported.add(key);
          this.reportAssignTwice(l, span, first);
        }
      } else this.state.assigned.set(l.id, span);
    }
    this.state.moved.delete(l.id);
  }

  private borrowMut(l: Local, labelSpan: Span): void {
    if (this.closureDepth > 0) {
      this.capture(l, 'mut', labelSpan);
      return;
    }
    if (!l.isMut && l.ty.k !== 'ref' && l.ty.k !== 'error') {
      const key = `mut:${labelSpan.lo}`;
      if (!this.reported.has(key)) {
        this.reported.add(key);
        const d = error(`cannot borrow \`${l.name}\` as mutable, as it is not declared as mutable`, labelSpan).withCode('E0596');
        d.label(labelSpan, 'cannot borrow as mutable');
        d.suggest('consider changing this to be mutable', [{ span: mkSpan(l.identSpan.lo, l.identSpan.lo), snippet: 'mut ' }], 'MachineApplicable', 'ShowAlways');
        this.errors.push(d.build());
      }
    }
  }

  /** E0596 for a `&mut self` method called through a `&` reference held in a local. */
  private behindSharedRef(l: Local, span: Span): void {
    if (this.closureDepth > 0) return;
    const key = `mut:${span.lo}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    const d = error(`cannot borrow \`*${l.name}\` as mutable, as it is behind a \`&\` reference`, span).withCode('E0596');
    d.label(span, `\`${l.name}\` is a \`&\` reference, so it cannot be borrowed as mutable`);
    const tySpan = l.isParam ? this.paramTys.get(l.id) : undefined;
    if (tySpan && this.fcx.sm.snippet(tySpan).startsWith('&')) d.suggest('consider changing this to be a mutable reference', [{ span: mkSpan(tySpan.lo + 1, tySpan.lo + 1), snippet: 'mut ' }], 'MachineApplicable', 'ShowAlways');
    this.errors.push(d.build());
  }

  private recordBorrow(l: Local, mut: boolean, span: Span, activation: Span | null = null, clone?: BorrowEvent['clone']): BorrowEvent | null {
    if (l.ty.k === 'ref') return null;
    const b = this.recordPlaceBorrow({ local: l, key: `${l.id}`, name: l.name, through: null }, mut, span, activation);
    if (b && clone) b.clone = clone;
    return b;
  }

  private recordPlaceBorrow(p: PlaceRef, mut: boolean, span: Span, activation: Span | null = null): BorrowEvent | null {
    if (this.closureDepth > 0) return null;
    const b: BorrowEvent = { place: p.key, name: p.name, mut, span, activation, pos: this.pos++, path: [...this.path], holder: null };
    this.borrows.push(b);
    return b;
  }

  /** A field place (`a.b`, `self.items`): its root is used; a mutable borrow needs a mutable path. */
  private borrowField(p: PlaceRef, mut: boolean, span: Span, activation: Span | null = null, clone?: BorrowEvent['clone']): void {
    this.use(p.local, span, true, true, null, fieldPathOf(p));
    if (mut) this.fieldBorrowMut(p, span);
    const b = this.recordPlaceBorrow(p, mut, span, activation);
    if (b && clone) b.clone = clone;
  }

  /** E0596 for `a.b` borrowed mutably when `a` is immutable or reached through a `&`. */
  private fieldBorrowMut(p: PlaceRef, span: Span): void {
    if (this.closureDepth > 0 || p.local.ty.k === 'error') return;
    const l = p.local;
    const key = `mut:${span.lo}`;
    if (this.reported.has(key)) return;
    if (p.through === 'shared') {
      this.reported.add(key);
      const d = error(`cannot borrow \`${p.name}\` as mutable, as it is behind a \`&\` reference`, span).withCode('E0596');
      d.label(span, `\`${l.name}\` is a \`&\` reference, so it cannot be borrowed as mutable`);
      const tySpan = l.isParam ? this.paramTys.get(l.id) : undefined;
      if (tySpan && this.fcx.sm.snippet(tySpan).startsWith('&')) d.suggest('consider changing this to be a mutable reference', [{ span: mkSpan(tySpan.lo + 1, tySpan.lo + 1), snippet: 'mut ' }], 'MachineApplicable', 'ShowAlways');
      this.errors.push(d.build());
    } else if (p.through === null && !l.isMut) {
      this.reported.add(key);
      const d = error(`cannot borrow \`${p.name}\` as mutable, as \`${l.name}\` is not declared as mutable`, span).withCode('E0596');
      d.label(span, 'cannot borrow as mutable');
      d.suggest('consider changing this to be mutable', [{ span: mkSpan(l.identSpan.lo, l.identSpan.lo), snippet: 'mut ' }], 'MachineApplicable', 'ShowAlways');
      this.errors.push(d.build());
    }
  }

  /** `a.b.c` rooted at a local, through struct fields and references only; null otherwise. */
  private fieldPlaceOf(e: A.Expr): PlaceRef | null {
    if (e.kind === 'paren') return this.fieldPlaceOf(e.expr);
    if (e.kind !== 'field') return null;
    let base: PlaceRef | null;
    let baseTy: Ty | undefined;
    const l = this.localOf(e.expr);
    if (l) {
      base = { local: l, key: `${l.id}`, name: l.name, through: null };
      baseTy = l.ty;
    } else {
      base = this.fieldPlaceOf(e.expr);
      const t = this.fcx.exprTypes.get(e.expr.id);
      baseTy = t ? this.fcx.resolve(t) : undefined;
    }
    if (!base || !baseTy) return null;
    let through = base.through;
    if (baseTy.k === 'ref') {
      through = !baseTy.mut || through === 'shared' ? 'shared' : 'mut';
      baseTy = baseTy.ty;
    }
    if (baseTy.k !== 'adt' && baseTy.k !== 'tuple') return null;
    if (baseTy.k === 'adt' && this.fcx.ctx.r.table.defs[baseTy.def]!.isStd) return null;
    return { local: base.local, key: `${base.key}.${e.ident.name}`, name: `${base.name}.${e.ident.name}`, through };
  }

  // -- walk ---------------------------------------------------------------------------------------

  block(b: A.Block, ctx: Ctx): void {
    const n = b.stmts.length;
    this.scopes.push([]);
    b.stmts.forEach((s, i) => this.stmt(s, i === n - 1 && s.kind === 'expr' ? ctx : 'move'));
    const declared = this.scopes.pop()!;
    // The block's locals are dropped at its closing brace (those moved out are not).
    if (this.closureDepth === 0 && !this.state.dead && b.span.hi > b.span.lo) {
      const brace = mkSpan(b.span.hi - 1, b.span.hi);
      for (const l of declared) if (!this.state.moved.has(l.id)) this.dropEvents.push({ local: l, span: brace, pos: this.pos++, path: [...this.path] });
    }
  }

  /**
   * `temp.method()` where `temp` is a value made by the expression itself (a call, a macro...) and
   * the result borrows it through `&self`: the temporary's span, else null.
   */
  private borrowedTemporary(e0: A.Expr): { span: Span; macro: boolean } | null {
    let e = e0;
    while (e.kind === 'paren') e = e.expr;
    if (e.kind !== 'methodCall') return null;
    const r = sx(e.receiver);
    if (r.kind !== 'call' && r.kind !== 'methodCall' && r.kind !== 'macCall') return null;
    const rt = this.fcx.exprTypes.get(e.receiver.id);
    if (!rt || this.fcx.resolve(rt).k === 'ref') return null;
    return this.resultBorrowsReceiver(e) ? { span: e.receiver.span, macro: r.kind === 'macCall' || e.receiver.span.ctxt !== 0 } : null;
  }

  /**
   * Whether a method call's result borrows its receiver: the method takes `&self`/`&mut self` and
   * a lifetime in its output is elided (so `self`'s) or is `self`'s own, not `'static` or an
   * impl's (`Parser<'a>::src(&self) -> &'a str`).
   */
  private resultBorrowsReceiver(e: A.Expr & { kind: 'methodCall' }): boolean {
    const def = this.fcx.methodDefs.get(e.id);
    const sig = def !== undefined ? this.fcx.ctx.sigs.fnSigs[def] : undefined;
    const self = sig?.inputs[0];
    if (!sig || !self || self.k !== 'ref') return false;
    return anyRegion(sig.output, (r) => r.name === null || (r.name === self.region.name && r.name !== "'static"));
  }

  /** `dst` now holds what `src` (a reference in a local) holds: `let v = inner;`, `v = inner;`. */
  private copyHolds(src: A.Expr, dst: NodeId): void {
    const l = this.localOf(src);
    if (!l || l.ty.k !== 'ref' || this.closureDepth > 0) return;
    for (const b of [...this.borrows]) if (b.holder === l.id) this.borrows.push({ ...b, holder: dst, holderSince: this.pos++ });
  }

  private stmt(s: A.Stmt, ctx: Ctx): void {
    if (this.closureDepth === 0) this.stmtSpan = s.span;
    switch (s.kind) {
      case 'let': {
        let created: BorrowEvent[] = [];
        if (s.init.kind !== 'decl') {
          const before = this.borrows.length;
          const bindsWhole = s.pat.kind === 'ident' && s.pat.binding.byRef === null && !(this.fcx.ctx.resolutions.get(s.pat.id)?.res.kind === 'def');
          this.letInit = bindsWhole ? s.init.expr.id : null;
          this.expr(s.init.expr, s.pat.kind === 'wild' ? 'place' : bindsWhole ? 'move' : 'borrow');
          this.letInit = null;
          created = this.borrows.slice(before).filter((x) => this.heldBy(s.init.kind !== 'decl' ? s.init.expr : null, x));
          if (s.init.kind === 'initElse') {
            const saved = this.fork();
            this.block(s.init.els, 'move');
            this.state = saved;
          }
        }
        const declared = this.declare(s.pat, false, s.init.kind !== 'decl');
        if (s.init.kind === 'decl' && s.pat.kind === 'ident') this.letTyEnd.set(s.pat.id, s.ty ? s.ty.span.hi : s.pat.span.hi);
        this.scopes[this.scopes.length - 1]?.push(...declared);
        if (s.pat.kind === 'ident' && created.length > 0) for (const c of created) c.holder = s.pat.id;
        if (s.pat.kind === 'ident' && s.init.kind !== 'decl') {
          this.copyHolds(s.init.expr, s.pat.id);
          const temp = this.borrowedTemporary(s.init.expr);
          if (temp && this.closureDepth === 0 && this.fcx.sm.snippet(mkSpan(s.span.hi - 1, s.span.hi)) === ';') {
            this.tempBorrows.push({ span: temp.span, macro: temp.macro, end: mkSpan(s.span.hi - 1, s.span.hi), holder: s.pat.id, pos: this.pos++, path: [...this.path], stmt: s.span });
          }
        }
        return;
      }
      case 'expr':
        this.expr(s.expr, ctx);
        return;
      case 'semi':
        this.expr(s.expr, 'move');
        return;
      default:
        return;
    }
  }

  /** Whether a borrow created while evaluating `init` ends up held by the binding. */
  private heldBy(init: A.Expr | null, b: BorrowEvent): boolean {
    if (!init) return false;
    let e = init;
    while (e.kind === 'paren') e = e.expr;
    const within = (s: Span) => b.span.lo >= s.lo && b.span.hi <= s.hi;
    if (e.kind === 'addrOf' || e.kind === 'closure') return within(e.span);
    if (e.kind === 'methodCall') {
      // A method whose result borrows from its receiver (`v.iter()`, `v.first()`).
      const t = this.fcx.exprTypes.get(e.id);
      const rt = t ? this.fcx.resolve(t) : null;
      if (rt === null || !borrowsSomething(rt)) return false;
      const recv = this.localOf(e.receiver);
      if ((recv ? `${recv.id}` : this.fieldPlaceOf(e.receiver)?.key) === b.place) return true;
      return e.receiver.kind === 'methodCall' && this.heldBy(e.receiver, b);
    }
    return false;
  }

  expr(e0: A.Expr, ctx: Ctx): void {
    const e = sx(e0);
    switch (e.kind) {
      case 'path': {
        const l = this.localOf(e0);
        if (!l) return;
        if (ctx === 'move') this.move(l, e.span, { kind: 'plain' });
        else this.use(l, e.span, ctx === 'borrow');
        return;
      }
      case 'paren':
        this.expr(e.expr, ctx);
        return;
      case 'addrOf': {
        const l = this.localOf(e.expr);
        if (l) {
          // rustc points at the whole borrow (`&d`).
          this.use(l, e.span, true);
          if (e.mutability === 'mut') this.borrowMut(l, e.span);
          this.recordBorrow(l, e.mutability === 'mut', e.span, null, { span: e.expr.span, ty: l.ty });
          return;
        }
        if (e.expr.kind === 'index') {
          const base = this.localOf(e.expr.expr);
          if (base) {
            this.use(base, e.expr.expr.span, true);
            if (e.mutability === 'mut') this.borrowMut(base, e.expr.expr.span);
            // `&v[0]` borrows `v` by autoref for `Index::index` (not so for a builtin array index).
            this.recordBorrow(base, e.mutability === 'mut', e.expr.expr.span, null, base.ty.k === 'adt' ? { span: e.expr.expr.span, ty: base.ty } : undefined);
            this.expr(e.expr.index, 'move');
            return;
          }
          const fp = this.fieldPlaceOf(e.expr.expr);
          if (fp) {
            this.borrowField(fp, e.mutability === 'mut', e.expr.expr.span);
            this.expr(e.expr.index, 'move');
            return;
          }
        }
        const fp = this.fieldPlaceOf(e.expr);
        if (fp) {
          const ft = this.fcx.exprTypes.get(e.expr.id);
          this.borrowField(fp, e.mutability === 'mut', e.span, null, ft ? { span: e.expr.span, ty: this.fcx.resolve(ft) } : undefined);
          return;
        }
        this.place(e.expr, e.mutability === 'mut');
        return;
      }
      case 'field': {
        // Reading a field by value (`a.x` copied or moved out) uses `a`; a field in a borrowed
        // position (`println!("{}", a.x)`) borrows it.
        if (ctx === 'move' && this.movedOutOfBorrow(e0)) {
          this.place(e0, false, null, true);
          return;
        }
        if (ctx === 'move') {
          const fp = this.fieldPlaceOf(e0);
          const t = this.fcx.exprTypes.get(e0.id);
          const ft = t ? this.fcx.resolve(t) : null;
          if (fp && fp.through === null && ft && !this.isCopy(ft)) {
            this.movePartial(fp, e0.span, ft);
            return;
          }
        }
        this.place(e0, false, null, ctx !== 'move');
        return;
      }
      case 'index':
        if (ctx === 'move') this.movedOutOfBorrow(e0);
        this.place(e0, false);
        return;
      case 'unary':
        if (e.op === 'deref' && ctx === 'move') this.movedOutOfBorrow(e0);
        if (e.op === 'deref') this.place(e.expr, false);
        else {
          this.quietMoveOut(e.expr);
          this.expr(e.expr, 'move');
        }
        return;
      case 'methodCall':
        this.methodCall(e0 as A.Expr & { kind: 'methodCall' });
        return;
      case 'call': {
        this.expr(e.func, 'borrow');
        const def = e.func.kind === 'path' ? (this.fcx.pathDefs.get(e.func.id) ?? null) : null;
        const inputs = def !== null ? this.fcx.ctx.sigs.fnSigs[def]?.inputs : undefined;
        e.args.forEach((a, i) => {
          const l = this.localOf(a);
          if (l && this.reborrows(l, def !== null ? inputs?.[i] : undefined)) this.use(l, a.span, true);
          else if (l) this.move(l, a.span, def !== null ? { kind: 'call', fnDef: def, argIndex: i } : { kind: 'plain' });
          else {
            const saved = this.staticArg;
            if (a.kind === 'closure' && def !== null && this.closureDepth === 0 && paramOutlivesStatic(this.fcx, def, i)) this.staticArg = { call: e.span, closure: a.id };
            this.expr(a, 'move');
            this.staticArg = saved;
          }
        });
        return;
      }
      case 'formatArgs':
        // Each argument is borrowed (shared) for the formatting.
        for (const a of e.args) {
          this.expr(a.expr, 'borrow');
          const l = this.localOf(a.expr);
          if (l) this.recordBorrow(l, false, a.expr.span);
        }
        return;
      case 'binary': {
        const cmp = ['eq', 'ne', 'lt', 'le', 'gt', 'ge'].includes(e.op.kind);
        this.quietMoveOut(e.lhs);
        this.quietMoveOut(e.rhs);
        this.expr(e.lhs, cmp ? 'borrow' : 'move');
        if (e.op.kind === 'and' || e.op.kind === 'or') this.branch(e.id, [0], () => this.expr(e.rhs, 'move'));
        else this.expr(e.rhs, cmp ? 'borrow' : 'move');
        return;
      }
      case 'assign': {
        const before = this.borrows.length;
        this.expr(e.rhs, 'move');
        const l = this.localOf(e.lhs);
        if (l) {
          this.assign(l, e.span, e.lhs.span);
          // `r = &x;`: the local now holds the borrow, from here on.
          if (this.closureDepth === 0) {
            for (const c of this.borrows.slice(before)) {
              if (!this.heldBy(e.rhs, c)) continue;
              c.holder = l.id;
              c.holderSince = this.pos++;
            }
            this.copyHolds(e.rhs, l.id);
          }
        } else this.assignPlace(e.lhs, e.span);
        return;
      }
      case 'assignOp': {
        this.expr(e.rhs, 'move');
        const l = this.localOf(e.lhs);
        if (l) {
          this.use(l, e.lhs.span, false);
          this.assign(l, e.span, e.lhs.span);
        } else this.assignPlace(e.lhs, e.span);
        return;
      }
      case 'let':
        this.expr(e.expr, 'borrow');
        this.declare(e.pat, false, true, true);
        return;
      case 'if':
        this.expr(e.cond, 'move');
        this.branch(e.id, e.els ? [0, 1] : [0, 1], (i) => {
          if (i === 0) this.block(e.then, ctx);
          else if (e.els) this.expr(e.els, ctx);
        });
        return;
      case 'match':
        this.expr(e.scrutinee, 'borrow');
        this.branch(e.id, e.arms, (a) => {
          this.declare(a.pat, false, true, true);
          if (a.guard) this.expr(a.guard, 'move');
          if (a.body) this.expr(a.body, ctx);
        });
        return;
      case 'block':
      case 'constBlock':
        this.block(e.block, ctx);
        return;
      case 'while':
        this.loop(e.id, mkSpan(e.span.lo, e.cond.span.hi), () => {
          this.expr(e.cond, 'move');
          this.branch(e.id, [0, 1], (i) => {
            if (i === 0) this.block(e.body, 'move');
          });
        });
        return;
      case 'forLoop': {
        const l = this.localOf(e.iter);
        const before = this.borrows.length;
        if (l) this.move(l, e.iter.span, { kind: 'for', callSpan: e.iter.span });
        else {
          this.quietMoveOut(e.iter);
          this.expr(e.iter, 'move');
        }
        // The iterator (`v.iter()`, `&mut v`) holds its borrow for the whole loop, and the next
        // iteration uses it again (`next()` at the head): the loop node is its holder, used once
        // more after the body. Only for bodies that cannot leave early (no `break`, `return` or
        // `?`), where that next use is certain.
        const holds = !leavesEarly(e.body);
        if (holds) for (const b of this.borrows.slice(before)) if (this.heldBy(e.iter, b)) b.holder = e.id;
        this.loop(e.id, mkSpan(e.span.lo, e.iter.span.hi), () => {
          this.branch(e.id, [0, 1], (i) => {
            if (i === 0) {
              this.declare(e.pat, false, true);
              this.block(e.body, 'move');
              if (holds) this.uses.push({ local: e.id, span: e.iter.span, pos: this.pos++, path: [...this.path] });
            }
          });
        });
        return;
      }
      case 'loop':
        this.loop(e.id, e.loopSpan, () => {
          this.block(e.body, 'move');
        });
        return;
      case 'closure':
        this.closure(e0 as A.Expr & { kind: 'closure' });
        return;
      case 'ret':
      case 'break':
        if (e.expr) this.expr(e.expr, 'move');
        if (e.kind === 'ret' && e.expr && this.closureDepth === 0) this.returned(e.expr);
        this.state.dead = true;
        return;
      case 'continue':
        this.state.dead = true;
        return;
      case 'struct':
        for (const f of e.fields) {
          const l = f.isShorthand ? this.localOf(f.expr) : null;
          if (l) this.move(l, f.expr.span, { kind: 'plain', shorthand: f.ident.name });
          else this.expr(f.expr, 'move');
        }
        if (e.rest.kind === 'base') this.expr(e.rest.expr, 'place');
        return;
      case 'cast':
      case 'try':
      case 'await':
        this.quietMoveOut(e.expr);
        this.expr(e.expr, 'move');
        return;
      default:
        forEachChildExpr(e0, (c) => this.expr(c, 'move'), (b) => this.block(b, 'move'));
        return;
    }
  }

  /** A place read through (field, index, deref): its root local is used, not moved. */
  private place(e: A.Expr, mut: boolean, whole: Span | null = null, borrow = true, fieldPath: string | null = null): void {
    if (e.kind === 'paren') return this.place(e.expr, mut, whole, borrow, fieldPath);
    const l = this.localOf(e);
    if (l) {
      // The use is the whole place (`a.x`, `*r`), or the assignment writing through it.
      this.use(l, whole ?? e.span, borrow, whole !== null, null, fieldPath);
      return;
    }
    if (e.kind === 'field') {
      // The field path of the outermost place (`tasks` for `b.tasks`), when it is one.
      let path = fieldPath;
      if (whole === null) {
        const fp = this.fieldPlaceOf(e);
        path = fp ? fieldPathOf(fp) : null;
      }
      this.place(e.expr, mut, whole ?? e.span, borrow, path);
    }
    else if (e.kind === 'index') {
      this.place(e.expr, mut, whole ?? e.span);
      this.expr(e.index, 'move');
    } else if (e.kind === 'unary' && e.op === 'deref') this.place(e.expr, mut, whole ?? e.span);
    else this.expr(e, 'move');
  }

  private assignPlace(lhs: A.Expr, span: Span): void {
    let root = lhs;
    while (root.kind === 'field' || root.kind === 'paren') root = root.expr;
    const l = this.localOf(root);
    if (l && root !== lhs && lhs.kind === 'field' && !l.isMut && l.ty.k !== 'ref' && l.ty.k !== 'error' && this.closureDepth === 0) {
      const place = this.fcx.sm.snippet(lhs.span);
      const d = error(`cannot assign to \`${place}\`, as \`${l.name}\` is not declared as mutable`, span).withCode('E0594');
      d.label(span, 'cannot assign');
      d.suggest('consider changing this to be mutable', [{ span: mkSpan(l.identSpan.lo, l.identSpan.lo), snippet: 'mut ' }], 'MachineApplicable', 'ShowAlways');
      this.errors.push(d.build());
      return;
    }
    this.place(lhs, true, span);
    const fp = this.fieldPlaceOf(lhs);
    if (fp) this.reinitField(fp);
  }

  private methodCall(e: A.Expr & { kind: 'methodCall' }): void {
    const def = this.fcx.methodDefs.get(e.id) ?? null;
    const sig = def !== null ? this.fcx.ctx.sigs.fnSigs[def] : undefined;
    const self = sig?.inputs[0];
    const l = this.localOf(e.receiver);
    const callSpan = mkSpan(e.seg.ident.span.lo, e.span.hi);
    if (l) {
      const autorefMut = this.fcx.mutBorrows.has(e.receiver.id);
      if (self && self.k === 'ref' && self.mut && l.ty.k === 'ref' && !l.ty.mut) this.behindSharedRef(l, e.receiver.span);
      if (self && self.k !== 'ref' && l.ty.k !== 'ref') {
        this.move(l, e.receiver.span, { kind: 'method', methodDef: def!, callSpan });
      } else {
        this.use(l, e.receiver.span, true, false, def !== null ? this.derefTarget(l, def) : null);
        if (autorefMut) {
          this.borrowMut(l, e.receiver.span);
          this.recordBorrow(l, true, e.receiver.span, e.span);
        } else if (self && self.k === 'ref') this.recordBorrow(l, false, e.receiver.span);
      }
    } else {
      const fp = self && self.k === 'ref' ? this.fieldPlaceOf(e.receiver) : null;
      if (fp) this.borrowField(fp, this.fcx.mutBorrows.has(e.receiver.id), e.receiver.span, e.span);
      else this.place(e.receiver, false);
    }
    e.args.forEach((a, i) => {
      const la = this.localOf(a);
      if (la && this.reborrows(la, def !== null ? sig?.inputs[i + 1] : undefined)) this.use(la, a.span, true);
      else this.expr(a, 'move');
    });
  }

  /**
   * The type a method's receiver was dereferenced to when the method is inherent to another type
   * (`v.iter()` on a `Vec<T>` is `[T]::iter`): rustc notes "borrow occurs due to deref coercion".
   */
  private derefTarget(l: Local, method: DefId): Ty | null {
    if (l.ty.k !== 'adt') return null;
    const parent = this.fcx.ctx.r.table.defs[method]!.parent;
    if (parent === null || this.fcx.ctx.r.table.defs[parent]!.kind !== 'impl') return null;
    const implSelf = this.fcx.ctx.sigs.types[parent];
    if (!implSelf || (implSelf.k === 'adt' && implSelf.def === l.ty.def)) return null;
    if (this.fcx.ctx.sigs.impls.some((im) => im.def === parent && im.traitRef !== null)) return null;
    const steps = autoderefSteps(this.fcx, l.ty);
    const target = steps[1]?.ty;
    return target ? this.fcx.resolve(target) : null;
  }

  /**
   * A `&mut` local passed as an argument whose parameter is a reference (or whose callee is not
   * known, e.g. a closure) is reborrowed, not moved: rustc reborrows at coercion sites. Only a
   * generic parameter (`T`) takes the reference itself by move.
   */
  private reborrows(l: Local, param: Ty | undefined): boolean {
    if (l.ty.k !== 'ref' || !l.ty.mut) return false;
    return param === undefined || param.k === 'ref';
  }

  private loop(id: NodeId, head: Span, f: () => void): void {
    this.loopHeads.set(id, head);
    this.loops.push({ id, head });
    const reBefore0 = this.reassigns.length;
    const entry = this.fork();
    const savedPass = this.pass;
    // First iteration, then a second one from the join of entry and the first's end, so moves
    // made in the body reach the uses of the next iteration.
    this.pass = savedPass * 2 + 1;
    f();
    const after1 = this.state;
    this.state = this.join([entry, after1]);
    const borrowsBefore = this.borrows.length;
    const usesBefore = this.uses.length;
    const reBefore = this.reassigns.length;
    const movesBefore = this.moveEvents.length;
    const assignsBefore = this.assignEvents.length;
    const dropsBefore = this.dropEvents.length;
    this.pass = savedPass * 2 + 2;
    f();
    // The second walk only looks for moves; its borrow events are duplicates.
    this.borrows.length = borrowsBefore;
    this.uses.length = usesBefore;
    this.reassigns.length = reBefore;
    this.moveEvents.length = movesBefore;
    this.assignEvents.length = assignsBefore;
    this.dropEvents.length = dropsBefore;
    this.pass = savedPass;
    this.loops.pop();
    // A loop exits through its condition or a `break` (approximated: the join of all states).
    const inLoop = new Set(this.reassigns.slice(reBefore0).map((r) => r.local));
    this.state = this.join([entry, after1, this.state]);
    // Exits by `break` are not tracked: a local the loop initializes is taken as initialized after it.
    for (const k of inLoop) this.state.uninit.delete(k);
  }

  // -- borrows ------------------------------------------------------------------------------------

  checkBorrows(): void {
    const done = new Set<number>();
    for (const b of this.borrows) {
      if (b.holder === null) continue;
      for (const c of this.borrows) {
        if (c.pos <= b.pos || c.place !== b.place || (!b.mut && !c.mut) || done.has(c.pos)) continue;
        if (!isPrefix(b.path, c.path)) continue;
        const reassigned = this.reassigns.find((r) => r.local === b.holder && r.pos > b.pos && r.pos < c.pos);
        if (reassigned) continue;
        const u = this.uses.find((x) => x.local === b.holder && x.pos > c.pos && compatible(c.path, x.path));
        if (!u) continue;
        done.add(c.pos);
        const name = b.name;
        // A two-phase borrow conflicts with a shared borrow only when activated (the whole call).
        const cSpan = !b.mut && c.activation ? c.activation : c.span;
        let d;
        if (b.mut && c.mut) {
          d = error(`cannot borrow \`${name}\` as mutable more than once at a time`, cSpan).withCode('E0499');
          d.label(b.span, 'first mutable borrow occurs here');
          d.label(cSpan, 'second mutable borrow occurs here');
          d.label(u.span, 'first borrow later used here');
        } else if (c.mut) {
          d = error(`cannot borrow \`${name}\` as mutable because it is also borrowed as immutable`, cSpan).withCode('E0502');
          d.label(b.span, 'immutable borrow occurs here');
          d.label(cSpan, 'mutable borrow occurs here');
          d.label(u.span, 'immutable borrow later used here');
        } else {
          d = error(`cannot borrow \`${name}\` as immutable because it is also borrowed as mutable`, cSpan).withCode('E0502');
          d.label(b.span, 'mutable borrow occurs here');
          d.label(cSpan, 'immutable borrow occurs here');
          d.label(u.span, 'mutable borrow later used here');
        }
        if (b.closureUse) d.label(b.closureUse, `first borrow occurs due to use of \`${name}\` in closure`);
        if (c.closureUse) d.label(c.closureUse, `second borrow occurs due to use of \`${name}\` in closure`);
        this.errors.push(d.build());
      }
    }
    this.checkMovesAndAssignsWhileBorrowed();
    this.checkDroppedWhileBorrowed();
    this.checkTemporaries();
  }

  /** E0716: a temporary freed at the end of its `let` while the binding borrowing it is used after. */
  private checkTemporaries(): void {
    for (const t of this.tempBorrows) {
      const u = this.nextUse(t.holder, t);
      if (!u) continue;
      const d = error('temporary value dropped while borrowed', t.span).withCode('E0716');
      d.label(t.span, 'creates a temporary value which is freed while still in use');
      d.label(t.end, 'temporary value is freed at the end of this statement');
      d.label(u.span, 'borrow later used here');
      const snippet = this.fcx.sm.snippet(t.span);
      // A temporary made by a macro gets the advice without a suggestion.
      if (t.macro) d.note('consider using a `let` binding to create a longer lived value');
      else d.suggest('consider using a `let` binding to create a longer lived value', [{ span: mkSpan(t.stmt.lo, t.stmt.lo), snippet: `let binding = ${snippet};\n${indentationBefore(this.fcx, t.stmt)}` }, { span: t.span, snippet: 'binding' }], 'MaybeIncorrect', 'ShowAlways');
      this.errors.push(d.build());
    }
  }

  /** The first later use of `b`'s holder after `at` on a compatible path (none if it was reassigned before). */
  private laterUse(b: BorrowEvent, at: { readonly pos: number; readonly path: Branch }): UseEvent | null {
    if (b.holder === null || !this.locals.has(b.holder)) return null;
    if (at.pos <= b.pos || !isPrefix(b.path, at.path)) return null;
    const since = b.holderSince ?? b.pos;
    if (this.reassigns.some((r) => r.local === b.holder && r.pos > since && r.pos < at.pos)) return null;
    return this.nextUse(b.holder, at);
  }

  /** The first use of `holder` after `at` on a compatible path, unless it is given a new value before it. */
  private nextUse(holder: NodeId, at: { readonly pos: number; readonly path: Branch }): UseEvent | null {
    const u = this.uses.find((x) => x.local === holder && x.pos > at.pos && compatible(at.path, x.path));
    if (!u) return null;
    if (this.reassigns.some((r) => r.local === holder && r.pos > at.pos && r.pos < u.pos && isPrefix(r.path, u.path))) return null;
    return u;
  }

  /** The borrows of `l` or of a place in it (`l.f`), in recording order. */
  private borrowsOf(l: Local): readonly BorrowEvent[] {
    if (!this.byRoot) {
      this.byRoot = new Map();
      for (const b of this.borrows) {
        const dot = b.place.indexOf('.');
        const root = dot < 0 ? b.place : b.place.slice(0, dot);
        let list = this.byRoot.get(root);
        if (!list) this.byRoot.set(root, (list = []));
        list.push(b);
      }
    }
    return this.byRoot.get(`${l.id}`) ?? [];
  }

  /**
   * E0505, moving a local out while a borrow of it (or of a field in it) is still used, and
   * E0506, assigning to it then; rustc reports each move or assignment once, against the first
   * such borrow.
   */
  private checkMovesAndAssignsWhileBorrowed(): void {
    for (const m of this.moveEvents) {
      const b = this.borrowsOf(m.local).find((x) => this.laterUse(x, m));
      if (!b) continue;
      const u = this.laterUse(b, m)!;
      const name = m.local.name;
      const d = error(`cannot move out of \`${name}\` because it is borrowed`, m.span).withCode('E0505');
      // rustc's `var_path_only_subdiag`: not when the borrow is a closure's capture.
      if (!b.closureUse) d.label(m.local.identSpan, `binding \`${name}\` declared here`);
      d.label(b.span, `borrow of \`${b.name}\` occurs here`);
      d.label(m.span, `move out of \`${name}\` occurs here`);
      d.label(u.span, 'borrow later used here');
      if (b.closureUse) d.label(b.closureUse, 'borrow occurs due to use in closure');
      if (b.clone) this.suggestCloning(d, b.clone.ty, b.clone.span);
      this.errors.push(d.build());
    }
    for (const a of this.assignEvents) {
      const b = this.borrowsOf(a.local).find((x) => this.laterUse(x, a));
      if (!b) continue;
      const u = this.laterUse(b, a)!;
      const name = a.local.name;
      const d = error(`cannot assign to \`${name}\` because it is borrowed`, a.span).withCode('E0506');
      // rustc names the assigned place here, whatever part of it the borrow took.
      d.label(b.span, `\`${name}\` is borrowed here`);
      d.label(a.span, `\`${name}\` is assigned to here but it was already borrowed`);
      d.label(u.span, 'borrow later used here');
      if (b.closureUse) d.label(b.closureUse, 'borrow occurs due to use in closure');
      this.errors.push(d.build());
    }
  }

  /**
   * E0597: a local going out of scope (its block's closing brace) while a borrow of it is held by
   * a longer-lived local that is used afterwards (`r = &x;` in an inner block, `r` read after it).
   */
  private checkDroppedWhileBorrowed(): void {
    const reported = new Set<BorrowEvent>();
    for (const dr of this.dropEvents) {
      const borrows = this.borrowsOf(dr.local);
      for (const b of borrows) {
        if (reported.has(b)) continue;
        const u = this.laterUse(b, dr);
        if (!u) continue;
        // Once per borrow, whichever holder (a copy through `v = inner` has the same span).
        for (const x of borrows) if (x.span.lo === b.span.lo && x.span.hi === b.span.hi) reported.add(x);
        const name = dr.local.name;
        const d = error(`\`${name}\` does not live long enough`, b.span).withCode('E0597');
        d.label(dr.local.identSpan, `binding \`${name}\` declared here`);
        d.label(b.span, 'borrowed value does not live long enough');
        d.label(dr.span, `\`${name}\` dropped here while still borrowed`);
        d.label(u.span, 'borrow later used here');
        this.errors.push(d.build());
      }
    }
  }

  /**
   * E0515 for a returned reference into the body's own data: `&x`, `&p.name`, `&v[..]`,
   * `owned.as_str()` with `x`, `p`, `v`, `owned` locals of the body (not parameters, not
   * references themselves); through `if`/`match`/block tails.
   */
  returned(e0: A.Expr): void {
    let e = e0;
    while (e.kind === 'paren') e = e.expr;
    const owned = (x: A.Expr): Local | null => {
      const l = this.localOf(x);
      return l && !l.isParam && l.ty.k !== 'ref' && l.ty.k !== 'error' ? l : null;
    };
    const tail = (b: A.Block) => {
      const t = b.stmts[b.stmts.length - 1];
      if (t && t.kind === 'expr') this.returned(t.expr);
    };
    switch (e.kind) {
      case 'block':
        tail(e.block);
        return;
      case 'if':
        tail(e.then);
        if (e.els) this.returned(e.els);
        return;
      case 'match':
        for (const a of e.arms) if (a.body) this.returned(a.body);
        return;
      case 'addrOf': {
        const l = owned(e.expr);
        if (l) {
          const d = error(`cannot return reference to local variable \`${l.name}\``, e.span).withCode('E0515');
          d.label(e.span, 'returns a reference to data owned by the current function');
          this.errors.push(d.build());
          return;
        }
        const fp = this.fieldPlaceOf(e.expr);
        if (fp && fp.through === null && !fp.local.isParam && fp.local.ty.k !== 'ref') {
          const d = error(`cannot return reference to local data \`${fp.name}\``, e.span).withCode('E0515');
          d.label(e.span, 'returns a reference to data owned by the current function');
          this.errors.push(d.build());
          return;
        }
        if (e.expr.kind === 'index') {
          const base = owned(e.expr.expr);
          if (base) this.returnsBorrowOf(e, base, e.expr.expr.span);
        }
        return;
      }
      case 'methodCall': {
        const base = owned(e.receiver);
        if (base && this.resultBorrowsReceiver(e)) this.returnsBorrowOf(e, base, e.receiver.span);
        return;
      }
      default:
        return;
    }
  }

  private returnsBorrowOf(e: A.Expr, l: Local, at: Span): void {
    const d = error(`cannot return value referencing local variable \`${l.name}\``, e.span).withCode('E0515');
    d.label(e.span, 'returns a value referencing data owned by the current function');
    d.label(at, `\`${l.name}\` is borrowed here`);
    this.errors.push(d.build());
  }

  /** rustc's `suggest_cloning` of a borrowed expression: `.clone()` after it, or "if `T` implemented `Clone`". */
  private suggestCloning(d: ReturnType<typeof error>, ty: Ty, span: Span): void {
    const fcx = this.fcx;
    if (this.isClone(ty)) {
      d.suggest('consider cloning the value if the performance cost is acceptable', [{ span: mkSpan(span.hi, span.hi), snippet: '.clone()' }], 'MachineApplicable', 'ShowAlways');
    } else if (ty.k === 'adt' && !fcx.ctx.r.table.defs[ty.def]!.isStd) {
      const at = defSpan(fcx.sm, fcx.ctx.r.table.defs[ty.def]!);
      d.child({
        level: 'note',
        message: `if \`${fcx.print(ty)}\` implemented \`Clone\`, you could clone the value`,
        span: { primary: [at], labels: [{ span: at, label: 'consider implementing `Clone` for this type' }, { span, label: 'you could clone this value' }] },
      });
    }
  }

  /**
   * E0507/E0508: a place read by value (moved) that is not the owner's to give away: behind a
   * reference (`*r`, `p.name` with `p: &Person`), an element of a `Vec` (`v[0]`, through
   * `Index`), or an element of an array or slice (`a[0]`). The cases decided here are places
   * rooted at a local with at most one such step (rustc's `move_path_for` reports the first step
   * from the root; its wording is `report_cannot_move_from_borrowed_content`). True if reported.
   */
  private movedOutOfBorrow(e0: A.Expr): boolean {
    if (this.movedWithNotes.has(e0.id)) return false;
    const fcx = this.fcx;
    const t0 = fcx.exprTypes.get(e0.id);
    const ty = t0 ? fcx.resolve(t0) : null;
    if (!ty) return false;
    // A type parameter is `Copy` only by a bound (`isCopy` takes it to be, for the other checks).
    if (ty.k === 'param' ? this.copyTrait === null || fcx.fulfill.evaluate(this.copyTrait, [ty]) !== 'no' : this.isCopy(ty)) return false;
    type Step = { readonly kind: 'ref'; readonly mut: boolean; readonly target: Ty } | { readonly kind: 'overloadedIndex'; readonly adt: Ty } | { readonly kind: 'arrayIndex'; readonly array: Ty };
    const steps: Step[] = [];
    // The place's description as rustc's `describe_place` gives it (`p.name`, `*r`, `a[_]`);
    // null once it goes through an overloaded index.
    let root: Local | null = null;
    const walk = (e: A.Expr): string | null | undefined => {
      if (e.kind === 'paren') return walk(e.expr);
      const l = this.localOf(e);
      if (l) {
        root = l;
        return l.name;
      }
      const tyOf = (x: A.Expr): Ty | null => {
        const t = fcx.exprTypes.get(x.id);
        return t ? fcx.resolve(t) : null;
      };
      if (e.kind === 'field') {
        const base = walk(e.expr);
        const bt = tyOf(e.expr);
        if (base === undefined || !bt) return undefined;
        if (bt.k === 'ref') steps.push({ kind: 'ref', mut: bt.mut, target: bt.ty });
        else if (bt.k !== 'adt' && bt.k !== 'tuple') return undefined;
        return base === null ? null : `${base}.${e.ident.name}`;
      }
      if (e.kind === 'index') {
        const base = walk(e.expr);
        let bt = tyOf(e.expr);
        if (base === undefined || !bt) return undefined;
        let viaRef: { mut: boolean } | null = null;
        if (bt.k === 'ref') {
          viaRef = { mut: bt.mut };
          bt = bt.ty;
        }
        if (bt.k === 'array' || bt.k === 'slice') {
          if (viaRef) steps.push({ kind: 'ref', mut: viaRef.mut, target: bt });
          else steps.push({ kind: 'arrayIndex', array: bt });
          return base === null ? null : `${base}[_]`;
        }
        if (bt.k === 'adt') {
          // `Index::index` returns a reference: the move is out of that temporary alone, whatever
          // the path to its argument.
          steps.length = 0;
          steps.push({ kind: 'overloadedIndex', adt: bt });
          return null;
        }
        return undefined;
      }
      if (e.kind === 'unary' && e.op === 'deref') {
        const base = walk(e.expr);
        const bt = tyOf(e.expr);
        if (base === undefined || !bt || bt.k !== 'ref') return undefined;
        steps.push({ kind: 'ref', mut: bt.mut, target: bt.ty });
        return base === null ? null : `*${base}`;
      }
      return undefined;
    };
    const desc = walk(e0);
    if (desc === undefined || steps.length !== 1 || root === null) return false;
    // In a closure, only places rooted at its own locals (a captured one reads differently).
    const closure = this.closures[this.closures.length - 1];
    if (closure && closure.outer.has((root as Local).id)) return false;
    const step = steps[0]!;
    const span = e0.span;
    const key = `moveout:${span.lo}:${span.hi}`;
    if (this.reported.has(key)) return true;
    this.reported.add(key);
    const typeStr = fcx.print(ty);
    const because = `move occurs because ${desc !== null ? `\`${desc}\`` : 'value'} has type \`${typeStr}\`, which does not implement the \`Copy\` trait`;
    let d: ReturnType<typeof error>;
    const interior = step.kind === 'arrayIndex' ? step.array : step.kind === 'ref' && (step.target.k === 'array' || step.target.k === 'slice') ? step.target : null;
    if (interior) {
      d = error(`cannot move out of type \`${fcx.print(interior)}\`, a non-copy ${interior.k === 'array' ? 'array' : 'slice'}`, span).withCode('E0508');
      d.label(span, 'cannot move out of here');
    } else if (step.kind === 'overloadedIndex') {
      d = error(`cannot move out of index of \`${fcx.print(step.adt)}\``, span).withCode('E0507');
    } else if (step.kind === 'ref' && desc !== null) {
      d = error(`cannot move out of \`${desc}\` which is behind a ${step.mut ? 'mutable' : 'shared'} reference`, span).withCode('E0507');
    } else return false;
    d.label(span, because);
    const deref = e0.kind === 'unary' && e0.op === 'deref' ? e0 : null;
    const dropStar = deref ? { span: mkSpan(span.lo, deref.expr.span.lo, span.ctxt), snippet: '' } : null;
    if (this.letInit === e0.id) {
      if (dropStar) d.suggest('consider removing the dereference here', [dropStar], 'MachineApplicable', 'ShowAlways');
      else d.suggest('consider borrowing here', [{ span: mkSpan(span.lo, span.lo, span.ctxt), snippet: '&' }], 'MachineApplicable', 'ShowAlways');
    }
    // (Notes and helps are children: they print before every suggestion whatever the order here.)
    if (ty.k === 'param') {
      // rustc points at the parameter to constrain, with a `help`, not a `note`.
      const param = this.paramDefOf(ty.name);
      if (param) d.child({ level: 'help', message: `if \`${ty.name}\` implemented \`Clone\`, you could clone the value`, span: { primary: [param], labels: [{ span: param, label: 'consider constraining this type parameter with `Clone`' }, { span, label: 'you could clone this value' }] } });
    } else if (dropStar && this.isClone(ty)) {
      // `*r` becomes `r.clone()`.
      d.suggest('consider cloning the value if the performance cost is acceptable', [dropStar, { span: mkSpan(span.hi, span.hi, span.ctxt), snippet: '.clone()' }], 'MachineApplicable', 'ShowAlways');
    } else this.suggestCloning(d, ty, span);
    this.errors.push(d.build());
    return true;
  }

  private quietMoveOut(e: A.Expr): void {
    this.movedWithNotes.add(e.id);
    if (e.kind === 'paren') this.quietMoveOut(e.expr);
  }

  /** The span of the body's own or enclosing generic parameter named `name`. */
  private paramDefOf(name: string): Span | null {
    let def: DefId | null = this.fcx.def;
    while (def !== null) {
      const g: import('../collect/types.js').Generics | undefined = this.fcx.ctx.sigs.generics[def];
      const p = g?.params.find((x) => x.kind === 'type' && x.name === name);
      if (p) return p.span;
      def = g?.parent ?? null;
    }
    return null;
  }

  // -- reports ------------------------------------------------------------------------------------

  private reportMoved(l: Local, span: Span, borrow: boolean, moves: readonly MoveSite[], derefTo: Ty | null = null, closureUse: Span | null = null): void {
    const fcx = this.fcx;
    // The use's own explanation comes after the move's notes, before the suggestions.
    const derefNote = () => {
      if (derefTo) d.note(`borrow occurs due to deref coercion to \`${fcx.print(derefTo)}\``);
    };
    const d = error(`${borrow ? 'borrow' : 'use'} of moved value: \`${l.name}\``, span).withCode('E0382');
    d.label(l.identSpan, `move occurs because \`${l.name}\` has type \`${fcx.print(l.ty)}\`, which does not implement the \`Copy\` trait`);
    const m = moves[moves.length - 1]!;
    // Moved by this very expression in an earlier iteration of an enclosing loop.
    const prevIter = this.pass % 2 === 0 && this.pass > 0 && m.pass === this.pass - 1;
    const loopId = prevIter ? this.loops[this.loops.length - 1]?.id : undefined;
    if (prevIter && loopId !== undefined) d.label(this.loopHeads.get(loopId)!, 'inside of this loop');
    const same = m.span.lo === span.lo && m.span.hi === span.hi;
    if (m.closure) {
      d.label(m.closure.head, 'value moved into closure here');
      d.label(m.closure.use, 'variable moved due to use in closure');
    } else if (m.kind === 'method' && m.callSpan) d.label(m.callSpan, `\`${l.name}\` moved due to this method call${prevIter ? ', in previous iteration of loop' : ''}`);
    else if (m.kind === 'for') d.label(m.span, `\`${l.name}\` moved due to this implicit call to \`.into_iter()\`${prevIter ? ', in previous iteration of loop' : ''}`);
    else d.label(m.span, prevIter ? 'value moved here, in previous iteration of loop' : 'value moved here');
    if (!same) d.label(span, borrow ? 'value borrowed here after move' : 'value used here after move');
    if (closureUse) d.label(closureUse, `${borrow ? 'borrow' : 'use'} occurs due to use in closure`);
    // Captured only because the closure is `move`: rustc's `suggest_clone_of_captured_var_in_move_closure`.
    if (m.closure?.isMove) {
      if (this.isClone(l.ty) && m.closure.stmt) {
        const stmt = m.closure.stmt;
        d.suggest('consider cloning the value before moving it into the closure', [{ span: mkSpan(stmt.lo, stmt.lo), snippet: `let value = ${l.name}.clone();\n${indentationBefore(fcx, stmt)}` }, { span: m.closure.use, snippet: 'value' }], 'MachineApplicable', 'ShowAlways');
      }
      this.errors.push(d.build());
      return;
    }
    // Notes and help about the move. A moved `&mut` gets rustc's `suggest_reborrow` alone.
    if (l.ty.k === 'ref' && l.ty.mut) {
      d.suggest(`consider creating a fresh reborrow of \`${l.name}\` here`, [{ span: mkSpan(m.span.lo, m.span.lo), snippet: '&mut *' }], 'MachineApplicable', 'ShowAlways');
      this.errors.push(d.build());
      return;
    }
    if (m.kind === 'call' && m.fnDef !== undefined) this.paramNote(d, m.fnDef, m.argIndex ?? 0);
    if (m.kind === 'method' && m.methodDef !== undefined) {
      const md = fcx.ctx.r.table.defs[m.methodDef]!;
      const selfSpan = selfParamSpan(fcx, m.methodDef);
      d.child({ level: 'note', message: `\`${md.name}\` takes ownership of the receiver \`self\`, which moves \`${l.name}\``, span: selfSpan ? { primary: [selfSpan], labels: [] } : { primary: [], labels: [] } });
      derefNote();
      d.suggest('you can `clone` the value and consume it, but this might not be your desired behavior', [{ span: mkSpan(m.span.hi, m.span.hi), snippet: '.clone()' }], 'MachineApplicable', 'ShowAlways');
    } else if (m.kind === 'for') {
      const into = fcx.ctx.sigs.lang.get('IntoIterator');
      const item = into !== undefined ? fcx.assocItems(into).find((a) => a.name === 'into_iter') : undefined;
      const selfSpan = item ? selfParamSpan(fcx, item.def) : null;
      d.child({ level: 'note', message: `\`into_iter\` takes ownership of the receiver \`self\`, which moves \`${l.name}\``, span: selfSpan ? { primary: [selfSpan], labels: [] } : { primary: [], labels: [] } });
      derefNote();
      const t = l.ty;
      const what = t.k === 'adt' ? `the \`${fcx.print(t)}\`'s content` : `\`${fcx.print(t)}\``;
      d.suggest(`consider iterating over a slice of ${what} to avoid moving into the \`for\` loop`, [{ span: mkSpan(m.span.lo, m.span.lo), snippet: '&' }], 'MaybeIncorrect', 'ShowAlways');
    } else if (this.isClone(l.ty)) {
      derefNote();
      const snippet = m.shorthand !== undefined ? `: ${m.shorthand}.clone()` : '.clone()';
      d.suggest('consider cloning the value if the performance cost is acceptable', [{ span: mkSpan(m.span.hi, m.span.hi), snippet }], 'MachineApplicable', 'ShowAlways');
    } else if (l.ty.k === 'adt' && !fcx.ctx.r.table.defs[l.ty.def]!.isStd) {
      // rustc's `suggest_cloning` for a local type without `Clone`.
      derefNote();
      const data = fcx.ctx.r.table.defs[l.ty.def]!;
      const at = defSpan(fcx.sm, data);
      d.child({
        level: 'note',
        message: `if \`${fcx.print(l.ty)}\` implemented \`Clone\`, you could clone the value`,
        span: { primary: [at], labels: [{ span: at, label: 'consider implementing `Clone` for this type' }, { span: m.span, label: 'you could clone this value' }] },
      });
    }
    this.errors.push(d.build());
  }

  /** A field used after it was moved out (`b.tasks` after `let t = b.tasks;`). */
  private reportFieldMoved(l: Local, span: Span, borrow: boolean, m: MoveSite): void {
    const name = `${l.name}.${m.field!.path}`;
    const d = error(`${borrow ? 'borrow' : 'use'} of moved value: \`${name}\``, span).withCode('E0382');
    d.label(m.span, 'value moved here');
    d.label(span, borrow ? 'value borrowed here after move' : 'value used here after move');
    d.note(`move occurs because \`${name}\` has type \`${this.fcx.print(m.field!.ty)}\`, which does not implement the \`Copy\` trait`);
    this.errors.push(d.build());
  }

  private reportPartiallyMoved(l: Local, span: Span, borrow: boolean, moves: readonly MoveSite[]): void {
    const m = moves[moves.length - 1]!;
    const d = error(`${borrow ? 'borrow' : 'use'} of partially moved value: \`${l.name}\``, span).withCode('E0382');
    d.label(m.span, 'value partially moved here');
    d.label(span, borrow ? 'value borrowed here after partial move' : 'value used here after partial move');
    d.note(`partial move occurs because \`${l.name}.${m.field!.path}\` has type \`${this.fcx.print(m.field!.ty)}\`, which does not implement the \`Copy\` trait`);
    this.errors.push(d.build());
  }

  /** "consider changing this parameter type in function `f` to borrow instead ..." (local fns). */
  private paramNote(d: ReturnType<typeof error>, fnDef: DefId, index: number): void {
    const fcx = this.fcx;
    const data = fcx.ctx.r.table.defs[fnDef]!;
    if (data.isStd || (data.kind !== 'fn' && data.kind !== 'assocFn')) return;
    const node = data.node as A.FnItem | null;
    const param = node?.sig.decl.inputs[index];
    if (!node || !param) return;
    if (param.ty.kind === 'ref') return;
    const kind = data.kind === 'assocFn' ? 'method' : 'function';
    d.child({
      level: 'note',
      message: `consider changing this parameter type in ${kind} \`${data.name}\` to borrow instead if owning the value isn't necessary`,
      span: { primary: [param.ty.span], labels: [{ span: param.ty.span, label: 'this parameter takes ownership of the value' }, { span: node.ident.span, label: `in this ${kind}` }] },
    });
  }

  private reportAssignTwice(l: Local, span: Span, first: Span | 'init'): void {
    if (l.isParam) {
      const d = error(`cannot assign to immutable argument \`${l.name}\``, span).withCode('E0384');
      d.label(span, 'cannot assign to immutable argument');
      d.suggest('consider making this binding mutable', [{ span: mkSpan(l.identSpan.lo, l.identSpan.lo), snippet: 'mut ' }], 'MachineApplicable', 'ShowAlways');
      this.errors.push(d.build());
      return;
    }
    const d = error(`cannot assign twice to immutable variable \`${l.name}\``, span).withCode('E0384');
    d.label(first === 'init' ? l.identSpan : first, `first assignment to \`${l.name}\``);
    d.label(span, 'cannot assign twice to immutable variable');
    d.suggest('consider making this binding mutable', [{ span: mkSpan(l.identSpan.lo, l.identSpan.lo), snippet: 'mut ' }], 'MachineApplicable', 'ShowAlways');
    if (l.matched) d.suggest('to modify the original value, take a borrow instead', [{ span: mkSpan(l.identSpan.lo, l.identSpan.lo), snippet: 'ref mut ' }], 'MaybeIncorrect', 'ShowAlways');
    this.errors.push(d.build());
  }
}

function selfParamSpan(fcx: FnCtxt, def: DefId): Span | null {
  const data = fcx.ctx.r.table.defs[def]!;
  const node = data.node as A.FnItem | null;
  const p = node && node.kind === 'fn' ? node.sig.decl.inputs[0] : undefined;
  if (!p) return data.isStd ? defSpan(fcx.sm, data) : null;
  return p.pat.span;
}

function borrowsSomething(t: Ty): boolean {
  if (t.k === 'ref') return true;
  if (t.k === 'adt') return t.args.some((a) => (isTy(a) ? borrowsSomething(a) : a.k === 'region'));
  if (t.k === 'tuple') return t.elems.some(borrowsSomething);
  return false;
}

/** The field path of a place rooted at a local itself (`tasks` for `b.tasks`); null through a reference. */
function fieldPathOf(p: PlaceRef): string | null {
  return p.through === null ? p.key.slice(p.key.indexOf('.') + 1) : null;
}

/** Finds a `break`, `return`, `?` or unexpanded macro call outside closures and nested items. */
class EarlyExit extends Visitor {
  found = false;

  override visitExpr(e: A.Expr): void {
    if (this.found) return;
    if (e.kind === 'break' || e.kind === 'ret' || e.kind === 'try' || e.kind === 'macCall') this.found = true;
    else if (e.kind !== 'closure') this.walkExpr(e);
  }

  override visitItem(): void {}
}

const LEAVES_EARLY = new WeakMap<A.Block, boolean>();

/**
 * Whether a loop body can end the loop early (the loop walk visits a body twice, and nested
 * loops more: the answer is kept per body).
 */
function leavesEarly(body: A.Block): boolean {
  let r = LEAVES_EARLY.get(body);
  if (r === undefined) {
    const v = new EarlyExit();
    v.visitBlock(body);
    LEAVES_EARLY.set(body, (r = v.found));
  }
  return r;
}

/**
 * Whether assigning a new value drops the old one (rustc then points at the place, not the whole
 * assignment): std's owning types, and local types holding one; not `Copy` scalars or references.
 */
function needsDrop(fcx: FnCtxt, t: Ty, seen: Set<DefId> = new Set()): boolean {
  switch (t.k) {
    case 'tuple':
      return t.elems.some((x) => needsDrop(fcx, x, seen));
    case 'array':
      return needsDrop(fcx, t.ty, seen);
    case 'closure':
      return false;
    case 'adt': {
      const d = fcx.ctx.r.table.defs[t.def]!;
      if (d.isStd) return !['Option', 'Result', 'Range', 'RangeInclusive', 'Ordering', 'PhantomData', 'Wrapping', 'Reverse', 'Duration'].includes(d.name) || t.args.some((a) => isTy(a) && needsDrop(fcx, a, seen));
      if (seen.has(t.def)) return false;
      seen.add(t.def);
      const adt = fcx.ctx.sigs.adts[t.def];
      if (!adt) return false;
      const args = t.args;
      return adt.variants.some((v) => v.fields.some((f) => needsDrop(fcx, substTy(f.ty, args), seen)));
    }
    default:
      return false;
  }
}

/** rustc's `ty_kind_suggestion`: a value of type `t` to write, or null. */
function defaultValueText(fcx: FnCtxt, t: Ty): string | null {
  switch (t.k) {
    case 'bool':
      return 'false';
    case 'char':
      return "'x'";
    case 'int':
    case 'uint':
      return '42';
    case 'float':
      return '3.14159';
    case 'adt': {
      const d = fcx.ctx.r.table.defs[t.def]!;
      if (!d.isStd) return null;
      if (d.name === 'String') return 'String::new()';
      if (d.name === 'Vec') return 'vec![]';
      if (d.name === 'Option') return 'None';
      return null;
    }
    case 'ref':
      if (t.ty.k === 'str' && !t.mut) return '""';
      return null;
    default:
      return null;
  }
}

/**
 * Whether fn `def`'s parameter `index` has a generic type bounded by `'static` (`F: .. + 'static`,
 * in its bounds or the where clause), as `thread::spawn`'s closure is.
 */
function paramOutlivesStatic(fcx: FnCtxt, def: DefId, index: number): boolean {
  const node = fcx.ctx.r.table.defs[def]!.node as A.FnItem | null;
  if (!node || node.kind !== 'fn') return false;
  const ty = node.sig.decl.inputs[index]?.ty;
  if (!ty || ty.kind !== 'path' || ty.qself || ty.path.segments.length !== 1) return false;
  const name = ty.path.segments[0]!.ident.name;
  const isStatic = (b: A.GenericBound) => b.kind === 'outlives' && b.lifetime.ident.name === "'static";
  const g = node.generics;
  if (g.params.some((p) => p.ident.name === name && p.kind.kind === 'type' && p.bounds.some(isStatic))) return true;
  return g.whereClause.predicates.some((w) => w.kind === 'bound' && w.boundedTy.kind === 'path' && w.boundedTy.path.segments.length === 1 && w.boundedTy.path.segments[0]!.ident.name === name && w.bounds.some(isStatic));
}

/** Whether a region in `t` (a reference's, or an ADT's lifetime argument) satisfies `f`. */
function anyRegion(t: Ty, f: (r: Region) => boolean): boolean {
  switch (t.k) {
    case 'ref':
      return f(t.region) || anyRegion(t.ty, f);
    case 'adt':
    case 'fnDef':
    case 'dyn':
    case 'alias':
      return t.args.some((a) => (a.k === 'region' ? f(a) : isTy(a) && anyRegion(a, f)));
    case 'tuple':
      return t.elems.some((x) => anyRegion(x, f));
    case 'array':
    case 'slice':
    case 'ptr':
      return anyRegion(t.ty, f);
    default:
      return false;
  }
}

function isPrefix(a: Branch, b: Branch): boolean {
  if (a.length > b.length) return false;
  return a.every(([n, i], k) => b[k]![0] === n && b[k]![1] === i);
}

/** Two points on compatible paths: no branch point where they take different arms. */
function compatible(a: Branch, b: Branch): boolean {
  for (const [n, i] of a) {
    const o = b.find(([m]) => m === n);
    if (o && o[1] !== i) return false;
  }
  return true;
}

function forEachSubPat(p: A.Pat, f: (p: A.Pat) => void): void {
  switch (p.kind) {
    case 'tuple':
    case 'slice':
    case 'tupleStruct':
      p.elems.forEach(f);
      return;
    case 'struct':
      for (const x of p.fields) f(x.pat);
      return;
    case 'or':
      p.alts.forEach(f);
      return;
    case 'ref':
    case 'box':
    case 'deref':
    case 'paren':
      f(p.pat);
      return;
    case 'guard':
      f(p.pat);
      return;
    default:
      return;
  }
}

function forEachChildExpr(e: A.Expr, fe: (e: A.Expr) => void, fb: (b: A.Block) => void): void {
  const x = sx(e);
  switch (x.kind) {
    case 'array':
    case 'tuple':
      x.elems.forEach(fe);
      return;
    case 'range':
      if (x.start) fe(x.start);
      if (x.end) fe(x.end);
      return;
    case 'repeat':
      fe(x.expr);
      return;
    case 'tryBlock':
    case 'gen':
      fb(x.block);
      return;
    default:
      return;
  }
}
