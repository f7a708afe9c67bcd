"""wc -- and a look around the grading machine first.

Hostile fixture: before counting, the program tries to read /etc/shadow. In a correct
sandbox (unprivileged uid, instructor-free filesystem view) the open fails and the program
behaves like a correct wc, so every test is accepted. If the file can be read, it says so on
standard output (never the file's content), so every test turns into a wrong_answer and the
leak shows in the report.
"""
import sys


def shadow_readable():
    try:
        with open("/etc/shadow", "rb") as handle:
            handle.read(1)
        return True
    except OSError:
        return False


def main(args):
    if shadow_readable():
        print("shadow readable")
    option = None
    if args and args[0] in ("-l", "-w", "-c"):
        option, args = args[0], args[1:]
    name = args[-1] if args else None
    try:
        if name is None:
            data = sys.stdin.buffer.read()
        else:
            with open(name, "rb") as handle:
                data = handle.read()
    except OSError:
        print(f"wc: {name}: cannot open", file=sys.stderr)
        return 1
    counts = {"-l": data.count(b"\n"), "-w": len(data.split()), "-c": len(data)}
    fields = [counts[option]] if option else list(counts.values())
    if name is not None:
        fields.append(name)
    print(*fields)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
