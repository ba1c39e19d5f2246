import KruCore

/// `exercise-file`: every `exercises/<id>/exercise.yaml` is valid YAML and
/// matches `schemas/exercise.schema.json` (known keys, with a "did you mean"
/// for misspelt ones; `kind`, `title`, `instructions` present; texts in both
/// languages; `story` and `map` only in maze exercises, `submission` only in
/// web and CSS ones).
struct ExerciseFileRule: PackLintRule {
    static let info = LintRuleInfo(
        id: "exercise-file",
        title: LocalizedText(
            en: "exercise.yaml is valid and matches its schema",
            km: "exercise.yaml ត្រឹមត្រូវ ហើយត្រូវនឹង schema របស់វា"))

    /// Keys that belong to one kind of exercise only.
    static let mazeOnlyKeys: Set<String> = ["story", "map"]
    static let pageOnlyKeys: Set<String> = ["submission"]

    func check(_ pack: PackSnapshot, into emitter: inout FindingEmitter) {
        for problem in pack.pack.problems {
            emitter.emit(
                info, at: problem.location, en: problem.message,
                km: "ឯកសារលំហាត់មិនត្រឹមត្រូវ៖ \(problem.message)")
        }
        for exercise in pack.pack.exercises {
            let misplaced = exercise.kind == .maze ? Self.pageOnlyKeys : Self.mazeOnlyKeys
            let entries = YAMLFile(text: exercise.exerciseYAML, path: exercise.exerciseFile).root?.entries ?? []
            for entry in entries where misplaced.contains(entry.key) {
                emitter.emit(
                    info, at: entry.keyLocation,
                    en: "`\(entry.key):` does not belong in a \(exercise.kind.rawValue) exercise; kru ignores it",
                    km: "`\(entry.key):` មិនមែនសម្រាប់លំហាត់ \(exercise.kind.rawValue) ទេ; kru មិនអើពើវាទេ")
            }
        }
    }
}
