/// Memory for a value of `Element` per tag name, kept (by each thread's
/// ``DiagnosticsMemory``) between pages: ``TagStructure``'s replay needs room
/// for every name kru knows, a few kilobytes, and would otherwise ask the
/// allocator for (and free) a block that large for every page.
///
/// The memory's contents are left as they are between uses: the caller
/// initializes the entries it reads.
final class ReplayMemory<Element: BitwiseCopyable> {
    /// Only its thread's ``DiagnosticsMemory`` uses it, one page at a time: no exclusivity checks.
    @exclusivity(unchecked) private var elements: UnsafeMutablePointer<Element>?
    @exclusivity(unchecked) private var capacity = 0

    init() {}

    deinit { elements?.deallocate() }

    /// Room for `count` elements, valid until the next call: the kept block when it is large enough.
    func room(for count: Int) -> UnsafeMutableBufferPointer<Element> {
        if capacity < count {
            elements?.deallocate()
            // Room for more names than kru knows, so that most pages fit the first block.
            capacity = max(count, 2 * HTMLTag.allCases.count)
            elements = .allocate(capacity: capacity)
        }
        return UnsafeMutableBufferPointer(start: elements, count: count)
    }
}
