import KruCore

/// An element of an ``HTMLDocument``, with navigation in the tree.
///
/// A lightweight view: the document's storage is shared, not copied.
/// Two elements are equal when they are the same node.
public struct Element: Sendable, Hashable, CustomStringConvertible {
    public let document: HTMLDocument
    public let id: NodeID

    public init(document: HTMLDocument, id: NodeID) {
        self.document = document
        self.id = id
    }

    public static func == (lhs: Element, rhs: Element) -> Bool { lhs.id == rhs.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }

    /// The underlying node.
    public var node: HTMLNode { document[id] }
    /// Lower-case tag name.
    public var name: String { node.name }
    /// Where the start tag begins; `nil` for elements the parser made up.
    public var location: SourceLocation? { node.location }
    /// The value of an attribute (case-insensitive name), or `nil` when absent.
    public func attribute(_ name: String) -> String? { node.attribute(name) }
    /// Whether the attribute is present (even with an empty value).
    public func hasAttribute(_ name: String) -> Bool { node.attribute(name) != nil }

    /// The parent element (`nil` for `<html>`).
    public var parent: Element? {
        guard let parentID = node.parent, document[parentID].kind == .element else { return nil }
        return Element(document: document, id: parentID)
    }

    /// Element children, in order.
    public var children: [Element] {
        node.children.filter { document[$0].kind == .element }.map { Element(document: document, id: $0) }
    }

    /// Every element inside this one, in document order.
    public var descendants: [Element] {
        var result: [Element] = []
        var stack = node.children.reversed() as [NodeID]
        while let next = stack.popLast() {
            let child = document[next]
            guard child.kind == .element else { continue }
            result.append(Element(document: document, id: next))
            stack.append(contentsOf: child.children.reversed())
        }
        return result
    }

    /// Ancestors from the parent up to `<html>`.
    public var ancestors: [Element] {
        var result: [Element] = []
        var current = parent
        while let element = current {
            result.append(element)
            current = element.parent
        }
        return result
    }

    /// The previous element sibling.
    public var previousSibling: Element? {
        guard let parentID = node.parent else { return nil }
        let siblings = document[parentID].children
        guard let index = siblings.firstIndex(of: id) else { return nil }
        for sibling in siblings[..<index].reversed() where document[sibling].kind == .element {
            return Element(document: document, id: sibling)
        }
        return nil
    }

    /// The next element sibling.
    public var nextSibling: Element? {
        guard let parentID = node.parent else { return nil }
        let siblings = document[parentID].children
        guard let index = siblings.firstIndex(of: id) else { return nil }
        for sibling in siblings[(index + 1)...] where document[sibling].kind == .element {
            return Element(document: document, id: sibling)
        }
        return nil
    }

    /// `textContent`: the text of all descendant text nodes.
    public var textContent: String { document.textContent(of: id) }

    /// The text content with leading and trailing whitespace removed.
    public var trimmedText: String { textContent.trimmingHTMLWhitespace() }

    /// `<h1>` at line 5
    public var description: String {
        if let location { return "<\(name)> at line \(location.line)" }
        return "<\(name)>"
    }
}

extension String {
    /// Trims ASCII whitespace and every Unicode white space (including NBSP).
    public func trimmingHTMLWhitespace() -> String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        if start == scalars.startIndex && scalars.index(after: end) == scalars.endIndex { return self }
        return String(scalars[start...end])
    }
}
