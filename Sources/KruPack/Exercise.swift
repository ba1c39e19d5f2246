import Foundation
import KruCore

/// One exercise of a pack: what students see (from `exercises/<id>/`) and
/// where its grader lives (`graders/<id>/`).
///
/// Its values live in one immutable object shared by every copy: an exercise
/// travels with each submission of a batch (on several threads at once), and
/// a copy touches one reference count instead of one for each string and URL.
public struct Exercise: Hashable, Sendable {
    /// What a submission to this exercise is.
    public enum SubmissionShape: String, Hashable, Sendable {
        /// One page is enough (a single `.html` file counts as `index.html`).
        case file
        /// Several files in a folder (a small website).
        case folder
    }

    /// The values of an exercise.
    private struct Values: Hashable, Sendable {
        let id: String
        let kind: ExerciseKind
        let title: LocalizedText
        let summary: LocalizedText?
        let instructions: LocalizedText
        let hints: [LocalizedText]
        let submission: SubmissionShape
        let directory: URL
        let graderDirectory: URL
        let exerciseFile: String
        let exerciseYAML: String
    }

    private final class Storage: Sendable {
        let values: Values
        init(_ values: Values) { self.values = values }
    }

    private let storage: Storage

    init(
        id: String, kind: ExerciseKind, title: LocalizedText, summary: LocalizedText?, instructions: LocalizedText,
        hints: [LocalizedText], submission: SubmissionShape, directory: URL, graderDirectory: URL, exerciseFile: String,
        exerciseYAML: String
    ) {
        storage = Storage(Values(
            id: id, kind: kind, title: title, summary: summary, instructions: instructions, hints: hints,
            submission: submission, directory: directory, graderDirectory: graderDirectory, exerciseFile: exerciseFile,
            exerciseYAML: exerciseYAML))
    }

    /// The id, the folder path under `exercises/`: `web/01-first-page`.
    public var id: String { storage.values.id }
    public var kind: ExerciseKind { storage.values.kind }
    public var title: LocalizedText { storage.values.title }
    public var summary: LocalizedText? { storage.values.summary }
    /// Markdown instructions.
    public var instructions: LocalizedText { storage.values.instructions }
    public var hints: [LocalizedText] { storage.values.hints }
    public var submission: SubmissionShape { storage.values.submission }
    /// `exercises/<id>/`
    public var directory: URL { storage.values.directory }
    /// `graders/<id>/`
    public var graderDirectory: URL { storage.values.graderDirectory }
    /// The exercise file, as a path relative to the pack root (for messages).
    public var exerciseFile: String { storage.values.exerciseFile }
    /// The full text of `exercise.yaml` (puzzles read their map from it).
    public var exerciseYAML: String { storage.values.exerciseYAML }

    /// Exercises are equal when all their values are (a copy shares them: equal at once).
    public static func == (lhs: Exercise, rhs: Exercise) -> Bool {
        lhs.storage === rhs.storage || lhs.storage.values == rhs.storage.values
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(storage.values) }

    /// `exercises/<id>/starter/`
    public var starterDirectory: URL { directory.appendingPathComponent("starter", isDirectory: true) }

    /// Relative paths of the starter files, sorted.
    public var starterFiles: [String] {
        guard let files = try? SubmissionLoader.load(starterDirectory) else { return [] }
        return files.paths
    }
}
