#!/usr/bin/env bash
# The C harness (specgrade_test.h) with the stats-functions suite and its C submissions,
# staged and compiled as grading does, run over the harness protocol; checks each outcome.
#     Fixtures/unit-harness/c/run_protocol.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
. "$here/../protocol.sh"

submissions=$root/Fixtures/stats-functions/submissions
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# run STUDENT: stages the submission (a one-file one as stats.c) and the suite, compiles
# them, runs the stats suite; events in $work/STUDENT.events.
run() {
    local student=$1 dir=$work/$1
    mkdir -p "$dir/student" "$dir/suite"
    if [ -d "$submissions/$student" ]; then
        cp "$submissions/$student"/*.c "$dir/student/"
    else
        cp "$submissions/$student.c" "$dir/student/stats.c"
    fi
    cp "$root/Sources/UnitHarness/Resources/specgrade_test.h" \
        "$root/Specs/stats-functions/tests/stats_test.c" "$dir/suite/"
    (cd "$dir" && gcc -O2 -std=gnu17 -Dmain=specgrade_student_main -I suite -o tests \
        student/*.c suite/stats_test.c -lm)
    run_suite "$work/$student.events" "$STATS_TESTS" "$dir/tests"
}

all_pass() {
    for test in test_mean_simple test_mean_empty test_median_odd test_median_even \
        test_variance test_mean_large; do
        expect "$1" "$work/$1.events" "$test" passed
    done
}

run ada-c
all_pass ada-c

run ben-c
expect ben-c "$work/ben-c.events" test_median_even failed '"expected":"2.5"' '"actual":"3"' \
    '"message":"SG_CHECK_EQ_DOUBLE(2.5, median(xs, 4), 1e-9)"' '"line":31'
expect ben-c "$work/ben-c.events" test_median_odd passed

run cleo-c
expect cleo-c "$work/cleo-c.events" test_variance error '"exception":"SIGSEGV"' \
    'killed by SIGSEGV'
expect cleo-c "$work/cleo-c.events" test_mean_large passed

run dan-c
expect dan-c "$work/dan-c.events" test_median_odd timeout 'time limit of 2000 ms'
expect dan-c "$work/dan-c.events" test_median_even timeout
expect dan-c "$work/dan-c.events" test_variance passed

run eve-c
expect_forgeries_ignored eve-c "$work/eve-c.events"
expect eve-c "$work/eve-c.events" test_mean_simple error 'exit code 0'
expect eve-c "$work/eve-c.events" test_mean_large error 'exit code 0'
expect eve-c "$work/eve-c.events" test_median_odd failed '"actual":"0"'
if grep -q '"outcome":"passed"' "$work/eve-c.events"; then fail "eve-c: a test passed"; fi

run gus-c
all_pass gus-c

[ "$FAILURES" = 0 ] && echo "all C protocol checks passed" || { echo "$FAILURES failed"; exit 1; }
