import KruXML
import Testing

@Test func childLookupByName() {
    let field = XMLElement(name: "field", attributes: ["name": "DIR"], text: "turnLeft")
    let block = XMLElement(name: "block", attributes: ["type": "maze_turn"], children: [field])
    #expect(block.child(named: "field")?.text == "turnLeft")
    #expect(block.children(named: "next").isEmpty)
}
