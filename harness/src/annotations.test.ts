import { describe, expect, test } from 'vitest';
import { matchAnnotations, parseAnnotations, type Annotation } from './annotations.js';
import type { ActualError } from './diagnostics.js';

const parse = (text: string, revision: string | null = null, revisions: string[] = []) => parseAnnotations(text, revision, revisions);
const short = (a: Annotation) => `${a.line ?? '?'} ${a.kind} ${a.msg}`;

describe('parseAnnotations (compiletest errors.rs)', () => {
  test('each form and its target line', () => {
    const text = [
      'let a = 1; //~ ERROR same line', // 1
      '//~^ WARN one up', // 2
      'x //~| NOTE follows line 1', // 3
      '//~v HELP one down', // 4
      'y', // 5
      '//~^^^ ERROR three up', // 6
      '//~? RAW no line', // 7
      'z //~ ERROR: colon after the kind', // 8
      'w //~ SUGGESTION _w', // 9
    ].join('\n');
    const { annotations, problems } = parse(text);
    expect(problems).toEqual([]);
    expect(annotations.map(short)).toEqual(['1 ERROR same line', '1 WARN one up', '1 NOTE follows line 1', '5 HELP one down', '3 ERROR three up', '? RAW no line', '8 ERROR colon after the kind', '9 SUGGESTION _w']);
  });

  test('kind words: WARNING/warn are WARN; an unknown or missing kind is UNKNOWN and keeps the text', () => {
    const { annotations } = parse('a //~ WARNING x\nb //~ warn y\nc //~ Error z\nd //~ just text');
    expect(annotations.map(short)).toEqual(['1 WARN x', '2 WARN y', '3 UNKNOWN Error z', '4 UNKNOWN just text']);
  });

  test('a follow annotation follows the last non-follow one, even far away', () => {
    const { annotations } = parse('a //~ ERROR first\n\n\n\nb //~| ERROR second');
    expect(annotations.map(short)).toEqual(['1 ERROR first', '1 ERROR second']);
  });

  test('revision annotations apply to the named revisions only', () => {
    const text = 'a //[x]~ ERROR only x\nb //[x,y]~ ERROR both\nc //~ ERROR all';
    expect(parse(text, 'x', ['x', 'y']).annotations.map(short)).toEqual(['1 ERROR only x', '2 ERROR both', '3 ERROR all']);
    expect(parse(text, 'y', ['x', 'y']).annotations.map(short)).toEqual(['2 ERROR both', '3 ERROR all']);
  });

  test('problems: revision annotations without revisions, undeclared revisions, nothing to follow', () => {
    expect(parse('a //[x]~ ERROR e').problems).toEqual([{ line: 1, message: 'only fixtures with revisions should use `//[x]~`' }]);
    expect(parse('a //[z]~ ERROR e', 'x', ['x']).problems).toEqual([{ line: 1, message: '`//[z]~` names revision `z`, which is not declared (declared revisions: x)' }]);
    expect(parse('a //~| ERROR e').problems).toEqual([{ line: 1, message: 'encountered `//~|` without a preceding `//~` or `//~^` annotation to follow' }]);
    expect(parse('//~^ ERROR e').problems).toEqual([{ line: 1, message: 'annotation points at line 0, outside the file' }]);
  });
});

describe('matchAnnotations (check_expected_errors)', () => {
  const err = (line: number | null, kind: ActualError['kind'], msg: string, requireAnnotation = true): ActualError => ({ line, column: 1, kind, msg, requireAnnotation });
  const ann = (line: number | null, kind: Annotation['kind'], msg: string): Annotation => ({ line, column: 1, writtenOn: line ?? 1, kind, msg });

  test('substring match on line and kind; error codes match through the appended suffix', () => {
    const r = matchAnnotations([ann(3, 'ERROR', 'mismatched'), ann(3, 'ERROR', 'E0308')], [err(3, 'ERROR', 'mismatched types [E0308]'), err(3, 'ERROR', 'mismatched types [E0308]')], new Set());
    expect([r.unexpected, r.notFound]).toEqual([[], []]);
  });

  test('ERROR and WARN must be annotated; NOTE and HELP only once one of that kind is', () => {
    const actual = [err(1, 'ERROR', 'e'), err(1, 'NOTE', 'n'), err(2, 'HELP', 'h'), err(null, 'ERROR', 'aborting', false)];
    expect(matchAnnotations([ann(1, 'ERROR', 'e')], actual, new Set()).unexpected).toEqual([]);
    expect(matchAnnotations([ann(1, 'ERROR', 'e'), ann(5, 'HELP', 'other')], actual, new Set()).unexpected).toEqual([actual[2]]);
    expect(matchAnnotations([], actual, new Set()).unexpected).toEqual([actual[0]]);
    expect(matchAnnotations([], actual, new Set(['ERROR'])).unexpected).toEqual([]);
  });

  test('greedy first fit: two identical annotations need two diagnostics', () => {
    const r = matchAnnotations([ann(1, 'WARN', 'unused'), ann(1, 'WARN', 'unused')], [err(1, 'WARN', 'unused variable')], new Set());
    expect(r.notFound.map(short)).toEqual(['1 WARN unused']);
  });

  test('an UNKNOWN-kind annotation never matches; hints pair a wrong line or kind', () => {
    const r = matchAnnotations([ann(2, 'UNKNOWN', 'e'), ann(4, 'ERROR', 'mismatched')], [err(2, 'ERROR', 'e'), err(5, 'ERROR', 'mismatched types')], new Set());
    expect(r.unexpected.map((u) => [u.line, r.hints.get(u)])).toEqual([[2, 'expected with different kind: UNKNOWN'], [5, 'expected on a different line: line 4']]);
  });
});
