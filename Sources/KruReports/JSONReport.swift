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

    /// Appends ``object(for:language:)`` as compact JSON, exactly as
    /// `JSONText.compact` writes that object (keys sorted), without building
    /// it: a run writes one per submission.
    static func write(_ result: GradeResult, language: Language, into out: inout String) {
        // Members in sorted key order, here and below.
        out += "{\"checks\":["
        for (index, check) in result.checks.enumerated() {
            if index > 0 { out += "," }
            write(check, language: language, into: &out)
        }
        out += "],\"diagnostics\":["
        for (index, finding) in result.diagnostics.enumerated() {
            if index > 0 { out += "," }
            write(finding, language: language, into: &out)
        }
        out += "],\"exercise\":"
        JSONText.string(result.exercise, into: &out)
        out += ",\"language\":"
        JSONText.string(language.rawValue, into: &out)
        out += ",\"maxScore\":" + JSONText.number(result.maxScore)
        out += ",\"passed\":" + (result.passed ? "true" : "false")
        if let run = result.run {
            out += ",\"run\":{\"block\":"
            if let block = run.block { JSONText.string(block, into: &out) } else { out += "null" }
            out += ",\"blocks\":" + String(run.blocks) + ",\"outcome\":"
            JSONText.string(run.outcome.rawValue, into: &out)
            out += ",\"steps\":" + String(run.steps) + "}"
        }
        out += ",\"schemaVersion\":" + String(schemaVersion)
        out += ",\"score\":" + JSONText.number(result.score)
        out += ",\"title\":"
        JSONText.string(result.title.text(language), into: &out)
        out += "}"
    }

    static func write(_ check: CheckResult, language: Language, into out: inout String) {
        out += "{"
        if let hint = check.hint, check.status != .pass {
            out += "\"hint\":"
            JSONText.string(hint.text(language), into: &out)
            out += ","
        }
        out += "\"id\":"
        JSONText.string(check.id, into: &out)
        if let location = check.location { write(location, into: &out) }
        out += ",\"maxPoints\":" + JSONText.number(check.maxPoints) + ",\"message\":"
        JSONText.string(check.message.text(language), into: &out)
        write(notes: check.notes, language: language, into: &out)
        out += ",\"points\":" + JSONText.number(check.points) + ",\"status\":"
        JSONText.string(check.status.rawValue, into: &out)
        out += ",\"title\":"
        JSONText.string(check.title.text(language), into: &out)
        out += "}"
    }

    static func write(_ finding: Finding, language: Language, into out: inout String) {
        out += "{\"id\":"
        JSONText.string(finding.id, into: &out)
        if let location = finding.location { write(location, into: &out) }
        out += ",\"message\":"
        JSONText.string(finding.message.text(language), into: &out)
        write(notes: finding.notes, language: language, into: &out)
        out += ",\"severity\":"
        JSONText.string(finding.severity.rawValue, into: &out)
        out += "}"
    }

    /// `,"location":{…}`
    static func write(_ location: SourceLocation, into out: inout String) {
        out += ",\"location\":{\"column\":" + String(location.column) + ",\"file\":"
        JSONText.string(location.file, into: &out)
        out += ",\"line\":" + String(location.line) + "}"
    }

    /// `,"notes":[…]`
    static func write(notes: [LocalizedText], language: Language, into out: inout String) {
        out += ",\"notes\":["
        for (index, note) in notes.enumerated() {
            if index > 0 { out += "," }
            JSONText.string(note.text(language), into: &out)
        }
        out += "]"
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
