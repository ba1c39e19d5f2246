import Foundation
import KruCore

/// The machine-readable result of a whole `kru grade` run (`results.json`),
/// written piece by piece so a large cohort never sits in memory.
///
/// Shape (`schemaVersion` 1; fields are added, never renamed or removed):
/// ```
/// { "schemaVersion": 1,
///   "run": { "id", "startedAt", "cohort", "layout", "pack" },
///   "exercises": [ { "id", "title": {"en","km"}, "maxScore" (null when nothing was graded) } ],
///   "problems": [ { "file", "message": {"en","km"} } ],
///   "students": [ { "key", "name", "language", "participant" (or null),
///       "submissions": [ { "exercise", "status": "graded"|"error"|"missing", "reused", "origin",
///           "contentHash" (or null), "score", "maxScore", "passed" (graded only),
///           "result": <the `kru check --format json` object, in the student's language> (graded only),
///           "error": { "file", "message": {"en","km"} } (error only) } ] } ],
///   "summary": { "students", "graded", "reused", "errors", "missing" } }
/// ```
public enum RunJSON {
    public static func head(run: [String: Any], exercises: [CohortExercise], problems: [(file: String, message: LocalizedText)]) -> String {
        let exerciseObjects: [[String: Any]] = exercises.map {
            ["id": $0.id, "title": ["en": $0.title.en, "km": $0.title.km], "maxScore": $0.maxScore ?? NSNull()]
        }
        let problemObjects: [[String: Any]] = problems.map {
            ["file": $0.file, "message": ["en": $0.message.en, "km": $0.message.km]]
        }
        return "{\"schemaVersion\":1,\n\"run\":\(compact(run)),\n\"exercises\":\(compact(exerciseObjects)),\n\"problems\":\(compact(problemObjects)),\n\"students\":[\n"
    }

    /// One student's object; `first` is false for every student after the first.
    public static func student(_ student: CohortStudent, rows: [CohortRow], first: Bool) -> String {
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
        let object: [String: Any] = [
            "key": student.key, "name": student.name, "language": student.language.rawValue,
            "participant": student.participant ?? NSNull(), "submissions": submissions,
        ]
        return (first ? "" : ",\n") + compact(object)
    }

    public static func tail(summary: [String: Any]) -> String {
        "\n],\n\"summary\":\(compact(summary))}\n"
    }

    static func compact(_ object: Any) -> String { JSONText.compact(object) }
}
