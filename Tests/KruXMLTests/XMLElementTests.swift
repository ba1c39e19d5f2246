import KruXML
import Testing

@Test func childLookupByName() {
    let field = XMLElement(name: "field", attributes: ["name": "DIR"], text: "turnLeft")
    let block = XMLElement(name: "block", attributes: ["type": "maze_turn"], children: [field])
    #expect(block.child(named: "field")?.text == "turnLeft")
    #expect(block.children(named: "next").isEmpty)
}

@Test func attributesReadLikeADictionary() {
    var attributes: XMLAttributes = ["type": "maze_turn", "id": "a1"]
    #expect(attributes["type"] == "maze_turn")
    #expect(attributes["x"] == nil)
    #expect(attributes.count == 2)
    // Order does not matter for == or for hashing.
    let reordered: XMLAttributes = ["id": "a1", "type": "maze_turn"]
    #expect(attributes == reordered)
    #expect(attributes.hashValue == reordered.hashValue)
    #expect(Set([attributes, reordered]).count == 1)
    #expect(attributes != ["id": "a1", "type": "maze_if"])
    #expect(attributes != ["id": "a1"])
    attributes["id"] = "a2"
    attributes["x"] = "10"
    attributes["type"] = nil
    #expect(attributes == ["id": "a2", "x": "10"])
    #expect(attributes.map(\.name) == ["id", "x"])  // document order
    #expect(XMLAttributes([("a", "1"), ("a", "2")]) == ["a": "2"])  // the last value wins
    #expect(attributes.description == #"["id": "a2", "x": "10"]"#)
    #expect(XMLAttributes().description == "[:]")
}

@Test func oneLocalNameUnderTwoPrefixesKeepsTheLastValue() throws {
    let root = try XMLReader.parse(
        text: #"<a xmlns:p="urn:p" xmlns:q="urn:q" p:x="1" y="2" q:x="3"/>"#, file: "p.xml")
    #expect(root.attributes == ["x": "3", "y": "2"])
    #expect(root.attributes.count == 2)
}
