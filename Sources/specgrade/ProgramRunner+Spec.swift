import Execution
import Grading
import Sandbox
import SpecModel

extension ProgramRunner {
    /// A runner for grading `spec`: its waived isolation layers and `alsoAllowed` (the
    /// command line's), its languages' toolchains, its Engine library folder.
    init(_ spec: Spec, alsoAllowed: Set<IsolationLayer> = []) {
        self.init(
            policy: IsolationPolicy(allowedMissing: Set(spec.allowMissing).union(alsoAllowed)),
            languages: spec.allowedLanguages, unitLanguages: spec.unitTests?.languages ?? [], catalog: spec.catalog,
            engineLibraries: spec.engineLibrary.map { [GradingPlan.resolve($0, in: spec)] } ?? [])
    }
}
