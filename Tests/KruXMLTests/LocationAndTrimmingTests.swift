import Foundation
import KruCore
@testable import KruXML
import Testing

/// Every start tag's `<`, in document order, as UTF-8 byte offsets.
private func startTagOffsets(_ text: String) -> [Int] {
    let bytes = Array(text.utf8)
    return bytes.indices.filter { index in
        bytes[index] == UInt8(ascii: "<") && index + 1 < bytes.count
            && ![UInt8(ascii: "/"), UInt8(ascii: "!"), UInt8(ascii: "?")].contains(bytes[index + 1])
    }
}

private func preorder(_ root: XMLElement) -> [XMLElement] {
    var result: [XMLElement] = []
    var pending = [root]
    while let element = pending.popLast() {
        result.append(element)
        pending.append(contentsOf: element.children.reversed())
    }
    return result
}

@Test(arguments: [
    "<xml>\n  <block type=\"a\">\n    <field name=\"F\">x</field>\n  </block>\n</xml>",
    "<xml>\r\n\t<block type=\"a\"/>\r\n<block type=\"b\"/>\r\n</xml>\r\n",
    "<xml>\r<block/>\r\r<block/>\n\r<block/></xml>",
    "<xml><block id=\"ប្លុក\"/><block id=\"ក\u{17B6}\u{17C6}\"/>\n  <block/><b/><c>ស្រី<d/></c></xml>",
    "<?xml version=\"1.0\"?>\n<!-- ម -->\n<xml>\n\n\n<a/>\n</xml>",
])
func locationsAreTheLineIndexLocationsOfEveryStartTag(source: String) throws {
    let root = try XMLReader.parse(text: source, file: "p.xml")
    let lines = LineIndex(text: source, file: "p.xml")
    let expected = startTagOffsets(source).map { lines.location(ofByteOffset: $0) }
    #expect(preorder(root).map(\.location) == expected)
}

@Test func trimmingSetsAreFoundationsWhitespaceSets() {
    // Every scalar of the Basic Multilingual Plane, and the first of the others.
    let scalars = (0...0x10000).compactMap(Unicode.Scalar.init)
    let spaces = CharacterSet.whitespaces
    let spacesAndNewlines = CharacterSet.whitespacesAndNewlines
    #expect(scalars.filter { $0.isSpaceOrTab != spaces.contains($0) }.isEmpty)
    #expect(scalars.filter { $0.isSpaceOrNewline != spacesAndNewlines.contains($0) }.isEmpty)
}

@Test(arguments: [
    "", " ", "x", " x ", "\n\t turnLeft \r\n", "\u{00A0}ស្ដាំ\u{2028}", "\u{3000}3\u{3000}", "a b", "\u{85}x\u{85}",
    "\u{200B}x\u{200B}", "e\u{301} ", " \u{301}x", "\u{FEFF}1", "\r\n", "\u{1680}\u{2029}",
])
func trimmingGivesWhatFoundationGives(text: String) {
    #expect(text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespacesAndNewlines))
    #expect(text.trimmingWhitespace(newlines: false) == text.trimmingCharacters(in: .whitespaces))
    #expect(Array(text.trimmingWhitespace().unicodeScalars)
        == Array(text.trimmingCharacters(in: .whitespacesAndNewlines).unicodeScalars))
}

@Test func attributeValuesWithCharacterAndEntityReferences() throws {
    let root = try XMLReader.parse(
        text: #"<a x="1 &amp; 2" y="&#x1780;&lt;" z="" w="&#38;amp;"><b q='&quot;'/></a>"#, file: "p.xml")
    #expect(root.attributes == ["x": "1 & 2", "y": "ក<", "z": "", "w": "&amp;"])
    #expect(root.children.first?.attributes == ["q": "\""])
}
