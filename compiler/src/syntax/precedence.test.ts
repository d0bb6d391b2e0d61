import { describe, expect, it } from 'vitest';
import { parseSourceFile } from './parse.js';
import { exprToString, tyToString } from './pretty.js';
import type * as A from './ast.js';

const BIN: Record<A.BinOpKind, string> = {
  add: '+', sub: '-', mul: '*', div: '/', rem: '%', and: '&&', or: '||', bitXor: '^', bitAnd: '&', bitOr: '|',
  shl: '<<', shr: '>>', eq: '==', lt: '<', le: '<=', ne: '!=', ge: '>=', gt: '>',
};
const UN: Record<A.UnOp, string> = { deref: '*', not: '!', neg: '-' };

/** Fully parenthesised form of an expression: how it was grouped, not how it was written. */
function sexpr(e: A.Expr): string {
  switch (e.kind) {
    case 'binary': return `(${sexpr(e.lhs)} ${BIN[e.op.kind]} ${sexpr(e.rhs)})`;
    case 'assign': return `(${sexpr(e.lhs)} = ${sexpr(e.rhs)})`;
    case 'assignOp': return `(${sexpr(e.lhs)} ${BIN[e.op.kind]}= ${sexpr(e.rhs)})`;
    case 'unary': return `(${UN[e.op]}${sexpr(e.expr)})`;
    case 'addrOf': return `(&${e.mutability === 'mut' ? 'mut ' : ''}${sexpr(e.expr)})`;
    case 'cast': return `(${sexpr(e.expr)} as ${tyToString(e.ty)})`;
    case 'range': return `(${e.start ? sexpr(e.start) : ''}${e.limits === 'closed' ? '..=' : '..'}${e.end ? sexpr(e.end) : ''})`;
    case 'try': return `(${sexpr(e.expr)}?)`;
    case 'field': return `(${sexpr(e.expr)}.${e.ident.name})`;
    case 'methodCall': return `(${sexpr(e.receiver)}.${e.seg.ident.name}(${e.args.map(sexpr).join(', ')}))`;
    case 'call': return `(${sexpr(e.func)}(${e.args.map(sexpr).join(', ')}))`;
    case 'index': return `(${sexpr(e.expr)}[${sexpr(e.index)}])`;
    case 'ret': return `(return${e.expr ? ' ' + sexpr(e.expr) : ''})`;
    case 'break': return `(break${e.expr ? ' ' + sexpr(e.expr) : ''})`;
    case 'closure': return `(|${e.closure.decl.inputs.map((p) => (p.pat.kind === 'ident' ? p.pat.ident.name : '?')).join(', ')}| ${sexpr(e.closure.body)})`;
    case 'paren': return `(${sexpr(e.expr)})`;
    case 'let': return `(let ${'pat'} = ${sexpr(e.expr)})`;
    default: return exprToString(e);
  }
}

function parseExprIn(src: string): { e: A.Expr; text: string; offset: number } {
  const prefix = 'fn f() { let _ = ';
  const text = `${prefix}${src};}`;
  const out = parseSourceFile({ fileIndex: 0, name: 'x.rs', src: text, startPos: 0, edition: '2021' });
  expect(out.diagnostics.map((d) => d.message)).toEqual([]);
  const item = out.ast!.items[0]!;
  if (item.kind !== 'fn' || !item.body) throw new Error('no fn');
  const stmt = item.body.stmts[0]!;
  if (stmt.kind !== 'let' || stmt.init.kind !== 'init') throw new Error('no let');
  return { e: stmt.init.expr, text, offset: prefix.length };
}

// Each grouping checked against rustc's precedence table (the Rust Reference, "Expression
// precedence") and rustc's parser: assignment and ranges are lowest, `as` binds tighter than
// binary operators, unary tighter than `as`, postfix tighter than unary.
const CASES: [string, string][] = [
  ['a + b * c', '(a + (b * c))'],
  ['a * b + c', '((a * b) + c)'],
  ['a - b - c', '((a - b) - c)'],
  ['a / b % c', '((a / b) % c)'],
  ['a = b = c', '(a = (b = c))'],
  ['a += b -= c', '(a += (b -= c))'],
  ['a || b && c', '(a || (b && c))'],
  ['a && b || c', '((a && b) || c)'],
  ['a == b && c < d', '((a == b) && (c < d))'],
  ['a | b ^ c & d', '(a | (b ^ (c & d)))'],
  ['a << b + c', '(a << (b + c))'],
  ['a & b == c', '((a & b) == c)'],
  ['-a * b', '((-a) * b)'],
  ['-a.b()', '(-(a.b()))'],
  ['!a == b', '((!a) == b)'],
  ['*a?', '(*(a?))'],
  ['&a.b', '(&(a.b))'],
  ['&mut a[0]', '(&mut (a[0]))'],
  ['-a as u8', '((-a) as u8)'],
  ['a as u8 + b', '((a as u8) + b)'],
  ['a as i32 as i64', '((a as i32) as i64)'],
  ['a + b as u8', '(a + (b as u8))'],
  ['a..b + c', '(a..(b + c))'],
  ['a..b || c', '(a..(b || c))'],
  ['..a', '(..a)'],
  ['a..', '(a..)'],
  ['..=a + 1', '(..=(a + 1))'],
  ['a.b.c()', '((a.b).c())'],
  ['f(a)(b)', '((f(a))(b))'],
  ['a[0][1]', '((a[0])[1])'],
  ['a? + b?', '((a?) + (b?))'],
  ['|x| x + 1', '(|x| (x + 1))'],
  ['(a + b) * c', '(((a + b)) * c)'],
  ['x.0.1', '((x.0).1)'],
];

describe('expression precedence and associativity', () => {
  for (const [src, want] of CASES) {
    it(src, () => {
      const { e, offset } = parseExprIn(src);
      expect(sexpr(e)).toBe(want);
      expect([e.span.lo - offset, e.span.hi - offset]).toEqual([0, src.length]);
    });
  }

  it('`return`, `break` and closures take everything to their right', () => {
    const text = 'fn f() -> i32 { loop { break 1 + 2; } return a = b; }';
    const out = parseSourceFile({ fileIndex: 0, name: 'x.rs', src: text, startPos: 0, edition: '2021' });
    expect(out.diagnostics).toEqual([]);
    const item = out.ast!.items[0]!;
    if (item.kind !== 'fn' || !item.body) throw new Error('no fn');
    const [loopStmt, retStmt] = item.body.stmts;
    if (loopStmt?.kind !== 'expr' || loopStmt.expr.kind !== 'loop') throw new Error('no loop');
    const brk = loopStmt.expr.body.stmts[0]!;
    if (brk.kind !== 'semi') throw new Error('no break');
    expect(sexpr(brk.expr)).toBe('(break (1 + 2))');
    if (retStmt?.kind !== 'semi') throw new Error('no return');
    expect(sexpr(retStmt.expr)).toBe('(return (a = b))');
  });
});
