import Results

/// `compliance.json` as it is on disk: `{"schema": "specgrade.compliance/1", "spec": {...},
/// "submissions": [...]}`, with snake_case keys throughout.
///
/// This mirror of the model is what reading decodes; its `CodingKeys` pin the file's field
/// names, and `ComplianceEncoder` writes with the same keys, so renaming a Swift property never
/// changes the format. (JSONDecoder's key strategies would also rewrite map keys such as
/// requirement ids, so they are not used.)
struct ComplianceDocument: Decodable {
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

    func model() -> GradeRun {
        let specModel = spec.model()
        let order = specModel.requirements.map(\.id)
        return GradeRun(
            spec: specModel, submissions: submissions.map { $0.model(requirementOrder: order) },
            startedAt: startedAt, finishedAt: finishedAt, shard: shard, toolVersion: toolVersion)
    }
}
