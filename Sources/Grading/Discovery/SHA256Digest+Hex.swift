import Crypto

extension SHA256.Digest {
    /// Lowercase hex, as history keys and reports spell a hash.
    var hex: String { map { String(format: "%02x", $0) }.joined() }
}
