import KruCore

/// The working tables of a ``TreeBuilder`` (its nodes, what it asks about them, its stack of
/// open elements), kept by each thread between pages: a page then allocates and frees none of
/// them. The tables the tree takes (names and texts, attributes) are the page's own.
///
/// A builder moves the tables out (``take()``) and back (``keep(_:)``); tables grown past
/// ``keptNodeLimit`` nodes (a huge page) are freed instead, so that a thread does not hold on
/// to them. Each thread's tables live in one block of memory made for the thread (read and
/// written through a pointer: no reference counting, no access checks) and freed with it.
enum TreeBuilderMemory {
    /// The tables, moved in and out as one value.
    struct Tables {
        var nodes: [TreeBuilder.Node]
        var info: [TreeBuilder.ElementInfo]
        var open: OpenElements
    }

    /// The most nodes kept tables may have room for.
    static let keptNodeLimit = 16_384

    /// Each thread's block: its kept tables, or `nil`.
    private static let slot = ThreadSlot(holding: "tree builder tables") { block in
        guard let block else { return }
        let tables = block.assumingMemoryBound(to: Tables?.self)
        tables.deinitialize(count: 1)
        tables.deallocate()
    }

    /// This thread's kept tables, empty, or new ones.
    static func take() -> Tables {
        guard let block = slot.take() else { return Tables(nodes: [], info: [], open: OpenElements()) }
        defer { slot.keep(block) }
        return block.assumingMemoryBound(to: Tables?.self).pointee.take()
            ?? Tables(nodes: [], info: [], open: OpenElements())
    }

    /// Keeps empty tables for this thread's next page (moved out of `tables`), unless they are
    /// too large or the thread already keeps some.
    static func keep(_ tables: inout Tables) {
        guard tables.nodes.capacity <= keptNodeLimit else { return }
        let block = slot.take() ?? {
            let new = UnsafeMutablePointer<Tables?>.allocate(capacity: 1)
            new.initialize(to: nil)
            return UnsafeMutableRawPointer(new)
        }()
        defer { slot.keep(block) }
        let kept = block.assumingMemoryBound(to: Tables?.self)
        guard kept.pointee == nil else { return }
        var moved = Tables(nodes: [], info: [], open: .movedOut)
        swap(&moved, &tables)
        kept.pointee = consume moved
    }
}
