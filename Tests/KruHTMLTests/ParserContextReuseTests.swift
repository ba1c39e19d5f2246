import Testing

@testable import KruHTML

/// A thread reuses one libxml2 context for its pages (``HTMLParserContexts``): nothing of one
/// page may reach the next, whatever the page before was (broken markup and its messages, a
/// parse libxml2 was stopped in, a page full of new names).
struct ParserContextReuseTests {
    static let broken = "<p>one<div>two</p><table><b>x</td></table><img src=a.png></img><titel>t</titel>"
    static let plain = "<!DOCTYPE html>\n<html lang=\"km\"><head><title>ទំព័រ</title></head>\n<body><h1>សួស្តី</h1>\n</body></html>\n"

    /// What a parse gives: the tree, where each node starts, and libxml2's messages.
    static func result(_ text: String, libxml2DepthLimit: Int = Libxml2Messages.depthLimit) -> [String] {
        let document = HTMLParser.parse(text: text, file: "index.html", libxml2DepthLimit: libxml2DepthLimit)
        return [document.outline()]
            + document.nodes.map { "\($0.kind) \($0.name) \($0.location.map { "\($0.line):\($0.column)" } ?? "-")" }
            + document.parserMessages.map { "\($0.code) \($0.message) \($0.location.line):\($0.location.column) \($0.offset)" }
    }

    @Test func pagesAfterOtherPagesParseAsAlone() {
        let firstBroken = Self.result(Self.broken)
        let firstPlain = Self.result(Self.plain)
        let messages = firstBroken.filter { line in line.first?.isNumber == true }
        #expect(!messages.isEmpty, "the broken page has libxml2 messages")
        let deep = String(repeating: "<div>", count: 300) + "</span>" + String(repeating: "</div>", count: 300)
        let manyNames = (0..<500).map { "<x-name\($0) a\($0)=\"v\">" }.joined()
        for before in [Self.broken, Self.plain, deep, manyNames, "", "<"] {
            _ = Self.result(before)
            #expect(Self.result(Self.broken) == firstBroken, "after \(before.prefix(30).debugDescription)")
            _ = Self.result(before)
            #expect(Self.result(Self.plain) == firstPlain, "after \(before.prefix(30).debugDescription)")
        }
    }

    @Test func aPageAfterAStoppedParseParsesAsAlone() {
        let firstBroken = Self.result(Self.broken)
        let deep = String(repeating: "<span>", count: 50) + "</p>" + String(repeating: "</span>", count: 50)
        _ = Self.result(deep, libxml2DepthLimit: 10)
        #expect(Self.result(Self.broken) == firstBroken)
    }
}
