import KruCore

/// `solution-passes`: the exercise has a reference solution and it passes
/// every check. (A puzzle solution over `max-blocks` or without the required
/// block kind is reported by ``PuzzleIdealRule`` and ``PuzzleRequiresRule``.)
struct SolutionPassesRule: ExerciseLintRule {
    static let info = LintRuleInfo(
        id: "solution-passes",
        title: LocalizedText(en: "the reference solution passes every check", km: "ដំណោះស្រាយគំរូឆ្លងគ្រប់ការត្រួតពិនិត្យ"))

    func check(_ exercise: ExerciseSnapshot, into emitter: inout FindingEmitter) {
        guard exercise.loadProblem == nil, let graderFile = exercise.graderFile else { return }
        guard let solution = exercise.solution else {
            let names = exercise.isPuzzle
                ? "solution.txt (or .xml, .json)" : "solution.html (or a solution/ folder)"
            emitter.emit(
                info, at: SourceLocation(file: graderFile.path, line: 1, column: 1),
                en: "no reference solution: add graders/\(exercise.id)/\(names)",
                km: "គ្មានដំណោះស្រាយគំរូ៖ សូមបន្ថែម graders/\(exercise.id)/\(names)")
            return
        }
        if exercise.solutionPaths.count > 1 {
            let others = exercise.solutionPaths.dropFirst().joined(separator: ", ")
            emitter.emit(
                info, at: SourceLocation(file: exercise.solutionPaths[1], line: 1, column: 1),
                en: "more than one reference solution: kru uses \(solution.path) and ignores \(others); keep one",
                km: "មានដំណោះស្រាយគំរូច្រើនជាងមួយ៖ kru ប្រើ \(solution.path) ហើយមិនអើពើ \(others); សូមទុកតែមួយ")
        }
        guard let result = solution.result else {
            let reason = solution.ungradable ?? LocalizedText(en: "it cannot be graded", km: "វាមិនអាចដាក់ពិន្ទុបានទេ")
            emitter.emit(
                info, at: solution.start, en: "the reference solution cannot be graded: \(reason.en)",
                km: "ដំណោះស្រាយគំរូមិនអាចដាក់ពិន្ទុបានទេ៖ \(reason.km)")
            return
        }
        for check in result.checks where check.status != .pass && !Self.explainedElsewhere(check.id, exercise) {
            emitter.emit(
                info, at: solution.packLocation(check.location),
                en: "the reference solution fails the check \"\(check.id)\": \(check.message.en)",
                km: "ដំណោះស្រាយគំរូធ្លាក់ការត្រួតពិនិត្យ \"\(check.id)\"៖ \(check.message.km)")
        }
    }

    /// Puzzle checks whose failure by the solution a puzzle rule explains better.
    static func explainedElsewhere(_ check: String, _ exercise: ExerciseSnapshot) -> Bool {
        exercise.isPuzzle && (check == "max-blocks" || check == exercise.puzzle?.requires?.checkID)
    }
}
