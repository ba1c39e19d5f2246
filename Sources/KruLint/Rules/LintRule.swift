import KruCore

/// A lint rule that judges one exercise at a time: one type per rule, one
/// file each. Rules emit findings whose `id` is their ``LintRuleInfo/id``
/// and never print.
protocol ExerciseLintRule: Sendable {
    static var info: LintRuleInfo { get }
    func check(_ exercise: ExerciseSnapshot, into emitter: inout FindingEmitter)
}

/// A lint rule that judges the pack as a whole (pairs of folders, ids).
protocol PackLintRule: Sendable {
    static var info: LintRuleInfo { get }
    func check(_ pack: PackSnapshot, into emitter: inout FindingEmitter)
}

extension ExerciseLintRule {
    var info: LintRuleInfo { Self.info }
}

extension PackLintRule {
    var info: LintRuleInfo { Self.info }
}

extension FindingEmitter {
    /// Emits a finding of a rule.
    mutating func emit(
        _ rule: LintRuleInfo, _ severity: Severity = .error, at location: SourceLocation,
        en: String, km: String, notes: [LocalizedText] = []
    ) {
        emit(rule.id, severity: severity, LocalizedText(en: en, km: km), at: location, notes: notes)
    }
}
