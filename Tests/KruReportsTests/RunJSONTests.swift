import Foundation
import KruCore
import Testing

@testable import KruReports

/// `results.json`'s students are written member by member; the bytes are
/// those of the documented objects (``JSONReport/object(for:language:)``
/// inside) written by `JSONText` with sorted keys.
struct RunJSONTests {
    /// The student object as the contract describes it, built as a dictionary.
    static func reference(_ student: CohortStudent, rows: [CohortRow]) -> [String: Any] {
        let submissions: [[String: Any]] = rows.map { row in
            var object: [String: Any] = [
                "exercise": row.exercise, "status": row.status, "origin": row.origin,
                "contentHash": row.contentHash ?? NSNull(), "reused": false,
            ]
            switch row.outcome {
            case .graded(let graded, let reused):
                object["reused"] = reused
                object["score"] = graded.result.score
                object["maxScore"] = graded.result.maxScore
                object["passed"] = graded.result.passed
                object["result"] = JSONReport.object(for: graded.result, language: student.language)
            case .error(let file, let message):
                object["error"] = ["file": file, "message": ["en": message.en, "km": message.km]]
            case .missing:
                break
            }
            return object
        }
        return [
            "key": student.key, "name": student.name, "language": student.language.rawValue,
            "participant": student.participant ?? NSNull(), "submissions": submissions,
        ]
    }

    static let texts = [
        "សួស្តី! ខ្ញុំឈ្មោះ ស្រីនាង ពៅ", "\"quoted\" \\ <h1> & 'x'", String((0..<0x20).map { Character(Unicode.Scalar(UInt8($0))) }),
        "👩🏽‍💻 🇰🇭 \u{2028} \u{FEFF}", "", #"\u0041 \n"#,
    ]

    static func result(_ index: Int) -> GradeResult {
        let text = texts[index % texts.count]
        let localized = LocalizedText(en: "en " + text, km: "km " + texts[(index + 1) % texts.count])
        return GradeResult(
            exercise: "web/\(text)", title: localized,
            checks: [
                CheckResult(
                    id: text, status: .fail, points: 0, maxPoints: 1.5, title: localized, message: localized, hint: localized,
                    location: SourceLocation(file: text, line: index, column: 12), notes: [localized, localized]),
                CheckResult(id: "ok", status: .pass, points: 0.1, maxPoints: 0.1, title: localized, message: localized, hint: localized),
                CheckResult(id: "broken", status: .error, points: 0, maxPoints: 2, title: localized, message: localized),
            ],
            diagnostics: [
                Finding(id: "a", severity: .warning, message: localized, location: SourceLocation(file: "index.html", line: 3, column: 1)),
                Finding(id: "b", severity: .info, message: localized, location: nil, notes: [localized]),
            ],
            run: index % 2 == 0 ? RunSummary(outcome: .crash, steps: 17, blocks: 4, block: index % 4 == 0 ? text : nil) : nil)
    }

    @Test func studentsAreWrittenAsTheirObjectsWithSortedKeys() {
        for (index, text) in Self.texts.enumerated() {
            for language in Language.allCases {
                let student = CohortStudent(
                    key: "s\(index)" + text, name: text + " ស្រីនាង", language: language, participant: index % 2 == 0 ? "12345\(index)" : nil)
                let rows = [
                    CohortRow(
                        student: student, exercise: "web/01", outcome: .graded(GradedSubmission(result: Self.result(index)), reused: index % 3 == 0),
                        origin: "s\(index)/web/01.html", contentHash: "abc\(index)"),
                    CohortRow(
                        student: student, exercise: "css/\(text)", outcome: .graded(GradedSubmission(result: Self.result(index + 1)), reused: false),
                        origin: text, contentHash: nil),
                    CohortRow(
                        student: student, exercise: "maze/02", outcome: .error(file: text, message: LocalizedText(en: text, km: "ខុស " + text)),
                        origin: "zip!" + text, contentHash: "def"),
                    CohortRow(student: student, exercise: "maze/03", outcome: .missing, origin: ""),
                ]
                let expected = JSONText.compact(Self.reference(student, rows: rows))
                #expect(RunJSON.student(student, rows: rows, first: true) == expected)
                #expect(RunJSON.student(student, rows: rows, first: false) == ",\n" + expected)
                #expect(RunJSON.student(student, rows: [], first: true) == JSONText.compact(Self.reference(student, rows: [])))
            }
        }
    }
}
