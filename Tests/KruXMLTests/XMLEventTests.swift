import KruCore
import KruXML
import Testing

/// Writes down every event as a line of text.
private struct Recorder: XMLEventHandler {
    var events: [String] = []

    mutating func startElement(_ tag: borrowing XMLStartTag) {
        let place = tag.location.map { "\($0.line):\($0.column)" } ?? "?"
        events.append("<\(tag.name) \(place) block=\(tag.hasName("block")) x=\(tag.attribute("x") ?? "-") \(tag.attributes)")
    }

    mutating func characters(_ text: borrowing XMLCharacters) {
        events.append("text \(text.string.debugDescription)")
    }

    mutating func endElement() {
        events.append(">")
    }
}

@Test func readingHandsOverEveryElementAndTextInDocumentOrder() throws {
    let source = """
        <xml xmlns:p="urn:p" xmlns:q="urn:q">
          <block p:x="1" q:x="2&amp;3" y='&lt;'>ក<![CDATA[<b>]]></block><empty/>
        </xml>
        """
    var recorder = Recorder()
    try XMLReader.read(text: source, file: "p.xml", into: &recorder)
    let joined = recorder.events.map { $0.hasPrefix("text") ? "text" : $0 }.joined(separator: "|")
    #expect(recorder.events.first == "<xml 1:1 block=false x=- [:]")
    #expect(recorder.events.contains(#"<block 2:3 block=true x=2&3 ["x": "2&3", "y": "<"]"#))
    #expect(recorder.events.contains("<empty 2:65 block=false x=- [:]"))
    #expect(recorder.events.filter { $0.hasPrefix("text") }.map { $0.dropFirst(5) }.joined().contains("ក"))
    #expect(joined.hasSuffix(">|text|>"))
    #expect(recorder.events.count(where: { $0 == ">" }) == 3)
    // Text pieces of one element add up to its text, as the element tree has it.
    let tree = try XMLReader.parse(text: source, file: "p.xml")
    #expect(tree.children.first?.text == "ក<b>")
}

@Test func readingThrowsWhatParsingThrows() {
    for source in ["", "<a>", "<!DOCTYPE a [<!ENTITY e 'x'>]><a>&e;</a>"] {
        var recorder = Recorder()
        var readKind: XMLReadError.Kind?
        var parseKind: XMLReadError.Kind?
        do { try XMLReader.read(text: source, file: "p.xml", into: &recorder) } catch { readKind = error.kind }
        do { _ = try XMLReader.parse(text: source, file: "p.xml") } catch { parseKind = error.kind }
        #expect(readKind != nil && readKind == parseKind, "\(source)")
    }
}
