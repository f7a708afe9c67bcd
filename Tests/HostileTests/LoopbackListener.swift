import Glibc

/// A TCP listener on the host's 127.0.0.1 that a sandboxed program must not reach.
final class LoopbackListener {
    private var socketFD: Int32
    let port: UInt16

    init() throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard fd >= 0, bound == 0, named == 0, listen(fd, 8) == 0 else {
            if fd >= 0 { Glibc.close(fd) }
            throw ListenerError()
        }
        _ = fcntl(fd, F_SETFL, O_NONBLOCK)
        socketFD = fd
        port = UInt16(bigEndian: address.sin_port)
    }

    struct ListenerError: Error {}

    /// True when some connection arrived.
    func acceptedAnyone() -> Bool {
        let client = accept(socketFD, nil, nil)
        if client >= 0 { Glibc.close(client) }
        return client >= 0
    }

    func close() {
        if socketFD >= 0 { Glibc.close(socketFD) }
        socketFD = -1
    }
}
