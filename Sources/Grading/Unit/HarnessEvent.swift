import Foundation

/// One line of a unit-test harness's report (docs/unit-tests.md): `@@specgrade:<nonce> {json}`.
struct HarnessEvent: Decodable, Sendable, Hashable {
    enum Kind: String, Decodable, Sendable {
        case start, result, done
        case importError = "import_error"
    }

    var event: Kind
    var test: String?
    var outcome: String?
    var message: String?
    var expected: String?
    var actual: String?
    var exception: String?
    var trace: String?
    var output: String?

    /// The events among `stdout`'s lines that carry `nonce`; every other line (the
    /// submission's output, forged lines with another nonce) is not the harness's.
    static func parse(_ stdout: [UInt8], nonce: String) -> [HarnessEvent] {
        let prefix = Array("@@specgrade:\(nonce) ".utf8)
        let decoder = JSONDecoder()
        return stdout.split(separator: UInt8(ascii: "\n")).compactMap { line in
            guard line.starts(with: prefix) else { return nil }
            return try? decoder.decode(HarnessEvent.self, from: Data(line.dropFirst(prefix.count)))
        }
    }
}
