import Execution

/// Go: `go build` wants a writable build cache and temporary folder, and the program's
/// folder is read-only when it runs, so both live in the run's private `/tmp`. The runtime
/// starts a thread per logical CPU and the compiler a process per package at once: both are
/// held to two, well under the sandbox's process limit.
struct GoAdaptation: RuntimeAdaptation {
    let tools = ["go"]
    var compilesBinary: Bool { true }

    func environment(compiling: Bool) -> [String: String] {
        var environment = ["GOMAXPROCS": "2"]
        if compiling {
            environment.merge([
                "GOCACHE": "/tmp/go-cache", "GOPATH": "/tmp/go", "GOTMPDIR": "/tmp", "GOFLAGS": "-p=2",
                "GOENV": "off",
            ]) { own, _ in own }
        }
        return environment
    }

    func launchLimits(_ limits: ResourceLimits, cgroup: Bool) -> ResourceLimits {
        ThreadedRuntimeStack.limits(limits, cgroup: cgroup)
    }
}
