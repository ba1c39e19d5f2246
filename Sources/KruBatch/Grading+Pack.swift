import Foundation
import KruCore
import KruPack

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

    /// Grades with the pack's own graders (``ExerciseGrader``), each loaded
    /// once per exercise and shared by the workers; puzzles get the picture
    /// of the maze with the robot's path. A grader that cannot be
    /// loaded gives every submission of its exercise an `error` check naming
    /// the grader file (such results are never reused); a submission the
    /// grader cannot take at all (no `index.html`, no program file) is an
    /// error row.
    public static func pack(_ pack: Pack) -> Grading {
        let graders = GraderCache()
        var grading = Grading(
            engineVersion: buildStamp,
            grade: { exercise, files in
                switch graders.grader(for: exercise) {
                case .success(let grader): return grader.grade(files)
                case .failure(let problem): return brokenGrader(exercise, problem)
                }
            },
            picture: { exercise, files, _ in
                guard exercise.kind == .maze, case .success(let grader) = graders.grader(for: exercise) else { return nil }
                return grader.picture(files)
            },
            refusal: { exercise, files in
                guard case .success(let grader) = graders.grader(for: exercise) else { return nil }
                return grader.ungradableReason(files)
            })
        grading.gradeWithPicture = { exercise, files in
            switch graders.grader(for: exercise) {
            case .success(let grader): return grader.gradeWithPicture(files)
            case .failure(let problem): return (brokenGrader(exercise, problem), nil)
            }
        }
        return grading
    }

    /// The result of a submission to an exercise whose grader cannot be loaded.
    static func brokenGrader(_ exercise: Exercise, _ problem: PackError) -> GradeResult {
        GradeResult(
            exercise: exercise.id, title: exercise.title,
            checks: [
                CheckResult(
                    id: "grader", status: .error, points: 0, maxPoints: 0,
                    title: LocalizedText(en: "The exercise's grader", km: "កម្មវិធីដាក់ពិន្ទុរបស់លំហាត់"),
                    message: problem.graderCannotBeLoaded)
            ],
            diagnostics: [])
    }
}

/// The loaded grader of each exercise, shared by the workers.
private final class GraderCache: @unchecked Sendable {
    private let lock = NSLock()
    private var loaded: [String: Result<ExerciseGrader, PackError>] = [:]

    func grader(for exercise: Exercise) -> Result<ExerciseGrader, PackError> {
        lock.lock()
        defer { lock.unlock() }
        if let cached = loaded[exercise.id] { return cached }
        let result = Result { () throws(PackError) in try ExerciseGrader.make(for: exercise) }
        loaded[exercise.id] = result
        return result
    }
}
