import Grading

/// `compliance.json` as it is on disk: `{"schema": "specgrade.compliance/1", "spec": {...},
/// "submissions": [...]}`, with snake_case keys throughout.
///
/// The model types use camelCase Swift names; this mirror pins the file's field names so that
/// renaming a Swift property never changes the format (JSONEncoder's key strategies would also
/// rewrite map keys such as requirement ids, so they are not used).
struct ComplianceDocument: Codable {
    var schema: String
    var toolVersion: String
    var startedAt: String
    var finishedAt: String
    var shard: String?
    var spec: SpecDocument
    var submissions: [SubmissionDocument]

    enum CodingKeys: String, CodingKey {
        case schema, shard, spec, submissions
        case toolVersion = "tool_version"
        case startedAt = "started_at"
        case finishedAt = "finished_at"
    }

    init(_ run: GradeRun) {
        schema = ComplianceReport.schema
        toolVersion = run.toolVersion
        startedAt = run.startedAt
        finishedAt = run.finishedAt
        shard = run.shard
        spec = SpecDocument(run.spec)
        submissions = run.submissions.map(SubmissionDocument.init)
    }

    func model() -> GradeRun {
        let specModel = spec.model()
        let order = specModel.requirements.map(\.id)
        return GradeRun(
            spec: specModel, submissions: submissions.map { $0.model(requirementOrder: order) },
            startedAt: startedAt, finishedAt: finishedAt, shard: shard, toolVersion: toolVersion)
    }
}
