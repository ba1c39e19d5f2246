import KruCore
import KruPack

/// An exercise `kru lint` looked at.
public struct LintedExercise: Hashable, Sendable {
    /// The exercise id, for example `web/01-first-page`.
    public var id: String
    /// Its kind; `nil` when its `exercise.yaml` could not be read.
    public var kind: ExerciseKind?

    public init(id: String, kind: ExerciseKind?) {
        self.id = id
        self.kind = kind
    }
}

/// A problem `kru lint` found in a pack: a ``Finding`` whose `id` is the
/// rule's id, with the exercise it belongs to.
public struct LintFinding: Hashable, Sendable {
    /// The exercise id, or `nil` for a problem of the pack as a whole
    /// (a grader folder without an exercise).
    public var exercise: String?
    public var finding: Finding

    public init(exercise: String?, finding: Finding) {
        self.exercise = exercise
        self.finding = finding
    }

    /// The id of the rule that found it.
    public var rule: String { finding.id }
    public var severity: Severity { finding.severity }
}

/// Everything `kru lint` has to say about a pack; the writers render it.
public struct LintReport: Hashable, Sendable {
    /// The exercises linted (every folder holding an `exercise.yaml`), sorted by id.
    public var exercises: [LintedExercise]
    /// Every rule, in the order they run.
    public var rules: [LintRuleInfo]
    /// What was found, sorted by file, line and column.
    public var findings: [LintFinding]
    /// Whether warnings were promoted to errors (`--strict`).
    public var strict: Bool

    public init(exercises: [LintedExercise], rules: [LintRuleInfo], findings: [LintFinding], strict: Bool) {
        self.exercises = exercises
        self.rules = rules
        self.findings = findings
        self.strict = strict
    }

    public var errorCount: Int { findings.filter { $0.severity == .error }.count }
    public var warningCount: Int { findings.filter { $0.severity == .warning }.count }
    /// True when nothing is an error (warnings are allowed unless `--strict` made them errors).
    public var isClean: Bool { errorCount == 0 }

    /// The findings of one rule on one exercise (`nil`: the pack as a whole).
    public func findings(rule: String, exercise: String?) -> [LintFinding] {
        findings.filter { $0.rule == rule && $0.exercise == exercise }
    }

    /// The rules that judge an exercise: those for its kind (only the
    /// rules for every kind when its kind is unknown).
    public func rules(for exercise: LintedExercise) -> [LintRuleInfo] {
        guard let kind = exercise.kind else { return rules.filter { $0.kinds == nil } }
        return rules.filter { $0.applies(to: kind) }
    }
}
