import KruHTML

/// A page's elements, listed once: ``HTMLDocument/documentElementIDs``, and their tag names as
/// numbers for matching many elements against names (`h1`, `li`): a name of up to eight bytes
/// (nearly every tag name) is its UTF-8 bytes packed in a `UInt64`. Reading a node's name costs
/// a call and a copy of the node, and comparing two different `String`s another call; the
/// page's names are read once, then each comparison is one of numbers. Shared, not copied:
/// a copy of a struct would retain each of its arrays.
final class TagNames: Sendable {
    /// For each node of the page (by index): its name's key (see ``key(_:)``), 0 for nodes that
    /// are not elements.
    private let keys: [UInt64]
    /// The page's elements as `querySelectorAll("*")` lists them (``HTMLDocument/documentElementIDs``).
    let elements: [NodeID]

    /// The key of a name that does not pack (longer than eight bytes, empty, or holding a 0 byte;
    /// 0 is the key of nodes that are not elements): no packed name has all bits set (UTF-8
    /// holds no byte FF).
    private static let long = UInt64.max

    /// The key of each known tag name, by ``HTMLNode/tagNumber``: the names of most elements
    /// are keyed without reading or packing them.
    private static let tagKeys: [UInt64] = HTMLNode.tagNames.map(key)

    /// The key of `template`, whose contents are not in document order (worked out once).
    private static let templateKey = key("template")

    /// The name of the known tag numbered `tag` (``HTMLNode/tagNumber``, not 0) packed in a
    /// number as ``key(_:)`` packs it, or `nil` when it does not pack (longer than eight bytes).
    @inline(__always)
    static func packedName(ofTag tag: UInt16) -> UInt64? {
        let key = tagKeys[Int(tag)]
        return key == long ? nil : key
    }

    init(_ document: HTMLDocument) {
        let count = document.nodes.count
        // Both filled by appending into room made once (`Array(repeating:count:)` takes a
        // slower, unspecialized path).
        var keys: [UInt64] = []
        keys.reserveCapacity(count)
        var elements: [NodeID] = []
        elements.reserveCapacity(count)
        let template = Self.templateKey
        var hasTemplate = false
        let tagKeys = Self.tagKeys
        document.withNodes { nodes in
            for index in nodes.indices {
                guard nodes[index].kind == .element else {
                    keys.append(0)
                    continue
                }
                let tag = Int(nodes[index].tagNumber)
                let key = tag != 0 ? tagKeys[tag] : Self.key(nodes[index].name)
                keys.append(key)
                elements.append(NodeID(index))
                if key == template { hasTemplate = true }
            }
        }
        self.keys = keys
        // Nodes are stored in document order: without a <template>, that is the list.
        self.elements = hasTemplate ? document.documentElementIDs : elements
    }

    /// `name`'s bytes packed in a number (`PackedName.of`), or ``long``.
    static func key(_ name: String) -> UInt64 { PackedName.of(name) ?? long }

    /// Whether node `id` of `document` (the page of these names) is an element named `name`,
    /// whose key is `key`.
    @inline(__always)
    func isElement(_ id: NodeID, named name: String, key: UInt64, in document: HTMLDocument) -> Bool {
        keys[id.index] == key && (key != Self.long || document[id].name == name)
    }

    /// The elements of `selection` (elements of the page of these names) named `name`, whose
    /// key is `key` (worked out here when not given).
    func filter(_ selection: Selection, named name: String, key: UInt64? = nil) -> Selection {
        let key = key ?? Self.key(name)
        // One allocation with room for every element, then plain appends.
        var matched: [NodeID] = []
        matched.reserveCapacity(selection.ids.count)
        for id in selection.ids where isElement(id, named: name, key: key, in: selection.document) { matched.append(id) }
        return Selection(document: selection.document, ids: matched)
    }
}
