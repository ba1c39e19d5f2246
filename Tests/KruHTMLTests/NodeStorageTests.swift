import KruCore
@testable import KruHTML
import Testing

/// The nodes of a parsed page share their document's tables (``TreeTables``): each node's
/// children and attributes are its own stretch of them, indexed from 0.
@Suite struct NodeStorageTests {
    @Test func childrenAndAttributesAreEachNodesOwnStretch() throws {
        let document = HTMLParser.parse(text: "<!DOCTYPE html><ul id=a class=b><li title=x>1<li>2</ul><p lang=km>3")
        let list = try #require(document.elements(named: "ul").first?.node)
        #expect(list.attributes.map(\.name) == ["id", "class"])
        #expect(list.attributes[0] == HTMLAttribute(name: "id", value: "a"))
        #expect(list.attributes[1].value == "b")
        #expect(list.children.count == 2)
        #expect(list.children.map { document[$0].name } == ["li", "li"])
        let first = document[list.children[0]]
        #expect(first.attributes.map(\.value) == ["x"])
        #expect(first.children.map { document[$0].text } == ["1"])
        #expect(document[list.children[1]].attributes.isEmpty)
        #expect(document.elements(named: "p").first?.node.attributes.map(\.value) == ["km"])
        // Each child lists its parent; the document node lists the doctype and <html>.
        for (index, node) in document.nodes.enumerated() {
            for child in node.children { #expect(document[child].parent == NodeID(index)) }
        }
        #expect(document[document.rootID].children.map { document[$0].kind } == [.doctype, .element])
    }

    @Test func namesAndTextsComeFromTheTables() {
        let document = HTMLParser.parse(text: "<!DOCTYPE html><my-card>hi <b>there</b></my-card><svg><circle r=1></circle></svg><!-- note -->")
        #expect(document.doctype?.name == "html")
        #expect(document.elements.map(\.name) == ["html", "head", "body", "my-card", "b", "svg", "circle"])
        let texts = document.nodes.filter { $0.kind == .text }.map(\.text)
        #expect(texts == ["hi ", "there"])
        #expect(document.nodes.first { $0.kind == .comment }?.text == " note ")
        #expect(document.nodes.filter { $0.kind == .element }.allSatisfy { $0.text.isEmpty })
        #expect(document.nodes.filter { $0.kind == .text }.allSatisfy { $0.name.isEmpty })
    }

    /// A second `<body>` adds the attributes the first lacks, after its own, in order.
    @Test func attributesAddedByARepeatedTagFollowTheElementsOwn() {
        let document = HTMLParser.parse(text: "<body class=a><p>x</p><body id=b class=c lang=km><i>y</i>")
        #expect(document.body?.node.attributes.map(\.name) == ["class", "id", "lang"])
        #expect(document.body?.attribute("class") == "a")
        #expect(document.elements(named: "p").first?.node.attributes.isEmpty == true)
    }

    @Test func locationsAreKeptPerNode() throws {
        let document = HTMLParser.parse(text: "<p>\n  <b>x</b>", file: "pages/a.html")
        let bold = try #require(document.elements(named: "b").first)
        #expect(bold.location == SourceLocation(file: "pages/a.html", line: 2, column: 3))
        #expect(document.body?.location == nil)
    }

    @Test func nodeListIndexesFromZero() {
        let list = NodeList([NodeID(4), NodeID(5), NodeID(6)][1...])
        #expect(list.startIndex == 0)
        #expect(list.count == 2)
        #expect(list[0] == NodeID(5))
        #expect(Array(list) == [NodeID(5), NodeID(6)])
        #expect(list == NodeList([NodeID(5), NodeID(6)][...]))
        #expect(list != NodeList([NodeID(5)][...]))
        #expect(list.hashValue == NodeList([NodeID(5), NodeID(6)][...]).hashValue)
    }

    /// Nodes made with the public initializer equal parsed ones with the same content.
    @Test func nodesCompareByContentNotByTables() throws {
        let document = HTMLParser.parse(text: "<p class=x>hi", file: "a.html")
        let paragraph = try #require(document.elements(named: "p").first?.node)
        let made = HTMLNode(
            kind: .element, name: "p", attributes: [HTMLAttribute(name: "class", value: "x")], parent: paragraph.parent,
            children: Array(paragraph.children), location: paragraph.location)
        #expect(made == paragraph)
        #expect(made.hashValue == paragraph.hashValue)
        #expect(Set([made, paragraph]).count == 1)
        let other = HTMLNode(kind: .element, name: "p", parent: paragraph.parent, children: [], location: nil)
        #expect(other != paragraph)
        #expect(other.children.isEmpty && other.attributes.isEmpty && other.text.isEmpty)
    }

    /// A thread's builder tables serve its next page (``TreeBuilderMemory``): what a page left in
    /// them (open custom elements, open formatting, a deep stack) changes nothing of the next tree.
    @Test func pagesAfterOtherPagesOnOneThreadParseAsAlone() {
        let page = "<!DOCTYPE html><title>t</title><ul><li>1<li><b>2</ul><my-card>x</my-card><table><td>3</table><p>4"
        let first = HTMLParser.parse(text: page)
        let leftovers = [
            "<my-card><my-card><x-y><b><i><a href=q>" + String(repeating: "<div>", count: 300),
            "<svg><circle><foreignObject><p>",
            "<table><tr><td><table>",
        ]
        for other in leftovers {
            _ = HTMLParser.parse(text: other)
            let again = HTMLParser.parse(text: page)
            #expect(again.nodes == first.nodes)
            #expect(again.parserMessages == first.parserMessages)
            #expect(again.quirksMode == first.quirksMode)
        }
    }

    /// Tables are kept for the thread's next page after a page of usual size, not after a huge one.
    @Test func onlyTablesOfUsualSizeAreKept() {
        // Kept tables come back with room; new ones have none.
        _ = HTMLParser.parse(text: "<p>" + String(repeating: "<b>x</b>", count: 10))
        #expect(TreeBuilderMemory.take().nodes.capacity > 0)
        #expect(TreeBuilderMemory.take().nodes.capacity == 0)
        _ = HTMLParser.parse(text: String(repeating: "<i>x</i>", count: TreeBuilderMemory.keptNodeLimit))
        #expect(TreeBuilderMemory.take().nodes.capacity == 0)
    }
}
