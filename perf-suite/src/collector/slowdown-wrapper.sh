#!/usr/bin/env bash
# A wrapper compiler that injects a known slowdown, for measuring the collector's own accuracy: it
# runs "$WEFT_WRAPPED_COMPILER" "$@", then waits WEFT_SLOWDOWN_PERMILLE ‰ of the time the compiler
# took (sleeping, then spinning the last 3 ms to hit the deadline: a sleeper is woken on time on a
# busy machine). The slowdown is in wall time, the verdict's metric, not in CPU time. With 0 it is a
# transparent wrapper, used for the baseline so that both sides pay the same wrapping cost.
t0=${EPOCHREALTIME/./}
# Tells a fake compiler when the measured process started, so that it can spin until a deadline
# counted from there (see perf-suite/test/fixtures/fake-compiler.sh); real compilers ignore it.
WEFT_WRAPPER_STARTED=$t0 "$WEFT_WRAPPED_COMPILER" "$@"
rc=$?
t1=${EPOCHREALTIME/./}
end=$(( t1 + (t1 - t0) * ${WEFT_SLOWDOWN_PERMILLE:-0} / 1000 ))
left=$(( end - ${EPOCHREALTIME/./} - 3000 ))
if (( left > 0 )); then
  printf -v frac '%06d' $(( left % 1000000 ))
  sleep "$(( left / 1000000 )).$frac"
fi
while (( ${EPOCHREALTIME/./} < end )); do :; done
exit $rc
