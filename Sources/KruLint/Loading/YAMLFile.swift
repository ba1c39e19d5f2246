import Foundation
import KruCore
import KruYAML

/// A YAML file of a pack: its path relative to the pack root and its tree,
/// or the place where it stops being valid YAML.
struct YAMLFile: Sendable {
    /// Path relative to the pack root, for example `graders/web/01-first-page/rubric.yaml`.
    let path: String
    let text: String
    /// The tree; `nil` when the file is not valid YAML or empty.
    let root: YAMLTree?
    /// Why there is no tree.
    let problem: (location: SourceLocation, message: String)?

    /// Reads and parses a file; `nil` when it does not exist. A file that is
    /// not UTF-8 text has no tree and says so.
    static func read(_ url: URL, path: String) -> YAMLFile? {
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        guard case .success(let text) = TextDecoding.decode(data) else {
            return YAMLFile(
                path: path, unreadable: "not UTF-8 text; save the file as UTF-8 (Khmer needs it)")
        }
        return YAMLFile(text: text, path: path)
    }

    private init(path: String, unreadable message: String) {
        self.path = path
        text = ""
        root = nil
        problem = (SourceLocation(file: path, line: 1, column: 1), message)
    }

    init(text: String, path: String) {
        self.path = path
        self.text = text
        do {
            root = try YAMLTree.parse(text, file: path)
            problem = nil
        } catch {
            root = nil
            problem = (error.location, error.message)
        }
    }
}
