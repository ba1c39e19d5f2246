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
