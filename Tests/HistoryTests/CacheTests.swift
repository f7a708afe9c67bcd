import Foundation
import Testing

@testable import History

@Suite struct CacheTests {
    @Test func missesThenHitsTheSameKey() async throws {
        let scratch = try Scratch()
        let store = try scratch.store()
        #expect(try await store.cachedResult(for: key("alice")) == nil)
        let run = try await store.beginTestRun()
        try await store.recordTest(runID: run.id, "alice", score: 7)
        let cached = try #require(try await store.cachedResult(for: key("alice")))
        #expect(String(decoding: cached, as: UTF8.self) == #"{"student":"alice","score":7.0}"#)
    }

    @Test(arguments: [
        key("alice-edited"), key("alice", spec: "spec-2"), key("alice", toolchain: "tc-2"),
    ])
    func changingAnyHashMisses(changed: CacheKey) async throws {
        let scratch = try Scratch()
        let store = try scratch.store()
        let run = try await store.beginTestRun()
        try await store.recordTest(runID: run.id, "alice")
        #expect(try await store.cachedResult(for: key("alice")) != nil)
        #expect(try await store.cachedResult(for: changed) == nil)
    }

    @Test func gradingAgainReplacesTheCachedResult() async throws {
        let scratch = try Scratch()
        let store = try scratch.store()
        let first = try await store.beginTestRun()
        try await store.recordTest(runID: first.id, "alice", score: 3)
        try await store.finishRun(first.id)
        let second = try await store.beginTestRun()
        try await store.recordTest(runID: second.id, "alice", score: 9)
        let cached = try #require(try await store.cachedResult(for: key("alice")))
        #expect(String(decoding: cached, as: UTF8.self).contains("9.0"))
        #expect(try scratch.count("SELECT COUNT(*) FROM submission") == 1)
        // Each run keeps the score it recorded.
        #expect(try await store.results(inRun: first.id).map(\.score) == [3])
        #expect(try await store.results(inRun: second.id).map(\.score) == [9])
    }

    @Test func twoStudentsWithIdenticalFilesShareOneCacheEntry() async throws {
        let scratch = try Scratch()
        let store = try scratch.store()
        let run = try await store.beginTestRun()
        try await store.recordTest(runID: run.id, "alice", key: key("same"))
        try await store.recordTest(runID: run.id, "bob", key: key("same"))
        #expect(try scratch.count("SELECT COUNT(*) FROM submission") == 1)
        #expect(try await store.results(inRun: run.id).map(\.student) == ["alice", "bob"])
    }
}
