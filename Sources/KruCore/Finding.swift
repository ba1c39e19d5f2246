/// How serious a ``Finding`` is.
public enum Severity: String, Sendable, Codable, Comparable {
    case info
    case warning
    case error

    private var rank: Int {
        switch self {
        case .info: return 0
        case .warning: return 1
        case .error: return 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// One piece of advice about a file: a beginner diagnostic (HTML, CSS, a
/// block program) or a problem in an exercise pack.
///
/// Rules never print: they emit findings to a ``FindingEmitter``, and the
/// writers in KruReports decide how to show them.
public struct Finding: Hashable, Sendable, Codable {
    /// Stable identifier of the rule, for example `html.unclosed-element`.
    public var id: String
    public var severity: Severity
    /// What is wrong, in words a beginner understands.
    public var message: LocalizedText
    /// Where it is, when it is somewhere.
    public var location: SourceLocation?
    /// Further explanation or a suggestion ("did you mean `color`?").
    public var notes: [LocalizedText]

    public init(
        id: String,
        severity: Severity = .warning,
        message: LocalizedText,
        location: SourceLocation?,
        notes: [LocalizedText] = []
    ) {
        self.id = id
        self.severity = severity
        self.message = message
        self.location = location
        self.notes = notes
    }
}

/// Collects findings from rules, in the order they are emitted.
public struct FindingEmitter: Sendable {
    public private(set) var findings: [Finding] = []

    public init() {}

    public mutating func emit(_ finding: Finding) {
        findings.append(finding)
    }

    public mutating func emit(
        _ id: String,
        severity: Severity = .warning,
        _ message: LocalizedText,
        at location: SourceLocation?,
        notes: [LocalizedText] = []
    ) {
        findings.append(Finding(id: id, severity: severity, message: message, location: location, notes: notes))
    }

    /// Findings sorted by location (file, line, column), stable for equal places.
    public var sortedFindings: [Finding] {
        findings.enumerated().sorted { a, b in
            switch (a.element.location, b.element.location) {
            case let (la?, lb?): return la == lb ? a.offset < b.offset : la < lb
            case (nil, _?): return false
            case (_?, nil): return true
            case (nil, nil): return a.offset < b.offset
            }
        }.map(\.element)
    }
}
