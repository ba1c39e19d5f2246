import Foundation
import KruCore
import Yams

/// A YAML node converted once from Yams into a plain Sendable value that
/// keeps the location of every node, so lint rules can point at it.
struct YAMLNode: Sendable {
    enum Kind: Sendable {
        case scalar(String, quoted: Bool)
        case mapping([Entry])
        case sequence([YAMLNode])
    }

    struct Entry: Sendable {
        var key: String
        var keyLocation: SourceLocation
        var value: YAMLNode
    }

    var kind: Kind
    var location: SourceLocation

    /// The text of a scalar.
    var scalar: String? {
        if case .scalar(let text, _) = kind { return text }
        return nil
    }

    /// Whether a scalar was written in quotes (its text starts one column later).
    var isQuoted: Bool {
        if case .scalar(_, let quoted) = kind { return quoted }
        return false
    }

    /// The entries of a mapping, in file order.
    var entries: [Entry]? {
        if case .mapping(let entries) = kind { return entries }
        return nil
    }

    /// The items of a sequence.
    var items: [YAMLNode]? {
        if case .sequence(let items) = kind { return items }
        return nil
    }

    /// The entry of a mapping with this key.
    func entry(_ key: String) -> Entry? { entries?.first { $0.key == key } }

    /// The value of a mapping's key.
    subscript(key: String) -> YAMLNode? { entry(key)?.value }

    /// A scalar that means "nothing": empty, `~` or `null`.
    var isNull: Bool {
        guard case .scalar(let text, let quoted) = kind, !quoted else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(text)
    }

    /// This node and every node inside it, depth first in file order.
    func walk(_ visit: (YAMLNode) -> Void) {
        visit(self)
        switch kind {
        case .scalar: break
        case .mapping(let entries): entries.forEach { $0.value.walk(visit) }
        case .sequence(let items): items.forEach { $0.walk(visit) }
        }
    }
}

/// A YAML file of a pack: its path relative to the pack root and its tree,
/// or the place where it stops being valid YAML.
struct YAMLFile: Sendable {
    /// Path relative to the pack root, for example `graders/web/01-first-page/rubric.yaml`.
    let path: String
    let text: String
    /// The tree; `nil` when the file is not valid YAML or empty.
    let root: YAMLNode?
    /// Why there is no tree.
    let problem: (location: SourceLocation, message: String)?

    /// Most nesting a pack file may have (deeper nodes are cut off).
    static let depthLimit = 64

    /// Reads and parses a file; `nil` when it does not exist. A file that is
    /// not UTF-8 text has no tree and says so.
    static func read(_ url: URL, path: String) -> YAMLFile? {
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        guard case .success(let text) = TextDecoding.decodeUTF8(data) else {
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
        let start = SourceLocation(file: path, line: 1, column: 1)
        do {
            if let node = try Yams.compose(yaml: text) {
                root = Self.convert(node, file: path, depth: 0)
                problem = nil
            } else {
                root = nil
                problem = (start, "the file is empty")
            }
        } catch let error as YamlError {
            root = nil
            problem = Self.describe(error, file: path)
        } catch {
            root = nil
            problem = (start, "not valid YAML: \(error)")
        }
    }

    private static func convert(_ node: Node, file: String, depth: Int) -> YAMLNode {
        let location = SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
        guard depth < depthLimit else { return YAMLNode(kind: .scalar("", quoted: false), location: location) }
        switch node {
        case .scalar(let scalar):
            return YAMLNode(kind: .scalar(scalar.string, quoted: scalar.style != .plain), location: location)
        case .sequence(let sequence):
            return YAMLNode(kind: .sequence(sequence.map { convert($0, file: file, depth: depth + 1) }), location: location)
        case .mapping(let mapping):
            let entries = mapping.map { key, value in
                YAMLNode.Entry(
                    key: key.scalar?.string ?? "",
                    keyLocation: SourceLocation(file: file, line: key.mark?.line ?? 1, column: key.mark?.column ?? 1),
                    value: convert(value, file: file, depth: depth + 1))
            }
            return YAMLNode(kind: .mapping(entries), location: location)
        case .alias:
            return YAMLNode(kind: .scalar("", quoted: false), location: location)
        }
    }

    private static func describe(_ error: YamlError, file: String) -> (SourceLocation, String) {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            return (SourceLocation(file: file, line: mark.line, column: mark.column), "not valid YAML: \(problem)")
        default:
            return (SourceLocation(file: file, line: 1, column: 1), "not valid YAML: \(error)")
        }
    }
}
