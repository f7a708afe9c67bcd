#ifndef SPECGRADE_RAWSYSCALL_H
#define SPECGRADE_RAWSYSCALL_H

/* System calls without libc: the sandbox's init shares the launcher's memory (CLONE_VM), and
   with it the launching thread's errno, which libc's wrappers would overwrite under that
   thread's feet. These return -errno on failure and never touch errno. */

#if defined(__x86_64__)
static inline long sg_raw(long n, long a, long b, long c, long d, long e, long f) {
    long ret;
    register long r10 __asm__("r10") = d;
    register long r8 __asm__("r8") = e;
    register long r9 __asm__("r9") = f;
    __asm__ volatile("syscall"
                     : "=a"(ret)
                     : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10), "r"(r8), "r"(r9)
                     : "rcx", "r11", "memory");
    return ret;
}
#elif defined(__aarch64__)
static inline long sg_raw(long n, long a, long b, long c, long d, long e, long f) {
    register long x8 __asm__("x8") = n;
    register long x0 __asm__("x0") = a;
    register long x1 __asm__("x1") = b;
    register long x2 __asm__("x2") = c;
    register long x3 __asm__("x3") = d;
    register long x4 __asm__("x4") = e;
    register long x5 __asm__("x5") = f;
    __asm__ volatile("svc 0" : "+r"(x0) : "r"(x8), "r"(x1), "r"(x2), "r"(x3), "r"(x4), "r"(x5) : "memory");
    return x0;
}
#else
#error "raw system calls: unsupported architecture"
#endif

#define SG_RAW0(n) sg_raw((n), 0, 0, 0, 0, 0, 0)
#define SG_RAW1(n, a) sg_raw((n), (long)(a), 0, 0, 0, 0, 0)
#define SG_RAW2(n, a, b) sg_raw((n), (long)(a), (long)(b), 0, 0, 0, 0)
#define SG_RAW3(n, a, b, c) sg_raw((n), (long)(a), (long)(b), (long)(c), 0, 0, 0)
#define SG_RAW4(n, a, b, c, d) sg_raw((n), (long)(a), (long)(b), (long)(c), (long)(d), 0, 0)
#define SG_RAW5(n, a, b, c, d, e) sg_raw((n), (long)(a), (long)(b), (long)(c), (long)(d), (long)(e), 0)

#endif
