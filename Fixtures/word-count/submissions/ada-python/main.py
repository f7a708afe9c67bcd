"""wc: count the lines, words and bytes of standard input or of a file."""
import sys

OPTIONS = {"-l": 0, "-w": 1, "-c": 2}


def count(data):
    """Return (lines, words, bytes) for the bytes in data."""
    return data.count(b"\n"), len(data.split()), len(data)


def main(args):
    selected = None
    if args and args[0] in OPTIONS:
        selected = OPTIONS[args[0]]
        args = args[1:]

    name = args[-1] if args else None
    if name is None:
        data = sys.stdin.buffer.read()
    else:
        try:
            with open(name, "rb") as handle:
                data = handle.read()
        except OSError as error:
            print(f"wc: {name}: {error.strerror}", file=sys.stderr)
            return 1

    counts = count(data)
    fields = [counts[selected]] if selected is not None else list(counts)
    if name is not None:
        fields.append(name)
    print(" ".join(str(field) for field in fields))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
