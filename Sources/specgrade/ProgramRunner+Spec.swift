import Execution
import Grading
import Sandbox
import SpecModel

extension ProgramRunner {
    /// A runner for grading `spec`: its waived isolation layers and `alsoAllowed` (the
    /// command line's), its languages' toolchains, its Engine library folder.
    init(_ spec: Spec, alsoAllowed: Set<IsolationLayer> = []) {
        let languages = spec.languages.compactMap(Language.init(rawValue:))
        self.init(policy: IsolationPolicy(allowedMissing: Set(spec.allowMissing).union(alsoAllowed)),
                  languages: languages.isEmpty ? Language.allCases : languages,
                  unitLanguages: spec.unitTests?.languages ?? [],
                  engineLibraries: spec.engineLibrary.map { [GradingPlan.resolve($0, in: spec)] } ?? [])
    }
}
