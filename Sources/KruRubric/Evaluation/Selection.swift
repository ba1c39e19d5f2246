import KruCore
import KruHTML

/// Elements of one page picked by a query, in document order, kept as node ids: an array of
/// `Element`s would hold the page once per element (a retain each, a release each when it is
/// freed). Reading an element makes its `Element` view.
struct Selection: RandomAccessCollection {
    /// The page the elements belong to.
    let document: HTMLDocument
    /// The elements' nodes, in document order.
    let ids: [NodeID]

    init(document: HTMLDocument, ids: [NodeID]) {
        self.document = document
        self.ids = ids
    }

    /// The given elements, which belong to `document`.
    init(document: HTMLDocument, elements: [Element]) {
        self.init(document: document, ids: elements.map(\.id))
    }

    var startIndex: Int { 0 }
    var endIndex: Int { ids.count }

    subscript(position: Int) -> Element { Element(document: document, id: ids[position]) }

    /// The line each element starts on, for those that come from the source.
    var lines: LazyMapSequence<LazyFilterSequence<LazyMapSequence<[NodeID], Int?>>, Int> {
        let document = document
        return ids.lazy.compactMap { id in document.withNodes { $0[id.index].locationLine } }
    }

}
