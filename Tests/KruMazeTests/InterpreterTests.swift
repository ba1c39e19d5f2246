import KruCore
import Testing
@testable import KruMaze

@Test func moveForwardAndSolveTheMomentItLandsOnTheFinish() throws {
    let result = try grade("forward\nforward\nturn left\nforward", on: try makePuzzle(straight))
    #expect(result.run.outcome == .solved)
    #expect(result.run.steps == 2)  // the blocks after the finish never run
    #expect(result.run.block == "2:1")
    let trace = try #require(result.result?.trace)
    #expect(trace.map(\.position) == [Position(row: 1, column: 2), Position(row: 1, column: 3)])
    #expect(trace.map(\.action) == [.move, .move])
    #expect(trace.map(\.step) == [1, 2])
}

@Test func turnsChangeDirectionInPlace() throws {
    let result = try grade("forward\nturn right\nforward\nforward", on: try makePuzzle(turnMaze))
    #expect(result.run.outcome == .solved)
    #expect(result.run.steps == 4)
    let trace = try #require(result.result?.trace)
    #expect(trace[1].action == .turnRight)
    #expect(trace[1].direction == .south)
    #expect(trace[1].position == Position(row: 1, column: 2))
    let left = try grade("turn left\nturn left\nturn left\nturn left", on: try makePuzzle(straight))
    #expect(left.result?.direction == .east)
    #expect(left.result?.trace.map(\.direction) == [.north, .west, .south, .east])
}

@Test func crashIntoAWallStopsTheRunAndNamesTheBlock() throws {
    let source = blocklyXML([
        #"<block type="maze_moveForward" id="one"></block>"#,
        #"<block type="maze_moveForward" id="two"></block>"#,
        #"<block type="maze_moveForward" id="three"></block>"#,
    ])
    let result = try grade(source, on: try makePuzzle(turnMaze), file: "p.xml")
    #expect(result.run.outcome == .crash)
    #expect(result.run.steps == 2)
    #expect(result.run.block == "two")
    #expect(result.result?.crashSquare == Position(row: 1, column: 3))
    #expect(result.result?.position == Position(row: 1, column: 2))
    let solved = try #require(check(result, "solved"))
    #expect(solved.status == .fail)
    #expect(solved.message.en.contains("hit a wall at step 2"))
    #expect(solved.message.en.contains("the 2nd 'move forward' block (id `two`)"))
    #expect(solved.message.km.contains("ជញ្ជាំង"))
    #expect(solved.hint?.en.contains("`two`") == true)
}

@Test func repeatCostsOneStepPerBlockAndPerRound() throws {
    // repeat (1) + 5 × (round + move) = 11; solved on the 5th move, mid-loop.
    let five = try grade("repeat 5 { forward }", on: try makePuzzle(corridor))
    #expect(five.run.outcome == .solved)
    #expect(five.run.steps == 11)
    // Asking for more rounds changes nothing: the run stops on the finish.
    let ten = try grade("repeat 10 { forward }", on: try makePuzzle(corridor))
    #expect(ten.run.steps == 11)
    #expect(ten.result?.trace.first?.action == .loopStart)
    #expect(ten.result?.trace[1].action == .loopRound)
    // Zero rounds: just the block.
    let zero = try grade("repeat 0 { forward }", on: try makePuzzle(corridor))
    #expect(zero.run.outcome == .stopped)
    #expect(zero.run.steps == 1)
}

@Test func nestedRepeats() throws {
    // 2 × (2 × forward) = 4 moves, then stopped one short in the corridor.
    let result = try grade("repeat 2 { repeat 2 { forward } }", on: try makePuzzle(corridor))
    #expect(result.run.outcome == .stopped)
    // outer 1 + 2 × (round 1 + inner 1 + 2 × (round 1 + move 1)) = 1 + 2 × 6 = 13
    #expect(result.run.steps == 13)
    #expect(result.result?.position == Position(row: 1, column: 5))
}

@Test func repeatUntilFinishRunsUntilTheFinish() throws {
    let result = try grade("until finish { forward }", on: try makePuzzle(corridor))
    #expect(result.run.outcome == .solved)
    #expect(result.run.steps == 11)
}

@Test func ifPathAheadLeftRight() throws {
    // Facing east at the corner of turnMaze: path ahead (east) is open at the start.
    let ahead = try grade("if path ahead { forward }\nif path ahead { forward }", on: try makePuzzle(turnMaze))
    #expect(ahead.result?.position == Position(row: 1, column: 2))
    #expect(ahead.result?.trace.map(\.action) == [.check(open: true), .move, .check(open: false)])
    #expect(ahead.run.steps == 3)
    let right = try grade("forward\nif path right { turn right }\nif path left { turn left }", on: try makePuzzle(turnMaze))
    #expect(right.result?.direction == .south)
    #expect(right.result?.trace.last?.action == .check(open: false))
}

@Test func ifElseTakesOneBranch() throws {
    let source = "until finish { if path ahead { forward } else { turn right } }"
    let result = try grade(source, on: try makePuzzle(rightTurns))
    #expect(result.run.outcome == .solved)
    #expect(failing(result).isEmpty)
    let otherwise = try grade("if path left { forward } else { turn left }", on: try makePuzzle(straight))
    #expect(otherwise.result?.direction == .north)
    #expect(otherwise.result?.trace.map(\.action) == [.check(open: false), .turnLeft])
}

@Test func endlessLoopsTimeOutAtTenThousandSteps() throws {
    let spin = try grade("until finish { turn left }", on: try makePuzzle(straight))
    #expect(spin.run.outcome == .timeout)
    #expect(spin.run.steps == 10_000)
    #expect(spin.result?.trace.count == 10_000)
    let message = try #require(check(spin, "solved")).message
    #expect(message.en.contains("endless loop"))
    #expect(message.en.contains("'turn left'") || message.en.contains("'repeat until finish'"))
    let empty = try grade("forever { }", on: try makePuzzle(straight))
    #expect(empty.run.outcome == .timeout)
    #expect(empty.run.block == "1:1")
}

@Test func hugeRepeatCountsAreTimeoutsNotHangs() throws {
    for count in ["1000000000000", "1e12", "99999999999999999999999"] {
        let source = #"<xml><block type="controls_repeat" id="r"><field name="TIMES">\#(count)</field><statement name="DO"><block type="maze_turn" id="t"><field name="DIR">turnLeft</field></block></statement></block></xml>"#
        let result = try grade(source, on: try makePuzzle(straight), file: "p.xml")
        #expect(result.run.outcome == .timeout, "\(count)")
        #expect(result.run.steps == 10_000)
    }
}

@Test func stoppedBeforeTheFinishSaysHowFar() throws {
    let result = try grade("forward", on: try makePuzzle(corridor))
    #expect(result.run.outcome == .stopped)
    #expect(result.run.steps == 1)
    let message = try #require(check(result, "solved")).message
    #expect(message.en.contains("The program ended after 1 step, but the robot stopped before the finish, 4 squares away"))
    #expect(message.km.contains("4"))
    let oneAway = try grade("forward\nforward\nforward\nforward", on: try makePuzzle(corridor))
    #expect(try #require(check(oneAway, "solved")).message.en.contains("after 4 steps, but the robot stopped before the finish, 1 square away"))
}

@Test func emptyWorkspaceIsNotRun() throws {
    let result = try grade("# nothing yet\n", on: try makePuzzle(straight))
    #expect(result.run.outcome == .notRun)
    #expect(result.run.steps == 0)
    #expect(Set(failing(result)) == ["solved", "one-stack"])
}

@Test func runsAreDeterministic() throws {
    let source = "until finish { if path ahead { forward } else { turn right } }"
    let puzzle = try makePuzzle(rightTurns)
    #expect(try grade(source, on: puzzle) == grade(source, on: puzzle))
}

@Test func endlessLoopFeedbackNamesTheLoopAndWhatTheRobotDoes() throws {
    // Spinning on the spot: the loop is named, and the hint says the robot never moves.
    let spin = try grade(
        #"<xml><block type="maze_forever" id="loop"><statement name="DO"><block type="maze_turn" id="t"><field name="DIR">turnLeft</field></block></statement></block></xml>"#,
        on: try makePuzzle(straight), file: "p.xml")
    let solved = try #require(check(spin, "solved"))
    #expect(solved.message.en.contains("The 1st 'repeat until finish' block (id `loop`) goes round and round"))
    #expect(solved.message.km.contains("ប្លុក 'ធ្វើម្ដងទៀតរហូតដល់ទីបញ្ចប់' ទី 1 (id `loop`)"))
    #expect(solved.hint?.en.contains("the robot never moves") == true)
    #expect(solved.hint?.km.contains("មិនដើរសោះ") == true)
    // Walking back and forth: the hint points at the path.
    let pacing = try grade("until finish {\n forward forward turn left turn left\n}", on: try makePuzzle(corridor))
    let walking = try #require(check(pacing, "solved"))
    #expect(pacing.run.outcome == .timeout)
    #expect(walking.message.en.contains("'repeat until finish' block at line 1, column 1 goes round and round"))
    #expect(walking.hint?.en.contains("walks round and round the same squares") == true)
    #expect(walking.location?.line == 1)
}

@Test func aVeryLongProgramWithoutLoopsIsStoppedAtTheBudgetWithoutBlamingALoop() throws {
    let result = try grade(String(repeating: "turn left\n", count: 10_050), on: try makePuzzle(straight))
    #expect(result.run.outcome == .timeout)
    let solved = try #require(check(result, "solved"))
    #expect(solved.message.en.contains("stopped after 10000 steps, on the 10001st 'turn left' block at line 10001, column 1"))
    #expect(!solved.message.en.contains("goes round"))
    #expect(solved.hint?.en.contains("inside a loop") == true)
}

@Test func endlessLoopFeedbackIsTheSameWithoutATrace() throws {
    // `kru check` grades without keeping the robot's path; the words must not change.
    let traced = PuzzleGrader(puzzle: try makePuzzle(rightTurns))
    var quiet = traced
    quiet.recordsTrace = false
    let programs = [
        "until finish { turn left }",
        // The run ends on the 'turn right' inside the loop: the loop is still the one named.
        "until finish { if path ahead { forward } turn right }",
        String(repeating: "turn left\n", count: 10_050),
    ]
    for text in programs {
        let program = try ProgramLoader.load(text: text, file: "p.txt")
        let expected = traced.grade(program)
        let got = quiet.grade(program)
        #expect(got.run.outcome == .timeout)
        #expect(got.checks == expected.checks, "\(text.prefix(40))")
    }
    let ending = quiet.grade(try ProgramLoader.load(text: programs[1], file: "p.txt"))
    #expect(check(ending, "solved")?.message.en.contains("'repeat until finish' block at line 1, column 1 goes round and round") == true)
}

@Test func aNumberBlockRepeatsAsBlocklyCountsUpToIt() throws {
    // Blockly's number block takes any number and the generated loop is
    // `for (count = 0; count < n; count++)`: 4.2 runs 5 rounds, 4.0 runs 4, -1 and 0 run none.
    func run(_ number: String) throws -> PuzzleGrade {
        let repeatBlock = #"<block type="controls_repeat_ext" id="r"><value name="TIMES"><shadow type="math_number" id="n"><field name="NUM">\#(number)</field></shadow></value><statement name="DO"><block type="maze_moveForward" id="f"></block></statement></block>"#
        return try grade(blocklyXML([repeatBlock]), on: try makePuzzle(corridor), file: "p.xml")
    }
    let fraction = try run("4.2")
    #expect(fraction.run.outcome == .solved)
    #expect(fraction.run.steps == 11)
    let four = try run("4.0")
    #expect(four.run.outcome == .stopped)
    #expect(four.result?.position == Position(row: 1, column: 5))
    let half = try run("0.5")
    #expect(half.result?.position == Position(row: 1, column: 2))
    for none in ["-1", "-2.5", "0", "-0"] {
        let result = try run(none)
        #expect(result.run.outcome == .stopped, "\(none)")
        #expect(result.run.steps == 1, "\(none)")
        #expect(result.diagnostics.isEmpty, "\(none)")
    }
    // The same in Blockly JSON, where the number is a JSON number.
    let json = #"{"blocks":{"languageVersion":0,"blocks":[{"type":"controls_repeat_ext","id":"r","inputs":{"TIMES":{"shadow":{"type":"math_number","id":"n","fields":{"NUM":4.5}}},"DO":{"block":{"type":"maze_moveForward","id":"f"}}}}]}}"#
    #expect(try grade(json, on: try makePuzzle(corridor), file: "p.json").run.outcome == .solved)
    // Text that is not a number is still a program error naming the number block.
    for bad in ["abc", "", "Infinity", "NaN"] {
        let result = try run(bad)
        #expect(result.run.outcome == .notRun, "\(bad)")
        #expect(result.run.block == "n", "\(bad)")
        #expect(result.diagnostics.first?.message.en.contains("is not a number") == true, "\(bad)")
    }
}
