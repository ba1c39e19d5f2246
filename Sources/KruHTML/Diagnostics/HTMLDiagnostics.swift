import KruCore

/// Beginner diagnostics for HTML: problems a browser quietly repairs or hides
/// but a beginner must learn about (an unclosed `<div>`, `</img>`, a missing
/// quote, `<titel>`, `<center>` …), each with its exact place in the file and
/// a message in English and Khmer.
///
/// Diagnostics are advice shown beside a grade; they never change a check's verdict.
public enum HTMLDiagnostics {
    /// What one diagnostic rule reports.
    public struct RuleInfo: Hashable, Sendable {
        /// Stable id, for example `html.unclosed-element`.
        public let id: String
        public let severity: Severity
        /// One line saying what it reports.
        public let summary: LocalizedText
    }

    static let ruleTypes: [any HTMLDiagnosticRule.Type] = [
        MissingDoctypeRule.self,
        UnclosedElementRule.self,
        MismatchedEndTagRule.self,
        StrayEndTagRule.self,
        VoidEndTagRule.self,
        UnclosedAttributeQuoteRule.self,
        UnclosedTagRule.self,
        DuplicateAttributeRule.self,
        DuplicateIDRule.self,
        UnknownElementRule.self,
        ObsoleteElementRule.self,
        LiOutsideListRule.self,
        RepeatedDocumentTagRule.self,
        UnclosedCommentRule.self,
    ]

    /// What each rule of ``ruleTypes`` needs, in the same order (read once: asking a rule
    /// type through its protocol on every page costs a call).
    private static let ruleNeeds: [PageFacts] = ruleTypes.map { $0.needs }

    /// Every rule, in the order of ``ruleIDs``.
    public static let rules: [RuleInfo] = ruleTypes.map {
        RuleInfo(id: $0.id, severity: $0.severity, summary: $0.summary)
    }

    /// The id of every diagnostic these rules can report.
    public static let ruleIDs: [String] = rules.map(\.id)

    /// At most this many findings of one id are reported for a page; the last
    /// one kept says how many more there were.
    public static let findingLimitPerRule = 50

    /// The message of a finding past the limit, which is counted but never shown (and has no location).
    static let notSpelledOut = LocalizedText(en: "", km: "")

    /// Runs every rule on a parsed page. Findings are sorted by location.
    public static func run(on document: HTMLDocument) -> [Finding] {
        DiagnosticsMemory.with { memory in
            let context = memory.context(for: document)
            defer { memory.keep(context) }
            return run(in: context)
        }
    }

    /// Runs every rule in a page's context.
    private static func run(in context: HTMLDiagnosticContext) -> [Finding] {
        var all = FindingEmitter()
        // Each rule's findings, one rule at a time: empty whenever a rule starts (most rules find nothing,
        // so it is rarely made anew).
        var emitter = FindingEmitter()
        let facts = context.facts
        for (ruleType, needs) in zip(ruleTypes, ruleNeeds) where facts.isSuperset(of: needs) {
            ruleType.check(context, into: &emitter)
            let count = emitter.findings.count
            guard count > 0 else { continue }
            // Only the first `findingLimitPerRule` findings are spelled out; the others count.
            var kept = Array(emitter.findings.prefix(findingLimitPerRule))
            emitter = FindingEmitter()
            if kept.count > 1 {
                var shown = FindingEmitter()
                for finding in kept { shown.emit(finding) }
                kept = shown.sortedFindings
            }
            let hidden = count - kept.count
            if hidden > 0 {
                kept[kept.count - 1].notes.append(
                    LocalizedText(
                        en: "{count} more problems like this one are not shown.",
                        km: "មានបញ្ហាដូចនេះ {count} ទៀត ដែលមិនបានបង្ហាញនៅទីនេះ។"
                    ).filling(["count": String(hidden)]))
            }
            for finding in kept { all.emit(finding) }
        }
        return all.findings.count > 1 ? all.sortedFindings : all.findings
    }
}
