import KruHTML

/// A page's elements, listed once (``HTMLDocument/documentElementIDs``), and the matching of
/// elements against names (`h1`, `li`) by ``HTMLNode/tagNumber``: a known name is one number, so
/// most elements are matched without reading their name. Shared, not copied: a copy of a
/// struct would retain its array.
final class TagNames: Sendable {
    /// The page's elements as `querySelectorAll("*")` lists them (``HTMLDocument/documentElementIDs``).
    let elements: [NodeID]

    /// The key of a name that does not pack (longer than eight bytes, empty, or holding a 0 byte):
    /// no packed name has all bits set (UTF-8 holds no byte FF).
    private static let long = UInt64.max

    /// The key (``key(_:)``) of each known tag name, by ``HTMLNode/tagNumber``.
    private static let tagKeys: [UInt64] = HTMLNode.tagNames.map(key)

    /// The tag number of `template`, whose contents are not in document order (worked out once).
    private static let templateTag = tagNumber(of: "template")

    /// The name of the known tag numbered `tag` (``HTMLNode/tagNumber``, not 0) packed in a
    /// number as ``key(_:)`` packs it, or `nil` when it does not pack (longer than eight bytes).
    @inline(__always)
    static func packedName(ofTag tag: UInt16) -> UInt64? {
        let key = tagKeys[Int(tag)]
        return key == long ? nil : key
    }

    init(_ document: HTMLDocument) {
        // Filled by appending into room made once (`Array(repeating:count:)` takes a slower,
        // unspecialized path).
        var elements: [NodeID] = []
        elements.reserveCapacity(document.nodes.count)
        var hasTemplate = false
        let template = Self.templateTag
        document.withNodes { nodes in
            for index in nodes.indices where nodes[index].kind == .element {
                elements.append(NodeID(index))
                let tag = nodes[index].tagNumber
                if tag == template || (tag == 0 && nodes[index].name == "template") { hasTemplate = true }
            }
        }
        // Nodes are stored in document order: without a <template>, that is the list.
        self.elements = hasTemplate ? document.documentElementIDs : elements
    }

    /// `name`'s bytes packed in a number (`PackedName.of`), or ``long``.
    static func key(_ name: String) -> UInt64 { PackedName.of(name) ?? long }

    /// The ``HTMLNode/tagNumber`` of the HTML elements named `name`; 0 for a name kru does not know.
    static func tagNumber(of name: String) -> UInt16 {
        name.isEmpty ? 0 : UInt16(HTMLNode.tagNames.firstIndex(of: name) ?? 0)
    }

    /// Whether `node` is an element named `name`, whose ``tagNumber(of:)`` is `tag`: an HTML
    /// element of a known name by its number, any other element (a name kru does not know, SVG,
    /// MathML) by its name.
    @inline(__always)
    static func isElement(_ node: HTMLNode, named name: String, tag: UInt16) -> Bool {
        let number = node.tagNumber
        return number != 0 ? number == tag : node.kind == .element && node.name == name
    }

    /// The elements of `selection` named `name`, whose ``tagNumber(of:)`` is `tag`.
    static func filter(_ selection: Selection, named name: String, tag: UInt16) -> Selection {
        // One allocation with room for every element, then plain appends.
        var matched: [NodeID] = []
        matched.reserveCapacity(selection.ids.count)
        selection.document.withNodes { nodes in
            for id in selection.ids where isElement(nodes[id.index], named: name, tag: tag) { matched.append(id) }
        }
        return Selection(document: selection.document, ids: matched)
    }
}
