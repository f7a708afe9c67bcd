#!/usr/bin/env bash
# The Java harness (SpecGradeJUnit.java) with the stats-functions suite and its Java
# submissions, and with ProbeTest here, staged, compiled and run as grading does, over the
# harness protocol; checks each outcome.
#     Fixtures/unit-harness/java/run_protocol.sh        (JUNIT= to use another jar)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
. "$here/../protocol.sh"

JUNIT=${JUNIT:-/usr/share/java/junit-platform-console-standalone.jar}
submissions=$root/Fixtures/stats-functions/submissions
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The harness, compiled once as the runner does.
mkdir -p "$work/harness"
javac -proc:none -encoding UTF-8 -d "$work/harness" -cp "$JUNIT" \
    "$root/Sources/UnitHarness/Resources/SpecGradeJUnit.java"

# run LABEL SUITE_FILE TESTS STUDENT_FILE...: stages the student's files and the suite,
# compiles them, and runs the suite's class over TESTS; events in $work/LABEL.events.
run() {
    local label=$1 suite=$2 tests=$3 dir=$work/$1
    shift 3
    mkdir -p "$dir/student" "$dir/suite" "$dir/classes"
    cp "$@" "$dir/student/"
    cp "$suite" "$dir/suite/"
    (cd "$dir" && javac -proc:none -encoding UTF-8 -d classes -cp "$JUNIT:$work/harness" \
        student/*.java "suite/$(basename "$suite")")
    (cd "$dir" && run_suite "$work/$label.events" "$tests" java -XX:+UseSerialGC \
        -XX:TieredStopAtLevel=1 -Xshare:auto -cp "$JUNIT:$work/harness:$dir/classes" \
        specgrade.SpecGradeJUnit "$(basename "$suite" .java)")
}

stats() {
    run "$1" "$root/Specs/stats-functions/tests/StatsTest.java" "$STATS_TESTS" "$2"
}

all_pass() {
    for test in test_mean_simple test_mean_empty test_median_odd test_median_even \
        test_variance test_mean_large; do
        expect "$1" "$work/$1.events" "$test" passed
    done
}

stats ada-java "$submissions/ada-java/Stats.java"
all_pass ada-java

stats ben-java "$submissions/ben-java/Stats.java"
expect ben-java "$work/ben-java.events" test_median_even failed '"expected":"2.5"' \
    '"actual":"3.0"' '"message":"expected: <2.5> but was: <3.0>"'
expect ben-java "$work/ben-java.events" test_median_odd passed

stats cleo-java "$submissions/cleo-java/Stats.java"
expect cleo-java "$work/cleo-java.events" test_variance error \
    '"exception":"java.lang.NullPointerException"' \
    '"trace":"Stats.java:26 in Stats.sumOfSquares\u000aStats.java:21 in Stats.variance"'
expect cleo-java "$work/cleo-java.events" test_mean_large passed

# Median spins: JUnit's timeout reports it, then the harness halts; the runner starts the
# tests after it again in a new JVM.
stats dan-java "$submissions/dan-java/Stats.java"
expect dan-java "$work/dan-java.events" test_median_odd timeout 'time limit of 2000 ms'
expect dan-java "$work/dan-java.events" test_median_even timeout
expect dan-java "$work/dan-java.events" test_variance passed
expect dan-java "$work/dan-java.events" test_mean_large passed

# Forged lines from a static initializer, then System.exit inside mean: each mean test
# ends its JVM with no result.
stats eve-java "$submissions/eve-java/Stats.java"
expect_forgeries_ignored eve-java "$work/eve-java.events"
for test in test_mean_simple test_mean_empty test_mean_large; do
    expect_no_result eve-java "$work/eve-java.events" "$test"
done
expect eve-java "$work/eve-java.events" test_median_odd failed '"actual":"0.0"'
if grep -q '"outcome":"passed"' "$work/eve-java.events"; then fail "eve-java: a test passed"; fi

# A one-file submission under its own name is staged as Stats.java.
cp "$submissions/gus-java.java" "$work/Stats.java"
stats gus-java "$work/Stats.java"
all_pass gus-java

run probe "$here/ProbeTest.java" "2000 squares
2000 squares_wrong
2000 nested_square
2000 echoes
2000 chatty
2000 reads_nothing
2000 broken_init
2000 broken_again
2000 no_such_test" "$here/Probe.java"
events=$work/probe.events
expect probe "$events" squares passed
expect probe "$events" squares_wrong failed '"expected":"9"' '"actual":"10"'
expect probe "$events" nested_square passed
expect probe "$events" echoes failed '"actual":"hi\u0001\ufffd"'
expect probe "$events" chatty passed '"output":"xxxx' 'xxx..."'
expect probe "$events" reads_nothing passed
expect probe "$events" broken_init error '"exception":"java.lang.ExceptionInInitializerError"' \
    'a static initializer failed: java.lang.NumberFormatException' \
    '"trace":"Probe.java:31 in Broken.<clinit>\u000aProbe.java:25 in Probe.broken"'
expect probe "$events" broken_again error '"exception":"java.lang.NoClassDefFoundError"' \
    'Could not initialize class Broken'
expect probe "$events" no_such_test missing

[ "$FAILURES" = 0 ] && echo "all Java protocol checks passed" || { echo "$FAILURES failed"; exit 1; }
