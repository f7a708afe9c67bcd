/// FNV-1a over bytes: a short, stable name for what a file of SpecGrade's records (the /etc
/// snapshot's sources, a probe's circumstances), not a defence against anyone choosing them.
struct Fingerprint {
    private var hash: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    }

    /// A number's eight bytes, least significant first.
    mutating func add(_ value: UInt64) {
        add(stride(from: 0, to: 64, by: 8).map { UInt8(truncatingIfNeeded: value >> UInt64($0)) })
    }

    var hex: String { String(hash, radix: 16) }
}
