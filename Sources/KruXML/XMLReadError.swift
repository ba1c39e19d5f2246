import KruCore

/// Why bytes could not be read as a safe XML document.
///
/// Every case names the file and, when it is somewhere, the line and column;
/// ``message`` says what is wrong and what to do, in English and Khmer.
public struct XMLReadError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of problem it is.
    public enum Kind: String, Hashable, Sendable {
        /// The file is empty (or holds only spaces).
        case empty
        /// The file is not text (binary data, invalid UTF-8, UTF-16).
        case notText = "not-text"
        /// The file is larger than the reader accepts.
        case tooLarge = "too-large"
        /// A `<!DOCTYPE …>`: refused, because it can declare entities.
        case doctype
        /// The elements are nested deeper than libxml2's safe limit.
        case tooDeep = "too-deep"
        /// The XML is not well-formed.
        case malformed
    }

    public var kind: Kind
    /// The file, as the caller named it.
    public var file: String
    /// Where the problem is, when it is somewhere in the file.
    public var location: SourceLocation?
    /// What is wrong and what to do.
    public var message: LocalizedText

    public init(kind: Kind, file: String, location: SourceLocation?, message: LocalizedText) {
        self.kind = kind
        self.file = file
        self.location = location
        self.message = message
    }

    public var description: String { "\(location?.description ?? file): \(message.en)" }
}
