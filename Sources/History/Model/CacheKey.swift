/// What decides whether a stored result can stand in for grading a submission again.
///
/// Two gradings with the same key are expected to give the same result: the same files
/// (`contentHash`, e.g. the SHA-256 of the submission's files), the same spec (`specHash`)
/// and the same compilers and interpreters (`toolchainHash`). Changing any of the three misses.
public struct CacheKey: Hashable, Sendable {
    public var contentHash: String
    public var specHash: String
    public var toolchainHash: String

    public init(contentHash: String, specHash: String, toolchainHash: String) {
        self.contentHash = contentHash
        self.specHash = specHash
        self.toolchainHash = toolchainHash
    }
}
