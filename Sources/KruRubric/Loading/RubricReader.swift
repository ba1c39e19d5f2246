import Foundation
import KruCore
import KruYAML

/// Turns the YAML tree of a rubric file into a ``Rubric``, checking every key
/// and value and naming the place of the first mistake.
struct RubricReader {
    let file: String

    static let rubricKeys = ["checks"]
    static let checkKeys = ["id", "points", "title", "hint", "message", "condition"]

    func rubric(from root: YAMLTree) throws(RubricError) -> Rubric {
        let entries = try mapping(root, what: "a rubric")
        try allowOnly(Self.rubricKeys, in: entries)
        guard let checksEntry = entries.first(where: { $0.key == "checks" }) else {
            throw RubricError(location: root.location, message: "a rubric needs a \"checks:\" list")
        }
        guard case .sequence(let items) = checksEntry.value.kind, !items.isEmpty else {
            throw RubricError(location: checksEntry.value.location, message: "\"checks\" must be a non-empty list of checks")
        }
        var checks: [Check] = []
        var seen: [String: SourceLocation] = [:]
        for item in items {
            let check = try self.check(from: item)
            if let first = seen[check.id] {
                throw RubricError(
                    location: check.location,
                    message: "duplicate check id \"\(check.id)\" (first used at line \(first.line))")
            }
            seen[check.id] = check.location
            checks.append(check)
        }
        return Rubric(file: file, checks: checks)
    }

    private func check(from value: YAMLTree) throws(RubricError) -> Check {
        let entries = try mapping(value, what: "a check")
        try allowOnly(Self.checkKeys, in: entries)
        let idEntry = try require("id", in: entries, at: value)
        let id = try string(idEntry.value, what: "the check id")
        guard id.range(of: "^[a-z0-9][a-z0-9-]*$", options: .regularExpression) != nil else {
            throw RubricError(
                location: idEntry.value.location,
                message: "check id \"\(id)\" must use lower-case letters, digits and dashes")
        }
        let pointsValue = try require("points", in: entries, at: value).value
        let points = try number(pointsValue, what: "points")
        guard points > 0 else {
            throw RubricError(location: pointsValue.location, message: "points must be positive, found \(scalarText(pointsValue) ?? "")")
        }
        let title = try localized(try require("title", in: entries, at: value).value, what: "title")
        let hint = try localized(try require("hint", in: entries, at: value).value, what: "hint")
        let message = try entries.first { $0.key == "message" }.map { entry throws(RubricError) in
            try localized(entry.value, what: "message")
        }
        let conditionValue = try require("condition", in: entries, at: value).value
        let condition = try ConditionReader(reader: self).condition(conditionValue, scope: .page)
        return Check(
            id: id, points: points, title: title, hint: hint, message: message, condition: condition,
            location: value.location)
    }

    // MARK: - Typed access, shared with ConditionReader

    func mapping(_ value: YAMLTree, what: String) throws(RubricError) -> [YAMLTree.Entry] {
        guard let entries = value.entries else {
            throw RubricError(location: value.location, message: "\(what) must be a mapping (key: value lines), found \(value.kindName)")
        }
        return entries
    }

    func allowOnly(_ allowed: [String], in entries: [YAMLTree.Entry], also suggestions: [String] = []) throws(RubricError) {
        for entry in entries where !allowed.contains(entry.key) {
            throw RubricError(
                location: entry.keyLocation,
                message: "unknown key \"\(entry.key)\"" + Suggestions.didYouMean(entry.key, among: allowed + suggestions)
                    + " (allowed here: \(allowed.joined(separator: ", ")))")
        }
    }

    func require(_ key: String, in entries: [YAMLTree.Entry], at value: YAMLTree) throws(RubricError) -> YAMLTree.Entry {
        guard let entry = entries.first(where: { $0.key == key }) else {
            throw RubricError(location: value.location, message: "missing \"\(key):\"")
        }
        return entry
    }

    func scalarText(_ value: YAMLTree) -> String? {
        if case .scalar(let text, _) = value.kind { return text }
        return nil
    }

    func string(_ value: YAMLTree, what: String) throws(RubricError) -> String {
        guard let text = scalarText(value) else {
            throw RubricError(location: value.location, message: "\(what) must be a single value, found \(value.kindName)")
        }
        return text
    }

    func strings(_ value: YAMLTree, what: String) throws(RubricError) -> [String] {
        switch value.kind {
        case .scalar(let text, _): return [text]
        case .sequence(let items):
            guard !items.isEmpty else { throw RubricError(location: value.location, message: "\(what) must not be an empty list") }
            var result: [String] = []
            for item in items { result.append(try string(item, what: what)) }
            return result
        case .mapping:
            throw RubricError(location: value.location, message: "\(what) must be a value or a list of values, found a mapping")
        }
    }

    func number(_ value: YAMLTree, what: String) throws(RubricError) -> Double {
        guard case .scalar(let text, false) = value.kind, let number = Double(text), number.isFinite else {
            throw RubricError(location: value.location, message: "\(what) must be a number, found \(describe(value))")
        }
        return number
    }

    func integer(_ value: YAMLTree, what: String) throws(RubricError) -> Int {
        guard case .scalar(let text, false) = value.kind, let number = Int(text), number >= 0 else {
            throw RubricError(location: value.location, message: "\(what) must be a whole number (0 or more), found \(describe(value))")
        }
        return number
    }

    func bool(_ value: YAMLTree, what: String) throws(RubricError) -> Bool {
        guard case .scalar(let text, false) = value.kind, text == "true" || text == "false" else {
            throw RubricError(location: value.location, message: "\(what) must be true or false, found \(describe(value))")
        }
        return text == "true"
    }

    func localized(_ value: YAMLTree, what: String) throws(RubricError) -> LocalizedText {
        let entries = try mapping(value, what: "\(what) ({en: …, km: …})")
        try allowOnly(["en", "km"], in: entries)
        let en = try string(try require("en", in: entries, at: value).value, what: "\(what).en")
        let km = try string(try require("km", in: entries, at: value).value, what: "\(what).km")
        guard !en.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty,
              !km.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw RubricError(location: value.location, message: "\(what) needs non-empty English and Khmer texts")
        }
        guard LocalizedText.placeholders(in: en) == LocalizedText.placeholders(in: km) else {
            throw RubricError(location: value.location, message: "\(what): English and Khmer must use the same {placeholders}")
        }
        return LocalizedText(en: en, km: km)
    }

    private func describe(_ value: YAMLTree) -> String {
        if case .scalar(let text, let quoted) = value.kind { return quoted ? "the text \"\(text)\"" : "\"\(text)\"" }
        return value.kindName
    }
}
