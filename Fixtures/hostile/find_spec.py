# expect: accepted
# stdout: found nothing
# Walks the whole filesystem (and every process's command line) looking for the instructor's
# files: specs, expected outputs, other submissions, reports, or anything named after the
# token the test planted (argv[1]).
# /proc and the system trees of /usr (libraries, headers, data: read-only host packages, too
# big to walk within the CPU limit) are not walked.
import os, sys
token = sys.argv[1]
wanted = {"Specs", "spec.md", "submissions", "reports", "compliance.json", "expected.txt"}
found = []
for root, dirs, files in os.walk("/", onerror=lambda error: None):
    if root in ("/proc", "/sys", "/usr/lib", "/usr/share", "/usr/include", "/usr/libexec", "/usr/src"):
        dirs[:] = []
        continue
    for name in dirs + files:
        if name in wanted or token in name:
            found.append(os.path.join(root, name))
# The command lines of every process in view: the grader's own would name the spec's path.
try:
    processes = os.listdir("/proc")
except OSError:
    processes = []  # confined mode shows a program its own /proc entry only
for entry in processes:
    if entry.isdigit():
        try:
            with open("/proc/%s/cmdline" % entry, "rb") as handle:
                if b"specgrade" in handle.read().lower():
                    found.append("/proc/%s/cmdline" % entry)
        except OSError:
            pass
print("found", found if found else "nothing")
