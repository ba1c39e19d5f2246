import KruHTML
import KruSelectors
import Testing

/// kru selects exactly what Chromium's `querySelectorAll` selects, and rejects what it rejects
/// (cases recorded by scripts/chromium/record_selectors.py).
@Test func agreesWithChromium() throws {
    var contexts: [String: SelectorMatchingContext] = [:]
    for (name, page) in ChromiumRecordedCases.pages {
        let document = HTMLParser.parse(text: page.html)
        #expect(document.quirksMode == page.quirksMode, "kru and Chromium disagree on quirks mode of \(name)")
        contexts[name] = SelectorMatchingContext(document: document)
    }
    var disagreements: [String] = []
    for (page, selector, expected) in ChromiumRecordedCases.cases {
        let context = try #require(contexts[page])
        let actual: [String]?
        do {
            actual = try SelectorList.parse(selector).select(in: context).map { $0.attribute("id") ?? "<\($0.name)>" }
        } catch {
            actual = nil
        }
        if actual != expected {
            disagreements.append("\(page): \(selector) → kru \(actual.map { "\($0)" } ?? "invalid"), Chromium \(expected.map { "\($0)" } ?? "invalid")")
        }
    }
    #expect(disagreements.isEmpty, "\(disagreements.count) of \(ChromiumRecordedCases.cases.count):\n\(disagreements.joined(separator: "\n"))")
}
