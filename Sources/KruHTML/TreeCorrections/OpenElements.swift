/// The stack of open elements of ``TreeBuilder``, bottom first, which also counts how many
/// elements of each known HTML tag it holds.
///
/// "Is there a `<p>` in button scope?" walks the stack down to a boundary; with the counts it is
/// answered at once when no `<p>` is open at all, so a page of 100,000 nested `<ul><li>` (each
/// `<li>` asks) stays linear instead of walking the whole stack for every tag.
struct OpenElements: RandomAccessCollection {
    private(set) var elements: [Int] = []
    /// ``ElementCategories/tagID(_:)`` of each element (0: not a known HTML tag).
    private var tags: [UInt16] = []
    /// How many elements of each tag id are open (index 0 counts the others).
    private var counts: [Int32]

    init() {
        counts = [Int32](repeating: 0, count: ElementCategories.tagCount + 1)
    }

    var startIndex: Int { 0 }
    var endIndex: Int { elements.count }
    subscript(position: Int) -> Int { elements[position] }

    /// Whether an element of a known HTML tag id is open (`tag` must not be 0).
    func contains(tag: UInt16) -> Bool { counts[Int(tag)] > 0 }

    func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Int>) throws -> R) rethrows -> R {
        try elements.withUnsafeBufferPointer(body)
    }

    mutating func append(_ element: Int, tag: UInt16) {
        elements.append(element)
        tags.append(tag)
        counts[Int(tag)] += 1
    }

    mutating func insert(_ element: Int, tag: UInt16, at index: Int) {
        elements.insert(element, at: index)
        tags.insert(tag, at: index)
        counts[Int(tag)] += 1
    }

    /// Puts another element in the place of the one at `index`.
    mutating func replace(at index: Int, with element: Int, tag: UInt16) {
        counts[Int(tags[index])] -= 1
        elements[index] = element
        tags[index] = tag
        counts[Int(tag)] += 1
    }

    @discardableResult
    mutating func removeLast() -> Int {
        counts[Int(tags.removeLast())] -= 1
        return elements.removeLast()
    }

    mutating func popLast() -> Int? {
        isEmpty ? nil : removeLast()
    }

    @discardableResult
    mutating func remove(at index: Int) -> Int {
        counts[Int(tags.remove(at: index))] -= 1
        return elements.remove(at: index)
    }

    /// Pops every element from `range.lowerBound` up.
    mutating func removeSubrange(_ range: PartialRangeFrom<Int>) {
        while count > range.lowerBound { removeLast() }
    }
}
