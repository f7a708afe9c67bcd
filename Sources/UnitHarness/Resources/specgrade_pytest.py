"""specgrade_pytest.py: SpecGrade's harness for Python unit-test suites (pytest).

    python3 -I specgrade_pytest.py SUITE_PATH STUDENT_DIR MODULE

stdin: a nonce line, then one `<timeout_ms> <name>` line per test to run (docs/unit-tests.md).
stdout: only `@@specgrade:<nonce> <json>` lines: start, result, import_error, done events.
stderr: pytest's own terse report and the harness's diagnostics (not part of the protocol).
Exit status: 0 when it emitted `done` or `import_error`; 2 for bad arguments or input;
3 when pytest itself broke down (no `done`).

The suite runs in this process under pytest, with a plugin that selects, orders and reports
the requested tests. The submission's module runs in a second process
(specgrade_pystudent.py, next to this file): `sys.modules[MODULE]` here is a proxy, so the
suite's `import stats` / `from stats import mean` get objects that forward attribute access,
calls and operators over a socket. Nothing of the submission's code runs in this process:
it cannot patch pytest, the assertions or this file, cannot see the nonce (read before the
submission starts; this process is made non-dumpable, so /proc and ptrace are closed to a
same-uid process), and cannot write to the protocol's stdout (it only has pipes).

SUITE_PATH may lie in a folder the submission can reach (the run's /work): pytest reads and
compiles the whole suite first; SUITE_PATH is deleted (and its folder, if then empty) before
the submission's process starts (at the suite's first use of the module, or once collected).

What the submission's process sends back is data, decoded by a restricted unpickler that
only builds plain values (numbers, strings, bytes, containers, Decimal, Fraction, built-in
exceptions); every other object stays in that process and crosses as a handle (a proxy here).
A built-in exception the submission raises is raised here as the same type (so
`pytest.raises(ValueError)` works); one of the submission's own types becomes a
SubmissionError (a subclass of it that also derives from the nearest built-in base).

Each test has a wall budget: a request that gets no answer in the test's remaining time kills
the submission's process (the test: `timeout`); a process that ends mid-request fails the
test (`error`). Either way a fresh process, the module imported anew, serves the next test.
"""

import builtins
import ctypes
import io
import json
import os
import pickle
import re
import select
import signal
import socket
import struct
import subprocess
import sys
import time
import types
from decimal import Decimal
from fractions import Fraction

import pytest
from _pytest.python_api import ApproxBase  # what pytest.approx returns; to find `expected`

SERVER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "specgrade_pystudent.py")
MAX_OUTPUT = 4096  # bytes of the submission's output kept per test
MAX_TEXT = 4000  # characters kept of a message, expected or actual value
MAX_REPLY = 64 * 1024 * 1024  # larger replies from the submission are not read
PR_SET_DUMPABLE = 4
BROKE = "the submission's process was stopped: it sent "

BUILTIN_EXCEPTIONS = {
    name: value for name, value in vars(builtins).items()
    if isinstance(value, type) and issubclass(value, Exception)
}
# The only globals a reply may name (see _SafeUnpickler).
SAFE_GLOBALS = {("builtins", name): getattr(builtins, name) for name in (
    "int", "float", "complex", "str", "bytes", "bool", "list", "tuple", "dict", "set",
    "frozenset")}
SAFE_GLOBALS.update({("builtins", name): cls for name, cls in BUILTIN_EXCEPTIONS.items()})
SAFE_GLOBALS.update({("decimal", "Decimal"): Decimal, ("fractions", "Fraction"): Fraction})


def _clip(text, limit=MAX_TEXT):
    return text if len(text) <= limit else text[:limit] + "..."


def _short_repr(value):
    try:
        return _clip(repr(value))
    except (Exception, _Abort):
        return "<{} object>".format(type(value).__name__)


# --- input and output ------------------------------------------------------------------


def read_requests(data):
    """The nonce and [(name, timeout_ms)] from the protocol's input; ValueError if bad."""
    lines = data.decode("utf-8").splitlines()
    if not lines or not re.fullmatch(r"[0-9a-f]{32}", lines[0].strip()):
        raise ValueError("the first line of input must be a nonce of 32 hex digits")
    requests, seen = [], set()
    for line in lines[1:]:
        if not line.strip():
            continue
        timeout, _, name = line.strip().partition(" ")
        if not timeout.isdigit() or int(timeout) <= 0 or not name:
            raise ValueError("bad test line: " + repr(line))
        if name not in seen:  # a test given twice runs once
            seen.add(name)
            requests.append((name, int(timeout)))
    return lines[0].strip(), requests


class Channel:
    """The protocol's output: a private copy of the real stdout, one flushed line a event."""

    def __init__(self, fd, nonce):
        self.fd = fd
        self.prefix = "@@specgrade:{} ".format(nonce).encode()

    def emit(self, event, **fields):
        fields = dict(event=event, **fields)
        line = self.prefix + json.dumps(fields, ensure_ascii=True).encode() + b"\n"
        while line:
            line = line[os.write(self.fd, line):]


# --- what crosses from the submission's process -------------------------------------------


class _Abort(BaseException):
    """Ends a test: the submission timed out or its process ended (never caught by tests
    that catch Exception)."""

    def __init__(self, outcome, message):
        super().__init__(message)
        self.outcome = outcome
        self.message = message


class _Ended(Exception):
    """The submission's process ended or broke the wire format; carries how."""


class _Expired(Exception):
    """A request's time ran out."""


class _CannotPass(TypeError):
    """A value of the suite that cannot be sent to the submission's process."""


class SubmissionError(Exception):
    """An exception of a type the submission defined: `type_name` is its class's name."""

    def __init__(self, type_name, text):
        super().__init__(text)
        self.type_name = type_name


_submission_error_classes = {}


def _submission_error_class(type_name, base_name):
    """SubmissionError, also deriving from the type's nearest built-in base (so a
    submission's `class EmptyError(ValueError)` is caught by pytest.raises(ValueError))."""
    key = (type_name, base_name)
    if key not in _submission_error_classes:
        base = BUILTIN_EXCEPTIONS.get(base_name, Exception)
        bases = (SubmissionError,) if base is Exception else (SubmissionError, base)
        try:
            cls = type(type_name, bases, {"__module__": "submission"})
        except TypeError:  # no class combines the two (a layout conflict)
            cls = SubmissionError
        _submission_error_classes[key] = cls
    return _submission_error_classes[key]


def _remote_exception(details):
    """The exception to raise here for the submission's exception `details`."""
    if not (type(details) is dict and type(details.get("type")) is str
            and type(details.get("base")) is str and type(details.get("text")) is str
            and type(details.get("args")) is tuple and type(details.get("trace")) is list
            and all(type(line) is str for line in details["trace"])):
        raise _Ended(BROKE + "a malformed reply")
    type_name, text = _clip(details["type"], 200), _clip(details["text"])
    cls = BUILTIN_EXCEPTIONS.get(type_name) if details.get("builtin") is True else None
    if cls is not None:
        try:
            exc = cls(*details["args"])
        except Exception:
            exc = cls(text)
    else:
        exc = _submission_error_class(type_name, details["base"])(type_name, text)
    # Read by the reporter: the test's outcome is `error`, with the submission's frames.
    exc._specgrade_remote = (type_name, text, [_clip(line, 500) for line in details["trace"]])
    return exc


class _SafeUnpickler(pickle.Unpickler):
    """Builds plain data only: a reply can name no global but SAFE_GLOBALS, so it cannot
    make this process import or call anything of the submission's choosing."""

    def __init__(self, data, student):
        super().__init__(io.BytesIO(data))
        self.student = student

    def find_class(self, module, name):
        try:
            return SAFE_GLOBALS[(module, name)]
        except KeyError:
            raise pickle.UnpicklingError("forbidden global {}.{}".format(module, name))

    def persistent_load(self, pid):
        if type(pid) is tuple and len(pid) == 2:
            kind, value = pid
            if kind == "h" and type(value) is int:
                return _Remote(pid, self.student)
            if (kind == "path" and type(value) is tuple
                    and all(type(name) is str for name in value)):
                return _Remote(pid, self.student)
        raise pickle.UnpicklingError("bad handle")


class _RequestPickler(pickle.Pickler):
    """Pickles the suite's values for the submission's process, proxies as their refs."""

    def persistent_id(self, obj):
        if type(obj) is _Remote:
            return obj._sg_pid()
        if type(obj) is _RemoteModule:
            return ("path", ())
        return None


# --- the submission's process ------------------------------------------------------------


class Student:
    """Starts, talks to, and restarts the process that runs the submission's module."""

    def __init__(self, student_dir, module, startup_ms, before_first_start):
        self.student_dir = student_dir
        self.module = module
        self.startup_ms = startup_ms  # the budget of a request made outside any test
        self.before_first_start = before_first_start  # called once, before any student code
        self.import_failure = None  # the _Abort of a first start that failed
        self.proc = None
        self.sock = None
        self.out_fd = None  # the process's stdout and stderr, merged
        self.generation = 0  # handles are valid only in the process that made them
        self.releases = []  # handles the proxies no longer need (sent with the next request)
        self.names = []  # the module's public names, as its process reported them
        self.collecting = True  # pytest is importing the suite (see _RemoteModule)
        self.output = bytearray()
        self.deadline = None  # time.monotonic() the current test must end by; None: no test
        self.timeout_ms = None
        self.abort = None  # the _Abort that ended the current test

    # Lifecycle.

    def ensure_started(self):
        """Start the first process, if no request did yet (the budget: startup_ms)."""
        if self.generation == 0:
            self.start(time.monotonic() + self.startup_ms / 1000)

    def start(self, deadline):
        """A fresh process with the module imported: None, or an _Abort saying why not."""
        if self.generation == 0:
            self.before_first_start()
        failed = self._spawn(deadline)
        if failed is not None and self.generation == 1:
            self.import_failure = failed
        return failed

    def _spawn(self, deadline):
        self.generation += 1
        self.releases = []
        budget_ms = round((deadline - time.monotonic()) * 1000)
        parent, child = socket.socketpair()
        try:
            self.proc = subprocess.Popen(
                [sys.executable, "-I", "-u", SERVER, self.student_dir, self.module,
                 str(child.fileno())],
                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                pass_fds=(child.fileno(),), close_fds=True, start_new_session=True)
        except OSError as exc:  # out of processes or memory, say
            parent.close()
            return _Abort("error", "cannot start the submission's process: {}".format(exc))
        finally:
            child.close()
        self.sock = parent
        self.out_fd = self.proc.stdout.fileno()
        try:
            status, body = self._receive(deadline)
        except _Expired:
            self.stop()
            return _Abort("timeout", "importing {} did not finish within {} ms".format(
                self.module, budget_ms))
        except _Ended as ended:
            return _Abort("error", "while importing {}, {}".format(self.module, ended))
        if status == "ready" and type(body) is list and all(type(n) is str for n in body):
            self.names = body
            return None
        self.stop()
        if status == "import_error" and type(body) is str:
            return _Abort("error", _clip(body))
        return _Abort("error", BROKE + "a malformed reply")

    def stop(self):
        """Kill the process (and any process it started in its session)."""
        if self.proc is None:
            return
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except OSError:  # already gone
            pass
        self.proc.wait()
        self._collect_output(time.monotonic() + 0.2)  # what it printed before it ended
        self.sock.close()
        self.proc.stdout.close()
        self.proc = self.sock = self.out_fd = None

    def _ended(self):
        """The process closed its end: wait a moment for its exit status, then clean up."""
        try:
            self.proc.wait(timeout=0.5)
        except subprocess.TimeoutExpired:
            pass
        code = self.proc.returncode
        self.stop()
        if code is None:
            return _Ended("the submission's process closed its connection to the harness")
        if code >= 0:
            return _Ended("the submission's process ended (exit code {})".format(code))
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = "signal {}".format(-code)
        return _Ended("the submission's process ended (killed by {})".format(name))

    # Tests.

    def begin_test(self, timeout_ms):
        self._drain()  # output printed between tests belongs to none
        self.output.clear()
        self.abort = None
        self.timeout_ms = timeout_ms
        self.deadline = time.monotonic() + timeout_ms / 1000
        if self.proc is not None and self.proc.poll() is not None:
            self.stop()  # it ended between tests: the next request starts a fresh one

    def end_test(self):
        """The test's _Abort (or None) and what the submission printed (or None)."""
        self._drain()
        abort, self.abort, self.deadline = self.abort, None, None
        output = bytes(self.output[:MAX_OUTPUT]).decode("utf-8", "replace") or None
        self.output.clear()
        return abort, output

    def _aborted(self, outcome, message):
        abort = _Abort(outcome, message)
        if self.deadline is not None:
            self.abort = abort  # the rest of this test gets the same answer
        return abort

    # Requests.

    def request(self, kind, ref, args):
        """Run one request in the submission's process and return its value (or raise)."""
        if self.abort is not None:
            raise _Abort(self.abort.outcome, self.abort.message)
        if self.import_failure is not None:  # the module does not load: no test can run
            raise _Abort(self.import_failure.outcome, self.import_failure.message)
        if self.deadline is not None:
            deadline = self.deadline
            late = "the test ran past its time limit of {} ms".format(self.timeout_ms)
        else:
            deadline = time.monotonic() + self.startup_ms / 1000
            late = "the submission did not answer within {} ms".format(self.startup_ms)
        if self.proc is None:
            failed = self.start(deadline)
            if failed is not None:
                raise self._aborted(failed.outcome, failed.message)
        try:
            releases, self.releases = self.releases, []
            out = io.BytesIO()
            _RequestPickler(out, protocol=4).dump((releases, kind, ref, args))
        except (pickle.PicklingError, TypeError, AttributeError) as exc:
            raise _CannotPass("cannot pass this value to the submission: {}".format(exc))
        try:
            self._send(out.getvalue(), deadline)
            status, body = self._receive(deadline)
        except _Expired:
            self.stop()
            raise self._aborted("timeout", late)
        except _Ended as ended:
            raise self._aborted("error", str(ended))
        if status == "ok":
            return body
        if status == "raise":
            try:
                raise _remote_exception(body)
            except _Ended as malformed:
                self.stop()
                raise self._aborted("error", str(malformed))
        self.stop()
        raise self._aborted("error", BROKE + "a malformed reply")

    def _send(self, data, deadline):
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise _Expired
        self.sock.settimeout(remaining)
        try:
            self.sock.sendall(struct.pack(">I", len(data)) + data)
        except socket.timeout:
            raise _Expired
        except OSError:
            raise self._ended()

    def _receive(self, deadline):
        """The next reply, decoded: (status, value)."""
        (size,) = struct.unpack(">I", self._read(4, deadline))
        if size > MAX_REPLY:
            self.stop()
            raise _Ended(BROKE + "a reply larger than {} bytes".format(MAX_REPLY))
        data = self._read(size, deadline)
        try:
            reply = _SafeUnpickler(data, self).load()
        except Exception:
            self.stop()
            raise _Ended(BROKE + "a reply the harness cannot read")
        if not (type(reply) is tuple and len(reply) == 2 and type(reply[0]) is str):
            self.stop()
            raise _Ended(BROKE + "a malformed reply")
        return reply

    def _read(self, size, deadline):
        """size bytes from the socket, collecting output meanwhile."""
        data = bytearray()
        while len(data) < size:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise _Expired
            watched = [self.sock] + ([self.out_fd] if self.out_fd is not None else [])
            readable, _, _ = select.select(watched, [], [], remaining)
            if self.out_fd in readable:
                self._read_output()
            if self.sock in readable:
                try:
                    chunk = self.sock.recv(size - len(data))
                except OSError:
                    chunk = b""
                if not chunk:
                    raise self._ended()
                data += chunk
        return bytes(data)

    # The submission's output.

    def _read_output(self):
        chunk = os.read(self.out_fd, 65536)
        if not chunk:
            self.out_fd = None  # closed: nothing more to watch
        elif len(self.output) < MAX_OUTPUT:
            self.output += chunk[: MAX_OUTPUT - len(self.output)]

    def _collect_output(self, until):
        while self.out_fd is not None:
            readable, _, _ = select.select([self.out_fd], [], [], max(0, until - time.monotonic()))
            if not readable:
                return
            self._read_output()

    def _drain(self):
        """Whatever output is already waiting in the pipe."""
        self._collect_output(0)


# --- proxies --------------------------------------------------------------------------------


def _forwardable(name):
    """Attribute names a proxy asks the submission about. Not dunders (pytest and inspect
    probe them: __test__, __wrapped__...), not pytest's own markers (`_pytestfixturefunction`
    would let a submission's object pose as one of the suite's fixtures)."""
    if name.startswith("__") and name.endswith("__"):
        return name in ("__name__", "__qualname__", "__doc__", "__module__")
    return not name.startswith(("_sg_", "_pytest", "pytest"))


def _checked(kind):
    """A check that an operation's result has the type Python requires of it."""

    def check(value):
        if type(value) is not kind:
            raise TypeError("the submission returned {} where {} is required".format(
                type(value).__name__, kind.__name__))
        return value

    return check


class _Remote:
    """An object that lives in the submission's process.

    ref ("path", names) is an attribute path from the module (a function, a class...): it is
    resolved anew on every request, so it outlives a restart of the process. ref ("h", id) is
    an object that process handed out (an instance, a generator...): valid in that process
    only.
    """

    __slots__ = ("_sg_ref", "_sg_student", "_sg_generation")

    def __init__(self, ref, student):
        object.__setattr__(self, "_sg_ref", ref)
        object.__setattr__(self, "_sg_student", student)
        object.__setattr__(self, "_sg_generation", student.generation)

    def _sg_pid(self):
        if self._sg_ref[0] == "h" and self._sg_generation != self._sg_student.generation:
            raise RuntimeError("this object came from an earlier run of the submission's "
                               "process, which has ended")
        return self._sg_ref

    def _sg_request(self, kind, *args):
        return self._sg_student.request(kind, self._sg_pid(), args)

    def _sg_op(self, op, *operands):
        return self._sg_request("op", op, operands)

    def __getattr__(self, name):
        if not _forwardable(name):
            raise AttributeError(name)
        return self._sg_request("getattr", name)

    def __setattr__(self, name, value):
        if not _forwardable(name):
            raise AttributeError("cannot set " + name)
        self._sg_request("setattr", name, value)

    def __call__(self, *args, **kwargs):
        return self._sg_request("call", args, kwargs)

    def __repr__(self):
        if self._sg_ref[0] == "path":  # `stats.mean`, as the suite named it
            return ".".join((self._sg_student.module,) + self._sg_ref[1])
        return _checked(str)(self._sg_op("repr"))

    def __str__(self):
        return _checked(str)(self._sg_op("str"))

    def __len__(self):
        return _checked(int)(self._sg_op("len"))

    def __bool__(self):
        return _checked(bool)(self._sg_op("bool"))

    def __hash__(self):
        return _checked(int)(self._sg_op("hash"))

    def __index__(self):
        return _checked(int)(self._sg_op("index"))

    def __int__(self):
        return _checked(int)(self._sg_op("int"))

    def __float__(self):
        return _checked(float)(self._sg_op("float"))

    def __iter__(self):
        return iter(_checked(list)(self._sg_op("list")))

    def __contains__(self, item):
        return bool(self._sg_op("contains", item))

    def __getitem__(self, key):
        return self._sg_op("getitem", key)

    def __setitem__(self, key, value):
        self._sg_op("setitem", key, value)

    def __delitem__(self, key):
        self._sg_op("delitem", key)

    def __neg__(self):
        return self._sg_op("neg")

    def __pos__(self):
        return self._sg_op("pos")

    def __abs__(self):
        return self._sg_op("abs")

    def __instancecheck__(self, obj):  # isinstance(x, stats.Stats)
        return _checked(bool)(self._sg_op("isinstance", obj))

    def __del__(self):
        student = self._sg_student
        if self._sg_ref[0] == "h" and self._sg_generation == student.generation:
            student.releases.append(self._sg_ref[1])


def _binary(op):
    """A binary operator; NotImplemented when the other operand cannot be sent."""

    def method(self, other):
        try:
            return self._sg_op(op, other)
        except _CannotPass:
            return NotImplemented

    return method


_ARITHMETIC = ("add", "sub", "mul", "truediv", "floordiv", "mod", "pow")
for _op in ("eq", "ne", "lt", "le", "gt", "ge") + _ARITHMETIC:
    setattr(_Remote, "__{}__".format(_op), _binary(_op))
for _op in _ARITHMETIC:  # 1 + x, with x the submission's object
    setattr(_Remote, "__r{}__".format(_op), _binary("r" + _op))


class _RemoteModule(types.ModuleType):
    """sys.modules[MODULE] in this process: attributes come from the submission's module."""

    def __init__(self, student):
        super().__init__(student.module)
        self._sg_student = student

    def __getattr__(self, name):
        student = self._sg_student
        if name == "__all__":  # `from stats import *`
            student.ensure_started()
            if student.import_failure is not None:
                raise _Abort(student.import_failure.outcome, student.import_failure.message)
            # Its public names, minus any pytest would take for the suite's tests, fixtures
            # or plugins.
            return [n for n in student.names
                    if _forwardable(n) and not n.lower().startswith("test")]
        if not _forwardable(name):
            raise AttributeError(name)
        try:
            return student.request("getattr", ("path", ()), (name,))
        except AttributeError:
            if not student.collecting:
                raise
            # `from stats import median` without a median: the suite still loads, and the
            # tests that use it fail with the AttributeError.
            return _Remote(("path", (name,)), student)


# --- the pytest plugin ---------------------------------------------------------------------


class _Group:
    """One requested test name: every pytest item it covers (parametrized instances)."""

    def __init__(self, name, timeout_ms):
        self.name = name
        self.timeout_ms = timeout_ms
        self.items = []
        self.pending = 0  # items not finished yet
        self.failure = None  # the result fields of the first instance that did not pass
        self.reported = False


class Reporter:
    """Selects and orders the requested tests, and reports each one on the channel."""

    def __init__(self, channel, student, requests, suite_file):
        self.channel = channel
        self.student = student
        self.suite_file = suite_file
        self.groups = [_Group(name, timeout) for name, timeout in requests]
        self.group_of = {}  # nodeid -> _Group
        self.collect_error = None
        self.compare = None  # (expected, actual) of the current test's failed `==`

    def _request_key(self, name):
        prefix = self.suite_file + "::"
        return name[len(prefix):] if name.startswith(prefix) else name

    # Collection.

    def pytest_collectreport(self, report):
        if report.failed and self.collect_error is None:
            # pytest marks the exception's own lines with "E": the rest is its machinery.
            text = report.longreprtext
            marked = [line[4:] for line in text.splitlines() if line.startswith("E   ")]
            self.collect_error = "\n".join(marked) if marked else text

    def pytest_collection_modifyitems(self, session, config, items):
        by_key = {}
        for item in items:
            classes = [node.name for node in item.listchain() if isinstance(node, pytest.Class)]
            base = getattr(item, "originalname", None) or item.name
            keys = {"::".join(classes + [base]), "::".join(classes + [item.name])}
            for key in keys:  # `test_x` names every instance; `test_x[2-3]` one
                by_key.setdefault(key, []).append(item)
        selected = []
        for group in self.groups:
            group.items = [i for i in by_key.get(self._request_key(group.name), [])
                           if i not in selected]
            group.pending = len(group.items)
            selected += group.items
            for item in group.items:
                self.group_of[item.nodeid] = group
        deselected = [item for item in items if item not in selected]
        if deselected:
            config.hook.pytest_deselected(items=deselected)
        items[:] = selected  # in the order given
        # The suite is loaded: the submission's process must be up before the first test.
        self.student.collecting = False
        self.student.ensure_started()
        if self.student.import_failure is not None:
            items[:] = []

    # Running.

    def pytest_runtest_logstart(self, nodeid, location):
        group = self.group_of[nodeid]
        self.compare = None
        if group.pending == len(group.items):  # its first instance
            self._report_missing(before=group)
            self.channel.emit("start", test=group.name)
            self.student.begin_test(group.timeout_ms)

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_makereport(self, item, call):
        outcome = yield
        report = outcome.get_result()
        group = self.group_of[item.nodeid]
        if not report.passed and group.failure is None:
            group.failure = self._describe_failure(call, report)
            if len(group.items) > 1 and group.failure["message"]:
                group.failure["message"] = "{}: {}".format(item.name, group.failure["message"])

    def pytest_assertrepr_compare(self, config, op, left, right):
        if op == "==":
            if isinstance(left, ApproxBase) and not isinstance(right, ApproxBase):
                left, right = right, left
            expected = right.expected if isinstance(right, ApproxBase) else right
            self.compare = (_short_repr(expected), _short_repr(left))

    def pytest_runtest_logfinish(self, nodeid, location):
        group = self.group_of[nodeid]
        group.pending -= 1
        if group.pending:
            return
        abort, output = self.student.end_test()
        if abort is not None:  # whatever the test made of it, the submission timed out/died
            fields = {"outcome": abort.outcome, "message": abort.message}
        else:
            fields = group.failure or {"outcome": "passed"}
        self._result(group, output=output, **fields)

    def finish(self):
        """After the session: the requested names that are not in the suite."""
        self._report_missing(before=None)

    # Reporting.

    def _report_missing(self, before):
        for group in self.groups:
            if group is before:
                return
            if not group.items and not group.reported:
                self.channel.emit("start", test=group.name)
                self._result(group, outcome="missing",
                             message="the test suite has no test {}".format(group.name))

    def _result(self, group, outcome, message=None, expected=None, actual=None,
                exception=None, trace=None, output=None):
        group.reported = True
        self.channel.emit("result", test=group.name, outcome=outcome, message=message,
                          expected=expected, actual=actual, exception=exception, trace=trace,
                          output=output)

    def _describe_failure(self, call, report):
        """Result fields for a report that did not pass (setup, call or teardown)."""
        if report.skipped:  # pytest.skip, skipif, xfail: the test did not show it works
            reason = getattr(report, "wasxfail", None) or (
                report.longrepr[2] if isinstance(report.longrepr, tuple) else "skipped")
            return {"outcome": "failed", "message": _clip(str(reason))}
        exc = call.excinfo.value if call.excinfo is not None else None
        if exc is None:  # e.g. a strict xfail that passed
            return {"outcome": "failed", "message": _clip(report.longreprtext)}
        remote = getattr(exc, "_specgrade_remote", None)
        if remote is not None:  # raised by the submission's code
            type_name, text, trace = remote
            return {"outcome": "error", "exception": type_name,
                    "message": _clip(type_name + (": " + text if text else "")),
                    "trace": "\n".join(trace) or None}
        if isinstance(exc, _Abort):
            return {"outcome": exc.outcome, "message": exc.message}
        if isinstance(exc, AssertionError):
            expected, actual = self.compare or (None, None)
            return {"outcome": "failed", "message": _clip(str(exc) or "assertion failed"),
                    "expected": expected, "actual": actual}
        if isinstance(exc, pytest.fail.Exception):  # pytest.fail(), DID NOT RAISE
            return {"outcome": "failed", "message": _clip(str(exc))}
        # The suite's code raised (e.g. on a value of the wrong type the submission returned).
        name = type(exc).__name__
        return {"outcome": "error", "exception": name,
                "message": _clip("{}: {}".format(name, _short_text(exc)))}


def _short_text(exc):
    try:
        return str(exc)
    except (Exception, _Abort):
        return "<unprintable>"


# --- main ------------------------------------------------------------------------------------


def _remove_suite(suite_path):
    """Delete the suite's file, and its folder if nothing else is in it."""
    try:
        os.unlink(suite_path)
    except OSError as exc:
        print("specgrade_pytest: warning: cannot remove the suite: {}".format(exc),
              file=sys.stderr)
        return
    try:
        os.rmdir(os.path.dirname(suite_path))
    except OSError:  # not empty: only the suite file was ours to remove
        pass


def _make_undumpable():
    """PR_SET_DUMPABLE 0: a same-uid process can no longer read this one's memory, fds,
    environment or command line through /proc, nor ptrace it."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0:
            return
        problem = os.strerror(ctypes.get_errno())
    except (OSError, AttributeError) as exc:
        problem = str(exc)
    print("specgrade_pytest: warning: prctl(PR_SET_DUMPABLE): " + problem, file=sys.stderr)


def main(argv):
    if len(argv) != 4:
        print("usage: specgrade_pytest.py SUITE_PATH STUDENT_DIR MODULE", file=sys.stderr)
        return 2
    suite_path, student_dir, module = os.path.abspath(argv[1]), argv[2], argv[3]
    _make_undumpable()
    try:
        nonce, requests = read_requests(sys.stdin.buffer.read())
    except ValueError as exc:
        print("specgrade_pytest: " + str(exc), file=sys.stderr)
        return 2
    if module in sys.modules:
        print("specgrade_pytest: module name {} clashes with the harness's".format(module),
              file=sys.stderr)
        return 2
    # Protocol lines go to a private copy of stdout; everything else that writes to fd 1
    # (pytest, the suite's prints) goes to stderr.
    channel = Channel(os.dup(1), nonce)
    os.dup2(2, 1)
    if not requests:
        channel.emit("done")
        return 0
    if not (os.path.isfile(os.path.join(student_dir, module + ".py"))
            or os.path.isfile(os.path.join(student_dir, module, "__init__.py"))):
        channel.emit("import_error", message="{}.py is missing from the submission".format(module))
        return 0

    # The suite is read (and its module run) before the submission's first code runs, then
    # removed: the submission's process, which shares /work with it, never sees it.
    student = Student(student_dir, module, startup_ms=max(t for _, t in requests),
                      before_first_start=lambda: _remove_suite(suite_path))
    sys.modules[module] = _RemoteModule(student)
    suite_dir = os.path.dirname(suite_path)
    sys.path.insert(0, suite_dir)
    sys.dont_write_bytecode = True  # no __pycache__ in the suite's folder
    # Only pytest's own plugins, and no options but these.
    os.environ["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    # pytest checks the imported suite's __file__ against the file, which is gone by then.
    os.environ["PY_IGNORE_IMPORTMISMATCH"] = "1"
    for name in ("PYTEST_ADDOPTS", "PYTEST_PLUGINS"):
        os.environ.pop(name, None)

    reporter = Reporter(channel, student, requests, os.path.basename(suite_path))
    code = pytest.main(
        [suite_path, "-c", os.devnull, "--rootdir", suite_dir, "--confcutdir", suite_dir,
         "-p", "no:cacheprovider", "-p", "no:nose", "-q", "-s", "--tb=line"],
        plugins=[reporter])
    student.stop()
    if student.import_failure is not None:
        channel.emit("import_error", message=student.import_failure.message)
        return 0
    if reporter.collect_error is not None:
        channel.emit("import_error",
                     message=_clip("the test suite could not be loaded:\n" + reporter.collect_error))
        return 0
    if code not in (pytest.ExitCode.OK, pytest.ExitCode.TESTS_FAILED,
                    pytest.ExitCode.NO_TESTS_COLLECTED):
        print("specgrade_pytest: pytest ended with status {}".format(int(code)), file=sys.stderr)
        return 3
    reporter.finish()
    channel.emit("done")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
