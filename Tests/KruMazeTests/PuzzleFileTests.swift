import KruCore
import Testing
@testable import KruMaze

@Test func loadsMapNumbersAndTexts() throws {
    let exercise = """
        kind: maze
        title: {en: "Turn", km: "បត់"}
        story: {en: "A robot", km: "រ៉ូបូត"}
        hints:
          - {en: "Turn right", km: "បត់ស្ដាំ"}
        map: |
          #####
          #>.##
          ##.##
          ##F##
          #####
        """
    let puzzle = try Puzzle.load(
        exerciseYAML: exercise, exerciseFile: "e.yaml",
        graderYAML: "ideal: 4\nmax-blocks: 6\nrequires: if-else\n", graderFile: "p.yaml")
    #expect(puzzle.maze.start == Position(row: 1, column: 1))
    #expect(puzzle.maze.startDirection == .east)
    #expect(puzzle.maze.finish == Position(row: 3, column: 2))
    #expect(puzzle.maze.width == 5 && puzzle.maze.height == 5)
    #expect(puzzle.ideal == 4 && puzzle.maxBlocks == 6 && puzzle.requires == .ifElse)
    #expect(puzzle.title.km == "បត់")
    #expect(puzzle.hints.count == 1)
    #expect(puzzle.maze.map == "#####\n#>.##\n##.##\n##F##\n#####")
    #expect(!puzzle.maze.isOpen(Position(row: -1, column: 0)))
    #expect(!puzzle.maze.isOpen(Position(row: 2, column: 9)))
}

@Test func startArrowsFaceTheirWay() throws {
    for (arrow, direction) in [(">", Direction.east), ("<", .west), ("^", .north), ("v", .south)] {
        let puzzle = try makePuzzle("#####\n#\(arrow).F#\n#####")
        #expect(puzzle.maze.startDirection == direction)
    }
}

/// Loads a map and returns the error; `‸` in the map marks where it must point (not part of the map).
private func mapError(_ marked: String, grader: String = "ideal: 2\n") -> (PuzzleFileError, SourceLocation?)? {
    var expected: SourceLocation?
    var rows: [String] = []
    for (index, row) in marked.split(separator: "\n").enumerated() {
        if let caret = row.firstIndex(of: "‸") {
            // line 4 is the first map row: 1 kind, 2 title, 3 map: |
            expected = SourceLocation(file: "e.yaml", line: 4 + index, column: 3 + row.distance(from: row.startIndex, to: caret))
        }
        rows.append("  " + row.replacingOccurrences(of: "‸", with: ""))
    }
    let exercise = "kind: maze\ntitle: {en: T, km: ត}\nmap: |\n" + rows.joined(separator: "\n") + "\n"
    do {
        _ = try Puzzle.load(exerciseYAML: exercise, exerciseFile: "e.yaml", graderYAML: grader, graderFile: "p.yaml")
        return nil
    } catch {
        return (error, expected)
    }
}

@Test(arguments: [
    ("#####\n#>.‸>#\n##F##", "maze.two-starts"),
    ("#####\n#..F#\n#####", "maze.no-start"),
    ("#####\n#>..#\n#####", "maze.no-finish"),
    ("#####\n#>#‸F#\n#####", "maze.finish-unreachable"),
    ("#####\n#>.F#\n###‸", "maze.ragged-map"),
    ("#####\n#>.‸x#\n##F##", "maze.unknown-square"),
    ("#####\n#>F‸F#\n#####", "maze.two-finishes"),
])
func mapMistakesNameLineAndColumn(map: String, id: String) throws {
    guard let (error, expected) = mapError(map) else {
        Issue.record("\(map) must not load")
        return
    }
    #expect(error.id == id)
    if let expected { #expect(error.location == expected) } else { #expect(error.location.file == "e.yaml") }
    #expect(!error.message.en.isEmpty && !error.message.km.isEmpty)
}

@Test(arguments: [
    ("ideal: 0\n", "maze.bad-number", 1),
    ("ideal: lots\n", "maze.bad-number", 1),
    ("max-blocks: 3\n", "maze.bad-number", 1),
    ("ideal: 4\nmax-blocks: 3\n", "maze.bad-number", 2),
    ("ideal: 2\nrequires: while\n", "maze.unknown-requires", 2),
    ("ideal: 2\nmax_blocks: 3\n", "maze.unknown-key", 2),
    ("ideal: [2\n", "maze.bad-yaml", 2),
])
func graderFileMistakesNameTheLine(grader: String, id: String, line: Int) throws {
    guard let (error, _) = mapError("#####\n#>.F#\n#####", grader: grader) else {
        Issue.record("\(grader) must not load")
        return
    }
    #expect(error.id == id)
    #expect(error.location.file == "p.yaml")
    #expect(error.location.line == line)
}

@Test func noneMeansNoLimit() throws {
    let puzzle = try Puzzle.load(
        exerciseYAML: "title: {en: T, km: ត}\nmap: |\n  #>F#\n", exerciseFile: "e.yaml",
        graderYAML: "ideal: 1\nmax-blocks: none\nrequires: ~\n", graderFile: "p.yaml")
    #expect(puzzle.maxBlocks == nil && puzzle.requires == nil)
}

@Test func textsNeedBothLanguages() {
    #expect(throws: PuzzleFileError.self) {
        _ = try Puzzle.loadExercise(yaml: "title: {en: Only English}\nmap: |\n  #>F#\n", file: "e.yaml")
    }
}
