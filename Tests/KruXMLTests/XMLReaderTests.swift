import Foundation
import KruCore
import KruXML
import Testing

@Test func readsElementsAttributesTextAndExactLocations() throws {
    let source = """
        <xml xmlns="https://developers.google.com/blockly/xml">
          <block type="maze_turn" id="a1" x="10">
            <field name="DIR">turnLeft</field>
          </block>
        </xml>
        """
    let root = try XMLReader.parse(text: source, file: "p.xml")
    #expect(root.name == "xml")
    #expect(root.location == SourceLocation(file: "p.xml", line: 1, column: 1))
    let block = try #require(root.child(named: "block"))
    #expect(block.attributes == ["type": "maze_turn", "id": "a1", "x": "10"])
    #expect(block.location == SourceLocation(file: "p.xml", line: 2, column: 3))
    let field = try #require(block.child(named: "field"))
    #expect(field.text == "turnLeft")
    #expect(field.location == SourceLocation(file: "p.xml", line: 3, column: 5))
}

@Test func stripsNamespacePrefixes() throws {
    let root = try XMLReader.parse(
        text: #"<b:xml xmlns:b="urn:x"><b:block type="t"/></b:xml>"#, file: "p.xml")
    #expect(root.name == "xml")
    #expect(root.children.map(\.name) == ["block"])
}

@Test func predefinedEntitiesAndCDATAAreText() throws {
    let root = try XMLReader.parse(text: "<a>x &amp; y <![CDATA[<z>]]></a>", file: "p.xml")
    #expect(root.text == "x & y <z>")
}

@Test func malformedXMLNamesLineAndColumn() {
    let source = "<xml>\n  <block type=\"a\">\n</xml>\n"
    #expect {
        _ = try XMLReader.parse(text: source, file: "bad.xml")
    } throws: { error in
        guard let error = error as? XMLReadError else { return false }
        return error.kind == .malformed && error.location?.line == 3 && error.file == "bad.xml"
            && !error.message.km.isEmpty
    }
}

@Test func doctypeWithExternalEntityIsRefusedWithoutReadingTheFile() throws {
    // /etc/passwd exists on every Debian machine; its first line starts with "root:".
    let source = """
        <?xml version="1.0"?>
        <!DOCTYPE xml [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
        <xml><block type="maze_moveForward" id="&secret;"/><field>&secret;</field></xml>
        """
    do {
        _ = try XMLReader.parse(text: source, file: "evil.xml")
        Issue.record("a DOCTYPE must be refused")
    } catch {
        #expect(error.kind == .doctype)
        #expect(error.location?.line == 2)
        #expect(!error.message.en.contains("root:"))
        #expect(!error.description.contains("root:"))
    }
}

@Test func externalParameterEntityIsRefused() {
    let source = """
        <!DOCTYPE x [ <!ENTITY % p SYSTEM "file:///etc/passwd"> %p; ]>
        <x/>
        """
    #expect(throws: XMLReadError.self) { _ = try XMLReader.parse(text: source, file: "evil.xml") }
}

@Test func billionLaughsIsRefusedQuickly() {
    var source = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n"
    for level in 1...9 {
        let previous = level == 1 ? "lol" : "lol\(level - 1)"
        source += " <!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">\n"
    }
    source += "]>\n<lolz>&lol9;</lolz>"
    do {
        _ = try XMLReader.parse(text: source, file: "bomb.xml")
        Issue.record("an entity bomb must be refused")
    } catch {
        #expect(error.kind == .doctype)
    }
}

@Test func undeclaredEntityIsMalformed() {
    #expect(throws: XMLReadError.self) { _ = try XMLReader.parse(text: "<a>&nope;</a>", file: "p.xml") }
}

@Test func veryDeepNestingIsAClearError() {
    let depth = 100_000
    let source = String(repeating: "<statement>", count: depth) + String(repeating: "</statement>", count: depth)
    do {
        _ = try XMLReader.parse(text: source, file: "deep.xml")
        Issue.record("100k-deep nesting must be refused")
    } catch {
        #expect(error.kind == .tooDeep)
        #expect(error.location != nil)
    }
}

@Test func moderateNestingConvertsWithoutRecursion() throws {
    let depth = 200
    let source = String(repeating: "<a>", count: depth) + "x" + String(repeating: "</a>", count: depth)
    var element = try XMLReader.parse(text: source, file: "p.xml")
    var levels = 1
    while let child = element.children.first {
        element = child
        levels += 1
    }
    #expect(levels == depth)
    #expect(element.text == "x")
}

@Test func binaryEmptyAndHugeInputAreClearErrors() {
    let binary = Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02])
    #expect { _ = try XMLReader.parse(data: binary, file: "pic.png") } throws: { error in
        (error as? XMLReadError)?.kind == .notText
    }
    #expect { _ = try XMLReader.parse(data: Data(), file: "e.xml") } throws: { error in
        (error as? XMLReadError)?.kind == .empty
    }
    #expect { _ = try XMLReader.parse(data: Data("  \n ".utf8), file: "e.xml") } throws: { error in
        (error as? XMLReadError)?.kind == .empty
    }
    let big = Data(repeating: UInt8(ascii: "a"), count: 100)
    #expect { _ = try XMLReader.parse(data: big, file: "big.xml", byteLimit: 50) } throws: { error in
        (error as? XMLReadError)?.kind == .tooLarge
    }
}

@Test func notXMLAtAllIsMalformed() {
    #expect { _ = try XMLReader.parse(text: "repeat 3 { forward }", file: "p.xml") } throws: { error in
        (error as? XMLReadError)?.kind == .malformed
    }
}

@Test func parsesInParallelWithSeparateErrors() async {
    await withTaskGroup(of: Bool.self) { group in
        for index in 0..<40 {
            group.addTask {
                if index % 2 == 0 {
                    return (try? XMLReader.parse(text: "<a n=\"\(index)\"/>", file: "ok.xml"))?.attributes["n"] == "\(index)"
                }
                do {
                    _ = try XMLReader.parse(text: "<a>\n<b></a>", file: "bad\(index).xml")
                    return false
                } catch let error as XMLReadError {
                    return error.file == "bad\(index).xml" && error.location?.line == 2
                } catch {
                    return false
                }
            }
        }
        for await ok in group { #expect(ok) }
    }
}

@Test func aDocumentDeclaringAnotherEncodingIsReadToItsEnd() throws {
    // libxml2 converts such a document as it reads; every element must arrive.
    let blocks = (0..<300).map { "<block id=\"b\($0)\"/>\n" }.joined()
    for declaration in [#"<?xml version="1.0" encoding="ISO-8859-1"?>"#, #"<?xml version='1.0' encoding='windows-1252' ?>"#] {
        let root = try XMLReader.parse(text: declaration + "\n<xml>\n" + blocks + "</xml>\n", file: "p.xml")
        #expect(root.children.count == 300)
        #expect(root.children.last?.attributes["id"] == "b299")
    }
    let utf8 = try XMLReader.parse(text: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xml>\n" + blocks + "</xml>", file: "p.xml")
    #expect(utf8.children.count == 300)
}

@Test func aDeclaredEncodingShiftsNeitherLinesNorText() throws {
    // kru hands libxml2 UTF-8 text; converting it again as Latin-1 would turn
    // each Khmer letter into six bytes and push every later element down.
    let source = """
        <?xml version="1.0" encoding="ISO-8859-1"?>
        <!-- កម្មវិធីរបស់ខ្ញុំ ដើរទៅមុខ ហើយបត់ឆ្វេង ហើយដើរទៅមុខម្ដងទៀត -->
        <xml>
          <field name="ឈ្មោះ">ខ្មែរ</field>

          <block/>
        </xml>
        """
    let root = try XMLReader.parse(text: source, file: "p.xml")
    #expect(root.location == SourceLocation(file: "p.xml", line: 3, column: 1))
    #expect(root.children.map(\.location?.line) == [4, 6])
    #expect(root.children.map(\.location?.column) == [3, 3])
    #expect(root.children.first?.text == "ខ្មែរ")
    #expect(root.children.first?.attributes["name"] == "ឈ្មោះ")
}

@Test func aNULCharacterInsideTheTextIsMalformedNotTheEnd() {
    for source in ["<xml><a/>\u{0}<b/></xml>", "<xml><a x=\"\u{0}\"/></xml>"] {
        #expect(throws: XMLReadError.self, "\(source.debugDescription)") { _ = try XMLReader.parse(text: source, file: "p.xml") }
    }
}

@Test func shortAndLongDocumentsAreReadWhole() throws {
    // Small strings live inside the String value, large ones in storage.
    for count in [0, 1, 2, 5, 40, 2_000] {
        let source = "<x>" + String(repeating: "<y/>", count: count) + "</x>"
        #expect(try XMLReader.parse(text: source, file: "p.xml").children.count == count)
    }
    #expect(try XMLReader.parse(text: "<x/>", file: "p.xml").name == "x")
    #expect(try XMLReader.parse(text: "<abcdefghijk/>", file: "p.xml").name == "abcdefghijk")  // 15 bytes
}
