import Foundation
import KruCore
import KruHTML
import KruMaze
import KruRubric

/// Grades submissions to one exercise: loads the exercise's grader once
/// (a rubric for web and CSS exercises, a puzzle for maze exercises) and
/// turns every submission into a ``GradeResult``.
///
/// Safe to share between threads: grading many submissions in parallel
/// uses one `ExerciseGrader` per exercise.
public struct ExerciseGrader: Sendable {
    private enum Engine: Sendable {
        case web(WebGrader)
        case puzzle(PuzzleGrader)
    }

    /// What a grader holds, in one object that never changes: handing the
    /// grader to a worker for each submission touches one reference count
    /// (shared between threads), not one for each of its fields.
    private final class Storage: Sendable {
        let exercise: Exercise
        let engine: Engine
        let graderVersion: String

        init(exercise: Exercise, engine: Engine, graderVersion: String) {
            self.exercise = exercise
            self.engine = engine
            self.graderVersion = graderVersion
        }
    }

    private let storage: Storage

    public var exercise: Exercise { storage.exercise }
    private var engine: Engine { storage.engine }
    /// A fingerprint of the grader files (rubric, puzzle), so stored results
    /// can tell whether the rubric changed since they were graded.
    public var graderVersion: String { storage.graderVersion }

    private init(exercise: Exercise, engine: Engine, graderVersion: String) {
        storage = Storage(exercise: exercise, engine: engine, graderVersion: graderVersion)
    }

    /// Loads the grader of an exercise from `graders/<id>/`.
    public static func make(for exercise: Exercise) throws(PackError) -> ExerciseGrader {
        switch exercise.kind {
        case .web, .css:
            let (text, file) = try read("rubric.yaml", of: exercise)
            do {
                let rubric = try Rubric.parse(yaml: text, file: file)
                return ExerciseGrader(exercise: exercise, engine: .web(WebGrader(rubric: rubric)), graderVersion: fingerprint(text))
            } catch {
                throw PackError(location: error.location, message: error.message)
            }
        case .maze:
            let (text, file) = try read("puzzle.yaml", of: exercise)
            do {
                let puzzle = try Puzzle.load(
                    exerciseYAML: exercise.exerciseYAML, exerciseFile: exercise.exerciseFile,
                    graderYAML: text, graderFile: file)
                let version = fingerprint(exercise.exerciseYAML + "\u{0}" + text)
                return ExerciseGrader(exercise: exercise, engine: .puzzle(PuzzleGrader(puzzle: puzzle)), graderVersion: version)
            } catch {
                throw PackError(location: error.location, message: error.message.en)
            }
        }
    }

    /// Grades one submission.
    public func grade(_ submission: SubmissionFiles) -> GradeResult {
        switch engine {
        case .web(let grader):
            let grade = grader.grade(submission)
            return GradeResult(
                exercise: exercise.id, title: exercise.title, checks: grade.checks, diagnostics: grade.diagnostics)
        case .puzzle(var grader):
            grader.recordsTrace = false  // only pictures need the path
            return result(of: grader.grade(submission))
        }
    }

    /// Grades one submission and, for a puzzle, draws the maze with the
    /// robot's path from the same run (see ``picture(_:)``).
    public func gradeWithPicture(_ submission: SubmissionFiles) -> (result: GradeResult, picture: String?) {
        guard case .puzzle(let grader) = engine else { return (grade(submission), nil) }
        let grade = grader.grade(submission)
        return (result(of: grade), picture(of: grade, puzzle: grader.puzzle))
    }

    /// The maze of a puzzle submission with the robot's path, as a
    /// self-contained SVG document (``MazePicture``) titled in English and
    /// Khmer; `nil` for web and CSS exercises and for programs that cannot be
    /// read. A program that could not run shows the robot on its start.
    public func picture(_ submission: SubmissionFiles) -> String? {
        gradeWithPicture(submission).picture
    }

    private func result(of grade: PuzzleGrade) -> GradeResult {
        GradeResult(
            exercise: exercise.id, title: exercise.title, checks: grade.checks, diagnostics: grade.diagnostics, run: grade.run)
    }

    private func picture(of grade: PuzzleGrade, puzzle: Puzzle) -> String? {
        guard grade.program != nil else { return nil }
        let caption = MazePicture.caption(for: grade.result)
        let title = "\(puzzle.title.en): \(caption.en) · \(puzzle.title.km): \(caption.km)"
        return MazePicture.svg(maze: puzzle.maze, run: grade.result, title: title)
    }

    private static func read(_ name: String, of exercise: Exercise) throws(PackError) -> (String, String) {
        let file = "graders/\(exercise.id)/\(name)"
        let url = exercise.graderDirectory.appendingPathComponent(name)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw PackError(file: file, message: "missing: every \(exercise.kind.rawValue) exercise needs graders/<id>/\(name)")
        }
        guard case .success(let text) = TextDecoding.decode(data) else {
            throw PackError(file: file, message: "not UTF-8 text")
        }
        return (text, file)
    }

    /// FNV-1a 64-bit of the text, as 16 hex digits: cheap, stable across runs and platforms.
    static func fingerprint(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return String(hash, radix: 16).leftPadded(to: 16)
    }
}

extension String {
    fileprivate func leftPadded(to length: Int) -> String {
        count >= length ? self : String(repeating: "0", count: length - count) + self
    }
}

extension ExerciseGrader {
    /// Why a submission cannot be graded at all (as opposed to failing
    /// checks), or `nil` when it can: a web submission needs a readable
    /// `index.html`, a puzzle submission exactly one program file.
    public func ungradableReason(_ submission: SubmissionFiles) -> SubmissionError? {
        switch exercise.kind {
        case .web, .css:
            guard let data = submission.data("index.html") else {
                let pages = submission.paths.filter(WebGrader.isPage)
                let found = pages.isEmpty
                    ? LocalizedText(en: "there is no .html file in it", km: "គ្មានឯកសារ .html នៅក្នុងនោះទេ")
                    : LocalizedText(en: "it has \(pages.joined(separator: ", ")) but no index.html",
                                    km: "វាមាន \(pages.joined(separator: ", ")) ប៉ុន្តែគ្មាន index.html ទេ")
                return SubmissionError(
                    path: submission.origin,
                    message: LocalizedText.joined([
                        found,
                        LocalizedText(
                            en: "; the main page of a website must be called index.html",
                            km: "; ទំព័រដើមនៃគេហទំព័រត្រូវតែមានឈ្មោះ index.html"),
                    ], separator: ""))
            }
            if case .failure(let failure) = HTMLParser.decode(data) {
                return SubmissionError(path: submission.origin, message: TextDecoding.message(failure, file: "index.html"))
            }
            return nil
        case .maze:
            guard submission.files.count == 1, let (name, data) = submission.files.first else {
                return SubmissionError(
                    path: submission.origin,
                    message: LocalizedText(
                        en: "a puzzle answer is one program file (.xml, .json or .txt); found \(submission.files.count) files",
                        km: "ចម្លើយល្បែងផ្គុំគឺជាឯកសារកម្មវិធីមួយ (.xml, .json ឬ .txt); រកឃើញឯកសារ \(submission.files.count)"))
            }
            if case .failure(let failure) = TextDecoding.decode(data) {
                return SubmissionError(path: submission.origin, message: TextDecoding.message(failure, file: name))
            }
            return nil
        }
    }
}
