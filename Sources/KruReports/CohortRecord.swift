import Foundation
import KruCore

/// A student of a cohort as the mentor's outputs name them.
public struct CohortStudent: Hashable, Sendable, Codable {
    /// Stable key: the roster or Moodle id when there is one, else the folder name.
    public var key: String
    /// The name exactly as the roster, Moodle or the folder spells it (Khmer kept as is).
    public var name: String
    /// The language the student reads their report in.
    public var language: Language
    /// Moodle's participant number (the `123456` of `Participant 123456`), when known.
    public var participant: String?

    public init(key: String, name: String, language: Language, participant: String? = nil) {
        self.key = key
        self.name = name
        self.language = language
        self.participant = participant
    }
}

/// One quoted line of a student's file, kept so reports can show the line a
/// message is about without holding the whole submission.
public struct SourceExcerpt: Hashable, Sendable, Codable {
    public var file: String
    public var line: Int
    public var text: String

    public init(file: String, line: Int, text: String) {
        self.file = file
        self.line = line
        self.text = text
    }
}

/// A graded submission with what the reports need beside the result.
public struct GradedSubmission: Hashable, Sendable, Codable {
    public var result: GradeResult
    /// The source lines the checks and diagnostics point at.
    public var excerpts: [SourceExcerpt]
    /// A picture of the result (the maze with the robot's path) as an SVG document, for puzzles.
    public var picture: String?

    public init(result: GradeResult, excerpts: [SourceExcerpt] = [], picture: String? = nil) {
        self.result = result
        self.excerpts = excerpts
        self.picture = picture
    }

    /// The excerpt for a location, when one was kept.
    public func excerpt(at location: SourceLocation) -> SourceExcerpt? {
        excerpts.first { $0.file == location.file && $0.line == location.line }
    }

    /// Keeps the lines of `sources` (path → text) that `result` points at.
    public static func excerpts(for result: GradeResult, sources: [String: String]) -> [SourceExcerpt] {
        var wanted: [SourceLocation] = result.checks.filter { $0.status != .pass }.compactMap(\.location)
        wanted += result.diagnostics.compactMap(\.location)
        var seen = Set<String>()
        var out: [SourceExcerpt] = []
        var indexes: [String: LineIndex] = [:]
        for location in wanted {
            let key = "\(location.file):\(location.line)"
            guard !seen.contains(key), let text = sources[location.file] else { continue }
            seen.insert(key)
            let index = indexes[location.file] ?? LineIndex(text: text, file: location.file)
            indexes[location.file] = index
            guard let line = index.lineText(location.line) else { continue }
            let clipped = line.count > 200 ? String(line.prefix(200)) + "…" : line
            out.append(SourceExcerpt(file: location.file, line: location.line, text: clipped))
        }
        return out
    }
}

/// What became of one student's work on one exercise in a batch run.
public enum SubmissionOutcome: Hashable, Sendable {
    /// Graded; `reused` when the result came from an earlier run (same content, same rubric).
    case graded(GradedSubmission, reused: Bool)
    /// Could not be graded: `file` names what is at fault, `message` says why and what to do.
    case error(file: String, message: LocalizedText)
    /// The student submitted nothing for this exercise.
    case missing
}

/// One row of a batch run: a student × an exercise.
public struct CohortRow: Hashable, Sendable {
    public var student: CohortStudent
    /// The exercise id (`web/01-first-page`).
    public var exercise: String
    public var outcome: SubmissionOutcome
    /// Where the submission came from (a path, or `zip!entry/`); empty when missing.
    public var origin: String
    /// SHA-256 of the submission's files, when they were read.
    public var contentHash: String?

    public init(student: CohortStudent, exercise: String, outcome: SubmissionOutcome, origin: String, contentHash: String? = nil) {
        self.student = student
        self.exercise = exercise
        self.outcome = outcome
        self.origin = origin
        self.contentHash = contentHash
    }

    /// Points earned, when graded.
    public var score: Double? {
        if case .graded(let graded, _) = outcome { return graded.result.score }
        return nil
    }

    /// The status word of the row: `graded`, `error` or `missing`.
    public var status: String {
        switch outcome {
        case .graded: return "graded"
        case .error: return "error"
        case .missing: return "missing"
        }
    }
}

/// An exercise of a run, as the cohort outputs list it.
public struct CohortExercise: Hashable, Sendable {
    public var id: String
    public var title: LocalizedText
    /// Points available; `nil` when no submission to it could be graded.
    public var maxScore: Double?

    public init(id: String, title: LocalizedText, maxScore: Double?) {
        self.id = id
        self.title = title
        self.maxScore = maxScore
    }
}
