import KruCore

/// A block that cannot run: an unknown block type, a missing or wrong
/// field, a repeat count that is not a whole number of 0 or more. A program
/// with such a block is not run.
public struct ProgramError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Stable identifier, for example `maze.program.unknown-block`.
    public var id: String
    /// The offending block's Blockly `id` (`nil` for text programs).
    public var blockID: String?
    /// The offending block's type as written.
    public var blockType: String
    /// Where the block is written, when known.
    public var location: SourceLocation?
    /// What is wrong and what to do.
    public var message: LocalizedText

    public init(id: String, blockID: String?, blockType: String, location: SourceLocation?, message: LocalizedText) {
        self.id = id
        self.blockID = blockID
        self.blockType = blockType
        self.location = location
        self.message = message
    }

    public var description: String { "\(location?.description ?? "") \(message.en)" }

    /// The error as a diagnostic finding.
    public var finding: Finding {
        Finding(id: id, severity: .error, message: message, location: location)
    }
}
