import Foundation
import KruCore
import KruPack
import KruReports

/// How a batch run grades one submission: the exercise's grader, and
/// optionally a picture of the result (the maze with the robot's path).
///
/// Injected so the batch machinery is testable with fake graders.
public struct Grading: Sendable {
    /// Grades a submission to an exercise.
    public var grade: @Sendable (Exercise, SubmissionFiles) -> GradeResult
    /// Draws the result as an SVG document, when the exercise has a picture.
    public var picture: @Sendable (Exercise, SubmissionFiles, GradeResult) -> String?
    /// Why a submission cannot be graded at all (it becomes an `error` row
    /// naming the file), or `nil` when it can.
    public var refusal: @Sendable (Exercise, SubmissionFiles) -> SubmissionError?
    /// Grades and draws in one go, when the grader can (a puzzle's picture
    /// comes from the same run); otherwise `grade` then `picture`.
    public var gradeWithPicture: (@Sendable (Exercise, SubmissionFiles) -> (GradeResult, String?))?
    /// Changes whenever kru's grading code changes in a way that changes
    /// results; part of every rubric version so old results are not reused.
    public var engineVersion: String

    public init(
        engineVersion: String,
        grade: @escaping @Sendable (Exercise, SubmissionFiles) -> GradeResult,
        picture: @escaping @Sendable (Exercise, SubmissionFiles, GradeResult) -> String? = { _, _, _ in nil },
        refusal: @escaping @Sendable (Exercise, SubmissionFiles) -> SubmissionError? = { _, _ in nil }
    ) {
        self.engineVersion = engineVersion
        self.grade = grade
        self.picture = picture
        self.refusal = refusal
    }

    /// Grades and keeps what the reports need: the quoted source lines and the picture.
    public func gradeForReports(_ exercise: Exercise, _ files: SubmissionFiles) -> GradedSubmission {
        let (result, picture) = gradeWithPicture?(exercise, files) ?? { let result = grade(exercise, files); return (result, self.picture(exercise, files, result)) }()
        var sources: [String: String] = [:]
        for path in Set(result.checks.compactMap(\.location?.file) + result.diagnostics.compactMap(\.location?.file)) {
            if let data = files.data(path), case .success(let text) = TextDecoding.decode(data) { sources[path] = text }
        }
        return GradedSubmission(
            result: result,
            excerpts: GradedSubmission.excerpts(for: result, sources: sources),
            picture: picture)
    }

    /// The rubric version of an exercise: SHA-256 over the engine version, the
    /// exercise file and every file of its grader folder (`graders/<id>/`).
    public func rubricVersion(of exercise: Exercise) -> String {
        var hasher = SHA256()
        hasher.update("kru-engine:\(engineVersion)\u{0}")
        hasher.update(exercise.exerciseYAML)
        hasher.update([0] as [UInt8])
        if let files = try? SubmissionLoader.load(exercise.graderDirectory, byteLimit: 64 * 1024 * 1024, fileLimit: 10_000) {
            hasher.update(SHA256.contentHash(of: files.files))
        }
        return hasher.finalize()
    }
}
