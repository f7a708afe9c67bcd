import Execution
import Grading
import Sandbox
import SpecModel

extension ProgramRunner {
    /// A runner for grading `spec`: its waived isolation layers, its languages' toolchains.
    init(_ spec: Spec) {
        self.init(policy: IsolationPolicy(allowedMissing: Set(spec.allowMissing)), languages: spec.allowedLanguages,
                  unitLanguages: spec.unitTests?.languages ?? [], catalog: spec.catalog)
    }
}
