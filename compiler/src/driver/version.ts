/** weftc's version strings, in the shape of `rustc --version` and `rustc -vV`. */
export const WEFTC_VERSION = '0.1.0';
export const HOST = 'x86_64-unknown-linux-gnu';

export function versionLine(): string {
  return `weftc ${WEFTC_VERSION}`;
}

export function verboseVersion(): string {
  return [
    `weftc ${WEFTC_VERSION}`,
    'binary: weftc',
    'commit-hash: unknown',
    'commit-date: unknown',
    `host: ${HOST}`,
    `release: ${WEFTC_VERSION}`,
    '',
  ].join('\n');
}
