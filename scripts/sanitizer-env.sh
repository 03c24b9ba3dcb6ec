# Sourced by scripts/sanitize.sh and scripts/fuzz.sh: how ASan, UBSan and LSan report. Every report fails
# the program (halt_on_error), so it fails its test; suppressions live in tests/sanitizers/ with reasons.
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# detect_leaks stays at its default (on).
export ASAN_OPTIONS="halt_on_error=1:detect_stack_use_after_return=1:strict_string_checks=1:check_initialization_order=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:suppressions=$root/tests/sanitizers/ubsan.supp"
export LSAN_OPTIONS="suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0"
export ASAN_SYMBOLIZER_PATH=/usr/lib/llvm-14/bin/llvm-symbolizer
