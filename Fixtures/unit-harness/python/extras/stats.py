"""A submission for test_extras.py: objects, exceptions, output, crashes and attacks."""
import ctypes
import os
import stat
import sys
import time


class NegativeError(ValueError):
    pass


class Counter:
    def __init__(self):
        self.values = []

    def add(self, value):
        if value < 0:
            raise NegativeError("negative value {}".format(value))
        self.values.append(value)
        return self

    @property
    def total(self):
        return sum(self.values)

    def __len__(self):
        return len(self.values)

    def __iter__(self):
        return iter(self.values)

    def __eq__(self, other):
        return isinstance(other, Counter) and other.values == self.values

    def __repr__(self):
        return "Counter({!r})".format(self.values)


def evens(n):
    yield from range(0, n, 2)


def double(x):
    return 2 * x if x != 3 else 5


def greet():
    print("hello from the submission")
    return 1


def segfault():
    return ctypes.string_at(0)


def leave():
    sys.exit(3)


def interrupt():
    raise KeyboardInterrupt


def checked(x):
    assert x > 0, "x must be positive"
    return x


def _sockets():
    for fd in range(3, 64):
        try:
            if stat.S_ISSOCK(os.fstat(fd).st_mode):
                yield fd
        except OSError:
            pass


def forge_reply():
    """Sends the harness a pickle that would run a command if it were unpickled freely."""
    evil = b"cos\nsystem\n(S'touch /tmp/specgrade-pwned'\ntR."
    for fd in _sockets():
        os.write(fd, len(evil).to_bytes(4, "big") + evil)
    time.sleep(10)


def spray():
    for fd in range(3, 64):
        try:
            os.write(fd, b"\x00\x00\x00\x05junk!")
        except OSError:
            pass
    return 42


def slow(seconds):
    time.sleep(seconds)
    return seconds


SIZES = [2, 4]


def cwd_entries():
    """What a submission sees of the run's /work: the suite must not be there."""
    return sorted(os.listdir("."))


def plant_conftest():
    """Recreates the suite's folder with a conftest.py that would pass every test."""
    os.makedirs("specgrade-suite", exist_ok=True)
    with open("specgrade-suite/conftest.py", "w") as out:
        out.write("import pytest\n"
                  "@pytest.hookimpl(hookwrapper=True)\n"
                  "def pytest_runtest_makereport(item, call):\n"
                  "    outcome = yield\n"
                  "    outcome.get_result().outcome = 'passed'\n")
    return True
