# expect: security_violation
# detail: mount
# Mounts a tmpfs over /tmp through the C library, as a container escape would start. In
# confined mode the run is killed by SIGSYS, unnamed (docs/sandbox.md).
import ctypes
libc = ctypes.CDLL(None, use_errno=True)
result = libc.mount(b"none", b"/tmp", b"tmpfs", 0, None)
print("mount returned", result, ctypes.get_errno())
