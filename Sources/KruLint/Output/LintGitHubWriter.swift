import KruCore

/// Writes a ``LintReport`` as GitHub Actions workflow commands: one
/// `::error file=…,line=…,col=…,title=…::message` (or `::warning`) line per
/// finding, so GitHub shows each problem on the line of the pull request it
/// is about, then the summary as a `::notice`.
public struct LintGitHubWriter: Sendable {
    public var language: Language
    /// Put before every pack-relative path: paths must be relative to the repository root.
    public var pathPrefix: String

    public init(language: Language, pathPrefix: String = "") {
        self.language = language
        self.pathPrefix = pathPrefix
    }

    public func render(_ report: LintReport) -> String {
        var out = ""
        for item in report.findings {
            let finding = item.finding
            let command = finding.severity == .error ? "error" : finding.severity == .warning ? "warning" : "notice"
            var properties: [String] = []
            if let location = finding.location {
                properties.append("file=\(Self.escapeProperty(pathPrefix + location.file))")
                properties.append("line=\(location.line)")
                properties.append("col=\(location.column)")
            }
            properties.append("title=\(Self.escapeProperty("kru lint: \(finding.id)"))")
            var message = finding.message.text(language)
            for note in finding.notes { message += "\n" + note.text(language) }
            out += "::\(command) \(properties.joined(separator: ","))::\(Self.escapeData(message))\n"
        }
        let summary = LintTextWriter(language: language).summary(report)
        out += "::notice title=kru lint::\(Self.escapeData(summary))\n"
        return out
    }

    /// Escapes a command's message the way the Actions runner unescapes it.
    static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// Escapes a property value (`file=`, `title=`): also `:` and `,`.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text)
            .replacingOccurrences(of: ":", with: "%3A")
            .replacingOccurrences(of: ",", with: "%2C")
    }
}
