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
    /// Written member by member in sorted key order, as `JSONText` writes objects.
    public static func student(_ student: CohortStudent, rows: [CohortRow], first: Bool) -> String {
        let language = student.language
        var out = ""
        out.reserveCapacity(512 + 2048 * rows.count)
        out += first ? "{\"key\":" : ",\n{\"key\":"
        JSONText.string(student.key, into: &out)
        out += ",\"language\":"
        JSONText.string(language.rawValue, into: &out)
        out += ",\"name\":"
        JSONText.string(student.name, into: &out)
        out += ",\"participant\":"
        if let participant = student.participant { JSONText.string(participant, into: &out) } else { out += "null" }
        out += ",\"submissions\":["
        for (index, row) in rows.enumerated() {
            if index > 0 { out += "," }
            out += "{\"contentHash\":"
            if let hash = row.contentHash { JSONText.string(hash, into: &out) } else { out += "null" }
            switch row.outcome {
            case .graded(let graded, let wasReused):
                out += ",\"exercise\":"
                JSONText.string(row.exercise, into: &out)
                out += ",\"maxScore\":" + JSONText.number(graded.result.maxScore) + ",\"origin\":"
                JSONText.string(row.origin, into: &out)
                out += ",\"passed\":" + (graded.result.passed ? "true" : "false") + ",\"result\":"
                JSONReport.write(graded.result, language: language, into: &out)
                out += ",\"reused\":" + (wasReused ? "true" : "false")
                out += ",\"score\":" + JSONText.number(graded.result.score)
            case .error(let file, let message):
                out += ",\"error\":{\"file\":"
                JSONText.string(file, into: &out)
                out += ",\"message\":{\"en\":"
                JSONText.string(message.en, into: &out)
                out += ",\"km\":"
                JSONText.string(message.km, into: &out)
                out += "}},\"exercise\":"
                JSONText.string(row.exercise, into: &out)
                out += ",\"origin\":"
                JSONText.string(row.origin, into: &out)
                out += ",\"reused\":false"
            case .missing:
                out += ",\"exercise\":"
                JSONText.string(row.exercise, into: &out)
                out += ",\"origin\":"
                JSONText.string(row.origin, into: &out)
                out += ",\"reused\":false"
            }
            out += ",\"status\":"
            JSONText.string(row.status, into: &out)
            out += "}"
        }
        out += "]}"
        return out
    }

    public static func tail(summary: [String: Any]) -> String {
        "\n],\n\"summary\":\(compact(summary))}\n"
    }

    static func compact(_ object: Any) -> String { JSONText.compact(object) }
}
