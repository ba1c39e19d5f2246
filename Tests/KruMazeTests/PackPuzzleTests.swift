import Foundation
import KruCore
import Testing
import Yams
@testable import KruMaze

private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

@Test func everyPackPuzzleHasAWorkingSolutionAndKnownWrongPrograms() throws {
    let exercises = root.appendingPathComponent("exercises/maze")
    let ids = try FileManager.default.contentsOfDirectory(atPath: exercises.path).sorted()
    #expect(ids.count >= 10)
    for id in ids {
        let grader = root.appendingPathComponent("graders/maze/\(id)")
        let puzzle = try Puzzle.load(
            exerciseYAML: String(contentsOf: exercises.appendingPathComponent("\(id)/exercise.yaml"), encoding: .utf8),
            exerciseFile: "exercise.yaml",
            graderYAML: String(contentsOf: grader.appendingPathComponent("puzzle.yaml"), encoding: .utf8),
            graderFile: "puzzle.yaml")
        let solution = PuzzleGrader(puzzle: puzzle).grade(
            try ProgramLoader.load(data: Data(contentsOf: grader.appendingPathComponent("solution.txt")), file: "solution.txt"))
        #expect(failing(solution).isEmpty, "\(id) solution: \(solution.checks.map(\.message.en))")
        #expect(solution.run.blocks <= puzzle.ideal ?? 0, "\(id)")
        let wrong = grader.appendingPathComponent("wrong")
        let samples = try FileManager.default.contentsOfDirectory(atPath: wrong.path).filter { !$0.hasSuffix(".expect.yaml") }
        #expect(samples.count >= 2, "\(id)")
        for sample in samples {
            let name = (sample as NSString).deletingPathExtension
            let expect = try Yams.load(yaml: String(contentsOf: wrong.appendingPathComponent("\(name).expect.yaml"), encoding: .utf8)) as? [String: Any]
            let fails = expect?["fails"] as? [String] ?? []
            let result = PuzzleGrader(puzzle: puzzle).grade(
                try ProgramLoader.load(data: Data(contentsOf: wrong.appendingPathComponent(sample)), file: sample))
            #expect(Set(failing(result)) == Set(fails), "\(id)/\(sample): \(failing(result))")
        }
    }
}
