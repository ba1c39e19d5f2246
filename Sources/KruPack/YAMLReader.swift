import KruCore
import KruYAML

/// Typed access to a pack file's ``YAMLTree``: every accessor throws a
/// ``PackError`` naming the file, line and column of the offending node,
/// with a "did you mean" for misspelled keys.
struct YAMLReader {
    let file: String
    let root: YAMLTree

    init(text: String, file: String) throws(PackError) {
        self.file = file
        do {
            root = try YAMLTree.parse(text, file: file)
        } catch {
            throw PackError(location: error.location, message: error.message)
        }
    }

    func mapping(_ node: YAMLTree, what: String) throws(PackError) -> YAMLTree {
        guard node.entries != nil else {
            throw PackError(location: node.location, message: "\(what) must be a mapping of keys to values")
        }
        return node
    }

    /// Fails on keys outside `allowed`, suggesting the closest allowed key.
    func checkKeys(_ mapping: YAMLTree, allowed: [String], what: String) throws(PackError) {
        for entry in mapping.entries ?? [] where !allowed.contains(entry.key) {
            var message = "unknown key \"\(entry.key)\" in \(what)"
            if let suggestion = Suggestion.closest(to: entry.key, among: allowed) {
                message += "; did you mean \"\(suggestion)\"?"
            }
            throw PackError(location: entry.keyLocation, message: message)
        }
    }

    func string(_ node: YAMLTree?, key: String, in parent: YAMLTree) throws(PackError) -> String {
        guard let node else { throw PackError(location: parent.location, message: "missing key \"\(key)\"") }
        guard let value = node.scalar else {
            throw PackError(location: node.location, message: "\"\(key)\" must be text")
        }
        return value
    }

    func localized(_ node: YAMLTree?, key: String, in parent: YAMLTree) throws(PackError) -> LocalizedText {
        guard let node else { throw PackError(location: parent.location, message: "missing key \"\(key)\"") }
        let map = try mapping(node, what: "\"\(key)\" (give it `en:` and `km:`)")
        try checkKeys(map, allowed: ["en", "km"], what: "\"\(key)\"")
        let en = try string(map["en"], key: "\(key).en", in: node)
        let km = try string(map["km"], key: "\(key).km", in: node)
        return LocalizedText(en: en, km: km)
    }
}
