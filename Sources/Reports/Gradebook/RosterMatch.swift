import Results

/// Which submission folder belongs to which roster student. A folder matches a student when
/// its name, ignoring case, is one of the student's keys (`RosterStudent.keys`) or their name,
/// or ends in `-<key>` (GitHub Classroom names repositories `<assignment>-<login>`). A folder
/// that matches no one, or several students equally, is listed, never dropped; a student
/// without a folder is listed with no grade.
public struct RosterMatch: Sendable {
    /// Every roster student in roster order, with their submission when one matched.
    public var entries: [(student: RosterStudent, submission: SubmissionResult?)]
    /// Submissions that match no roster student (or several), with why.
    public var unmatched: [(submission: SubmissionResult, reason: String)]

    public init(roster: Roster, submissions: [SubmissionResult]) {
        var byKey: [String: [Int]] = [:]
        for (index, student) in roster.students.enumerated() {
            for key in Set(student.keys + [student.name.lowercased()]) where !key.isEmpty {
                byKey[key, default: []].append(index)
            }
        }
        var assigned: [Int: SubmissionResult] = [:]
        var unmatched: [(SubmissionResult, String)] = []
        for submission in submissions {
            let folder = submission.student.lowercased()
            var candidates = Set(byKey[folder] ?? [])
            // `hw1-octocat`: what follows a dash, the longest that is a key winning.
            var dash = folder.startIndex
            while candidates.isEmpty, let found = folder[dash...].firstIndex(of: "-") {
                dash = folder.index(after: found)
                candidates = Set(byKey[String(folder[dash...])] ?? [])
            }
            guard candidates.count == 1, let index = candidates.first else {
                let names = candidates.sorted().map { roster.students[$0].name }
                unmatched.append(
                    (
                        submission,
                        candidates.isEmpty
                            ? "matches no one on the roster"
                            : "matches several students on the roster: \(names.joined(separator: "; "))"
                    ))
                continue
            }
            if let earlier = assigned[index] {
                unmatched.append(
                    (submission, "\(roster.students[index].name) already has the folder \(earlier.student)"))
                continue
            }
            assigned[index] = submission
        }
        entries = roster.students.enumerated().map { ($1, assigned[$0]) }
        self.unmatched = unmatched
    }

    /// Roster students with no submission.
    public var missing: [RosterStudent] {
        entries.filter { $0.submission == nil }.map(\.student)
    }
}
