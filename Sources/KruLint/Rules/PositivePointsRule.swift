import KruCore

/// `positive-points`: every check is worth a positive number of points.
struct PositivePointsRule: ExerciseLintRule {
    static let info = LintRuleInfo(
        id: "positive-points",
        title: LocalizedText(en: "every check is worth positive points", km: "ការត្រួតពិនិត្យនីមួយៗមានពិន្ទុវិជ្ជមាន"),
        kinds: [.web, .css])

    func check(_ exercise: ExerciseSnapshot, into emitter: inout FindingEmitter) {
        guard !exercise.isPuzzle, let checks = exercise.graderFile?.root?["checks"]?.items else { return }
        for check in checks {
            guard let points = check["points"], let text = points.scalar else { continue }
            if let value = Double(text), value.isFinite, value > 0, !points.isQuoted { continue }
            emitter.emit(
                info, at: points.location, en: "points must be a positive number, found \(text.isEmpty ? "nothing" : text)",
                km: "ពិន្ទុត្រូវតែជាចំនួនវិជ្ជមាន តែរកឃើញ \(text.isEmpty ? "គ្មានអ្វី" : text)")
        }
    }
}
