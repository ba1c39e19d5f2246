import KruCore

/// A mistake in a puzzle's files (the map in `exercise.yaml`, the numbers in
/// `puzzle.yaml`), naming file, line and column.
public struct PuzzleFileError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Stable identifier, for example `maze.two-starts`.
    public var id: String
    /// Where the mistake is (the file, and the line and column when known).
    public var location: SourceLocation
    /// What is wrong and how to fix it.
    public var message: LocalizedText

    public init(id: String, location: SourceLocation, message: LocalizedText) {
        self.id = id
        self.location = location
        self.message = message
    }

    public var description: String { "\(location): \(message.en)" }
}
