/// A specified length or length-percentage, kept as a sum of unit
/// coefficients so `calc()` needs no layout: `calc(2em + 10px - 5%)` is
/// `{px: 10, em: 2, percent: -5}`. `min()`, `max()` and `clamp()` of lengths
/// whose units are only known per element (`min(20px, 2em)`) are kept as
/// ``MathTerm``s and resolved with the rest in ``absolute(fontSize:rootFontSize:viewport:)``.
struct LengthSpec: Hashable, Sendable {
    var px: Double = 0
    var em: Double = 0
    var rem: Double = 0
    var vw: Double = 0
    var vh: Double = 0
    var vmin: Double = 0
    var vmax: Double = 0
    var percent: Double = 0
    /// Whether the value was a `calc()` (or another math function).
    var isCalc = false
    /// Whether the value was written as a percentage (so `0%` stays `0%`).
    var percentOnly = false
    /// `min()`/`max()` terms added to the sum (`clamp(a, b, c)` is `max(a, min(b, c))`).
    var math: [MathTerm] = []
    /// A whole value `min()`, `max()` or `clamp()` with a percentage among its arguments
    /// (`min(90%, 400px)`): it needs layout, so it stays a function in the computed value.
    var layoutMath: LayoutMath?

    /// `function(arguments…)`, the function being `min`, `max` or `clamp`.
    struct LayoutMath: Hashable, Sendable {
        var function: String
        var arguments: [LengthSpec]
    }

    /// `factor × min(arguments)` or `factor × max(arguments)`; arguments never hold percentages.
    struct MathTerm: Hashable, Sendable {
        var isMin: Bool
        var arguments: [LengthSpec]
        var factor: Double = 1

        func value(fontSize: Double, rootFontSize: Double, viewport: Viewport) -> Double {
            let values = arguments.map { $0.absolute(fontSize: fontSize, rootFontSize: rootFontSize, viewport: viewport) }
            return factor * ((isMin ? values.min() : values.max()) ?? 0)
        }
    }

    static func + (a: LengthSpec, b: LengthSpec) -> LengthSpec {
        LengthSpec(
            px: a.px + b.px, em: a.em + b.em, rem: a.rem + b.rem, vw: a.vw + b.vw, vh: a.vh + b.vh,
            vmin: a.vmin + b.vmin, vmax: a.vmax + b.vmax, percent: a.percent + b.percent, isCalc: true,
            math: a.math + b.math)
    }

    static func * (a: LengthSpec, k: Double) -> LengthSpec {
        LengthSpec(
            px: a.px * k, em: a.em * k, rem: a.rem * k, vw: a.vw * k, vh: a.vh * k, vmin: a.vmin * k,
            vmax: a.vmax * k, percent: a.percent * k, isCalc: true,
            math: a.math.map { MathTerm(isMin: $0.isMin, arguments: $0.arguments, factor: $0.factor * k) })
    }

    var hasPercent: Bool { percent != 0 }

    /// Whether a percentage is part of the value, so it needs layout to be a length.
    var needsLayout: Bool { percent != 0 || percentOnly || layoutMath != nil }

    /// The value in px with percentages taken of `percentBasis` (a font size, for `font-size`
    /// and `line-height`).
    func resolved(fontSize: Double, rootFontSize: Double, viewport: Viewport, percentBasis: Double) -> Double {
        if let layoutMath {
            let values = layoutMath.arguments.map {
                $0.resolved(fontSize: fontSize, rootFontSize: rootFontSize, viewport: viewport, percentBasis: percentBasis)
            }
            switch layoutMath.function {
            case "min": return values.min() ?? 0
            case "max": return values.max() ?? 0
            default: return Swift.max(values[0], Swift.min(values[1], values[2]))
            }
        }
        return absolute(fontSize: fontSize, rootFontSize: rootFontSize, viewport: viewport) + percent * percentBasis / 100
    }

    /// The absolute part in px, for an element whose font size is `fontSize`.
    func absolute(fontSize: Double, rootFontSize: Double, viewport: Viewport) -> Double {
        px + em * fontSize + rem * rootFontSize + vw * viewport.width / 100 + vh * viewport.height / 100
            + vmin * min(viewport.width, viewport.height) / 100 + vmax * max(viewport.width, viewport.height) / 100
            + math.reduce(0) { $0 + $1.value(fontSize: fontSize, rootFontSize: rootFontSize, viewport: viewport) }
    }

    /// Whether the value is negative for sure (used to reject negative paddings).
    var isNegativeLiteral: Bool {
        !isCalc && (px < 0 || em < 0 || rem < 0 || vw < 0 || vh < 0 || vmin < 0 || vmax < 0 || percent < 0)
    }
}

/// Parses lengths, percentages, numbers and `calc()`.
enum LengthParser {
    /// Pixels per unit of the absolute units.
    static let absoluteUnits: [String: Double] = [
        "px": 1, "cm": 96 / 2.54, "mm": 96 / 25.4, "q": 96 / 101.6, "in": 96, "pt": 96.0 / 72, "pc": 16,
    ]

    /// A length token (`12px`, `0`, `2em`), or `nil`.
    static func length(_ token: CSSToken, allowUnitlessInQuirks quirks: Bool = false) -> LengthSpec? {
        switch token.kind {
        case .number:
            if token.number == 0 { return LengthSpec() }
            if quirks { return LengthSpec(px: token.number) }
            return nil
        case .dimension:
            let unit = token.value.lowercased()
            let n = token.number
            if let factor = absoluteUnits[unit] { return LengthSpec(px: n * factor) }
            switch unit {
            case "em": return LengthSpec(em: n)
            case "rem": return LengthSpec(rem: n)
            case "ex", "ch": return LengthSpec(em: n / 2)
            case "vw", "svw", "lvw", "dvw": return LengthSpec(vw: n)
            case "vh", "svh", "lvh", "dvh": return LengthSpec(vh: n)
            case "vmin", "svmin", "lvmin", "dvmin": return LengthSpec(vmin: n)
            case "vmax", "svmax", "lvmax", "dvmax": return LengthSpec(vmax: n)
            default: return nil
            }
        default:
            return nil
        }
    }

    /// A length or percentage component value (including `calc()`), or `nil`.
    static func lengthPercentage(
        _ value: ComponentValue, allowPercent: Bool = true, quirks: Bool = false
    ) -> LengthSpec? {
        switch value.kind {
        case .token:
            if value.token.kind == .percentage {
                return allowPercent ? LengthSpec(percent: value.token.number, percentOnly: true) : nil
            }
            return length(value.token, allowUnitlessInQuirks: quirks)
        case .function:
            let name = value.token.value.lowercased()
            guard ["calc", "min", "max", "clamp"].contains(name) else { return nil }
            var parser = name == "calc"
                ? CalcParser(values: value.children.nonWhitespaceKeepingOperators, allowPercent: allowPercent)
                : CalcParser(values: [value], allowPercent: allowPercent)
            guard case .length(var spec)? = parser.parseSum(), parser.atEnd else {
                return name == "calc" || !allowPercent ? nil : layoutMath(value, name: name)
            }
            spec.isCalc = true
            return spec
        case .block:
            return nil
        }
    }

    /// `min()`, `max()` or `clamp()` of lengths and percentages (`min(90%, 400px)`), kept whole;
    /// one argument, or all the same, is that argument (`min(100%)` is `100%`), as in Chromium.
    private static func layoutMath(_ value: ComponentValue, name: String) -> LengthSpec? {
        var groups: [[ComponentValue]] = [[]]
        for child in value.children {
            if child.kind == .token, child.token.kind == .comma { groups.append([]) } else { groups[groups.count - 1].append(child) }
        }
        var arguments: [LengthSpec] = []
        for group in groups {
            let parts = group.nonWhitespaceKeepingOperators
            var parser = CalcParser(values: parts, allowPercent: true)
            if case .length(var spec)? = parser.parseSum(), parser.atEnd {
                if parts.count > 1 { spec.isCalc = true }
                arguments.append(spec)
            } else if parts.count == 1, let nested = lengthPercentage(parts[0]) {
                arguments.append(nested)
            } else {
                return nil
            }
        }
        guard !arguments.isEmpty, name != "clamp" || arguments.count == 3, arguments.contains(where: \.needsLayout)
        else { return nil }
        if Set(arguments).count == 1 { return arguments[0] }
        return LengthSpec(isCalc: true, layoutMath: LengthSpec.LayoutMath(function: name, arguments: arguments))
    }

    /// A plain number (or `calc()` of numbers).
    static func number(_ value: ComponentValue) -> Double? {
        if value.kind == .token, value.token.kind == .number { return value.token.number }
        if value.isFunction("calc") {
            var parser = CalcParser(values: value.children.nonWhitespaceKeepingOperators, allowPercent: false)
            if case .number(let n)? = parser.parseSum(), parser.atEnd { return n }
        }
        if value.isFunction("min") || value.isFunction("max") || value.isFunction("clamp") {
            var parser = CalcParser(values: [value], allowPercent: false)
            if case .number(let n)? = parser.parseSum(), parser.atEnd { return n }
        }
        return nil
    }
}

extension Array where Element == ComponentValue {
    /// Drops whitespace, but keeps it meaningful around `+`/`-` by relying on
    /// the tokenizer (which already reads `-5px` as one token).
    var nonWhitespaceKeepingOperators: [ComponentValue] { filter { !$0.isWhitespace } }
}

/// A recursive-descent parser of `calc()` sums and products.
struct CalcParser {
    enum Term {
        case number(Double)
        case length(LengthSpec)
    }

    let values: [ComponentValue]
    let allowPercent: Bool
    var position = 0

    init(values: [ComponentValue], allowPercent: Bool) {
        self.values = values
        self.allowPercent = allowPercent
    }

    var atEnd: Bool { position == values.count }

    mutating func parseSum() -> Term? {
        guard var result = parseProduct() else { return nil }
        while position < values.count {
            let value = values[position]
            // `a -5px` (a signed number right after a term) is invalid, as in browsers.
            if value.kind == .token, value.token.isDelim("+") || value.token.isDelim("-") {
                let negative = value.token.isDelim("-")
                position += 1
                guard let right = parseProduct() else { return nil }
                guard let sum = add(result, right, negate: negative) else { return nil }
                result = sum
            } else {
                break
            }
        }
        return result
    }

    private func add(_ a: Term, _ b: Term, negate: Bool) -> Term? {
        let sign: Double = negate ? -1 : 1
        switch (a, b) {
        case (.number(let x), .number(let y)): return .number(x + sign * y)
        case (.length(let x), .length(let y)): return .length(x + y * sign)
        default: return nil
        }
    }

    mutating func parseProduct() -> Term? {
        guard var result = parseValue() else { return nil }
        while position < values.count {
            let value = values[position]
            guard value.kind == .token, value.token.isDelim("*") || value.token.isDelim("/") else { break }
            let divide = value.token.isDelim("/")
            position += 1
            guard let right = parseValue() else { return nil }
            switch (result, right, divide) {
            case (.number(let x), .number(let y), false): result = .number(x * y)
            case (.number(let x), .number(let y), true):
                guard y != 0 else { return nil }
                result = .number(x / y)
            case (.length(let x), .number(let y), false): result = .length(x * y)
            case (.number(let x), .length(let y), false): result = .length(y * x)
            case (.length(let x), .number(let y), true):
                guard y != 0 else { return nil }
                result = .length(x * (1 / y))
            default: return nil
            }
        }
        return result
    }

    private mutating func parseValue() -> Term? {
        guard position < values.count else { return nil }
        let value = values[position]
        position += 1
        switch value.kind {
        case .token:
            switch value.token.kind {
            case .number: return .number(value.token.number)
            case .percentage:
                return allowPercent ? .length(LengthSpec(percent: value.token.number)) : nil
            case .dimension:
                return LengthParser.length(value.token).map { .length($0) }
            default: return nil
            }
        case .block where value.token.kind == .openParen, .function where value.isFunction("calc"):
            var inner = CalcParser(values: value.children.nonWhitespaceKeepingOperators, allowPercent: allowPercent)
            guard let result = inner.parseSum(), inner.atEnd else { return nil }
            return result
        case .function where value.isFunction("min") || value.isFunction("max") || value.isFunction("clamp"):
            return minMax(value)
        default:
            return nil
        }
    }

    /// `min(a, b, …)`, `max(a, b, …)`, `clamp(low, preferred, high)`: all numbers, or all lengths
    /// without percentages (those need layout; the declaration is then not computed).
    private func minMax(_ value: ComponentValue) -> Term? {
        let name = value.token.value.lowercased()
        var groups: [[ComponentValue]] = [[]]
        for child in value.children {
            if child.kind == .token, child.token.kind == .comma { groups.append([]) } else { groups[groups.count - 1].append(child) }
        }
        var arguments: [Term] = []
        for group in groups {
            var inner = CalcParser(values: group.nonWhitespaceKeepingOperators, allowPercent: allowPercent)
            guard let term = inner.parseSum(), inner.atEnd else { return nil }
            arguments.append(term)
        }
        guard !arguments.isEmpty, name != "clamp" || arguments.count == 3 else { return nil }
        let numbers = arguments.compactMap { if case .number(let n) = $0 { return n } else { return nil } }
        if numbers.count == arguments.count {
            switch name {
            case "min": return .number(numbers.min()!)
            case "max": return .number(numbers.max()!)
            default: return .number(Swift.max(numbers[0], Swift.min(numbers[1], numbers[2])))
            }
        }
        var lengths: [LengthSpec] = []
        for argument in arguments {
            guard case .length(let spec) = argument, spec.percent == 0, !spec.percentOnly else { return nil }
            lengths.append(spec)
        }
        let term: LengthSpec.MathTerm
        switch name {
        case "min": term = .init(isMin: true, arguments: lengths)
        case "max": term = .init(isMin: false, arguments: lengths)
        default:
            let upper = LengthSpec(isCalc: true, math: [.init(isMin: true, arguments: [lengths[1], lengths[2]])])
            term = .init(isMin: false, arguments: [lengths[0], upper])
        }
        return .length(LengthSpec(isCalc: true, math: [term]))
    }
}
