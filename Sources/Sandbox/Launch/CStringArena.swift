/// C strings and arrays handed to the launcher, freed together when the run is over.
///
/// Lives on the one thread that calls `sg_run`; never shared.
final class CStringArena {
    private var allocations: [UnsafeMutableRawPointer] = []

    /// A NUL-terminated copy of `text` (an interior NUL ends it early, as C would read it).
    func string(_ text: String) -> UnsafePointer<CChar> {
        let characters = text.utf8CString
        let buffer = array(of: CChar.self, count: characters.count)
        _ = characters.withUnsafeBufferPointer { source in
            UnsafeMutableBufferPointer(start: buffer, count: characters.count).initialize(from: source)
        }
        return UnsafePointer(buffer)
    }

    /// A NULL-terminated array of C strings, as argv and envp are.
    func stringArray(_ items: [String]) -> UnsafePointer<UnsafePointer<CChar>?> {
        let buffer = array(of: UnsafePointer<CChar>?.self, count: items.count + 1)
        for (index, item) in items.enumerated() { buffer[index] = string(item) }
        buffer[items.count] = nil
        return UnsafePointer(buffer)
    }

    /// A copy of `bytes` (at least one byte allocated, so the pointer is never NULL).
    func bytes(_ bytes: [UInt8]) -> UnsafePointer<UInt8> {
        let buffer = array(of: UInt8.self, count: bytes.count)
        buffer.initialize(from: bytes, count: bytes.count)
        return UnsafePointer(buffer)
    }

    /// Room for `count` values of `T` (at least one), freed with the arena.
    func array<T>(of type: T.Type, count: Int) -> UnsafeMutablePointer<T> {
        let buffer = UnsafeMutableRawPointer.allocate(
            byteCount: MemoryLayout<T>.stride * max(count, 1), alignment: MemoryLayout<T>.alignment)
        allocations.append(buffer)
        return buffer.bindMemory(to: T.self, capacity: max(count, 1))
    }

    deinit {
        for pointer in allocations { pointer.deallocate() }
    }
}
