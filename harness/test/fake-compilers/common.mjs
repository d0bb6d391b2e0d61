// Shared part of the misbehaving fake compilers: answers `-vV` like a rustc-compatible
// compiler and refuses `--print`; `main(behave)` runs the behaviour for a compile command.
// Each fake exists to misbehave in one way; none of them stands in for rustc.
import { basename } from 'node:path';

export function diagnostic(message, line, column, file) {
  const rendered = `error: ${message}\n --> ${file}:${line}:${column}\n\n`;
  return JSON.stringify({
    $message_type: 'diagnostic', message, code: null, level: 'error',
    spans: [{ file_name: file, byte_start: 0, byte_end: 1, line_start: line, line_end: line, column_start: column, column_end: column + 1, is_primary: true, text: [], label: null, suggested_replacement: null, suggestion_applicability: null, expansion: null }],
    children: [], rendered,
  });
}

export function main(behave) {
  const args = process.argv.slice(2);
  const name = basename(process.argv[1], '.mjs');
  if (args.includes('-vV')) {
    process.stdout.write(`fake-${name} 0.0.1\nbinary: fake-${name}\nhost: x86_64-unknown-linux-gnu\nrelease: 0.0.1\n`);
    return;
  }
  if (args.includes('--print')) {
    process.stderr.write('error: --print is not supported by this fake\n');
    process.exitCode = 1;
    return;
  }
  const threadsArgs = args.filter((a) => a.startsWith('-Zthreads='));
  const threads = Number(threadsArgs[threadsArgs.length - 1]?.slice('-Zthreads='.length) ?? 1);
  behave({ input: args[0], args, threads });
}
