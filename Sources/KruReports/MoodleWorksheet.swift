import Foundation
import KruCore

/// A Moodle assignment "offline grading worksheet" for one exercise, ready
/// for Moodle's "Upload grading worksheet" (with the assignment's feedback
/// comments and offline grading worksheet enabled).
///
/// Columns, exactly: `Identifier`, `Full name`, `Grade`, `Maximum Grade`,
/// `Last modified (grade)`, `Feedback comments`. `Identifier` is
/// `Participant 123456` (Moodle's participant number); `Grade` is the points
/// earned (empty when nothing could be graded, so Moodle leaves the grade
/// alone); `Last modified (grade)` is the run's time in ISO 8601, which
/// Moodle's importer reads with `strtotime`. UTF-8 with a byte-order mark
/// (Moodle strips it on import).
public struct MoodleWorksheet: Sendable {
    public static let columns = ["Identifier", "Full name", "Grade", "Maximum Grade", "Last modified (grade)", "Feedback comments"]

    public let exercise: CohortExercise
    /// When the grades were made.
    public let date: Date
    private let modified: String

    public init(exercise: CohortExercise, date: Date) {
        self.exercise = exercise
        self.date = date
        self.modified = UTCDate.iso8601(date)
    }

    public func header() -> String { "\u{FEFF}" + CSV.line(Self.columns) }

    /// The line of one student's row for this exercise.
    public func line(_ row: CohortRow) -> String {
        let identifier = row.student.participant.map { "Participant \($0)" } ?? row.student.key
        let language = row.student.language
        let maximum = exercise.maxScore.map(ReportLabels.points) ?? ""
        switch row.outcome {
        case .graded(let graded, _):
            return CSV.line([
                identifier, row.student.name, ReportLabels.points(graded.result.score), maximum, modified,
                Self.feedback(graded.result, language: language),
            ])
        case .error(let file, let message):
            return CSV.line([
                identifier, row.student.name, "", maximum, modified,
                BatchLabels.couldNotGrade.text(language) + ": " + file + ": " + message.text(language),
            ])
        case .missing:
            return CSV.line([identifier, row.student.name, "", maximum, modified, BatchLabels.notSubmitted.text(language)])
        }
    }

    /// Short feedback: the score, then each failing check's message.
    static func feedback(_ result: GradeResult, language: Language) -> String {
        var text = BatchLabels.feedbackScore.filling([
            "score": ReportLabels.points(result.score), "max": ReportLabels.points(result.maxScore),
        ]).text(language)
        let failing = result.checks.filter { $0.status != .pass }
        if failing.isEmpty { return text + " " + BatchLabels.feedbackAllPass.text(language) }
        text += " " + BatchLabels.feedbackToFix.text(language)
        for check in failing {
            var item = " • \(check.title.text(language)): \(check.message.text(language))"
            if let location = check.location { item += " (\(location))" }
            text += item
        }
        return text
    }
}
