"""Descriptive statistics of the numbers on standard input."""
import math
import sys


def read_numbers(text):
    numbers = []
    for token in text.split():
        try:
            numbers.append(float(token))
        except ValueError:
            raise ValueError(f"not a number: {token}") from None
    if not numbers:
        raise ValueError("no numbers")
    return numbers


def describe(numbers):
    ordered = sorted(numbers)
    count = len(ordered)
    mean = sum(ordered) / count
    middle = count // 2
    if count % 2:
        median = ordered[middle]
    else:
        median = (ordered[middle - 1] + ordered[middle]) / 2
    variance = sum((x - mean) ** 2 for x in ordered) / count
    return [
        ("min", ordered[0]),
        ("max", ordered[-1]),
        ("mean", mean),
        ("median", median),
        ("stdev", math.sqrt(variance)),
    ], count


def main():
    try:
        numbers = read_numbers(sys.stdin.read())
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    values, count = describe(numbers)
    print(f"count: {count}")
    for name, value in values:
        print(f"{name}: {value:.6f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
