/**
 * One test's hunt, wired to the real world: prepares the test's main compile (runner/test-run.ts),
 * runs it through `processExecutor` on the shared core budget, and turns the outcome into the
 * test's report. The glue between the dispatcher and the pure parts; prints nothing.
 */
import type { TestCase } from '../fixture.js';
import type { CoreBudget } from '../runner/core-budget.js';
import { prepareHunt, type HuntTarget, type RunSettings } from '../runner/test-run.js';
import type { CanonicalContext } from './canonical.js';
import { buildTestHunt, skippedHunt, type TestHunt } from './report.js';
import { huntTest, processExecutor, type HuntPlan } from './runs.js';

export interface HuntResources {
  readonly budget: CoreBudget;
  readonly capBytes: number;
  readonly seedFlag: string;
}

/** How a test's output is made canonical: the harness's normalization plus the fixture's rules. */
export function canonicalContextFor(target: HuntTarget): CanonicalContext {
  return {
    normalize: target.normalize,
    stderrRules: target.props.normalizeStderr,
    stdoutRules: target.props.normalizeStdout,
    humanStderr: target.props.compileFlags.some((f) => f.startsWith('--error-format')),
  };
}

export async function huntOne(test: TestCase, settings: RunSettings, plan: HuntPlan, res: HuntResources): Promise<TestHunt | 'interrupted'> {
  const id = { name: test.name, path: test.fixture.rel, revision: test.revision };
  const prepared = await prepareHunt(test, settings);
  if (prepared.kind === 'interrupted') return 'interrupted';
  if (prepared.kind === 'skip') return skippedHunt(id, prepared.reason);
  const target = prepared.target;
  try {
    const canonical = canonicalContextFor(target);
    const exec = processExecutor({ target, canonical, budget: res.budget, baseEnv: settings.baseEnv, capBytes: res.capBytes, seedFlag: res.seedFlag });
    // A test that pins its own thread count is hunted at that count too.
    const own = target.ownThreads;
    const threads = own !== null && own > 1 && !plan.threads.includes(own) ? [...plan.threads, own] : plan.threads;
    const outcome = await huntTest({ ...plan, threads }, exec);
    if (outcome.interrupted) return 'interrupted';
    return buildTestHunt({ ...id, ownThreads: own }, outcome, null);
  } finally {
    target.dispose();
  }
}
