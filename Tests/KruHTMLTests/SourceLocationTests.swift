import KruCore
import KruHTML
import Testing

private typealias Place = KruCore.SourceLocation

/// Elements carry the line and column of their start tag's `<`; text and
/// comments of their first character; made-up elements none.
struct SourceLocationTests {
    private func location(_ html: String, _ name: String, _ index: Int = 0) -> Place? {
        HTMLParser.parse(text: html, file: "page.html").elements(named: name)[index].location
    }

    @Test func elementsPointAtTheirLessThanSign() {
        let html = """
            <!DOCTYPE html>
            <html lang="km">
              <body>
                <h1>Hi</h1> <p class="x">one</p>
            """
        #expect(location(html, "html") == Place(file: "page.html", line: 2, column: 1))
        #expect(location(html, "body") == Place(file: "page.html", line: 3, column: 3))
        #expect(location(html, "h1") == Place(file: "page.html", line: 4, column: 5))
        #expect(location(html, "p") == Place(file: "page.html", line: 4, column: 17))
    }

    /// Lines and columns are counted several bytes at a time: wherever line
    /// breaks and multi-byte letters fall, they agree with ``LineIndex``.
    @Test func locationsAgreeWithLineIndexWhereverBreaksFall() throws {
        for shift in 0..<17 {
            let padding = String(repeating: "ក", count: shift % 5) + String(repeating: "x", count: shift)
            let html = "<!DOCTYPE html>\n<p>\(padding)<b>ខ្ញុំ</b>\n\n<i>a</i>\(padding)\n\(padding)<span>x</span></p>\n</div><em>"
            let document = HTMLParser.parse(text: html, file: "page.html")
            for (name, marker) in [("b", "<b>"), ("i", "<i>"), ("span", "<span>"), ("em", "<em>")] {
                let range = try #require(html.range(of: marker))
                let offset = html.utf8.distance(from: html.startIndex, to: range.lowerBound)
                #expect(location(html, name) == document.lines.location(ofByteOffset: offset), "<\(name)>, shift \(shift)")
            }
            #expect(!document.parserMessages.isEmpty)
            for message in document.parserMessages {
                #expect(message.location == document.lines.location(ofByteOffset: message.offset), "\(message.message)")
            }
        }
    }

    @Test func columnsCountCharactersNotBytes() {
        // Each Khmer letter or sign is one column (one Unicode scalar), like an editor.
        let html = "<p>សួស្ដី <b>ពិភពលោក</b></p>"
        #expect(location(html, "b") == Place(file: "page.html", line: 1, column: 11))
    }

    @Test func windowsLineBreaksCountOnce() {
        let html = "<p>a</p>\r\n<p>b</p>\r\n\r\n<em>c</em>"
        #expect(location(html, "p", 1) == Place(file: "page.html", line: 2, column: 1))
        #expect(location(html, "em") == Place(file: "page.html", line: 4, column: 1))
    }

    @Test func madeUpElementsHaveNoLocation() {
        let document = HTMLParser.parse(text: "<title>t</title>\n<p>x\n<table><td>1</table>")
        let missing = document.elements.filter { $0.location == nil }.map(\.name)
        #expect(missing == ["html", "head", "body", "tbody", "tr"])
    }

    @Test func uppercaseAndAttributesDoNotMoveTheLocation() {
        let html = "<DIV\n  id=\"a\"\n  class='b'>x</DIV><IMG SRC=a.png ALT=\"<p>\">"
        #expect(location(html, "div") == Place(file: "page.html", line: 1, column: 1))
        #expect(location(html, "img") == Place(file: "page.html", line: 3, column: 20))
    }

    @Test func textCommentAndDoctypeLocations() throws {
        let document = HTMLParser.parse(text: "<!DOCTYPE html>\n<p>\n  hello <!-- note --></p>", file: "page.html")
        let paragraph = try #require(document.elements(named: "p").first)
        let nodes = paragraph.node.children.map { document[$0] }
        #expect(nodes.map(\.kind) == [.text, .comment])
        #expect(nodes[0].location == Place(file: "page.html", line: 2, column: 4))
        #expect(nodes[1].location == Place(file: "page.html", line: 3, column: 9))
        #expect(document.doctype?.location == Place(file: "page.html", line: 1, column: 1))
    }

    @Test func endTagsLibxml2IgnoresStillShapeTheTree() {
        // libxml2 drops `</p>` with no open <p>; the browser makes an empty <p> there.
        let html = "<div>a\n</p>b</div>"
        #expect(location(html, "p") == Place(file: "page.html", line: 2, column: 1))
    }

    @Test func formattingCopiesShareTheOriginalLocation() {
        let document = HTMLParser.parse(text: "<p><b>bold</p>\n<p>next</p>", file: "page.html")
        let bold = document.elements(named: "b")
        #expect(bold.count == 2)
        #expect(bold.allSatisfy { $0.location == Place(file: "page.html", line: 1, column: 4) })
    }

    @Test func documentKeepsSourceAndLineIndex() {
        let document = HTMLParser.parse(text: "<p>a</p>\r\n<p>b</p>", file: "page.html")
        #expect(document.source == "<p>a</p>\n<p>b</p>")
        #expect(document.lines.lineText(2) == "<p>b</p>")
        #expect(document.file == "page.html")
    }
}
