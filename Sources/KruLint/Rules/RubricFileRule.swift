import KruCore

/// `rubric-file`: `graders/<id>/rubric.yaml` loads: valid YAML matching
/// `schemas/rubric.schema.json`, with the rubric loader's message (it names
/// the line and column, and suggests the key meant for a misspelt one).
struct RubricFileRule: ExerciseLintRule {
    static let info = LintRuleInfo(
        id: "rubric-file",
        title: LocalizedText(
            en: "rubric.yaml is valid and matches its schema", km: "rubric.yaml ត្រឹមត្រូវ ហើយត្រូវនឹង schema របស់វា"),
        kinds: [.web, .css])

    func check(_ exercise: ExerciseSnapshot, into emitter: inout FindingEmitter) {
        guard !exercise.isPuzzle, let problem = exercise.loadProblem else { return }
        emitter.emit(info.id, severity: .error, problem.message, at: problem.location)
    }
}
