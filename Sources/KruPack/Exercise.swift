import Foundation
import KruCore

/// One exercise of a pack: what students see (from `exercises/<id>/`) and
/// where its grader lives (`graders/<id>/`).
public struct Exercise: Hashable, Sendable {
    /// What a submission to this exercise is.
    public enum SubmissionShape: String, Hashable, Sendable {
        /// One page is enough (a single `.html` file counts as `index.html`).
        case file
        /// Several files in a folder (a small website).
        case folder
    }

    /// The id, the folder path under `exercises/`: `web/01-first-page`.
    public let id: String
    public let kind: ExerciseKind
    public let title: LocalizedText
    public let summary: LocalizedText?
    /// Markdown instructions.
    public let instructions: LocalizedText
    public let hints: [LocalizedText]
    public let submission: SubmissionShape
    /// `exercises/<id>/`
    public let directory: URL
    /// `graders/<id>/`
    public let graderDirectory: URL
    /// The exercise file, as a path relative to the pack root (for messages).
    public let exerciseFile: String
    /// The full text of `exercise.yaml` (puzzles read their map from it).
    public let exerciseYAML: String

    /// `exercises/<id>/starter/`
    public var starterDirectory: URL { directory.appendingPathComponent("starter", isDirectory: true) }

    /// Relative paths of the starter files, sorted.
    public var starterFiles: [String] {
        guard let files = try? SubmissionLoader.load(starterDirectory) else { return [] }
        return files.paths
    }
}
