# expect: accepted
# stdout: writes outside /work and /tmp: 0
# Tries to write a file named after its token everywhere but /work and /tmp (argv[1]); in
# confined mode, whose private temporary directory is TMPDIR, the host's /tmp, /var/tmp and
# /dev/shm too.
import os, sys
token = sys.argv[1]
private_tmp = os.environ.get("TMPDIR", "/tmp")
places = ["/", "/etc", "/usr", "/usr/lib", "/bin", "/program", "/proc", "/dev", "/root", "/home", os.path.dirname(sys.argv[2])]
if private_tmp != "/tmp":
    places += ["/tmp", "/var/tmp", "/dev/shm"]
written = 0
for place in places:
    try:
        with open(os.path.join(place, token), "w") as handle:
            handle.write("escaped")
        written += 1
        print("wrote into", place)
    except OSError:
        pass
with open(os.path.join(private_tmp, token), "w") as handle:
    handle.write("private tmp is fine")
print("writes outside /work and /tmp:", written)
