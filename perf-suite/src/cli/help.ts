/**
 * The text of `npm run perf -- --help`, with the exit codes (the CLI's documented interface).
 *
 * Owns: usage text. Must not: parse.
 */

export const EXIT = {
  ok: 0,
  /** --fail-on-regression and a relevant regression of the verdict metric. */
  regression: 1,
  /** Bad command line or environment: unknown ref, newer database, artifact that does not build... */
  usage: 2,
  /** Ctrl-C: the finished test cases are stored; the same command resumes. */
  interrupted: 130,
} as const;

export const HELP = `npm run perf -- [OPTIONS]            compare two compilers on the benchmark suite
npm run perf -- history [OPTIONS]    chart the commits stored in the database
npm run perf -- accuracy [OPTIONS]   measure the collector's own accuracy with a real compiler
npm run perf -- comment ...          the PR bot's comment (perf-suite/src/bot/)

Compare (a rustc-perf-style collector):
  --compare REF            baseline REF against the working tree (= --baseline REF --candidate worktree)
  --baseline SPEC          the artifact measured first; without it, the candidate is measured against
                           itself (an A/A run: thread scaling, and the noise of this machine)
  --candidate SPEC         the artifact under test (default: worktree)
      SPEC is a git ref (branch, tag, commit: checked out with git worktree into the artifact cache,
      installed and built once per commit), \`worktree\`, or rustc[:TOOLCHAIN|:PATH] (run with
      RUSTC_BOOTSTRAP=1 so that -Zthreads works on stable)
  --threads LIST           front-end thread counts, -Zthreads=N (default 1), e.g. 1,2,4
  --iterations N           measured runs per test case and artifact, after a discarded warm-up (default 5)
  --profiles LIST          check (--emit=metadata) and/or build (default check)
  --include LIST           only benchmarks whose names start with one of these prefixes
  --exclude LIST           skip benchmarks whose names start with one of these prefixes
  --db FILE                the SQLite database (default reports/perf.db)
  --out DIR                the report folder (default reports/<baseline>..<candidate>)
  --artifact-cache DIR     where git-ref checkouts live (default $WEFT_ARTIFACT_CACHE, else
                           $XDG_CACHE_HOME/weft/artifacts, else ~/.cache/weft/artifacts)
  --timeout SECONDS        per compile (default 600)
  --no-resume              start a new collection even when an interrupted one has the same plan
  --fail-on-regression     exit 1 when the verdict has a relevant regression
  -h, --help               this text

History:
  --db FILE, --out DIR (default reports/history), --metric NAME (default wall-time)

Accuracy (A/A and injected slowdowns, each repeated; writes reports/accuracy/<artifact>.md):
  --compiler SPEC (default rustc), --runs N (default 20), --changes LIST of injected slowdowns in
  permille, 0 = A/A (default 0,10,20,30,50), --include LIST (default helloworld), --threads LIST,
  --iterations N

Output: reports/<baseline>..<candidate>/report.{md,html,json} and charts/*.png; progress with an ETA
on stderr when it is a terminal; the verdict and the report path on stdout.

Exit codes:
  0    done (relevant regressions do not fail the run without --fail-on-regression)
  1    --fail-on-regression and a relevant regression
  2    bad command line or environment (unknown ref, toolchain missing, artifact does not build,
       database written by a newer collector, invalid benchmark filter); one line on stderr says what
  130  interrupted: the finished test cases are stored; run the same command again to resume
`;
