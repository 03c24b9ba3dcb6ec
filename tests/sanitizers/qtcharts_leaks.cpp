// Linked into the sanitizer build of the test programs whose windows hold Qt Charts views (the supervisor's
// dashboard): Qt Charts 6.4 leaves its charts' private objects, their fonts and palettes behind as a cycle
// when a QChartView is destroyed, which LeakSanitizer reports as hundreds of indirect leaks with no frame of
// ours (a program that only creates a QChartView with one bar series and deletes it leaks 33 KB in 218
// allocations under LSan on Debian 12's Qt 6.4). Leak checking is off for these programs only; every ASan check of memory access and UBSan stay on.
// (scripts/sanitizer-env.sh leaves detect_leaks at its default so this default can apply.)
extern "C" const char *__asan_default_options()
{
    return "detect_leaks=0";
}
