"""Exercises specgrade_pytest.py standalone, the way UnitSuiteRunner drives it.

    python3 Fixtures/unit-harness/python/run_protocol.py [-v]

For each case it stages a build directory as the sandbox does (student/; suite/ with the
harness; work/ as the cwd, holding the suite in work/specgrade-suite/, which the harness
must remove before the submission's code runs), feeds the protocol's input (a fresh nonce,
`<timeout_ms> <name>` lines), parses the events, and checks them. Needs Debian's /usr/bin/python3 with python3-pytest.
Exits 1 if any check fails.

Run as root, it runs the harness as uid/gid 65534 (setpriv), as the sandbox runs student
work unprivileged: root can read any process's memory, non-dumpable or not, and the
eve-python fixture would steal the nonce.
"""

import json
import os
import secrets
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
HERE = os.path.dirname(os.path.abspath(__file__))
RESOURCES = os.path.join(ROOT, "Sources", "UnitHarness", "Resources")
SUBMISSIONS = os.path.join(ROOT, "Fixtures", "stats-functions", "submissions")
STATS_SUITE = os.path.join(ROOT, "Specs", "stats-functions", "tests", "test_stats.py")
EXTRAS_SUITE = os.path.join(HERE, "test_extras.py")
PYTHON = "/usr/bin/python3"
UNPRIVILEGED = (["setpriv", "--reuid", "65534", "--regid", "65534", "--clear-groups", "--"]
                if os.geteuid() == 0 else [])
TIMEOUT_MS = 2000

STATS_TESTS = ["test_mean_simple", "test_mean_empty", "test_median_odd", "test_median_even",
               "test_variance", "test_mean_large"]
VERBOSE = "-v" in sys.argv
failures = []


def run(submission, suite, tests, timeout_ms=TIMEOUT_MS):
    """Stage and run the harness; returns (events, run info)."""
    build = tempfile.mkdtemp(prefix="sg-py-")
    try:
        student = os.path.join(build, "student")
        suite_dir = os.path.join(build, "suite")
        work = os.path.join(build, "work")
        os.mkdir(suite_dir)
        os.mkdir(work)
        if submission is None:
            os.mkdir(student)
        elif os.path.isdir(submission):
            shutil.copytree(submission, student)
        else:  # a one-file submission is staged as the module's file
            os.mkdir(student)
            shutil.copy(submission, os.path.join(student, "stats.py"))
        for name in ("specgrade_pytest.py", "specgrade_pystudent.py"):
            shutil.copy(os.path.join(RESOURCES, name), suite_dir)
        run_suite = os.path.join(work, "specgrade-suite")
        os.mkdir(run_suite)
        suite_file = os.path.join(run_suite, os.path.basename(suite))
        shutil.copy(suite, suite_file)
        for path in (build, student, suite_dir):  # readable by the unprivileged uid
            os.chmod(path, 0o755)
        for path in (work, run_suite):  # and writable, like a run's /work
            os.chmod(path, 0o777)
        nonce = secrets.token_hex(16)
        stdin = nonce + "\n" + "".join("{} {}\n".format(timeout_ms, t) for t in tests)
        limit = len(tests) * timeout_ms / 1000 + 30
        proc = subprocess.run(
            UNPRIVILEGED + [PYTHON, "-I", os.path.join(suite_dir, "specgrade_pytest.py"), suite_file,
             student, "stats"],
            input=stdin.encode(), cwd=work, capture_output=True, timeout=limit)
        events, foreign = [], []
        for line in proc.stdout.decode().splitlines():
            prefix = "@@specgrade:{} ".format(nonce)
            if line.startswith(prefix):
                events.append(json.loads(line[len(prefix):]))
            else:
                foreign.append(line)
        if VERBOSE:
            print(proc.stderr.decode()[-3000:])
            for event in events:
                print("   ", json.dumps(event)[:400])
        return events, {"code": proc.returncode, "foreign": foreign,
                        "stderr": proc.stderr.decode(), "nonce": nonce,
                        "suite_left": os.path.exists(run_suite)}
    finally:
        shutil.rmtree(build, ignore_errors=True)


def results(events):
    return {e["test"]: e for e in events if e["event"] == "result"}


def check(case, condition, what):
    if not condition:
        failures.append("{}: {}".format(case, what))
        print("  FAIL", what)


def check_run(case, events, info, tests, expected):
    """Every test has start then result with the expected outcome, then done, exit 0."""
    check(case, info["code"] == 0, "exit status 0 (got {}): {}".format(
        info["code"], info["stderr"][-500:]))
    check(case, info["foreign"] == [], "stdout holds protocol lines only: {}".format(
        info["foreign"][:3]))
    check(case, events and events[-1] == {"event": "done"}, "ends with done")
    check(case, not info["suite_left"] or case == "extras",  # extras plants a conftest.py
          "the suite was removed from work/")
    order = [(e["event"], e.get("test")) for e in events if e["event"] in ("start", "result")]
    want = [pair for t in tests for pair in (("start", t), ("result", t))]
    check(case, order == want, "start/result in the order given: {}".format(order))
    got = results(events)
    for test, outcome in expected.items():
        actual = got.get(test, {}).get("outcome")
        check(case, actual == outcome, "{} is {} (got {}: {})".format(
            test, outcome, actual, got.get(test, {}).get("message")))
    return got


def case_all(name, outcomes, submission=None):
    print(name)
    sub = submission or os.path.join(SUBMISSIONS, name)
    events, info = run(sub, STATS_SUITE, STATS_TESTS)
    expected = dict.fromkeys(STATS_TESTS, "passed")
    expected.update(outcomes)
    return check_run(name, events, info, STATS_TESTS, expected), info


def main():
    case_all("ada-python", {})
    case_all("gus-python (one file, staged as stats.py)", {},
             os.path.join(SUBMISSIONS, "gus-python.py"))

    got, _ = case_all("ben-python", {"test_median_even": "failed"})
    even = got.get("test_median_even", {})
    check("ben-python", even.get("expected") == "2.5" and even.get("actual") == "3",
          "expected/actual 2.5/3 (got {}/{})".format(even.get("expected"), even.get("actual")))
    check("ben-python", "assert 3 == 2.5" in (even.get("message") or ""),
          "pytest's explanation: {!r}".format(even.get("message")))

    got, _ = case_all("cleo-python", {"test_variance": "error"})
    variance = got.get("test_variance", {})
    check("cleo-python", variance.get("exception") == "ZeroDivisionError", "ZeroDivisionError")
    check("cleo-python", variance.get("trace") == "stats.py:25 in variance\nstats.py:19 in _average",
          "the submission's frames only: {!r}".format(variance.get("trace")))

    got, _ = case_all("dan-python", {"test_median_odd": "timeout", "test_median_even": "timeout"})

    got, info = case_all("eve-python", {"test_mean_simple": "failed", "test_mean_empty": "failed",
                                        "test_mean_large": "failed"})
    check("eve-python", "@@specgrade:" in (got.get("test_mean_simple", {}).get("output") or ""),
          "the forged lines are only the test's output")
    check("eve-python", all(info["nonce"] not in (r.get("output") or "") for r in got.values()),
          "the nonce stays secret (eve prints any nonce it finds in the harness's memory)")
    check("eve-python", len(got.get("test_mean_simple", {}).get("output") or "") <= 4096,
          "output kept to 4 KiB")
    check("eve-python", "DID NOT RAISE" in (got.get("test_mean_empty", {}).get("message") or ""),
          "pytest.raises is the real one")

    print("fay-python")
    events, info = run(os.path.join(SUBMISSIONS, "fay-python"), STATS_SUITE, STATS_TESTS)
    check("fay-python", [e["event"] for e in events] == ["import_error"], "import_error only")
    check("fay-python", "exit code 0" in (events[0].get("message") if events else ""),
          "says it exited: {}".format(events))

    print("missing stats.py")
    events, info = run(None, STATS_SUITE, STATS_TESTS)
    check("missing", events == [{"event": "import_error",
                                 "message": "stats.py is missing from the submission"}],
          "import_error: missing file ({})".format(events))

    print("syntax error")
    events, info = run(os.path.join(HERE, "syntax_error"), STATS_SUITE, STATS_TESTS)
    check("syntax", [e["event"] for e in events] == ["import_error"]
          and "SyntaxError" in events[0]["message"], "import_error: {}".format(events))

    extras()
    print("\n{} failure(s)".format(len(failures)))
    for failure in failures:
        print("  " + failure)
    return 1 if failures else 0


def extras():
    """The proxies, exceptions, crashes and attacks, with test_extras.py and extras/."""
    print("extras")
    tests = ["test_suite_hidden", "test_class_instance", "TestGrouped::test_in_class", "test_custom_error",
             "test_output", "test_generator", "test_segfault", "test_after_crash",
             "test_exit_in_call", "test_keyboard_interrupt", "test_plant_conftest",
             "test_student_assert",
             "test_partial[2]", "test_partial", "test_no_such_function", "test_not_in_suite",
             "test_forged_reply", "test_fd_spray", "test_sleep_then_ok", "test_last",
             "test_sizes", "test_star_import"]
    events, info = run(os.path.join(HERE, "extras"), EXTRAS_SUITE, tests, timeout_ms=3000)
    got = check_run("extras", events, info, tests, {
        "test_class_instance": "passed", "TestGrouped::test_in_class": "passed",
        "test_custom_error": "passed", "test_output": "passed", "test_generator": "passed",
        "test_segfault": "error", "test_after_crash": "passed", "test_exit_in_call": "error",
        "test_keyboard_interrupt": "error", "test_plant_conftest": "passed",
        "test_student_assert": "error",
        "test_partial[2]": "passed", "test_partial": "failed",
        "test_no_such_function": "error", "test_not_in_suite": "missing",
        "test_forged_reply": "error", "test_fd_spray": "error", "test_sleep_then_ok": "passed",
        "test_last": "passed", "test_sizes": "passed", "test_suite_hidden": "passed",
        "test_star_import": "passed"})

    def field(test, key):
        return got.get(test, {}).get(key) or ""

    check("extras", field("test_output", "output") == "hello from the submission\n",
          "output captured: {!r}".format(field("test_output", "output")))
    check("extras", "killed by SIGSEGV" in field("test_segfault", "message"),
          "SIGSEGV named: {!r}".format(field("test_segfault", "message")))
    check("extras", "exit code 3" in field("test_exit_in_call", "message"), "exit code named")
    check("extras", field("test_student_assert", "exception") == "AssertionError"
          and "stats.py:" in field("test_student_assert", "trace"),
          "the submission's own assert is an error with its frames")
    check("extras", field("test_partial", "message").startswith("test_partial[3]: "),
          "first failing instance named: {!r}".format(field("test_partial", "message")))
    check("extras", field("test_no_such_function", "exception") == "AttributeError",
          "a missing function is an AttributeError")
    check("extras", "cannot read" in field("test_forged_reply", "message"),
          "forged pickle refused: {!r}".format(field("test_forged_reply", "message")))
    check("extras", not os.path.exists("/tmp/specgrade-pwned"),
          "the forged pickle ran nothing in the harness")


if __name__ == "__main__":
    sys.exit(main())
