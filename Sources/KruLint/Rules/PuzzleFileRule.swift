import KruCore
import KruPack

/// `puzzle-file`: `graders/<id>/puzzle.yaml` (and the puzzle part of
/// `exercise.yaml`) loads: valid YAML matching `schemas/puzzle.schema.json`,
/// `ideal` a whole number above 0, known `requires`. Map mistakes are
/// ``PuzzleMapRule``'s.
struct PuzzleFileRule: ExerciseLintRule {
    static let info = LintRuleInfo(
        id: "puzzle-file",
        title: LocalizedText(
            en: "puzzle.yaml is valid and matches its schema", km: "puzzle.yaml ត្រឹមត្រូវ ហើយត្រូវនឹង schema របស់វា"),
        kinds: [.maze])

    static let keys = ["ideal", "max-blocks", "requires"]

    func check(_ exercise: ExerciseSnapshot, into emitter: inout FindingEmitter) {
        guard exercise.isPuzzle, let problem = exercise.loadProblem, !PuzzleMapRule.ids.contains(problem.id) else { return }
        var notes: [LocalizedText] = []
        if problem.id == "maze.unknown-key",
           let key = exercise.graderFile?.root?.entries?.first(where: { $0.keyLocation == problem.location })?.key,
           let suggestion = Suggestion.closest(to: key, among: Self.keys) {
            notes.append(LocalizedText(en: "did you mean `\(suggestion)`?", km: "តើអ្នកចង់សរសេរ `\(suggestion)` មែនទេ?"))
        }
        emitter.emit(info.id, severity: .error, problem.message, at: problem.location, notes: notes)
    }
}
