"""wc: lines, words and bytes of standard input or a file."""
import sys


def count(data):
    return data.count(b"\n"), len(data.split()), len(data)


def main(args):
    option = None
    if args and args[0] in ("-l", "-w", "-c"):
        option, args = args[0], args[1:]
    name = args[-1] if args else None
    try:
        data = open(name, "rb").read() if name else sys.stdin.buffer.read()
    except OSError:
        print(f"wc: {name}: cannot open", file=sys.stderr)
        return 1
    lines, words, nbytes = count(data)
    fields = {"-l": [lines], "-w": [words], "-c": [nbytes]}.get(option, [lines, words, nbytes])
    if name:
        fields.append(name)
    print(*fields)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
