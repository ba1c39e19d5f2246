import Foundation
import KruCore
import KruYAML
import KruCSS
import KruHTML

/// Reads one condition mapping of the rubric vocabulary.
///
/// A condition is a mapping with exactly one *kind* key (`count`, `every`,
/// `attribute`, `rule` …), the options of that kind, and optionally
/// `file: NAME` to judge another file of the submission.
struct ConditionReader {
    let reader: RubricReader

    /// Whether conditions are judged against the whole page or one element.
    enum Scope { case page, element }

    static let kindKeys = [
        "count", "every", "some", "first", "all", "any", "not", "attribute", "text", "control-type", "is",
        "inside", "parent", "order", "files-exist", "rule", "diagnostic", "style", "declared", "selector-used",
    ]
    static let stringTestKeys = [
        "present", "non-empty", "equals", "one-of", "matches", "starts-with", "ends-with", "contains", "min-length",
        "max-length", "case-insensitive", "trim",
    ]
    static let ruleNames = [
        "doctype", "heading-order", "table-header-row", "table-data-rows", "table-same-width", "labelled",
        "links-resolve", "link-to", "shared-stylesheet", "stylesheet",
    ]
    static let styleTestKeys = ["equals", "one-of", "greater-than", "at-least", "less-than", "at-most", "type"]
    /// Options each kind accepts besides its own key and `file`.
    static let optionKeys: [String: [String]] = [
        "count": ["among", "exactly", "at-least", "at-most"],
        "every": ["among", "satisfies", "at-least"],
        "some": ["among", "satisfies", "at-least"],
        "first": ["among", "satisfies"],
        "attribute": stringTestKeys,
        "text": stringTestKeys.filter { $0 != "present" },
        "rule": ["min-cells", "at-least", "target", "files"],
        "style": styleTestKeys + ["screen"],
        "declared": ["screen"],
        "selector-used": ["screen"],
    ]
    static let elementKinds: Set<String> = ["attribute", "text", "control-type", "is", "inside", "parent", "style", "declared"]

    func condition(_ value: YAMLTree, scope: Scope) throws(RubricError) -> Condition {
        let entries = try reader.mapping(value, what: "a condition")
        let kinds = entries.filter { Self.kindKeys.contains($0.key) }
        guard let kindEntry = kinds.first else {
            if let unknown = entries.first(where: { $0.key != "file" }) {
                throw RubricError(
                    location: unknown.keyLocation,
                    message: "unknown condition kind \"\(unknown.key)\""
                        + Suggestions.didYouMean(unknown.key, among: Self.kindKeys)
                        + " (kinds: \(Self.kindKeys.joined(separator: ", ")))")
            }
            throw RubricError(location: value.location, message: "a condition needs one of: \(Self.kindKeys.joined(separator: ", "))")
        }
        if kinds.count > 1 {
            throw RubricError(
                location: kinds[1].keyLocation,
                message: "one condition can have only one kind; found \"\(kindEntry.key)\" and \"\(kinds[1].key)\" (combine them with all: or any:)")
        }
        let kind = kindEntry.key
        var allowed = [kind, "file"] + (Self.optionKeys[kind] ?? [])
        if kind == "rule" { allowed = [kind, "file"] + ruleOptions(for: try ruleName(kindEntry.value)) }
        try reader.allowOnly(allowed, in: entries, also: Self.kindKeys + Self.stringTestKeys)

        if let fileEntry = entries.first(where: { $0.key == "file" }) {
            let name = try filePath(fileEntry.value)
            let elementRule = kind == "rule" ? isElementRule(try ruleName(kindEntry.value)) : false
            if Self.elementKinds.contains(kind) || elementRule {
                throw RubricError(
                    location: fileEntry.keyLocation,
                    message: "\"\(kind)\" judges one element, so it cannot take \"file\"; put \"file\" on the every/some/first around it")
            }
            return .inFile(name, try body(kind: kind, kindEntry: kindEntry, entries: entries, at: value, scope: .page))
        }
        return try body(kind: kind, kindEntry: kindEntry, entries: entries, at: value, scope: scope)
    }

    private func body(
        kind: String, kindEntry: YAMLTree.Entry, entries: [YAMLTree.Entry], at value: YAMLTree, scope: Scope
    ) throws(RubricError) -> Condition {
        let kindValue = kindEntry.value
        func option(_ key: String) -> YAMLTree? { entries.first { $0.key == key }?.value }
        func needsElement() throws(RubricError) {
            guard scope == .element else {
                throw RubricError(
                    location: kindEntry.keyLocation,
                    message: "\"\(kind)\" judges one element; put it under \"satisfies:\" of every, some or first")
            }
        }
        switch kind {
        case "count":
            let query = try self.query(kindValue, among: option("among"))
            var bound = CountBound()
            if let v = option("exactly") { bound.exactly = try reader.integer(v, what: "exactly") }
            if let v = option("at-least") { bound.atLeast = try reader.integer(v, what: "at-least") }
            if let v = option("at-most") { bound.atMost = try reader.integer(v, what: "at-most") }
            guard bound.exactly != nil || bound.atLeast != nil || bound.atMost != nil else {
                throw RubricError(location: kindEntry.keyLocation, message: "\"count\" needs exactly, at-least or at-most")
            }
            return .count(query, bound)
        case "every":
            let query = try self.query(kindValue, among: option("among"))
            guard let satisfies = option("satisfies") else {
                throw RubricError(location: kindEntry.keyLocation, message: "\"every\" needs \"satisfies:\"")
            }
            let atLeast = try option("at-least").map { v throws(RubricError) in try reader.integer(v, what: "at-least") }
            return .every(query, try condition(satisfies, scope: .element), atLeast: atLeast)
        case "some":
            let query = try self.query(kindValue, among: option("among"))
            let inner = try option("satisfies").map { v throws(RubricError) in try condition(v, scope: .element) }
            let atLeast = try option("at-least").map { v throws(RubricError) in try reader.integer(v, what: "at-least") } ?? 1
            return .some(query, inner, atLeast: atLeast)
        case "first":
            let query = try self.query(kindValue, among: option("among"))
            let inner = try option("satisfies").map { v throws(RubricError) in try condition(v, scope: .element) }
            return .first(query, inner)
        case "all", "any":
            guard case .sequence(let items) = kindValue.kind, !items.isEmpty else {
                throw RubricError(location: kindValue.location, message: "\"\(kind)\" must be a non-empty list of conditions")
            }
            var conditions: [Condition] = []
            for item in items { conditions.append(try condition(item, scope: scope)) }
            return kind == "all" ? .all(conditions) : .any(conditions)
        case "not":
            return .not(try condition(kindValue, scope: scope))
        case "attribute":
            try needsElement()
            let name = try reader.string(kindValue, what: "the attribute name").lowercased()
            return .attribute(name, try stringTest(entries, attribute: true, at: kindEntry))
        case "text":
            try needsElement()
            let sourceName = try reader.string(kindValue, what: "text")
            guard let source = TextSource(rawValue: sourceName) else {
                throw RubricError(
                    location: kindValue.location,
                    message: "text must be \"content\" or \"accessible\", found \"\(sourceName)\""
                        + Suggestions.didYouMean(sourceName, among: TextSource.allCases.map(\.rawValue)))
            }
            return .text(source, try stringTest(entries, attribute: false, at: kindEntry))
        case "control-type":
            try needsElement()
            return .controlType(try reader.strings(kindValue, what: "control-type").map { $0.lowercased() })
        case "is", "inside", "parent":
            try needsElement()
            let selector = try self.selector(kindValue)
            return kind == "is" ? .isMatch(selector) : kind == "inside" ? .inside(selector) : .parent(selector)
        case "order":
            guard case .sequence(let items) = kindValue.kind, items.count >= 2 else {
                throw RubricError(location: kindValue.location, message: "\"order\" must be a list of at least two selectors")
            }
            var selectors: [RubricSelector] = []
            for item in items { selectors.append(try selector(item)) }
            return .order(selectors)
        case "files-exist":
            guard case .sequence(let items) = kindValue.kind, !items.isEmpty else {
                throw RubricError(location: kindValue.location, message: "\"files-exist\" must be a non-empty list of file names")
            }
            var names: [String] = []
            for item in items { names.append(try filePath(item)) }
            return .filesExist(names)
        case "rule":
            let name = try ruleName(kindValue)
            if isElementRule(name) { try needsElement() }
            return .rule(try rule(name, entries: entries, at: kindEntry))
        case "style":
            try needsElement()
            let property = try self.property(kindValue, longhandOnly: false)
            return .style(try styleTest(property, entries: entries, at: kindEntry), screen: try screen(option("screen")))
        case "declared":
            try needsElement()
            return .declared(try self.property(kindValue, longhandOnly: true), screen: try screen(option("screen")))
        case "selector-used":
            let name = try reader.string(kindValue, what: "selector-used")
            guard let feature = SelectorFeature.byName[name] else {
                let names = SelectorFeature.byName.keys.sorted()
                throw RubricError(
                    location: kindValue.location,
                    message: "unknown selector kind \"\(name)\"" + Suggestions.didYouMean(name, among: names)
                        + " (kinds: \(names.joined(separator: ", ")))")
            }
            return .selectorUsed(feature, screen: try screen(option("screen")))
        default:  // "diagnostic"
            let id = try reader.string(kindValue, what: "the diagnostic id")
            let known = HTMLDiagnostics.ruleIDs + CSSDiagnostics.ids
            guard known.contains(id) else {
                throw RubricError(
                    location: kindValue.location,
                    message: "unknown diagnostic \"\(id)\"" + Suggestions.didYouMean(id, among: known)
                        + " (diagnostics: \(known.joined(separator: ", ")))")
            }
            return .diagnostic(id)
        }
    }

    // MARK: - Styles

    /// A CSS property kru computes (a longhand, or with `longhandOnly: false` a shorthand it serialises).
    private func property(_ value: YAMLTree, longhandOnly: Bool) throws(RubricError) -> String {
        let name = try reader.string(value, what: "the property").lowercased()
        let known = longhandOnly ? ComputedStyles.isLonghand(name) : ComputedStyles.supports(name)
        guard known else {
            let what = longhandOnly ? "a CSS longhand property kru computes" : "a CSS property kru computes"
            throw RubricError(
                location: value.location,
                message: "\"\(name)\" is not \(what)" + Suggestions.didYouMean(name, among: ComputedStyles.longhandNames))
        }
        return name
    }

    /// `screen: WIDTHxHEIGHT` (default 1024x768).
    private func screen(_ value: YAMLTree?) throws(RubricError) -> Viewport {
        guard let value else { return .standard }
        let text = try reader.string(value, what: "screen").lowercased()
        let parts = text.split(separator: "x", omittingEmptySubsequences: false)
        guard parts.count == 2, let width = Int(parts[0]), let height = Int(parts[1]),
            (1...10_000).contains(width), (1...10_000).contains(height)
        else {
            throw RubricError(location: value.location, message: "screen must be WIDTHxHEIGHT in CSS pixels, like 400x800; found \"\(text)\"")
        }
        return Viewport(width: Double(width), height: Double(height))
    }

    private func styleTest(_ property: String, entries: [YAMLTree.Entry], at kindEntry: YAMLTree.Entry) throws(RubricError) -> StyleTest {
        var test = StyleTest(property: property)
        for entry in entries {
            let v = entry.value
            switch entry.key {
            case "equals": test.equals = try reader.string(v, what: "equals")
            case "one-of": test.oneOf = try reader.strings(v, what: "one-of")
            case "type":
                var types: [StyleValueType] = []
                for name in try reader.strings(v, what: "type") {
                    guard let type = StyleValueType(rawValue: name) else {
                        let names = StyleValueType.allCases.map(\.rawValue)
                        throw RubricError(
                            location: v.location,
                            message: "unknown value type \"\(name)\"" + Suggestions.didYouMean(name, among: names)
                                + " (types: \(names.joined(separator: ", ")))")
                    }
                    types.append(type)
                }
                test.types = types
            default:
                guard let relation = StyleTest.Comparison.Relation(rawValue: entry.key) else { continue }
                let text = try reader.string(v, what: entry.key)
                guard let bound = StyleNumber(text) else {
                    throw RubricError(
                        location: v.location,
                        message: "\(entry.key) must be a length in px (16px), a percentage (50%) or a number (0.5); found \"\(text)\"")
                }
                test.comparisons.append(StyleTest.Comparison(relation, bound))
            }
        }
        guard test.equals != nil || test.oneOf != nil || test.types != nil || !test.comparisons.isEmpty else {
            throw RubricError(
                location: kindEntry.keyLocation,
                message: "\"style\" needs a test: \(Self.styleTestKeys.joined(separator: ", "))")
        }
        return test
    }

    // MARK: - Parts

    private func query(_ value: YAMLTree, among: YAMLTree?) throws(RubricError) -> ElementQuery {
        let selector = try self.selector(value)
        guard let among else { return ElementQuery(selector: selector) }
        let name = try reader.string(among, what: "among")
        guard let parsed = ElementQuery.Among(rawValue: name) else {
            throw RubricError(
                location: among.location,
                message: "among must be \"children\" or \"descendants\", found \"\(name)\""
                    + Suggestions.didYouMean(name, among: ElementQuery.Among.allCases.map(\.rawValue)))
        }
        return ElementQuery(selector: selector, among: parsed)
    }

    func selector(_ value: YAMLTree) throws(RubricError) -> RubricSelector {
        guard case .scalar(let text, let quoted) = value.kind else {
            throw RubricError(location: value.location, message: "a selector must be a single value, found \(value.kindName)")
        }
        do {
            return try RubricSelector.parse(text)
        } catch {
            // Columns count Unicode scalars, as the selector error's offset does.
            var location = value.location
            location.column += (quoted ? 1 : 0) + error.offset
            throw RubricError(location: location, message: "bad selector \"\(text)\": \(error.message.en)")
        }
    }

    private func filePath(_ value: YAMLTree) throws(RubricError) -> String {
        let name = try reader.string(value, what: "a file name")
        guard !name.hasPrefix("/"), let normalized = SubmissionFiles.normalize(name), !normalized.isEmpty else {
            throw RubricError(location: value.location, message: "\"\(name)\" must be a file path inside the submission, like about.html")
        }
        return normalized
    }

    private func stringTest(
        _ entries: [YAMLTree.Entry], attribute: Bool, at kindEntry: YAMLTree.Entry
    ) throws(RubricError) -> StringTest {
        var test = StringTest()
        var any = false
        for entry in entries {
            let v = entry.value
            switch entry.key {
            case "present": test.present = try reader.bool(v, what: "present"); any = true
            case "non-empty":
                guard try reader.bool(v, what: "non-empty") else {
                    throw RubricError(location: v.location, message: "non-empty can only be true (use not: for the opposite)")
                }
                test.nonEmpty = true; any = true
            case "equals": test.equals = try reader.string(v, what: "equals"); any = true
            case "one-of": test.oneOf = try reader.strings(v, what: "one-of"); any = true
            case "matches":
                let pattern = try reader.string(v, what: "matches")
                do { _ = try Regex(pattern) } catch {
                    throw RubricError(location: v.location, message: "bad regular expression \"\(pattern)\": \(error)")
                }
                test.matches = pattern; any = true
            case "starts-with": test.startsWith = try reader.strings(v, what: "starts-with"); any = true
            case "ends-with": test.endsWith = try reader.strings(v, what: "ends-with"); any = true
            case "contains": test.contains = try reader.string(v, what: "contains"); any = true
            case "min-length": test.minLength = try reader.integer(v, what: "min-length"); any = true
            case "max-length": test.maxLength = try reader.integer(v, what: "max-length"); any = true
            case "case-insensitive": test.caseInsensitive = try reader.bool(v, what: "case-insensitive")
            case "trim": test.trim = try reader.bool(v, what: "trim")
            default: continue
            }
        }
        if !any {
            if attribute { test.present = true } else { test.nonEmpty = true }
        }
        return test
    }

    private func ruleName(_ value: YAMLTree) throws(RubricError) -> String {
        let name = try reader.string(value, what: "the rule name")
        guard Self.ruleNames.contains(name) else {
            throw RubricError(
                location: value.location,
                message: "unknown rule \"\(name)\"" + Suggestions.didYouMean(name, among: Self.ruleNames)
                    + " (rules: \(Self.ruleNames.joined(separator: ", ")))")
        }
        return name
    }

    private func isElementRule(_ name: String) -> Bool {
        ["table-header-row", "table-data-rows", "table-same-width", "labelled"].contains(name)
    }

    private func ruleOptions(for name: String) -> [String] {
        switch name {
        case "table-header-row": return ["min-cells"]
        case "table-data-rows": return ["at-least"]
        case "link-to": return ["target"]
        case "shared-stylesheet": return ["files"]
        default: return []
        }
    }

    private func rule(_ name: String, entries: [YAMLTree.Entry], at kindEntry: YAMLTree.Entry) throws(RubricError) -> BuiltInRule {
        func option(_ key: String) -> YAMLTree? { entries.first { $0.key == key }?.value }
        switch name {
        case "doctype": return .doctype
        case "heading-order": return .headingOrder
        case "table-header-row":
            return .tableHeaderRow(minCells: try option("min-cells").map { v throws(RubricError) in try reader.integer(v, what: "min-cells") } ?? 1)
        case "table-data-rows":
            return .tableDataRows(atLeast: try option("at-least").map { v throws(RubricError) in try reader.integer(v, what: "at-least") } ?? 1)
        case "table-same-width": return .tableSameWidth
        case "labelled": return .labelled
        case "stylesheet": return .stylesheet
        case "links-resolve": return .linksResolve
        case "link-to":
            guard let target = option("target") else {
                throw RubricError(location: kindEntry.keyLocation, message: "rule link-to needs \"target:\" (the page the link leads to)")
            }
            return .linkTo(target: try filePath(target))
        default:  // shared-stylesheet
            guard let files = option("files"), case .sequence(let items) = files.kind, items.count >= 2 else {
                throw RubricError(location: kindEntry.keyLocation, message: "rule shared-stylesheet needs \"files:\", a list of at least two pages")
            }
            var names: [String] = []
            for item in items { names.append(try filePath(item)) }
            return .sharedStylesheet(files: names)
        }
    }
}
