// Types of scripts/snapshot.mjs (for the tests that build a snapshot).
export declare const SNAPSHOT_ENTRY: string;
export declare function snapshotKey(weftcBundle: Uint8Array, blobPath: string, entrySource: Uint8Array): string;
export declare function buildSnapshot(root: string, dist: string): Promise<'built' | 'current' | string>;
