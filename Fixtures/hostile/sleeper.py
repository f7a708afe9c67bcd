# expect: time_limit
# detail: wall
# Uses no CPU at all: only the wall limit, enforced from outside, ends it.
import time
time.sleep(3600)
