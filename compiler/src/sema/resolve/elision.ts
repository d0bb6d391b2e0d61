/**
 * E0106, "missing lifetime specifier", for the cases where rustc's lifetime elision has no answer
 * and the fix is to introduce a named lifetime: an elided `&` in a struct, enum or union field,
 * and an elided `&` in a function's return type when the parameters hold two or more lifetimes
 * and no `&self` decides ("the signature does not say whether it is borrowed from `a` or `b`").
 * Late resolution (late.ts) calls these as it reaches the `&`, so the errors come out where
 * rustc's resolver emits them, among the item's other resolution errors.
 *
 * A return type whose parameters hold no lifetime at all gets rustc's other form: there is no
 * value to borrow from; `'static`, or borrowed arguments, or an owned return type.
 *
 * Not covered (no error is reported, never a wrong one): named lifetimes already in scope in a
 * function, a by-value `self`, paths whose lifetime arguments are elided (`Chars`, a crate's `Pair<'a>` written
 * `Pair`) as the missing lifetime, and fields of items that already declare two lifetimes.
 *
 * Owns: these checks and their diagnostics. Must not: resolve paths (late.ts gives the
 * resolutions it made).
 */
import type * as A from '../../syntax/ast.js';
import type { Span } from '../../syntax/source-map.js';
import { span as mkSpan } from '../../syntax/source-map.js';
import { error, type Diagnostic } from '../../diagnostics/diagnostic.js';

/** Where elided references are errors while late resolution walks a type. */
export type ElisionScope =
  | { readonly kind: 'adt'; readonly generics: A.Generics; readonly nameSpan: Span }
  | { readonly kind: 'fnOutput'; readonly report: (ref: A.Ty) => Diagnostic };

const ampSpan = (t: A.Ty): Span => mkSpan(t.span.lo, t.span.lo + 1, t.span.ctxt);
const afterAmp = (t: A.Ty): Span => mkSpan(t.span.lo + 1, t.span.lo + 1, t.span.ctxt);

/** Where `'a` goes into generics: before the first parameter, or a new `<'a>` after the name. */
function introduce(g: A.Generics, nameSpan: Span): { span: Span; snippet: string } {
  const first = g.params[0];
  if (first) return { span: mkSpan(first.span.lo, first.span.lo, first.span.ctxt), snippet: "'a, " };
  return { span: mkSpan(nameSpan.hi, nameSpan.hi, nameSpan.ctxt), snippet: "<'a>" };
}

/** The E0106 for an elided `&` met in `scope`; null when weftc leaves the case alone. */
export function missingLifetime(scope: ElisionScope, ref: A.Ty): Diagnostic | null {
  if (scope.kind === 'fnOutput') return scope.report(ref);
  const lifetimes = scope.generics.params.filter((p) => p.kind.kind === 'lifetime');
  if (lifetimes.length > 1) return null;
  const d = error('missing lifetime specifier', ampSpan(ref)).withCode('E0106');
  d.label(ampSpan(ref), 'expected named lifetime parameter');
  if (lifetimes.length === 1) {
    const name = lifetimes[0]!.ident.name;
    d.suggest(`consider using the \`${name}\` lifetime`, [{ span: afterAmp(ref), snippet: `${name} ` }], 'MaybeIncorrect', 'ShowAlways');
  } else {
    d.suggest('consider introducing a named lifetime parameter', [introduce(scope.generics, scope.nameSpan), { span: afterAmp(ref), snippet: "'a " }], 'MaybeIncorrect', 'ShowAlways');
  }
  return d.build();
}

/** The references and lifetimes of a type, as elision counts them (null: something weftc does not count). */
interface TyLifetimes {
  readonly elided: A.Ty[];
  readonly named: number;
}

/**
 * The lifetimes in `t`, outside fn pointers, trait objects and `impl Trait` (their own elision
 * scopes); null when `t` names a type with lifetime parameters (`Pair` for `Pair<'a>`): those
 * are not counted here, so the function is left alone.
 */
function lifetimesOf(t: A.Ty, hasLifetimeParams: (path: A.Ty) => boolean): TyLifetimes | null {
  const elided: A.Ty[] = [];
  let named = 0;
  let unknown = false;
  const walk = (x: A.Ty): void => {
    switch (x.kind) {
      case 'ref':
        if (x.lifetime === null) elided.push(x);
        else named++;
        walk(x.mt.ty);
        break;
      case 'ptr':
      case 'slice':
      case 'paren':
      case 'array':
        walk(x.kind === 'ptr' ? x.mt.ty : x.ty);
        break;
      case 'tuple':
        x.elems.forEach(walk);
        break;
      case 'path':
        if (x.qself || hasLifetimeParams(x)) unknown = true;
        for (const s of x.path.segments) {
          if (!s.args) continue;
          if (s.args.kind !== 'angle') {
            unknown = true;
            continue;
          }
          for (const a of s.args.args) {
            if (a.kind !== 'arg') unknown = true;
            else if (a.arg.kind === 'type') walk(a.arg.ty);
            else if (a.arg.kind === 'lifetime') named++;
          }
        }
        break;
      case 'bareFn':
      case 'traitObject':
      case 'implTrait':
        unknown = true;
        break;
      default:
        break;
    }
  };
  walk(t);
  return unknown ? null : { elided, named };
}

/**
 * The scope for a function's return type when its elided `&` is an error weftc reports (else
 * null): no `&self`, no lifetime parameters in scope, exactly one elided `&` in the return type,
 * and two or more elided lifetimes in the parameters, all countable.
 */
export function fnOutputScope(sig: A.FnSig, generics: A.Generics, nameSpan: Span, outerLifetimes: boolean, hasLifetimeParams: (path: A.Ty) => boolean, snippet: (s: Span) => string): ElisionScope | null {
  if (sig.decl.output.kind !== 'ty' || outerLifetimes || generics.params.some((p) => p.kind.kind === 'lifetime')) return null;
  const out = lifetimesOf(sig.decl.output.ty, hasLifetimeParams);
  if (!out || out.elided.length !== 1 || out.named > 0) return null;
  const params: { index: number; name: string | null; count: number; param: A.Param; refs: A.Ty[] }[] = [];
  let total = 0;
  for (const [index, p] of sig.decl.inputs.entries()) {
    const isSelf = p.pat.kind === 'ident' && p.pat.ident.name === 'self';
    if (isSelf && p.ty.kind !== 'implicitSelf') return null;
    const l = lifetimesOf(p.ty, hasLifetimeParams);
    if (!l || l.named > 0) return null;
    if (l.elided.length === 0) continue;
    total += l.elided.length;
    params.push({ index, name: p.pat.kind === 'ident' ? p.pat.ident.name : null, count: l.elided.length, param: p, refs: l.elided });
  }
  if (total === 0) return noInputLifetimes(sig, snippet);
  if (total < 2) return null;
  return {
    kind: 'fnOutput',
    report: (ref) => {
      const amp = ampSpan(ref);
      const d = error('missing lifetime specifier', amp).withCode('E0106');
      for (const p of params) d.label(p.param.ty.span, '');
      d.label(amp, 'expected named lifetime parameter');
      let m = '';
      params.forEach((p, i) => {
        const name = p.name !== null ? `\`${p.name}\`` : `argument ${p.index + 1}`;
        m += p.count > 1 ? `one of ${name}'s ${p.count} lifetimes` : name;
        if (params.length === 2 && i === 0) m += ' or ';
        else if (i + 2 === params.length) m += ', or ';
        else if (i + 1 !== params.length) m += ', ';
      });
      d.help(
        params.length === 1
          ? `this function's return type contains a borrowed value, but the signature does not say which ${m} it is borrowed from`
          : `this function's return type contains a borrowed value, but the signature does not say whether it is borrowed from ${m}`,
      );
      const parts = [introduce(generics, nameSpan), ...params.flatMap((p) => p.refs.map((r) => ({ span: afterAmp(r), snippet: "'a " }))), { span: mkSpan(amp.hi, amp.hi, amp.ctxt), snippet: "'a " }];
      d.suggest('consider introducing a named lifetime parameter', parts, 'MaybeIncorrect', 'ShowAlways');
      return d.build();
    },
  };
}

/**
 * No lifetime in the parameters: "there is no value for it to be borrowed from", with rustc's
 * three ways out (`'static`; borrowing the arguments; returning an owned value, `String` for
 * `&str`, else the referent itself).
 */
function noInputLifetimes(sig: A.FnSig, snippet: (s: Span) => string): ElisionScope | null {
  const params = sig.decl.inputs;
  if (params.some((p) => p.pat.kind === 'ident' && p.pat.ident.name === 'self')) return null;
  return {
    kind: 'fnOutput',
    report: (ref) => {
      const amp = ampSpan(ref);
      const d = error('missing lifetime specifier', amp).withCode('E0106');
      d.label(amp, 'expected named lifetime parameter');
      d.help("this function's return type contains a borrowed value, but there is no value for it to be borrowed from");
      d.suggest("consider using the `'static` lifetime, but this is uncommon unless you're returning a borrowed value from a `const` or a `static`", [{ span: afterAmp(ref), snippet: "'static " }], 'MaybeIncorrect', 'ShowAlways');
      const pointee = ref.kind === 'ref' ? ref.mt.ty : ref;
      const owned = pointee.kind === 'path' && !pointee.qself && pointee.path.segments.length === 1 && pointee.path.segments[0]!.ident.name === 'str' ? 'String' : snippet(pointee.span);
      const ownedParts = [{ span: ref.span, snippet: owned }];
      if (params.length === 0) {
        d.suggest('instead, you are more likely to want to return an owned value', ownedParts, 'MaybeIncorrect', 'ShowAlways');
      } else {
        d.suggest(
          `instead, you are more likely to want to change ${params.length === 1 ? 'the argument' : 'one of the arguments'} to be borrowed...`,
          params.map((p) => ({ span: mkSpan(p.ty.span.lo, p.ty.span.lo, p.ty.span.ctxt), snippet: '&' })),
          'MaybeIncorrect',
          'ShowAlways',
        );
        d.suggest('...or alternatively, you might want to return an owned value', ownedParts, 'MaybeIncorrect', 'ShowAlways');
      }
      return d.build();
    },
  };
}
