/// The shapes ids must have.
///
/// 1. A spec id names a report folder: `word-count` (`[a-z0-9][a-z0-9-]*`).
/// 2. Requirement and criterion ids: `REQ-1`, `AC-1.1` (`[A-Z][A-Z0-9]*(-[A-Za-z0-9.]+)+`).
/// 3. Test ids name result files and JUnit cases: `T-empty`, `t1`, `hidden.large_3`
///    (`[A-Za-z0-9][A-Za-z0-9._-]*`).
/// 4. The module under unit test is imported by every language: `stats`, `word_count`
///    (`[A-Za-z_][A-Za-z0-9_]*`).
enum Identifier {
    static let specPattern = "[a-z0-9][a-z0-9-]*"
    static let requirementPattern = "[A-Z][A-Z0-9]*(-[A-Za-z0-9.]+)+"
    static let testPattern = "[A-Za-z0-9][A-Za-z0-9._-]*"
    static let modulePattern = "[A-Za-z_][A-Za-z0-9_]*"

    static func isSpecID(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, isLowerAlnum(first) else { return false }
        return text.unicodeScalars.allSatisfy { isLowerAlnum($0) || $0 == "-" }
    }

    static func isRequirementID(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 2, let head = parts.first?.unicodeScalars, let first = head.first,
            ("A"..."Z").contains(first),
            head.allSatisfy({ ("A"..."Z").contains($0) || ("0"..."9").contains($0) })
        else { return false }
        return parts.dropFirst().allSatisfy { part in
            !part.isEmpty && part.unicodeScalars.allSatisfy { isAlnum($0) || $0 == "." }
        }
    }

    static func isTestID(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, isAlnum(first) else { return false }
        return text.unicodeScalars.allSatisfy { isAlnum($0) || $0 == "." || $0 == "_" || $0 == "-" }
    }

    static func isModuleName(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first == "_" || isLetter(first) else {
            return false
        }
        return text.unicodeScalars.allSatisfy { isAlnum($0) || $0 == "_" }
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    private static func isLowerAlnum(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
    }

    private static func isAlnum(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }
}
