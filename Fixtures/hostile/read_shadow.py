# expect: accepted
# stdout: shadow unreadable
# Reads the password hashes if it can, by every path it can think of.
paths = ["/etc/shadow", "/proc/1/root/etc/shadow", "/proc/self/root/etc/shadow", "/../etc/shadow"]
for path in paths:
    try:
        with open(path) as handle:
            print("READ", path, handle.read(40))
            raise SystemExit(3)
    except OSError:
        pass
print("shadow unreadable")
