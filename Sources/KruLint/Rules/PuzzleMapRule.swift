import KruCore

/// `puzzle-map`: a maze exercise's `map:` is a valid maze: equally wide rows
/// of known squares, one start, one finish, and the finish reachable from the start.
struct PuzzleMapRule: ExerciseLintRule {
    static let info = LintRuleInfo(
        id: "puzzle-map",
        title: LocalizedText(
            en: "the map has one start, one finish, and the finish can be reached",
            km: "ផែនទីមានចំណុចចាប់ផ្ដើមមួយ ទីបញ្ចប់មួយ ហើយអាចទៅដល់ទីបញ្ចប់បាន"),
        kinds: [.maze])

    /// The puzzle loader's error ids that are about the map.
    static let ids: Set<String> = [
        "maze.no-map", "maze.bad-map", "maze.ragged-map", "maze.unknown-square", "maze.two-starts", "maze.two-finishes",
        "maze.no-start", "maze.no-finish", "maze.finish-unreachable",
    ]

    func check(_ exercise: ExerciseSnapshot, into emitter: inout FindingEmitter) {
        guard exercise.isPuzzle, let problem = exercise.loadProblem, Self.ids.contains(problem.id) else { return }
        emitter.emit(info.id, severity: .error, problem.message, at: problem.location)
    }
}
