import KruCore

/// A problem with an exercise pack file, with the place it is at.
public struct PackError: Error, Hashable, Sendable, CustomStringConvertible {
    public var location: SourceLocation
    public var message: String

    public init(location: SourceLocation, message: String) {
        self.location = location
        self.message = message
    }

    public init(file: String, message: String) {
        self.init(location: SourceLocation(file: file, line: 1, column: 1), message: message)
    }

    /// `exercises/web/01-first-page/exercise.yaml:3:1: missing key "title"`
    public var description: String { "\(location): \(message)" }
}

/// No exercise of the pack answers to the id or path a user typed.
public struct ExerciseNotFound: Error, Hashable, Sendable, CustomStringConvertible {
    /// What the user typed.
    public var reference: String
    /// What is wrong and what to do (a close id, or `kru list`), in English and Khmer.
    public var message: LocalizedText

    public var description: String { message.en }
}
