# expect: accepted
# stdout: still here
# Tries to kill its parent, then everything it can signal.
import os, signal
for target in (os.getppid(), 1):
    try:
        os.kill(target, signal.SIGKILL)
    except OSError:
        pass
try:
    os.kill(-1, signal.SIGKILL)
except OSError:
    pass
print("still here")
