import KruCore

/// A mistake in a rubric file, with the place it is at, so the author can fix it.
public struct RubricError: Error, Hashable, Sendable, CustomStringConvertible {
    public var location: SourceLocation
    public var message: String

    public init(location: SourceLocation, message: String) {
        self.location = location
        self.message = message
    }

    /// `graders/web/01-first-page/rubric.yaml:12:9: unknown check kind "count-of"`
    public var description: String { "\(location): \(message)" }
}
