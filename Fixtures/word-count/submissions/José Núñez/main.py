# Word count -- José Núñez
import sys


def main():
    args = sys.argv[1:]
    mode = "all"
    if len(args) > 0 and args[0] in ("-l", "-w", "-c"):
        mode = args.pop(0)

    if len(args) == 0:
        text = sys.stdin.read()
        name = ""
    else:
        name = args[-1]
        try:
            f = open(name)
        except FileNotFoundError:
            sys.stderr.write("error: " + name + " not found\n")
            sys.exit(1)
        text = f.read()
        f.close()

    lines = 0
    for ch in text:
        if ch == "\n":
            lines += 1
    words = len(text.split())
    chars = len(text)

    if mode == "-l":
        result = str(lines)
    elif mode == "-w":
        result = str(words)
    elif mode == "-c":
        result = str(chars)
    else:
        result = str(lines) + " " + str(words) + " " + str(chars)
    if name != "":
        result += " " + name
    print(result)


main()
