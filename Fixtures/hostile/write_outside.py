# expect: accepted
# stdout: writes outside /work and /tmp: 0
# Tries to write a file named after its token everywhere but /work and /tmp (argv[1]).
import os, sys
token = sys.argv[1]
places = ["/", "/etc", "/usr", "/usr/lib", "/bin", "/program", "/proc", "/dev", "/root", "/home", os.path.dirname(sys.argv[2])]
written = 0
for place in places:
    try:
        with open(os.path.join(place, token), "w") as handle:
            handle.write("escaped")
        written += 1
        print("wrote into", place)
    except OSError:
        pass
with open("/tmp/" + token, "w") as handle:
    handle.write("private tmp is fine")
print("writes outside /work and /tmp:", written)
