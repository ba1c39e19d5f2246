import Foundation
import KruCore
import KruMaze
import KruPack
import KruRubric

extension Grading {
    /// Version of kru's grading engine, part of every rubric version: bump it
    /// when grading code changes results, so stored results are not reused.
    public static let engineVersion = "1"

    /// The engine version plus the size and modification time of the running
    /// executable, so results of an older build of kru are graded again.
    static var buildStamp: String {
        let path = Bundle.main.executableURL?.path ?? CommandLine.arguments[0]
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return engineVersion }
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
        let date = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(engineVersion)+\(size)-\(Int64(date))"
    }

    /// Grades with the pack's own graders: web and CSS exercises by their
    /// rubric (`graders/<id>/rubric.yaml`), maze puzzles by the interpreter
    /// (`graders/<id>/puzzle.yaml`). Each grader is loaded once per exercise;
    /// a grader that cannot be loaded gives an `error` check naming its file.
    public static func pack(_ pack: Pack) -> Grading {
        let graders = GraderCache()
        return Grading(engineVersion: buildStamp) { exercise, files in
            switch graders.grader(for: exercise) {
            case .success(.web(let grader)):
                let grade = grader.grade(files)
                return GradeResult(exercise: exercise.id, title: exercise.title, checks: grade.checks, diagnostics: grade.diagnostics)
            case .success(.maze(let grader)):
                let grade = grader.grade(files)
                return GradeResult(
                    exercise: exercise.id, title: exercise.title, checks: grade.checks, diagnostics: grade.diagnostics, run: grade.run)
            case .failure(let problem):
                return GradeResult(
                    exercise: exercise.id, title: exercise.title,
                    checks: [
                        CheckResult(
                            id: "grader", status: .error, points: 0, maxPoints: 0,
                            title: LocalizedText(en: "The exercise's grader", km: "កម្មវិធីដាក់ពិន្ទុរបស់លំហាត់"),
                            message: problem.text)
                    ],
                    diagnostics: [])
            }
        }
    }
}

/// The loaded grader of each exercise, shared by the workers.
private final class GraderCache: @unchecked Sendable {
    enum Loaded: Sendable {
        case web(WebGrader)
        case maze(PuzzleGrader)
    }

    private let lock = NSLock()
    private var loaded: [String: Result<Loaded, GraderProblem>] = [:]

    func grader(for exercise: Exercise) -> Result<Loaded, GraderProblem> {
        lock.lock()
        defer { lock.unlock() }
        if let cached = loaded[exercise.id] { return cached }
        let result = Self.load(exercise)
        loaded[exercise.id] = result
        return result
    }

    static func load(_ exercise: Exercise) -> Result<Loaded, GraderProblem> {
        let kind = exercise.kind == .maze ? "puzzle.yaml" : "rubric.yaml"
        let file = exercise.graderDirectory.appendingPathComponent(kind)
        let display = "graders/\(exercise.id)/\(kind)"
        guard let data = FileManager.default.contents(atPath: file.path), case .success(let text) = TextDecoding.decodeUTF8(data) else {
            return .failure(GraderProblem(text: LocalizedText(
                en: "\(display) is missing or unreadable; the mentor should check the exercise pack",
                km: "\(display) បាត់ ឬមិនអាចអានបាន; គ្រូណែនាំគួរពិនិត្យកញ្ចប់លំហាត់")))
        }
        switch exercise.kind {
        case .web, .css:
            do {
                return .success(.web(WebGrader(rubric: try Rubric.parse(yaml: text, file: display))))
            } catch {
                return .failure(GraderProblem(text: LocalizedText(
                    en: "the exercise's rubric is broken: \(error.description)",
                    km: "rubric របស់លំហាត់ខូច: \(error.description)")))
            }
        case .maze:
            do {
                var grader = PuzzleGrader(puzzle: try Puzzle.load(
                    exerciseYAML: exercise.exerciseYAML, exerciseFile: exercise.exerciseFile, graderYAML: text, graderFile: display))
                grader.recordsTrace = false
                return .success(.maze(grader))
            } catch {
                return .failure(GraderProblem(text: LocalizedText(
                    en: "the puzzle's files are broken: \(error.description)",
                    km: "ឯកសាររបស់ល្បែងផ្គុំរូបខូច: \(error.description)")))
            }
        }
    }
}

private struct GraderProblem: Error, Sendable { var text: LocalizedText }
