import Foundation
import KruCore
import KruXML
import Testing
@testable import KruMaze

/// The mark of a square in an ASCII picture (two characters per square).
private func mark(_ picture: String, row: Int, column: Int) -> Character {
    let line = Array(picture.split(separator: "\n", omittingEmptySubsequences: false)[row])
    return column * 2 < line.count ? line[column * 2] : " "
}

@Test func textPictureOfACrashShowsPathRobotAndCrashMark() throws {
    let puzzle = try makePuzzle(turnMaze)
    // forward, forward: crashes into the wall east of (1, 2).
    let result = try #require(try grade("forward\nforward", on: puzzle).result)
    let picture = MazePicture.text(puzzle: puzzle, run: result, style: .asciiOnly)
    #expect(picture == """
        ##########
        ##S > X ##
        ####  ####
        ####F ####
        ##########
        """)
    #expect(mark(picture, row: 1, column: 3) == "X")  // the crash square
    #expect(mark(picture, row: 1, column: 2) == ">")  // the robot, still facing the wall
    // Unicode: the same shape with blocks and a triangle.
    let unicode = MazePicture.text(puzzle: puzzle, run: result)
    #expect(unicode.split(separator: "\n")[1] == "██S ▶ ✗ ██")
}

@Test func textPictureMarksEverySquareOnThePath() throws {
    let puzzle = try makePuzzle(rightTurns)
    let result = try #require(try grade("until finish { if path ahead { forward } else { turn right } }", on: puzzle).result)
    #expect(result.outcome == .solved)
    let picture = MazePicture.text(puzzle: puzzle, run: result, style: .asciiOnly)
    let rows = rightTurns.split(separator: "\n").map(Array.init)
    let visited = Set(result.trace.filter { $0.action == .move }.map(\.position))
    for (row, line) in rows.enumerated() {
        for (column, square) in line.enumerated() {
            let position = Position(row: row, column: column)
            let expected: Character
            if position == result.position {
                expected = result.direction.arrow  // the robot stands on the finish
            } else if square == "#" {
                expected = "#"
            } else if square == ">" {
                expected = "S"
            } else {
                expected = visited.contains(position) ? "o" : " "
            }
            #expect(mark(picture, row: row, column: column) == expected, "\(position)")
        }
    }
    #expect(mark(picture, row: 1, column: 1) == "S")
    #expect(picture.filter { $0 == "o" }.count == visited.count - 1)  // the finish shows the robot
}

@Test func textPictureFramesFollowTheSteps() throws {
    let puzzle = try makePuzzle(turnMaze)
    let result = try #require(try grade("forward\nturn right\nforward\nforward", on: puzzle).result)
    let before = MazePicture.text(puzzle: puzzle, run: result, throughStep: 0, style: .asciiOnly)
    #expect(before == MazePicture.text(puzzle: puzzle, style: .asciiOnly))
    #expect(mark(before, row: 1, column: 1) == ">")
    let afterTurn = MazePicture.text(puzzle: puzzle, run: result, throughStep: 2, style: .asciiOnly)
    #expect(mark(afterTurn, row: 1, column: 2) == "v")
    #expect(mark(afterTurn, row: 1, column: 1) == "S")
    #expect(mark(afterTurn, row: 2, column: 2) == " ")
    let last = MazePicture.text(puzzle: puzzle, run: result, throughStep: 4, style: .asciiOnly)
    #expect(last == MazePicture.text(puzzle: puzzle, run: result, style: .asciiOnly))
    #expect(mark(last, row: 3, column: 2) == "v")
    // A crash appears only from its step on.
    let crash = try #require(try grade("forward\nforward", on: puzzle).result)
    #expect(!MazePicture.text(puzzle: puzzle, run: crash, throughStep: 1, style: .asciiOnly).contains("X"))
    #expect(MazePicture.text(puzzle: puzzle, run: crash, throughStep: 2, style: .asciiOnly).contains("X"))
}

@Test func textPictureColoursOnlyWhenAsked() throws {
    let puzzle = try makePuzzle(straight)
    let result = try #require(try grade("forward forward", on: puzzle).result)
    #expect(!MazePicture.text(puzzle: puzzle, run: result).contains("\u{1B}["))
    let colored = MazePicture.text(puzzle: puzzle, run: result, style: .colored)
    #expect(colored.contains("\u{1B}[1;32m▶ \u{1B}[0m"))  // the robot on the finish, green
    #expect(MazePicture.legend(.khmer).contains("ទីបញ្ចប់"))
    #expect(MazePicture.legend(.english, style: .asciiOnly).contains("X crash"))
}

/// The parsed SVG and its elements with a `class`.
private func parseSVG(_ svg: String) throws -> (root: XMLElement, byClass: [String: XMLElement]) {
    let root = try XMLReader.parse(text: svg, file: "maze.svg")
    var byClass: [String: XMLElement] = [:]
    var pending = [root]
    while let element = pending.popLast() {
        if let name = element.attributes["class"] { byClass[name] = element }
        pending += element.children
    }
    return (root, byClass)
}

/// The numbers in an SVG path or attribute.
private func numbers(_ text: String) -> [Double] {
    text.split(whereSeparator: { !"0123456789.-".contains($0) }).compactMap { Double($0) }
}

@Test func svgOfACrashIsWellFormedWithTitleCrashMarkAndPath() throws {
    let puzzle = try makePuzzle(turnMaze)
    let result = try #require(try grade("forward\nforward", on: puzzle).result)
    let svg = MazePicture.svg(puzzle: puzzle, run: result)
    let (root, byClass) = try parseSVG(svg)
    #expect(root.name == "svg")
    #expect(root.attributes["viewBox"] == "0 0 100 100")
    #expect(root.attributes["role"] == "img")
    #expect(root.children.first?.name == "title")
    #expect(root.children.first?.text == "Test: the robot hit a wall at step 2")
    // The crash square is the wall east of (1, 2): x 60, y 20.
    let crash = try #require(byClass["kru-maze-crash"]?.child(named: "rect"))
    #expect(crash.attributes["x"] == "60")
    #expect(crash.attributes["y"] == "20")
    // One move, from the centre of (1, 1) to the centre of (1, 2).
    #expect(numbers(try #require(byClass["kru-maze-path"]?.attributes["d"])) == [30, 30, 50, 30])
    // Squares stood on: the start and (1, 2).
    #expect(numbers(try #require(byClass["kru-maze-visited"]?.attributes["d"])) == [20, 20, 20, 20, -20, 40, 20, 20, 20, -20])
    // The robot faces east (no rotation), centred on (1, 2).
    let robot = try #require(byClass["kru-maze-robot"])
    #expect(robot.attributes["transform"] == "rotate(0 50 30)")
    let finish = try #require(byClass["kru-maze-finish"]?.child(named: "rect"))
    #expect(finish.attributes["x"] == "40" && finish.attributes["y"] == "60")
    #expect(byClass["kru-maze-start"]?.attributes["cx"] == "30")
    // Self-contained: no references, no style sheet, no ids.
    for banned in ["href", "<style", "url(", " id=", "<?xml", "<script"] { #expect(!svg.contains(banned), "\(banned)") }
}

@Test func svgTitleIsLocalizedAndEscaped() throws {
    var puzzle = try makePuzzle(straight)
    puzzle.title = LocalizedText(en: "Tom & Jerry <3", km: "ផ្លូវ \"ត្រង់\"")
    let stopped = try #require(try grade("forward", on: puzzle).result)
    let english = try parseSVG(MazePicture.svg(puzzle: puzzle, run: stopped)).root
    #expect(english.child(named: "title")?.text == "Tom & Jerry <3: the robot stopped before the finish after 1 steps")
    let khmer = try parseSVG(MazePicture.svg(puzzle: puzzle, run: stopped, language: .khmer)).root
    #expect(khmer.child(named: "title")?.text.hasPrefix("ផ្លូវ \"ត្រង់\": រ៉ូបូតឈប់មុនទីបញ្ចប់") == true)
    // No run: the robot on the start, no path, no crash.
    let (bare, byClass) = try parseSVG(MazePicture.svg(puzzle: puzzle))
    #expect(bare.child(named: "title")?.text == "Tom & Jerry <3: the maze before the program runs")
    #expect(byClass["kru-maze-path"] == nil)
    #expect(byClass["kru-maze-crash"] == nil)
    #expect(byClass["kru-maze-robot"]?.attributes["transform"] == "rotate(0 30 30)")
}

@Test func svgStaysSmallForAnEndlessLoop() throws {
    let puzzle = try makePuzzle(corridor)
    // Walks back and forth for 10,000 steps.
    let source = "until finish { forward forward forward turn left turn left forward forward forward turn right turn right }"
    let result = try #require(try grade(source, on: puzzle).result)
    #expect(result.outcome == .timeout)
    let svg = MazePicture.svg(puzzle: puzzle, run: result)
    #expect(svg.utf8.count < 4_000)
    let path = try #require(try parseSVG(svg).byClass["kru-maze-path"]?.attributes["d"])
    #expect(path.filter { $0 == "M" }.count == 3)  // three squares of corridor walked, each move drawn once
    #expect(result.trace.count == 10_000)
}

@Test func svgOfAProgramThatDidNotRunSaysSo() throws {
    let puzzle = try makePuzzle(straight)
    let loose = try grade("forward", on: puzzle)  // one stack: runs
    #expect(loose.result != nil)
    let twoStacks = PuzzleGrader(puzzle: puzzle).grade(try ProgramLoader.load(
        text: #"<xml><block type="maze_moveForward" id="a"/><block type="maze_moveForward" id="b"/></xml>"#, file: "p.xml"))
    #expect(twoStacks.run.outcome == .notRun)
    let root = try XMLReader.parse(text: MazePicture.svg(puzzle: puzzle, grade: twoStacks, language: .khmer), file: "p.svg")
    #expect(root.child(named: "title")?.text == "តេស្ត: កម្មវិធីមិនត្រូវបានដំណើរការទេ")
    // A graded run draws exactly as the run itself.
    #expect(MazePicture.svg(puzzle: puzzle, grade: loose) == MazePicture.svg(puzzle: puzzle, run: loose.result))
}
