import KruHTML
import Synchronization

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
    /// Positions among the siblings of the same name, built when a selector first asks
    /// (`:nth-of-type` and its kin are rare, and comparing names is the costly part).
    private let typeTables = Mutex<TypeTables?>(nil)

    /// 1-based position among the siblings with the same name, and how many there are.
    private struct TypeTables {
        var position: [Int32]
        var count: [Int32]
    }

    init(_ nodes: [HTMLNode], quirksMode: Bool) {
        self.nodes = nodes
        self.quirksMode = quirksMode
        var parentElement = [Int32](repeating: -1, count: nodes.count)
        var previousSibling = [Int32](repeating: -1, count: nodes.count)
        var nextSibling = [Int32](repeating: -1, count: nodes.count)
        var childPosition = [Int32](repeating: 0, count: nodes.count)
        var childCount = [Int32](repeating: 0, count: nodes.count)
        for (index, node) in nodes.enumerated() where node.kind == .element || node.kind == .document {
            guard !node.children.isEmpty else { continue }
            var position: Int32 = 0
            var previous: Int32 = -1
            for child in node.children where nodes[child.index].kind == .element {
                let childIndex = child.index
                position += 1
                if node.kind == .element { parentElement[childIndex] = Int32(index) }
                previousSibling[childIndex] = previous
                if previous >= 0 { nextSibling[Int(previous)] = Int32(childIndex) }
                childPosition[childIndex] = position
                previous = Int32(childIndex)
            }
            for child in node.children where nodes[child.index].kind == .element {
                childCount[child.index] = position
            }
        }
        self.parentElement = parentElement
        self.previousSibling = previousSibling
        self.nextSibling = nextSibling
        self.childPosition = childPosition
        self.childCount = childCount
    }

    /// 1-based position of an element among its siblings of the same name, and their number.
    func typePosition(_ element: Int) -> (position: Int, count: Int) {
        typeTables.withLock { tables in
            let built = tables ?? Self.typeTables(nodes)
            tables = built
            return (Int(built.position[element]), Int(built.count[element]))
        }
    }

    private static func typeTables(_ nodes: [HTMLNode]) -> TypeTables {
        var position = [Int32](repeating: 0, count: nodes.count)
        var count = [Int32](repeating: 0, count: nodes.count)
        var perName: [String: Int32] = [:]
        for node in nodes where node.kind == .element || node.kind == .document {
            guard !node.children.isEmpty else { continue }
            perName.removeAll(keepingCapacity: true)
            for child in node.children where nodes[child.index].kind == .element {
                let ofType = perName[nodes[child.index].name, default: 0] + 1
                perName[nodes[child.index].name] = ofType
                position[child.index] = ofType
            }
            for child in node.children where nodes[child.index].kind == .element {
                count[child.index] = perName[nodes[child.index].name] ?? 1
            }
        }
        return TypeTables(position: position, count: count)
    }
}
