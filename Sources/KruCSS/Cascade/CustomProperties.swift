/// Custom properties (`--name: value`) and `var()` substitution (CSS Variables Level 1).
enum CustomProperties {
    typealias Map = [String: [ComponentValue]]

    /// An element's custom properties: its parent's, overlaid with the ones it declares
    /// (whose own `var()`s are substituted; a cycle or a missing reference without
    /// fallback makes the property invalid, as if not set).
    static func compute(declared: [(String, [ComponentValue])], parent: Map) -> Map {
        guard !declared.isEmpty else { return parent }
        var own: [String: [ComponentValue]] = [:]
        for (name, value) in declared { own[name] = value }
        var result = parent
        var resolving = Set<String>()
        var resolved: [String: [ComponentValue]?] = [:]
        func lookup(_ name: String) -> [ComponentValue]? {
            if let done = resolved[name] { return done }
            guard let value = own[name] else { return parent[name] }
            guard resolving.insert(name).inserted else { return nil }
            defer { resolving.remove(name) }
            let trimmed = Array(value.trimmingWhitespace())
            var answer: [ComponentValue]?
            if trimmed.count == 1, trimmed[0].kind == .token, trimmed[0].token.kind == .ident {
                switch trimmed[0].token.value.lowercased() {
                case "initial": answer = nil
                case "inherit", "unset": answer = parent[name]
                default: answer = substitute(trimmed, lookup)
                }
            } else {
                answer = substitute(trimmed, lookup)
            }
            resolved[name] = .some(answer)
            return answer
        }
        for name in own.keys {
            if let value = lookup(name) { result[name] = value } else { result.removeValue(forKey: name) }
        }
        return result
    }

    /// Replaces every `var(--name, fallback)` in `values`; `nil` when a reference cannot be resolved.
    static func substitute(_ values: [ComponentValue], _ lookup: (String) -> [ComponentValue]?) -> [ComponentValue]? {
        var output: [ComponentValue] = []
        for value in values {
            if value.isFunction("var") {
                let arguments = value.children
                guard let nameIndex = arguments.firstIndex(where: { !$0.isWhitespace }),
                    arguments[nameIndex].kind == .token, arguments[nameIndex].token.kind == .ident,
                    arguments[nameIndex].token.value.hasPrefix("--")
                else { return nil }
                let name = arguments[nameIndex].token.value
                if let replacement = lookup(name) {
                    output.append(contentsOf: replacement)
                } else if let comma = arguments.firstIndex(where: { $0.kind == .token && $0.token.kind == .comma }) {
                    guard let fallback = substitute(Array(arguments[(comma + 1)...]), lookup) else { return nil }
                    output.append(contentsOf: Array(fallback.trimmingWhitespace()))
                } else {
                    return nil
                }
            } else if value.kind != .token, !value.children.isEmpty {
                guard let children = substitute(value.children, lookup) else { return nil }
                var copy = value
                copy.children = children
                output.append(copy)
            } else {
                output.append(value)
            }
        }
        return output
    }

    /// The value of longhand `id` once the `var()`s of `unresolved` are substituted with `map`;
    /// `nil` when the result is invalid (invalid at computed-value time).
    static func resolve(_ unresolved: UnresolvedValue, longhand id: Int, map: Map, quirks: Bool) -> SpecifiedValue? {
        guard let substituted = substitute(unresolved.value, { map[$0] }),
            !substituted.nonWhitespace.isEmpty,
            case .longhands(let longhands) = DeclarationExpander.expand(
                name: unresolved.property, value: substituted, quirks: quirks)
        else { return nil }
        return longhands.first { $0.id == id }?.value
    }
}
