"""Word count, lines/words/bytes like the wc command."""
import sys


def counts(text):
    lines = text.splitlines()
    words = text.split()
    return len(lines), len(words), len(text.encode())


def main():
    args = sys.argv[1:]
    option = None
    if args and args[0] in ("-l", "-w", "-c"):
        option = args.pop(0)

    if args:
        filename = args[-1]
        try:
            with open(filename) as f:
                text = f.read()
        except FileNotFoundError:
            print("wc: " + filename + ": No such file or directory", file=sys.stderr)
            sys.exit(1)
    else:
        filename = None
        text = sys.stdin.read()

    lines, words, nbytes = counts(text)
    if option == "-l":
        out = [lines]
    elif option == "-w":
        out = [words]
    elif option == "-c":
        out = [nbytes]
    else:
        out = [lines, words, nbytes]
    if filename:
        out.append(filename)
    print(*out)


main()
