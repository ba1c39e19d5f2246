import Foundation
import KruCore
import KruRubric
import Testing

/// The repository root (this file is Tests/KruRubricTests/Support.swift).
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// A one-page submission.
func page(_ html: String) -> SubmissionFiles {
    SubmissionFiles(origin: "test", files: ["index.html": Data(html.utf8)])
}

/// A submission of several files.
func site(_ files: [String: String]) -> SubmissionFiles {
    SubmissionFiles(origin: "test", files: files.mapValues { Data($0.utf8) })
}

/// The bundled rubric of an exercise.
func bundledRubric(_ exercise: String) throws -> Rubric {
    let url = repositoryRoot.appending(path: "graders/\(exercise)/rubric.yaml")
    return try Rubric.parse(yaml: String(contentsOf: url, encoding: .utf8), file: "graders/\(exercise)/rubric.yaml")
}

/// A rubric with one check whose condition is the given YAML (indented as a mapping value).
func rubric(condition: String) throws -> Rubric {
    let indented = condition.split(separator: "\n", omittingEmptySubsequences: false).map { "      " + $0 }.joined(separator: "\n")
    let yaml = """
    checks:
      - id: c
        points: 1
        title: {en: T, km: ត}
        hint: {en: H, km: ហ}
        condition:
    \(indented)
    """
    return try Rubric.parse(yaml: yaml, file: "test.yaml")
}

/// Grades a submission against a one-check rubric and returns that check's result.
func judge(_ condition: String, _ submission: SubmissionFiles) throws -> CheckResult {
    let grade = WebGrader(rubric: try rubric(condition: condition)).grade(submission)
    return try #require(grade.checks.first)
}

/// The status of each check of a bundled exercise on a submission.
func statuses(_ exercise: String, _ submission: SubmissionFiles) throws -> [String: CheckStatus] {
    let grade = WebGrader(rubric: try bundledRubric(exercise)).grade(submission)
    return Dictionary(uniqueKeysWithValues: grade.checks.map { ($0.id, $0.status) })
}

/// The ids of the checks that do not pass.
func failing(_ exercise: String, _ submission: SubmissionFiles) throws -> Set<String> {
    Set(try statuses(exercise, submission).filter { $0.value != .pass }.keys)
}

/// A folder of student pages and the verdicts Chromium gave each check on them
/// (`chromium-verdicts.json`, written by scripts/chromium/check_web_exercises.py --record).
struct RecordedVerdicts {
    struct File: Decodable {
        var browser: String
        /// Per page id, per check id: whether the check passed in Chromium.
        var pages: [String: [String: Bool]]
    }

    let folder: URL
    let recorded: File?

    init(folder: URL) {
        self.folder = folder
        recorded = (try? Data(contentsOf: folder.appending(path: "chromium-verdicts.json")))
            .flatMap { try? JSONDecoder().decode(File.self, from: $0) }
    }

    var pageIDs: [String] { recorded?.pages.keys.sorted() ?? [] }

    /// `ID.html` is a submission of only index.html, `ID/` a folder submission.
    func submission(_ id: String) throws -> SubmissionFiles {
        let file = folder.appending(path: id + ".html")
        return try SubmissionLoader.load(FileManager.default.fileExists(atPath: file.path) ? file : folder.appending(path: id))
    }
}
