import Foundation
import KruCore

/// Writes results as the JSON contract documented in README.md
/// ("JSON output"). Field names and shapes here are stable: add fields, never
/// rename or remove them.
public enum JSONReport {
    /// Version of the JSON contract, written as `schemaVersion`.
    public static let schemaVersion = 1

    /// One submission's result, in the student's language.
    public static func object(for result: GradeResult, language: Language) -> [String: Any] {
        var object: [String: Any] = [
            "schemaVersion": schemaVersion,
            "exercise": result.exercise,
            "title": result.title.text(language),
            "language": language.rawValue,
            "passed": result.passed,
            "score": result.score,
            "maxScore": result.maxScore,
            "checks": result.checks.map { check(for: $0, language: language) },
            "diagnostics": result.diagnostics.map { finding(for: $0, language: language) },
        ]
        if let run = result.run {
            var runObject: [String: Any] = ["outcome": run.outcome.rawValue, "steps": run.steps, "blocks": run.blocks]
            runObject["block"] = run.block ?? NSNull()
            object["run"] = runObject
        }
        return object
    }

    /// Serializes a JSON object with sorted keys, so output is stable and diffable.
    public static func serialize(_ object: Any) -> String {
        let data = (try? JSONSerialization.data(
            withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    static func check(for check: CheckResult, language: Language) -> [String: Any] {
        var object: [String: Any] = [
            "id": check.id,
            "status": check.status.rawValue,
            "points": check.points,
            "maxPoints": check.maxPoints,
            "title": check.title.text(language),
            "message": check.message.text(language),
            "notes": check.notes.map { $0.text(language) },
        ]
        if let hint = check.hint, check.status != .pass { object["hint"] = hint.text(language) }
        if let location = check.location { object["location"] = self.location(location) }
        return object
    }

    static func finding(for finding: Finding, language: Language) -> [String: Any] {
        var object: [String: Any] = [
            "id": finding.id,
            "severity": finding.severity.rawValue,
            "message": finding.message.text(language),
            "notes": finding.notes.map { $0.text(language) },
        ]
        if let location = finding.location { object["location"] = self.location(location) }
        return object
    }

    static func location(_ location: SourceLocation) -> [String: Any] {
        ["file": location.file, "line": location.line, "column": location.column]
    }
}
