import { describe, expect, it } from 'vitest';
import type { DiagnosticBuilder } from './diagnostic.js';
import { explanationOf, isErrorCode } from './error-codes.js';
import { borrowck, driver, items, lints, listOf, parse, patterns, resolve, typeck } from './messages.js';
import { loadCase, type RustcDiagnostic } from './testdata/rustc-json.js';
import { DUMMY_SPAN as S } from '../syntax/source-map.js';

/**
 * Builders of the catalogue against what rustc printed in the emitter corpus:
 * [case, index of the diagnostic in its .ui.jsonl, the builder call, label texts expected among its spans].
 */
const TABLE: [string, number, () => DiagnosticBuilder, string[]][] = [
  ['e0308-let', 0, () => typeck.mismatchedTypes(S), [typeck.expectedFound('`i32`', '`&str`'), typeck.expectedDueToThis]],
  ['match-arms', 0, () => typeck.matchArmsIncompatible(S), []],
  ['if-else-types', 0, () => typeck.ifElseIncompatible(S), []],
  ['e0061-args', 0, () => typeck.argumentCount(2, 1, S), [typeck.argumentMissing(2, 'i32')]],
  ['e0061-args', 1, () => typeck.argumentCount(2, 3, S), [typeck.unexpectedArgument(3, '{integer}')]],
  ['method-typo', 0, () => typeck.noMethod('lenn', 'struct', 'Vec<{integer}>', S), []],
  ['ten-codes', 2, () => typeck.noField('nope', 'S', S), [typeck.unknownField]],
  ['ten-codes', 4, () => typeck.structHasNoField('S', 'b', S), []],
  ['ten-codes', 5, () => typeck.missingFields(['a'], 'S', S), []],
  ['ten-codes', 6, () => typeck.cannotBeDereferenced('u8', S), []],
  ['ten-codes', 7, () => typeck.cannotIndex('u8', S), []],
  ['ten-codes', 8, () => typeck.expectedFunction('u8', S), []],
  ['binop', 0, () => typeck.cannotApplyBinaryOp('add', 'Meters', 'Meters', S), []],
  ['similar-name', 1, () => resolve.cannotFindValue('undefined_thing', S), [resolve.notFoundInScope]],
  ['import-suggestion', 0, () => resolve.cannotFindType('HashMap', S), [resolve.notFoundInScope]],
  ['many-candidates', 0, () => resolve.cannotFindTypeUndeclared('Rc', S), [resolve.useOfUndeclaredType('Rc')]],
  ['unresolved-import', 0, () => resolve.unresolvedImport('std::collections::HashMapp', S), []],
  ['duplicate-def', 0, () => resolve.definedMultipleTimes('foo', S), [resolve.redefinedHere('foo'), resolve.previousDefinition('value', 'foo')]],
  ['private-item', 0, () => resolve.isPrivate('function', 'secret', S), [resolve.privateLabel('function')]],
  ['missing-trait-items', 0, () => items.missingTraitItems(['area', 'name'], S), [items.missingInImpl(['area', 'name']), items.fromTrait('area')]],
  ['recursive-type', 0, () => items.recursiveType('List', S), [items.recursiveWithoutIndirection]],
  ['lifetime', 0, () => items.missingLifetime(S), [items.expectedNamedLifetime]],
  ['cycle', 0, () => items.cycleDetected('expanding type alias `A`', S), []],
  ['e0004', 0, () => patterns.nonExhaustive(['Dir::South', 'Dir::East', 'Dir::West'], S), [patterns.notCovered(['Dir::South', 'Dir::East', 'Dir::West'])]],
  ['e0004', 1, () => patterns.nonExhaustive(['None'], S), [patterns.notCovered(['None'])]],
  ['pattern-errors', 0, () => patterns.noSuchField('P', 'z', S), []],
  ['pattern-errors', 1, () => patterns.wrongFieldCount(1, 'tuple variant', 2, S), []],
  ['pattern-errors', 2, () => patterns.missingFieldInPattern('y', S), []],
  ['assign-twice', 0, () => borrowck.assignTwice('x', S), [borrowck.firstAssignment('x')]],
  ['use-after-move', 0, () => borrowck.borrowOfMoved('s', S), [borrowck.valueMovedHere, borrowck.valueBorrowedAfterMove]],
  ['assign-twice', 1, () => borrowck.borrowAsMutable('v', S), []],
  ['two-mut-borrows', 0, () => borrowck.mutableMoreThanOnce('x', S), []],
  ['unused-variable', 0, () => lints.unusedVariable('warning', 'x', S), []],
  ['unused-imports', 0, () => lints.unusedImports('warning', ['HashMap', 'HashSet'], S), []],
  ['dead-fields', 0, () => lints.fieldsNeverRead('warning', ['y', 'z'], S), []],
  ['dead-fields', 1, () => lints.neverUsed('warning', 'function', 'helper', S), []],
  ['non-snake', 1, () => lints.snakeCase('warning', 'function', 'FooBar', S), []],
  ['camel-case', 0, () => lints.camelCase('warning', 'type', 'my_point', S), []],
  ['overflow-lint', 0, () => lints.overflowingLiteral('error', 'u8', S), []],
  ['missing-semi', 0, () => parse.expectedFound('`;`', 'keyword `let`', S), [parse.unexpectedToken]],
  ['expected-one-of', 0, () => parse.expectedOneOf(['`.`', '`;`', '`?`', '`else`', 'an operator'], '`2`', S), [parse.expectedOneOfLabel(['`.`', '`;`', '`?`', '`else`', 'an operator'])]],
  ['unclosed-eof', 0, () => parse.unclosedDelimiter(S), [parse.unclosedDelimiterLabel]],
  ['parse-error-only', 0, () => parse.expectedExpression('`;`', S), [parse.expectedExpressionLabel]],
  ['no-main', 0, () => driver.mainNotFound('no_main', S), [driver.considerAddingMain('no-main.rs')]],
];

describe('the catalogue words messages as rustc does', () => {
  it.each(TABLE)('%s #%i', (name, index, build, labels) => {
    const rustc = JSON.parse(loadCase(name).lines.ui[index]!) as RustcDiagnostic;
    const ours = build().build();
    expect([ours.level, ours.message, ours.code]).toEqual([rustc.level, rustc.message, rustc.code?.code ?? null]);
    const rustcLabels = rustc.spans.map((s) => s.label);
    for (const label of labels) expect(rustcLabels).toContain(label);
  });

  it('every error code it uses has an explanation', () => {
    for (const [, , build] of TABLE) {
      const code = build().build().code;
      if (code !== null && isErrorCode(code)) expect(explanationOf(code), code).not.toBeNull();
    }
  });

  it.each<[string[], string]>([
    [[], ''],
    [['a'], '`a`'],
    [['a', 'b'], '`a` and `b`'],
    [['a', 'b', 'c'], '`a`, `b` and `c`'],
  ])('listOf(%j)', (names, expected) => {
    expect(listOf(names)).toBe(expected);
  });

  it('lint notes', () => {
    expect(lints.onByDefault('warn', 'unused_variables', 'unused')).toBe('`#[warn(unused_variables)]` (part of `#[warn(unused)]`) on by default');
    expect(lints.onByDefault('deny', 'overflowing_literals', null)).toBe('`#[deny(overflowing_literals)]` on by default');
  });
});
