"""The Python suite of the stats-functions assignment (graded by SpecGrade under pytest).

The spec names these tests in its `unit:` lines; the submission's module is `stats`.
"""

import pytest

import stats
from stats import median


@pytest.fixture
def scores():
    """An unsorted list with an even count: mean 5, population variance 4."""
    return [5, 2, 9, 4, 7, 4, 5, 4]


def test_mean_simple():
    assert stats.mean([1, 2, 3, 4]) == pytest.approx(2.5)
    assert stats.mean([0.5, 0.25]) == pytest.approx(0.375, abs=1e-9)


def test_mean_empty():
    with pytest.raises(ValueError):
        stats.mean([])


@pytest.mark.parametrize("xs, expected", [
    ([3, 1, 2], 2),
    ([7], 7),
    ([9, -4, 5, 0, 1], 1),
])
def test_median_odd(xs, expected):
    assert median(xs) == expected


def test_median_even(scores):
    assert median([4, 1, 3, 2]) == pytest.approx(2.5)
    assert median(scores) == pytest.approx(4.5)


def test_variance(scores):
    assert stats.variance(scores) == pytest.approx(4.0)
    assert stats.variance([1.5]) == pytest.approx(0.0)


def test_mean_large():
    assert stats.mean(list(range(1, 10001))) == pytest.approx(5000.5)
