/**
 * Lazy properties on plain objects: a value computed (or deserialized) on first read.
 *
 * Owns: `lazyProperty`. Must not: depend on anything.
 */

/** Defines `obj[key]` as a getter that calls `load` once, then holds its value read-only. */
export function lazyProperty(obj: object, key: string, load: () => unknown): void {
  Object.defineProperty(obj, key, {
    enumerable: true,
    configurable: true,
    get() {
      const value = load();
      Object.defineProperty(obj, key, { value, enumerable: true, configurable: false, writable: false });
      return value;
    },
  });
}
