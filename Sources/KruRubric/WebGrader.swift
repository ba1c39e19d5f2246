import KruCore
import KruHTML

/// What ``WebGrader`` says about one submission.
public struct WebGrade: Sendable, Hashable {
    /// One result per rubric check, in rubric order.
    public var checks: [CheckResult]
    /// Beginner diagnostics of the submission's HTML files (and, for rubrics that judge
    /// styles, of the CSS those pages use); advice that never changes a verdict (unless a
    /// check uses a `diagnostic:` condition).
    public var diagnostics: [Finding]

    public init(checks: [CheckResult], diagnostics: [Finding]) {
        self.checks = checks
        self.diagnostics = diagnostics
    }
}

/// Grades web submissions (HTML pages and their CSS) against a ``Rubric``.
///
/// One grader is shared by every submission of an exercise; each ``grade(_:)`` parses each
/// page once, collects its style sheets once and computes its styles once per screen size,
/// whatever the number of checks.
public struct WebGrader: Sendable {
    public let rubric: Rubric
    /// Whether ``WebGrade/diagnostics`` holds CSS diagnostics beside the HTML ones.
    public let includesCSSDiagnostics: Bool
    /// Each check's id, title, hint and points, by check: made once, shared by every result.
    private let headings: [CheckHeading]

    /// - Parameter cssDiagnostics: report CSS diagnostics too (for `css` exercises); by
    ///   default, when the rubric judges styles (``Rubric/judgesStyles``).
    public init(rubric: Rubric, cssDiagnostics: Bool? = nil) {
        self.rubric = rubric
        self.includesCSSDiagnostics = cssDiagnostics ?? rubric.judgesStyles
        headings = rubric.checks.map { CheckHeading(id: $0.id, title: $0.title, hint: $0.hint, maxPoints: $0.points) }
    }

    /// Grades a submission: every check is judged (a missing or unreadable
    /// file fails the checks that need it, with a message saying why).
    public func grade(_ submission: SubmissionFiles) -> WebGrade {
        let evaluator = Evaluator(submission: submission, diagnose: Self.diagnose)
        // One writer renders every message: its buffers are allocated once, with room for a
        // message quoting a student's text (40 Khmer characters take 120 bytes).
        var writer = BilingualWriter(capacity: 256)
        // Each field of a check is read in place: copying whole checks costs more than grading them.
        let rubricChecks = rubric.checks
        let checks = rubricChecks.indices.map { index in
            var outcome = evaluator.evaluate(rubricChecks[index].condition, in: .file("index.html"))
            let heading = headings[index]
            let text = message(template: rubricChecks[index].message, outcome: outcome, writer: &writer)
            return CheckResult(
                heading: heading,
                status: outcome.passed ? .pass : .fail,
                points: outcome.passed ? heading.maxPoints : 0,
                message: text,
                // Moved out, not copied (a copy of an optional location goes through its value witnesses).
                location: outcome.location.take())
        }
        var diagnostics: [Finding] = []
        var cssDiagnostics: [Finding] = []
        for path in Self.pages(of: submission) {
            if case .success(let document) = evaluator.document(path) {
                // The first page's findings are taken as they are (appending them to an empty
                // array would copy each one).
                let findings = evaluator.diagnostics(document)
                if diagnostics.isEmpty { diagnostics = findings } else { diagnostics += findings }
                if includesCSSDiagnostics {
                    // A style sheet shared by several pages is reported once.
                    for finding in evaluator.cssDiagnostics(document) where !cssDiagnostics.contains(finding) {
                        cssDiagnostics.append(finding)
                    }
                }
            }
        }
        return WebGrade(checks: checks, diagnostics: cssDiagnostics.isEmpty ? diagnostics : diagnostics + cssDiagnostics)
    }

    /// The submission's pages (``isPage(_:)``) in path order, as ``SubmissionFiles/paths`` lists
    /// them: only the pages are sorted, and one page (most submissions) needs no sorting.
    private static func pages(of submission: SubmissionFiles) -> [String] {
        var pages: [String] = []
        for path in submission.files.keys where isPage(path) { pages.append(path) }
        if pages.count > 1 { pages.sort() }
        return pages
    }

    /// Whether a file of a submission is an HTML page: its name ends with `.html` or `.htm`, in
    /// any letter case.
    package static func isPage(_ path: String) -> Bool {
        var path = path
        return path.withUTF8 { bytes in
            /// Whether the name ends with `suffix` (lowercase ASCII), in any ASCII letter case.
            func ends(with suffix: StaticString) -> Bool {
                let count = suffix.utf8CodeUnitCount
                guard bytes.count >= count else { return false }
                for offset in 0..<count {
                    let byte = bytes[bytes.count - count + offset]
                    let lower = (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
                    if lower != suffix.utf8Start[offset] { return false }
                }
                return true
            }
            return ends(with: ".html") || ends(with: ".htm")
        }
    }

    /// Beginner diagnostics of one page.
    static func diagnose(_ document: HTMLDocument) -> [Finding] {
        HTMLDiagnostics.run(on: document)
    }

    /// The message of a check's result: what was found and, on failure, what was expected
    /// (through the check's own message template when it has one).
    private func message(template: LocalizedText?, outcome: Outcome, writer: inout BilingualWriter) -> LocalizedText {
        if outcome.passed || outcome.cannotRun { return writer.renderFound(outcome) }
        if let template {
            let found = writer.renderFound(outcome), expected = writer.render(outcome.expected)
            return template.filling(en: ["found": found.en, "expected": expected.en], km: ["found": found.km, "expected": expected.km])
        }
        writer.writeFound(outcome)
        writer.write("; ")
        writer.write(outcome.expected)
        return writer.take()
    }
}
