import KruCore
import KruPack

/// What a lint rule checks: its stable id (the `id` of the findings it
/// emits, the JUnit test case name) and a one-line title.
public struct LintRuleInfo: Hashable, Sendable {
    /// Stable id, for example `solution-passes`.
    public let id: String
    /// What the rule checks, in both languages.
    public let title: LocalizedText
    /// The exercise kinds it applies to; `nil` for every kind.
    public let kinds: Set<ExerciseKind>?

    public init(id: String, title: LocalizedText, kinds: Set<ExerciseKind>? = nil) {
        self.id = id
        self.title = title
        self.kinds = kinds
    }

    /// Whether the rule judges exercises of this kind.
    public func applies(to kind: ExerciseKind) -> Bool { kinds?.contains(kind) ?? true }
}
