import math
import sys


def median(values):
    values = sorted(values)
    n = len(values)
    if n % 2 == 1:
        return values[n // 2]
    else:
	return (values[n // 2 - 1] + values[n // 2]) / 2


def main():
    numbers = []
    for token in sys.stdin.read().split():
        try:
            numbers.append(float(token))
        except ValueError:
            sys.stderr.write("error: not a number: " + token + "\n")
            sys.exit(1)
    if not numbers:
        sys.stderr.write("error: no numbers\n")
        sys.exit(1)
    n = len(numbers)
    mean = sum(numbers) / n
    stdev = math.sqrt(sum((x - mean) ** 2 for x in numbers) / n)
    print("count: %d" % n)
    print("min: %.6f" % min(numbers))
    print("max: %.6f" % max(numbers))
    print("mean: %.6f" % mean)
    print("median: %.6f" % median(numbers))
    print("stdev: %.6f" % stdev)


main()
