import KruCore

/// Renders a result for a terminal: each check with its verdict, what was
/// found, the source line it is about, and advice — in the student's language.
public struct TextReport: Sendable {
    public var language: Language
    /// ANSI colours (on a terminal) or plain text (piped, files).
    public var color: Bool

    public init(language: Language, color: Bool) {
        self.language = language
        self.color = color
    }

    /// The report for one submission. `sources` gives the submission's text
    /// files so the report can quote the line a message is about.
    public func render(_ result: GradeResult, sources: [String: String] = [:]) -> String {
        var out = ""
        out += style("\(result.exercise) — \(result.title.text(language))", .bold) + "\n\n"
        let width = result.checks.map(\.id.count).max() ?? 0
        for check in result.checks {
            let mark: String
            switch check.status {
            case .pass: mark = style("✔", .green)
            case .fail: mark = style("✘", .red)
            case .error: mark = style("!", .yellow)
            }
            let padded = check.id.padding(toLength: width, withPad: " ", startingAt: 0)
            let text = check.status == .pass ? check.title.text(language) : check.message.text(language)
            out += "  \(mark) \(style(padded, .bold))  \(text)\n"
            let indent = String(repeating: " ", count: width + 6)
            if check.status != .pass {
                if let location = check.location {
                    out += indent + style(location.description, .dim) + "\n"
                    out += excerpt(location, sources: sources, indent: indent)
                }
                if let hint = check.hint {
                    out += indent + style(ReportLabels.hint.text(language) + ": ", .cyan) + hint.text(language) + "\n"
                }
            }
            for note in check.notes {
                out += indent + note.text(language) + "\n"
            }
        }
        if let run = result.run {
            out += "\n  " + ReportLabels.robot.text(language) + ": " + ReportLabels.outcome(run.outcome).text(language)
            out += " (" + ReportLabels.runSize(steps: run.steps, blocks: run.blocks, in: language) + ")\n"
        }
        if !result.diagnostics.isEmpty {
            out += "\n" + style(ReportLabels.advice.text(language), .bold) + "\n"
            for finding in result.diagnostics {
                let place = finding.location.map { "\($0) " } ?? ""
                let severity = ReportLabels.severity(finding.severity).text(language)
                let tint: Style = finding.severity == .error ? .red : (finding.severity == .warning ? .yellow : .cyan)
                out += "  " + style(place, .dim) + style(severity, tint) + " " + finding.message.text(language)
                out += style(" [\(finding.id)]", .dim) + "\n"
                for note in finding.notes {
                    out += "      " + note.text(language) + "\n"
                }
            }
        }
        let failing = result.checks.filter { $0.status != .pass }.count
        out += "\n" + style(ReportLabels.score.text(language), .bold)
        out += ": \(ReportLabels.points(result.score))/\(ReportLabels.points(result.maxScore))  "
        if failing == 0 {
            out += style(ReportLabels.allPassed.text(language), .green)
        } else {
            out += ReportLabels.someFailed.filling(["count": String(failing)]).text(language)
        }
        return out + "\n"
    }

    private func excerpt(_ location: SourceLocation, sources: [String: String], indent: String) -> String {
        guard let text = sources[location.file] else { return "" }
        let lines = LineIndex(text: text, file: location.file)
        guard let line = lines.lineText(location.line) else { return "" }
        let number = String(location.line)
        let clipped = line.count > 120 ? String(line.prefix(120)) + "…" : line
        var out = indent + style(number + " | ", .dim) + clipped + "\n"
        let caretOffset = min(max(location.column - 1, 0), clipped.unicodeScalars.count)
        let prefix = String(String.UnicodeScalarView(clipped.unicodeScalars.prefix(caretOffset)))
        let spaces = String(prefix.map { $0 == "\t" ? "\t" : " " })
        out += indent + String(repeating: " ", count: number.count) + style(" | ", .dim) + spaces + style("^", .red) + "\n"
        return out
    }

    enum Style: String {
        case bold = "1", dim = "2", red = "31", green = "32", yellow = "33", cyan = "36"
    }

    private func style(_ text: String, _ style: Style) -> String {
        guard color, !text.isEmpty else { return text }
        return "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m"
    }
}
