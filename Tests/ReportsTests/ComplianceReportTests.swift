import Foundation
import Results
import SpecModel
import Testing

@testable import Reports

@Suite struct ComplianceReportTests {
    func object(_ data: Data) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func aHostileClassReadsBackIdentical() throws {
        let run = SyntheticRun.hostileClass
        #expect(try ComplianceReport.decode(ComplianceReport.encode(run), path: "c.json") == run)
    }

    @Test func aShardWithEmptyOptionalsReadsBackIdentical() throws {
        var lone = SyntheticRun.submission(
            "solo", verdicts: [.accepted, .accepted, .accepted, .accepted], language: nil)
        lone.isolation = .inProcess
        lone.tests[0].detail = nil
        var run = SyntheticRun.run([lone], shard: "2/3")
        run.spec.tests[0].expect = .init()
        #expect(try ComplianceReport.decode(ComplianceReport.encode(run), path: "c.json") == run)
    }

    @Test func aSpecsWaivedIsolationLayersReadBack() throws {
        var run = SyntheticRun.hostileClass
        run.spec.allowMissing = [.cgroup, .networkNamespace]
        let data = try ComplianceReport.encode(run)
        #expect(try ComplianceReport.decode(data, path: "c.json") == run)
        let spec = try #require(try object(data)["spec"] as? [String: Any])
        #expect(spec["allow_missing"] as? [String] == ["cgroup", "network_namespace"])
    }

    /// `merge` rebuilds the spec from the report: a unit-test spec keeps its suites and names.
    @Test func aUnitTestSpecReadsBack() throws {
        var run = SyntheticRun.hostileClass
        run.spec.unitTests = UnitTestSuites(
            module: "stats",
            suites: [
                UnitTestSuite(language: .python, path: "tests/test_stats.py"),
                UnitTestSuite(language: .java, path: "tests/StatsTest.java"),
            ])
        run.spec.tests[0].unit = .everySuite("test_mean")
        if run.spec.tests.count > 1 {
            run.spec.tests[1].unit = .perLanguage([
                UnitTestName(language: .python, name: "TestStats::test_median"),
                UnitTestName(language: .java, name: "median"),
            ])
        }
        let data = try ComplianceReport.encode(run)
        #expect(try ComplianceReport.decode(data, path: "c.json") == run)
        let spec = try #require(try object(data)["spec"] as? [String: Any])
        #expect(
            spec["unit_tests"] as? [String: String] == [
                "module": "stats", "python": "tests/test_stats.py", "java": "tests/StatsTest.java",
            ])
    }

    @Test func theSameRunAlwaysWritesTheSameBytes() throws {
        let run = SyntheticRun.hostileClass
        #expect(try ComplianceReport.encode(run) == ComplianceReport.encode(run))
    }

    @Test func pinnedFieldsAreWhereDesignSaysTheyAre() throws {
        let json = try object(ComplianceReport.encode(SyntheticRun.hostileClass))
        #expect(json["schema"] as? String == "specgrade.compliance/1")
        let spec = try #require(json["spec"] as? [String: Any])
        #expect(spec["id"] as? String == "word-count")
        #expect((spec["requirements"] as? [Any])?.count == 5)
        let tests = try #require(spec["tests"] as? [[String: Any]])
        #expect(tests[0]["covers"] as? [String] == ["AC-1.1"])
        let submissions = try #require(json["submissions"] as? [[String: Any]])
        let zoe = submissions[1]
        #expect(zoe["student"] as? String == "Zoë \"Z\" Ng")
        #expect(zoe["language"] as? String == "python")
        #expect(zoe["status"] as? String == "partial")
        #expect(zoe["score"] as? Double == 2)
        #expect(zoe["max_score"] as? Double == 6)
        let requirements = try #require(zoe["requirements"] as? [String: String])
        #expect(
            requirements == [
                "REQ-1": "partial", "AC-1.1": "met", "AC-1.2": "unmet", "REQ-2": "met", "REQ-3": "untested",
            ])
        let coverage = try #require(zoe["coverage"] as? [String: Any])
        #expect(coverage["total"] as? Int == 5)
        #expect(coverage["covered"] as? Int == 4)
        #expect(coverage["met"] as? Int == 2)
        #expect(coverage["missing"] as? [String] == ["REQ-1", "AC-1.2", "REQ-3"])
        let test = try #require((zoe["tests"] as? [[String: Any]])?.first)
        #expect(test["id"] as? String == "T-empty")
        #expect(test["verdict"] as? String == "accepted")
        #expect(test["cpu_ms"] as? Int == 12)
        #expect(test["wall_ms"] as? Int == 1_234)
        #expect(test["memory_kb"] as? Int == 9_000)
        #expect((zoe["suggestions"] as? [Any])?.isEmpty == false)
        let evidence = try #require((zoe["requirement_evidence"] as? [[String: Any]])?.first)
        #expect(evidence["id"] as? String == "REQ-1")
        #expect((evidence["evidence"] as? [[String: String]])?.first == ["test": "T-empty", "verdict": "accepted"])
    }

    @Test func aReportWithOnlyThePinnedMapReadsInSpecOrder() throws {
        var json = try object(ComplianceReport.encode(SyntheticRun.hostileClass))
        var submissions = try #require(json["submissions"] as? [[String: Any]])
        for index in submissions.indices { submissions[index]["requirement_evidence"] = nil }
        json["submissions"] = submissions
        let run = try ComplianceReport.decode(JSONSerialization.data(withJSONObject: json), path: "c.json")
        let statuses = run.submissions[1].requirements
        #expect(statuses.map(\.id) == ["REQ-1", "AC-1.1", "AC-1.2", "REQ-2", "REQ-3"])
        #expect(statuses.map(\.status) == [.partial, .met, .unmet, .met, .untested])
        #expect(statuses.allSatisfy { $0.evidence.isEmpty })
    }

    @Test func notJSONNamesTheFile() {
        #expect(throws: ReportError.notAComplianceReport(path: "x/junit.xml", reason: "not a JSON object")) {
            try ComplianceReport.decode(Data("<testsuites/>".utf8), path: "x/junit.xml")
        }
    }

    @Test func anotherJSONFileIsNotAReport() throws {
        let error = #expect(throws: ReportError.self) {
            try ComplianceReport.decode(Data(#"{"score": 3, "tests": []}"#.utf8), path: "results.json")
        }
        #expect(
            error?.description.hasPrefix("results.json: not a SpecGrade compliance report (no \"schema\" field)")
                == true)
    }

    @Test func anotherSchemaVersionIsRefusedByName() throws {
        var json = try object(ComplianceReport.encode(SyntheticRun.hostileClass))
        json["schema"] = "specgrade.compliance/2"
        let error = #expect(throws: ReportError.self) {
            try ComplianceReport.decode(JSONSerialization.data(withJSONObject: json), path: "old/compliance.json")
        }
        #expect(error == .unsupportedSchema(path: "old/compliance.json", found: "specgrade.compliance/2"))
        #expect(error?.description.contains("'specgrade.compliance/1'") == true)
    }

    @Test func aMissingOrWrongFieldIsNamedByItsPath() throws {
        var json = try object(ComplianceReport.encode(SyntheticRun.hostileClass))
        var submissions = try #require(json["submissions"] as? [[String: Any]])
        var tests = try #require(submissions[2]["tests"] as? [[String: Any]])
        tests[1]["verdict"] = "passed"
        submissions[2]["tests"] = tests
        submissions[0]["status"] = nil
        json["submissions"] = submissions
        let error = #expect(throws: ReportError.self) {
            try ComplianceReport.decode(JSONSerialization.data(withJSONObject: json), path: "c.json")
        }
        guard case let .invalidComplianceReport(path, field, _)? = error else {
            Issue.record("expected invalidComplianceReport, got \(String(describing: error))")
            return
        }
        #expect(path == "c.json")
        #expect(field == "submissions[0].status")
    }

    @Test func readNamesAFileThatIsNotThere() {
        #expect(throws: ReportError.cannotRead(path: "/nonexistent/compliance.json", reason: "no such file")) {
            try ComplianceReport.read(from: "/nonexistent/compliance.json")
        }
    }
}
