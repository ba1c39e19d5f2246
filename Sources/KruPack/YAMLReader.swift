import KruCore
import Yams

/// Typed, located access to a parsed YAML file for pack files.
///
/// Every accessor throws a ``PackError`` naming the file, line and column
/// of the offending node, with a "did you mean" for misspelled keys.
struct YAMLReader {
    let file: String
    let root: Node

    init(text: String, file: String) throws(PackError) {
        self.file = file
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw PackError(file: file, message: "the file is empty")
            }
            self.root = node
        } catch let error as PackError {
            throw error
        } catch let error as YamlError {
            throw PackError(location: Self.location(of: error, file: file), message: "not valid YAML: \(Self.describe(error))")
        } catch {
            throw PackError(file: file, message: "not valid YAML: \(error)")
        }
    }

    func location(_ node: Node?) -> SourceLocation {
        guard let mark = node?.mark else { return SourceLocation(file: file, line: 1, column: 1) }
        return SourceLocation(file: file, line: mark.line, column: mark.column)
    }

    func mapping(_ node: Node, what: String) throws(PackError) -> Node.Mapping {
        guard let mapping = node.mapping else {
            throw PackError(location: location(node), message: "\(what) must be a mapping of keys to values")
        }
        return mapping
    }

    /// Fails on keys outside `allowed`, suggesting the closest allowed key.
    func checkKeys(_ mapping: Node.Mapping, allowed: [String], what: String) throws(PackError) {
        for key in mapping.keys {
            guard let name = key.string, !allowed.contains(name) else { continue }
            var message = "unknown key \"\(name)\" in \(what)"
            if let suggestion = Suggestion.closest(to: name, among: allowed) {
                message += "; did you mean \"\(suggestion)\"?"
            }
            throw PackError(location: location(key), message: message)
        }
    }

    func string(_ node: Node?, key: String, in parent: Node) throws(PackError) -> String {
        guard let node else { throw PackError(location: location(parent), message: "missing key \"\(key)\"") }
        guard let value = node.scalar?.string else {
            throw PackError(location: location(node), message: "\"\(key)\" must be text")
        }
        return value
    }

    func localized(_ node: Node?, key: String, in parent: Node) throws(PackError) -> LocalizedText {
        guard let node else { throw PackError(location: location(parent), message: "missing key \"\(key)\"") }
        let map = try mapping(node, what: "\"\(key)\" (give it `en:` and `km:`)")
        try checkKeys(map, allowed: ["en", "km"], what: "\"\(key)\"")
        let en = try string(map["en"], key: "\(key).en", in: node)
        let km = try string(map["km"], key: "\(key).km", in: node)
        return LocalizedText(en: en, km: km)
    }

    private static func location(of error: YamlError, file: String) -> SourceLocation {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return SourceLocation(file: file, line: mark.line, column: mark.column)
        default:
            return SourceLocation(file: file, line: 1, column: 1)
        }
    }

    private static func describe(_ error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
            return problem
        default:
            return "\(error)"
        }
    }
}
