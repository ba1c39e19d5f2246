import Foundation
import KruCore

/// The gradebook: one row per student, one column per exercise (points), as
/// CSV in UTF-8 with a byte-order mark so Excel shows Khmer names.
///
/// Columns: `Student ID`, `Name`, one per exercise id, `Total`, `Maximum`.
/// A cell is the points earned, `error` when the submission could not be
/// graded, or empty when nothing was submitted.
public struct CSVGradebook: Sendable {
    public let exercises: [CohortExercise]

    public init(exercises: [CohortExercise]) {
        self.exercises = exercises
    }

    /// The byte-order mark and the header line.
    public func header() -> String {
        "\u{FEFF}" + CSV.line(["Student ID", "Name"] + exercises.map(\.id) + ["Total", "Maximum"])
    }

    /// One student's line from their rows (any order).
    public func line(student: CohortStudent, rows: [CohortRow]) -> String {
        var cells = [student.key, student.name]
        var total = 0.0
        for exercise in exercises {
            guard let row = rows.first(where: { $0.exercise == exercise.id }) else {
                cells.append("")
                continue
            }
            switch row.outcome {
            case .graded(let graded, _):
                total += graded.result.score
                cells.append(ReportLabels.points(graded.result.score))
            case .error: cells.append("error")
            case .missing: cells.append("")
            }
        }
        cells.append(ReportLabels.points(total))
        cells.append(ReportLabels.points(exercises.reduce(0) { $0 + ($1.maxScore ?? 0) }))
        return CSV.line(cells)
    }
}

/// CSV fields and lines (RFC 4180, CRLF line ends).
package enum CSV {
    package static func field(_ value: String) -> String {
        var value = value
        // A cell starting with = + - @ is a formula to spreadsheets; keep it text.
        if let first = value.first, "=+-@".contains(first), Double(value) == nil { value = "'" + value }
        if value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == ";" }) {
            var quoted = "\""
            for character in value {
                if character == "\"" { quoted += "\"" }
                quoted.append(character)
            }
            return quoted + "\""
        }
        return value
    }

    package static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }
}
