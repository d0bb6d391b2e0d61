/**
 * Evaluating the constant expressions types need (array lengths, repeat counts): integer
 * literals, arithmetic, parentheses, casts and named constants. Anything else is "unknown" (null).
 *
 * Owns: integer constant folding. Must not: report errors (an unknown length prints as `_`).
 */
import type * as A from '../../syntax/ast.js';
import type { NodeId } from '../../syntax/ast.js';
import type { DefId } from '../defs.js';
import type { PartialRes } from '../resolve/types.js';

export function parseIntLit(lit: A.Lit): number | null {
  if (lit.kind !== 'integer') return null;
  const s = lit.symbol.replace(/_/g, '');
  let v: number;
  if (s.startsWith('0x')) v = parseInt(s.slice(2), 16);
  else if (s.startsWith('0o')) v = parseInt(s.slice(2), 8);
  else if (s.startsWith('0b')) v = parseInt(s.slice(2), 2);
  else v = Number(s);
  return Number.isFinite(v) ? v : null;
}

export function evalConstExpr(e: A.Expr, res: (id: NodeId) => PartialRes | undefined, constValue: (def: DefId) => number | null, owner: DefId): number | null {
  const go = (x: A.Expr): number | null => {
    switch (x.kind) {
      case 'lit':
        return parseIntLit(x.lit);
      case 'paren':
        return go(x.expr);
      case 'cast':
        return go(x.expr);
      case 'block':
        return x.block.stmts.length === 1 && x.block.stmts[0]!.kind === 'expr' ? go(x.block.stmts[0]!.expr) : null;
      case 'unary': {
        const v = go(x.expr);
        return v === null ? null : x.op === 'neg' ? -v : null;
      }
      case 'binary': {
        const a = go(x.lhs);
        const b = go(x.rhs);
        if (a === null || b === null) return null;
        switch (x.op.kind) {
          case 'add':
            return a + b;
          case 'sub':
            return a - b;
          case 'mul':
            return a * b;
          case 'div':
            return b === 0 ? null : Math.trunc(a / b);
          case 'rem':
            return b === 0 ? null : a % b;
          case 'shl':
            return a * 2 ** b;
          case 'shr':
            return Math.floor(a / 2 ** b);
          case 'bitAnd':
            return a & b;
          case 'bitOr':
            return a | b;
          case 'bitXor':
            return a ^ b;
          default:
            return null;
        }
      }
      case 'path': {
        const r = res(x.id);
        if (!r || r.unresolved !== 0 || r.res.kind !== 'def') return null;
        if (r.res.defKind === 'const' || r.res.defKind === 'assocConst' || r.res.defKind === 'static') return constValue(r.res.def);
        return null;
      }
      default:
        return null;
    }
  };
  void owner;
  return go(e);
}
