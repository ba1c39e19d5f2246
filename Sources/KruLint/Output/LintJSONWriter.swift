import Foundation
import KruCore

/// Writes a ``LintReport`` as JSON, a stable contract for tools (keys sorted;
/// `exercise`, `file`, `line`, `column` are `null` when unknown):
///
/// ```json
/// {
///   "schemaVersion": 1,
///   "tool": "kru lint",
///   "pack": "exercises-khmer",
///   "strict": false,
///   "summary": {"exercises": 25, "errors": 1, "warnings": 0, "clean": false},
///   "exercises": [{"id": "web/01-first-page", "kind": "web"}],
///   "rules": [{"id": "solution-passes", "title": {"en": "…", "km": "…"}, "kinds": null}],
///   "findings": [{
///     "rule": "solution-passes", "severity": "error", "exercise": "web/01-first-page",
///     "file": "graders/web/01-first-page/solution.html", "line": 3, "column": 5,
///     "message": {"en": "…", "km": "…"}, "notes": [{"en": "…", "km": "…"}]
///   }]
/// }
/// ```
public struct LintJSONWriter: Sendable {
    /// Bumped when a key changes meaning or disappears (new keys may appear).
    public static let schemaVersion = 1

    /// How the pack was named on the command line (paths in findings are relative to it).
    public var pack: String

    public init(pack: String) {
        self.pack = pack
    }

    public func render(_ report: LintReport) -> String {
        let document: [String: Any] = [
            "schemaVersion": Self.schemaVersion,
            "tool": "kru lint",
            "pack": pack,
            "strict": report.strict,
            "summary": [
                "exercises": report.exercises.count, "errors": report.errorCount, "warnings": report.warningCount,
                "clean": report.isClean,
            ] as [String: Any],
            "exercises": report.exercises.map { exercise -> [String: Any] in
                ["id": exercise.id, "kind": exercise.kind?.rawValue ?? NSNull()]
            },
            "rules": report.rules.map { rule -> [String: Any] in
                [
                    "id": rule.id, "title": Self.text(rule.title),
                    "kinds": rule.kinds.map { $0.map(\.rawValue).sorted() } ?? NSNull(),
                ]
            },
            "findings": report.findings.map { item -> [String: Any] in
                let finding = item.finding
                return [
                    "rule": finding.id,
                    "severity": finding.severity.rawValue,
                    "exercise": item.exercise ?? NSNull(),
                    "file": finding.location?.file ?? NSNull(),
                    "line": finding.location?.line ?? NSNull(),
                    "column": finding.location?.column ?? NSNull(),
                    "message": Self.text(finding.message),
                    "notes": finding.notes.map(Self.text),
                ]
            },
        ]
        let data = (try? JSONSerialization.data(
            withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private static func text(_ text: LocalizedText) -> [String: String] { ["en": text.en, "km": text.km] }
}
