/// One student of a class roster, with whatever the LMS or GitHub Classroom exported about
/// them; empty strings for what the roster did not have.
public struct RosterStudent: Sendable, Hashable {
    /// As the LMS shows the name (Canvas: `Lovelace, Ada`; Moodle: first and last name).
    public var name: String
    /// Canvas's `ID`, `SIS User ID`, `SIS Login ID` and `Section`.
    public var canvasID = ""
    public var sisUserID = ""
    public var sisLoginID = ""
    public var section = ""
    /// Moodle's `First name`, `Last name`, `ID number`, `Email address`, `Username`.
    public var firstName = ""
    public var lastName = ""
    public var idNumber = ""
    public var email = ""
    public var username = ""
    /// GitHub Classroom's `identifier` and `github_username`.
    public var identifier = ""
    public var githubUsername = ""
    /// A `folder` column, when the roster names the submission folder outright.
    public var folder = ""
    /// The roster line the student is on, for messages.
    public var line: Int

    public init(name: String, line: Int) {
        self.name = name
        self.line = line
    }

    /// The words a submission folder may be named by, lowercased: the folder itself, the
    /// GitHub login, the LMS logins and ids, the e-mail address and its local part.
    var keys: [String] {
        let local = email.split(separator: "@").first.map(String.init) ?? ""
        return [folder, githubUsername, identifier, sisLoginID, sisUserID, username, idNumber, email, local, canvasID]
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
    }
}
