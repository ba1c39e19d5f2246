import Foundation
import KruCore

/// Gradescope autograder output (`results.json`) for one submission, in the
/// student's language: top-level `score`, `max_score`, `output`,
/// `visibility`, `stdout_visibility`, and `tests[]` with `name`, `score`,
/// `max_score`, `status` (`passed`/`failed`), `output` and `visibility`.
public enum GradescopeResults {
    /// The results object of a row; `nil` for a missing row (nothing to report).
    public static func object(for row: CohortRow) -> [String: Any]? {
        let language = row.student.language
        switch row.outcome {
        case .missing:
            return nil
        case .error(let file, let message):
            return [
                "score": 0,
                "output": BatchLabels.couldNotGrade.text(language) + ": " + file + ": " + message.text(language),
                "visibility": "visible",
                "stdout_visibility": "visible",
                "tests": [[String: Any]](),
            ]
        case .graded(let graded, _):
            let result = graded.result
            let tests: [[String: Any]] = result.checks.map { check in
                var output = check.status == .pass ? check.title.text(language) : check.message.text(language)
                if check.status != .pass {
                    if let location = check.location {
                        output += "\n" + location.description
                        if let excerpt = graded.excerpt(at: location) { output += "\n\(excerpt.line) | \(excerpt.text)" }
                    }
                    if let hint = check.hint { output += "\n" + ReportLabels.hint.text(language) + ": " + hint.text(language) }
                }
                for note in check.notes { output += "\n" + note.text(language) }
                return [
                    "name": "\(check.id): \(check.title.text(language))",
                    "score": check.points,
                    "max_score": check.maxPoints,
                    "status": check.status == .pass ? "passed" : "failed",
                    "output": output,
                    "visibility": "visible",
                ]
            }
            var output = "\(result.exercise) — \(result.title.text(language))"
            if !result.diagnostics.isEmpty {
                output += "\n\n" + ReportLabels.advice.text(language)
                for finding in result.diagnostics {
                    output += "\n" + (finding.location.map { "\($0) " } ?? "") + finding.message.text(language)
                }
            }
            return [
                "score": result.score,
                "max_score": result.maxScore,
                "output": output,
                "visibility": "visible",
                "stdout_visibility": "visible",
                "tests": tests,
            ]
        }
    }
}
