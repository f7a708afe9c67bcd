# expect: output_limit
# Writes to stderr forever.
import sys
while True:
    sys.stderr.write("y" * 4096)
