# Shared by c/run_protocol.sh and java/run_protocol.sh (bash, sourced): runs a harness as
# UnitSuiteRunner does (docs/unit-tests.md), restarts included, and checks its events.

FAILURES=0

# run_suite EVENTS TESTS COMMAND...: runs COMMAND with a fresh nonce and TESTS (lines
# `<timeout_ms> <name>`) on stdin. A run that ends without `done` is followed by a new run of
# the tests it did not start, as the runner does. EVENTS gets the JSON of every event with
# the run's own nonce, one a line; EVENTS.raw everything the runs printed on stdout.
run_suite() {
    local events=$1 remaining=$2 nonce next
    shift 2
    : >"$events"
    : >"$events.raw"
    while [ -n "$remaining" ]; do
        nonce=$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')
        printf '%s\n%s\n' "$nonce" "$remaining" | "$@" >"$events.run" 2>/dev/null || true
        cat "$events.run" >>"$events.raw"
        sed -n "s/^@@specgrade:$nonce //p" "$events.run" >"$events.this"
        cat "$events.this" >>"$events"
        grep -q '^{"event":"done"}$' "$events.this" && break
        next=$(printf '%s\n' "$remaining" | while read -r ms name; do
            grep -qF "{\"event\":\"start\",\"test\":\"$name\"}" "$events.this" || echo "$ms $name"
        done)
        [ "$next" = "$remaining" ] && break # the run started no test: no progress
        remaining=$next
    done
    rm -f "$events.run" "$events.this"
}

fail() {
    echo "FAIL $*"
    FAILURES=$((FAILURES + 1))
}

# expect LABEL EVENTS TEST OUTCOME [TEXT...]: TEST has one result, with OUTCOME, and its
# line contains each TEXT (a fixed string of the JSON).
expect() {
    local label=$1 events=$2 test=$3 outcome=$4 line text
    shift 4
    line=$(grep -F "{\"event\":\"result\",\"test\":\"$test\"," "$events" || true)
    if [ "$(printf '%s' "$line" | grep -c .)" != 1 ]; then
        fail "$label $test: expected one result, got: ${line:-none}"
        return
    fi
    case $line in
    *"\"outcome\":\"$outcome\""*) ;;
    *) fail "$label $test: expected $outcome, got: $line"; return ;;
    esac
    for text in "$@"; do
        case $line in
        *"$text"*) ;;
        *) fail "$label $test: no \`$text\` in: $line" ;;
        esac
    done
    echo "ok   $label $test: $outcome"
}

# expect_no_result LABEL EVENTS TEST: TEST started but the run ended before its result.
expect_no_result() {
    if grep -qF "{\"event\":\"start\",\"test\":\"$3\"}" "$2" \
        && ! grep -qF "{\"event\":\"result\",\"test\":\"$3\"," "$2"; then
        echo "ok   $1 $3: started, no result (the run ended)"
    else
        fail "$1 $3: expected a start and no result"
    fi
}

# expect_forgeries_ignored LABEL EVENTS: the runs printed protocol lines of their own (with a
# guessed nonce), and none of them was counted as an event.
expect_forgeries_ignored() {
    local forged=$(($(grep -c '^@@specgrade:' "$2.raw") - $(wc -l <"$2")))
    if [ "$forged" -gt 0 ]; then
        echo "ok   $1: $forged forged lines ignored"
    else
        fail "$1: expected forged lines on stdout"
    fi
}

# STATS_TESTS: the stats-functions suite's tests, as the runner would send them.
STATS_TESTS="2000 test_mean_simple
2000 test_mean_empty
2000 test_median_odd
2000 test_median_even
2000 test_variance
2000 test_mean_large"
