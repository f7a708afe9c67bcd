# expect: security_violation
# detail: mount
# confined: accepted
# confined-stdout: mount returned -1 1
# Mounts a tmpfs over /tmp through the C library, as a container escape would start. In
# confined mode the container's own filter refuses mount (EPERM) before SpecGrade's sees it.
import ctypes
libc = ctypes.CDLL(None, use_errno=True)
result = libc.mount(b"none", b"/tmp", b"tmpfs", 0, None)
print("mount returned", result, ctypes.get_errno())
