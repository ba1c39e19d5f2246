import Foundation
import KruCore
import KruPack

/// A submission kept in the pack (starter, reference solution, known-wrong
/// sample), graded once so every rule can read the result.
struct GradedSample: Sendable {
    /// The file or folder, relative to the pack root (`graders/web/01-first-page/solution.html`).
    let path: String
    /// True when the sample is a folder of files.
    let isFolder: Bool
    /// The files of the sample, relative to the sample (`index.html` for a single page).
    let files: [String]
    /// Why it cannot be graded at all, when it cannot.
    let ungradable: LocalizedText?
    /// The grade; `nil` when it cannot be graded.
    let result: GradeResult?

    /// Loads and grades the sample at `url`.
    init(url: URL, path: String, grader: ExerciseGrader) {
        self.path = path
        var isDirectory: ObjCBool = false
        isFolder = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
        do throws(SubmissionError) {
            let submission = try SubmissionLoader.load(url)
            files = submission.paths
            if let reason = grader.ungradableReason(submission) {
                ungradable = reason.message
                result = nil
            } else {
                ungradable = nil
                result = grader.grade(submission)
            }
        } catch {
            files = []
            ungradable = error.message
            result = nil
        }
    }

    /// The pack-relative path of a file of the sample.
    func packPath(of file: String) -> String {
        isFolder ? "\(path)/\(file)" : path
    }

    /// A location the grader reported (relative to the sample) as a location
    /// in the pack; the sample's first file when there is none.
    func packLocation(_ location: SourceLocation?) -> SourceLocation {
        guard let location else { return start }
        return SourceLocation(file: packPath(of: location.file), line: location.line, column: location.column)
    }

    /// Line 1 of the sample's main file (`index.html` when there is one).
    var start: SourceLocation {
        let main = files.contains("index.html") ? "index.html" : files.first
        return SourceLocation(file: main.map(packPath(of:)) ?? path, line: 1, column: 1)
    }

    /// Ids of the checks that did not pass.
    var failedChecks: [String] {
        result?.checks.filter { $0.status != .pass }.map(\.id) ?? []
    }
}
