import Foundation
import KruCore
import KruHTML
import Testing

private typealias Place = KruCore.SourceLocation

/// Every libxml2 error is kept with its place, through a handler owned by the
/// parse (no global state), so parallel parses do not mix their messages.
struct ParserMessageTests {
    @Test func collectsErrorsWithLineAndColumn() throws {
        let document = HTMLParser.parse(text: "<p>one\n<b><i>x</b>\n</span>", file: "page.html")
        let mismatch = try #require(document.parserMessages.first { $0.message.contains("mismatch") })
        #expect(mismatch.location == Place(file: "page.html", line: 2, column: 12))
        #expect(mismatch.offset == 18)
        let stray = try #require(document.parserMessages.first { $0.message.contains("Unexpected end tag : span") })
        #expect(stray.location.line == 3)
        #expect(stray.code == 76)
    }

    @Test func reportsHTML5NamesLibxml2DoesNotKnowButTheTreeIsFine() {
        let document = HTMLParser.parse(text: "<!DOCTYPE html><p>a<section>b</section>")
        #expect(document.parserMessages.contains { $0.message == "Tag section invalid" })
        #expect(document.body?.children.map(\.name) == ["p", "section"])
    }

    @Test func cleanPageHasNoMessages() {
        let document = HTMLParser.parse(text: "<!DOCTYPE html>\n<html><head><title>t</title></head><body><p>x</p></body></html>")
        #expect(document.parserMessages.isEmpty)
    }

    @Test func messagesAreInSourceOrder() {
        let document = HTMLParser.parse(text: "</a>\n</b>\n</c>")
        #expect(document.parserMessages.map(\.location.line) == [1, 2, 3])
    }

    @Test func parallelParsesKeepTheirOwnMessagesAndTrees() async {
        let results = await withTaskGroup(of: (Int, Bool).self) { group in
            for index in 0..<64 {
                group.addTask {
                    let html = String(repeating: "\n", count: index) + "<p>\(index)</span><section>s</section>"
                    let document = HTMLParser.parse(text: html, file: "\(index).html")
                    let ok = document.parserMessages.allSatisfy { $0.location.line == index + 1 && $0.location.file == "\(index).html" }
                        && document.parserMessages.count == 2
                        && document.body?.children.map(\.name) == ["p", "section"]
                        && document.elements(named: "p").first?.trimmedText == "\(index)"
                    return (index, ok)
                }
            }
            var all: [(Int, Bool)] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(results.count == 64)
        #expect(results.filter { !$0.1 }.map(\.0) == [])
    }

    /// libxml2 reads a page when its messages are first asked for: one document shared by many
    /// threads asking at once gives each of them the messages a fresh parse gives, every time.
    @Test func messagesReadOnFirstRequestAreTheSameForEveryReader() async {
        let page = "<p>one\n<b><i>x</b>\n</span><section>s</section>"
        let expected = HTMLParser.parse(text: page, file: "page.html").parserMessages
        #expect(expected.count >= 3)
        let shared = HTMLParser.parse(text: page, file: "page.html")
        let readings = await withTaskGroup(of: [ParserMessage].self) { group in
            for _ in 0..<16 { group.addTask { shared.parserMessages } }
            var all: [[ParserMessage]] = []
            for await reading in group { all.append(reading) }
            return all
        }
        #expect(readings.count == 16)
        #expect(readings.allSatisfy { $0 == expected })
        #expect(shared.parserMessages == expected)
    }
}
