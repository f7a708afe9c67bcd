import Crypto
import Foundation

/// SHA-256 of a submission's files: each relative path and its bytes, in sorted order, so
/// that the same work hashes the same wherever it lies.
enum ContentHasher {
    static func hash(_ submission: Submission) -> String {
        var hasher = SHA256()
        for file in submission.files {
            hasher.update(data: Data(file.utf8))
            hasher.update(data: Data([0]))
            let data = FileManager.default.contents(atPath: submission.sourceDirectory + "/" + file) ?? Data()
            hasher.update(data: Data(String(data.count).utf8))
            hasher.update(data: Data([0]))
            hasher.update(data: data)
        }
        if case .notGradable(let why) = submission.plan {
            // Two not-gradable submissions with no files differ by their reason.
            hasher.update(data: Data(why.utf8))
        }
        return hasher.finalize().hex
    }
}
