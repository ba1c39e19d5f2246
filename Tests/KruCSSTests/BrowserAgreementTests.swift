import Foundation
import KruCSS
import KruCore
import KruHTML
import Testing

/// kru's computed styles against what Chromium's `getComputedStyle` reported
/// for every page of the corpus (Fixtures/browser, recorded by
/// scripts/chromium/record_styles.py).
///
/// A value agrees when kru's serialisation equals Chromium's. For the
/// properties whose `getComputedStyle` value is a used value from layout
/// (``BrowserCorpus/layoutResolved``), kru — which does no layout — must
/// instead equal the computed value that `computedStyleMap()` reported,
/// whenever the two differ. Everything else that differs must be listed in
/// ``BrowserAgreementExceptions/all`` with its reason, or the test fails.
///
/// Set `KRU_AGREEMENT_REPORT=/path/table.md` to write the per-property table,
/// every disagreement, and the exceptions that no longer match anything; set
/// `KRU_AGREEMENT_DOC=docs/css-agreement.md` to rewrite the README's agreement page
/// (``document(_:)``).
@Suite struct BrowserAgreementTests {
    struct Tally {
        var compared = 0
        var agreed = 0
        /// Agreed with the typed-OM computed value of a layout-resolved property.
        var agreedComputed = 0
        var excepted = 0
        var disagreed = 0
    }

    struct Comparison {
        var tallies: [String: Tally] = [:]
        var disagreements: [String] = []
        var usedExceptions: Set<Int> = []
        var pages = 0
        var elements = 0
        /// Per property: the recordings (page and screen) it was compared on.
        var pagesCompared: [String: Set<String>] = [:]
        /// Per property: how many values each exception (by index) covered.
        var exceptionValues: [String: [Int: Int]] = [:]
        var browser = ""
    }

    /// The comparison over the whole corpus, done once for all tests.
    static let shared: Result<Comparison, any Error> = Result { try compare() }

    static func compare() throws -> Comparison {
        var result = Comparison()
        let exceptions = BrowserAgreementExceptions.all
        for recording in try BrowserCorpus.recordings(otherScreens: true) {
            let submission = try BrowserCorpus.submission(for: recording)
            let document = try BrowserCorpus.document(of: submission)
            let sheets = StyleSheetSet.collect(from: document, submission: submission, htmlPath: "index.html")
            let viewport = Viewport(width: recording.viewport.width, height: recording.viewport.height)
            let styles = ComputedStyles.compute(document: document, sheets: sheets, viewport: viewport)
            result.pages += 1
            result.browser = recording.browser
            let recordingID = "\(recording.name)@\(Int(recording.viewport.width))x\(Int(recording.viewport.height))"
            for recorded in recording.elements {
                guard let element = BrowserCorpus.element(forKey: recorded.key, in: document) else {
                    result.disagreements.append("\(recording.page) [\(recorded.key)]: element not found by kru")
                    continue
                }
                result.elements += 1
                for property in BrowserCorpus.properties {
                    guard let expected = recorded.computed[property] else { continue }
                    let actual = styles.value(property, for: element) ?? "(nil)"
                    var tally = result.tallies[property, default: Tally()]
                    tally.compared += 1
                    result.pagesCompared[property, default: []].insert(recordingID)
                    if actual == expected {
                        tally.agreed += 1
                    } else if let typed = recorded.typedOM?[property], actual == typed {
                        tally.agreedComputed += 1
                    } else if let index = exceptions.firstIndex(where: {
                        $0.covers(page: recording.name, key: recorded.key, property: property)
                    }) {
                        tally.excepted += 1
                        result.usedExceptions.insert(index)
                        result.exceptionValues[property, default: [:]][index, default: 0] += 1
                    } else {
                        tally.disagreed += 1
                        let typed = recorded.typedOM?[property].map { " (computed \($0))" } ?? ""
                        result.disagreements.append(
                            "\(recording.page) [\(recorded.key)] \(property): kru \"\(actual)\", Chromium \"\(expected)\"\(typed)")
                    }
                    result.tallies[property] = tally
                }
            }
        }
        return result
    }

    /// The per-property agreement table (Markdown) for the README.
    static func table(_ comparison: Comparison) -> String {
        var lines = [
            "| property | compared | same as getComputedStyle | same as computed value (layout) | listed exceptions | disagree |",
            "|---|---:|---:|---:|---:|---:|",
        ]
        for property in BrowserCorpus.properties {
            let t = comparison.tallies[property, default: Tally()]
            lines.append("| `\(property)` | \(t.compared) | \(t.agreed) | \(t.agreedComputed) | \(t.excepted) | \(t.disagreed) |")
        }
        let total = comparison.tallies.values.reduce(into: Tally()) {
            $0.compared += $1.compared; $0.agreed += $1.agreed; $0.agreedComputed += $1.agreedComputed
            $0.excepted += $1.excepted; $0.disagreed += $1.disagreed
        }
        lines.append("| **all** | \(total.compared) | \(total.agreed) | \(total.agreedComputed) | \(total.excepted) | \(total.disagreed) |")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The agreement page for the README: per property, the pages and values compared, how
    /// many agree (with getComputedStyle, or with the computed value where getComputedStyle
    /// reports a used value from layout), and the listed exceptions with their reasons.
    static func document(_ comparison: Comparison) -> String {
        let exceptions = BrowserAgreementExceptions.all
        // Number the exceptions in the order they are first met in the table.
        var numbers: [Int: Int] = [:]
        for property in BrowserCorpus.properties {
            for index in (comparison.exceptionValues[property] ?? [:]).keys.sorted() where numbers[index] == nil {
                numbers[index] = numbers.count + 1
            }
        }
        func percent(_ part: Int, _ whole: Int) -> String {
            guard whole > 0 else { return "—" }
            if part == whole { return "100%" }
            return String(format: "%.1f%%", (Double(part) / Double(whole) * 1000).rounded(.down) / 10)
        }
        var lines = [
            "# kru and Chromium: computed styles compared",
            "",
            "Generated by `KRU_AGREEMENT_DOC=docs/css-agreement.md swift test --filter BrowserAgreementTests` from the",
            "browser-agreement corpus (`Tests/KruCSSTests/Fixtures/browser`, recorded with `scripts/chromium/record_styles.py`",
            "in \(comparison.browser)): \(comparison.pages) recordings of \(comparison.elements) elements, every property below",
            "compared on each element. *agree* counts values equal to what `getComputedStyle` reports or, for the properties",
            "whose `getComputedStyle` value is a used value from layout (width, height, margins, paddings, insets,",
            "grid-template-columns), to the computed value `computedStyleMap()` reports (kru does no layout). Every other",
            "difference is a listed exception, explained below; there are \(comparison.disagreements.count) unexplained differences.",
            "",
            "| property | pages | values | agree | agree % | exceptions |",
            "|---|---:|---:|---:|---:|---|",
        ]
        var total = Tally()
        for property in BrowserCorpus.properties {
            let t = comparison.tallies[property, default: Tally()]
            total.compared += t.compared; total.agreed += t.agreed; total.agreedComputed += t.agreedComputed
            total.excepted += t.excepted; total.disagreed += t.disagreed
            let agree = t.agreed + t.agreedComputed
            let notes = (comparison.exceptionValues[property] ?? [:]).sorted { numbers[$0.key]! < numbers[$1.key]! }
                .map { "\($0.value) [\(numbers[$0.key]!)]" }.joined(separator: ", ")
            lines.append("| `\(property)` | \(comparison.pagesCompared[property]?.count ?? 0) | \(t.compared) | \(agree) | \(percent(agree, t.compared)) | \(notes.isEmpty ? "—" : notes) |")
        }
        let agree = total.agreed + total.agreedComputed
        lines.append("| **all** | \(comparison.pages) | \(total.compared) | \(agree) | \(percent(agree, total.compared)) | \(total.excepted) |")
        lines += ["", "## Exceptions", "", "Values where kru knowingly differs from Chromium (the number of values each covers is in the table).", ""]
        for (index, number) in numbers.sorted(by: { $0.value < $1.value }) {
            let exception = exceptions[index]
            let scope = [exception.keys.map { "elements \($0.joined(separator: ", "))" }, exception.properties.map { $0.joined(separator: ", ") }]
                .compactMap { $0 }.joined(separator: "; ")
            let reason = exception.reason.replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            lines.append("\(number). **\(exception.page)**\(scope.isEmpty ? "" : " (\(scope))"): \(reason)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func everyExceptionIsStillNeeded() throws {
        let comparison = try Self.shared.get()
        for (index, exception) in BrowserAgreementExceptions.all.enumerated() where !comparison.usedExceptions.contains(index) {
            Issue.record("exception no longer needed (kru agrees now), remove it: \(exception)")
        }
    }

    @Test func agreementDocumentListsEveryProperty() throws {
        let document = Self.document(try Self.shared.get())
        for property in BrowserCorpus.properties {
            #expect(document.contains("| `\(property)` |"), "\(property)")
        }
        if let path = ProcessInfo.processInfo.environment["KRU_AGREEMENT_DOC"] {
            try document.write(toFile: path, atomically: true, encoding: .utf8)
        }
    }

    @Test func kruComputesWhatChromiumComputes() throws {
        let comparison = try Self.shared.get()
        #expect(comparison.pages > 150)
        if let path = ProcessInfo.processInfo.environment["KRU_AGREEMENT_REPORT"] {
            // The table, then what differs and which exceptions no longer match anything (remove those).
            let unused = BrowserAgreementExceptions.all.enumerated()
                .filter { !comparison.usedExceptions.contains($0.offset) }
                .map { "- exception no longer needed: \($0.element)" }
            let report = Self.table(comparison) + "\n" + (comparison.disagreements.map { "- \($0)" } + unused)
                .joined(separator: "\n") + "\n"
            try report.write(toFile: path, atomically: true, encoding: .utf8)
        }
        for line in comparison.disagreements.prefix(100) {
            Issue.record(Comment(rawValue: line))
        }
        #expect(comparison.disagreements.isEmpty, "\(comparison.disagreements.count) values differ from Chromium")
    }

    @Test func everyExceptionHasAReason() {
        for exception in BrowserAgreementExceptions.all {
            #expect(exception.reason.count >= 20, "\(exception)")
            #expect(!exception.page.isEmpty, "\(exception)")
        }
    }
}
