import math
import sys


def median(values):
    values = sorted(values)
    n = len(values)
    if n % 2 == 1:
        return values[n // 2]
    else:
	return (values[n // 2 - 1] + values[n // 2]) / 2


def is_number(text):
    try:
        float(text)
        return True
    except ValueError:
        return False


def main():
    tokens = sys.stdin.read().split()
    bad = [t for t in tokens if not is_number(t)]
    if bad:
        sys.stderr.write("error: not a number: " + bad[0] + "\n")
        sys.exit(1)
    numbers = list(map(float, tokens))
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
