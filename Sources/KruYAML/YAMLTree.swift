import KruCore
import Yams

/// A YAML document converted once from Yams into a plain `Sendable` value
/// that keeps the location of every node, so the files of an exercise pack
/// (rubrics, puzzles, exercise and expect files) can point at their mistakes.
///
/// Untrusted input is bounded: ``parse(_:file:)`` refuses nesting deeper than
/// ``depthLimit`` and more than ``nodeLimit`` values, counting an alias every
/// time it is used (so a "billion laughs" file is refused, never expanded),
/// and duplicate keys.
public struct YAMLTree: Sendable {
    public enum Kind: Sendable {
        case scalar(String, quoted: Bool)
        case mapping([Entry])
        case sequence([YAMLTree])
    }

    /// One `key: value` of a mapping.
    public struct Entry: Sendable {
        public var key: String
        public var keyLocation: SourceLocation
        public var value: YAMLTree
    }

    public var kind: Kind
    public var location: SourceLocation

    /// Most values a pack file may have.
    public static let nodeLimit = 100_000
    /// Deepest nesting a pack file may have.
    public static let depthLimit = 64

    /// Parses a YAML document.
    ///
    /// - Throws: ``YAMLLoadError`` with the place of the problem: not valid
    ///   YAML, empty, an alias, a duplicate key, or beyond the limits.
    public static func parse(_ text: String, file: String) throws(YAMLLoadError) -> YAMLTree {
        let start = SourceLocation(file: file, line: 1, column: 1)
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw YAMLLoadError(error, file: file, text: text)
        } catch {
            throw YAMLLoadError(location: start, message: "not valid YAML: \(error)")
        }
        guard let node else { throw YAMLLoadError(location: start, message: "the file is empty") }
        var budget = nodeLimit
        return try convert(node, file: file, depth: 0, budget: &budget)
    }

    private static func convert(_ node: Node, file: String, depth: Int, budget: inout Int) throws(YAMLLoadError) -> YAMLTree {
        let location = SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
        budget -= 1
        guard budget >= 0 else {
            throw YAMLLoadError(location: location, message: "the file is too large (more than \(nodeLimit) values)")
        }
        guard depth <= depthLimit else {
            throw YAMLLoadError(location: location, message: "the file is nested too deeply (more than \(depthLimit) levels)")
        }
        switch node {
        case .scalar(let scalar):
            return YAMLTree(kind: .scalar(scalar.string, quoted: scalar.style != .plain), location: location)
        case .alias:
            throw YAMLLoadError(location: location, message: "YAML aliases (*name) are not allowed; write the value out")
        case .sequence(let sequence):
            var items: [YAMLTree] = []
            for item in sequence { items.append(try convert(item, file: file, depth: depth + 1, budget: &budget)) }
            return YAMLTree(kind: .sequence(items), location: location)
        case .mapping(let mapping):
            var entries: [Entry] = []
            for (key, value) in mapping {
                let keyLocation = SourceLocation(file: file, line: key.mark?.line ?? 1, column: key.mark?.column ?? 1)
                guard case .scalar(let scalar) = key else {
                    throw YAMLLoadError(location: keyLocation, message: "a key must be a plain word")
                }
                if entries.contains(where: { $0.key == scalar.string }) {
                    throw YAMLLoadError(location: keyLocation, message: "duplicate key \"\(scalar.string)\"")
                }
                entries.append(Entry(
                    key: scalar.string, keyLocation: keyLocation,
                    value: try convert(value, file: file, depth: depth + 1, budget: &budget)))
            }
            return YAMLTree(kind: .mapping(entries), location: location)
        }
    }

    /// The text of a scalar.
    public var scalar: String? {
        if case .scalar(let text, _) = kind { return text }
        return nil
    }

    /// Whether a scalar was written in quotes (its text starts one column later).
    public var isQuoted: Bool {
        if case .scalar(_, let quoted) = kind { return quoted }
        return false
    }

    /// A scalar that means "nothing": empty, `~` or `null`, unquoted.
    public var isNull: Bool {
        guard case .scalar(let text, let quoted) = kind, !quoted else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(text)
    }

    /// The entries of a mapping, in file order.
    public var entries: [Entry]? {
        if case .mapping(let entries) = kind { return entries }
        return nil
    }

    /// The items of a sequence.
    public var items: [YAMLTree]? {
        if case .sequence(let items) = kind { return items }
        return nil
    }

    /// The entry of a mapping with this key.
    public func entry(_ key: String) -> Entry? { entries?.first { $0.key == key } }

    /// The value of a mapping's key.
    public subscript(key: String) -> YAMLTree? { entry(key)?.value }

    /// A short name of the kind of value, for "expected X, found Y" messages.
    public var kindName: String {
        switch kind {
        case .scalar: return "a single value"
        case .mapping: return "a mapping (key: value lines)"
        case .sequence: return "a list"
        }
    }

    /// This node and every node inside it, depth first in file order.
    public func walk(_ visit: (YAMLTree) -> Void) {
        visit(self)
        switch kind {
        case .scalar: break
        case .mapping(let entries): entries.forEach { $0.value.walk(visit) }
        case .sequence(let items): items.forEach { $0.walk(visit) }
        }
    }
}

/// Why a YAML file could not be read into a ``YAMLTree``.
public struct YAMLLoadError: Error, Sendable {
    public let location: SourceLocation
    /// What is wrong (English: pack files are written by mentors and authors).
    public let message: String

    public init(location: SourceLocation, message: String) {
        self.location = location
        self.message = message
    }

    init(_ error: YamlError, file: String, text: String) {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            self.init(location: SourceLocation(file: file, line: mark.line, column: mark.column), message: "not valid YAML: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let mapping = SourceLocation(file: file, line: context.mark.line, column: context.mark.column)
            self.init(
                location: duplicates.first.flatMap { Self.secondKey($0, in: text, from: mapping) } ?? mapping,
                message: "duplicate key \"\(duplicates.joined(separator: "\", \""))\"")
        default:
            self.init(location: SourceLocation(file: file, line: 1, column: 1), message: "not valid YAML: \(error)")
        }
    }

    /// Where `key:` is written the second time at or after the mapping's line
    /// (Yams names the duplicate key but not its place).
    private static func secondKey(_ key: String, in text: String, from mapping: SourceLocation) -> SourceLocation? {
        var seen = 0
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where index + 1 >= mapping.line {
            let indent = line.prefix { $0 == " " || $0 == "-" }
            let rest = line.dropFirst(indent.count)
            guard rest.hasPrefix(key), rest.dropFirst(key.count).drop(while: { $0 == " " }).first == ":" else { continue }
            seen += 1
            if seen == 2 { return SourceLocation(file: mapping.file, line: index + 1, column: indent.count + 1) }
        }
        return nil
    }
}
