/// How two compound selectors of a complex selector relate.
public enum Combinator: String, Hashable, Sendable, CaseIterable {
    /// `a b`: b is inside a.
    case descendant = " "
    /// `a > b`: b is a child of a.
    case child = ">"
    /// `a + b`: b comes right after a, with the same parent.
    case nextSibling = "+"
    /// `a ~ b`: b comes somewhere after a, with the same parent.
    case subsequentSibling = "~"

    var serialized: String { self == .descendant ? " " : " \(rawValue) " }
}

/// A sequence of simple selectors without combinators, such as `a.nav[href]:hover`.
public struct CompoundSelector: Hashable, Sendable {
    /// The simple selectors in the order they were written.
    public let simpleSelectors: [SimpleSelector]

    public init(_ simpleSelectors: [SimpleSelector]) {
        self.simpleSelectors = simpleSelectors
    }

    public var specificity: Specificity {
        simpleSelectors.reduce(.zero) { $0 + $1.specificity }
    }

    public var serialized: String {
        simpleSelectors.map(\.serialized).joined()
    }

    /// The pseudo-element of this compound, if it has one.
    public var pseudoElement: PseudoElement? {
        for case .pseudoElement(let pseudo) in simpleSelectors { return pseudo }
        return nil
    }
}

/// A complex selector: compound selectors joined by combinators, such as `ul > li.done + li`.
///
/// One item of a ``SelectorList``. Parse selectors with ``SelectorList/parse(_:)``.
public struct Selector: Hashable, Sendable, CustomStringConvertible {
    /// The compound selectors, left to right. Never empty.
    public let compounds: [CompoundSelector]
    /// The combinators between compounds: `combinators[i]` joins `compounds[i]` and `compounds[i + 1]`.
    public let combinators: [Combinator]
    /// For the relative selectors inside `:has()`: how the first compound relates to the
    /// element `:has()` is tested on (`:has(> img)` → `.child`). `nil` for ordinary selectors.
    public let leadingCombinator: Combinator?
    /// Selectors 4 specificity of this selector.
    public let specificity: Specificity

    init(compounds: [CompoundSelector], combinators: [Combinator], leadingCombinator: Combinator? = nil) {
        precondition(!compounds.isEmpty && combinators.count == compounds.count - 1)
        self.compounds = compounds
        self.combinators = combinators
        self.leadingCombinator = leadingCombinator
        self.specificity = compounds.reduce(.zero) { $0 + $1.specificity }
        self.pseudoElement = compounds.last?.pseudoElement
    }

    /// The pseudo-element this selector selects (`p::first-line` → `.firstLine`), or `nil`.
    /// A selector with a pseudo-element never matches an element.
    public let pseudoElement: PseudoElement?

    /// Every simple selector, including those nested inside `:not()`, `:is()`, `:where()`,
    /// `:has()` and `:nth-child(… of S)` when `includingNested` is true.
    public func simpleSelectors(includingNested: Bool = true) -> [SimpleSelector] {
        var result: [SimpleSelector] = []
        for compound in compounds {
            for simple in compound.simpleSelectors {
                result.append(simple)
                if includingNested, case .pseudoClass(let pseudo) = simple {
                    for list in pseudo.nestedLists {
                        for selector in list.selectors { result += selector.simpleSelectors(includingNested: true) }
                    }
                }
            }
        }
        return result
    }

    /// The kinds of simple selector this selector contains (nested ones included by default).
    public func kinds(includingNested: Bool = true) -> Set<SimpleSelectorKind> {
        Set(simpleSelectors(includingNested: includingNested).map(\.kind))
    }

    /// Whether the selector contains a simple selector of `kind`, e.g. `usesKind(.class)` for
    /// "a selector containing a class selector". Selectors inside `:not()`, `:is()` … count
    /// unless `includingNested` is false.
    public func usesKind(_ kind: SimpleSelectorKind, includingNested: Bool = true) -> Bool {
        simpleSelectors(includingNested: includingNested).contains { $0.kind == kind }
    }

    /// Whether the selector uses a pseudo-class with this name (`"hover"`, `"nth-child"` …).
    public func usesPseudoClass(named name: String, includingNested: Bool = true) -> Bool {
        simpleSelectors(includingNested: includingNested).contains {
            if case .pseudoClass(let pseudo) = $0 { return pseudo.name == name }
            return false
        }
    }

    /// Whether the selector uses `combinator` (at its top level).
    public func usesCombinator(_ combinator: Combinator) -> Bool {
        combinators.contains(combinator) || leadingCombinator == combinator
    }

    /// CSS text, normalised: `ul > li.done + li`.
    public var serialized: String {
        var text = ""
        if let leadingCombinator, leadingCombinator != .descendant {
            text = leadingCombinator.rawValue + " "
        }
        for (index, compound) in compounds.enumerated() {
            if index > 0 { text += combinators[index - 1].serialized }
            text += compound.serialized
        }
        return text
    }

    public var description: String { serialized }
}
