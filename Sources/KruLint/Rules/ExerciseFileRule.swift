import KruCore

/// `exercise-file`: every `exercises/<id>/exercise.yaml` is valid YAML and
/// matches `schemas/exercise.schema.json` (known keys, with a "did you mean"
/// for misspelt ones; `kind`, `title`, `instructions` present; texts in both languages).
struct ExerciseFileRule: PackLintRule {
    static let info = LintRuleInfo(
        id: "exercise-file",
        title: LocalizedText(
            en: "exercise.yaml is valid and matches its schema",
            km: "exercise.yaml ត្រឹមត្រូវ ហើយត្រូវនឹង schema របស់វា"))

    func check(_ pack: PackSnapshot, into emitter: inout FindingEmitter) {
        for problem in pack.pack.problems {
            emitter.emit(
                info, at: problem.location, en: problem.message,
                km: "ឯកសារលំហាត់មិនត្រឹមត្រូវ៖ \(problem.message)")
        }
    }
}
