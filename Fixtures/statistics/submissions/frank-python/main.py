"""Statistics: count, min, max, mean, median and standard deviation."""
import math
import sys


def main():
    numbers = []
    for token in sys.stdin.read().split():
        try:
            numbers.append(float(token))
        except ValueError:
            print("error: not a number: " + token, file=sys.stderr)
            sys.exit(1)
    if len(numbers) == 0:
        print("error: no numbers", file=sys.stderr)
        sys.exit(1)

    n = len(numbers)
    numbers.sort()
    mean = sum(numbers) / n
    if n % 2 == 1:
        median = numbers[n // 2]
    else:
        median = (numbers[n // 2 - 1] + numbers[n // 2]) / 2
    # standard deviation (n - 1, as in the lecture on samples)
    stdev = math.sqrt(sum((x - mean) ** 2 for x in numbers) / (n - 1))

    print("count: %d" % n)
    print("min: %.6f" % numbers[0])
    print("max: %.6f" % numbers[-1])
    print("mean: %.6f" % mean)
    print("median: %.6f" % median)
    print("stdev: %.6f" % stdev)


main()
