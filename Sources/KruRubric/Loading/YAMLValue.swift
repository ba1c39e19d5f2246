import KruCore
import Yams

/// A YAML node converted once from Yams into a plain value that keeps the
/// location of every node, so rubric errors can point at it.
struct YAMLValue {
    enum Kind {
        case scalar(String, quoted: Bool)
        case mapping([Entry])
        case sequence([YAMLValue])
    }

    struct Entry {
        var key: String
        var keyLocation: SourceLocation
        var value: YAMLValue
    }

    var kind: Kind
    var location: SourceLocation

    static func parse(_ yaml: String, file: String) throws(RubricError) -> YAMLValue {
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw RubricError(location: location(of: error, file: file), message: "not valid YAML: \(problem(of: error))")
        } catch {
            throw RubricError(location: SourceLocation(file: file, line: 1, column: 1), message: "not valid YAML: \(error)")
        }
        guard let node else {
            throw RubricError(location: SourceLocation(file: file, line: 1, column: 1), message: "the rubric file is empty")
        }
        var budget = nodeLimit
        return try convert(node, file: file, depth: 0, budget: &budget)
    }

    /// Most nodes a rubric may have (aliases count every time they are used,
    /// so "billion laughs" files are refused instead of expanded).
    static let nodeLimit = 100_000
    /// Deepest nesting a rubric may have.
    static let depthLimit = 64

    private static func convert(_ node: Node, file: String, depth: Int, budget: inout Int) throws(RubricError) -> YAMLValue {
        let location = SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
        budget -= 1
        guard budget >= 0 else {
            throw RubricError(location: location, message: "the rubric is too large (more than \(nodeLimit) values, counting aliases)")
        }
        guard depth <= depthLimit else {
            throw RubricError(location: location, message: "the rubric is nested too deeply (more than \(depthLimit) levels)")
        }
        switch node {
        case .scalar(let scalar):
            return YAMLValue(kind: .scalar(scalar.string, quoted: scalar.style != .plain), location: location)
        case .alias:
            throw RubricError(location: location, message: "YAML aliases are not allowed in rubrics")
        case .sequence(let sequence):
            var items: [YAMLValue] = []
            for item in sequence { items.append(try convert(item, file: file, depth: depth + 1, budget: &budget)) }
            return YAMLValue(kind: .sequence(items), location: location)
        case .mapping(let mapping):
            var entries: [Entry] = []
            for (key, value) in mapping {
                let keyLocation = SourceLocation(file: file, line: key.mark?.line ?? 1, column: key.mark?.column ?? 1)
                guard case .scalar(let scalar) = key else {
                    throw RubricError(location: keyLocation, message: "a key must be a plain word")
                }
                if entries.contains(where: { $0.key == scalar.string }) {
                    throw RubricError(location: keyLocation, message: "duplicate key \"\(scalar.string)\"")
                }
                entries.append(Entry(
                    key: scalar.string, keyLocation: keyLocation,
                    value: try convert(value, file: file, depth: depth + 1, budget: &budget)))
            }
            return YAMLValue(kind: .mapping(entries), location: location)
        }
    }

    private static func location(of error: YamlError, file: String) -> SourceLocation {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return SourceLocation(file: file, line: mark.line, column: mark.column)
        case .duplicatedKeysInMapping(_, let context):
            return SourceLocation(file: file, line: context.mark.line, column: context.mark.column)
        default:
            return SourceLocation(file: file, line: 1, column: 1)
        }
    }

    private static func problem(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
            return problem
        case .duplicatedKeysInMapping(let duplicates, _):
            return "duplicate key \(duplicates.joined(separator: ", "))"
        default:
            return "\(error)"
        }
    }

    /// A short name of the kind of value, for "expected X, found Y" messages.
    var kindName: String {
        switch kind {
        case .scalar: return "a single value"
        case .mapping: return "a mapping (key: value lines)"
        case .sequence: return "a list"
        }
    }

    var entries: [Entry]? {
        if case .mapping(let entries) = kind { return entries }
        return nil
    }
}
