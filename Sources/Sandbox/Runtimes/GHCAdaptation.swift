import Execution
import Foundation

/// GHC: the compiled program's runtime reserves a large address range up front and grows
/// its heap within it, so the heap is capped below the run's memory limit with `-M`
/// (programs are linked with `-rtsopts` to take it), and running out of it is reported as
/// the memory limit rather than a crash.
struct GHCAdaptation: RuntimeAdaptation {
    let tools = ["ghc"]
    var compilesBinary: Bool { true }

    var compileOptions: [String] { ["-rtsopts"] }

    /// Debian links GHC's package database to /var/lib/ghc.
    var hostFolders: [String] { FileManager.default.fileExists(atPath: "/var/lib/ghc") ? ["/var/lib/ghc"] : [] }

    func runOptions(limits: ResourceLimits, cgroup: Bool) -> [String] {
        ["+RTS", "-M\(ManagedHeap.mebibytes(limits, cgroup: cgroup))m", "-RTS"]
    }

    func refine(_ result: ExecutionResult, limits: ResourceLimits) -> ExecutionResult {
        ManagedHeap.refine(result, limits: limits, marker: "Heap exhausted", runtime: "Haskell")
    }
}
