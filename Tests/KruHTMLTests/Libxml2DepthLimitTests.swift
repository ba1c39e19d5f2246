import Foundation
import Testing

@testable import KruHTML

/// kru stops libxml2 once it holds too many open elements (its end-tag handling is quadratic in
/// them) when it reads a page's messages. The tree is kru's own reading of the page and must not
/// depend on the limit; the messages stop where libxml2 stopped.
struct Libxml2DepthLimitTests {
    /// Every recorded page, with libxml2 stopped at its first, second or tenth open element,
    /// builds the tree it builds when libxml2 reads it all, and libxml2's messages are the first
    /// ones of the whole page's.
    @Test(arguments: ChromiumTreeTests.fixtures)
    func onlyMessagesDependOnWhereLibxml2Stops(_ name: String) throws {
        let data = try Data(contentsOf: ChromiumTreeTests.fixturesFolder.appendingPathComponent(name + ".html"))
        guard case .success(let text) = HTMLParser.decode(data) else { return }  // pages kru refuses
        let whole = HTMLParser.parse(text: text, file: "index.html", libxml2DepthLimit: .max)
        for limit in [0, 1, 10] {
            let stopped = HTMLParser.parse(text: text, file: "index.html", libxml2DepthLimit: limit)
            #expect(stopped.nodes == whole.nodes, "\(name), libxml2 stopped past \(limit) open elements")
            #expect(stopped.quirksMode == whole.quirksMode, "\(name)")
            let messages = stopped.parserMessages
            #expect(Array(whole.parserMessages.prefix(messages.count)) == messages, "\(name), limit \(limit)")
        }
    }

    /// A hostile page deeper than the limit: thousands of unclosed elements, then end tags that
    /// match none of them.
    @Test func deepHostilePageBuildsTheSameTree() {
        let depth = Libxml2Messages.depthLimit * 2
        let text = "<!DOCTYPE html><body>" + String(repeating: "<span>", count: depth) + String(repeating: "</p><i>x</i>", count: depth)
        let whole = HTMLParser.parse(text: text, file: "index.html", libxml2DepthLimit: .max)
        let stopped = HTMLParser.parse(text: text)
        #expect(stopped.nodes == whole.nodes)
        #expect(stopped.elements(named: "span").count == depth)
        // libxml2 did stop: it never saw the end tags it would have complained about.
        #expect(stopped.parserMessages.count < whole.parserMessages.count)
    }
}
