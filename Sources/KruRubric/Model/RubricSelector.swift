import Foundation
import KruHTML

/// A CSS selector list written in a rubric, kept with its source text so
/// messages can name it.
public struct RubricSelector: Sendable {
    /// The selector as the author wrote it, for example `ul > li`.
    public let text: String
    private let compiled: TemporarySelectorList

    /// Parses a selector list; on failure returns the offset (in characters) of the problem.
    static func parse(_ text: String) -> Result<RubricSelector, SelectorProblem> {
        switch TemporarySelectorList.parse(text) {
        case .success(let list): return .success(RubricSelector(text: text, compiled: list))
        case .failure(let problem): return .failure(problem)
        }
    }

    private init(text: String, compiled: TemporarySelectorList) {
        self.text = text
        self.compiled = compiled
    }

    /// Whether the element matches.
    func matches(_ element: Element) -> Bool { compiled.matches(element) }

    /// When the selector is a bare tag name (`h1`), that name.
    var tagName: String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard !trimmed.isEmpty, trimmed.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) else { return nil }
        return trimmed
    }
}

/// Why a selector could not be parsed.
struct SelectorProblem: Error, Sendable {
    /// Character offset inside the selector text.
    var offset: Int
    var message: String
}

/// Stand-in until KruSelectors lands: selector lists of compound selectors
/// (type, `*`, `.class`, `#id`, `[attr]`) without combinators.
private struct TemporarySelectorList: Sendable {
    struct Compound: Sendable {
        var type: String?
        var classes: [String] = []
        var ids: [String] = []
        var attributes: [String] = []
    }
    var compounds: [Compound]

    static func parse(_ text: String) -> Result<TemporarySelectorList, SelectorProblem> {
        var compounds: [Compound] = []
        let chars = Array(text)
        var i = 0
        func name() -> String {
            var out = ""
            while i < chars.count, chars[i].isLetter || chars[i].isNumber || chars[i] == "-" || chars[i] == "_" {
                out.append(chars[i]); i += 1
            }
            return out
        }
        while true {
            while i < chars.count, chars[i] == " " { i += 1 }
            var compound = Compound()
            var any = false
            if i < chars.count, chars[i] == "*" { compound.type = "*"; i += 1; any = true }
            else { let n = name(); if !n.isEmpty { compound.type = n.lowercased(); any = true } }
            while i < chars.count {
                if chars[i] == "." { i += 1; let n = name(); if n.isEmpty { return .failure(.init(offset: i, message: "expected a class name")) }; compound.classes.append(n); any = true }
                else if chars[i] == "#" { i += 1; let n = name(); if n.isEmpty { return .failure(.init(offset: i, message: "expected an id")) }; compound.ids.append(n); any = true }
                else if chars[i] == "[" { i += 1; let n = name(); guard !n.isEmpty, i < chars.count, chars[i] == "]" else { return .failure(.init(offset: i, message: "expected an attribute name and ]")) }; i += 1; compound.attributes.append(n.lowercased()); any = true }
                else { break }
            }
            guard any else { return .failure(.init(offset: i, message: "expected a selector")) }
            compounds.append(compound)
            while i < chars.count, chars[i] == " " { i += 1 }
            if i == chars.count { break }
            guard chars[i] == "," else { return .failure(.init(offset: i, message: "unexpected \"\(chars[i])\"")) }
            i += 1
        }
        return .success(TemporarySelectorList(compounds: compounds))
    }

    func matches(_ element: Element) -> Bool {
        compounds.contains { c in
            if let type = c.type, type != "*", type != element.name { return false }
            let classes = (element.attribute("class") ?? "").split(whereSeparator: { $0.isWhitespace }).map(String.init)
            if !c.classes.allSatisfy(classes.contains) { return false }
            if !c.ids.allSatisfy({ element.attribute("id") == $0 }) { return false }
            return c.attributes.allSatisfy(element.hasAttribute)
        }
    }
}
