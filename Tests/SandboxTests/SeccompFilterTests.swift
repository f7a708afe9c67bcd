import CLauncher
import Glibc
import Testing

/// The seccomp filter, run by a small classic-BPF interpreter over every system call number:
/// what it decides, and how many instructions a call meets on the way (the kernel runs it for
/// each number when a program installs it).
@Suite("Seccomp filter")
struct SeccompFilterTests {
    /// seccomp_data: nr, arch, instruction pointer, six arguments.
    struct Call {
        var number: UInt32
        var arch: UInt32 = SeccompFilterTests.nativeArch
        var firstArgument: UInt32 = 0
    }

    #if arch(x86_64)
    static let nativeArch: UInt32 = 0xC000_003E  // AUDIT_ARCH_X86_64
    static let clone: UInt32 = 56, clone3: UInt32 = 435, socket: UInt32 = 41
    #else
    static let nativeArch: UInt32 = 0xC000_00B7  // AUDIT_ARCH_AARCH64
    static let clone: UInt32 = 220, clone3: UInt32 = 435, socket: UInt32 = 198
    #endif
    static let kill: UInt32 = 0x8000_0000, notify: UInt32 = 0x7FC0_0000, allow: UInt32 = 0x7FFF_0000
    static func failing(_ error: Int32) -> UInt32 { 0x0005_0000 | UInt32(error) }

    let filter: [sock_filter]

    init(filter: [sock_filter]) {
        self.filter = filter
    }

    init() throws {
        var buffer = [sock_filter](repeating: sock_filter(), count: 256)
        let length = sg_seccomp_build(&buffer, Int32(buffer.count), 0)
        try #require(length > 0)
        filter = Array(buffer.prefix(Int(length)))
    }

    /// Runs the filter on `call`: its return value and the instructions executed.
    func run(_ call: Call) -> (action: UInt32, steps: Int) {
        var accumulator: UInt32 = 0
        var pc = 0, steps = 0
        while pc < filter.count {
            let instruction = filter[pc]
            steps += 1
            let jump = { (taken: Bool) in pc += 1 + Int(taken ? instruction.jt : instruction.jf) }
            switch Int32(instruction.code) {
            case BPF_LD | BPF_W | BPF_ABS:
                switch instruction.k {
                case 0: accumulator = call.number
                case 4: accumulator = call.arch
                case 16: accumulator = call.firstArgument
                default: Issue.record("load at offset \(instruction.k)"); return (0, steps)
                }
                pc += 1
            case BPF_JMP | BPF_JEQ | BPF_K: jump(accumulator == instruction.k)
            case BPF_JMP | BPF_JGE | BPF_K: jump(accumulator >= instruction.k)
            case BPF_JMP | BPF_JSET | BPF_K: jump(accumulator & instruction.k != 0)
            case BPF_RET | BPF_K: return (instruction.k, steps)
            default: Issue.record("instruction \(instruction.code)"); return (0, steps)
            }
        }
        Issue.record("ran past the end")
        return (0, steps)
    }

    @Test func everyCallGetsTheRulesActionAndMeetsFewComparisons() {
        var longest = 0
        for number in UInt32(0)..<600 {
            let (action, steps) = run(Call(number: number))
            longest = max(longest, steps)
            let expected: UInt32
            switch number {
            case Self.clone3: expected = Self.failing(ENOSYS)
            case Self.socket: expected = Self.failing(EAFNOSUPPORT)
            default: expected = sg_syscall_name(Int32(number)) != nil ? Self.notify : Self.allow
            }
            #expect(action == expected, "system call \(number)")
        }
        // A search over some sixty rules, not a walk through them: about 20 instructions at most.
        #expect(longest <= 20, "a call meets \(longest) instructions")
    }

    /// Confined mode (no namespaces) refuses what namespaces would have made private.
    @Test func confinedModeRefusesNamedSocketsKeyedIPCAndMessageQueues() throws {
        var buffer = [sock_filter](repeating: sock_filter(), count: 256)
        let length = sg_seccomp_build(&buffer, Int32(buffer.count), 1)
        try #require(length > 0)
        let confined = SeccompFilterTests(filter: Array(buffer.prefix(Int(length))))
        #if arch(x86_64)
        let (bind, connect, listen, mqOpen, shmget, semget, msgget):
            (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) = (49, 42, 50, 240, 29, 64, 68)
        #else
        let (bind, connect, listen, mqOpen, shmget, semget, msgget):
            (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) = (200, 203, 201, 180, 194, 190, 186)
        #endif
        for number in [bind, connect, listen, mqOpen] {
            #expect(confined.run(Call(number: number)).action == Self.failing(EACCES), "system call \(number)")
            #expect(run(Call(number: number)).action == Self.allow, "namespace mode, system call \(number)")
        }
        for number in [shmget, semget, msgget] {
            #expect(confined.run(Call(number: number, firstArgument: 0)).action == Self.allow, "IPC_PRIVATE, \(number)")
            #expect(
                confined.run(Call(number: number, firstArgument: 0x5347)).action == Self.failing(EACCES),
                "keyed, \(number)")
        }
        // Every other call gets the same action as in namespace mode, but the blocked ones,
        // which kill outright (a container's filter may answer them first with an error).
        let changed = Set([bind, connect, listen, mqOpen, shmget, semget, msgget])
        for number in UInt32(0)..<600 where !changed.contains(number) {
            let namespaced = run(Call(number: number)).action
            let expected = namespaced == Self.notify ? Self.kill : namespaced
            #expect(confined.run(Call(number: number)).action == expected, "system call \(number)")
        }
    }

    @Test func namedCallsAreTheBlockedOnes() throws {
        #if arch(x86_64)
        #expect(String(cString: try #require(sg_syscall_name(101))) == "ptrace")
        #expect(String(cString: try #require(sg_syscall_name(165))) == "mount")
        #endif
        #expect(sg_syscall_name(0) == nil)  // read
    }

    @Test func cloneMayNotMakeNamespacesAndOtherArchitecturesAreKilled() {
        // <sched.h>'s CLONE_VM, CLONE_THREAD, CLONE_NEWNS and CLONE_NEWUSER (not imported by Glibc).
        let vm: UInt32 = 0x100, thread: UInt32 = 0x1_0000, newMounts: UInt32 = 0x2_0000, newUser: UInt32 = 0x1000_0000
        #expect(run(Call(number: Self.clone, firstArgument: thread | vm)).action == Self.allow)
        #expect(run(Call(number: Self.clone, firstArgument: newUser)).action == Self.kill)
        #expect(run(Call(number: Self.clone, firstArgument: newMounts | vm)).action == Self.kill)
        #expect(run(Call(number: 0, arch: 0x4000_0003)).action == Self.kill)  // i386
        #if arch(x86_64)
        #expect(run(Call(number: 0x4000_0000)).action == Self.kill)  // x32 read
        #endif
    }
}
