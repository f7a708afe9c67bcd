import ArgumentParser
import Execution
import Sandbox

/// `--allow-missing LAYER` (repeatable), shared by `run`, `grade` and `gradescope`: layers
/// the runs may go without where this machine lacks them, on top of the spec's own policy.
/// `namespaces` waives all six, which grades in confined mode where they are refused.
struct AllowMissingOptions: ParsableArguments {
    @Option(
        name: .customLong("allow-missing"),
        help:
            "An isolation layer runs may go without when this machine lacks it (cgroup, landlock, ...; namespaces: confined mode in a container); repeatable."
    )
    var names: [String] = []

    /// The layers named, each checked.
    func layers() throws -> Set<IsolationLayer> {
        var allowed: Set<IsolationLayer> = []
        for name in names {
            guard let layers = Isolation.layers(named: name) else {
                throw CLIFailure.usage(
                    "--allow-missing \(name): unknown isolation layer; use one of \(Isolation.waivableNames.joined(separator: ", "))"
                )
            }
            guard layers.isDisjoint(with: IsolationPolicy.unwaivable) else {
                throw CLIFailure.usage("--allow-missing \(name): this layer cannot be waived")
            }
            allowed.formUnion(layers)
        }
        return allowed
    }
}
