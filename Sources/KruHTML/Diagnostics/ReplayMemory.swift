#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import KruCore

/// Memory for a value of `Element` per tag name, kept by each thread between
/// pages: ``TagStructure``'s replay needs room for every name kru knows, a few
/// kilobytes, and would otherwise ask the allocator for (and free) a block
/// that large for every page.
///
/// The memory's contents are left as they are between uses: the caller
/// initializes the entries it reads.
enum ReplayMemory<Element> {
    /// A kept block: its capacity (in elements), then the elements.
    private static var headerSize: Int { max(MemoryLayout<Int>.stride, MemoryLayout<Element>.alignment) }

    /// Calls `body` with room for `count` elements: this thread's kept block when it is large enough.
    static func with<Result>(
        count: Int, in slot: ThreadSlot, _ body: (UnsafeMutableBufferPointer<Element>) -> Result
    ) -> Result {
        var block = slot.take()
        if let kept = block, kept.load(as: Int.self) < count {
            free(kept)
            block = nil
        }
        let memory: UnsafeMutableRawPointer
        if let block {
            memory = block
        } else {
            // Room for more names than kru knows, so that most pages fit the first block.
            let capacity = max(count, 2 * HTMLTag.allCases.count)
            memory = malloc(headerSize + capacity * MemoryLayout<Element>.stride)!
            memory.storeBytes(of: capacity, as: Int.self)
        }
        let elements = (memory + headerSize).bindMemory(to: Element.self, capacity: count)
        let result = body(UnsafeMutableBufferPointer(start: elements, count: count))
        if slot.isEmpty { slot.keep(memory) } else { free(memory) }
        return result
    }

    /// A slot for blocks of this memory (one per use, made once: `static let`).
    static func makeSlot(holding what: String) -> ThreadSlot { ThreadSlot(holding: what) { free($0) } }
}
