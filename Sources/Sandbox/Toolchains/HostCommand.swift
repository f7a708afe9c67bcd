import Foundation
import Glibc

/// Runs a tool on the host to ask it something (its version, whether it has a framework):
/// posix_spawn with a close-on-exec pipe, not Foundation's `Process`, whose pipes have been
/// seen closing descriptor numbers twice under concurrency (swiftlang/swift#57827); here a
/// number closed twice can be a sandbox init's control socket, which ends the init.
enum HostCommand {
    /// What `executable arguments` prints on stdout (and stderr, with `mergeErrors`), and
    /// whether it exited 0; nil when it could not start.
    static func output(
        _ executable: String, _ arguments: [String], mergeErrors: Bool = false
    )
        -> (text: String, succeeded: Bool)?
    {
        var ends: [Int32] = [-1, -1]
        // (Glibc's module has no pipe2; a fork between the two calls only delays our EOF.)
        guard pipe(&ends) == 0 else { return nil }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, ends[1], 1)
        if mergeErrors {
            posix_spawn_file_actions_adddup2(&actions, ends[1], 2)
        } else {
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let started = posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0
        close(ends[1])
        defer { close(ends[0]) }
        guard started else { return nil }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(ends[0], &buffer, buffer.count)
            if count > 0 { bytes += buffer[0..<count] } else if count < 0, errno == EINTR { continue } else { break }
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        let exitedZero = status & 0x7f == 0 && (status >> 8) & 0xff == 0
        return (String(decoding: bytes, as: UTF8.self), exitedZero)
    }

    /// The first line of its output, trimmed.
    static func firstLine(_ executable: String, _ arguments: [String], mergeErrors: Bool = false) -> String? {
        output(executable, arguments, mergeErrors: mergeErrors)?.text.split(separator: "\n").first
            .map { $0.trimmingCharacters(in: .whitespaces) }
    }
}
