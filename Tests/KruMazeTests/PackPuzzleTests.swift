import Foundation
import KruCore
import Testing
import KruXML
import Yams
@testable import KruMaze

private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

@Test func everyPackPuzzleHasAWorkingSolutionAndKnownWrongPrograms() throws {
    let exercises = root.appendingPathComponent("exercises/maze")
    let ids = try FileManager.default.contentsOfDirectory(atPath: exercises.path).sorted()
    #expect(ids.count >= 15)
    var formats: Set<ProgramFormat> = []
    for id in ids {
        let grader = root.appendingPathComponent("graders/maze/\(id)")
        let puzzle = try Puzzle.load(
            exerciseYAML: String(contentsOf: exercises.appendingPathComponent("\(id)/exercise.yaml"), encoding: .utf8),
            exerciseFile: "exercise.yaml",
            graderYAML: String(contentsOf: grader.appendingPathComponent("puzzle.yaml"), encoding: .utf8),
            graderFile: "puzzle.yaml")
        // What the student sees: a story, instructions and hints in both languages.
        #expect(puzzle.story != nil && puzzle.instructions != nil, "\(id)")
        #expect(puzzle.hints.count >= 2, "\(id)")
        let solutionFile = try #require(
            ["solution.txt", "solution.xml", "solution.json"].first {
                FileManager.default.fileExists(atPath: grader.appendingPathComponent($0).path)
            }, "\(id) has no solution")
        let program = try ProgramLoader.load(data: Data(contentsOf: grader.appendingPathComponent(solutionFile)), file: solutionFile)
        formats.insert(program.format)
        let solution = PuzzleGrader(puzzle: puzzle).grade(program)
        #expect(failing(solution).isEmpty, "\(id) solution: \(solution.checks.map(\.message.en))")
        #expect(solution.run.outcome == .solved, "\(id)")
        expectPictures(puzzle, solution, "\(id) solution")
        #expect(solution.run.blocks <= puzzle.ideal ?? 0, "\(id)")
        let wrong = grader.appendingPathComponent("wrong")
        let samples = try FileManager.default.contentsOfDirectory(atPath: wrong.path).filter { !$0.hasSuffix(".expect.yaml") }
        #expect(samples.count >= 2, "\(id)")
        for sample in samples {
            let name = (sample as NSString).deletingPathExtension
            let expect = try Yams.load(yaml: String(contentsOf: wrong.appendingPathComponent("\(name).expect.yaml"), encoding: .utf8)) as? [String: Any]
            let fails = expect?["fails"] as? [String] ?? []
            let program = try ProgramLoader.load(data: Data(contentsOf: wrong.appendingPathComponent(sample)), file: sample)
            formats.insert(program.format)
            let result = PuzzleGrader(puzzle: puzzle).grade(program)
            expectPictures(puzzle, result, "\(id)/\(sample)")
            #expect(!fails.isEmpty, "\(id)/\(sample)")
            #expect(Set(failing(result)) == Set(fails), "\(id)/\(sample): \(failing(result))")
            let mistake = expect?["mistake"] as? [String: String]
            #expect(mistake?["en"]?.isEmpty == false && mistake?["km"]?.isEmpty == false, "\(id)/\(sample)")
        }
    }
    // The pack shows every program format.
    #expect(formats == [.text, .blocklyXML, .blocklyJSON])
}

/// Both pictures of a run: a text row per map row, and an SVG that parses,
/// names the outcome in its title, and marks a crash exactly when there is one.
private func expectPictures(_ puzzle: Puzzle, _ grade: PuzzleGrade, _ what: String) {
    let text = MazePicture.text(puzzle: puzzle, run: grade.result, style: .asciiOnly)
    #expect(text.split(separator: "\n", omittingEmptySubsequences: false).count == puzzle.maze.height, "\(what)")
    for language in Language.allCases {
        let svg = MazePicture.svg(puzzle: puzzle, grade: grade, language: language)
        guard let root = try? XMLReader.parse(text: svg, file: "\(what).svg") else {
            Issue.record("\(what): the SVG does not parse")
            continue
        }
        let caption = grade.result == nil ? MazePicture.notRunCaption : MazePicture.caption(for: grade.result)
        #expect(root.child(named: "title")?.text == "\(puzzle.title.text(language)): \(caption.text(language))")
        #expect(svg.contains("kru-maze-crash") == (grade.run.outcome == .crash), "\(what)")
        #expect(svg.utf8.count < 8_000, "\(what)")
    }
}
