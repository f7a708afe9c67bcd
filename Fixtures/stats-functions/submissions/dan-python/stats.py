"""median never returns: a "selection" loop that forgets to advance."""


def mean(xs):
    if not xs:
        raise ValueError("mean of an empty list")
    return sum(xs) / len(xs)


def median(xs):
    remaining = list(xs)
    while len(remaining) > 2:
        low = min(remaining)
        remaining.remove(low)
        remaining.append(low)  # meant to drop the largest too; drops nothing
    return sum(remaining) / len(remaining)


def variance(xs):
    m = mean(xs)
    return sum((x - m) ** 2 for x in xs) / len(xs)
