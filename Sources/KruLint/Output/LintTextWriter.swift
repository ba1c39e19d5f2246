import KruCore

/// Writes a ``LintReport`` for people: one `file:line:column: severity:
/// message [rule]` line per finding (compilers' format, so editors link to
/// it), notes indented below, then a summary line.
public struct LintTextWriter: Sendable {
    public var language: Language
    /// Put before every pack-relative path (the pack folder as the user named it).
    public var pathPrefix: String

    public init(language: Language, pathPrefix: String = "") {
        self.language = language
        self.pathPrefix = pathPrefix
    }

    public func render(_ report: LintReport) -> String {
        var out = ""
        for item in report.findings {
            let finding = item.finding
            let place = finding.location.map { "\(pathPrefix)\($0): " } ?? ""
            out += "\(place)\(severityName(finding.severity)): \(finding.message.text(language)) [\(finding.id)]\n"
            for note in finding.notes {
                out += "    \(language == .khmer ? "ចំណាំ" : "note"): \(note.text(language))\n"
            }
        }
        out += summary(report) + "\n"
        return out
    }

    /// `kru lint: 25 exercises, 2 errors, 1 warning` or `… no problems`.
    public func summary(_ report: LintReport) -> String {
        let exercises = report.exercises.count
        let errors = report.errorCount
        let warnings = report.warningCount
        let strict = report.strict
        switch language {
        case .english:
            let counted = "\(exercises) exercise\(exercises == 1 ? "" : "s")"
            if errors == 0, warnings == 0 { return "kru lint: \(counted), no problems\(strict ? " (strict)" : "")" }
            return "kru lint: \(counted), \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
                + (strict ? " (strict: warnings count as errors)" : "")
        case .khmer:
            if errors == 0, warnings == 0 { return "kru lint: លំហាត់ \(exercises), គ្មានបញ្ហា\(strict ? " (តឹងរ៉ឹង)" : "")" }
            return "kru lint: លំហាត់ \(exercises), កំហុស \(errors), ការព្រមាន \(warnings)"
                + (strict ? " (តឹងរ៉ឹង៖ ការព្រមានរាប់ជាកំហុស)" : "")
        }
    }

    private func severityName(_ severity: Severity) -> String {
        switch (severity, language) {
        case (.error, .english): return "error"
        case (.warning, .english): return "warning"
        case (.info, .english): return "note"
        case (.error, .khmer): return "កំហុស"
        case (.warning, .khmer): return "ការព្រមាន"
        case (.info, .khmer): return "ចំណាំ"
        }
    }
}
