import KruCore
import KruYAML

/// A rubric: the checks a web exercise's submission is graded on, read from
/// `graders/<exercise>/rubric.yaml`.
public struct Rubric: Sendable {
    /// The rubric file's path, as given to ``parse(yaml:file:)``.
    public let file: String
    /// The checks, in the order they appear in the file.
    public let checks: [Check]

    public init(file: String, checks: [Check]) {
        self.file = file
        self.checks = checks
    }

    /// Reads a rubric from YAML text. `file` names the rubric in error messages.
    ///
    /// Throws a ``RubricError`` naming the line and column of the first
    /// mistake: unknown keys (with a suggestion), bad selectors or regular
    /// expressions, wrong value types, duplicate check ids, points that are
    /// not positive.
    public static func parse(yaml: String, file: String) throws(RubricError) -> Rubric {
        let root: YAMLTree
        do {
            root = try YAMLTree.parse(yaml, file: file)
        } catch {
            throw RubricError(location: error.location, message: error.message)
        }
        return try RubricReader(file: file).rubric(from: root)
    }

    /// Whether some check judges styles (`style`, `declared`, `selector-used`, the
    /// `stylesheet` rule or a CSS diagnostic): the rubric of a CSS exercise.
    public var judgesStyles: Bool { checks.contains { $0.condition.judgesStyles } }

    /// The sum of the points of all checks.
    public var maxScore: Double { checks.reduce(0) { $0 + $1.points } }
}

/// One check of a rubric.
public struct Check: Sendable {
    /// Stable id, unique in its rubric (for example `one-h1`).
    public let id: String
    /// Points earned when the check passes (positive).
    public let points: Double
    /// What the check asks for.
    public let title: LocalizedText
    /// How to fix a failure.
    public let hint: LocalizedText
    /// Optional failure message template; `{found}` and `{expected}` are
    /// replaced by what the evaluation found and wanted.
    public let message: LocalizedText?
    /// What is judged.
    public let condition: Condition
    /// Where the check starts in the rubric file.
    public let location: SourceLocation

    public init(
        id: String, points: Double, title: LocalizedText, hint: LocalizedText, message: LocalizedText?,
        condition: Condition, location: SourceLocation
    ) {
        self.id = id
        self.points = points
        self.title = title
        self.hint = hint
        self.message = message
        self.condition = condition
        self.location = location
    }
}

extension Condition {
    /// Whether this condition, or one inside it, judges styles.
    var judgesStyles: Bool {
        switch self {
        case .style, .declared, .selectorUsed, .rule(.stylesheet): return true
        case .diagnostic(let id): return id.hasPrefix("css.")
        case .every(_, let inner, _), .not(let inner), .inFile(_, let inner): return inner.judgesStyles
        case .some(_, let inner, _), .first(_, let inner): return inner?.judgesStyles ?? false
        case .all(let conditions), .any(let conditions): return conditions.contains { $0.judgesStyles }
        default: return false
        }
    }
}
