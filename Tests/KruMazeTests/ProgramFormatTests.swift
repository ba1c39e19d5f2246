import Foundation
import KruCore
import Testing
@testable import KruMaze

private let move = #"<block type="maze_moveForward" id="m1"></block>"#

@Test func blocklyXMLWithAndWithoutNamespace() throws {
    for namespace in [true, false] {
        let source = blocklyXML([
            #"<block type="maze_moveForward" id="a" x="20" y="20"></block>"#,
            #"<block type="maze_turn" id="b"><field name="DIR">turnRight</field></block>"#,
        ], namespace: namespace)
        let program = try ProgramLoader.load(text: source, file: "p.xml")
        #expect(program.format == .blocklyXML)
        #expect(program.stacks.count == 1)
        #expect(program.stacks[0].map(\.type) == ["maze_moveForward", "maze_turn"])
        #expect(program.stacks[0].map(\.id) == ["a", "b"])
        #expect(program.stacks[0][1].fields == ["DIR": "turnRight"])
        #expect(program.stacks[0][0].location?.line == 1)
    }
}

@Test func controlsRepeatWithFieldAndRepeatExtWithNumberBlockOrShadow() throws {
    let puzzle = try makePuzzle(corridor)
    let variants = [
        #"<xml><block type="controls_repeat" id="r"><field name="TIMES">5</field><statement name="DO"><block type="maze_moveForward" id="m"></block></statement></block></xml>"#,
        #"<xml><block type="controls_repeat_ext" id="r"><value name="TIMES"><shadow type="math_number" id="n"><field name="NUM">5</field></shadow></value><statement name="DO"><block type="maze_moveForward" id="m"></block></statement></block></xml>"#,
        #"<xml><block type="controls_repeat_ext" id="r"><value name="TIMES"><block type="math_number" id="n"><field name="NUM">5</field></block></value><statement name="DO"><block type="maze_moveForward" id="m"></block></statement></block></xml>"#,
        // A real block covers the shadow: the shadow's 1 is not used.
        #"<xml><block type="controls_repeat_ext" id="r"><value name="TIMES"><shadow type="math_number" id="s"><field name="NUM">1</field></shadow><block type="math_number" id="n"><field name="NUM">5</field></block></value><statement name="DO"><block type="maze_moveForward" id="m"></block></statement></block></xml>"#,
    ]
    for source in variants {
        let result = try grade(source, on: puzzle, file: "p.xml")
        #expect(result.run.outcome == .solved)
        #expect(result.run.blocks == 2)  // math_number blocks and shadows do not count
        #expect(result.run.steps == 11)
        #expect(result.run.block == "m")
    }
}

@Test func blocklyJSON() throws {
    let source = """
        {"blocks": {"languageVersion": 0, "blocks": [
          {"type": "controls_repeat_ext", "id": "r", "x": 10, "y": 10,
           "inputs": {"TIMES": {"shadow": {"type": "math_number", "id": "n", "fields": {"NUM": 5}}},
                      "DO": {"block": {"type": "maze_moveForward", "id": "m"}}},
           "next": {"block": {"type": "maze_turn", "id": "t", "fields": {"DIR": "turnLeft"}}}}
        ]}}
        """
    let program = try ProgramLoader.load(text: source, file: "p.json")
    #expect(program.format == .blocklyJSON)
    #expect(program.stacks.count == 1)
    #expect(program.stacks[0].map(\.id) == ["r", "t"])
    #expect(program.stacks[0][0].values["TIMES"]?.isShadow == true)
    #expect(program.stacks[0][0].values["TIMES"]?.fields["NUM"] == "5")
    #expect(program.stacks[0][0].statements["DO"]?.map(\.id) == ["m"])
    #expect(program.blockCount == 3)
    let result = PuzzleGrader(puzzle: try makePuzzle(corridor)).grade(program)
    #expect(result.run.outcome == .solved)
}

@Test func textFormKeepsLinesAndColumns() throws {
    let source = """
        # walk along the wall
        repeat until finish {
          if path ahead { forward } else { turn right }
        }
        """
    let program = try ProgramLoader.load(text: source, file: "p.txt")
    #expect(program.format == .text)
    let loop = try #require(program.stacks.first?.first)
    #expect(loop.type == "maze_forever")
    #expect(loop.location == SourceLocation(file: "p.txt", line: 2, column: 1))
    let branch = try #require(loop.statements["DO"]?.first)
    #expect(branch.type == "maze_ifElse")
    #expect(branch.fields["DIR"] == "isPathForward")
    #expect(branch.location == SourceLocation(file: "p.txt", line: 3, column: 3))
    #expect(branch.statements["ELSE"]?.first?.location == SourceLocation(file: "p.txt", line: 3, column: 36))
    #expect(PuzzleGrader(puzzle: try makePuzzle(rightTurns)).grade(program).run.outcome == .solved)
}

@Test func textFormSynonymsAndSeparators() throws {
    let program = try ProgramLoader.load(
        text: "move forward; move; turn left\nREPEAT 2 TIMES { Turn Right }\nuntil finish { if path left { forward } }\nforever { }",
        file: "p.txt")
    #expect(program.stacks[0].map(\.type) == [
        "maze_moveForward", "maze_moveForward", "maze_turn", "controls_repeat", "maze_forever", "maze_forever",
    ])
    #expect(program.stacks[0][3].fields["TIMES"] == "2")
    #expect(program.stacks[0][4].statements["DO"]?.first?.fields["DIR"] == "isPathLeft")
}

@Test(arguments: [
    ("fowrard", 1, 1, "forward"),
    ("forward\nturn around", 2, 6, nil),
    ("repeat 3 forward", 1, 10, nil),
    ("repeat 3 { forward", 1, 10, nil),
    ("forward }", 1, 9, nil),
    ("if path ahead { forward } els { turn left }", 1, 27, "else"),
    ("forward (", 1, 9, nil),
])
func textFormMistakesPointAtThePlace(source: String, line: Int, column: Int, suggestion: String?) {
    do {
        _ = try ProgramLoader.load(text: source, file: "p.txt")
        Issue.record("\(source) must not load")
    } catch {
        #expect(error.location == SourceLocation(file: "p.txt", line: line, column: column))
        if let suggestion { #expect(error.message.en.contains("`\(suggestion)`")) }
        #expect(!error.message.km.isEmpty)
    }
}

@Test func formatIsDetectedFromContent() {
    #expect(ProgramLoader.detectFormat("  <xml/>") == .blocklyXML)
    #expect(ProgramLoader.detectFormat("\n{\"blocks\":{}}") == .blocklyJSON)
    #expect(ProgramLoader.detectFormat("forward") == .text)
}

@Test func disabledBlocksAreSkipped() throws {
    let source = blocklyXML([
        #"<block type="maze_moveForward" id="a"></block>"#,
        #"<block type="maze_turn" id="b" disabled="true"><field name="DIR">turnLeft</field></block>"#,
        #"<block type="maze_moveForward" id="c"></block>"#,
    ])
    let result = try grade(source, on: try makePuzzle(corridor), file: "p.xml")
    #expect(result.program?.stacks[0].map(\.id) == ["a", "c"])
    #expect(result.run.blocks == 2)
}

/// Blockly reads `disabled="true"` and the older `disabled="disabled"`, exactly as written.
@Test func disabledAttributeIsReadAsBlocklyReadsIt() throws {
    for (value, skipped) in [("true", true), ("disabled", true), ("false", false), ("True", false), ("", false)] {
        let source = blocklyXML([
            #"<block type="maze_moveForward" id="a"></block>"#,
            #"<block type="maze_turn" id="b" disabled="\#(value)"><field name="DIR">turnLeft</field></block>"#,
        ])
        let program = try #require(try grade(source, on: try makePuzzle(corridor), file: "p.xml").program)
        #expect(program.stacks[0].map(\.id) == (skipped ? ["a"] : ["a", "b"]), "\(value)")
        #expect(program.hasDisabledBlocks == skipped, "\(value)")
    }
}

/// Blockly 11 records why a block is disabled instead of `disabled="true"` / `"enabled": false`.
@Test func blockly11DisabledReasonsAreSkipped() throws {
    let xml = blocklyXML([
        #"<block type="maze_moveForward" id="a"></block>"#,
        #"<block type="maze_turn" id="b" disabled-reasons="MANUALLY_DISABLED"><field name="DIR">turnLeft</field></block>"#,
        #"<block type="maze_moveForward" id="c"></block>"#,
    ])
    #expect(try grade(xml, on: try makePuzzle(corridor), file: "p.xml").program?.stacks[0].map(\.id) == ["a", "c"])
    let json = """
        {"blocks": {"languageVersion": 0, "blocks": [{"type": "maze_moveForward", "id": "a", "x": 10, "y": 10,
          "next": {"block": {"type": "maze_turn", "id": "b", "disabledReasons": ["MANUALLY_DISABLED"], "fields": {"DIR": "turnLeft"},
            "next": {"block": {"type": "maze_moveForward", "id": "c"}}}}}]}}
        """
    #expect(try grade(json, on: try makePuzzle(corridor), file: "p.json").program?.stacks[0].map(\.id) == ["a", "c"])
}

@Test func aNonBlocklyDocumentIsAClearError() {
    #expect(throws: ProgramLoadError.self) { _ = try ProgramLoader.load(text: "<html><body/></html>", file: "p.xml") }
    #expect(throws: ProgramLoadError.self) { _ = try ProgramLoader.load(text: #"{"name": 1}"#, file: "p.json") }
    #expect(throws: ProgramLoadError.self) { _ = try ProgramLoader.load(text: #"{"blocks": "#, file: "p.json") }
}
