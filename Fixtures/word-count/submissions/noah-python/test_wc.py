"""My own tests for wc.py (run: python3 test_wc.py)."""
import unittest

from wc import count


class CountTest(unittest.TestCase):
    def test_empty(self):
        self.assertEqual(count(b""), (0, 0, 0))

    def test_hello(self):
        self.assertEqual(count(b"hello world\n"), (1, 2, 12))

    def test_no_final_newline(self):
        self.assertEqual(count(b"a b\nc"), (1, 3, 5))


if __name__ == "__main__":
    unittest.main()
