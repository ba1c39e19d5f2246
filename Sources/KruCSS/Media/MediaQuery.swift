/// A media query list (`screen and (min-width: 600px), print`), kept as
/// written and evaluated against a ``Viewport`` as browsers do (Media
/// Queries Level 4, including range syntax).
public struct MediaQueryList: Hashable, Sendable {
    /// The queries, separated by commas. Empty means "all".
    public var queries: [[ComponentValue]]
    /// The text as written.
    public var text: String

    public init(queries: [[ComponentValue]], text: String) {
        self.queries = queries
        self.text = text
    }

    /// A list that matches every medium.
    public static let all = MediaQueryList(queries: [], text: "")

    /// Splits component values at top-level commas.
    static func parse(_ values: [ComponentValue]) -> MediaQueryList {
        var queries: [[ComponentValue]] = [[]]
        for value in values {
            if value.kind == .token, value.token.kind == .comma {
                queries.append([])
            } else {
                queries[queries.count - 1].append(value)
            }
        }
        if values.isEmpty { queries = [] }
        return MediaQueryList(queries: queries.map { Array($0.trimmingWhitespace()) }, text: "")
    }

    /// Parses a media query list written as text (a `media` attribute).
    public static func parse(_ text: String) -> MediaQueryList {
        let values = CSSParser.parseComponentValues(text)
        var list = parse(Array(values.trimmingWhitespace()))
        list.text = text
        return list
    }

    /// Whether the list matches the viewport: an empty list matches; otherwise
    /// some query must match (a query that does not parse matches nothing).
    public func matches(_ viewport: Viewport) -> Bool {
        if queries.isEmpty { return true }
        return queries.contains { MediaQueryEvaluator(viewport: viewport).evaluateQuery($0) }
    }
}

/// Three-valued logic of media queries: unknown features are neither true nor false.
enum Kleene {
    case yes, no, unknown

    init(_ value: Bool) { self = value ? .yes : .no }

    var negated: Kleene {
        switch self {
        case .yes: return .no
        case .no: return .yes
        case .unknown: return .unknown
        }
    }
}

struct MediaQueryEvaluator {
    let viewport: Viewport

    /// `[not|only]? <type> [and <condition>]?` or `<condition>`.
    func evaluateQuery(_ query: [ComponentValue]) -> Bool { evaluate(query) ?? false }

    /// Whether a query parses (one that does not never matches: `screen and(max-width: 600px)`).
    /// A feature kru does not know is not a parse error.
    static func parses(_ query: [ComponentValue]) -> Bool {
        MediaQueryEvaluator(viewport: .standard).evaluate(query) != nil
    }

    /// The query's value, or `nil` when it does not parse.
    private func evaluate(_ query: [ComponentValue]) -> Bool? {
        let parts = query.nonWhitespace
        guard !parts.isEmpty else { return nil }
        var position = 0
        var negate = false
        if parts[0].kind == .token, parts[0].token.kind == .ident {
            let word = parts[0].token.value.lowercased()
            if word == "not" && parts.count > 1 && parts[1].kind == .token && parts[1].token.kind == .ident {
                negate = true
                position = 1
            } else if word == "only" {
                position = 1
            }
        }
        if position < parts.count, parts[position].kind == .token, parts[position].token.kind == .ident,
            !["not", "and", "or"].contains(parts[position].token.value.lowercased())
        {
            let type = parts[position].token.value.lowercased()
            guard !["only", "layer"].contains(type) else { return nil }
            position += 1
            var result: Kleene = type == "all" || type == viewport.mediaType ? .yes : .no
            if position < parts.count {
                guard parts[position].kind == .token, parts[position].token.isIdent("and"),
                    position + 1 < parts.count
                else { return nil }
                guard let condition = evaluateCondition(Array(parts[(position + 1)...]), allowOr: false) else {
                    return nil
                }
                result = and(result, condition)
            }
            if negate { result = result == .unknown ? .no : result.negated }
            return result == .yes
        }
        if position > 0 { return nil }  // `not`/`only` without a media type.
        guard let condition = evaluateCondition(parts, allowOr: true) else { return nil }
        return condition == .yes
    }

    private func and(_ a: Kleene, _ b: Kleene) -> Kleene {
        if a == .no || b == .no { return .no }
        if a == .unknown || b == .unknown { return .unknown }
        return .yes
    }

    private func or(_ a: Kleene, _ b: Kleene) -> Kleene {
        if a == .yes || b == .yes { return .yes }
        if a == .unknown || b == .unknown { return .unknown }
        return .no
    }

    /// `not <in-parens>` | `<in-parens> [and <in-parens>]*` | `<in-parens> [or <in-parens>]*`;
    /// `nil` when it does not parse.
    func evaluateCondition(_ parts: [ComponentValue], allowOr: Bool) -> Kleene? {
        guard let first = parts.first else { return nil }
        if first.kind == .token, first.token.isIdent("not") {
            guard parts.count == 2, let inner = evaluateInParens(parts[1]) else { return nil }
            return inner.negated
        }
        guard var result = evaluateInParens(first) else { return nil }
        var position = 1
        var joiner: String?
        while position < parts.count {
            guard parts[position].kind == .token, parts[position].token.kind == .ident, position + 1 < parts.count
            else { return nil }
            let word = parts[position].token.value.lowercased()
            guard word == "and" || (word == "or" && allowOr) else { return nil }
            if let joiner, joiner != word { return nil }
            joiner = word
            guard let next = evaluateInParens(parts[position + 1]) else { return nil }
            result = word == "and" ? and(result, next) : or(result, next)
            position += 2
        }
        return result
    }

    /// `( <condition> )` | `( <feature> )` | general enclosed (unknown).
    private func evaluateInParens(_ value: ComponentValue) -> Kleene? {
        if value.kind == .function { return .unknown }
        guard value.kind == .block, value.token.kind == .openParen else { return nil }
        let inner = value.children.nonWhitespace
        guard !inner.isEmpty else { return .unknown }
        if inner[0].kind == .block && inner[0].token.kind == .openParen
            || (inner[0].kind == .token && inner[0].token.isIdent("not"))
        {
            return evaluateCondition(inner, allowOr: true) ?? .unknown
        }
        return evaluateFeature(inner) ?? .unknown
    }

    private enum Operator: String {
        case lt = "<", le = "<=", gt = ">", ge = ">=", eq = "="

        func holds(_ a: Double, _ b: Double) -> Bool {
            switch self {
            case .lt: return a < b
            case .le: return a <= b
            case .gt: return a > b
            case .ge: return a >= b
            case .eq: return a == b
            }
        }

        var flipped: Operator {
            switch self {
            case .lt: return .gt
            case .le: return .ge
            case .gt: return .lt
            case .ge: return .le
            case .eq: return .eq
            }
        }
    }

    /// Splits `a <= b` style parts into operands and operators.
    private func splitRange(_ parts: [ComponentValue]) -> ([[ComponentValue]], [Operator])? {
        var operands: [[ComponentValue]] = [[]]
        var operators: [Operator] = []
        var position = 0
        while position < parts.count {
            let part = parts[position]
            if part.kind == .token, part.token.kind == .delim, ["<", ">", "="].contains(part.token.value) {
                var symbol = part.token.value
                if symbol != "=", position + 1 < parts.count, parts[position + 1].kind == .token,
                    parts[position + 1].token.isDelim("="), parts[position + 1].start == part.token.end
                {
                    symbol += "="
                    position += 1
                }
                guard let op = Operator(rawValue: symbol) else { return nil }
                operators.append(op)
                operands.append([])
            } else {
                operands[operands.count - 1].append(part)
            }
            position += 1
        }
        return (operands, operators)
    }

    private func evaluateFeature(_ parts: [ComponentValue]) -> Kleene? {
        // `(name)` or `(name: value)`.
        if parts[0].kind == .token, parts[0].token.kind == .ident,
            parts.count == 1 || (parts.count >= 3 && parts[1].kind == .token && parts[1].token.kind == .colon)
        {
            let name = parts[0].token.value.lowercased()
            if parts.count == 1 { return booleanFeature(name) }
            let value = Array(parts[2...])
            var op = Operator.eq
            var feature = name
            if name.hasPrefix("min-") {
                op = .ge
                feature = String(name.dropFirst(4))
            } else if name.hasPrefix("max-") {
                op = .le
                feature = String(name.dropFirst(4))
            }
            if let actual = rangeFeature(feature) {
                guard let expected = featureValue(value, for: feature) else { return nil }
                return Kleene(op.holds(actual, expected))
            }
            if name != feature { return nil }
            return discreteFeature(name, value)
        }
        // Range syntax.
        guard let (operands, operators) = splitRange(parts), !operators.isEmpty else { return nil }
        if operands.count == 2 {
            if operands[0].count == 1, operands[0][0].kind == .token, operands[0][0].token.kind == .ident,
                let actual = rangeFeature(operands[0][0].token.value.lowercased())
            {
                let feature = operands[0][0].token.value.lowercased()
                guard let value = featureValue(operands[1], for: feature) else { return nil }
                return Kleene(operators[0].holds(actual, value))
            }
            if operands[1].count == 1, operands[1][0].kind == .token, operands[1][0].token.kind == .ident,
                let actual = rangeFeature(operands[1][0].token.value.lowercased())
            {
                let feature = operands[1][0].token.value.lowercased()
                guard let value = featureValue(operands[0], for: feature) else { return nil }
                return Kleene(operators[0].flipped.holds(actual, value))
            }
            return nil
        }
        if operands.count == 3, operators[0] != .eq, operators[1] != .eq,
            (operators[0] == .lt || operators[0] == .le) == (operators[1] == .lt || operators[1] == .le),
            operands[1].count == 1, operands[1][0].kind == .token, operands[1][0].token.kind == .ident,
            let actual = rangeFeature(operands[1][0].token.value.lowercased())
        {
            let feature = operands[1][0].token.value.lowercased()
            guard let low = featureValue(operands[0], for: feature),
                let high = featureValue(operands[2], for: feature)
            else { return nil }
            return Kleene(operators[0].flipped.holds(actual, low) && operators[1].holds(actual, high))
        }
        return nil
    }

    /// The viewport's value of a range feature, `nil` when it is not one.
    private func rangeFeature(_ name: String) -> Double? {
        switch name {
        case "width", "device-width": return viewport.width
        case "height", "device-height": return viewport.height
        case "aspect-ratio", "device-aspect-ratio": return viewport.width / viewport.height
        case "resolution": return 1
        case "color": return 8
        case "monochrome", "color-index", "grid": return 0
        default: return nil
        }
    }

    private func featureValue(_ value: [ComponentValue], for feature: String) -> Double? {
        let parts = value.nonWhitespace
        if feature.hasSuffix("aspect-ratio") {
            if parts.count == 1, parts[0].token.kind == .number { return parts[0].token.number }
            if parts.count == 3, parts[0].token.kind == .number, parts[1].token.isDelim("/"),
                parts[2].token.kind == .number, parts[2].token.number != 0
            {
                return parts[0].token.number / parts[2].token.number
            }
            return nil
        }
        guard parts.count == 1, parts[0].kind == .token else { return nil }
        let token = parts[0].token
        if feature == "resolution" {
            guard token.kind == .dimension else { return nil }
            switch token.value.lowercased() {
            case "dppx", "x": return token.number
            case "dpi": return token.number / 96
            case "dpcm": return token.number * 2.54 / 96
            default: return nil
            }
        }
        if ["color", "monochrome", "color-index", "grid"].contains(feature) {
            return token.kind == .number && token.isInteger ? token.number : nil
        }
        if token.kind == .number, token.number == 0 { return 0 }
        guard token.kind == .dimension else { return nil }
        switch token.value.lowercased() {
        case "px": return token.number
        case "em", "rem": return token.number * 16
        case "vw": return token.number * viewport.width / 100
        case "vh": return token.number * viewport.height / 100
        case "vmin": return token.number * min(viewport.width, viewport.height) / 100
        case "vmax": return token.number * max(viewport.width, viewport.height) / 100
        case "cm": return token.number * 96 / 2.54
        case "mm": return token.number * 96 / 25.4
        case "q": return token.number * 96 / 101.6
        case "in": return token.number * 96
        case "pt": return token.number * 96 / 72
        case "pc": return token.number * 16
        case "ch", "ex": return token.number * 8
        default: return nil
        }
    }

    private func booleanFeature(_ name: String) -> Kleene? {
        switch name {
        case "width", "height", "device-width", "device-height", "aspect-ratio", "device-aspect-ratio",
            "orientation", "color", "hover", "any-hover", "pointer", "any-pointer", "resolution", "update",
            "display-mode", "scan", "overflow-block", "overflow-inline", "color-gamut", "dynamic-range",
            "prefers-color-scheme":
            return .yes
        case "monochrome", "color-index", "grid", "prefers-reduced-motion", "prefers-reduced-transparency",
            "forced-colors", "inverted-colors", "prefers-contrast":
            return .no
        default: return nil
        }
    }

    private func discreteFeature(_ name: String, _ value: [ComponentValue]) -> Kleene? {
        let parts = value.nonWhitespace
        guard parts.count == 1, parts[0].kind == .token, parts[0].token.kind == .ident else { return nil }
        let word = parts[0].token.value.lowercased()
        let known: [String: (Set<String>, String)] = [
            "orientation": (["portrait", "landscape"], viewport.orientation),
            "hover": (["none", "hover"], "hover"),
            "any-hover": (["none", "hover"], "hover"),
            "pointer": (["none", "coarse", "fine"], "fine"),
            "any-pointer": (["none", "coarse", "fine"], "fine"),
            "prefers-color-scheme": (["light", "dark"], "light"),
            "prefers-reduced-motion": (["no-preference", "reduce"], "no-preference"),
            "prefers-contrast": (["no-preference", "more", "less", "custom"], "no-preference"),
            "forced-colors": (["none", "active"], "none"),
            "display-mode": (["browser", "fullscreen", "standalone", "minimal-ui", "picture-in-picture"], "browser"),
            "scan": (["interlace", "progressive"], "progressive"),
            "update": (["none", "slow", "fast"], "fast"),
            "color-gamut": (["srgb", "p3", "rec2020"], "srgb"),
        ]
        guard let (allowed, actual) = known[name], allowed.contains(word) else { return nil }
        return Kleene(word == actual)
    }
}

