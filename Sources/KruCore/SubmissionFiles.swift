import Foundation

/// The files of one submission, held in memory and addressed by their
/// relative path (`index.html`, `css/style.css`).
///
/// A submission can come from a folder, a single `.html` file (which counts
/// as a folder holding only `index.html`), or entries of a zip; graders see
/// the same value whatever the source, and never touch the disk themselves.
public struct SubmissionFiles: Sendable, Hashable {
    /// Largest submission kru reads, in bytes (all files together).
    public static let defaultByteLimit = 5 * 1024 * 1024
    /// Most files kru reads from one submission.
    public static let defaultFileLimit = 500

    /// A human-readable name of where the files came from (a path, or a zip entry).
    public var origin: String
    /// Relative path (with `/` separators, no `.` or `..` segments) → contents.
    public var files: [String: Data]

    public init(origin: String, files: [String: Data]) {
        self.origin = origin
        self.files = files
    }

    /// The contents of a file, or `nil` when the submission does not have it.
    public func data(_ path: String) -> Data? {
        // Most submissions hold one file or a few: comparing their paths costs less than hashing one.
        guard files.count <= Self.filesComparedByPath else { return files[path] }
        for (name, data) in files where name == path { return data }
        return nil
    }

    /// Up to how many files ``data(_:)`` compares paths instead of looking one up by its hash.
    private static let filesComparedByPath = 4

    /// Whether the submission has this file.
    public func contains(_ path: String) -> Bool { files[path] != nil }

    /// All relative paths, sorted.
    public var paths: [String] { files.keys.sorted() }

    /// The files that decode as UTF-8 text, for quoting source lines in reports.
    public var decodedTexts: [String: String] {
        var texts: [String: String] = [:]
        for (path, data) in files {
            if case .success(let text) = TextDecoding.decode(data) { texts[path] = text }
        }
        return texts
    }

    /// Total size of all files in bytes.
    public var byteCount: Int { files.values.reduce(0) { $0 + $1.count } }

    /// Normalizes a relative path the way a browser resolves a relative URL
    /// against the submission root: `./a/../b.html` → `b.html`. Returns `nil`
    /// when the path climbs out of the root.
    public static func normalize(_ path: String) -> String? {
        var parts: [Substring] = []
        for segment in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..":
                if parts.isEmpty { return nil }
                parts.removeLast()
            default: parts.append(segment)
            }
        }
        return parts.joined(separator: "/")
    }
}

/// Why a submission could not be read.
public struct SubmissionError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file or folder at fault.
    public var path: String
    /// What is wrong and what to do, in both languages.
    public var message: LocalizedText

    public init(path: String, message: LocalizedText) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message.en)" }
}
