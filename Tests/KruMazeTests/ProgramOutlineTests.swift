import KruCore
import Testing
@testable import KruMaze

/// Two stacks: `repeat (number) { forward; turn left }; forward` and `turn right; if path ahead { forward }`.
private let twoStacks = Program(file: "p.xml", format: .blocklyXML, stacks: [
    [
        Block(
            type: BlockType.repeatExt, id: "r",
            statements: ["DO": [Block(type: BlockType.moveForward, id: "m1"), Block(type: BlockType.turn, id: "t1", fields: ["DIR": "turnLeft"])]],
            values: ["TIMES": Block(type: BlockType.number, id: "n", isShadow: true, fields: ["NUM": "2"])]),
        Block(type: BlockType.moveForward, id: "m2"),
    ],
    [
        Block(type: BlockType.turn, id: "t2", fields: ["DIR": "turnRight"]),
        Block(type: BlockType.ifPath, id: "i", fields: ["DIR": "isPathForward"], statements: ["DO": [Block(type: BlockType.moveForward, id: "m3")]]),
    ],
])

@Test func outlineListsBlocksInReadingOrderWithDepthsAndNestedRanges() {
    let outline = ProgramOutline(twoStacks)
    #expect(outline.blocks.map(\.id) == ["r", "n", "m1", "t1", "m2", "t2", "i", "m3"])
    #expect(outline.blocks == twoStacks.allBlocks)
    #expect(outline.depths == [0, 1, 1, 1, 0, 0, 0, 1])
    #expect(outline.ends == [4, 2, 3, 4, 5, 6, 8, 8])
    #expect(outline.stackStarts == [0, 5])
    #expect(outline.blockCount == 7)  // the number shadow does not count
    #expect(outline.ordinal(of: 4) == 2)  // m2 is the 2nd 'move forward'
    #expect(outline.ordinal(of: 7) == 3)
}

@Test func compilingALaterStackNumbersItsBlocksAfterTheEarlierStacks() throws {
    let second = try CompiledProgram.compile(twoStacks, stack: 1)
    #expect(second.blocks.map(\.id) == ["r", "n", "m1", "t1", "m2", "t2", "i", "m3"])
    #expect(second.blocks.map(\.ordinal) == [1, 1, 1, 1, 2, 1, 1, 3])
    #expect(second.code == [
        .turn(block: 5, right: true), .branch(block: 6, condition: .ahead, otherwise: 3), .move(block: 7),
    ])
    let first = try CompiledProgram.compile(twoStacks, stack: 0)
    #expect(first.code == [
        .repeatStart(block: 0, count: 2), .repeatNext(block: 0, exit: 5), .move(block: 2), .turn(block: 3, right: false),
        .jump(1), .move(block: 4),
    ])
}

@Test func noEmptyBlocksNamesTheFirstEmptyBlockByItsOrdinalAndCountsTheOthers() throws {
    let source = "repeat 2 { forward }\nrepeat 3 { }\nforward\nrepeat 4 { }\nuntil finish { }"
    let result = try grade(source, on: try makePuzzle(straight))
    let message = try #require(check(result, "no-empty-blocks")?.message)
    #expect(message.en == "the 2nd 'repeat' block at line 2, column 1 is empty: nothing is inside it (and 2 more)")
    #expect(message.km.hasPrefix("ប្លុក 'ធ្វើម្ដងទៀត' ទី 2 នៅបន្ទាត់ 2 ជួរឈរ 1 ទទេ"))
}

@Test func finishDistancesAreTheMazeDistancesFromEverySquare() throws {
    // Two open squares walled in: no path between them and the finish.
    let cutOff = """
        #########
        #>.....F#
        #.#####.#
        #.#..##.#
        #.#####.#
        #.......#
        #########
        """
    for map in [straight, turnMaze, rightTurns, corridor, cutOff] {
        let maze = try makePuzzle(map).maze
        let distances = FinishDistances(maze: maze)
        for row in -1...maze.height {
            for column in -1...maze.width {
                let position = Position(row: row, column: column)
                #expect(distances.distance(from: position) == maze.distance(from: position, to: maze.finish), "\(position)")
            }
        }
    }
}
