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
///
/// Fields are looked at byte by byte: a `,` `"` `;` CR or LF anywhere
/// (even followed by a combining mark, or as a CRLF pair) quotes the field.
package enum CSV {
    package static func field(_ value: String) -> String {
        let utf8 = value.utf8
        var value = value
        // A cell starting with = + - @ is a formula to spreadsheets; keep it text.
        if let first = utf8.first, first == 0x3D || first == 0x2B || first == 0x2D || first == 0x40, Double(value) == nil {
            value = "'" + value
        }
        guard utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D || $0 == 0x3B }) else { return value }
        guard utf8.contains(0x22) else { return "\"" + value + "\"" }
        var quoted: [UInt8] = [0x22]
        quoted.reserveCapacity(value.utf8.count + 8)
        for byte in value.utf8 {
            if byte == 0x22 { quoted.append(0x22) }
            quoted.append(byte)
        }
        quoted.append(0x22)
        return String(decoding: quoted, as: UTF8.self)
    }

    package static func line(_ fields: [String]) -> String {
        var line = ""
        for (index, field) in fields.enumerated() {
            if index > 0 { line += "," }
            line += self.field(field)
        }
        return line + "\r\n"
    }
}
