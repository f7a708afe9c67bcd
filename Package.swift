// swift-tools-version: 6.1
import PackageDescription

let strict: [SwiftSetting] = [.swiftLanguageMode(.v6)]

let package = Package(
    name: "SpecGrade",
    products: [
        .executable(name: "specgrade", targets: ["specgrade"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // The shared vocabulary of running a program: limits, verdicts, results, isolation.
        .target(name: "Execution", swiftSettings: strict),
        // Spec documents -> compliance model, with lint.
        .target(
            name: "SpecModel", dependencies: ["Execution", .product(name: "Yams", package: "Yams")],
            swiftSettings: strict),
        // Everything between fork and exec: namespaces, seccomp, rlimits, cgroups.
        .target(name: "CLauncher", cSettings: [.unsafeFlags(["-O2"])]),
        .target(name: "Sandbox", dependencies: ["Execution", "CLauncher", "UnitHarness"], swiftSettings: strict),
        // The harness files unit-test suites run with, embedded in the binary.
        .target(
            name: "UnitHarness", dependencies: ["Execution"],
            resources: [
                .embedInCode("Resources/specgrade_pytest.py"), .embedInCode("Resources/specgrade_pystudent.py"),
                .embedInCode("Resources/specgrade_node_test.js"), .embedInCode("Resources/specgrade_node_worker.js"),
                .embedInCode("Resources/specgrade_node_reporter.mjs"), .embedInCode("Resources/SpecGradeJUnit.java"),
                .embedInCode("Resources/specgrade_test.h"),
            ],
            swiftSettings: strict),
        .target(name: "AnalyticalEngine", dependencies: ["Execution"], swiftSettings: strict),
        .target(name: "History", dependencies: [.product(name: "GRDB", package: "GRDB.swift")], swiftSettings: strict),
        // What grading found: the input of every report, of `view` and of `merge`. Neither the
        // sandbox nor the history: a report links without them.
        .target(name: "Results", dependencies: ["SpecModel", "Execution"], swiftSettings: strict),
        .target(
            name: "Grading",
            dependencies: [
                "Execution", "SpecModel", "Results", "Sandbox", "AnalyticalEngine", "History",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict),
        .target(name: "Reports", dependencies: ["Results", "SpecModel", "Execution"], swiftSettings: strict),
        .executableTarget(
            name: "specgrade",
            dependencies: [
                "SpecModel", "Sandbox", "AnalyticalEngine", "Grading", "Results", "Reports", "History", "Execution",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict),

        // Benchmarks: executables that print figures.
        .executableTarget(
            name: "SandboxBenchmark", dependencies: ["Sandbox", "Execution"], path: "Benchmarks/SandboxBenchmark",
            swiftSettings: strict),
        .executableTarget(
            name: "EngineBenchmark", dependencies: ["AnalyticalEngine", "Execution", "BenchmarkSupport"],
            path: "Benchmarks/EngineBenchmark", swiftSettings: strict),
        .target(name: "BenchmarkSupport", path: "Benchmarks/BenchmarkSupport", swiftSettings: strict),
        .executableTarget(
            name: "GradeBenchmark", dependencies: ["BenchmarkSupport"], path: "Benchmarks/GradeBenchmark",
            swiftSettings: strict),
        .executableTarget(
            name: "UnitBenchmark", dependencies: ["BenchmarkSupport"], path: "Benchmarks/UnitBenchmark",
            swiftSettings: strict),
        .executableTarget(
            name: "HistoryBenchmark", dependencies: ["History"], path: "Benchmarks/HistoryBenchmark",
            swiftSettings: strict),
        .executableTarget(
            name: "ReportsBenchmark", dependencies: ["Reports", "Results", "SpecModel", "Execution"],
            path: "Benchmarks/ReportsBenchmark", swiftSettings: strict),

        // Fast tests, one target per module.
        .testTarget(name: "ExecutionTests", dependencies: ["Execution"], swiftSettings: strict),
        .testTarget(name: "SpecModelTests", dependencies: ["SpecModel", "Execution"], swiftSettings: strict),
        .testTarget(name: "SandboxTests", dependencies: ["Sandbox", "Execution", "CLauncher"], swiftSettings: strict),
        .testTarget(
            name: "AnalyticalEngineTests",
            dependencies: ["AnalyticalEngine", "Execution", .product(name: "BigInt", package: "BigInt")],
            swiftSettings: strict),
        .testTarget(
            name: "HistoryTests",
            dependencies: ["History", "HistoryBenchmark", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strict),
        .testTarget(name: "ResultsTests", dependencies: ["Results", "SpecModel", "Execution"], swiftSettings: strict),
        .testTarget(
            name: "GradingTests", dependencies: ["Grading", "Results", "History", "SpecModel", "Execution"],
            swiftSettings: strict),
        .testTarget(
            name: "ReportsTests", dependencies: ["Reports", "Results", "SpecModel", "Execution"], swiftSettings: strict),
        // Slow suites: hostile programs and end-to-end runs of the binary.
        .testTarget(name: "HostileTests", dependencies: ["Sandbox", "Execution"], swiftSettings: strict),
        // Builds the specgrade binary beside the test bundle, where the suite runs it.
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["specgrade", "History", "Grading", "Results", "Reports", "SpecModel", "Execution"],
            swiftSettings: strict),
    ]
)
