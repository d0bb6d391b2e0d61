// Types of varying-core.mjs for the TypeScript tests that import it.
export declare const BEHAVIOURS: readonly string[];
export declare function draw(key: string): number;
export declare function behaviourOf(source: string): { name: string; rate: number };
export declare function fakeOutput(run: {
  source: string;
  input: string;
  threads: number;
  seed: number | null;
  outDir: string | null;
  pid: number;
}): { stdout: string; stderr: string; code: number; action: 'hang' | 'spin' | 'sigkill' | null };
