import KruCore
import Testing

@testable import KruMaze

@Test func blocksAreValuesThoughTheyShareStorage() {
    let inner = Block(type: BlockType.moveForward, id: "m")
    let original = Block(
        type: BlockType.repeatTimes, id: "r", location: SourceLocation(file: "p.xml", line: 2, column: 3),
        fields: ["TIMES": "3"], statements: ["DO": [inner]])
    var copy = original
    #expect(copy == original)
    #expect(copy.hashValue == original.hashValue)
    // Every kind of change stays in the copy.
    copy.fields["TIMES"] = "4"
    copy.statements["DO"]?.append(inner)
    copy.values["V"] = inner
    copy.type = BlockType.forever
    copy.id = nil
    copy.location = nil
    copy.isShadow = true
    #expect(original.fields == ["TIMES": "3"])
    #expect(original.statements["DO"] == [inner])
    #expect(original.values.isEmpty)
    #expect(original.type == BlockType.repeatTimes && original.id == "r" && original.location?.line == 2 && !original.isShadow)
    #expect(copy.fields == ["TIMES": "4"] && copy.statements["DO"]?.count == 2 && copy.values["V"] == inner)
    #expect(copy != original)
    // Equal blocks built apart are equal and hash alike.
    let twin = Block(
        type: BlockType.repeatTimes, id: "r", location: SourceLocation(file: "p.xml", line: 2, column: 3),
        fields: ["TIMES": "3"], statements: ["DO": [Block(type: BlockType.moveForward, id: "m")]])
    #expect(twin == original)
    #expect(twin.hashValue == original.hashValue)
    #expect(Set([twin, original, copy]).count == 2)
}
