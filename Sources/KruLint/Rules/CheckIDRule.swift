import KruCore

/// `unique-check-ids`: every check id is used once in its rubric.
struct CheckIDRule: ExerciseLintRule {
    static let info = LintRuleInfo(
        id: "unique-check-ids",
        title: LocalizedText(en: "every check id is unique in its rubric", km: "id នៃការត្រួតពិនិត្យនីមួយៗមិនជាន់គ្នាក្នុង rubric"),
        kinds: [.web, .css])

    func check(_ exercise: ExerciseSnapshot, into emitter: inout FindingEmitter) {
        guard !exercise.isPuzzle, let checks = exercise.graderFile?.root?["checks"]?.items else { return }
        var seen: [String: SourceLocation] = [:]
        for check in checks {
            guard let id = check["id"]?.scalar else { continue }
            if let first = seen[id] {
                emitter.emit(
                    info, at: check.location,
                    en: "duplicate check id \"\(id)\" (first used at line \(first.line)); results and expect files name checks by id",
                    km: "id ការត្រួតពិនិត្យ \"\(id)\" ជាន់គ្នា (ប្រើលើកដំបូងនៅបន្ទាត់ \(first.line)); លទ្ធផល និងឯកសារ expect ហៅការត្រួតពិនិត្យតាម id")
            } else {
                seen[id] = check.location
            }
        }
    }
}
