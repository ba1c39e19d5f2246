/// Memory for a value of `Element` per tag name, kept (by each thread's
/// ``DiagnosticsMemory``) between pages: ``TagStructure``'s replay needs room
/// for every name kru knows, a few kilobytes, and would otherwise ask the
/// allocator for (and free) a block that large for every page.
///
/// A new block is filled with the memory's `empty` value; after that, the
/// entries are as the last use left them (the replay empties the entries it
/// used when it is done, so that the next page finds every entry empty).
final class ReplayMemory<Element: BitwiseCopyable> {
    /// Only its thread's ``DiagnosticsMemory`` uses it, one page at a time: no exclusivity checks.
    @exclusivity(unchecked) private var elements: UnsafeMutablePointer<Element>?
    @exclusivity(unchecked) private var capacity = 0
    private let empty: Element

    init(empty: Element) { self.empty = empty }

    deinit { elements?.deallocate() }

    /// Room for `count` elements, valid until the next call: the kept block when it is large enough.
    func room(for count: Int) -> UnsafeMutableBufferPointer<Element> {
        if capacity < count {
            elements?.deallocate()
            // Room for more names than kru knows, so that most pages fit the first block.
            capacity = max(count, 2 * HTMLTag.allCases.count)
            elements = .allocate(capacity: capacity)
            elements!.initialize(repeating: empty, count: capacity)
        }
        return UnsafeMutableBufferPointer(start: elements, count: count)
    }

    /// Frees the block when it has room for more than `limit` elements (a page with a great
    /// many different tag names), so that its thread does not keep it; the next call of
    /// ``room(for:)`` makes a new one.
    func free(ifLargerThan limit: Int) {
        guard capacity > limit else { return }
        elements?.deallocate()
        elements = nil
        capacity = 0
    }

    /// How many elements the kept block has room for (0: none kept).
    var keptCapacity: Int { capacity }
}
