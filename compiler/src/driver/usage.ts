/** `weftc --help`: rustc's option list, limited to what weftc understands. */
export function usage(): string {
  return `Usage: weftc [OPTIONS] INPUT

weftc checks (and, for a subset, builds) Rust programs with rustc's diagnostics.

Options:
    -h, --help          Display this message
        --cfg <SPEC>    Configure the compilation environment
        --check-cfg <SPEC>
                        Provide list of expected cfgs for checking
        --crate-type <bin|lib>
                        Comma separated list of types of crates to emit
        --crate-name <NAME>
                        Specify the name of the crate being built
        --edition <2015|2018|2021|2024>
                        Specify which edition of the language to use
        --emit <metadata|link>[=<FILE>]
                        Comma separated list of types of output to emit
    -o <FILENAME>       Write output to FILENAME
        --out-dir <DIR> Write output to compiler-chosen filename in DIR
        --error-format <human|json|short>
                        How errors and other messages are produced
        --json <CONFIG> Configure the JSON output of the compiler
    -A, --allow <LINT>  Set lint allowed
    -W, --warn <LINT>   Set lint warnings
        --force-warn <LINT>
                        Set lint force-warn
    -D, --deny <LINT>   Set lint denied
    -F, --forbid <LINT> Set lint forbidden
        --cap-lints <LEVEL>
                        Set the most restrictive lint level
    -C, --codegen <OPT>[=<VALUE>]
                        Set a codegen option (accepted; most mean nothing to weftc)
    -Z <OPT>[=<VALUE>]  Set an unstable option: threads=N, ui-testing, schedule-seed=S,
                        self-profile[=DIR], time-passes, deduplicate-diagnostics=yes|no
    -V, --version       Print version info and exit
    -v, --verbose       Use verbose output
`;
}
