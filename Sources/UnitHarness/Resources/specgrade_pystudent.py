"""specgrade_pystudent.py: the submission's side of SpecGrade's Python harness.

specgrade_pytest.py starts this file in a process of its own:

    python3 -I -u specgrade_pystudent.py STUDENT_DIR MODULE FD

It imports MODULE from STUDENT_DIR and serves the test suite's requests over the socket FD.
Everything here runs next to the submission's code, which can patch or replace any of it:
the harness therefore trusts nothing this process sends beyond "a value the submission
returned" (see specgrade_pytest.py). This file only has to work for honest submissions.

Wire format, both ways: a 4-byte big-endian length, then a pickle (protocol 4).

    harness -> here:  (releases, kind, ref, args)
        releases  handle ids the harness no longer uses
        kind      "getattr" (args: name), "setattr" (name, value), "call" (args, kwargs),
                  "op" (op name, operands): see OPS
        ref       the object the request is about: ("path", names) is MODULE's attribute
                  path (re-resolved on every request, so it survives a restart), ("h", id)
                  an object this process handed out earlier
    here -> harness:  ("ready", public names) or ("import_error", message), once at start;
                      then ("ok", value) or ("raise", details of the exception)

A value crosses by pickle when it is made of plain data (SAFE_TYPES); every other object
(functions, instances of the submission's classes, generators...) stays here and crosses as
a persistent id, ("h", id), that the harness turns into a proxy.
"""

import builtins
import importlib
import io
import operator
import os
import pickle
import socket
import struct
import sys
import traceback
from decimal import Decimal
from fractions import Fraction

# Plain data: crosses by value. Exact types only, so a subclass the submission defines
# (whose pickle would name the submission's class) stays here as a handle.
SAFE_TYPES = frozenset(
    {type(None), bool, int, float, complex, str, bytes, list, tuple, dict, set, frozenset,
     Decimal, Fraction}
)
# The built-in exception classes (Exception's subclasses only: the harness never recreates
# SystemExit, KeyboardInterrupt or GeneratorExit).
BUILTIN_EXCEPTIONS = frozenset(
    value for value in vars(builtins).values()
    if isinstance(value, type) and issubclass(value, Exception)
)
# Classes a pickle of plain data names (Decimal and Fraction reduce to their class).
SAFE_CLASSES = frozenset({Decimal, Fraction, complex}) | BUILTIN_EXCEPTIONS


def _reflected(op):
    return lambda a, b: op(b, a)


# The operations the harness's proxies forward (their dunder methods).
OPS = {
    "repr": repr, "str": str, "len": len, "bool": bool, "hash": hash, "list": list,
    "int": int, "float": float, "index": operator.index,
    "eq": operator.eq, "ne": operator.ne, "lt": operator.lt, "le": operator.le,
    "gt": operator.gt, "ge": operator.ge,
    "contains": operator.contains, "getitem": operator.getitem,
    "setitem": operator.setitem, "delitem": operator.delitem,
    "neg": operator.neg, "pos": operator.pos, "abs": operator.abs,
    "isinstance": lambda cls, obj: isinstance(obj, cls),
}
for _name in ("add", "sub", "mul", "truediv", "floordiv", "mod", "pow"):
    OPS[_name] = getattr(operator, _name)
    OPS["r" + _name] = _reflected(getattr(operator, _name))

MAX_TRACE_FRAMES = 20


class Server:
    def __init__(self, sock, student_dir, module_name):
        self.sock = sock
        self.student_dir = os.path.realpath(student_dir)
        self.module_name = module_name
        self.module = None
        self.handles = {}
        self.next_handle = 1

    # --- framing ---------------------------------------------------------------------

    def _recv_exact(self, size):
        buf = bytearray()
        while len(buf) < size:
            chunk = self.sock.recv(size - len(buf))
            if not chunk:
                raise EOFError
            buf += chunk
        return bytes(buf)

    def receive(self):
        (size,) = struct.unpack(">I", self._recv_exact(4))
        return self._recv_exact(size)

    def send(self, message, path=None):
        """Pickle message (status, value); `path`: the value is this attribute of MODULE."""
        try:
            data = self._dumps(message, path, whole=False)
        except Exception:
            if message[0] != "ok":
                raise
            # Plain-looking data that will not pickle (nested too deep, say): hand it out
            # as one handle.
            data = self._dumps(message, path, whole=True)
        self.sock.sendall(struct.pack(">I", len(data)) + data)

    def _dumps(self, message, path, whole):
        server = self
        top = message[1]

        class Pickler(pickle.Pickler):
            def persistent_id(self, obj):
                if whole and obj is top:
                    return ("path", path) if path is not None else ("h", server._register(obj))
                kind = type(obj)
                if kind in SAFE_TYPES or kind in BUILTIN_EXCEPTIONS:
                    return None
                if kind is type and obj in SAFE_CLASSES:
                    return None
                if path is not None and obj is top:
                    return ("path", path)
                return ("h", server._register(obj))

        out = io.BytesIO()
        Pickler(out, protocol=4).dump(message)
        return out.getvalue()

    def _register(self, obj):
        handle = self.next_handle
        self.next_handle += 1
        self.handles[handle] = obj
        return handle

    def _loads(self, data):
        server = self

        class Unpickler(pickle.Unpickler):
            def persistent_load(self, pid):
                kind, value = pid
                if kind == "path":
                    return server.resolve(value)
                return server.handles[value]

        return Unpickler(io.BytesIO(data)).load()

    def resolve(self, names):
        obj = self.module
        for name in names:
            obj = getattr(obj, name)
        return obj

    # --- serving ---------------------------------------------------------------------

    def start(self):
        """Import the submission's module and say how it went."""
        sys.path.insert(0, self.student_dir)
        try:
            self.module = importlib.import_module(self.module_name)
        except Exception as exc:
            details = self.describe(exc)
            message = "importing {} raised {}: {}".format(
                self.module_name, details["type"], details["text"])
            if details["trace"]:
                message += "\n" + "\n".join(details["trace"])
            self.send(("import_error", message))
            return False
        self.send(("ready", self.public_names()))
        return True

    def public_names(self):
        names = getattr(self.module, "__all__", None)
        if not (isinstance(names, (list, tuple)) and all(type(n) is str for n in names)):
            names = [n for n in vars(self.module) if not n.startswith("_")]
        return list(names)

    def serve(self):
        while True:
            try:
                data = self.receive()
            except EOFError:
                return
            path = None
            try:
                releases, kind, ref, args = self._loads(data)
                for handle in releases:
                    self.handles.pop(handle, None)
                value, path = self.handle(kind, ref, args)
                reply = ("ok", value)
            except Exception as exc:  # SystemExit and the like end the process, as they would
                reply = ("raise", self.describe(exc))
            self.send(reply, path)

    def handle(self, kind, ref, args):
        """Run one request; returns the value and, for an attribute of MODULE, its path."""
        target = self.resolve(ref[1]) if ref[0] == "path" else self.handles[ref[1]]
        if kind == "getattr":
            (name,) = args
            value = getattr(target, name)
            return value, (tuple(ref[1]) + (name,) if ref[0] == "path" else None)
        if kind == "setattr":
            name, value = args
            setattr(target, name, value)
            return None, None
        if kind == "call":
            positional, keywords = args
            return target(*positional, **keywords), None
        if kind == "op":
            op, operands = args
            return OPS[op](target, *operands), None
        raise ValueError("unknown request " + repr(kind))

    def describe(self, exc):
        """What the harness needs to raise a matching exception on its side."""
        kind = type(exc)
        base = next(c for c in kind.__mro__ if c in BUILTIN_EXCEPTIONS)
        try:
            text = str(exc)
        except Exception:
            text = "<unprintable {}>".format(kind.__name__)
        return {
            "type": kind.__name__,
            "builtin": kind in BUILTIN_EXCEPTIONS,
            "base": base.__name__,
            "args": exc.args if kind in BUILTIN_EXCEPTIONS else (),
            "text": text,
            "trace": self.student_frames(exc),
        }

    def student_frames(self, exc):
        """`file:line in function` for the submission's own frames, outermost first."""
        frames = []
        for frame in traceback.extract_tb(exc.__traceback__):
            path = os.path.realpath(frame.filename)
            if path.startswith(self.student_dir + os.sep):
                rel = os.path.relpath(path, self.student_dir)
                frames.append("{}:{} in {}".format(rel, frame.lineno, frame.name))
        if isinstance(exc, SyntaxError) and exc.filename and exc.lineno:
            path = os.path.realpath(exc.filename)
            if path.startswith(self.student_dir + os.sep):
                frames.append("{}:{}".format(os.path.relpath(path, self.student_dir), exc.lineno))
        if len(frames) > MAX_TRACE_FRAMES:  # deep recursion: its two ends tell the story
            half = MAX_TRACE_FRAMES // 2
            skipped = len(frames) - 2 * half
            frames = frames[:half] + ["... {} more frames".format(skipped)] + frames[-half:]
        return frames


def main():
    student_dir, module_name, fd = sys.argv[1], sys.argv[2], int(sys.argv[3])
    sock = socket.socket(fileno=fd)
    # The submission sees itself run as a plain script of its own.
    sys.argv = [os.path.join(student_dir, module_name + ".py")]
    server = Server(sock, student_dir, module_name)
    if server.start():
        server.serve()


if __name__ == "__main__":
    main()
