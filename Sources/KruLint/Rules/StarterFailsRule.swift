import KruCore

/// `starter-fails`: the starter files fail at least one check (otherwise a
/// student who changes nothing gets full marks).
struct StarterFailsRule: ExerciseLintRule {
    static let info = LintRuleInfo(
        id: "starter-fails",
        title: LocalizedText(en: "the starter files fail at least one check", km: "ឯកសារចាប់ផ្ដើមធ្លាក់ការត្រួតពិនិត្យយ៉ាងហោចណាស់មួយ"))

    func check(_ exercise: ExerciseSnapshot, into emitter: inout FindingEmitter) {
        guard let starter = exercise.starter, let result = starter.result, result.passed else { return }
        emitter.emit(
            info, at: starter.start,
            en: "the starter files pass every check: a student who changes nothing would get full marks",
            km: "ឯកសារចាប់ផ្ដើមឆ្លងគ្រប់ការត្រួតពិនិត្យ៖ សិស្សដែលមិនកែអ្វីសោះនឹងទទួលបានពិន្ទុពេញ")
    }
}
