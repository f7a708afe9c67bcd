#!/usr/bin/env python3
"""Checker for the statistics assignment.

Usage: checker.py INPUT EXPECTED ACTUAL (paths). Recomputes every statistic from INPUT,
so it does not trust EXPECTED's rounding, and gives credit per correct line:
prints the fraction of the six lines that are right on its first line, exits 0 when all
are right and 1 otherwise.
"""
import math
import sys

TOLERANCE = 1e-4
KEYS = ["count", "min", "max", "mean", "median", "stdev"]


def statistics(numbers):
    ordered = sorted(numbers)
    n = len(ordered)
    mean = sum(ordered) / n
    middle = n // 2
    median = ordered[middle] if n % 2 else (ordered[middle - 1] + ordered[middle]) / 2
    stdev = math.sqrt(sum((x - mean) ** 2 for x in ordered) / n)
    return {"count": n, "min": ordered[0], "max": ordered[-1], "mean": mean, "median": median, "stdev": stdev}


def parse(actual_text):
    values = {}
    for line in actual_text.splitlines():
        key, _, value = line.partition(":")
        values.setdefault(key.strip(), value.strip())
    return values


def main():
    if len(sys.argv) != 4:
        print("0")
        print("usage: checker.py INPUT EXPECTED ACTUAL", file=sys.stderr)
        return 1
    with open(sys.argv[1]) as handle:
        numbers = [float(token) for token in handle.read().split()]
    with open(sys.argv[3], errors="replace") as handle:
        actual = parse(handle.read())
    expected = statistics(numbers)
    right = 0
    for key in KEYS:
        try:
            value = float(actual.get(key, "nan"))
        except ValueError:
            continue
        if key == "count":
            right += value == expected[key]
        else:
            right += abs(value - expected[key]) <= TOLERANCE * max(1.0, abs(expected[key]))
    print(f"{right / len(KEYS):.4f}")
    return 0 if right == len(KEYS) else 1


if __name__ == "__main__":
    sys.exit(main())
