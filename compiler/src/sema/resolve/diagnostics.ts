/**
 * The errors of late resolution, worded and decorated as rustc's `smart_resolve_report_errors`:
 * "cannot find value `x` in this scope" (E0425) and its siblings per path source (E0422, E0531,
 * E0405, E0433), wrong-kind uses (E0423, E0574, E0404), `self` outside methods (E0424), private
 * items (E0603), with typo suggestions ("a local variable with a similar name exists"), the
 * "similarly named ... defined here" label, and import suggestions.
 *
 * Owns: building these diagnostics. Must not: decide whether a path resolves.
 */
import type * as A from '../../syntax/ast.js';
import type { NodeId } from '../../syntax/ast.js';
import type { Span } from '../../syntax/source-map.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { span as mkSpan } from '../../syntax/source-map.js';
import { error } from '../../diagnostics/diagnostic.js';
import type { DefKind } from '../defs.js';
import { defKindDescr } from '../defs.js';
import type { ModuleIndex, NameBinding, Namespace, Res } from './types.js';
import { PRIM_TYS } from './types.js';
import { nsMap, isAccessible } from './scope.js';
import { findBestMatchForName } from '../../syntax/parser/diagnostics.js';
import { resolve as msg, articleFor } from '../../diagnostics/messages.js';
import { guessHeadSpan } from '../spans.js';
import { sourceMapView } from '../source-map-data.js';
import { findImportCandidates, type LateResolver, type ImportCandidate } from './late.js';

/** A path expression's parent when it is the base of a field access or a method call receiver. */
export interface ExprParent {
  readonly kind: 'field' | 'methodCall';
  /** The base expression and the field or method name (`.` lies between them). */
  readonly lhs: Span;
  readonly rhs: Span;
}

export type PathSource =
  | { readonly kind: 'expr'; readonly parent?: ExprParent }
  /** A callee: `upper` when the last segment starts with an uppercase letter (rustc then expects
   * "function, tuple struct or tuple variant"); the call's span and its arguments' spans. */
  | { readonly kind: 'call'; readonly upper: boolean; readonly span: Span; readonly args: readonly Span[] }
  | { readonly kind: 'type' }
  | { readonly kind: 'trait' }
  | { readonly kind: 'struct' }
  | { readonly kind: 'structPat' }
  | { readonly kind: 'tupleStructPat' }
  | { readonly kind: 'pat' };

export type UnresolvedPath =
  | { readonly kind: 'path'; readonly path: A.Path; readonly segment: number; readonly ns: Namespace; readonly source: PathSource; readonly reason: 'unresolved'; readonly module: ModuleIndex | null; readonly id: NodeId }
  | { readonly kind: 'selfValue'; readonly span: Span; readonly fn: { has: boolean; sigSpan: Span; paramsSpan: Span } | null }
  | { readonly kind: 'private'; readonly path: A.Path; readonly segment: number; readonly binding: NameBinding; readonly outermost?: Res | null }
  | { readonly kind: 'wrongKind'; readonly path: A.Path; readonly res: Res; readonly ns: Namespace; readonly source: PathSource };

/** rustc's `PathSource::descr_expected`. */
function expectedDescr(source: PathSource): string {
  switch (source.kind) {
    case 'expr':
      return 'value';
    case 'call':
      return source.upper ? 'function, tuple struct or tuple variant' : 'function';
    case 'type':
      return 'type';
    case 'trait':
      return 'trait';
    case 'struct':
    case 'structPat':
      return 'struct, variant or union type';
    case 'tupleStructPat':
      return 'tuple struct or tuple variant';
    case 'pat':
      return 'unit struct, unit variant or constant';
  }
}

function errorCode(source: PathSource, lexical: boolean): string {
  switch (source.kind) {
    case 'trait':
      return 'E0405';
    case 'struct':
    case 'structPat':
      return 'E0422';
    case 'tupleStructPat':
    case 'pat':
      return 'E0531';
    default:
      void lexical;
      return 'E0425';
  }
}

/** What kinds of definition fit a path source (rustc's `PathSource::is_expected`, for typo and import candidates). */
export function fits(source: PathSource, res: Res): boolean {
  if (res.kind === 'prim') return source.kind === 'type';
  if (res.kind === 'local') return source.kind === 'expr' || source.kind === 'call';
  if (res.kind !== 'def') return false;
  const k = res.defKind;
  switch (source.kind) {
    case 'expr':
    case 'call':
      return k === 'fn' || k === 'const' || k === 'static' || k === 'ctor' || k === 'assocFn' || k === 'assocConst' || k === 'constParam';
    case 'type':
      return k === 'struct' || k === 'enum' || k === 'union' || k === 'tyAlias' || k === 'tyParam' || k === 'trait' || k === 'assocTy';
    case 'trait':
      return k === 'trait';
    case 'struct':
    case 'structPat':
      return k === 'struct' || k === 'union' || k === 'variant' || k === 'tyAlias';
    case 'tupleStructPat':
      return k === 'ctor';
    case 'pat':
      return k === 'ctor' || k === 'const' || k === 'assocConst';
  }
}

/** rustc's `Res::descr` for typo suggestions: "function", "struct", "unit struct", "local variable"... */
function resDescr(lr: LateResolver, res: Res): string {
  if (res.kind === 'local') return 'local variable';
  if (res.kind === 'prim') return 'builtin type';
  if (res.kind !== 'def') return 'item';
  const t = lr.r.table;
  const d = t.defs[res.def]!;
  if (res.defKind === 'ctor') {
    const parent = t.defs[d.parent!]!;
    const node = parent.node as A.StructItem | A.Variant | null;
    const unit = node && 'data' in node && node.data.kind === 'unit';
    if (parent.kind === 'variant') return unit ? 'unit variant' : 'tuple variant';
    return unit ? 'unit struct' : 'tuple struct';
  }
  return defKindDescr(res.defKind, d);
}

export function reportUnresolved(lr: LateResolver, f: UnresolvedPath): Diagnostic {
  const sm = sourceMapView(lr.input.sources);
  switch (f.kind) {
    case 'selfValue': {
      const d = error('expected value, found module `self`', f.span).withCode('E0424').label(f.span, '`self` value is a keyword only available in methods with a `self` parameter');
      return d.build();
    }
    case 'private': {
      const seg = f.path.segments[f.segment]!;
      const res = f.binding.res;
      const kind = res.kind === 'def' ? resDescrForPrivacy(lr, res) : 'item';
      const d = msg.isPrivate(kind, seg.ident.name, seg.ident.span).label(seg.ident.span, msg.privateLabel(kind));
      const lastSeg = f.path.segments[f.path.segments.length - 1]!;
      if (f.outermost) d.label(lastSeg.ident.span, `${resDescr(lr, f.outermost)} \`${lastSeg.ident.name}\` is not publicly re-exported`);
      if (res.kind === 'def') {
        const data = lr.r.table.defs[res.def]!;
        d.note(msg.definedHere(kind, seg.ident.name), data.isStd ? data.span : guessHeadSpan(sm, data.itemSpan));
      }
      return d.build();
    }
    case 'wrongKind':
      return smartReport(lr, f.path, f.source, f.ns, f.res, sm);
    case 'path':
      return reportPath(lr, f, sm);
  }
}

function resDescrForPrivacy(lr: LateResolver, res: Res & { kind: 'def' }): string {
  return resDescr(lr, res);
}

function reportPath(lr: LateResolver, f: UnresolvedPath & { kind: 'path' }, sm: ReturnType<typeof sourceMapView>): Diagnostic {
  const segs = f.path.segments;
  const seg = segs[f.segment]!;
  const name = seg.ident.name;
  const span = seg.ident.span;
  const isLast = f.segment === segs.length - 1;
  // A module or type prefix that does not exist: E0433.
  if (!isLast) {
    if (f.module === null && f.segment === 0) {
      const typeCands = findImportCandidates(lr, name, 'type', (r) => r.kind === 'def' && r.defKind !== 'mod');
      const isType = /^[A-Z]/.test(name);
      if (isType) {
        const d = error(`cannot find type \`${name}\` in this scope`, span).withCode('E0433').label(span, msg.useOfUndeclaredType(name));
        // rustc reports this through `smart_resolve_report_errors` on the prefix as a type and
        // then replaces message, code and labels: the typo suggestion stays, its label goes.
        const typo = lexicalTypo(lr, { kind: 'type' }, 'type', name);
        if (typo) d.suggest(`${articleFor(resDescr(lr, typo.res))} ${resDescr(lr, typo.res)} with a similar name exists`, [{ span, snippet: typo.name }], 'MaybeIncorrect', 'ShowAlways');
        addImportSuggestions(lr, d, typeCands, false);
        return d.build();
      }
      const d = error(`cannot find module or crate \`${name}\` in this scope`, span).withCode('E0433').label(span, msg.unresolvedModuleOrCrate(name));
      d.help(msg.missingCrate(name));
      // `collections::HashMap::new()`: suggest importing the next segment instead.
      const next = segs[f.segment + 1];
      if (next) {
        const cands = findImportCandidates(lr, next.ident.name, 'type', (r) => r.kind === 'def' && r.defKind !== 'mod');
        if (cands.length > 0) {
          addImportSuggestions(lr, d, cands, false);
          d.suggest(`if you import \`${next.ident.name}\`, refer to it directly`, [{ span: mkSpan(span.lo, next.ident.span.lo), snippet: '' }], 'MaybeIncorrect', 'ShowAlways');
        }
      }
      return d.build();
    }
    const parent = segs[f.segment - 1]?.ident.name ?? '';
    const d = error(`cannot find \`${name}\` in \`${parent}\``, span).withCode('E0433').label(span, `could not find \`${name}\` in \`${parent}\``);
    return d.build();
  }
  const expected = expectedDescr(f.source);
  const code = errorCode(f.source, f.module === null);
  if (f.module !== null) {
    const m = lr.r.modules[f.module]!;
    const parentName = segs[f.segment - 1]!.ident.name;
    const where = m.kind === 'mod' ? `module \`${parentName}\`` : m.kind === 'enum' ? `enum \`${parentName}\`` : `trait \`${parentName}\``;
    const d = error(`cannot find ${expected} \`${name}\` in ${where}`, span).withCode(code);
    const cands = [...nsMap(m, f.ns)].filter(([, b]) => fits(f.source, b.res) && isAccessible(lr.r, b.vis, lr.currentModule)).map(([n]) => n).filter((n) => !n.startsWith('_#'));
    const best = findBestMatchForName(cands.sort(), name, null);
    if (best !== null) {
      const b = nsMap(m, f.ns).get(best)!;
      addTypo(lr, d, b.res, best, span, sm);
    } else {
      d.label(span, `not found in \`${parentName}\``);
    }
    return d.build();
  }
  // A single name not in scope.
  return smartReport(lr, f.path, f.source, f.ns, null, sm);
}

/** rustc's `PathSource::error_code(true)`: a path that resolved to the wrong kind of thing. */
function wrongKindCode(source: PathSource): string {
  switch (source.kind) {
    case 'trait':
      return 'E0404';
    case 'type':
      return 'E0573';
    case 'struct':
    case 'structPat':
      return 'E0574';
    case 'tupleStructPat':
    case 'pat':
      return 'E0532';
    default:
      return 'E0423';
  }
}

/**
 * rustc's `smart_resolve_report_errors` for a single name not in scope (`res` null) or a path
 * that resolved to the wrong kind of thing (`res`): the base error, then (as
 * `try_lookup_name_relaxed`) a field or associated item of `Self` with that name, the
 * context-dependent help for the found definition, then (as `suggest_typo`) a similar name or
 * the fallback label, the `let` binding suggestions, and import candidates.
 */
function smartReport(lr: LateResolver, path: A.Path, source: PathSource, ns: Namespace, res: Res | null, sm: ReturnType<typeof sourceMapView>): Diagnostic {
  const segs = path.segments;
  const last = segs[segs.length - 1]!;
  const name = last.ident.name;
  const identSpan = last.ident.span;
  const pathStr = segs.map((s) => s.ident.name).join('::');
  const expected = expectedDescr(source);
  let baseSpan: Span;
  let fallbackLabel: string;
  let code: string;
  let d: ReturnType<typeof error>;
  if (res) {
    baseSpan = path.span;
    code = wrongKindCode(source);
    d = error(`expected ${expected}, found ${resDescr(lr, res)} \`${pathStr}\``, baseSpan).withCode(code);
    fallbackLabel = `not a ${expected}`;
    if (res.kind === 'def' && res.defKind === 'tyParam') d.label(lr.r.table.defs[res.def]!.span, 'found this type pararmeter');
  } else {
    baseSpan = identSpan;
    code = errorCode(source, true);
    d = error(`cannot find ${expected} \`${name}\` in this scope`, identSpan).withCode(code);
    fallbackLabel = msg.notFoundInScope;
    if (segs.length === 1) baseImplItemSuggestion(lr, d, name, source, identSpan);
  }
  if (res && source.kind === 'tupleStructPat' && res.kind === 'def' && res.defKind === 'fn') {
    // rustc's `explain_functions_in_pattern`.
    d = error('expected a pattern, found a function call', baseSpan).withCode(code);
    d.note('function calls are not allowed in patterns: <https://doc.rust-lang.org/book/ch19-00-patterns.html>');
  }
  const excluded = res && res.kind === 'def' ? res.def : -1;
  const candidates = findImportCandidates(lr, name, ns, (r) => fits(source, r) && !(r.kind === 'def' && r.def === excluded));
  const typo = segs.length === 1 ? lexicalTypo(lr, source, ns, name) : null;
  let primaryOverride: Span | null = null;
  let found = false;
  if (segs.length === 1 && lr.implCtx !== null) found = suggestAssocCandidate(lr, d, name, source, identSpan);
  if (!found && res) {
    const help = contextHelp(lr, d, source, path, res, pathStr, fallbackLabel, baseSpan);
    if (help !== false) {
      found = true;
      if (help !== true) primaryOverride = help;
    }
  }
  if (found) {
    if (typo) addTypo(lr, d, typo.res, typo.name, identSpan, sm);
  } else {
    let fallback = false;
    if (typo) addTypo(lr, d, typo.res, typo.name, identSpan, sm);
    else fallback = true;
    if (letBindingSuggestion(lr, d, identSpan, code, sm)) fallback = false;
    if (fallback) d.label(baseSpan, fallbackLabel);
  }
  if (candidates.length > 0) addImportSuggestions(lr, d, candidates, res !== null);
  else if (!res && source.kind === 'type') suggestGenericParam(lr, d, name, identSpan);
  const built = d.build();
  if (primaryOverride) return { ...built, span: { ...built.span, primary: [primaryOverride] } };
  return built;
}

/**
 * rustc's `make_base_error` inside a fn of an inherent impl: another item of the impl with the
 * unknown name ("consider using the method on `Self`", or a label on the item).
 */
function baseImplItemSuggestion(lr: LateResolver, d: ReturnType<typeof error>, name: string, source: PathSource, span: Span): void {
  const ctx = lr.implCtx;
  if (!ctx || ctx.ofTrait || !lr.inFn) return;
  const item = ctx.items.find((i) => i.kind !== 'macCall' && i.ident.name === name);
  if (!item || item.kind === 'macCall') return;
  const isCall = source.kind === 'call';
  const at = mkSpan(span.lo, span.lo);
  if (item.kind === 'fn') {
    const itemHasSelf = hasSelfParam(item.sig);
    if (itemHasSelf && (!lr.selfValueAvailable || !isCall)) {
      d.label(item.ident.span, 'a method by that name is available on `Self` here');
    } else if (!itemHasSelf && !isCall) {
      d.label(item.ident.span, 'an associated function by that name is available on `Self` here');
    } else if (itemHasSelf) {
      d.suggest('consider using the method on `Self`', [{ span: at, snippet: 'self.' }], 'MaybeIncorrect', 'ShowAlways');
    } else {
      d.suggest('consider using the associated function on `Self`', [{ span: at, snippet: 'Self::' }], 'MaybeIncorrect', 'ShowAlways');
    }
  } else if (item.kind === 'const') {
    d.suggest('consider using the associated constant on `Self`', [{ span: at, snippet: 'Self::' }], 'MaybeIncorrect', 'ShowAlways');
  }
}

function hasSelfParam(sig: A.FnSig): boolean {
  const first = sig.decl.inputs[0];
  return first !== undefined && first.pat.kind === 'ident' && first.pat.ident.name === 'self';
}

/** rustc's `lookup_assoc_candidate` (inside an impl or trait): a field of `Self`, or (in a trait or trait impl) an associated item. */
function suggestAssocCandidate(lr: LateResolver, d: ReturnType<typeof error>, name: string, source: PathSource, span: Span): boolean {
  const ctx = lr.implCtx!;
  const called = source.kind === 'call';
  const selfValue = lr.selfValueAvailable;
  const at = mkSpan(span.lo, span.lo);
  // Fields are expected where locals are.
  if ((source.kind === 'expr' || source.kind === 'call') && ctx.selfTy && ctx.selfTy.kind === 'path') {
    const tres = lr.resolutionOf(ctx.selfTy.id);
    if (tres && tres.kind === 'def' && (tres.defKind === 'struct' || tres.defKind === 'union')) {
      const node = lr.r.table.defs[tres.def]!.node as A.StructItem | null;
      if (node && 'data' in node && node.data.kind === 'struct') {
        const field = node.data.fields.find((f) => f.ident?.name === name);
        if (field && field.ident) {
          if (selfValue) d.suggest('you might have meant to use the available field', [{ span: at, snippet: 'self.' }], 'MachineApplicable', 'ShowAlways');
          else d.label(field.ident.span, 'a field by that name exists in `Self`');
          return true;
        }
      }
    }
  }
  if (!ctx.ofTrait) return false;
  for (const item of ctx.items) {
    if (item.kind === 'macCall' || item.ident.name !== name) continue;
    if (item.kind === 'fn') {
      if (!(source.kind === 'expr' || source.kind === 'call')) continue;
      const hasSelf = hasSelfParam(item.sig);
      if (hasSelf && selfValue) {
        d.suggest(called ? 'you might have meant to call the method' : 'you might have meant to refer to the method', [{ span: at, snippet: 'self.' }], 'MachineApplicable', 'ShowAlways');
      } else {
        const action = hasSelf
          ? called
            ? 'call the method with the fully-qualified path'
            : 'refer to the method with the fully-qualified path'
          : called
            ? 'call the associated function'
            : 'refer to the associated function';
        d.suggest(`you might have meant to ${action}`, [{ span: at, snippet: 'Self::' }], 'MachineApplicable', 'ShowAlways');
      }
      return true;
    }
    if (item.kind === 'const' && (source.kind === 'expr' || source.kind === 'call' || source.kind === 'pat')) {
      d.suggest('you might have meant to use the associated `const`', [{ span: at, snippet: 'Self::' }], 'MachineApplicable', 'ShowAlways');
      return true;
    }
    if (item.kind === 'tyAlias' && source.kind === 'type') {
      d.suggest('you might have meant to use the associated type', [{ span: at, snippet: 'Self::' }], 'MachineApplicable', 'ShowAlways');
      return true;
    }
  }
  return false;
}

/**
 * rustc's `smart_resolve_context_dependent_help` for the cases ordinary code hits: a braced
 * struct used as a value or called ("use struct literal syntax instead"), a module, trait or
 * type alias followed by `.` ("use the path separator to refer to an item"). Returns false when
 * it has nothing to say, true when it added help, or a span that replaces the primary span.
 */
function contextHelp(lr: LateResolver, d: ReturnType<typeof error>, source: PathSource, path: A.Path, res: Res, pathStr: string, fallbackLabel: string, span: Span): boolean | Span {
  if (res.kind !== 'def') return false;
  const k = res.defKind;
  const sm = sourceMapView(lr.input.sources);
  const pathSep = (): boolean => {
    if (source.kind !== 'expr' || !source.parent) return false;
    const { lhs, rhs } = source.parent;
    if (lhs.ctxt !== rhs.ctxt) return false;
    d.suggest('use the path separator to refer to an item', [{ span: mkSpan(lhs.hi, rhs.lo), snippet: '::' }], 'MaybeIncorrect', 'ShowAlways');
    return true;
  };
  if ((k === 'mod' || k === 'trait' || k === 'tyAlias') && source.kind === 'expr' && source.parent && pathSep()) return true;
  if (k === 'struct' && (source.kind === 'expr' || source.kind === 'call' || source.kind === 'pat' || source.kind === 'tupleStructPat')) {
    // Only structs without a constructor get here (a tuple or unit struct's is in the value namespace).
    if (source.kind === 'expr' && source.parent) {
      if (pathSep()) return true;
    }
    const data = lr.r.table.defs[res.def]!;
    const node = data.node as A.StructItem | null;
    const primary = source.kind === 'call' ? source.span : span;
    if (data.isStd) {
      // The fields are private: no struct literal suggestion, only where it is defined.
      d.label(data.span, `\`${pathStr}\` defined here`);
      return primary === span ? true : primary;
    }
    d.label(data.itemSpan, `\`${pathStr}\` defined here`);
    const fields = node && 'data' in node && node.data.kind === 'struct' ? node.data.fields.map((f) => f.ident?.name ?? '') : null;
    const isPat = source.kind === 'pat' || source.kind === 'tupleStructPat';
    const descr = isPat ? 'pattern' : 'literal';
    if (source.kind === 'call' && source.args.length > 0 && fields && source.args.length === fields.length) {
      const parts = [{ span: mkSpan(path.span.hi, source.args[0]!.lo), snippet: '{' }];
      source.args.forEach((a, i) => parts.push({ span: mkSpan(a.lo, a.lo), snippet: `${fields[i]}: ` }));
      parts.push({ span: mkSpan(source.args[source.args.length - 1]!.hi, source.span.hi), snippet: '}' });
      d.suggest(`use struct ${descr} syntax instead of calling`, parts, 'MaybeIncorrect', 'ShowAlways');
    } else {
      const tail = isPat ? '' : ': val';
      const list = fields ? fields.map((f) => `${f}${tail}`).join(', ') : '/* fields */';
      const pad = fields && fields.length > 0 ? ' ' : '';
      d.suggest(`use struct ${descr} syntax instead`, [{ span: primary, snippet: `${pathStr} {${pad}${list}${pad}}` }], 'HasPlaceholders', 'ShowCode');
    }
    void sm;
    void fallbackLabel;
    return primary === span ? true : primary;
  }
  return false;
}

/** rustc's `let_binding_suggestion`: `x = 1` for an unknown `x` at the start of a line, `let x = Ty` (E0423). */
function letBindingSuggestion(lr: LateResolver, d: ReturnType<typeof error>, identSpan: Span, code: string, sm: ReturnType<typeof sourceMapView>): boolean {
  if (lr.inAssignment?.lhsIsPath && identSpan.ctxt === 0) {
    const file = sm.lookupFile(identSpan.lo);
    const rel = identSpan.lo - file.startPos;
    const lineStart = file.src.lastIndexOf('\n', rel - 1) + 1;
    if (/^\s*$/.test(file.src.slice(lineStart, rel))) {
      const text = file.src.slice(rel, identSpan.hi - file.startPos);
      if (text.startsWith('let')) {
        d.suggest('you might have meant to introduce a new binding', [{ span: identSpan, snippet: `let ${text.slice(3).replace(/^_/, '')}` }], 'MaybeIncorrect', 'ShowAlways');
      } else {
        d.suggest('you might have meant to introduce a new binding', [{ span: mkSpan(identSpan.lo, identSpan.lo), snippet: 'let ' }], 'MaybeIncorrect', 'ShowAlways');
      }
      return true;
    }
  }
  const lb = lr.letBinding;
  if (code === 'E0423' && lb && !lb.hasTy && lb.initLo === identSpan.lo) {
    d.suggest('you might have meant to use `:` for type annotation', [{ span: mkSpan(lb.patHi, lb.initLo), snippet: ': ' }], 'MaybeIncorrect', 'ShowAlways');
    return true;
  }
  return false;
}

/**
 * rustc's `suggest_adding_generic_parameter`: an unknown type that looks like a type parameter
 * (one uppercase letter, or any name inside generic arguments) in a fn, struct, enum or union
 * (an impl only for a one-letter name inside generic arguments): "you might be missing a type
 * parameter".
 */
function suggestGenericParam(lr: LateResolver, d: ReturnType<typeof error>, name: string, span: Span): void {
  const single = /^[A-Z]$/.test(name) || (/^\p{Lu}$/u.test(name) && [...name].length === 1);
  if (!lr.inGenericArgs && !single) return;
  const item = lr.currentItem;
  if (!item) return;
  if (item.kind === 'fn' && item.ident.name === 'main') return;
  const ok = ((item.kind === 'fn' || item.kind === 'enum' || item.kind === 'struct' || item.kind === 'union') && single) || (item.kind === 'impl' && single && lr.inGenericArgs > 0) || !single;
  if (!ok || !('generics' in item)) return;
  const g = (item as { generics: A.Generics }).generics;
  if (g.span.lo <= span.lo && span.hi <= g.span.hi && g.span.hi > g.span.lo) return;
  let at: Span;
  let sugg: string;
  const last = g.params[g.params.length - 1];
  if (last) {
    const b = last.bounds[last.bounds.length - 1];
    at = b ? b.span : last.kind.kind === 'const' ? (last.kind.default ? last.kind.default.value.span : last.kind.ty.span) : last.ident.span;
    sugg = `, ${name}`;
  } else {
    at = g.span;
    sugg = `<${name}>`;
  }
  if (at.ctxt !== 0) return;
  d.suggest('you might be missing a type parameter', [{ span: mkSpan(at.hi, at.hi), snippet: sugg }], 'MaybeIncorrect', 'ShowAlways');
}

/** The best typo candidate among the names in scope (rustc's `lookup_typo_candidate`). */
function lexicalTypo(lr: LateResolver, source: PathSource, ns: Namespace, name: string): { name: string; res: Res } | null {
  const names = new Map<string, Res>();
  const add = (n: string, res: Res) => {
    if (!names.has(n) && fits(source, res)) names.set(n, res);
  };
  // Locals, innermost first.
  if (ns === 'value') {
    const ribs = lr.currentRibs;
    for (let i = ribs.length - 1; i >= 0; i--) {
      for (const [n, id] of ribs[i]!.values) add(n, { kind: 'local', id });
      if (ribs[i]!.kind === 'item') break;
    }
  } else {
    const ribs = lr.currentRibs;
    for (let i = ribs.length - 1; i >= 0; i--) for (const [n, res] of ribs[i]!.types) add(n, res);
  }
  let cur: ModuleIndex | null = lr.currentModule;
  while (cur !== null) {
    const m: import("./types.js").ModuleData = lr.r.modules[cur]!;
    for (const [n, b] of nsMap(m, ns)) add(n, b.res);
    if (m.kind === 'mod') break;
    cur = m.parent;
  }
  for (const [n, b] of nsMap(lr.r.modules[lr.r.preludeModule]!, ns)) add(n, b.res);
  if (ns === 'type' && source.kind === 'type') for (const p of PRIM_TYS) add(p, { kind: 'prim', prim: p as never });
  const best = findBestMatchForName([...names.keys()].filter((n) => !n.startsWith('_#')), name, null);
  if (best === null || best === name) return null;
  return { name: best, res: names.get(best)! };
}

function addTypo(lr: LateResolver, d: ReturnType<typeof error>, res: Res, candidate: string, span: Span, sm: ReturnType<typeof sourceMapView>): void {
  const descr = resDescr(lr, res);
  if (res.kind === 'def') {
    const data = lr.r.table.defs[res.def]!;
    const defSpan = data.isStd ? data.span : similarDefSpan(res.defKind, data.itemSpan, data.span, sm);
    d.label(defSpan, `similarly named ${descr} \`${candidate}\` defined here`);
  }
  d.suggest(`${articleFor(descr)} ${descr} with a similar name exists`, [{ span, snippet: candidate }], 'MaybeIncorrect', 'ShowAlways');
}

function similarDefSpan(kind: DefKind, itemSpan: Span, identSpan: Span, sm: ReturnType<typeof sourceMapView>): Span {
  if (kind === 'ctor' || kind === 'tyParam' || kind === 'constParam') return identSpan;
  return guessHeadSpan(sm, itemSpan);
}

/** rustc's `show_candidates`: "consider importing this struct" / "consider importing one of these functions" ("... instead" after a wrong-kind error). */
function addImportSuggestions(lr: LateResolver, d: ReturnType<typeof error>, cands: readonly ImportCandidate[], instead: boolean): void {
  // No candidate, no help (rustc's `show_candidates` returns on an empty list).
  if (cands.length === 0) return;
  const sm = sourceMapView(lr.input.sources);
  const at = importInsertionPoint(lr, sm);
  if (at === null) return;
  const sorted = [...cands].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const kinds = new Set(sorted.map((c) => resDescr(lr, c.res)));
  const kind = kinds.size === 1 ? [...kinds][0]! : 'item';
  const suffix = instead ? ' instead' : '';
  const msgText = sorted.length === 1 ? `consider importing this ${kind}${suffix}` : `consider importing one of these ${kind.endsWith('s') ? `${kind}es` : `${kind}s`}${suffix}`;
  d.suggestAlternatives(
    msgText,
    sorted.map((c) => [{ span: at, snippet: `use ${c.path};\n` }]),
    'MaybeIncorrect',
    'ShowAlways',
  );
}

/** Where a `use` is inserted: before the module's first `use`, else before its first item. */
function importInsertionPoint(lr: LateResolver, sm: ReturnType<typeof sourceMapView>): Span | null {
  const m: import('./types.js').ModuleData = lr.r.modules[lr.r.modules[lr.currentModule]!.normal]!;
  const def = lr.r.table.defs[m.def]!;
  let items: readonly A.Item[] | null = null;
  if (def.node && 'kind' in def.node && def.node.kind === 'mod' && def.node.mod.kind === 'inline') items = def.node.mod.items;
  else if (def.file !== undefined) items = lr.input.files.get(def.file)?.items ?? null;
  if (!items || items.length === 0) return null;
  const firstUse = items.find((i) => i.kind === 'use' && !i.span.ctxt);
  const target = firstUse ?? items.find((i) => i.span.ctxt === 0) ?? null;
  if (!target) return null;
  let lo = target.span.lo;
  for (const a of target.attrs) if (a.span.lo < lo && a.kind === 'normal') lo = a.span.lo;
  // At the start of the line.
  const file = sm.lookupFile(lo);
  const rel = lo - file.startPos;
  const lineStart = file.src.lastIndexOf('\n', rel - 1) + 1;
  return mkSpan(file.startPos + lineStart, file.startPos + lineStart);
}
