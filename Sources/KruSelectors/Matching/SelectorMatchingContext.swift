import KruHTML

/// Precomputed sibling positions of one document, so that matching many selectors against many
/// elements (the CSS cascade) does not search parents' child lists again and again.
///
/// Build it once per document (linear time) and pass it to ``SelectorList/matches(_:in:)``,
/// ``SelectorList/bestMatch(for:in:)`` or ``SelectorList/select(in:)-(SelectorMatchingContext)``.
/// It is an immutable value: share it freely between threads.
public struct SelectorMatchingContext: Sendable {
    /// The document the positions belong to.
    public let document: HTMLDocument
    let tables: SiblingTables

    /// Matches as browsers do in the document's mode: in quirks mode (a page without
    /// `<!DOCTYPE html>`, see ``HTMLDocument/quirksMode``) class and id selectors compare
    /// ASCII case-insensitively, so `.Card` matches `class="card"`.
    public init(document: HTMLDocument) {
        self.document = document
        self.tables = SiblingTables(document.nodes, quirksMode: document.quirksMode)
    }

    /// Whether class and id selectors compare case-insensitively (the document is in quirks mode).
    public var quirksMode: Bool { tables.quirksMode }
}

/// The tables of a ``SelectorMatchingContext``, in one shared object so that handing a context
/// to the matcher costs one reference count, not one per table.
final class SiblingTables: Sendable {
    let nodes: [HTMLNode]
    let quirksMode: Bool
    /// Per node index (`-1` when absent or not an element):
    /// the parent element, the previous and next element siblings.
    let parentElement: [Int32]
    let previousSibling: [Int32]
    let nextSibling: [Int32]
    /// 1-based position among the parent's element children, and how many there are.
    let childPosition: [Int32]
    let childCount: [Int32]
    /// 1-based position among the siblings with the same name, and how many there are.
    let typePosition: [Int32]
    let typeCount: [Int32]

    init(_ nodes: [HTMLNode], quirksMode: Bool) {
        self.nodes = nodes
        self.quirksMode = quirksMode
        var parentElement = [Int32](repeating: -1, count: nodes.count)
        var previousSibling = [Int32](repeating: -1, count: nodes.count)
        var nextSibling = [Int32](repeating: -1, count: nodes.count)
        var childPosition = [Int32](repeating: 0, count: nodes.count)
        var childCount = [Int32](repeating: 0, count: nodes.count)
        var typePosition = [Int32](repeating: 0, count: nodes.count)
        var typeCount = [Int32](repeating: 0, count: nodes.count)
        var perName: [String: Int32] = [:]
        for (index, node) in nodes.enumerated() where node.kind == .element || node.kind == .document {
            guard !node.children.isEmpty else { continue }
            perName.removeAll(keepingCapacity: true)
            var position: Int32 = 0
            var previous: Int32 = -1
            for child in node.children where nodes[child.index].kind == .element {
                let childIndex = child.index
                position += 1
                if node.kind == .element { parentElement[childIndex] = Int32(index) }
                previousSibling[childIndex] = previous
                if previous >= 0 { nextSibling[Int(previous)] = Int32(childIndex) }
                childPosition[childIndex] = position
                let ofType = perName[nodes[childIndex].name, default: 0] + 1
                perName[nodes[childIndex].name] = ofType
                typePosition[childIndex] = ofType
                previous = Int32(childIndex)
            }
            for child in node.children where nodes[child.index].kind == .element {
                childCount[child.index] = position
                typeCount[child.index] = perName[nodes[child.index].name] ?? 1
            }
        }
        self.parentElement = parentElement
        self.previousSibling = previousSibling
        self.nextSibling = nextSibling
        self.childPosition = childPosition
        self.childCount = childCount
        self.typePosition = typePosition
        self.typeCount = typeCount
    }
}
