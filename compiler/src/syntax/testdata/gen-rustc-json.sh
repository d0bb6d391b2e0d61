#!/bin/sh
# Test data for the syntax tests, from the real rustc 1.95.0 (the oracle; weftc never runs it):
#   - writes malformed/NAME.json: rustc's `--error-format=json -Zui-testing` diagnostics for
#     malformed/NAME.rs (the malformed-corpus test compares weftc's parse diagnostics with them);
#   - writes modules/CASE/expected.json: rustc's diagnostics for the crate modules/CASE/main.rs
#     (the crate-loader test compares weftc's module loading with them);
#   - checks that rustc accepts every valid/*.rs (the round-trip test assumes they are valid Rust).
# A sample's edition is its `//@ edition: E` line (valid/: NAME.ed), 2021 otherwise. Warnings are
# allowed away (`-A warnings`) unless the sample has a `//@ keep-warnings` line.
# Usage: compiler/src/syntax/testdata/gen-rustc-json.sh [malformed/NAME.rs ...]
set -eu
cd "$(dirname "$0")"
RUSTC=${RUSTC:-$HOME/.cargo/bin/rustc}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
edition_of() { sed -n 's#^//@ edition: *\([0-9]*\).*#\1#p' "$1" | head -n 1; }
if [ $# -eq 0 ]; then set -- malformed/*.rs; check_valid=1; else check_valid=0; fi
for f in "$@"; do
  ed=$(edition_of "$f"); ed=${ed:-2021}
  allow="-A warnings"; grep -q '^//@ keep-warnings' "$f" && allow=""
  # Run next to the file so the rendered paths are `NAME.rs`, as the test's source map names it.
  (cd "$(dirname "$f")" && RUSTC_BOOTSTRAP=1 "$RUSTC" "$(basename "$f")" --error-format=json -Zui-testing \
    --emit=metadata --out-dir "$out" --crate-type lib --edition "$ed" $allow \
    2> "$(basename "${f%.rs}").json.tmp" > /dev/null) || true
  mv "${f%.rs}.json.tmp" "${f%.rs}.json"
done
if [ "$check_valid" = 1 ]; then
  for d in modules/*/; do
    (cd "$d" && RUSTC_BOOTSTRAP=1 "$RUSTC" main.rs --error-format=json -Zui-testing --emit=metadata \
      --out-dir "$out" --crate-type lib --edition 2021 -A warnings 2> expected.json.tmp > /dev/null) || true
    mv "$d/expected.json.tmp" "$d/expected.json"
  done
  for f in valid/*.rs; do
    ed=2021; [ -f "${f%.rs}.ed" ] && ed=$(cat "${f%.rs}.ed")
    RUSTC_BOOTSTRAP=1 "$RUSTC" "$f" --emit=metadata --out-dir "$out" --crate-type lib --edition "$ed" -A warnings \
      || { echo "rustc rejects $f" >&2; exit 1; }
  done
fi
