import sys

args = sys.argv[1:]
option = None
if args and args[0] in ["-l", "-w", "-c"]:
    option = args[0]
    args = args[1:]

if args:
    name = args[-1]
    try:
        text = open(name).read()
    except IOError:
        sys.stderr.write("wc: cannot open file\n")
        sys.exit(1)
else:
    name = None
    text = sys.stdin.read()

lines = text.count("\n")
words = len(text.split())
chars = len(text)

if option == "-l":
    result = "%d" % lines
elif option == "-w":
    result = "%d" % words
elif option == "-c":
    result = "%d" % chars
else:
    result = "%d %d %d" % (lines, words, chars)
if name:
    result = result + " " + name
print result
