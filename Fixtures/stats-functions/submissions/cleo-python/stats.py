"""variance crashes on every list: a typo divides by n - n (meant n, or n - 1)."""


def mean(xs):
    if not xs:
        raise ValueError("mean of an empty list")
    return sum(xs) / len(xs)


def median(xs):
    ordered = sorted(xs)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def _average(total, count):
    return total / count


def variance(xs):
    m = mean(xs)
    n = len(xs)
    return _average(sum((x - m) ** 2 for x in xs), n - len(xs))
