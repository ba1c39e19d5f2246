import KruHTML

/// A comma-separated list of complex selectors, such as `h1, .title > em`: what a CSS rule or
/// a rubric check names.
///
/// ```swift
/// let list = try SelectorList.parse("ul > li:nth-child(odd)")
/// let items = list.select(in: document)   // document order, no duplicates
/// ```
///
/// Matching follows Chromium for HTML documents (no quirks mode): type selectors and attribute
/// names are case-insensitive, ids and classes case-sensitive, attribute values case-sensitive
/// except for the HTML attributes browsers compare case-insensitively (`type`, `lang`, `dir` …).
/// For many selectors against one document, create a ``SelectorMatchingContext`` once and pass it.
public struct SelectorList: Hashable, Sendable, CustomStringConvertible {
    /// The complex selectors, in the order written. Empty only for a forgiving list
    /// (`:is()`/`:where()`) whose items were all invalid.
    public let selectors: [Selector]

    init(_ selectors: [Selector]) {
        self.selectors = selectors
    }

    /// Parses a selector list.
    ///
    /// - Throws: ``SelectorParseError`` with the reason and the offset (in Unicode scalars from
    ///   the start of `text`) of the problem.
    public static func parse(_ text: String) throws(SelectorParseError) -> SelectorList {
        try SelectorParser.parseList(text)
    }

    /// The largest specificity of the list's selectors (what `:is()` / `:not()` count).
    public var maximumSpecificity: Specificity {
        selectors.map(\.specificity).max() ?? .zero
    }

    /// Normalised CSS text: `h1, .title > em`.
    public var serialized: String {
        selectors.map(\.serialized).joined(separator: ", ")
    }

    public var description: String { serialized }

    /// Whether some selector of the list contains a simple selector of `kind` (see ``Selector/usesKind(_:includingNested:)``).
    public func usesKind(_ kind: SimpleSelectorKind, includingNested: Bool = true) -> Bool {
        selectors.contains { $0.usesKind(kind, includingNested: includingNested) }
    }

    // MARK: - Matching

    /// Whether some selector of the list matches `element`.
    ///
    /// Works without any preparation; when matching many elements of one document, prefer
    /// ``matches(_:in:)`` with a ``SelectorMatchingContext``.
    public func matches(_ element: Element) -> Bool {
        let matcher = Matcher(document: element.document)
        return selectors.contains { matcher.matches($0, element.id.index) }
    }

    /// Whether some selector of the list matches `element`, using a prepared context
    /// (which must belong to the element's document).
    public func matches(_ element: Element, in context: SelectorMatchingContext) -> Bool {
        let matcher = Matcher(context: context)
        return selectors.contains { matcher.matches($0, element.id.index) }
    }

    /// The matching selector with the highest specificity (the first of them on a tie), or `nil`
    /// when no selector matches: what the cascade uses for a rule's specificity on an element.
    public func bestMatch(for element: Element, in context: SelectorMatchingContext? = nil) -> SelectorMatch? {
        let matcher = context.map { Matcher(context: $0) } ?? Matcher(document: element.document)
        var best: SelectorMatch?
        for (index, selector) in selectors.enumerated() {
            if let best, selector.specificity <= best.specificity { continue }
            if matcher.matches(selector, element.id.index) {
                best = SelectorMatch(selectorIndex: index, specificity: selector.specificity)
            }
        }
        return best
    }

    /// Every element some selector of the list matches, in document order, each once.
    public func select(in document: HTMLDocument) -> [Element] {
        select(in: SelectorMatchingContext(document: document))
    }

    /// The elements of `elements` that some selector of the list matches, in their order (all of
    /// them must belong to the context's document).
    public func filter(_ elements: [Element], in context: SelectorMatchingContext) -> [Element] {
        filter(elements, with: Matcher(context: context))
    }

    /// The elements of `elements` (all of one document) that some selector of the list matches,
    /// in their order, without a prepared context: right for selectors that ask nothing of
    /// siblings, such as a bare tag name; others answer by scanning the parents' children.
    public func filter(_ elements: [Element]) -> [Element] {
        guard let first = elements.first else { return [] }
        return filter(elements, with: Matcher(document: first.document))
    }

    private func filter(_ elements: [Element], with matcher: Matcher) -> [Element] {
        elements.filter { element in
            for index in selectors.indices where matcher.matches(selectors[index], element.id.index) { return true }
            return false
        }
    }

    /// Every element some selector of the list matches, in document order, each once.
    public func select(in context: SelectorMatchingContext) -> [Element] {
        let matcher = Matcher(context: context)
        let document = context.document
        var result: [Element] = []
        for index in document.nodes.indices where document.nodes[index].kind == .element {
            if selectors.contains(where: { matcher.matches($0, index) }) {
                result.append(Element(document: document, id: NodeID(index)))
            }
        }
        return result
    }
}

/// Which selector of a list matched an element, and its specificity.
public struct SelectorMatch: Hashable, Sendable {
    /// Index into ``SelectorList/selectors``.
    public let selectorIndex: Int
    public let specificity: Specificity
}

extension Selector {
    /// Whether this selector matches `element`. Selectors with a pseudo-element never match.
    public func matches(_ element: Element, in context: SelectorMatchingContext? = nil) -> Bool {
        let matcher = context.map { Matcher(context: $0) } ?? Matcher(document: element.document)
        return matcher.matches(self, element.id.index)
    }
}
