/// A declared value after parsing, before it is computed for an element.
enum SpecifiedValue: Hashable, Sendable {
    /// `inherit`, `initial`, `unset`, `revert` (and `revert-layer`, treated as `revert`).
    case cssWide(CSSWideKeyword)
    /// A keyword, lower-cased (several space-separated keywords for `text-decoration-line`).
    case keyword(String)
    case length(LengthSpec)
    case number(Double)
    case color(ColorSpec)
    /// A value kept as serialised text (font families, images, track lists, cursors).
    case text(String)
    /// Two lengths (`border-*-radius: 10px 20px`).
    case pair(LengthSpec, LengthSpec)
    /// A value holding `var()`: parsed for the element once custom properties are known.
    case unresolved(UnresolvedValue)
}

/// A declaration value with `var()` references, kept as written until computed-value time.
struct UnresolvedValue: Hashable, Sendable {
    /// The property declared (a shorthand or a longhand).
    var property: String
    var value: [ComponentValue]
}

/// The keywords every property accepts.
public enum CSSWideKeyword: String, Hashable, Sendable {
    case inherit, initial, unset, revert
}

/// A value as computed for an element (lengths in px, colours as RGBA).
public enum ComputedValue: Hashable, Sendable {
    case keyword(String)
    /// A length in px.
    case length(Double)
    case percentage(Double)
    /// `calc()` with a percentage that needs layout: `px + percent%`.
    case calc(px: Double, percent: Double)
    /// `min()`, `max()` or `clamp()` with a percentage, which needs layout: `min(90%, 400px)`.
    case math(String)
    case number(Double)
    case color(RGBA)
    case text(String)
}

extension ComputedValue {
    /// The value serialised as in a computed style.
    var serialized: String {
        switch self {
        case .keyword(let k): return k
        case .length(let px): return NumberFormat.px(px)
        case .percentage(let p): return NumberFormat.format(p) + "%"
        case .calc(let px, let percent):
            let sign = px < 0 ? "-" : "+"
            return "calc(\(NumberFormat.format(percent))% \(sign) \(NumberFormat.px(abs(px))))"
        case .number(let n): return NumberFormat.format(n)
        case .math(let text): return text
        case .color(let c): return c.description
        case .text(let t): return t
        }
    }
}
