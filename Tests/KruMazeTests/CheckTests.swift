import Foundation
import KruCore
import Testing
@testable import KruMaze

@Test func checksInOrderWithUsesKindOnlyWhenRequired() throws {
    let plain = try grade("forward\nforward", on: try makePuzzle(straight))
    #expect(plain.checks.map(\.id) == ["solved", "one-stack", "max-blocks", "no-empty-blocks"])
    #expect(failing(plain).isEmpty)
    let required = try grade("forward\nforward", on: try makePuzzle(straight, requires: "loop"))
    #expect(required.checks.map(\.id) == ["solved", "one-stack", "max-blocks", "no-empty-blocks", "uses-loop"])
    #expect(failing(required) == ["uses-loop"])
    for result in required.checks {
        #expect(!result.title.en.isEmpty && !result.title.km.isEmpty)
        #expect(!result.message.en.isEmpty && !result.message.km.isEmpty)
    }
}

@Test func looseBlocksFailOneStackAndAreNotRun() throws {
    let source = #"""
        <xml>
          <block type="maze_moveForward" id="a" x="10" y="10"><next><block type="maze_moveForward" id="b"></block></next></block>
          <block type="maze_turn" id="loose" x="200" y="10"><field name="DIR">turnLeft</field></block>
        </xml>
        """#
    let result = try grade(source, on: try makePuzzle(straight), file: "p.xml")
    #expect(result.run.outcome == .notRun)
    #expect(result.run.blocks == 3)
    #expect(Set(failing(result)) == ["solved", "one-stack"])
    let oneStack = try #require(check(result, "one-stack"))
    #expect(oneStack.message.en.contains("2 separate stacks"))
    #expect(oneStack.message.en.contains("`loose`"))
    #expect(oneStack.location?.line == 3)
}

@Test func maxBlocksCountsEveryBlockButShadowsAndNumbers() throws {
    let puzzle = try makePuzzle(corridor, ideal: 2, maxBlocks: 2)
    let looped = try grade(
        #"<xml><block type="controls_repeat_ext" id="r"><value name="TIMES"><shadow type="math_number"><field name="NUM">5</field></shadow></value><statement name="DO"><block type="maze_moveForward"></block></statement></block></xml>"#,
        on: puzzle, file: "p.xml")
    #expect(failing(looped).isEmpty)
    #expect(check(looped, "max-blocks")?.message.en.contains("2 blocks") == true)
    let long = try grade("forward\nforward\nforward\nforward\nforward", on: puzzle)
    #expect(failing(long) == ["max-blocks"])
    #expect(check(long, "max-blocks")?.message.en == "the program uses 5 blocks, but at most 2 are allowed")
    // No limit: always passes.
    let unlimited = try grade("forward\nforward\nforward\nforward\nforward", on: try makePuzzle(corridor))
    #expect(check(unlimited, "max-blocks")?.status == .pass)
}

@Test func solvedWithMoreThanIdealPassesWithANote() throws {
    let result = try grade("forward\nforward\nforward\nforward\nforward", on: try makePuzzle(corridor, ideal: 2))
    let solved = try #require(check(result, "solved"))
    #expect(solved.status == .pass)
    #expect(solved.notes.map(\.en) == ["solved with 5 blocks; it can be done with 2"])
    #expect(solved.notes.first?.km.contains("5") == true)
    let ideal = try grade("repeat 5 { forward }", on: try makePuzzle(corridor, ideal: 2))
    #expect(check(ideal, "solved")?.notes.isEmpty == true)
}

@Test func emptyLoopsAndIfsFailNoEmptyBlocks() throws {
    for source in ["forward\nforward\nrepeat 2 { }", "forward\nif path ahead { }\nforward", "until finish { forward }\nforever { }",
                   "forward\nif path left { } else { turn left }\nforward"] {
        let result = try grade(source, on: try makePuzzle(straight, ideal: 2))
        #expect(check(result, "no-empty-blocks")?.status == .fail, "\(source)")
        #expect(check(result, "no-empty-blocks")?.location?.line != nil)
    }
    // An empty ELSE is fine.
    let elseEmpty = try grade("until finish { if path ahead { forward } else { } }", on: try makePuzzle(straight))
    #expect(check(elseEmpty, "no-empty-blocks")?.status == .pass)
    let repeatExt = try grade(
        #"<xml><block type="controls_repeat_ext" id="r"><value name="TIMES"><shadow type="math_number"><field name="NUM">2</field></shadow></value></block></xml>"#,
        on: try makePuzzle(straight), file: "p.xml")
    #expect(check(repeatExt, "no-empty-blocks")?.message.en.contains("the 1st 'repeat' block (id `r`) is empty") == true)
}

@Test(arguments: [
    ("loop", "repeat 2 { forward }", true),
    ("loop", "until finish { forward }", true),
    ("loop", "forward\nforward", false),
    ("repeat-until", "repeat 2 { forward }", false),
    ("repeat-until", "until finish { forward }", true),
    ("if", "until finish { if path ahead { forward } }", true),
    ("if", "until finish { if path ahead { forward } else { turn left } }", true),
    ("if", "until finish { forward }", false),
    ("if-else", "until finish { if path ahead { forward } }", false),
    ("if-else", "until finish { if path ahead { forward } else { turn left } }", true),
])
func usesKind(kind: String, source: String, passes: Bool) throws {
    let result = try grade(source, on: try makePuzzle(straight, requires: kind))
    let usage = try #require(check(result, "uses-\(kind)"))
    #expect((usage.status == .pass) == passes)
    if !passes { #expect(usage.hint != nil) }
}

@Test func programErrorsNameTheBlockAndStopTheRun() throws {
    let cases: [(String, String, String)] = [
        (#"<block type="maze_jump" id="j1"></block>"#, "j1", "maze.program.unknown-block"),
        (#"<block type="maze_turn" id="t1"></block>"#, "t1", "maze.program.missing-field"),
        (#"<block type="maze_turn" id="t2"><field name="DIR">turnAround</field></block>"#, "t2", "maze.program.bad-field"),
        (#"<block type="maze_if" id="i1"><statement name="DO"><block type="maze_moveForward"/></statement></block>"#, "i1", "maze.program.missing-field"),
        (#"<block type="controls_repeat" id="r1"><field name="TIMES">-2</field></block>"#, "r1", "maze.program.bad-count"),
        (#"<block type="controls_repeat" id="r2"><field name="TIMES">three</field></block>"#, "r2", "maze.program.bad-count"),
        (#"<block type="controls_repeat" id="r3"><field name="TIMES">2.5</field></block>"#, "r3", "maze.program.bad-count"),
        (#"<block type="controls_repeat" id="r4"></block>"#, "r4", "maze.program.missing-field"),
        (#"<block type="controls_repeat_ext" id="r5"></block>"#, "r5", "maze.program.missing-value"),
        (#"<block type="controls_repeat_ext" id="r6"><value name="TIMES"><block type="math_number" id="n6"><field name="NUM">x</field></block></value></block>"#, "n6", "maze.program.bad-count"),
        (#"<block type="controls_repeat_ext" id="r7"><value name="TIMES"><block type="math_number" id="n7"></block></value></block>"#, "n7", "maze.program.missing-field"),
        (#"<block type="controls_repeat_ext" id="r8"><value name="TIMES"><block type="variables_get" id="v8"></block></value></block>"#, "v8", "maze.program.bad-value"),
        (#"<block id="untyped"></block>"#, "untyped", "maze.program.unknown-block"),
    ]
    for (block, id, errorID) in cases {
        let source = blocklyXML([#"<block type="maze_moveForward" id="first"></block>"#, block])
        let result = try grade(source, on: try makePuzzle(straight), file: "p.xml")
        #expect(result.run.outcome == .notRun, "\(block)")
        #expect(result.run.steps == 0)
        #expect(result.run.block == id, "\(block)")
        let diagnostic = try #require(result.diagnostics.first, "\(block)")
        #expect(diagnostic.id == errorID, "\(block)")
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.message.en.contains("`\(id)`"))
        #expect(diagnostic.location?.file == "p.xml")
        let solved = try #require(check(result, "solved"))
        #expect(solved.status == .fail)
        #expect(solved.message.en.contains("`\(id)`"))
        #expect(solved.message.km.contains("`\(id)`"))
    }
}

@Test func textProgramErrorsNameLineAndColumn() throws {
    let result = try grade("forward\n  repeat -3 { forward }", on: try makePuzzle(straight))
    #expect(result.run.outcome == .notRun)
    #expect(result.diagnostics.first?.location == SourceLocation(file: "program.txt", line: 2, column: 3))
    #expect(result.run.block == nil)
}

@Test func gradesGiveTheChecksInTheOrderOfCheckIDs() throws {
    for requires in [nil, "loop", "if-else"] {
        let puzzle = try makePuzzle(corridor, ideal: 2, maxBlocks: 3, requires: requires)
        let grader = PuzzleGrader(puzzle: puzzle)
        let expected = ["solved", "one-stack", "max-blocks", "no-empty-blocks"] + (requires.map { ["uses-\($0)"] } ?? [])
        #expect(grader.checkIDs == expected)
        let graded = grader.grade(SubmissionFiles(origin: "s", files: ["p.txt": Data("repeat 5 { forward }".utf8)]))
        #expect(graded.checks.map(\.id) == expected)
        let unreadable = grader.grade(SubmissionFiles(origin: "s", files: ["p.xml": Data("<xml>".utf8)]))
        #expect(unreadable.checks.map(\.id) == expected)
        // A copy grades alike (it shares the puzzle's state).
        var copy = grader
        copy.recordsTrace = false
        #expect(copy.grade(SubmissionFiles(origin: "s", files: ["p.txt": Data("repeat 5 { forward }".utf8)])).checks == graded.checks)
    }
}

@Test func aProgramWhoseBlocksAreAllDisabledSaysSoInsteadOfSeeingNoBlocks() throws {
    let xml = #"<xml><block type="maze_moveForward" id="a" disabled="true"><next><block type="maze_moveForward" id="b" disabled-reasons="MANUALLY_DISABLED"></block></next></block></xml>"#
    let json = #"{"blocks":{"languageVersion":0,"blocks":[{"type":"maze_moveForward","id":"a","enabled":false,"next":{"block":{"type":"maze_moveForward","id":"b","disabledReasons":["MANUALLY_DISABLED"]}}}]}}"#
    for (source, file) in [(xml, "p.xml"), (json, "p.json")] {
        let result = try grade(source, on: try makePuzzle(straight), file: file)
        #expect(result.run.outcome == .notRun)
        let stack = try #require(check(result, "one-stack"))
        #expect(stack.status == .fail)
        #expect(stack.message.en.contains("disabled"))
        #expect(stack.message.km.contains("បិទ"))
        #expect(stack.hint?.en.contains("Enable Block") == true)
        let solved = try #require(check(result, "solved"))
        #expect(solved.message.en.contains("no blocks to run"))
        #expect(!solved.message.en.contains("not joined"))
        #expect(solved.hint?.en.contains("Enable Block") == true)
    }
    // A workspace with nothing at all still asks for a first block, and says nothing about disabled blocks.
    let empty = try grade("<xml></xml>", on: try makePuzzle(straight), file: "p.xml")
    #expect(check(empty, "one-stack")?.message.en == "the program has no blocks at all")
    #expect(check(empty, "solved")?.message.en.contains("no blocks to run") == true)
    #expect(check(empty, "solved")?.hint?.en.contains("grey") == false)
    // A disabled stray block beside a working stack is not a second stack.
    let stray = #"<xml><block type="maze_moveForward" id="a"><next><block type="maze_moveForward" id="b"></block></next></block><block type="maze_turn" id="t" disabled="true" x="200" y="200"><field name="DIR">turnLeft</field></block></xml>"#
    let solvedWithStray = try grade(stray, on: try makePuzzle(straight), file: "p.xml")
    #expect(solvedWithStray.run.outcome == .solved)
    #expect(check(solvedWithStray, "one-stack")?.status == .pass)
}

@Test func programErrorsNameTheBlockAsTheStudentSeesItAndSayWhatToDo() throws {
    let cases: [(block: String, en: [String], km: [String])] = [
        (#"<block type="maze_turn" id="t1"></block>"#,
         ["the 'turn' block (`maze_turn`, id `t1`)", "drag in a new block"], ["ប្លុក 'បត់' (`maze_turn`, id `t1`)", "សូមអូសប្លុកថ្មី"]),
        (#"<block type="maze_if" id="i1"><field name="DIR">isPathBackward</field></block>"#,
         ["the 'if path' block (`maze_if`, id `i1`)", "choose one of isPathForward, isPathLeft, isPathRight"], ["ប្លុក 'បើមានផ្លូវ'", "សូមជ្រើសរើស"]),
        (#"<block type="maze_jump" id="j1"></block>"#,
         ["block `maze_jump` (id `j1`)", "remove it"], ["ប្លុក `maze_jump` (id `j1`)", "សូមដកវាចេញ"]),
        (#"<block type="controls_repeat" id="r1"><field name="TIMES">-2</field></block>"#,
         ["the 'repeat' block (`controls_repeat`, id `r1`)", "use a whole number like 3"], ["ប្លុក 'ធ្វើម្ដងទៀត'", "សូមប្រើចំនួនគត់"]),
    ]
    for (block, en, km) in cases {
        let result = try grade(blocklyXML([block]), on: try makePuzzle(straight), file: "p.xml")
        let message = try #require(result.diagnostics.first?.message, "\(block)")
        for piece in en { #expect(message.en.contains(piece), "\(message.en)") }
        for piece in km { #expect(message.km.contains(piece), "\(message.km)") }
        #expect(message.km.contains("កម្មវិធីមិនត្រូវបានដំណើរការទេ"))
    }
}

@Test func aLoopHoldingOnlyDisabledBlocksIsEmptyAndSaysWhy() throws {
    let source = #"<xml><block type="controls_repeat" id="r"><field name="TIMES">3</field><statement name="DO"><block type="maze_moveForward" id="f" disabled="true"></block></statement></block></xml>"#
    let result = try grade(source, on: try makePuzzle(corridor), file: "p.xml")
    let empty = try #require(check(result, "no-empty-blocks"))
    #expect(empty.status == .fail)
    #expect(empty.message.en.contains("(id `r`) is empty: no block that runs is inside it (disabled, grey blocks do not run)"))
    #expect(empty.message.km.contains("ប្លុកដែលបានបិទ"))
    let plain = try grade("repeat 3 { }", on: try makePuzzle(corridor))
    #expect(check(plain, "no-empty-blocks")?.message.en.hasSuffix("is empty: nothing is inside it") == true)
}
