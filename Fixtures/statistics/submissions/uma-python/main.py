"""Hostile fixture: prints forever, whatever the input.

Every test must end in output_limit (the spec allows 64 KiB of output), quickly: the
sandbox stops the program when the limit is reached, long before any time limit.
"""
import sys

line = "count: 1\n" * 1024
while True:
    sys.stdout.write(line)
