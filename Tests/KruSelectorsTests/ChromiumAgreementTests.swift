import Foundation
import KruHTML
import KruSelectors
import Testing

/// What Chromium's `querySelectorAll` selected on the pages of `Fixtures/pages`, recorded by
/// scripts/chromium/record_selectors.py into `Fixtures/chromium-selectors.json`.
private struct ChromiumRecording: Decodable {
    struct Page: Decodable {
        var quirksMode: Bool
        var cases: [Case]
    }

    struct Case: Decodable {
        var selector: String
        /// Ids of the selected elements (`<tag>` when an element has none), in document
        /// order; `nil` when Chromium rejects the selector.
        var selected: [String]?
    }

    var chromium: String
    var pages: [String: Page]

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func load() throws -> ChromiumRecording {
        try JSONDecoder().decode(ChromiumRecording.self, from: Data(contentsOf: fixtures.appendingPathComponent("chromium-selectors.json")))
    }

    static func page(_ name: String) throws -> String {
        try String(contentsOf: fixtures.appendingPathComponent("pages/\(name).html"), encoding: .utf8)
    }
}

/// kru selects exactly what Chromium's `querySelectorAll` selects, and rejects what it rejects.
@Test func agreesWithChromium() throws {
    let recording = try ChromiumRecording.load()
    #expect(recording.pages.count >= 8)
    var disagreements: [String] = []
    var total = 0
    for (name, page) in recording.pages.sorted(by: { $0.key < $1.key }) {
        let document = HTMLParser.parse(text: try ChromiumRecording.page(name))
        #expect(document.quirksMode == page.quirksMode, "kru and Chromium disagree on quirks mode of \(name)")
        let context = SelectorMatchingContext(document: document)
        for recorded in page.cases {
            total += 1
            let actual: [String]?
            do {
                actual = try SelectorList.parse(recorded.selector).select(in: context).map { $0.attribute("id") ?? "<\($0.name)>" }
            } catch {
                actual = nil
            }
            if actual != recorded.selected {
                disagreements.append(
                    "\(name): \(recorded.selector) → kru \(actual.map { "\($0)" } ?? "invalid"), \(recording.chromium) \(recorded.selected.map { "\($0)" } ?? "invalid")")
            }
        }
    }
    #expect(total > 300)
    #expect(disagreements.isEmpty, "\(disagreements.count) of \(total):\n\(disagreements.joined(separator: "\n"))")
}
