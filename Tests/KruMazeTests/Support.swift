import Foundation
import KruCore
@testable import KruMaze

/// Builds a puzzle from a map the way a pack would declare it.
func makePuzzle(
    _ map: String, ideal: Int = 2, maxBlocks: Int? = nil, requires: String? = nil
) throws -> Puzzle {
    let rows = map.split(separator: "\n").map { "  \($0)" }.joined(separator: "\n")
    let exercise = "kind: maze\ntitle: {en: Test, km: តេស្ត}\nmap: |\n\(rows)\n"
    var grader = "ideal: \(ideal)\n"
    if let maxBlocks { grader += "max-blocks: \(maxBlocks)\n" }
    if let requires { grader += "requires: \(requires)\n" }
    return try Puzzle.load(exerciseYAML: exercise, exerciseFile: "exercise.yaml", graderYAML: grader, graderFile: "puzzle.yaml")
}

let straight = """
    #####
    #>.F#
    #####
    """

let turnMaze = """
    #####
    #>.##
    ##.##
    ##F##
    #####
    """

let corridor = """
    ########
    #>....F#
    ########
    """

let rightTurns = """
    #########
    #>.....##
    ######.##
    #..F##.##
    #.####.##
    #......##
    #########
    """

/// Loads and grades a program text.
func grade(_ source: String, on puzzle: Puzzle, file: String = "program.txt") throws -> PuzzleGrade {
    let program = try ProgramLoader.load(text: source, file: file)
    return PuzzleGrader(puzzle: puzzle).grade(program)
}

func check(_ grade: PuzzleGrade, _ id: String) -> CheckResult? {
    grade.checks.first { $0.id == id }
}

func failing(_ grade: PuzzleGrade) -> [String] {
    grade.checks.filter { $0.status != .pass }.map(\.id)
}

/// Blockly XML for a list of blocks joined with <next>.
func blocklyXML(_ blocks: [String], namespace: Bool = true) -> String {
    var body = ""
    for block in blocks.reversed() {
        body = body.isEmpty ? block : block.replacingOccurrences(of: "</block>", with: "<next>\(body)</next></block>", options: .backwards, range: block.range(of: "</block>", options: .backwards))
    }
    let open = namespace ? #"<xml xmlns="https://developers.google.com/blockly/xml">"# : "<xml>"
    return "\(open)\(body)</xml>"
}

/// kru's location type (swift-testing has one with the same name).
typealias SourceLocation = KruCore.SourceLocation
