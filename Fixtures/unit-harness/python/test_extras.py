"""A suite exercising the harness's proxies and failure paths (see run_protocol.py)."""
import pytest

import stats
from stats import Counter, nope


def test_class_instance():
    c = Counter()
    c.add(3).add(4)
    assert c.total == 7
    assert len(c) == 2
    assert list(c) == [3, 4]
    assert repr(c) == "Counter([3, 4])"
    assert isinstance(c, Counter)
    assert c == Counter().add(3).add(4)
    assert c != Counter()


class TestGrouped:
    def test_in_class(self):
        assert stats.double(2) == 4


def test_custom_error():
    with pytest.raises(ValueError, match="negative") as info:
        Counter().add(-1)
    assert info.type.__name__ == "NegativeError"


def test_output():
    assert stats.greet() == 1


def test_generator():
    assert list(stats.evens(6)) == [0, 2, 4]


def test_segfault():
    stats.segfault()


def test_after_crash():
    assert stats.double(1) == 2


def test_exit_in_call():
    stats.leave()


def test_keyboard_interrupt():
    stats.interrupt()


def test_student_assert():
    stats.checked(-1)


@pytest.mark.parametrize("x", [1, 2, 3])
def test_partial(x):
    assert stats.double(x) == 2 * x


def test_no_such_function():
    nope(1)


def test_forged_reply():
    stats.forge_reply()


def test_fd_spray():
    assert stats.spray() == 42


def test_sleep_then_ok():
    assert stats.slow(1) == 1


def test_last():
    assert stats.double(5) == 10


@pytest.mark.parametrize("n", stats.SIZES)  # the submission's value, read at collection
def test_sizes(n):
    assert len(list(stats.evens(n))) == n // 2


def test_suite_hidden():
    assert "specgrade-suite" not in stats.cwd_entries()


def test_star_import():
    names = {}
    exec("from stats import *", names)
    assert "double" in names and "Counter" in names


def test_plant_conftest():
    assert stats.plant_conftest()
