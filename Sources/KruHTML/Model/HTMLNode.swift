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
///
/// A node is a few numbers into tables its document shares (``TreeTables``):
/// its children and attributes (``NodeList``), names and texts. A tree holds a
/// few arrays in all, not several per node, so building and freeing it costs
/// little.
public struct HTMLNode: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case document
        case element
        case text
        case comment
        case doctype
    }

    public let kind: Kind
    /// The element's namespace (`.html` for every other kind of node).
    public let namespace: HTMLNamespace
    // The accessors below are inlinable: other modules read a node's fields in place
    // (`document.nodes[i].name`) instead of copying the node and calling a getter.
    /// ``HTMLTag`` raw value of an HTML element's name; 0 when the name is a string of the tables.
    @usableFromInline let tag: UInt16
    /// Indices in the tables' strings (-1: none).
    @usableFromInline let nameString: Int32
    @usableFromInline let textString: Int32
    @usableFromInline let parentIndex: Int32
    /// 0 when the node has no location.
    @usableFromInline let line: Int32
    private let column: Int32
    @usableFromInline let childStart: Int32
    @usableFromInline let childCount: Int32
    @usableFromInline let attributeStart: Int32
    @usableFromInline let attributeCount: Int32
    @usableFromInline let tables: TreeTables

    /// Lower-case tag name for elements; the doctype's name for doctypes; empty otherwise.
    @inlinable public var name: String {
        if tag != 0 { return HTMLTag.names[Int(tag)] }
        return nameString < 0 ? "" : tables.strings[Int(nameString)]
    }

    /// The text of text and comment nodes.
    @inlinable public var text: String { textString < 0 ? "" : tables.strings[Int(textString)] }

    @inlinable public var parent: NodeID? { parentIndex < 0 ? nil : NodeID(Int(parentIndex)) }

    /// Attributes in source order (elements only).
    @inlinable public var attributes: NodeList<HTMLAttribute> {
        NodeList(tables.attributes[Int(attributeStart)..<Int(attributeStart + attributeCount)])
    }

    /// The children, in document order.
    @inlinable public var children: NodeList<NodeID> {
        NodeList(tables.children[Int(childStart)..<Int(childStart + childCount)])
    }

    /// Where the node starts in the source: the `<` of a start tag, comment or
    /// doctype, or the first character of a text. `nil` for nodes the parser
    /// made up (an implied `<html>`, `<head>`, `<body>` or `<tbody>`).
    /// Elements a browser re-creates while repairing mis-nested formatting
    /// tags (`<b><p></b>`) share the location of the tag they copy.
    public var location: SourceLocation? {
        line == 0 ? nil : SourceLocation(file: tables.file, line: Int(line), column: Int(column))
    }

    // For other modules of the package, read in place (no copy of the node, no `SourceLocation`):
    /// The ``HTMLTag`` raw value of an HTML element's name; 0 for any other node, for a name
    /// kru does not know and for SVG and MathML elements (even named like an HTML one).
    @inlinable package var tagNumber: UInt16 { tag }
    /// Every known tag name, by ``tagNumber`` (`""` for 0).
    @inlinable package static var tagNames: [String] { HTMLTag.names }
    /// The line of ``location``.
    @inlinable package var locationLine: Int? { line == 0 ? nil : Int(line) }

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
        let tables = TreeTables(file: location?.file ?? "", children: children, attributes: attributes, strings: [name, text])
        self.init(
            kind: kind, tag: 0, namespace: namespace, tables: tables, name: 0, text: 1, parent: Int32(parent?.index ?? -1),
            line: Int32(clamping: location?.line ?? 0), column: Int32(clamping: location?.column ?? 0),
            childStart: 0, childCount: Int32(children.count), attributeStart: 0, attributeCount: Int32(attributes.count))
    }

    /// A node of `tables`: `tag` is the ``HTMLTag`` raw value of an HTML element's name (0: the
    /// name is `tables.strings[name]`), `name` and `text` index `tables.strings` (-1: none),
    /// `line` 0 stands for no location; its children and attributes are the stretches of the
    /// tables' that start and count as given.
    init(
        kind: Kind, tag: UInt16, namespace: HTMLNamespace, tables: TreeTables, name: Int32, text: Int32, parent: Int32,
        line: Int32, column: Int32, childStart: Int32, childCount: Int32, attributeStart: Int32, attributeCount: Int32
    ) {
        self.kind = kind
        self.tag = tag
        self.namespace = namespace
        self.tables = tables
        self.nameString = name
        self.textString = text
        self.parentIndex = parent
        self.line = line
        self.column = column
        self.childStart = childStart
        self.childCount = childCount
        self.attributeStart = attributeStart
        self.attributeCount = attributeCount
    }

    /// The value of an attribute (name compared case-insensitively), or `nil`.
    public func attribute(_ name: String) -> String? {
        let lower = name.lowercased()
        return attributes.first { $0.name == lower }?.value
    }

    public static func == (lhs: HTMLNode, rhs: HTMLNode) -> Bool {
        lhs.kind == rhs.kind && lhs.name == rhs.name && lhs.namespace == rhs.namespace && lhs.text == rhs.text
            && lhs.parentIndex == rhs.parentIndex && lhs.location == rhs.location && lhs.children == rhs.children
            && lhs.attributes == rhs.attributes
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(name)
        hasher.combine(namespace)
        hasher.combine(text)
        hasher.combine(parentIndex)
        hasher.combine(location)
        hasher.combine(children)
        hasher.combine(attributes)
    }
}

/// The children or the attributes of an ``HTMLNode``: a stretch of a table its
/// document shares, indexed from 0 like an array.
public struct NodeList<Element: Sendable>: RandomAccessCollection, Sendable {
    @usableFromInline let base: ArraySlice<Element>

    @inlinable init(_ base: ArraySlice<Element>) { self.base = base }

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { base.count }
    @inlinable public subscript(position: Int) -> Element { base[base.startIndex + position] }
}

extension NodeList: Equatable where Element: Equatable {
    public static func == (lhs: NodeList, rhs: NodeList) -> Bool { lhs.elementsEqual(rhs) }
}

extension NodeList: Hashable where Element: Hashable {
    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for element in self { hasher.combine(element) }
    }
}

/// What the nodes of one document share: every node's children, one node after
/// another; every element's attributes, likewise; names and texts; and the file
/// the locations name. Each node holds ranges and indices of these.
@usableFromInline final class TreeTables: Sendable {
    let file: String
    @usableFromInline let children: [NodeID]
    @usableFromInline let attributes: [HTMLAttribute]
    @usableFromInline let strings: [String]

    init(file: String, children: [NodeID], attributes: [HTMLAttribute], strings: [String]) {
        self.file = file
        self.children = children
        self.attributes = attributes
        self.strings = strings
    }
}
