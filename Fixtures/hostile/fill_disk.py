# expect: accepted
# stdout: disk full
# confined: memory_limit
# Writes files into the working directory until the space runs out. In confined mode the
# run's directory is on /dev/shm, whose pages count against the run's memory cgroup.
import errno
block = b"z" * (1 << 20)
index = 0
try:
    while True:
        with open("fill-%d" % index, "wb") as handle:
            for _ in range(4):
                handle.write(block)
        index += 1
except OSError as error:
    print("disk full" if error.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT) else "other error", error.errno, "after", index, "files")
