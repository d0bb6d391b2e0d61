import { describe, expect, test } from 'vitest';
import { diagnosticsOnly, extractRendered, malformedJsonLines, parseActualErrors } from './diagnostics.js';

const FILE = '/suite/a.rs';
const span = (line: number, col: number, extra: Record<string, unknown> = {}) => ({
  file_name: FILE, byte_start: 0, byte_end: 1, line_start: line, line_end: line, column_start: col, column_end: col + 1,
  is_primary: true, text: [], label: null, suggested_replacement: null, suggestion_applicability: null, expansion: null, ...extra,
});
const diag = (o: Record<string, unknown>) => JSON.stringify({ $message_type: 'diagnostic', code: null, spans: [], children: [], rendered: null, ...o });

describe('extractRendered (the .stderr text)', () => {
  test('rendered fields in order; non-JSON lines kept; notifications dropped', () => {
    const out = [
      diag({ message: 'a', level: 'error', rendered: 'error: a\n\n' }),
      "thread 'rustc' panicked",
      '{"artifact":"/x/liba.rmeta","emit":"metadata"}',
      '{"lint_level":"deny","unused_extern_names":["x"]}',
      diag({ message: 'b', level: 'warning', rendered: 'warning: b\n\n' }),
      '{"not":"a diagnostic"}',
      diag({ message: 'unrendered child only', level: 'note' }),
    ].join('\n');
    expect(extractRendered(`${out}\n`)).toBe('error: a\n\nthread \'rustc\' panicked\nwarning: b\n\n{"not":"a diagnostic"}\n');
  });

  test('a future-incompatibility report is rendered with its header', () => {
    const report = JSON.stringify({ $message_type: 'future_incompat', future_incompat_report: [{ diagnostic: { rendered: 'warning: old\n' } }] });
    expect(extractRendered(report)).toBe('Future incompatibility report: Future breakage diagnostic:\nwarning: old\n');
    expect(extractRendered(JSON.stringify({ future_incompat_report: [] }))).toBe('');
  });

  test('CRLF line ends are cut like Rust lines()', () => {
    expect(extractRendered('plain\r\nnext')).toBe('plain\nnext\n');
  });
});

describe('parseActualErrors (compiletest json::parse_output)', () => {
  const actual = (...lines: string[]) => parseActualErrors(FILE, lines.join('\n')).errors.map((e) => `${e.line ?? '?'} ${e.kind} ${e.msg}${e.requireAnnotation ? '' : ' (optional)'}`);

  test('message lines, codes, labels, suggestions and children', () => {
    expect(actual(diag({
      message: 'mismatched types\nsecond line', level: 'error', code: { code: 'E0308' },
      spans: [span(3, 5, { label: 'expected `i32`' }), span(3, 2, { is_primary: false, label: '' })],
      children: [{ message: 'try this', code: null, level: 'help', spans: [span(4, 1, { suggested_replacement: 'x\n' })], children: [], rendered: null }],
    }))).toEqual([
      '3 ERROR mismatched types [E0308]',
      '3 ERROR second line [E0308] (optional)',
      '3 NOTE expected `i32`',
      '3 NOTE  (optional)',
      '4 HELP try this',
      '4 SUGGESTION x',
    ]);
  });

  test('spans in other files and summaries do not need annotations; other lines are RAW', () => {
    expect(actual(
      diag({ message: 'in std', level: 'error', spans: [{ ...span(9, 1), file_name: '/std/lib.rs' }] }),
      diag({ message: 'aborting due to 2 previous errors', level: 'error' }),
      diag({ message: 'For more information', level: 'failure-note' }),
      'linker said no',
    )).toEqual(['? ERROR in std', '? ERROR aborting due to 2 previous errors (optional)', '? NOTE For more information (optional)', '? RAW linker said no (optional)']);
  });

  test('a children inherit the parent\'s primary span; macro backtraces become NOTEs', () => {
    const expansion = { span: span(2, 1), macro_decl_name: 'my_macro!' };
    expect(actual(diag({
      message: 'bad', level: 'error', spans: [{ ...span(10, 1), file_name: '/elsewhere.rs', expansion }],
      children: [{ message: 'see here', code: null, level: 'note', spans: [], children: [], rendered: null }],
    }))).toEqual(['2 ERROR bad', '2 NOTE see here']);
  });

  test('unknown levels are reported', () => {
    expect(parseActualErrors(FILE, diag({ message: 'x', level: 'shout' })).unknownLevels).toEqual(['shout']);
  });
});

describe('malformed JSON and rustfix input', () => {
  test('lines that start with `{` but do not parse', () => {
    expect(malformedJsonLines('{"ok":1}\n{"broken\nplain {\n')).toEqual([{ line: 2, text: '{"broken' }]);
  });

  test('diagnosticsOnly keeps the diagnostics', () => {
    expect(diagnosticsOnly(`${diag({ message: 'a', level: 'error' })}\nnoise\n{"artifact":"x"}`).map((d) => d.message)).toEqual(['a']);
  });
});
