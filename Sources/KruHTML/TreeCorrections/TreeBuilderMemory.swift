import KruCore

/// The working tables of a ``TreeBuilder`` (its nodes, what it asks about them, its stack of
/// open elements), kept by each thread between pages: a page then allocates and frees none of
/// them. The tables the tree takes (names and texts, attributes) are the page's own.
///
/// A builder moves the tables out (``take()``) and back (``keep(_:)``); tables grown past
/// ``keptNodeLimit`` nodes (a huge page) are freed instead, so that a thread does not hold on
/// to them. Each thread's tables live in a ``ThreadSlot``, released when the thread ends.
enum TreeBuilderMemory {
    /// The tables, moved in and out as one value.
    struct Tables {
        var nodes: [TreeBuilder.Node]
        var info: [TreeBuilder.ElementInfo]
        var open: OpenElements
    }

    /// The most nodes kept tables may have room for.
    static let keptNodeLimit = 16_384

    /// A thread's kept tables. Only its thread uses it, one page at a time: no exclusivity checks.
    private final class Kept {
        @exclusivity(unchecked) var tables: Tables?
    }

    private static let slot = ThreadSlot(holdingObjects: "tree builder tables")

    /// This thread's kept tables, empty, or new ones.
    static func take() -> Tables {
        guard let kept = slot.take(Kept.self) else { return Tables(nodes: [], info: [], open: OpenElements()) }
        defer { slot.keep(kept) }
        return kept.tables.take() ?? Tables(nodes: [], info: [], open: OpenElements())
    }

    /// Keeps empty tables for this thread's next page (moved out of `tables`), unless they are
    /// too large or the thread already keeps some.
    static func keep(_ tables: inout Tables) {
        guard tables.nodes.capacity <= keptNodeLimit else { return }
        let kept = slot.take(Kept.self) ?? Kept()
        defer { slot.keep(kept) }
        guard kept.tables == nil else { return }
        var moved = Tables(nodes: [], info: [], open: .movedOut)
        swap(&moved, &tables)
        kept.tables = consume moved
    }
}
