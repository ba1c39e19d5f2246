/// Evaluates the condition of an `@supports` rule: `(property: value)`
/// holds when kru's property table accepts the declaration; `not`, `and`,
/// `or` and `selector(…)` (taken as supported) combine them.
enum SupportsCondition {
    static func evaluate(_ values: [ComponentValue]) -> Bool {
        evaluateCondition(values.nonWhitespace) ?? false
    }

    private static func evaluateCondition(_ parts: [ComponentValue]) -> Bool? {
        guard let first = parts.first else { return nil }
        if first.kind == .token, first.token.isIdent("not") {
            guard parts.count == 2, let inner = evaluateInParens(parts[1]) else { return nil }
            return !inner
        }
        guard var result = evaluateInParens(first) else { return nil }
        var position = 1
        var joiner: String?
        while position + 1 < parts.count {
            guard parts[position].kind == .token, parts[position].token.kind == .ident else { return nil }
            let word = parts[position].token.value.lowercased()
            guard word == "and" || word == "or", joiner == nil || joiner == word else { return nil }
            joiner = word
            guard let next = evaluateInParens(parts[position + 1]) else { return nil }
            result = word == "and" ? (result && next) : (result || next)
            position += 2
        }
        return position == parts.count ? result : nil
    }

    private static func evaluateInParens(_ value: ComponentValue) -> Bool? {
        if value.kind == .function {
            return value.token.value.lowercased() == "selector"
        }
        guard value.kind == .block, value.token.kind == .openParen else { return nil }
        let inner = value.children.nonWhitespace
        guard let first = inner.first else { return false }
        if first.kind == .block || (first.kind == .token && first.token.isIdent("not")) {
            return evaluateCondition(inner) ?? false
        }
        guard first.kind == .token, first.token.kind == .ident, inner.count >= 3,
            inner[1].kind == .token, inner[1].token.kind == .colon
        else { return false }
        let name = first.token.value.lowercased()
        guard let colonIndex = value.children.firstIndex(where: { $0.kind == .token && $0.token.kind == .colon })
        else { return false }
        let declarationValue = Array(Array(value.children[(colonIndex + 1)...]).trimmingWhitespace())
        return PropertyTable.accepts(name: name, value: declarationValue)
    }
}
