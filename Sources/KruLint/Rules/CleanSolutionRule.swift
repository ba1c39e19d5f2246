import KruCore

/// `clean-solution` (a warning; an error with `--strict`): the reference
/// solution has no beginner diagnostics (unclosed tags, unknown CSS
/// properties, empty blocks …): a model answer should be clean.
struct CleanSolutionRule: ExerciseLintRule {
    static let info = LintRuleInfo(
        id: "clean-solution",
        title: LocalizedText(
            en: "the reference solution has no beginner diagnostics", km: "ដំណោះស្រាយគំរូគ្មានការណែនាំសម្រាប់អ្នកចាប់ផ្ដើម"))

    func check(_ exercise: ExerciseSnapshot, into emitter: inout FindingEmitter) {
        guard let solution = exercise.solution, let result = solution.result else { return }
        for diagnostic in result.diagnostics {
            emitter.emit(
                info, .warning, at: solution.packLocation(diagnostic.location),
                en: "the reference solution has a beginner diagnostic (\(diagnostic.id)): \(diagnostic.message.en)",
                km: "ដំណោះស្រាយគំរូមានការណែនាំសម្រាប់អ្នកចាប់ផ្ដើម (\(diagnostic.id))៖ \(diagnostic.message.km)")
        }
    }
}
