import KruHTML
import KruSelectors
import Testing

/// Parses `html` and returns, for every element `selector` selects, its `id` (or `<name>` when it
/// has none), in document order. Also checks that the five ways of matching agree.
func select(_ selector: String, in html: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
    let document = HTMLParser.parse(text: html)
    let list = try SelectorList.parse(selector)
    let selected = list.select(in: document)
    let context = SelectorMatchingContext(document: document)
    let withoutContext = document.elements.filter { list.matches($0) }
    let withContext = document.elements.filter { list.matches($0, in: context) }
    #expect(withoutContext == selected, "matches(_:) disagrees with select(in:)", sourceLocation: sourceLocation)
    #expect(withContext == selected, "matches(_:in:) disagrees with select(in:)", sourceLocation: sourceLocation)
    #expect(list.filter(document.elements, in: context) == selected, "filter(_:in:) disagrees with select(in:)", sourceLocation: sourceLocation)
    #expect(list.filter(document.elements) == selected, "filter(_:) disagrees with select(in:)", sourceLocation: sourceLocation)
    return selected.map { $0.attribute("id") ?? "<\($0.name)>" }
}

/// The parse error for `selector`, or `nil` when it parses.
func parseError(_ selector: String) -> SelectorParseError? {
    do {
        _ = try SelectorList.parse(selector)
        return nil
    } catch {
        return error
    }
}
