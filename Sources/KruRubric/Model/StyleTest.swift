import Foundation
import KruCSS
import KruSelectors

/// `style: PROPERTY` and its tests: the computed value of a CSS property of the element
/// in scope, as Chromium's `getComputedStyle` serialises it (colours `rgb(…)`/`rgba(…)`,
/// lengths in px, `font-weight: bold` → `700`). All given tests must hold.
public struct StyleTest: Sendable, Hashable {
    /// The property (a longhand such as `padding-top`, or a shorthand kru serialises).
    public var property: String
    /// `equals: VALUE`. Colours match in any CSS colour syntax (`red` = `#f00` =
    /// `rgb(255, 0, 0)`); other values compare as serialised, ignoring letter case.
    public var equals: String?
    /// `one-of: [VALUE, …]`, compared like `equals`.
    public var oneOf: [String]?
    /// `greater-than`, `at-least`, `less-than`, `at-most`: numeric comparisons.
    public var comparisons: [Comparison] = []
    /// `type: [length, percentage, …]`: the kind of the computed value.
    public var types: [StyleValueType]?

    public init(property: String) {
        self.property = property
    }

    /// One numeric comparison.
    public struct Comparison: Sendable, Hashable {
        public enum Relation: String, Sendable, Hashable, CaseIterable {
            case greaterThan = "greater-than"
            case atLeast = "at-least"
            case lessThan = "less-than"
            case atMost = "at-most"
        }

        public var relation: Relation
        public var bound: StyleNumber

        public init(_ relation: Relation, _ bound: StyleNumber) {
            self.relation = relation
            self.bound = bound
        }

        func holds(_ value: Double) -> Bool {
            switch relation {
            case .greaterThan: return value > bound.value
            case .atLeast: return value >= bound.value
            case .lessThan: return value < bound.value
            case .atMost: return value <= bound.value
            }
        }
    }
}

/// A number a style value is compared with: `16px`, `50%` or a plain number (`0.5`, `700`).
public struct StyleNumber: Sendable, Hashable, CustomStringConvertible {
    public enum Unit: String, Sendable, Hashable {
        case px, percent = "%", none = ""
    }

    public var value: Double
    public var unit: Unit

    public init(_ value: Double, _ unit: Unit) {
        self.value = value
        self.unit = unit
    }

    /// Reads `16px`, `16`, `-2.5`, `50%`; `nil` for anything else.
    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        let unit: Unit = trimmed.hasSuffix("px") ? .px : trimmed.hasSuffix("%") ? .percent : .none
        let digits = trimmed.dropLast(unit.rawValue.count)
        guard !digits.isEmpty, digits.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" || $0 == "+" }),
            let value = Double(digits)
        else { return nil }
        self.init(value, unit)
    }

    public var description: String {
        let number = value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
        return number + unit.rawValue
    }
}

/// The kind of a computed value, for `type:`.
public enum StyleValueType: String, Sendable, Hashable, CaseIterable {
    /// A length in px (`width: 300px`, `2em`, `calc(10px + 2em)`).
    case length
    /// A percentage that needs layout (`width: 50%`). A `calc()` mixing px and % counts as
    /// both a length and a percentage.
    case percentage
    /// A plain number (`opacity`, `flex-grow`, `font-weight`, unitless `line-height`).
    case number
    case color
    /// A keyword (`auto`, `none`, `flex`, `normal`).
    case keyword
}

/// What `selector-used: KIND` looks for in a selector: a kind of simple selector
/// (`class`, `id`, `type`, `attribute`, `pseudo-class`, `universal`) or a combinator
/// (`descendant`, `child`, `next-sibling`, `subsequent-sibling`).
public enum SelectorFeature: Sendable, Hashable {
    case simple(SimpleSelectorKind)
    case combinator(Combinator)

    /// Every feature, by its name in rubric files. (Not pseudo-elements: a selector with
    /// one never matches an element.)
    public static let byName: [String: SelectorFeature] = {
        var table: [String: SelectorFeature] = [:]
        for kind in SimpleSelectorKind.allCases where kind != .pseudoElement { table[kind.rawValue] = .simple(kind) }
        table["descendant"] = .combinator(.descendant)
        table["child"] = .combinator(.child)
        table["next-sibling"] = .combinator(.nextSibling)
        table["subsequent-sibling"] = .combinator(.subsequentSibling)
        return table
    }()

    /// The name in rubric files.
    public var name: String {
        Self.byName.first { $0.value == self }!.key
    }

    /// How the feature is named in messages ("a class selector", "a `>` combinator").
    var phrase: (en: String, km: String) {
        switch self {
        case .simple(.class): return ("a class selector (.name)", "អ្នកជ្រើសរើស class (.name)")
        case .simple(.id): return ("an id selector (#name)", "អ្នកជ្រើសរើស id (#name)")
        case .simple(.type): return ("an element-name selector", "អ្នកជ្រើសរើសឈ្មោះធាតុ")
        case .simple(.attribute): return ("an attribute selector ([name])", "អ្នកជ្រើសរើស attribute ([name])")
        case .simple(.pseudoClass): return ("a pseudo-class (:name)", "pseudo-class (:name)")
        case .simple(.pseudoElement): return ("a pseudo-element (::name)", "pseudo-element (::name)")
        case .simple(.universal): return ("the universal selector (*)", "អ្នកជ្រើសរើសសកល (*)")
        case .combinator(.descendant): return ("a descendant combinator (a b)", "សញ្ញាភ្ជាប់កូនចៅ (a b)")
        case .combinator(.child): return ("a child combinator (a > b)", "សញ្ញាភ្ជាប់កូន (a > b)")
        case .combinator(.nextSibling): return ("a next-sibling combinator (a + b)", "សញ្ញាភ្ជាប់បងប្អូនបន្ទាប់ (a + b)")
        case .combinator(.subsequentSibling): return ("a sibling combinator (a ~ b)", "សញ្ញាភ្ជាប់បងប្អូន (a ~ b)")
        }
    }

    /// Whether a selector uses this feature anywhere, inside `:is()`, `:not()`, `:has()` … too.
    func isUsed(by selector: Selector) -> Bool {
        switch self {
        case .simple(let kind):
            return selector.usesKind(kind)
        case .combinator(let combinator):
            return selector.combinators.contains(combinator)
        }
    }
}
