/**
 * A pretty-printer for the AST, after rustc_ast_pretty: prints a parsed file back as Rust source.
 * Parentheses come from `paren` nodes only, so printing and re-parsing gives back the same tree
 * (the syntax tests rely on that round trip). Also used to show an expression or type in a
 * message when there is no source snippet.
 *
 * Owns: AST → text. Must not: change the tree or print anything itself.
 */
import type * as A from './ast.js';
import { type Token, tokenToString, canBeRaw, isReservedName, literalToString } from './token.js';
import type { Edition } from './edition.js';

/** Identifiers that are keywords in `edition` print as raw identifiers (`r#match`). */
export function printFile(f: A.SourceFileAst, edition: Edition = '2021'): string {
  const p = new Printer(edition);
  p.attrs(f.attrs);
  for (const it of f.items) p.item(it);
  return p.out.join('');
}

export function exprToString(e: A.Expr): string {
  const p = new Printer();
  p.expr(e);
  return p.out.join('');
}

export function tyToString(t: A.Ty): string {
  const p = new Printer();
  p.ty(t);
  return p.out.join('');
}

export function patToString(t: A.Pat): string {
  const p = new Printer();
  p.pat(t);
  return p.out.join('');
}

export function pathToString(path: A.Path): string {
  const p = new Printer();
  p.path(path);
  return p.out.join('');
}

/** Tokens as source text: a space between tokens unless the first was joint to the next. */
export function tokensToString(tokens: readonly Token[]): string {
  let s = '';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    s += tokenToString(t);
    if (i + 1 < tokens.length && t.spacing === 'alone') s += ' ';
  }
  return s;
}

class Printer {
  readonly out: string[] = [];
  private indent = 0;

  constructor(private readonly edition: Edition = '2021') {}

  /** rustc's `is_raw_guess`: a name that can only have been written raw. */
  nm(i: A.Ident): string {
    if (i.name.startsWith("'")) {
      const bare = i.name.slice(1);
      return bare !== '_' && bare !== 'static' && canBeRaw(bare) && isReservedName(bare, this.edition) ? `'r#${bare}` : i.name;
    }
    return canBeRaw(i.name) && isReservedName(i.name, this.edition) ? `r#${i.name}` : i.name;
  }

  w(s: string): void {
    this.out.push(s);
  }

  nl(): void {
    this.out.push('\n' + '    '.repeat(this.indent));
  }

  sep<T>(xs: readonly T[], f: (x: T) => void, s = ', '): void {
    xs.forEach((x, i) => {
      if (i > 0) this.w(s);
      f(x);
    });
  }

  // --- attributes -------------------------------------------------------------------------

  attrs(attrs: readonly A.Attribute[], inline = false): void {
    for (const a of attrs) {
      if (a.kind === 'doc') {
        const inner = a.style === 'inner';
        if (a.commentKind === 'line') this.w(`${inner ? '//!' : '///'}${a.text}`);
        else this.w(`${inner ? '/*!' : '/**'}${a.text}*/`);
        this.nl();
        continue;
      }
      this.w(a.style === 'inner' ? '#![' : '#[');
      if (a.unsafeSpan) this.w('unsafe(');
      this.path(a.path);
      this.attrArgs(a.args);
      if (a.unsafeSpan) this.w(')');
      this.w(']');
      if (inline) this.w(' ');
      else this.nl();
    }
  }

  attrArgs(args: A.AttrArgs): void {
    if (args.kind === 'delimited') this.delimArgs(args.args);
    else if (args.kind === 'eq') {
      this.w(' = ');
      this.expr(args.expr);
    }
  }

  delimArgs(d: A.DelimArgs): void {
    const [o, c] = d.delim === 'paren' ? ['(', ')'] : d.delim === 'bracket' ? ['[', ']'] : ['{', '}'];
    this.w(o + tokensToString(d.tokens) + c);
  }

  // --- paths ------------------------------------------------------------------------------

  path(p: A.Path, exprStyle = false): void {
    p.segments.forEach((s, i) => {
      if (s.ident.name === '{{root}}') return;
      if (i > 0) this.w('::');
      this.w(this.nm(s.ident));
      if (s.args) {
        if (exprStyle) this.w('::');
        this.genericArgs(s.args);
      }
    });
  }

  qpath(q: A.QSelf | null, p: A.Path, exprStyle: boolean): void {
    if (!q) return this.path(p, exprStyle);
    this.w('<');
    this.ty(q.ty);
    if (q.position > 0) {
      this.w(' as ');
      this.path({ span: p.span, segments: p.segments.slice(0, q.position) });
    }
    this.w('>');
    for (const s of p.segments.slice(q.position)) {
      this.w('::');
      this.w(this.nm(s.ident));
      if (s.args) {
        if (exprStyle) this.w('::');
        this.genericArgs(s.args);
      }
    }
  }

  genericArgs(a: A.GenericArgs): void {
    if (a.kind === 'angle') {
      this.w('<');
      this.sep(a.args, (x) => {
        if (x.kind === 'arg') this.genericArg(x.arg);
        else this.constraint(x.constraint);
      });
      this.w('>');
    } else {
      this.w('(');
      this.sep(a.inputs, (t) => this.ty(t));
      this.w(')');
      this.retTy(a.output);
    }
  }

  genericArg(a: A.GenericArg): void {
    if (a.kind === 'lifetime') this.w(this.nm(a.lifetime.ident));
    else if (a.kind === 'type') this.ty(a.ty);
    else this.expr(a.value.value);
  }

  constraint(c: A.AssocItemConstraint): void {
    this.w(this.nm(c.ident));
    if (c.genArgs) this.genericArgs(c.genArgs);
    if (c.kind.kind === 'bound') {
      this.w(': ');
      this.bounds(c.kind.bounds);
    } else {
      this.w(' = ');
      if (c.kind.term.kind === 'type') this.ty(c.kind.term.ty);
      else this.expr(c.kind.term.value.value);
    }
  }

  // --- generics ---------------------------------------------------------------------------

  generics(g: A.Generics): void {
    if (g.params.length === 0) return;
    this.w('<');
    this.sep(g.params, (p) => this.genericParam(p));
    this.w('>');
  }

  genericParam(p: A.GenericParam): void {
    this.attrs(p.attrs, true);
    if (p.kind.kind === 'const') {
      this.w(`const ${this.nm(p.ident)}: `);
      this.ty(p.kind.ty);
      if (p.kind.default) {
        this.w(' = ');
        this.expr(p.kind.default.value);
      }
      return;
    }
    this.w(this.nm(p.ident));
    if (p.bounds.length > 0 || p.colonSpan) {
      this.w(': ');
      this.bounds(p.bounds);
    }
    if (p.kind.kind === 'type' && p.kind.default) {
      this.w(' = ');
      this.ty(p.kind.default);
    }
  }

  whereClause(w: A.WhereClause): void {
    if (!w.hasWhereToken) return;
    this.w(' where ');
    this.sep(w.predicates, (pr) => {
      if (pr.kind === 'bound') {
        if (pr.boundGenericParams.length > 0) {
          this.w('for<');
          this.sep(pr.boundGenericParams, (g) => this.genericParam(g));
          this.w('> ');
        }
        this.ty(pr.boundedTy);
        this.w(': ');
        this.bounds(pr.bounds);
      } else if (pr.kind === 'region') {
        this.w(this.nm(pr.lifetime.ident) + ': ');
        this.bounds(pr.bounds);
      } else {
        this.ty(pr.lhs);
        this.w(' = ');
        this.ty(pr.rhs);
      }
    });
  }

  bounds(bs: readonly A.GenericBound[]): void {
    this.sep(bs, (b) => {
      if (b.kind === 'outlives') this.w(this.nm(b.lifetime.ident));
      else if (b.kind === 'use') {
        this.w('use<');
        this.sep(b.args, (a) => (a.kind === 'lifetime' ? this.w(this.nm(a.lifetime.ident)) : this.path(a.path)));
        this.w('>');
      } else {
        if (b.parens) this.w('(');
        if (b.boundGenericParams.length > 0) {
          this.w('for<');
          this.sep(b.boundGenericParams, (g) => this.genericParam(g));
          this.w('> ');
        }
        if (b.modifiers.constness === 'maybe') this.w('~const ');
        else if (b.modifiers.constness === 'always') this.w('const ');
        if (b.modifiers.asyncness) this.w('async ');
        if (b.modifiers.polarity === 'maybe') this.w('?');
        else if (b.modifiers.polarity === 'negative') this.w('!');
        this.path(b.traitRef.path);
        if (b.parens) this.w(')');
      }
    }, ' + ');
  }

  // --- items ------------------------------------------------------------------------------

  vis(v: A.Visibility): void {
    if (v.kind.kind === 'public') this.w('pub ');
    else if (v.kind.kind === 'restricted') {
      this.w(v.kind.shorthand ? 'pub(' : 'pub(in ');
      this.path(v.kind.path);
      this.w(') ');
    }
  }

  item(it: A.Item): void {
    this.attrs(it.attrs);
    this.vis(it.vis);
    switch (it.kind) {
      case 'externCrate':
        this.w(`extern crate ${it.orig ? `${this.nm(it.orig)} as ` : ''}${this.nm(it.ident)};`);
        break;
      case 'use':
        this.w('use ');
        this.useTree(it.tree);
        this.w(';');
        break;
      case 'static':
        this.safety(it.safety);
        this.w(`static ${it.mutability === 'mut' ? 'mut ' : ''}${this.nm(it.ident)}: `);
        this.ty(it.ty);
        if (it.expr) {
          this.w(' = ');
          this.expr(it.expr);
        }
        this.w(';');
        break;
      case 'const':
        if (it.defaultness.kind === 'default') this.w('default ');
        this.w(`const ${this.nm(it.ident)}`);
        this.generics(it.generics);
        this.w(': ');
        this.ty(it.ty);
        if (it.expr) {
          this.w(' = ');
          this.expr(it.expr);
        }
        this.whereClause(it.generics.whereClause);
        this.w(';');
        break;
      case 'fn':
        this.fnItem(it);
        break;
      case 'mod':
        this.safety(it.safety);
        this.w(`mod ${this.nm(it.ident)}`);
        if (it.mod.kind === 'unloaded') this.w(';');
        else {
          this.w(' {');
          this.indent++;
          this.nl();
          this.attrs(it.mod.innerAttrs);
          for (const i of it.mod.items) this.item(i);
          this.indent--;
          this.nl();
          this.w('}');
        }
        break;
      case 'foreignMod':
        this.safety(it.safety);
        this.w('extern ');
        if (it.abi) this.w(strLit(it.abi) + ' ');
        this.block(() => it.items.forEach((i) => this.item(i)));
        break;
      case 'tyAlias':
        if (it.defaultness.kind === 'default') this.w('default ');
        this.w(`type ${this.nm(it.ident)}`);
        this.generics(it.generics);
        if (it.bounds.length > 0) {
          this.w(': ');
          this.bounds(it.bounds);
        }
        this.whereClause(it.generics.whereClause);
        if (it.ty) {
          this.w(' = ');
          this.ty(it.ty);
        }
        this.w(';');
        break;
      case 'enum':
        this.w(`enum ${this.nm(it.ident)}`);
        this.generics(it.generics);
        this.whereClause(it.generics.whereClause);
        this.block(() => it.variants.forEach((v) => {
          this.attrs(v.attrs);
          this.vis(v.vis);
          this.w(this.nm(v.ident));
          this.variantData(v.data);
          if (v.discriminant) {
            this.w(' = ');
            this.expr(v.discriminant.value);
          }
          this.w(',');
          this.nl();
        }));
        break;
      case 'struct':
      case 'union':
        this.w(`${it.kind} ${this.nm(it.ident)}`);
        this.generics(it.generics);
        if (it.data.kind === 'tuple') {
          this.variantData(it.data);
          this.whereClause(it.generics.whereClause);
          this.w(';');
        } else {
          this.whereClause(it.generics.whereClause);
          if (it.data.kind === 'unit') this.w(';');
          else this.variantData(it.data);
        }
        break;
      case 'trait':
        this.safety(it.safety);
        if (it.isAuto) this.w('auto ');
        this.w(`trait ${this.nm(it.ident)}`);
        this.generics(it.generics);
        if (it.bounds.length > 0) {
          this.w(': ');
          this.bounds(it.bounds);
        }
        this.whereClause(it.generics.whereClause);
        this.block(() => it.items.forEach((i) => this.item(i)));
        break;
      case 'traitAlias':
        this.w(`trait ${this.nm(it.ident)}`);
        this.generics(it.generics);
        this.w(' = ');
        this.bounds(it.bounds);
        this.whereClause(it.generics.whereClause);
        this.w(';');
        break;
      case 'impl':
        if (it.defaultness.kind === 'default') this.w('default ');
        this.safety(it.safety);
        this.w('impl');
        this.generics(it.generics);
        this.w(' ');
        if (it.constness.kind === 'yes') this.w('const ');
        if (it.ofTrait) {
          if (it.polarity === 'negative') this.w('!');
          this.path(it.ofTrait.path);
          this.w(' for ');
        }
        this.ty(it.selfTy);
        this.whereClause(it.generics.whereClause);
        this.block(() => it.items.forEach((i) => this.item(i)));
        break;
      case 'macCall':
        this.path(it.mac.path);
        this.w('!');
        this.delimArgs(it.mac.args);
        if (it.mac.args.delim !== 'brace') this.w(';');
        break;
      case 'macroRules':
        this.w(`macro_rules! ${this.nm(it.ident)} `);
        this.delimArgs(it.body);
        if (it.body.delim !== 'brace') this.w(';');
        break;
    }
    this.nl();
  }

  safety(s: A.Safety): void {
    if (s.kind === 'unsafe') this.w('unsafe ');
    else if (s.kind === 'safe') this.w('safe ');
  }

  block(f: () => void): void {
    this.w(' {');
    this.indent++;
    this.nl();
    f();
    this.indent--;
    this.nl();
    this.w('}');
  }

  variantData(d: A.VariantData): void {
    if (d.kind === 'unit') return;
    if (d.kind === 'tuple') {
      this.w('(');
      this.sep(d.fields, (f) => {
        this.attrs(f.attrs, true);
        this.vis(f.vis);
        this.ty(f.ty);
      });
      this.w(')');
      return;
    }
    this.block(() => d.fields.forEach((f) => {
      this.attrs(f.attrs);
      this.vis(f.vis);
      this.w(`${this.nm(f.ident!)}: `);
      this.ty(f.ty);
      if (f.default) {
        this.w(' = ');
        this.expr(f.default.value);
      }
      this.w(',');
      this.nl();
    }));
  }

  useTree(t: A.UseTree): void {
    this.path(t.prefix);
    if (t.kind.kind === 'simple') {
      if (t.kind.rename) this.w(` as ${this.nm(t.kind.rename)}`);
      return;
    }
    if (t.prefix.segments.length > 0) this.w('::');
    if (t.kind.kind === 'glob') this.w('*');
    else {
      this.w('{');
      this.sep(t.kind.items, (i) => this.useTree(i.tree));
      this.w('}');
    }
  }

  fnHeader(h: A.FnHeader): void {
    if (h.constness.kind === 'yes') this.w('const ');
    if (h.coroutine) this.w(h.coroutine.kind === 'async' ? 'async ' : h.coroutine.kind === 'gen' ? 'gen ' : 'async gen ');
    this.safety(h.safety);
    this.ext(h.ext);
  }

  ext(e: A.FnHeader['ext']): void {
    if (e.kind === 'implicit') this.w('extern ');
    else if (e.kind === 'explicit') this.w(`extern ${strLit(e.abi)} `);
  }

  fnItem(it: A.FnItem): void {
    if (it.defaultness.kind === 'default') this.w('default ');
    this.fnHeader(it.sig.header);
    this.w(`fn ${this.nm(it.ident)}`);
    this.generics(it.generics);
    this.fnDecl(it.sig.decl);
    this.whereClause(it.generics.whereClause);
    if (it.body) {
      this.w(' ');
      this.blockNode(it.body);
    } else this.w(';');
  }

  fnDecl(d: A.FnDecl): void {
    this.w('(');
    this.sep(d.inputs, (p) => this.param(p));
    this.w(')');
    this.retTy(d.output);
  }

  param(p: A.Param): void {
    this.attrs(p.attrs, true);
    if (p.pat.kind === 'ident' && this.nm(p.pat.ident) === 'self' && (p.ty.kind === 'implicitSelf' || (p.ty.kind === 'ref' && p.ty.mt.ty.kind === 'implicitSelf'))) {
      if (p.ty.kind === 'ref') {
        this.w('&');
        if (p.ty.lifetime) this.w(this.nm(p.ty.lifetime.ident) + ' ');
        if (p.ty.mt.mutability === 'mut') this.w('mut ');
      } else if (p.pat.binding.mutability === 'mut') this.w('mut ');
      this.w('self');
      return;
    }
    if (p.pat.kind !== 'missing') {
      this.pat(p.pat);
      if (p.ty.kind === 'infer' && p.ty.span.lo === p.pat.span.lo && p.ty.span.hi === p.pat.span.hi) return; // closure param without type
      this.w(': ');
    }
    this.ty(p.ty);
  }

  retTy(r: A.FnRetTy): void {
    if (r.kind === 'ty') {
      this.w(' -> ');
      this.ty(r.ty);
    }
  }

  // --- statements -------------------------------------------------------------------------

  blockNode(b: A.Block, attrs: readonly A.Attribute[] = []): void {
    if (b.rules === 'unsafe') this.w('unsafe ');
    this.w('{');
    this.indent++;
    const inner = attrs.filter((a) => a.style === 'inner');
    if (b.stmts.length === 0 && inner.length === 0) {
      this.indent--;
      this.w('}');
      return;
    }
    this.nl();
    this.attrs(inner);
    b.stmts.forEach((s, i) => {
      this.stmt(s);
      if (i + 1 < b.stmts.length) this.nl();
    });
    this.indent--;
    this.nl();
    this.w('}');
  }

  stmt(s: A.Stmt): void {
    switch (s.kind) {
      case 'let':
        this.attrs(s.attrs);
        this.w('let ');
        this.pat(s.pat);
        if (s.ty) {
          this.w(': ');
          this.ty(s.ty);
        }
        if (s.init.kind !== 'decl') {
          this.w(' = ');
          this.expr(s.init.expr);
          if (s.init.kind === 'initElse') {
            this.w(' else ');
            this.blockNode(s.init.els);
          }
        }
        this.w(';');
        break;
      case 'item':
        this.item(s.item);
        break;
      case 'expr':
        this.expr(s.expr);
        break;
      case 'semi':
        this.expr(s.expr);
        this.w(';');
        break;
      case 'empty':
        this.w(';');
        break;
      case 'macCall':
        this.attrs(s.attrs);
        this.path(s.mac.path);
        this.w('!');
        this.delimArgs(s.mac.args);
        if (s.style === 'semicolon') this.w(';');
        break;
    }
  }

  // --- expressions ------------------------------------------------------------------------

  expr(e: A.Expr): void {
    const outer = e.attrs.filter((a) => a.style === 'outer');
    if (outer.length > 0) this.attrs(outer, true);
    switch (e.kind) {
      case 'array':
        this.w('[');
        this.sep(e.elems, (x) => this.expr(x));
        this.w(']');
        break;
      case 'constBlock':
        this.w('const ');
        this.blockNode(e.block);
        break;
      case 'call':
        this.expr(e.func);
        this.w('(');
        this.sep(e.args, (x) => this.expr(x));
        this.w(')');
        break;
      case 'methodCall':
        this.expr(e.receiver);
        this.w('.' + this.nm(e.seg.ident));
        if (e.seg.args) {
          this.w('::');
          this.genericArgs(e.seg.args);
        }
        this.w('(');
        this.sep(e.args, (x) => this.expr(x));
        this.w(')');
        break;
      case 'tuple':
        this.w('(');
        this.sep(e.elems, (x) => this.expr(x));
        if (e.elems.length === 1) this.w(',');
        this.w(')');
        break;
      case 'binary':
        this.expr(e.lhs);
        this.w(` ${BINOP[e.op.kind]} `);
        this.expr(e.rhs);
        break;
      case 'unary':
        this.w(e.op === 'deref' ? '*' : e.op === 'not' ? '!' : '-');
        this.expr(e.expr);
        break;
      case 'lit':
        this.w(litToString(e.lit));
        break;
      case 'cast':
        this.expr(e.expr);
        this.w(' as ');
        this.ty(e.ty);
        break;
      case 'let':
        this.w('let ');
        this.pat(e.pat);
        this.w(' = ');
        this.expr(e.expr);
        break;
      case 'if':
        this.w('if ');
        this.expr(e.cond);
        this.w(' ');
        this.blockNode(e.then);
        if (e.els) {
          this.w(' else ');
          this.expr(e.els);
        }
        break;
      case 'while':
        this.label(e.label);
        this.w('while ');
        this.expr(e.cond);
        this.w(' ');
        this.blockNode(e.body, e.attrs);
        break;
      case 'forLoop':
        this.label(e.label);
        this.w('for ');
        this.pat(e.pat);
        this.w(' in ');
        this.expr(e.iter);
        this.w(' ');
        this.blockNode(e.body, e.attrs);
        break;
      case 'loop':
        this.label(e.label);
        this.w('loop ');
        this.blockNode(e.body, e.attrs);
        break;
      case 'match':
        this.w('match ');
        this.expr(e.scrutinee);
        this.w(' {');
        this.indent++;
        for (const a of e.arms) {
          this.nl();
          this.attrs(a.attrs);
          this.pat(a.pat);
          if (a.guard) {
            this.w(' if ');
            this.expr(a.guard);
          }
          if (a.body) {
            this.w(' => ');
            this.expr(a.body);
          }
          this.w(',');
        }
        this.indent--;
        this.nl();
        this.w('}');
        break;
      case 'closure': {
        const c = e.closure;
        if (c.binder) {
          this.w('for<');
          this.sep(c.binder, (g) => this.genericParam(g));
          this.w('> ');
        }
        if (c.constness.kind === 'yes') this.w('const ');
        if (c.movability === 'static') this.w('static ');
        if (c.coroutine) this.w(c.coroutine.kind === 'async' ? 'async ' : 'gen ');
        if (c.capture.kind === 'value') this.w('move ');
        this.w('|');
        this.sep(c.decl.inputs, (p) => this.param(p));
        this.w('|');
        this.retTy(c.decl.output);
        this.w(' ');
        this.expr(c.body);
        break;
      }
      case 'block':
        this.label(e.label);
        this.blockNode(e.block, e.attrs);
        break;
      case 'gen':
        this.w(e.genKind === 'async' ? 'async ' : e.genKind === 'gen' ? 'gen ' : 'async gen ');
        if (e.capture.kind === 'value') this.w('move ');
        this.blockNode(e.block);
        break;
      case 'await':
        this.expr(e.expr);
        this.w('.await');
        break;
      case 'tryBlock':
        this.w('try ');
        this.blockNode(e.block);
        break;
      case 'assign':
        this.expr(e.lhs);
        this.w(' = ');
        this.expr(e.rhs);
        break;
      case 'assignOp':
        this.expr(e.lhs);
        this.w(` ${BINOP[e.op.kind]}= `);
        this.expr(e.rhs);
        break;
      case 'field':
        this.expr(e.expr);
        this.w('.' + this.nm(e.ident));
        break;
      case 'index':
        this.expr(e.expr);
        this.w('[');
        this.expr(e.index);
        this.w(']');
        break;
      case 'range':
        if (e.start) this.expr(e.start);
        this.w(e.limits === 'closed' ? '..=' : '..');
        if (e.end) this.expr(e.end);
        break;
      case 'underscore':
        this.w('_');
        break;
      case 'path':
        this.qpath(e.qself, e.path, true);
        break;
      case 'addrOf':
        this.w('&');
        if (e.borrowKind === 'raw') this.w(e.mutability === 'mut' ? 'raw mut ' : 'raw const ');
        else if (e.mutability === 'mut') this.w('mut ');
        this.expr(e.expr);
        break;
      case 'break':
        this.w('break');
        if (e.label) this.w(' ' + this.nm(e.label.ident));
        if (e.expr) {
          this.w(' ');
          this.expr(e.expr);
        }
        break;
      case 'continue':
        this.w('continue');
        if (e.label) this.w(' ' + this.nm(e.label.ident));
        break;
      case 'ret':
        this.w('return');
        if (e.expr) {
          this.w(' ');
          this.expr(e.expr);
        }
        break;
      case 'macCall':
        this.path(e.mac.path);
        this.w('!');
        this.delimArgs(e.mac.args);
        break;
      case 'struct':
        this.qpath(e.qself, e.path, false);
        this.w(' {');
        this.sep(e.fields, (f) => {
          this.w(' ');
          this.attrs(f.attrs, true);
          if (f.isShorthand) this.w(this.nm(f.ident));
          else {
            this.w(this.nm(f.ident) + ': ');
            this.expr(f.expr);
          }
        }, ',');
        if (e.rest.kind !== 'none') {
          if (e.fields.length > 0) this.w(',');
          this.w(' ..');
          if (e.rest.kind === 'base') this.expr(e.rest.expr);
        }
        this.w(' }');
        break;
      case 'repeat':
        this.w('[');
        this.expr(e.expr);
        this.w('; ');
        this.expr(e.count.value);
        this.w(']');
        break;
      case 'paren':
        this.w('(');
        this.expr(e.expr);
        this.w(')');
        break;
      case 'try':
        this.expr(e.expr);
        this.w('?');
        break;
      case 'yield':
        this.w('yield');
        if (e.expr) {
          this.w(' ');
          this.expr(e.expr);
        }
        break;
      case 'become':
        this.w('become ');
        this.expr(e.expr);
        break;
      case 'err':
        this.w('(/*ERROR*/)');
        break;
    }
  }

  label(l: A.Label | null): void {
    if (l) this.w(this.nm(l.ident) + ': ');
  }

  // --- patterns ---------------------------------------------------------------------------

  pat(p: A.Pat): void {
    switch (p.kind) {
      case 'wild': this.w('_'); break;
      case 'ident':
        if (p.binding.byRef) this.w(p.binding.byRef === 'mut' ? 'ref mut ' : 'ref ');
        else if (p.binding.mutability === 'mut') this.w('mut ');
        this.w(this.nm(p.ident));
        if (p.sub) {
          this.w(' @ ');
          this.pat(p.sub);
        }
        break;
      case 'struct':
        this.qpath(p.qself, p.path, false);
        this.w(' {');
        this.sep(p.fields, (f) => {
          this.w(' ');
          this.attrs(f.attrs, true);
          if (f.isShorthand) this.pat(f.pat);
          else {
            this.w(this.nm(f.ident) + ': ');
            this.pat(f.pat);
          }
        }, ',');
        if (p.rest) this.w(p.fields.length > 0 ? ', ..' : ' ..');
        this.w(' }');
        break;
      case 'tupleStruct':
        this.qpath(p.qself, p.path, false);
        this.w('(');
        this.sep(p.elems, (x) => this.pat(x));
        this.w(')');
        break;
      case 'or': this.sep(p.alts, (x) => this.pat(x), ' | '); break;
      case 'path': this.qpath(p.qself, p.path, false); break;
      case 'tuple':
        this.w('(');
        this.sep(p.elems, (x) => this.pat(x));
        if (p.elems.length === 1 && p.elems[0]!.kind !== 'rest') this.w(',');
        this.w(')');
        break;
      case 'box': this.w('box '); this.pat(p.pat); break;
      case 'deref': this.w('deref!('); this.pat(p.pat); this.w(')'); break;
      case 'ref':
        this.w(p.mutability === 'mut' ? '&mut ' : '&');
        this.pat(p.pat);
        break;
      case 'expr': this.expr(p.expr); break;
      case 'range':
        if (p.start) this.expr(p.start);
        this.w(p.rangeEnd.kind === 'excluded' ? '..' : p.rangeEnd.syntax === 'dotDotDot' ? '...' : '..=');
        if (p.end) this.expr(p.end);
        break;
      case 'slice':
        this.w('[');
        this.sep(p.elems, (x) => this.pat(x));
        this.w(']');
        break;
      case 'rest': this.w('..'); break;
      case 'never': this.w('!'); break;
      case 'missing': break;
      case 'paren': this.w('('); this.pat(p.pat); this.w(')'); break;
      case 'guard': this.pat(p.pat); this.w(' if '); this.expr(p.guard); break;
      case 'macCall': this.path(p.mac.path); this.w('!'); this.delimArgs(p.mac.args); break;
      case 'err': this.w('_ /*ERROR*/'); break;
    }
  }

  // --- types ------------------------------------------------------------------------------

  ty(t: A.Ty): void {
    switch (t.kind) {
      case 'slice': this.w('['); this.ty(t.ty); this.w(']'); break;
      case 'array': this.w('['); this.ty(t.ty); this.w('; '); this.expr(t.len.value); this.w(']'); break;
      case 'ptr': this.w(t.mt.mutability === 'mut' ? '*mut ' : '*const '); this.ty(t.mt.ty); break;
      case 'ref':
        this.w('&');
        if (t.lifetime) this.w(this.nm(t.lifetime.ident) + ' ');
        if (t.mt.mutability === 'mut') this.w('mut ');
        this.ty(t.mt.ty);
        break;
      case 'bareFn':
        if (t.fn.genericParams.length > 0) {
          this.w('for<');
          this.sep(t.fn.genericParams, (g) => this.genericParam(g));
          this.w('> ');
        }
        this.safety(t.fn.safety);
        this.ext(t.fn.ext);
        this.w('fn');
        this.fnDecl(t.fn.decl);
        break;
      case 'never': this.w('!'); break;
      case 'tuple':
        this.w('(');
        this.sep(t.elems, (x) => this.ty(x));
        if (t.elems.length === 1) this.w(',');
        this.w(')');
        break;
      case 'path': this.qpath(t.qself, t.path, false); break;
      case 'traitObject':
        if (t.syntax === 'dyn') this.w('dyn ');
        this.bounds(t.bounds);
        break;
      case 'implTrait': this.w('impl '); this.bounds(t.bounds); break;
      case 'paren': this.w('('); this.ty(t.ty); this.w(')'); break;
      case 'typeof': this.w('typeof('); this.expr(t.expr.value); this.w(')'); break;
      case 'infer': this.w('_'); break;
      case 'implicitSelf': this.w('Self'); break;
      case 'macCall': this.path(t.mac.path); this.w('!'); this.delimArgs(t.mac.args); break;
      case 'cVarArgs': this.w('...'); break;
      case 'err': this.w('/*ERROR*/'); break;
    }
  }
}

const BINOP: Record<A.BinOpKind, string> = {
  add: '+', sub: '-', mul: '*', div: '/', rem: '%', and: '&&', or: '||', bitXor: '^', bitAnd: '&', bitOr: '|', shl: '<<', shr: '>>',
  eq: '==', lt: '<', le: '<=', ne: '!=', ge: '>=', gt: '>',
};

function strLit(s: A.StrLit): string {
  if (s.style === 'cooked') return `"${s.symbol}"`;
  const h = '#'.repeat(s.style.raw);
  return `r${h}"${s.symbol}"${h}`;
}

export function litToString(l: A.Lit): string {
  return literalToString(l.kind, l.symbol, l.hashes, l.suffix);
}
