import Foundation
import KruHTML
import KruSelectors

/// A CSS selector list written in a rubric, kept with its source text so
/// messages can name it.
///
/// Shared, not copied: every evaluation of a condition reads its selector, and a copy of an
/// object costs one retain where a copy of a struct costs one for each of its strings.
public final class RubricSelector: Sendable {
    /// The selector as the author wrote it, for example `ul > li`.
    public let text: String
    /// The parsed selector list.
    public let list: SelectorList

    /// Parses a selector list; on failure, the error's offset counts Unicode scalars.
    static func parse(_ text: String) throws(SelectorParseError) -> RubricSelector {
        RubricSelector(text: text, list: try SelectorList.parse(text))
    }

    /// When the list is one type selector and nothing else (`h1`): the element name it
    /// matches, as parsed. Such a selector matches exactly the elements of that name.
    let typeName: String?
    /// ``TagNames/tagNumber(of:)`` of ``typeName`` (0 without one), worked out once.
    let typeTag: UInt16
    /// How messages name the selector: `<h1>` for a bare tag name, otherwise `` `ul > li` ``.
    let name: String

    private init(text: String, list: SelectorList) {
        self.text = text
        self.list = list
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        let isBareName = !trimmed.isEmpty && trimmed.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" })
        self.name = isBareName ? "<\(trimmed)>" : "`\(text)`"
        if list.selectors.count == 1, let selector = list.selectors.first, selector.leadingCombinator == nil,
           selector.pseudoElement == nil, selector.compounds.count == 1,
           selector.compounds[0].simpleSelectors.count == 1, case .type(let name) = selector.compounds[0].simpleSelectors[0] {
            self.typeName = name
            self.typeTag = TagNames.tagNumber(of: name)
        } else {
            self.typeName = nil
            self.typeTag = 0
        }
    }

    /// Whether the element matches, using the document's prepared context.
    func matches(_ element: Element, in context: SelectorMatchingContext) -> Bool {
        list.matches(element, in: context)
    }

}
