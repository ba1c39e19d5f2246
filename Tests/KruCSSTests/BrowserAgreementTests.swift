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
/// every disagreement, and the exceptions that no longer match anything.
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
    }

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
                    if actual == expected {
                        tally.agreed += 1
                    } else if let typed = recorded.typedOM?[property], actual == typed {
                        tally.agreedComputed += 1
                    } else if let index = exceptions.firstIndex(where: {
                        $0.covers(page: recording.name, key: recorded.key, property: property)
                    }) {
                        tally.excepted += 1
                        result.usedExceptions.insert(index)
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

    @Test func kruComputesWhatChromiumComputes() throws {
        let comparison = try Self.compare()
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
