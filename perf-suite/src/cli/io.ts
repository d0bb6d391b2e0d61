/**
 * The CLI's contact with the outside: output streams, whether stderr is a terminal, and the
 * environment. Subcommands take one of these so tests can run them in-process.
 *
 * Owns: the Io type. Must not: hold logic.
 */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  tty: boolean;
  /** Aborted on Ctrl-C. */
  signal?: AbortSignal;
}

export function processIo(signal?: AbortSignal): Io {
  return {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    tty: Boolean(process.stderr.isTTY),
    ...(signal ? { signal } : {}),
  };
}
