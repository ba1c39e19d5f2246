import KruCore

/// `puzzle-ideal`: `ideal` ≤ `max-blocks`, and the reference solution solves
/// the puzzle with exactly `ideal` blocks (`ideal` is the fewest blocks that
/// solve it: more means the solution is not ideal, fewer that `ideal` is wrong).
struct PuzzleIdealRule: ExerciseLintRule {
    static let info = LintRuleInfo(
        id: "puzzle-ideal",
        title: LocalizedText(
            en: "ideal ≤ max-blocks, and the reference solution solves it with ideal blocks",
            km: "ideal ≤ max-blocks ហើយដំណោះស្រាយគំរូដោះស្រាយវាដោយប្រើប្លុកចំនួន ideal"),
        kinds: [.maze])

    func check(_ exercise: ExerciseSnapshot, into emitter: inout FindingEmitter) {
        guard exercise.isPuzzle, let root = exercise.graderFile?.root, let idealNode = root["ideal"],
              let ideal = idealNode.scalar.flatMap({ Int($0) }) else { return }
        if let maxNode = root["max-blocks"], let maxBlocks = maxNode.scalar.flatMap({ Int($0) }), maxBlocks < ideal {
            emitter.emit(
                info, at: maxNode.location,
                en: "max-blocks (\(maxBlocks)) is smaller than ideal (\(ideal)): no program could pass",
                km: "max-blocks (\(maxBlocks)) តូចជាង ideal (\(ideal))៖ គ្មានកម្មវិធីណាអាចជាប់បានទេ")
        }
        guard let result = exercise.solution?.result, let run = result.run, run.outcome == .solved else { return }
        if run.blocks > ideal {
            emitter.emit(
                info, at: idealNode.location,
                en: "the reference solution uses \(run.blocks) blocks but ideal is \(ideal): shorten the solution or raise ideal",
                km: "ដំណោះស្រាយគំរូប្រើ \(run.blocks) ប្លុក ប៉ុន្តែ ideal គឺ \(ideal)៖ សូមបង្រួមដំណោះស្រាយ ឬបង្កើន ideal")
        } else if run.blocks < ideal {
            emitter.emit(
                info, at: idealNode.location,
                en: "the reference solution solves it with \(run.blocks) blocks, fewer than ideal (\(ideal)): ideal must be the fewest blocks",
                km: "ដំណោះស្រាយគំរូដោះស្រាយវាដោយប្រើ \(run.blocks) ប្លុក តិចជាង ideal (\(ideal))៖ ideal ត្រូវតែជាចំនួនប្លុកតិចបំផុត")
        }
    }
}
