import Foundation
import KruCore
import KruMaze
import KruPack
import KruRubric

/// Everything the per-exercise rules look at, read and graded once: the
/// exercise's files as located YAML trees, its grader, and the grades of its
/// starter, reference solution and known-wrong samples.
struct ExerciseSnapshot: Sendable {
    /// A known-wrong sample and its expect file (either may be missing).
    struct WrongSample: Sendable {
        /// `<name>` of `wrong/<name>.html`, `wrong/<name>/`, `wrong/<name>.txt` …
        let name: String
        let sample: GradedSample?
        /// Path of the sample (or of where it should be), relative to the pack root.
        let samplePath: String?
        let expectFile: YAMLFile?
        let expect: ExpectFile?
        /// `graders/<id>/wrong/<name>.expect.yaml`
        let expectPath: String
    }

    /// Why the grader could not be loaded.
    struct LoadProblem: Sendable {
        /// `maze.two-starts` … for puzzles, `rubric` for rubrics.
        let id: String
        let location: SourceLocation
        let message: LocalizedText
    }

    let exercise: Exercise
    let exerciseFile: YAMLFile
    /// `rubric.yaml` (web, css) or `puzzle.yaml` (maze), when it exists.
    let graderFile: YAMLFile?
    /// `graders/<id>/rubric.yaml` or `graders/<id>/puzzle.yaml`.
    let graderFilePath: String
    let loadProblem: LoadProblem?
    /// The check ids every submission gets, when the grader loaded.
    let checkIDs: [String]
    let puzzle: Puzzle?
    let starter: GradedSample?
    /// The reference solution (the first of ``solutionPaths``), graded.
    let solution: GradedSample?
    /// Every reference solution there is (there should be one), relative to the pack root.
    let solutionPaths: [String]
    let wrong: [WrongSample]

    var id: String { exercise.id }
    var isPuzzle: Bool { exercise.kind == .maze }

    /// Every YAML file of the exercise: exercise, grader, expect files.
    var yamlFiles: [YAMLFile] {
        [exerciseFile] + (graderFile.map { [$0] } ?? []) + wrong.compactMap(\.expectFile)
    }

    static let programExtensions = ["txt", "xml", "json"]

    init(exercise: Exercise) {
        self.exercise = exercise
        exerciseFile = YAMLFile(text: exercise.exerciseYAML, path: exercise.exerciseFile)
        let graders = "graders/\(exercise.id)"
        let graderName = exercise.kind == .maze ? "puzzle.yaml" : "rubric.yaml"
        graderFilePath = "\(graders)/\(graderName)"
        graderFile = YAMLFile.read(exercise.graderDirectory.appendingPathComponent(graderName), path: graderFilePath)

        var loadProblem: LoadProblem?
        var checkIDs: [String] = []
        var puzzle: Puzzle?
        if let graderFile, graderFile.root == nil, let (location, message) = graderFile.problem {
            loadProblem = LoadProblem(
                id: exercise.kind == .maze ? "maze.bad-yaml" : "rubric", location: location,
                message: LocalizedText(en: message, km: "ឯកសារនេះមិនអាចអានបានទេ៖ \(message)"))
        } else if let graderFile {
            switch exercise.kind {
            case .web, .css:
                do {
                    checkIDs = try Rubric.parse(yaml: graderFile.text, file: graderFile.path).checks.map(\.id)
                } catch {
                    loadProblem = LoadProblem(
                        id: "rubric", location: error.location,
                        message: LocalizedText(en: error.message, km: "rubric មិនអាចអានបានទេ៖ \(error.message)"))
                }
            case .maze:
                do {
                    let loaded = try Puzzle.load(
                        exerciseYAML: exercise.exerciseYAML, exerciseFile: exercise.exerciseFile,
                        graderYAML: graderFile.text, graderFile: graderFile.path)
                    puzzle = loaded
                    checkIDs = PuzzleGrader(puzzle: loaded).checkIDs
                } catch {
                    loadProblem = LoadProblem(id: error.id, location: error.location, message: error.message)
                }
            }
        }
        self.loadProblem = loadProblem
        self.checkIDs = checkIDs
        self.puzzle = puzzle

        let grader = loadProblem == nil && graderFile != nil ? try? ExerciseGrader.make(for: exercise) : nil
        let files = FileManager.default
        func graded(_ url: URL, _ path: String) -> GradedSample? {
            guard let grader, files.fileExists(atPath: url.path) else { return nil }
            return GradedSample(url: url, path: path, grader: grader)
        }
        starter = graded(exercise.starterDirectory, "exercises/\(exercise.id)/starter")
        let solutionNames = exercise.kind == .maze
            ? Self.programExtensions.map { "solution.\($0)" }
            : ["solution.html", "solution"]
        let solutions = solutionNames.filter {
            files.fileExists(atPath: exercise.graderDirectory.appendingPathComponent($0).path)
        }
        solutionPaths = solutions.map { "\(graders)/\($0)" }
        solution = solutions.first.flatMap { graded(exercise.graderDirectory.appendingPathComponent($0), "\(graders)/\($0)") }
        wrong = Self.wrongSamples(of: exercise, graders: graders, graded: graded)
    }

    private static func wrongSamples(
        of exercise: Exercise, graders: String, graded: (URL, String) -> GradedSample?
    ) -> [WrongSample] {
        let folder = exercise.graderDirectory.appendingPathComponent("wrong", isDirectory: true)
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { !$0.hasPrefix(".") }
        let suffix = ".expect.yaml"
        var samples: [String: String] = [:]  // sample name → file or folder name
        var expects: Set<String> = []
        for name in names {
            if name.hasSuffix(suffix) {
                expects.insert(String(name.dropLast(suffix.count)))
            } else {
                let base = (name as NSString).pathExtension.isEmpty ? name : (name as NSString).deletingPathExtension
                samples[base] = name
            }
        }
        return Set(samples.keys).union(expects).sorted().map { name in
            let expectPath = "\(graders)/wrong/\(name)\(suffix)"
            let expectFile = expects.contains(name)
                ? YAMLFile.read(folder.appendingPathComponent(name + suffix), path: expectPath) : nil
            let sampleName = samples[name]
            return WrongSample(
                name: name,
                sample: sampleName.flatMap { graded(folder.appendingPathComponent($0), "\(graders)/wrong/\($0)") },
                samplePath: sampleName.map { "\(graders)/wrong/\($0)" },
                expectFile: expectFile,
                expect: expectFile.map(ExpectFile.init(file:)),
                expectPath: expectPath)
        }
    }
}
