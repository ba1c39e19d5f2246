/// The verdict of one check.
public enum CheckStatus: String, Sendable, Codable, Hashable {
    /// The submission does what the check asks.
    case pass
    /// It does not; the message says what was found instead.
    case fail
    /// The check could not judge (its rubric is broken, a file is unreadable).
    case error
}

/// What a check is, the same in every result of it: its id, title, hint and points.
///
/// A grader makes one per check and every result of that check shares it, so a result holds
/// one reference here instead of five strings of its own (each copied into the result and
/// freed with it). Compared by value.
public final class CheckHeading: Hashable, Sendable {
    /// The check's id from the rubric, for example `one-h1`.
    public let id: String
    /// The check's title: what it asks for.
    public let title: LocalizedText
    /// A hint on how to fix a failure.
    public let hint: LocalizedText?
    /// Points the check is worth.
    public let maxPoints: Double

    public init(id: String, title: LocalizedText, hint: LocalizedText?, maxPoints: Double) {
        self.id = id
        self.title = title
        self.hint = hint
        self.maxPoints = maxPoints
    }

    public static func == (lhs: CheckHeading, rhs: CheckHeading) -> Bool {
        lhs === rhs
            || (lhs.id == rhs.id && lhs.title == rhs.title && lhs.hint == rhs.hint && lhs.maxPoints == rhs.maxPoints)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(title)
        hasher.combine(hint)
        hasher.combine(maxPoints)
    }
}

/// The result of one rubric check on one submission.
public struct CheckResult: Hashable, Sendable, Codable {
    /// What the check is (shared by the check's results).
    public let heading: CheckHeading
    public let status: CheckStatus
    /// Points earned (the check's points on pass, 0 otherwise).
    public let points: Double
    /// What was found, and where.
    public let message: LocalizedText
    /// The place the message is about, when there is one.
    public let location: SourceLocation?
    /// Extra remarks that do not change the verdict (for example "solved with
    /// 7 blocks; it can be done with 4").
    public let notes: [LocalizedText]

    /// The check's id from the rubric, for example `one-h1`.
    public var id: String { heading.id }
    /// Points the check is worth.
    public var maxPoints: Double { heading.maxPoints }
    /// The check's title: what it asks for.
    public var title: LocalizedText { heading.title }
    /// A hint on how to fix it; shown on failure.
    public var hint: LocalizedText? { heading.hint }

    public init(
        id: String,
        status: CheckStatus,
        points: Double,
        maxPoints: Double,
        title: LocalizedText,
        message: LocalizedText,
        hint: LocalizedText? = nil,
        location: SourceLocation? = nil,
        notes: [LocalizedText] = []
    ) {
        self.init(
            heading: CheckHeading(id: id, title: title, hint: hint, maxPoints: maxPoints), status: status, points: points,
            message: message, location: location, notes: notes)
    }

    /// A result of the check `heading` describes.
    public init(
        heading: CheckHeading,
        status: CheckStatus,
        points: Double,
        message: LocalizedText,
        location: SourceLocation? = nil,
        notes: [LocalizedText] = []
    ) {
        self.heading = heading
        self.status = status
        self.points = points
        self.message = message
        self.location = location
        self.notes = notes
    }

    // Coded as the flat object it always was: the heading's fields beside the result's.
    private enum CodingKeys: String, CodingKey {
        case id, status, points, maxPoints, title, message, hint, location, notes
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(String.self, forKey: .id),
            status: try container.decode(CheckStatus.self, forKey: .status),
            points: try container.decode(Double.self, forKey: .points),
            maxPoints: try container.decode(Double.self, forKey: .maxPoints),
            title: try container.decode(LocalizedText.self, forKey: .title),
            message: try container.decode(LocalizedText.self, forKey: .message),
            hint: try container.decodeIfPresent(LocalizedText.self, forKey: .hint),
            location: try container.decodeIfPresent(SourceLocation.self, forKey: .location),
            notes: try container.decode([LocalizedText].self, forKey: .notes))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(status, forKey: .status)
        try container.encode(points, forKey: .points)
        try container.encode(maxPoints, forKey: .maxPoints)
        try container.encode(title, forKey: .title)
        try container.encode(message, forKey: .message)
        try container.encodeIfPresent(hint, forKey: .hint)
        try container.encodeIfPresent(location, forKey: .location)
        try container.encode(notes, forKey: .notes)
    }
}

/// What happened when a block program ran (puzzle exercises only).
public struct RunSummary: Hashable, Sendable, Codable {
    public enum Outcome: String, Sendable, Codable, Hashable {
        case solved, crash, timeout, stopped
        case notRun = "not-run"
    }

    public var outcome: Outcome
    /// Interpreter steps taken.
    public var steps: Int
    /// Blocks in the program (shadow and `math_number` blocks not counted).
    public var blocks: Int
    /// The id of the block the run ended on, when there is one.
    public var block: String?

    public init(outcome: Outcome, steps: Int, blocks: Int, block: String?) {
        self.outcome = outcome
        self.steps = steps
        self.blocks = blocks
        self.block = block
    }
}

/// Everything kru has to say about one submission to one exercise: the one
/// result model every writer (terminal, JSON, HTML, CSV, Moodle,
/// Gradescope) renders.
public struct GradeResult: Hashable, Sendable, Codable {
    /// The exercise id, for example `web/01-first-page`.
    public var exercise: String
    /// The exercise title.
    public var title: LocalizedText
    public var checks: [CheckResult]
    /// Advice beside the checks (beginner diagnostics); does not change verdicts.
    public var diagnostics: [Finding]
    /// Present for puzzle exercises.
    public var run: RunSummary?

    public init(
        exercise: String,
        title: LocalizedText,
        checks: [CheckResult],
        diagnostics: [Finding],
        run: RunSummary? = nil
    ) {
        self.exercise = exercise
        self.title = title
        self.checks = checks
        self.diagnostics = diagnostics
        self.run = run
    }

    /// Sum of points earned.
    public var score: Double { checks.reduce(0) { $0 + $1.points } }
    /// Sum of points available.
    public var maxScore: Double { checks.reduce(0) { $0 + $1.maxPoints } }
    /// True when every check passes.
    public var passed: Bool { checks.allSatisfy { $0.status == .pass } }
}
