import KruCore

/// `puzzle-requires`: the block kind a puzzle requires (`requires:`) is
/// satisfiable: the reference solution solves the puzzle using it.
struct PuzzleRequiresRule: ExerciseLintRule {
    static let info = LintRuleInfo(
        id: "puzzle-requires",
        title: LocalizedText(
            en: "the required block kind is used by the reference solution",
            km: "ប្រភេទប្លុកដែលតម្រូវ ត្រូវបានប្រើដោយដំណោះស្រាយគំរូ"),
        kinds: [.maze])

    func check(_ exercise: ExerciseSnapshot, into emitter: inout FindingEmitter) {
        guard exercise.isPuzzle, let requirement = exercise.puzzle?.requires,
              let result = exercise.solution?.result,
              let check = result.checks.first(where: { $0.id == requirement.checkID }), check.status != .pass
        else { return }
        let location = exercise.graderFile?.root?["requires"]?.location
            ?? SourceLocation(file: exercise.graderFilePath, line: 1, column: 1)
        emitter.emit(
            info, at: location,
            en: "the puzzle requires \(requirement.name.en) but the reference solution has none: show it can be solved that way",
            km: "ល្បែងនេះតម្រូវ\(requirement.name.km) ប៉ុន្តែដំណោះស្រាយគំរូគ្មានទេ៖ សូមបង្ហាញថាវាអាចដោះស្រាយតាមរបៀបនោះបាន")
    }
}
