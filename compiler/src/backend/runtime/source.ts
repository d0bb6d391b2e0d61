/**
 * The run-time library embedded into every program weftc emits: integer arithmetic with Rust's
 * overflow semantics (per type: checked in debug builds, wrapping with -O; BigInt for 64 and 128
 * bits), the format machinery (`{}`, `{:?}`, `{:#?}`, width, fill, alignment, precision, sign,
 * `#x`/`#b`), panics with rustc's text and exit status 101, `process::exit`, strings, vectors,
 * options and iterators. Values: integers up to 32 bits and floats are numbers, 64/128-bit
 * integers BigInts, `char` a code point, `&str` a JS string, `String` an `RString`, `Vec` a JS
 * array, enums `{ $: variantIndex, 0: ..., field: ... }`, tuples arrays, `Box` `{ b }`.
 *
 * The source is a string so that the emitted program carries it (a program needs no weftc at run
 * time); `loadRuntime()` evaluates the same text for the unit tests.
 *
 * Owns: run-time semantics. Must not: depend on anything but Node's `process` and `fs`.
 */
/**
 * The source of the arithmetic of one 64- or 128-bit integer type as an object literal whose
 * functions carry the width and the bounds as literals, so that each type's functions get their
 * own type feedback (BigInts only) and V8 can lower `BigInt.asIntN(64, a + b)` to machine
 * arithmetic. Same semantics as the generic `intOps` functions they replace.
 */
function bigIntOps(name: string, bits: number, signed: boolean): string {
  const min = signed ? `${-(1n << BigInt(bits - 1))}n` : '0n';
  const max = `${signed ? (1n << BigInt(bits - 1)) - 1n : (1n << BigInt(bits)) - 1n}n`;
  const wrap = (x: string) => `BigInt.${signed ? 'asIntN' : 'asUintN'}(${bits}, ${x})`;
  const checked = (op: string, sym: string, r: string) =>
    `{ const r = ${r}; if (r < ${min} || r > ${max}) panicAt('attempt to ${op} with overflow', loc, ['${sym}', '${name}', a, b]); return r; }`;
  const minusOne = (what: string) => (signed ? `if (a === ${min} && b == -1n) ${what}; ` : '');
  return `{
    wrap: (x) => ${wrap('x')},
    check(r, op, loc) { if (r < ${min} || r > ${max}) panicAt('attempt to ' + op + ' with overflow', loc); return r; },
    add(a, b, loc) ${checked('add', '+', 'a + b')},
    sub(a, b, loc) ${checked('subtract', '-', 'a - b')},
    mul(a, b, loc) ${checked('multiply', '*', 'a * b')},
    wadd(a, b) { return ${wrap('a + b')}; }, wsub(a, b) { return ${wrap('a - b')}; }, wmul(a, b) { return ${wrap('a * b')}; },
    div(a, b, loc) { if (b == 0n) panicAt('attempt to divide by zero', loc, ['/0', '${name}', a]); ${minusOne(`panicAt('attempt to divide with overflow', loc, ['/', '${name}', a, b])`)}return a / b; },
    rem(a, b, loc) { if (b == 0n) panicAt('attempt to calculate the remainder with a divisor of zero', loc, ['%0', '${name}', a]); ${minusOne(`panicAt('attempt to calculate the remainder with overflow', loc, ['%', '${name}', a, b])`)}return a % b; },
    neg(a, loc) { ${signed ? `if (a === ${min}) panicAt('attempt to negate with overflow', loc, ['neg', '${name}', a]); ` : ''}return -a; },
    wneg(a) { return ${wrap('-a')}; },
    and(a, b) { return ${wrap('a & b')}; }, or(a, b) { return ${wrap('a | b')}; }, xor(a, b) { return ${wrap('a ^ b')}; }, not(a) { return ${wrap('~a')}; },
    checked(r) { return r < ${min} || r > ${max} ? None() : Some(r); },
  }`;
}

export const RUNTIME_SOURCE = String.raw`
const $rt = (() => {
  // Writes go through process.stdout/stderr (no require: the program runs as CommonJS or ESM);
  // the process ends by itself (never process.exit), so pending writes drain first.
  let outBuf = '';
  function flush() { if (outBuf.length) { process.stdout.write(outBuf); outBuf = ''; } }
  function print(s) { outBuf += s; if (outBuf.length > 65536) flush(); }
  function eprint(s) { flush(); process.stderr.write(s); }
  class Exit { constructor(code) { this.code = code; } }
  // A panic unwinds to the thread's start: the end of the program on 'main', the handle's
  // Err(payload) in a spawned thread (see spawn).
  class Panic extends Exit { constructor(payload) { super(101); this.payload = payload; } }
  function exit(code) { throw new Exit(code); }
  // The running thread's name and id as std prints them; std adds the backtrace note to the
  // process's first panic only.
  let threadName = 'main', threadId = process.pid, threadsSpawned = 0, panicked = false;
  // Compile-time evaluation of a const (see evalConst): a panic is the const's error, not output.
  // While a const runs, the calls in progress (fn symbol, call site) as rustc's "inside f" notes
  // show them: 'at' marks the next call's site, 'enter'/'leave' bracket a fn body (const-eval
  // lowering only).
  let constEval = false, frames = [], site = null;
  function at(s) { site = s; }
  function enter(fn) { frames.push([fn, site]); }
  function leave() { frames.pop(); }
  function panicAt(msg, loc, detail) {
    if (constEval) { const p = new Panic(msg); p.loc = loc; p.detail = detail ?? null; p.frames = frames.slice(); throw p; }
    flush();
    let s = "\nthread '" + threadName + "' (" + threadId + ") panicked at " + loc + ":\n" + msg + "\n";
    const bt = process.env.RUST_BACKTRACE;
    if (!panicked && (bt === undefined || bt === '0')) s += "note: run with ` + '`' + String.raw`RUST_BACKTRACE=1` + '`' + String.raw` environment variable to display a backtrace\n";
    panicked = true;
    eprint(s);
    throw new Panic(msg);
  }
  // Runs a const's initializer at compile time: its value, or the panic (message, the location
  // weftc lowered, and for integer operations the operator, type and operands rustc prints).
  function evalConst(f) {
    constEval = true;
    frames = [];
    site = null;
    try { return { ok: true, value: f() }; } catch (e) {
      if (e instanceof Panic) return { ok: false, msg: String(e.payload), loc: e.loc, detail: e.detail, frames: e.frames };
      throw e;
    } finally { constEval = false; }
  }
  function main(f) {
    let code = 0;
    try { f(); } catch (e) {
      if (e instanceof Exit) code = e.code;
      else if (e instanceof RangeError && /call stack/.test(e.message)) {
        flush(); eprint("\nthread 'main' has overflowed its stack\nfatal runtime error: stack overflow, aborting\n"); code = 134;
      } else throw e;
    }
    flush();
    process.exitCode = code;
  }

  // -- integers ---------------------------------------------------------------------------------
  const INTS = { i8: [8, true], i16: [16, true], i32: [32, true], i64: [64, true], i128: [128, true], isize: [64, true],
                 u8: [8, false], u16: [16, false], u32: [32, false], u64: [64, false], u128: [128, false], usize: [64, false] };
  function intOps(name) {
    const [bits, signed] = INTS[name];
    const big = bits > 32;
    const B = BigInt(bits);
    const min = big ? (signed ? -(1n << (B - 1n)) : 0n) : (signed ? -(2 ** (bits - 1)) : 0);
    const max = big ? (signed ? (1n << (B - 1n)) - 1n : (1n << B) - 1n) : (signed ? 2 ** (bits - 1) - 1 : 2 ** bits - 1);
    // Wrapping of an exact integer to the type (ToInt32 is exact modulo 2^32 on any integral double).
    const sh = 32 - bits;
    const wrap = big ? (signed ? (x) => BigInt.asIntN(bits, x) : (x) => BigInt.asUintN(bits, x))
      : bits === 32 ? (signed ? (x) => x | 0 : (x) => x >>> 0)
      : (signed ? (x) => (x << sh) >> sh : (x) => x & max);
    const zero = big ? 0n : 0;
    const o = {
      name, bits, signed, big, min, max, wrap, zero,
      from(x) { return big ? wrap(typeof x === 'bigint' ? x : BigInt(Math.trunc(x))) : wrap(typeof x === 'bigint' ? Number(BigInt.asUintN(32, x)) : x); },
      fromFloat(x) { if (Number.isNaN(x)) return zero; if (x === Infinity) return max; if (x === -Infinity) return min;
        const t = Math.trunc(x); if (big) { const b = BigInt(t); return b < min ? min : b > max ? max : b; } return t < min ? min : t > max ? max : t; },
      check(r, op, loc, sym, a, b) { if (r < min || r > max) panicAt('attempt to ' + op + ' with overflow', loc, sym ? [sym, name, a, b] : null); return r; },
      add(a, b, loc) { return o.check(a + b, 'add', loc, '+', a, b); },
      sub(a, b, loc) { return o.check(a - b, 'subtract', loc, '-', a, b); },
      mul(a, b, loc) { if (big) return o.check(a * b, 'multiply', loc, '*', a, b); const r = a * b; if (!Number.isSafeInteger(r)) return o.check(Number(BigInt(a) * BigInt(b)) > max ? max + 1 : min - 1, 'multiply', loc, '*', a, b); return o.check(r, 'multiply', loc, '*', a, b); },
      wadd(a, b) { return wrap(a + b); }, wsub(a, b) { return wrap(a - b); },
      wmul(a, b) { return big ? wrap(a * b) : (bits === 32 ? (signed ? Math.imul(a, b) : Math.imul(a, b) >>> 0) : wrap(a * b)); },
      div(a, b, loc) { if (b == zero) panicAt('attempt to divide by zero', loc, ['/0', name, a]); if (signed && a === min && b == (big ? -1n : -1)) panicAt('attempt to divide with overflow', loc, ['/', name, a, b]); return big ? a / b : Math.trunc(a / b); },
      rem(a, b, loc) { if (b == zero) panicAt('attempt to calculate the remainder with a divisor of zero', loc, ['%0', name, a]); if (signed && a === min && b == (big ? -1n : -1)) panicAt('attempt to calculate the remainder with overflow', loc, ['%', name, a, b]); const r = a % b; return big ? r : (r === 0 ? 0 : r); },
      neg(a, loc) { if (signed && a === min) panicAt('attempt to negate with overflow', loc, ['neg', name, a]); return big ? -a : (a === 0 ? 0 : -a); },
      wneg(a) { return wrap(-a); },
      shl(a, s, loc, sty) { const n = Number(s); if (n < 0 || n >= bits) panicAt('attempt to shift left with overflow', loc, sty ? ['<<', sty, s] : null); return big ? wrap(a << BigInt(n)) : wrap(a << n); },
      shr(a, s, loc, sty) { const n = Number(s); if (n < 0 || n >= bits) panicAt('attempt to shift right with overflow', loc, sty ? ['>>', sty, s] : null); return big ? a >> BigInt(n) : (signed ? a >> n : a >>> n); },
      // wrapping_div/rem: only MIN / -1 wraps (to MIN, remainder 0); division by zero still panics.
      wdiv(a, b, loc) { if (signed && a === min && b == (big ? -1n : -1)) return min; return o.div(a, b, loc); },
      wrem(a, b, loc) { if (signed && a === min && b == (big ? -1n : -1)) return zero; return o.rem(a, b, loc); },
      wshl(a, s) { return o.shl(a, Number(s) & (bits - 1), ''); }, wshr(a, s) { return o.shr(a, Number(s) & (bits - 1), ''); },
      and(a, b) { return wrap(a & b); },
      or(a, b) { return wrap(a | b); },
      xor(a, b) { return wrap(a ^ b); },
      not(a) { return wrap(~a); },
      countOnes(a) { let n = 0; for (const c of BigInt.asUintN(bits, BigInt(a)).toString(2)) if (c === '1') n++; return n; },
      pow(a, e, loc) { let r = big ? 1n : 1; for (let i = 0; i < Number(e); i++) r = o.mul(r, a, loc); return r; },
      wpow(a, e) { let r = big ? 1n : 1; for (let i = 0; i < Number(e); i++) r = o.wmul(r, a); return r; },
      checked(r) { return r < min || r > max ? None() : Some(r); },
      abs(a, loc) { return a < zero ? o.neg(a, loc) : a; },
    };
    if (big) Object.assign(o, BIG_OPS[name]);
    return o;
  }
  // The hot 64/128-bit operations, one copy per type with its width and bounds as literals (see
  // bigIntOps): the shared closures above see numbers and BigInts alike, so V8 optimizes them for
  // neither, and a width read from the closure is not a constant that BigInt.asIntN can lower.
  const BIG_OPS = { i64: ${bigIntOps('i64', 64, true)}, isize: ${bigIntOps('isize', 64, true)}, i128: ${bigIntOps('i128', 128, true)},
                    u64: ${bigIntOps('u64', 64, false)}, usize: ${bigIntOps('usize', 64, false)}, u128: ${bigIntOps('u128', 128, false)} };
  const int = {};
  for (const n of Object.keys(INTS)) int[n] = intOps(n);
  function f32(x) { return Math.fround(x); }

  // -- enums the runtime builds ---------------------------------------------------------------
  function None() { return { $: 0 }; }
  function Some(x) { return { $: 1, 0: x }; }
  function Ok(x) { return { $: 0, 0: x }; }
  function Err(x) { return { $: 1, 0: x }; }
  function opt(x) { return x === undefined ? None() : Some(x); }

  // -- strings --------------------------------------------------------------------------------
  class RString { constructor(s) { this.s = s; } }
  function utf8len(s) { return Buffer.byteLength(s, 'utf8'); }
  function chars(s) { return Array.from(s, (c) => c.codePointAt(0)); }

  // -- formatting -----------------------------------------------------------------------------
  // A Formatter: the output buffer and the current spec (std's fmt::Formatter).
  class Formatter {
    constructor() { this.buf = ''; this.spec(null); this.indent = 0; }
    spec(s) { this.fill = s ? s.fill : ' '; this.align = s ? s.align : 'unknown'; this.width = s ? s.width : null; this.precision = s ? s.precision : null;
      this.plus = s ? s.plus : false; this.alternate = s ? s.alternate : false; this.zero = s ? s.zero : false; this.debugHex = s ? s.debugHex : null; }
    // {:#?}: std's PadAdapter, which indents every line a nested value writes.
    write(s) {
      if (this.indent === 0) { this.buf += s; return; }
      const pad = '    '.repeat(this.indent);
      for (const part of s.split(/(?<=\n)/)) { if (this.onNewline && part.length) this.buf += pad; this.buf += part; if (part.length) this.onNewline = part.endsWith('\n'); }
    }
  }
  function padStr(f, s, defAlign) {
    if (f.precision !== null) { const cs = Array.from(s); if (cs.length > f.precision) s = cs.slice(0, f.precision).join(''); }
    const n = Array.from(s).length;
    if (f.width === null || n >= f.width) { f.write(s); return; }
    const pad = f.width - n;
    const align = f.align === 'unknown' ? defAlign : f.align;
    const pre = align === 'left' ? 0 : align === 'right' ? pad : Math.floor(pad / 2);
    f.write(f.fill.repeat(pre) + s + f.fill.repeat(pad - pre));
  }
  function padIntegral(f, nonNeg, prefix, digits) {
    let sign = !nonNeg ? '-' : f.plus ? '+' : '';
    const pre = f.alternate ? prefix : '';
    const len = sign.length + pre.length + digits.length;
    if (f.width === null || len >= f.width) { f.write(sign + pre + digits); return; }
    if (f.zero) { f.write(sign + pre + '0'.repeat(f.width - len) + digits); return; }
    const pad = f.width - len;
    const align = f.align === 'unknown' ? 'right' : f.align;
    const l = align === 'left' ? 0 : align === 'right' ? pad : Math.floor(pad / 2);
    f.write(f.fill.repeat(l) + sign + pre + digits + f.fill.repeat(pad - l));
  }
  function fmtInt(v, f, ty) {
    if (f.debugHex) return fmtRadix(v, f, ty, 16, f.debugHex === 'upper');
    const neg = v < 0;
    padIntegral(f, !neg, '', (neg ? -BigInt(v) : BigInt(v)).toString());
  }
  function fmtRadix(v, f, ty, radix, upper) {
    let b = BigInt(v);
    if (b < 0n) b = BigInt.asUintN(int[ty].bits, b);
    let s = b.toString(radix);
    if (upper) s = s.toUpperCase();
    padIntegral(f, true, radix === 16 ? '0x' : radix === 2 ? '0b' : '0o', s);
  }
  function floatDigits(x) {
    // Shortest round-trip digits without an exponent (Rust's Display for floats).
    let s = String(Math.abs(x));
    const m = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
    if (m) {
      const digits = m[1] + (m[2] || ''); const e = Number(m[3]);
      if (e >= 0) s = digits + '0'.repeat(Math.max(0, e - (digits.length - 1)));
      else s = '0.' + '0'.repeat(-e - 1) + digits;
      if (e >= 0 && digits.length - 1 > e) s = digits.slice(0, e + 1) + '.' + digits.slice(e + 1);
    }
    return s;
  }
  function fmtFloat(x, f, debug, isF32) {
    if (Number.isNaN(x)) { padStr(f, 'NaN', 'right'); return; }
    const neg = x < 0 || Object.is(x, -0);
    let s;
    if (!Number.isFinite(x)) s = 'inf';
    else if (f.precision !== null) s = toFixedExact(Math.abs(x), f.precision);
    else {
      const ax = Math.abs(x);
      const str = isF32 ? shortestF32(ax) : null;
      if (debug && ax !== 0 && (ax >= 1e16 || ax < 1e-4)) s = expForm(str ?? String(ax));
      else { s = str !== null ? plainOf(str) : floatDigits(ax); if (debug && !s.includes('.')) s += '.0'; }
    }
    padIntegral(f, !neg, '', s);
  }
  // {:e}: shortest (or precision) digits as d.ddde±x, without a '+' (Rust's LowerExp).
  function fmtExp(x, f, upper, isF32) {
    if (Number.isNaN(x)) { padStr(f, 'NaN', 'right'); return; }
    const neg = x < 0 || Object.is(x, -0);
    let s;
    if (!Number.isFinite(x)) s = 'inf';
    else {
      const ax = Math.abs(x);
      s = f.precision !== null ? ax.toExponential(f.precision) : Number(isF32 ? shortestF32(ax) : String(ax)).toExponential();
      s = s.replace('e+', 'e');
      if (upper) s = s.toUpperCase();
    }
    padIntegral(f, !neg, '', s);
  }
  function plainOf(s) { return /e/.test(s) ? floatDigits(Number(s)) : s; }
  function expForm(s) {
    const n = Number(s); let [m, e] = n.toExponential().split('e');
    if (e.startsWith('+')) e = e.slice(1);
    return m + 'e' + e;
  }
  function shortestF32(x) {
    for (let p = 1; p <= 9; p++) { const s = x.toPrecision(p); if (Math.fround(Number(s)) === x) return String(Number(s)); }
    return String(x);
  }
  function toFixedExact(x, p) {
    // Exact decimal rounding with ties to even, as Rust's float formatting.
    if (x >= 1e21) return BigInt(x).toString() + (p > 0 ? '.' + '0'.repeat(p) : '');
    const [mant, exp] = decompose(x);
    // x = mant * 2^exp exactly.
    let num = BigInt(mant), den = 1n;
    if (exp >= 0) num <<= BigInt(exp); else den <<= BigInt(-exp);
    const scale = 10n ** BigInt(p);
    const scaled = num * scale;
    let q = scaled / den; const r = scaled % den;
    if (r * 2n > den || (r * 2n === den && (q & 1n) === 1n)) q += 1n;
    let s = q.toString();
    if (p === 0) return s;
    s = s.padStart(p + 1, '0');
    return s.slice(0, s.length - p) + '.' + s.slice(s.length - p);
  }
  function decompose(x) {
    const buf = new DataView(new ArrayBuffer(8)); buf.setFloat64(0, x);
    const hi = buf.getUint32(0), lo = buf.getUint32(4);
    const e = (hi >>> 20) & 0x7ff; let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
    if (e === 0) return [m, -1074];
    return [m | (1n << 52n), e - 1075];
  }
  function escapeChar(c, inStr) {
    switch (c) {
      case 0x09: return '\\t'; case 0x0d: return '\\r'; case 0x0a: return '\\n'; case 0x5c: return '\\\\'; case 0: return '\\0';
      case 0x22: return inStr ? '\\"' : '"'; case 0x27: return inStr ? "'" : "\\'";
    }
    if (c < 0x20 || c === 0x7f) return '\\u{' + c.toString(16) + '}';
    return String.fromCodePoint(c);
  }
  function fmtStr(s, f) { padStr(f, s, 'left'); }
  function dbgStr(s, f) { let o = '"'; for (const ch of s) o += escapeChar(ch.codePointAt(0), true); f.write(o + '"'); }
  function fmtChar(c, f) { padStr(f, String.fromCodePoint(c), 'left'); }
  function dbgChar(c, f) { f.write("'" + escapeChar(c, false) + "'"); }
  function fmtBool(b, f) { padStr(f, b ? 'true' : 'false', 'left'); }
  // Builders for Debug (std's DebugStruct, DebugTuple, DebugList), with {:#?}'s pretty form.
  function dbgStruct(f, name, fields) {
    if (fields.length === 0) { f.write(name); return; }
    if (f.alternate) {
      f.write(name + ' {\n');
      for (const [n, v, fmt] of fields) { f.indent++; f.onNewline = true; f.write(n + ': '); fmt(v, f); f.write(',\n'); f.indent--; }
      f.write('}');
    } else {
      f.write(name + ' { ');
      fields.forEach(([n, v, fmt], i) => { if (i) f.write(', '); f.write(n + ': '); fmt(v, f); });
      f.write(' }');
    }
  }
  function dbgTuple(f, name, fields) {
    if (fields.length === 0) { f.write(name); return; }
    if (f.alternate) {
      f.write(name + '(\n');
      for (const [v, fmt] of fields) { f.indent++; f.onNewline = true; fmt(v, f); f.write(',\n'); f.indent--; }
      f.write(')');
    } else {
      f.write(name + '(');
      fields.forEach(([v, fmt], i) => { if (i) f.write(', '); fmt(v, f); });
      if (name === '' && fields.length === 1) f.write(',');
      f.write(')');
    }
  }
  function dbgList(f, items, fmt, open, close) {
    if (items.length === 0) { f.write(open + close); return; }
    if (f.alternate) {
      f.write(open + '\n');
      for (const v of items) { f.indent++; f.onNewline = true; fmt(v, f); f.write(',\n'); f.indent--; }
      f.write(close);
    } else {
      f.write(open);
      items.forEach((v, i) => { if (i) f.write(', '); fmt(v, f); });
      f.write(close);
    }
  }
  // format_args: pieces are strings or [value, fmtFn, spec]; counts taken from arguments are resolved by the caller.
  function format(pieces) {
    const f = new Formatter();
    for (const p of pieces) {
      if (typeof p === 'string') { f.write(p); continue; }
      f.spec(p[2]);
      p[1](p[0], f);
    }
    return f.buf;
  }
  function spec(fill, align, plus, alternate, zero, debugHex, width, precision) {
    return { fill, align, plus, alternate, zero, debugHex, width: width === null ? null : Number(width), precision: precision === null ? null : Number(precision) };
  }
  function assertFailed(kind, l, r, fl, fr, msg, loc) {
    const f = new Formatter(); fl(l, f); const ls = f.buf; const g = new Formatter(); fr(r, g);
    panicAt('assertion ' + String.fromCharCode(96) + 'left ' + (kind === 0 ? '==' : '!=') + ' right' + String.fromCharCode(96) + ' failed' + (msg !== null ? ': ' + msg : '') + '\n  left: ' + ls + '\n right: ' + g.buf, loc);
  }

  // -- equality, ordering, copies --------------------------------------------------------------
  function eq(a, b) {
    if (a === b) return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return a === b;
    if (a instanceof RString) return b instanceof RString ? a.s === b.s : a.s === b;
    if (Array.isArray(a)) { if (!Array.isArray(b) || a.length !== b.length) return false; for (let i = 0; i < a.length; i++) if (!eq(a[i], b[i])) return false; return true; }
    const ka = Object.keys(a); if (ka.length !== Object.keys(b).length) return false;
    for (const k of ka) if (!eq(a[k], b[k])) return false;
    return true;
  }
  function cmp(a, b) {
    if (typeof a === 'string' || a instanceof RString) { const x = Buffer.from(typeof a === 'string' ? a : a.s), y = Buffer.from(typeof b === 'string' ? b : b.s); return Buffer.compare(x, y); }
    if (typeof a !== 'object' || a === null) return a < b ? -1 : a > b ? 1 : 0;
    if (Array.isArray(a) && a.$rev) return cmp(b[0], a[0]);
    if (Array.isArray(a)) { for (let i = 0; i < a.length && i < b.length; i++) { const c = cmp(a[i], b[i]); if (c) return c; } return a.length - b.length < 0 ? -1 : a.length > b.length ? 1 : 0; }
    if ('$' in a) { if (a.$ !== b.$) return a.$ < b.$ ? -1 : 1; }
    for (const k of Object.keys(a)) { if (k === '$') continue; const c = cmp(a[k], b[k]); if (c) return c; }
    return 0;
  }
  function rev(x) { const a = [x]; a.$rev = true; return a; }
  function ordering(c) { return { $: c < 0 ? 0 : c > 0 ? 2 : 1 }; }
  function clone(v) {
    if (typeof v !== 'object' || v === null) return v;
    if (v instanceof RString) return new RString(v.s);
    if (Array.isArray(v)) { const c = v.map(clone); if (v.$rev) c.$rev = true; return c; }
    if (typeof v === 'function') return v;
    if (v instanceof RMap) { const m = new RMap(v.sorted); for (const [k, x] of v.m) m.m.set(k, [clone(x[0]), clone(x[1])]); return m; }
    const o = {}; for (const k of Object.keys(v)) o[k] = clone(v[k]); return o;
  }
  function assign(place, v) { for (const k of Object.keys(place)) delete place[k]; Object.assign(place, v); }

  // -- vectors, slices and iterators -------------------------------------------------------------
  function idx(a, i, loc) {
    const n = Number(i);
    if (n >= a.length) panicAt('index out of bounds: the len is ' + a.length + ' but the index is ' + i, loc);
    return n;
  }
  function sliceRange(a, lo, hi, loc) {
    const l = lo === null ? 0 : Number(lo), h = hi === null ? a.length : Number(hi);
    if (l > h) panicAt('slice index starts at ' + l + ' but ends at ' + h, loc);
    if (h > a.length) panicAt('range end index ' + h + ' out of range for slice of length ' + a.length, loc);
    return a.slice(l, h);
  }
  class Iter {
    constructor(next) { this.n = next; }
    next() { return opt(this.n()); }
    [Symbol.iterator]() { return { next: () => { const v = this.n(); return v === undefined ? { done: true, value: undefined } : { done: false, value: v }; } }; }
  }
  function iter(x) {
    if (x instanceof Iter) return x;
    if (Array.isArray(x)) { let i = 0; return new Iter(() => (i < x.length ? x[i++] : undefined)); }
    if (x && x.$range) { let i = x.start; const end = x.end; const one = typeof i === 'bigint' ? 1n : 1;
      if (x.inclusive) { let done = i > end; return new Iter(() => { if (done) return undefined; const v = i; if (i === end) done = true; else i += one; return v; }); }
      return new Iter(() => (i < end ? (i += one, i - one) : undefined)); }
    if (x && typeof x.next === 'function') return new Iter(() => { const o = x.next(); return o.$ === 1 ? o[0] : undefined; });
    throw new Error('not iterable');
  }
  function range(start, end, inclusive) { return { $range: true, start, end, inclusive }; }
  function toArray(x) { return Array.from(iter(x)); }
  const it = {
    map(x, f) { const s = iter(x); return new Iter(() => { const v = s.n(); return v === undefined ? undefined : f(v); }); },
    filter(x, f) { const s = iter(x); return new Iter(() => { for (;;) { const v = s.n(); if (v === undefined || f(v)) return v; } }); },
    enumerate(x) { const s = iter(x); let i = 0n; return new Iter(() => { const v = s.n(); return v === undefined ? undefined : [i++, v]; }); },
    rev(x) { const a = toArray(x).reverse(); return iter(a); },
    zip(x, y) { const s = iter(x), t = iter(y); return new Iter(() => { const a = s.n(); if (a === undefined) return undefined; const b = t.n(); return b === undefined ? undefined : [a, b]; }); },
    skip(x, n) { const s = iter(x); let k = Number(n); return new Iter(() => { while (k > 0) { k--; if (s.n() === undefined) return undefined; } return s.n(); }); },
    take(x, n) { const s = iter(x); let k = Number(n); return new Iter(() => (k-- > 0 ? s.n() : undefined)); },
    stepBy(x, n) { const s = iter(x); let first = true; return new Iter(() => { if (first) { first = false; return s.n(); } for (let k = 1; k < Number(n); k++) if (s.n() === undefined) return undefined; return s.n(); }); },
    chain(x, y) { const s = iter(x), t = iter(y); return new Iter(() => { const v = s.n(); return v === undefined ? t.n() : v; }); },
    count(x) { let n = 0n; for (const _ of iter(x)) n++; return n; },
    sum(x, ops, loc) { let r = ops ? ops.zero : 0; for (const v of iter(x)) r = ops ? ops.add(r, v, loc) : r + v; return r; },
    product(x, ops, loc) { let r = ops.big ? 1n : 1; for (const v of iter(x)) r = ops.mul(r, v, loc); return r; },
    fold(x, init, f) { let r = init; for (const v of iter(x)) r = f(r, v); return r; },
    any(x, f) { for (const v of iter(x)) if (f(v)) return true; return false; },
    all(x, f) { for (const v of iter(x)) if (!f(v)) return false; return true; },
    find(x, f) { for (const v of iter(x)) if (f(v)) return Some(v); return None(); },
    position(x, f) { let i = 0n; for (const v of iter(x)) { if (f(v)) return Some(i); i++; } return None(); },
    max(x) { let m; for (const v of iter(x)) if (m === undefined || cmp(v, m) >= 0) m = v; return opt(m); },
    min(x) { let m; for (const v of iter(x)) if (m === undefined || cmp(v, m) < 0) m = v; return opt(m); },
    last(x) { let m; for (const v of iter(x)) m = v; return opt(m); },
    forEach(x, f) { for (const v of iter(x)) f(v); },
    collect(x) { return toArray(x); },
    filterMap(x, f) { const s = iter(x); return new Iter(() => { for (;;) { const v = s.n(); if (v === undefined) return undefined; const o = f(v); if (o.$ === 1) return o[0]; } }); },
    flatten(x) { return it.flatMap(x, (v) => v); },
    skipWhile(x, f) { const s = iter(x); let done = false; return new Iter(() => { for (;;) { const v = s.n(); if (v === undefined || done || !f(v)) { done = true; return v; } } }); },
    takeWhile(x, f) { const s = iter(x); let done = false; return new Iter(() => { if (done) return undefined; const v = s.n(); if (v === undefined || !f(v)) { done = true; return undefined; } return v; }); },
    // Chars::as_str: the rest of the string, without consuming it.
    asStr(x) { const s = iter(x); const a = toArray(s); let i = 0; s.n = () => (i < a.length ? a[i++] : undefined); return a.map((c) => String.fromCodePoint(c)).join(''); },
    findMap(x, f) { for (const v of iter(x)) { const o = f(v); if (o.$ === 1) return o; } return None(); },
    nth(x, n) { const s = iter(x); let k = Number(n); for (;;) { const v = s.n(); if (v === undefined) return None(); if (k-- === 0) return Some(v); } },
    partition(x, f) { const a = [], b = []; for (const v of iter(x)) (f(v) ? a : b).push(v); return [a, b]; },
    collectTry(x, isOpt, build) { const a = []; for (const v of iter(x)) { if (v.$ !== (isOpt ? 1 : 0)) return isOpt ? None() : v; a.push(v[0]); } return isOpt ? Some(build(a)) : Ok(build(a)); },
    flatMap(x, f) { const s = iter(x); let cur = null; return new Iter(() => { for (;;) { if (cur) { const v = cur.n(); if (v !== undefined) return v; } const o = s.n(); if (o === undefined) return undefined; cur = iter(f(o)); } }); },
    // Ties: max_by/max_by_key keep the last maximum, min_by/min_by_key the first minimum (as std).
    maxBy(x, f) { let m; for (const v of iter(x)) if (m === undefined || f(m, v).$ !== 2) m = v; return opt(m); },
    minBy(x, f) { let m; for (const v of iter(x)) if (m === undefined || f(m, v).$ === 2) m = v; return opt(m); },
    maxByKey(x, f) { let m, mk; for (const v of iter(x)) { const k = f(v); if (m === undefined || cmp(k, mk) >= 0) { m = v; mk = k; } } return opt(m); },
    minByKey(x, f) { let m, mk; for (const v of iter(x)) { const k = f(v); if (m === undefined || cmp(k, mk) < 0) { m = v; mk = k; } } return opt(m); },
    // next_back: the rest is buffered, the iterator then serves the front of the buffer.
    nextBack(x) { const s = iter(x); const a = toArray(s); const v = a.pop(); let i = 0; s.n = () => (i < a.length ? a[i++] : undefined); return opt(v); },
    peekable(x) {
      const s = iter(x); let buf, has = false;
      const p = new Iter(() => { if (has) { has = false; return buf; } return s.n(); });
      p.peek = () => { if (!has) { buf = s.n(); has = true; } return opt(buf); };
      return p;
    },
    collectString(x) { let s = ''; for (const v of iter(x)) s += typeof v === 'number' ? String.fromCodePoint(v) : typeof v === 'string' ? v : v.s; return new RString(s); },
  };
  // -- maps -----------------------------------------------------------------------------------------
  // HashMap and BTreeMap: a JS Map by a canonical key string. A BTreeMap iterates in key order; a
  // HashMap in insertion order (Rust's order is random per run, so no program can depend on it).
  function keyOf(k) {
    switch (typeof k) {
      case 'number': return 'n' + k;
      case 'bigint': return 'b' + k;
      case 'string': return 's' + k;
      case 'boolean': return k ? 't' : 'f';
    }
    if (k instanceof RString) return 's' + k.s;
    if (Array.isArray(k)) return '[' + k.map(keyOf).join(',') + ']';
    return '{' + Object.keys(k).map((f) => f + ':' + keyOf(k[f])).join(',') + '}';
  }
  class RMap {
    constructor(sorted) { this.m = new Map(); this.sorted = sorted; }
    insert(k, v) { const key = keyOf(k); const old = this.m.get(key); this.m.set(key, [k, v]); return old ? Some(old[1]) : None(); }
    get(k) { const e = this.m.get(keyOf(k)); return e ? Some(e[1]) : None(); }
    cell(k) { const e = this.m.get(keyOf(k)); return e ? Some({ get v() { return e[1]; }, set v(x) { e[1] = x; } }) : None(); }
    has(k) { return this.m.has(keyOf(k)); }
    remove(k) { const key = keyOf(k); const e = this.m.get(key); if (!e) return None(); this.m.delete(key); return Some(e[1]); }
    index(k, loc) { const e = this.m.get(keyOf(k)); if (!e) panicAt('key not found in map', loc); return e[1]; }
    orInsert(k, make, scalar) {
      const key = keyOf(k);
      let e = this.m.get(key);
      if (!e) { e = [k, make()]; this.m.set(key, e); }
      return scalar ? { get v() { return e[1]; }, set v(x) { e[1] = x; } } : e[1];
    }
    entries() { const a = Array.from(this.m.values()); if (this.sorted) a.sort((x, y) => cmp(x[0], y[0])); return a; }
    get size() { return this.m.size; }
  }
  // BinaryHeap: a max-heap in an array under the element type's comparator, moved exactly as
  // std moves it (sift_up, sift_down_to_bottom on pop, rebuild from a Vec), so that iterating the
  // heap by value sees std's order.
  class Heap {
    constructor(c) { this.a = []; this.c = c; }
    static from(a, c) {
      const h = new Heap(c); h.a = a;
      for (let n = a.length >> 1; n > 0;) { n--; h.down(n, a.length); }
      return h;
    }
    push(x) { this.a.push(x); this.up(0, this.a.length - 1); }
    pop() {
      const a = this.a; if (a.length === 0) return None();
      let item = a.pop();
      if (a.length > 0) { const top = a[0]; a[0] = item; item = top; this.downToBottom(0); }
      return Some(item);
    }
    up(start, pos) {
      const a = this.a, elt = a[pos];
      while (pos > start) { const p = (pos - 1) >> 1; if (this.c(elt, a[p]) <= 0) break; a[pos] = a[p]; pos = p; }
      a[pos] = elt;
    }
    down(pos, end) {
      const a = this.a, elt = a[pos]; let child = 2 * pos + 1;
      while (end >= 2 && child <= end - 2) {
        if (this.c(a[child], a[child + 1]) <= 0) child++;
        if (this.c(elt, a[child]) >= 0) { a[pos] = elt; return; }
        a[pos] = a[child]; pos = child; child = 2 * pos + 1;
      }
      if (child === end - 1 && this.c(elt, a[child]) < 0) { a[pos] = a[child]; pos = child; }
      a[pos] = elt;
    }
    downToBottom(pos) {
      const a = this.a, end = a.length, start = pos, elt = a[pos]; let child = 2 * pos + 1;
      while (end >= 2 && child <= end - 2) {
        if (this.c(a[child], a[child + 1]) <= 0) child++;
        a[pos] = a[child]; pos = child; child = 2 * pos + 1;
      }
      if (child === end - 1) { a[pos] = a[child]; pos = child; }
      a[pos] = elt;
      this.up(start, pos);
    }
    sorted() { return this.a.slice().sort(this.c); }
  }
  function mapFrom(it, sorted) { const m = new RMap(sorted); for (const [k, v] of iter(it)) m.insert(k, v); return m; }
  function dbgMap(f, m, fk, fv) {
    const es = m.entries();
    if (es.length === 0) { f.write('{}'); return; }
    if (f.alternate) {
      f.write('{\n');
      for (const [k, v] of es) { f.indent++; f.onNewline = true; fk(k, f); f.write(': '); fv(v, f); f.write(',\n'); f.indent--; }
      f.write('}');
    } else {
      f.write('{');
      es.forEach(([k, v], i) => { if (i) f.write(', '); fk(k, f); f.write(': '); fv(v, f); });
      f.write('}');
    }
  }
  // str patterns: a char (code point), a char predicate, or a string (&str or String).
  function charPat(p) { return typeof p === 'function' ? p : typeof p === 'number' ? (c) => c === p : null; }
  function strPat(p) { return typeof p === 'string' ? p : p.s; }
  function trimMatches(s, p, start, end) {
    const f = charPat(p);
    if (f) {
      const cs = Array.from(s);
      let i = 0, j = cs.length;
      if (start) while (i < j && f(cs[i].codePointAt(0))) i++;
      if (end) while (j > i && f(cs[j - 1].codePointAt(0))) j--;
      return cs.slice(i, j).join('');
    }
    const t = strPat(p);
    if (t.length === 0) return s;
    if (start) while (s.startsWith(t)) s = s.slice(t.length);
    if (end) while (s.length > 0 && s.endsWith(t)) s = s.slice(0, s.length - t.length);
    return s;
  }
  function stripPrefix(s, p) {
    const f = charPat(p);
    if (f) { const c = s.codePointAt(0); return c !== undefined && f(c) ? Some(s.slice(c > 0xffff ? 2 : 1)) : None(); }
    const t = strPat(p);
    return s.startsWith(t) ? Some(s.slice(t.length)) : None();
  }
  function stripSuffix(s, p) {
    const f = charPat(p);
    if (f) { const cs = Array.from(s); const c = cs.length ? cs[cs.length - 1].codePointAt(0) : undefined; return c !== undefined && f(c) ? Some(cs.slice(0, -1).join('')) : None(); }
    const t = strPat(p);
    return s.endsWith(t) ? Some(s.slice(0, s.length - t.length)) : None();
  }
  function splitOnce(s, p) { const a = splitn(s, 2, p); return a.length === 2 ? Some(a) : None(); }
  function splitn(s, n, p) {
    n = Number(n);
    const out = [];
    if (n === 0) return out;
    const f = charPat(p);
    if (f) {
      let cur = '';
      for (const c of Array.from(s)) { if (out.length < n - 1 && f(c.codePointAt(0))) { out.push(cur); cur = ''; } else cur += c; }
      out.push(cur);
      return out;
    }
    const t = strPat(p);
    let rest = s;
    while (out.length < n - 1 && t.length > 0) { const i = rest.indexOf(t); if (i < 0) break; out.push(rest.slice(0, i)); rest = rest.slice(i + t.length); }
    out.push(rest);
    return out;
  }
  // str::from_utf8: std's Utf8Error (valid_up_to, and error_len: None for a sequence cut short
  // by the end of the input, else the length of the invalid sequence).
  function fromUtf8(b) {
    let i = 0;
    while (i < b.length) {
      const c = b[i];
      const w = c < 0x80 ? 1 : c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
      if (w === 0) return Err({ valid_up_to: BigInt(i), error_len: Some(1) });
      let k = 1;
      for (; k < w; k++) {
        if (i + k >= b.length) return Err({ valid_up_to: BigInt(i), error_len: None() });
        const d = b[i + k];
        const lo = k > 1 ? 0x80 : c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
        const hi = k > 1 ? 0xbf : c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
        if (d < lo || d > hi) return Err({ valid_up_to: BigInt(i), error_len: Some(k) });
      }
      i += w;
    }
    return Ok(Buffer.from(b).toString());
  }
  function dbgUtf8Error(v, f) { f.write('Utf8Error { valid_up_to: ' + v.valid_up_to + ', error_len: ' + (v.error_len.$ ? 'Some(' + v.error_len[0] + ')' : 'None') + ' }'); }
  // f64::max/min as values (NaN is ignored, as std does).
  function fmax(a, b) { return Number.isNaN(a) ? b : Number.isNaN(b) ? a : Math.max(a, b); }
  function fmin(a, b) { return Number.isNaN(a) ? b : Number.isNaN(b) ? a : Math.min(a, b); }
  // {integer}::from_str_radix: std's error kinds (a lone sign is an invalid digit).
  function parseRadix(s, radix, ops) {
    if (s.length === 0) return Err({ kind: 'Empty' });
    let i = 0, neg = false;
    if (s[0] === '+' || (s[0] === '-' && ops.signed)) { neg = s[0] === '-'; i = 1; if (s.length === 1) return Err({ kind: 'InvalidDigit' }); }
    let v = 0n;
    for (; i < s.length; i++) {
      const d = Number.parseInt(s[i], 36);
      if (Number.isNaN(d) || d >= radix) return Err({ kind: 'InvalidDigit' });
      v = v * BigInt(radix) + BigInt(d);
    }
    if (neg) v = -v;
    if (v > BigInt(ops.max)) return Err({ kind: 'PosOverflow' });
    if (v < BigInt(ops.min)) return Err({ kind: 'NegOverflow' });
    return Ok(ops.big ? v : Number(v));
  }
  function join(a, sep) { return new RString(a.map((v) => (typeof v === 'string' ? v : v.s)).join(sep)); }
  // str::parse: std's error kinds and messages.
  function parseInt(s, ops) {
    if (s.length === 0) return Err({ kind: 'Empty' });
    const m = /^([+-]?)(\d+)$/.exec(s);
    if (!m || (m[1] === '-' && !ops.signed)) return Err({ kind: 'InvalidDigit' });
    const v = BigInt(s);
    if (v > BigInt(ops.max)) return Err({ kind: 'PosOverflow' });
    if (v < BigInt(ops.min)) return Err({ kind: 'NegOverflow' });
    return Ok(ops.big ? v : Number(v));
  }
  function parseFloat(s, isF32) {
    if (s.length === 0) return Err({ kind: 'Empty' });
    if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$|^[+-]?(inf|infinity|nan)$/i.test(s)) return Err({ kind: 'Invalid' });
    const l = s.toLowerCase().replace(/^\+/, '');
    const v = /inf/.test(l) ? (l.startsWith('-') ? -Infinity : Infinity) : /nan/.test(l) ? NaN : Number(s);
    return Ok(isF32 ? Math.fround(v) : v);
  }
  const PARSE_MESSAGES = { Empty: 'cannot parse integer from empty string', InvalidDigit: 'invalid digit found in string', PosOverflow: 'number too large to fit in target type', NegOverflow: 'number too small to fit in target type', Invalid: 'invalid float literal' };
  function dbgParseError(name) { return (v, f) => { f.write(name + ' { kind: ' + v.kind + ' }'); }; }
  function fmtParseError(v, f) { padStr(f, v.kind === 'Empty' && f.floatErr ? 'cannot parse float from empty string' : PARSE_MESSAGES[v.kind], 'left'); }
  function unwrapFailed(msg, e, fe, loc) { const f = new Formatter(); fe(e, f); panicAt(msg + ': ' + f.buf, loc); }

  // -- threads and the environment ------------------------------------------------------------
  // thread::spawn runs the closure to completion before it returns: one valid schedule of the
  // threads (JavaScript has one thread here); join hands back its result or its panic's payload.
  function spawn(f) {
    const saved = [threadName, threadId];
    threadName = '<unnamed>'; threadId = process.pid + ++threadsSpawned;
    try { return { r: Ok(f()) }; }
    catch (e) { if (e instanceof Panic) return { r: Err({ b: e.payload }) }; throw e; }
    finally { [threadName, threadId] = saved; }
  }
  // thread::sleep blocks like the OS call (Atomics.wait on a private cell that nobody wakes).
  function sleep(d) {
    const ms = Number(d.secs) * 1000 + d.nanos / 1e6;
    if (ms > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  }
  // env::args: argv[0] as the program was invoked (node keeps only the resolved script path, so it
  // comes from /proc/self/cmdline where there is one), then the arguments.
  let argv = null;
  function args() {
    if (argv === null) {
      const rest = process.argv.slice(2);
      let arg0 = process.argv[1] ?? '';
      try {
        const fs = process.getBuiltinModule && process.getBuiltinModule('fs');
        const cmd = fs ? fs.readFileSync('/proc/self/cmdline', 'utf8').split('\0') : [];
        cmd.pop();
        const at = cmd.length - 1 - rest.length;
        if (at >= 1 && cmd.slice(at + 1).every((a, i) => a === rest[i])) arg0 = cmd[at];
      } catch { /* no /proc: keep node's path */ }
      argv = [arg0, ...rest];
    }
    return iter(argv.map((a) => new RString(a)));
  }
  // env::var: Ok(value) or Err(VarError::NotPresent).
  function envVar(k) {
    const v = k === '' || k.includes('=') || k.includes('\0') ? undefined : process.env[k];
    return v === undefined ? Err({ $: 0 }) : Ok(new RString(v));
  }
  function fmtVarError(v, f) {
    // std's impl uses write!, which ignores width and fill.
    if (v.$ === 0) f.write('environment variable not found');
    else { f.write('environment variable was not valid unicode: '); dbgStr(v[0].s, f); }
  }
  function dbgAny(v, f) { f.write(f.alternate ? 'Any {\n    ..\n}' : 'Any { .. }'); }

  return { print, eprint, exit, panicAt, evalConst, at, enter, leave, main, spawn, sleep, args, envVar, fmtVarError, dbgAny, int, f32, None, Some, Ok, Err, opt, RString, utf8len, chars, Formatter, padStr, padIntegral,
    fmtInt, fmtRadix, fmtFloat, fmtExp, fmtStr, dbgStr, fmtChar, dbgChar, fmtBool, dbgStruct, dbgTuple, dbgList, format, spec, assertFailed,
    eq, cmp, rev, ordering, clone, assign, idx, sliceRange, Iter, iter, range, toArray, it, join, unwrapFailed, toFixedExact, floatDigits, parseInt, parseFloat, parseRadix, fromUtf8, dbgUtf8Error, fmax, fmin, splitn, splitOnce, trimMatches, stripPrefix, stripSuffix, dbgParseError, fmtParseError, RMap, mapFrom, dbgMap, Heap };
})();
`;

/** Evaluates the runtime (for tests): the `$rt` object a program sees. */
export function loadRuntime(): Record<string, any> {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const f = new Function('process', 'Buffer', `${RUNTIME_SOURCE}\nreturn $rt;`) as (p: unknown, b: unknown) => Record<string, any>;
  return f(process, Buffer);
}
