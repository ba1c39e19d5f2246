import KruCore

/// Writes a ``LintReport`` as JUnit XML, which CI dashboards show as tests:
/// one `<testsuite>` per exercise holding one `<testcase>` per lint rule that
/// judges it (named after the rule), failing with one `<failure>` per error;
/// warnings go to the test case's `<system-out>`. Problems of the pack as a
/// whole (a grader folder without an exercise) are in a `pack` suite.
public struct LintJUnitWriter: Sendable {
    public var language: Language
    /// Put before every pack-relative path.
    public var pathPrefix: String

    public init(language: Language, pathPrefix: String = "") {
        self.language = language
        self.pathPrefix = pathPrefix
    }

    public func render(_ report: LintReport) -> String {
        var suites: [(name: String, cases: [(rule: LintRuleInfo, findings: [LintFinding])])] = []
        let packRules = report.rules.filter { rule in report.findings.contains { $0.rule == rule.id && $0.exercise == nil } }
        suites.append(("pack", packRules.map { ($0, report.findings(rule: $0.id, exercise: nil)) }))
        for exercise in report.exercises {
            suites.append((exercise.id, report.rules(for: exercise).map { ($0, report.findings(rule: $0.id, exercise: exercise.id)) }))
        }
        let tests = suites.reduce(0) { $0 + $1.cases.count }
        let failures = suites.reduce(0) { $0 + $1.cases.filter { $0.findings.contains { $0.severity == .error } }.count }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"kru lint\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"0\">\n"
        for suite in suites {
            let suiteFailures = suite.cases.filter { $0.findings.contains { $0.severity == .error } }.count
            out += "  <testsuite name=\"\(Self.escape(suite.name))\" tests=\"\(suite.cases.count)\" failures=\"\(suiteFailures)\" errors=\"0\">\n"
            for testCase in suite.cases {
                let name = Self.escape(testCase.rule.id)
                let title = Self.escape(testCase.rule.title.text(language))
                let errors = testCase.findings.filter { $0.severity == .error }
                let others = testCase.findings.filter { $0.severity != .error }
                if errors.isEmpty, others.isEmpty {
                    out += "    <testcase classname=\"\(Self.escape(suite.name))\" name=\"\(name)\"/>\n"
                    continue
                }
                out += "    <testcase classname=\"\(Self.escape(suite.name))\" name=\"\(name)\">\n"
                for item in errors {
                    let file = item.finding.location.map { " file=\"\(Self.escape(pathPrefix + $0.file))\" line=\"\($0.line)\"" } ?? ""
                    out += "      <failure type=\"\(name)\" message=\"\(Self.escape(item.finding.message.text(language)))\"\(file)>"
                    out += Self.escape("\(title)\n\(describe(item))") + "</failure>\n"
                }
                if !others.isEmpty {
                    out += "      <system-out>" + Self.escape(others.map(describe).joined(separator: "\n")) + "</system-out>\n"
                }
                out += "    </testcase>\n"
            }
            out += "  </testsuite>\n"
        }
        out += "</testsuites>\n"
        return out
    }

    private func describe(_ item: LintFinding) -> String {
        let place = item.finding.location.map { "\(pathPrefix)\($0): " } ?? ""
        var text = "\(place)\(item.finding.severity.rawValue): \(item.finding.message.text(language))"
        for note in item.finding.notes { text += "\n    \(note.text(language))" }
        return text
    }

    /// Escapes text for XML content and attribute values; drops characters XML 1.0 cannot hold.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            case "\t": out += "&#9;"
            default:
                let value = scalar.value
                let allowed = value >= 0x20 && value != 0xFFFE && value != 0xFFFF
                if allowed { out.unicodeScalars.append(scalar) } else { out += "\u{FFFD}" }
            }
        }
        return out
    }
}
