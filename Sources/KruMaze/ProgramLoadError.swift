import KruCore

/// Why a file could not be read as a block program at all (broken XML or
/// JSON, an unknown word in a text program, binary or empty file).
public struct ProgramLoadError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Stable identifier, for example `maze.program.broken-xml`.
    public var id: String
    public var file: String
    /// Where the problem is, when it is somewhere in the file.
    public var location: SourceLocation?
    /// What is wrong and what to do.
    public var message: LocalizedText

    public init(id: String, file: String, location: SourceLocation?, message: LocalizedText) {
        self.id = id
        self.file = file
        self.location = location
        self.message = message
    }

    public var description: String { "\(location?.description ?? file): \(message.en)" }
}
