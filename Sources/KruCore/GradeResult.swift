/// The verdict of one check.
public enum CheckStatus: String, Sendable, Codable, Hashable {
    /// The submission does what the check asks.
    case pass
    /// It does not; the message says what was found instead.
    case fail
    /// The check could not judge (its rubric is broken, a file is unreadable).
    case error
}

/// The result of one rubric check on one submission.
public struct CheckResult: Hashable, Sendable, Codable {
    /// The check's id from the rubric, for example `one-h1`.
    public let id: String
    public let status: CheckStatus
    /// Points earned (the check's points on pass, 0 otherwise).
    public let points: Double
    /// Points the check is worth.
    public let maxPoints: Double
    /// The check's title: what it asks for.
    public let title: LocalizedText
    /// What was found, and where.
    public let message: LocalizedText
    /// A hint on how to fix it; shown on failure.
    public let hint: LocalizedText?
    /// The place the message is about, when there is one.
    public let location: SourceLocation?
    /// Extra remarks that do not change the verdict (for example "solved with
    /// 7 blocks; it can be done with 4").
    public let notes: [LocalizedText]

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
        self.id = id
        self.status = status
        self.points = points
        self.maxPoints = maxPoints
        self.title = title
        self.message = message
        self.hint = hint
        self.location = location
        self.notes = notes
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
