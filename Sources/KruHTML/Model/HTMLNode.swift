import KruCore

/// The position of a node in its ``HTMLDocument``.
///
/// Nodes are stored in document order (pre-order), so comparing two ids
/// compares their positions in the document.
public struct NodeID: Hashable, Sendable, Comparable, Codable {
    public let index: Int

    public init(_ index: Int) { self.index = index }

    public static func < (lhs: NodeID, rhs: NodeID) -> Bool { lhs.index < rhs.index }
}

/// An attribute as the browser sees it: lower-case name, decoded value.
public struct HTMLAttribute: Hashable, Sendable {
    /// Lower-case attribute name.
    public let name: String
    /// The value with character references decoded; empty for `<input disabled>`.
    public let value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

/// The namespace of an element: HTML, or inline SVG and MathML.
public enum HTMLNamespace: Hashable, Sendable {
    case html
    case svg
    case mathML
}

/// One node of the document tree.
public struct HTMLNode: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case document
        case element
        case text
        case comment
        case doctype
    }

    public let kind: Kind
    /// Lower-case tag name for elements; the doctype's name for doctypes; empty otherwise.
    public let name: String
    /// The element's namespace (`.html` for every other kind of node).
    public let namespace: HTMLNamespace
    /// Attributes in source order (elements only).
    public let attributes: [HTMLAttribute]
    /// The text of text and comment nodes.
    public let text: String
    public let parent: NodeID?
    public let children: [NodeID]
    /// Where the node starts in the source: the `<` of a start tag, comment or
    /// doctype, or the first character of a text. `nil` for nodes the parser
    /// made up (an implied `<html>`, `<head>`, `<body>` or `<tbody>`).
    /// Elements a browser re-creates while repairing mis-nested formatting
    /// tags (`<b><p></b>`) share the location of the tag they copy.
    public let location: SourceLocation?

    public init(
        kind: Kind,
        name: String = "",
        attributes: [HTMLAttribute] = [],
        text: String = "",
        parent: NodeID?,
        children: [NodeID],
        location: SourceLocation?,
        namespace: HTMLNamespace = .html
    ) {
        self.kind = kind
        self.name = name
        self.namespace = namespace
        self.attributes = attributes
        self.text = text
        self.parent = parent
        self.children = children
        self.location = location
    }

    /// The value of an attribute (name compared case-insensitively), or `nil`.
    public func attribute(_ name: String) -> String? {
        let lower = name.lowercased()
        return attributes.first { $0.name == lower }?.value
    }
}
