/**
 * The message catalogue: every user-visible message weftc prints, grouped by the phase that
 * reports it, worded exactly as rustc 1.95 words it. A phase never writes message text inline;
 * it calls a builder here and adds spans, labels, notes and suggestions to what it gets back.
 *
 * How a phase adds a message:
 * 1. Make rustc print it (a small program; `RUSTC_BOOTSTRAP=1 rustc x.rs --error-format=json`)
 *    and copy the message, the code and the label texts from the JSON.
 * 2. Add a builder to the group of your phase: a function of the variable parts (names, types as
 *    already-printed strings) that returns `error(...)`/`warning(...)` with `.withCode(...)`, or a
 *    plain function returning a label, note or help text. Name it after what went wrong
 *    (`cannotFindValue`), not after the code.
 * 3. A new error code also needs an explanation in error-codes.ts (weftc's own words).
 * 4. Lints: the code is the lint name (`unused_variables`); the level comes from sema/lints, so lint
 *    builders take the level.
 * 5. Blessed fixtures in ui-tests/ are the tests of the wording; messages.test.ts checks that the
 *    builders here agree with the rustc outputs of the emitter corpus.
 *
 * Owns: message wording and codes. Must not: decide whether a diagnostic is emitted, or render.
 */
import { DiagnosticBuilder, error, type Level } from './diagnostic.js';
import type { Span } from '../syntax/source-map.js';

const plural = (n: number, word: string, words = `${word}s`) => `${n} ${n === 1 ? word : words}`;

/** `a`, `a` and `b`, `a`, `b` and `c`: rustc's list of code-quoted names. */
export function listOf(names: readonly string[]): string {
  const quoted = names.map((n) => `\`${n}\``);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

/** The driver: reading input, crate-level requirements. */
export const driver = {
  couldNotRead: (path: string, reason: string) => error(`couldn't read \`${path}\`: ${reason}`),
  mainNotFound: (crate: string, span?: Span) => error(`\`main\` function not found in crate \`${crate}\``, span).withCode('E0601'),
  considerAddingMain: (file: string) => `consider adding a \`main\` function to \`${file}\``,
  unsupported: (what: string, span?: Span) => error(`weftc does not support ${what} yet`, span),
};

/** The lexer and the parser. */
export const parse = {
  unclosedDelimiter: (span: Span) => error('this file contains an unclosed delimiter', span),
  unclosedDelimiterLabel: 'unclosed delimiter',
  expectedFound: (expected: string, found: string, span: Span) => error(`expected ${expected}, found ${found}`, span),
  expectedOneOf: (tokens: readonly string[], found: string, span: Span) => error(`expected one of ${oneOf(tokens)}, found ${found}`, span),
  expectedOneOfLabel: (tokens: readonly string[]) => `expected one of ${oneOf(tokens)}`,
  expectedOneOfCount: (n: number) => `expected one of ${n} possible tokens`,
  unexpectedToken: 'unexpected token',
  addSemicolon: 'add `;` here',
  expectedExpression: (found: string, span: Span) => error(`expected expression, found ${found}`, span),
  expectedExpressionLabel: 'expected expression',
  unknownStartOfToken: (escaped: string, span: Span) => error(`unknown start of token: ${escaped}`, span),
};

/** `` `a`, `b`, or `c` `` as rustc lists expected tokens. */
function oneOf(tokens: readonly string[]): string {
  if (tokens.length <= 2) return tokens.join(' or ');
  return `${tokens.slice(0, -1).join(', ')}, or ${tokens[tokens.length - 1]}`;
}

/** Name resolution and imports. */
export const resolve = {
  cannotFindValue: (name: string, span: Span) => error(`cannot find value \`${name}\` in this scope`, span).withCode('E0425'),
  cannotFindType: (name: string, span: Span) => error(`cannot find type \`${name}\` in this scope`, span).withCode('E0425'),
  cannotFindTypeE0412: (name: string, span: Span) => error(`cannot find type \`${name}\` in this scope`, span).withCode('E0412'),
  cannotFindTypeUndeclared: (name: string, span: Span) => error(`cannot find type \`${name}\` in this scope`, span).withCode('E0433'),
  useOfUndeclaredType: (name: string) => `use of undeclared type \`${name}\``,
  notFoundInScope: 'not found in this scope',
  similarLocal: 'a local variable with a similar name exists',
  considerImporting: (what: string) => `consider importing this ${what}`,
  considerImportingOneOf: 'consider importing one of these items',
  unresolvedImport: (path: string, span: Span) => error(`unresolved import \`${path}\``, span).withCode('E0432'),
  definedMultipleTimes: (name: string, span: Span) => error(`the name \`${name}\` is defined multiple times`, span).withCode('E0428'),
  redefinedHere: (name: string) => `\`${name}\` redefined here`,
  previousDefinition: (kind: string, name: string) => `previous definition of the ${kind} \`${name}\` here`,
  mustBeDefinedOnce: (name: string, namespace: 'type' | 'value' | 'macro') => `\`${name}\` must be defined only once in the ${namespace} namespace of this module`,
  isPrivate: (kind: string, name: string, span: Span) => error(`${kind} \`${name}\` is private`, span).withCode('E0603'),
  privateLabel: (kind: string) => `private ${kind}`,
  definedHere: (kind: string, name: string) => `the ${kind} \`${name}\` is defined here`,
  definedMultipleTimesCode: (name: string, span: Span, code: string) => error(`the name \`${name}\` is defined multiple times`, span).withCode(code),
  previousImport: (kind: string, name: string) => `previous import of the ${kind} \`${name}\` here`,
  reimportedHere: (name: string) => `\`${name}\` reimported here`,
  useAsToRename: 'you can use `as` to change the binding name of the import',
  unresolvedModuleOrCrate: (name: string) => `use of unresolved module or unlinked crate \`${name}\``,
  missingCrate: (name: string) => `you might be missing a crate named \`${name}\``,
  notAModule: (kind: string, name: string) => `\`${name}\` is ${articleFor(kind)} ${kind}, not a module`,
  couldNotFindIn: (name: string, parent: string) => `could not find \`${name}\` in ${parent}`,
  noNameIn: (name: string, parent: string) => `no \`${name}\` in ${parent}`,
  similarNameInModule: 'a similar name exists in the module',
};

/** `a` or `an` before a word, as rustc's `article`. */
export function articleFor(word: string): string {
  return /^[aeiou]/.test(word) ? 'an' : 'a';
}

/** Type collection and checking of items. */
export const items = {
  missingTraitItems: (names: readonly string[], span: Span) => error(`not all trait items implemented, missing: ${names.map((n) => `\`${n}\``).join(', ')}`, span).withCode('E0046'),
  missingInImpl: (names: readonly string[]) => `missing ${names.map((n) => `\`${n}\``).join(', ')} in implementation`,
  fromTrait: (name: string) => `\`${name}\` from trait`,
  implementMissingItem: (item: string) => `implement the missing item: \`${item}\``,
  recursiveType: (name: string, span: Span) => error(`recursive type \`${name}\` has infinite size`, span).withCode('E0072'),
  recursiveWithoutIndirection: 'recursive without indirection',
  insertIndirection: 'insert some indirection (e.g., a `Box`, `Rc`, or `&`) to break the cycle',
  missingLifetime: (span: Span) => error('missing lifetime specifier', span).withCode('E0106'),
  expectedNamedLifetime: 'expected named lifetime parameter',
  introduceNamedLifetime: 'consider introducing a named lifetime parameter',
  cycleDetected: (what: string, span: Span) => error(`cycle detected when ${what}`, span).withCode('E0391'),
  cycleRequires: (what: string) => `...which requires ${what}...`,
  cycleCompletes: (what: string) => `...which again requires ${what}, completing the cycle`,
  cycleUsedWhen: (what: string) => `cycle used when ${what}`,
};

/** Type checking of bodies. */
export const typeck = {
  mismatchedTypes: (span: Span) => error('mismatched types', span).withCode('E0308'),
  expectedFound: (expected: string, found: string) => `expected ${expected}, found ${found}`,
  expectedDueToThis: 'expected due to this',
  matchArmsIncompatible: (span: Span) => error('`match` arms have incompatible types', span).withCode('E0308'),
  ifElseIncompatible: (span: Span) => error('`if` and `else` have incompatible types', span).withCode('E0308'),
  argumentCount: (expected: number, supplied: number, span: Span) =>
    error(`this function takes ${plural(expected, 'argument')} but ${plural(supplied, 'argument')} ${supplied === 1 ? 'was' : 'were'} supplied`, span).withCode('E0061'),
  argumentMissing: (index: number, ty: string) => `argument #${index} of type \`${ty}\` is missing`,
  unexpectedArgument: (index: number, ty: string) => `unexpected argument #${index} of type \`${ty}\``,
  functionDefinedHere: 'function defined here',
  provideTheArgument: 'provide the argument',
  removeExtraArgument: 'remove the extra argument',
  noMethod: (method: string, kind: string, ty: string, span: Span) => error(`no method named \`${method}\` found for ${kind} \`${ty}\` in the current scope`, span).withCode('E0599'),
  /** A method whose where-clauses do not hold: the message is rustc's, or the trait's `on_unimplemented`. */
  noMethodUnsatisfied: (message: string, span: Span) => error(message, span).withCode('E0599'),
  methodNotFoundIn: (ty: string) => `method not found in \`${ty}\``,
  similarMethod: (name: string) => `there is a method \`${name}\` with a similar name`,
  noField: (field: string, ty: string, span: Span) => error(`no field \`${field}\` on type \`${ty}\``, span).withCode('E0609'),
  unknownField: 'unknown field',
  structHasNoField: (struct: string, field: string, span: Span) => error(`struct \`${struct}\` has no field named \`${field}\``, span).withCode('E0560'),
  missingFields: (fields: readonly string[], struct: string, span: Span) =>
    error(`missing field${fields.length === 1 ? '' : 's'} ${listOf(fields)} in initializer of \`${struct}\``, span).withCode('E0063'),
  cannotApplyBinaryOp: (verb: string, lhs: string, rhs: string, span: Span) => error(`cannot ${verb} \`${rhs}\` to \`${lhs}\``, span).withCode('E0369'),
  cannotBeDereferenced: (ty: string, span: Span) => error(`type \`${ty}\` cannot be dereferenced`, span).withCode('E0614'),
  cannotIndex: (ty: string, span: Span) => error(`cannot index into a value of type \`${ty}\``, span).withCode('E0608'),
  expectedFunction: (found: string, span: Span) => error(`expected function, found \`${found}\``, span).withCode('E0618'),
  traitNotSatisfied: (message: string, span: Span) => error(message, span).withCode('E0277'),
  typeAnnotationsNeeded: (span: Span) => error('type annotations needed', span).withCode('E0282'),
  argumentsIncorrect: (kind: string, span: Span) => error('arguments to this ' + kind + ' are incorrect', span).withCode('E0308'),
  binaryOpCannotBeApplied: (op: string, ty: string, span: Span) => error(`binary operation \`${op}\` cannot be applied to type \`${ty}\``, span).withCode('E0369'),
};

/** Patterns and exhaustiveness. */
export const patterns = {
  nonExhaustive: (patterns: readonly string[], span: Span) => error(`non-exhaustive patterns: ${listOf(patterns)} not covered`, span).withCode('E0004'),
  notCovered: (patterns: readonly string[]) => `pattern${patterns.length === 1 ? '' : 's'} ${listOf(patterns)} not covered`,
  notCoveredLabel: 'not covered',
  matchedValueType: (ty: string) => `the matched value is of type \`${ty}\``,
  wrongFieldCount: (found: number, kind: string, expected: number, span: Span) =>
    error(`this pattern has ${plural(found, 'field')}, but the corresponding ${kind} has ${plural(expected, 'field')}`, span).withCode('E0023'),
  noSuchField: (struct: string, field: string, span: Span) => error(`struct \`${struct}\` does not have a field named \`${field}\``, span).withCode('E0026'),
  missingFieldInPattern: (field: string, span: Span) => error(`pattern does not mention field \`${field}\``, span).withCode('E0027'),
};

/** Borrow checking and moves. */
export const borrowck = {
  assignTwice: (name: string, span: Span) => error(`cannot assign twice to immutable variable \`${name}\``, span).withCode('E0384'),
  firstAssignment: (name: string) => `first assignment to \`${name}\``,
  borrowOfMoved: (name: string, span: Span) => error(`borrow of moved value: \`${name}\``, span).withCode('E0382'),
  valueMovedHere: 'value moved here',
  valueBorrowedAfterMove: 'value borrowed here after move',
  borrowAsMutable: (name: string, span: Span) => error(`cannot borrow \`${name}\` as mutable, as it is not declared as mutable`, span).withCode('E0596'),
  mutableMoreThanOnce: (name: string, span: Span) => error(`cannot borrow \`${name}\` as mutable more than once at a time`, span).withCode('E0499'),
  cloneIfAcceptable: 'consider cloning the value if the performance cost is acceptable',
};

/** Lints: the code is the lint name, the level is decided by sema/lints. */
export const lints = {
  unusedVariable: (level: Level, name: string, span: Span) => new DiagnosticBuilder(level, `unused variable: \`${name}\``, span).withCode('unused_variables'),
  prefixWithUnderscore: 'if this is intentional, prefix it with an underscore',
  unusedImports: (level: Level, names: readonly string[], span: Span) => new DiagnosticBuilder(level, `unused import${names.length === 1 ? '' : 's'}: ${listOf(names)}`, span).withCode('unused_imports'),
  neverUsed: (level: Level, kind: string, name: string, span: Span) => new DiagnosticBuilder(level, `${kind} \`${name}\` is never used`, span).withCode('dead_code'),
  fieldsNeverRead: (level: Level, names: readonly string[], span: Span) => new DiagnosticBuilder(level, `field${names.length === 1 ? '' : 's'} ${listOf(names)} ${names.length === 1 ? 'is' : 'are'} never read`, span).withCode('dead_code'),
  snakeCase: (level: Level, kind: string, name: string, span: Span) => new DiagnosticBuilder(level, `${kind} \`${name}\` should have a snake case name`, span).withCode('non_snake_case'),
  camelCase: (level: Level, kind: string, name: string, span: Span) => new DiagnosticBuilder(level, `${kind} \`${name}\` should have an upper camel case name`, span).withCode('non_camel_case_types'),
  overflowingLiteral: (level: Level, ty: string, span: Span) => new DiagnosticBuilder(level, `literal out of range for \`${ty}\``, span).withCode('overflowing_literals'),
  literalDoesNotFit: (literal: string, ty: string, range: string) => `the literal \`${literal}\` does not fit into the type \`${ty}\` whose range is \`${range}\``,
  /** `#[warn(unused_variables)]` (part of `#[warn(unused)]`) on by default */
  onByDefault: (level: 'warn' | 'deny', lint: string, group: string | null) => `\`#[${level}(${lint})]\`${group ? ` (part of \`#[${level}(${group})]\`)` : ''} on by default`,
  lintLevelDefinedHere: 'the lint level is defined here',
};

/** The closing lines that DiagCtxt writes. */
export const summary = {
  warningsEmitted: (n: number) => `${plural(n, 'warning')} emitted`,
  aborting: (n: number) => `aborting due to ${n === 1 ? '1 previous error' : `${n} previous errors`}`,
  someExplained: (codes: string, more: boolean) => `Some errors have detailed explanations: ${codes}${more ? '...' : '.'}`,
  moreInformationAboutAn: (code: string) => `For more information about an error, try \`rustc --explain ${code}\`.`,
  moreInformationAboutThis: (code: string) => `For more information about this error, try \`rustc --explain ${code}\`.`,
};


/** Macro expansion: `format_args!` and the std macros, `#[derive]`, `#[cfg]`. */
export const expand = {
  formatRequiresString: (span: Span) => error('requires at least a format string argument', span),
  formatMustBeLiteral: (span: Span) => error('format argument must be a string literal', span),
  quoteInlinedArgument: 'quote your inlined format argument to use as string literal',
  missingStringLiteral: 'you might be missing a string literal to format with',
  encloseWithQuotes: (snippet: string) => `you might want to enclose \`${snippet}\` with \`""\``,
  formatDuplicateArg: (name: string, span: Span, prev: Span) =>
    error(`duplicate argument named \`${name}\``, span).label(prev, 'previously here').label(span, 'duplicate argument'),
  positionalAfterNamed: (span: Span, named: readonly Span[]) => {
    const d = error('positional arguments cannot follow named arguments', span).label(span, 'positional arguments must be before named arguments');
    for (const s of named) d.label(s, 'named argument');
    return d;
  },
  invalidFormatString: (desc: string, label: string, span: Span) => error(`invalid format string: ${desc}`, span).label(span, `${label} in format string`),
  usePositional: 'consider using a positional formatting argument instead',
  removeRawIdent: 'remove the `r#`',
  reorderFormatParameter: (replacement: string) => `did you mean \`${replacement}\`?`,
  addMissingColon: 'add a colon before the format specifier',
  formatNoArgNamed: (name: string, span: Span) =>
    error(`there is no argument named \`${name}\``, span)
      .note(`did you intend to capture a variable \`${name}\` from the surrounding scope?`)
      .note('to avoid ambiguity, `format_args!` cannot capture variables when the format string is expanded from a macro'),
  unknownFormatTrait: (ty: string, span: Span) =>
    error(`unknown format trait \`${ty}\``, span).note(
      'the only appropriate formatting traits are:\n- ``, which uses the `Display` trait\n- `?`, which uses the `Debug` trait\n- `e`, which uses the `LowerExp` trait\n- `E`, which uses the `UpperExp` trait\n- `o`, which uses the `Octal` trait\n- `p`, which uses the `Pointer` trait\n- `b`, which uses the `Binary` trait\n- `x`, which uses the `LowerHex` trait\n- `X`, which uses the `UpperHex` trait',
    ),
  positionalMismatch: (n: number, desc: string, spans: readonly Span[]) => {
    const d = error(`${n} positional argument${n === 1 ? '' : 's'} in format string, but ${desc}`);
    for (const s of [...spans].sort((a, b) => a.lo - b.lo)) d.primarySpan(s);
    return d;
  },
  invalidPositionalReference: (indexes: readonly number[], desc: string, spans: readonly Span[]) => {
    const list = indexes.length <= 1 ? indexes.join('') : `${indexes.slice(0, -1).join(', ')} and ${indexes[indexes.length - 1]}`;
    const d = error(`invalid reference to positional argument${indexes.length === 1 ? '' : 's'} ${list} (${desc})`);
    for (const s of [...spans].sort((a, b) => a.lo - b.lo)) d.primarySpan(s);
    return d;
  },
  positionalZeroBased: 'positional arguments are zero-based',
  formattingFlagsInfo: 'for information about formatting flags, visit https://doc.rust-lang.org/std/fmt/index.html',
  unusedArg: (named: boolean, span: Span) => {
    const m = named ? 'named argument never used' : 'argument never used';
    return error(m, span).label(span, m);
  },
  unusedArgs: (unused: readonly { span: Span; named: boolean }[]) => {
    const d = error('multiple unused formatting arguments');
    for (const u of unused) d.primarySpan(u.span);
    return d;
  },
  unusedArgLabel: (named: boolean) => (named ? 'named argument never used' : 'argument never used'),
  multipleMissingSpecifiers: 'multiple missing formatting specifiers',
  formattingSpecifierMissing: 'formatting specifier missing',
  considerAddingSpecifiers: (n: number) => `consider adding ${n} format specifiers`,
  formatSpecifiersUseCurlyBraces: (n: number) => `format specifiers use curly braces, consider adding ${n === 1 ? 'a format specifier' : `${n} format specifiers`}`,
  redundantArgs: (n: number, spans: readonly Span[], fmtSpans: readonly Span[]) => {
    const d = error(`redundant argument${n === 1 ? '' : 's'}`);
    for (const s of spans) d.primarySpan(s);
    d.note(n === 1 ? 'the formatting specifier is referencing the binding already' : 'the formatting specifiers are referencing the bindings already', { primary: fmtSpans, labels: [] });
    return d;
  },
  redundantArgsRemove: 'this can be removed',
  unsupportedMacro: (name: string, span: Span) => error(`weftc does not support the macro \`${name}!\` yet`, span),
  // env! / option_env! (rustc_builtin_macros/src/env.rs).
  envTakesArgs: (span: Span) => error('`env!()` takes 1 or 2 arguments', span),
  onlyOneArgument: (name: string, span: Span) => error(`${name} takes 1 argument`, span),
  expectedCommaInList: (span: Span) => error('expected token: `,`', span),
  envNotDefined: (span: Span, v: string) => error(`environment variable \`${v}\` not defined at compile time`, span),
  envUseVarAtRunTime: (varExpr: string) => `use \`std::env::var(${varExpr})\` to read the variable at run time`,
  envCargoBuildScriptVar: (varExpr: string) => `Cargo sets build script variables at run time. Use \`std::env::var(${varExpr})\` instead`,
  envSimilarCargoVar: (v: string) => `there is a similar Cargo environment variable: \`${v}\``,
  removeLeadingB: 'consider removing the leading `b`',
  stringLiteralSuffix: (suffix: string, span: Span) => error('suffixes on string literals are invalid', span).label(span, `invalid suffix \`${suffix}\``),
  cannotFindMacro: (name: string, span: Span) => error(`cannot find macro \`${name}\` in this scope`, span),
  assertRequiresBoolean: (span: Span) => error('macro requires a boolean expression as an argument', span).label(span, 'boolean expression required'),
  assertRequiresExpression: (span: Span) => error('macro requires an expression as an argument', span),
  unexpectedStringLiteral: (span: Span) => error('unexpected string literal', span),
  tryAddingComma: 'try adding a comma',
};
