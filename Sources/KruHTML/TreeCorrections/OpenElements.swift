/// The stack of open elements of ``TreeBuilder``, bottom first, which also counts how many
/// elements of each known HTML tag (and of each other name) it holds.
///
/// "Is there a `<p>` in button scope?" walks the stack down to a boundary; with the counts it is
/// answered at once when no `<p>` is open at all, so a page of 100,000 nested `<ul><li>` (each
/// `<li>` asks) stays linear instead of walking the whole stack for every tag. Likewise an end tag
/// whose name no open element has is ignored at once, however many custom elements are open.
struct OpenElements: RandomAccessCollection {
    private(set) var elements: [Int] = []
    /// ``HTMLTag`` raw value of each element (0: not a known HTML tag).
    private var tags: [UInt16] = []
    /// How many elements of each tag id are open (index 0 counts the others).
    private var counts: [Int32]
    /// The name of each element whose tag id is 0 ("" for the others), and how many of each are open.
    private var otherNames: [String] = []
    private var otherCounts: [String: Int32] = [:]

    init() {
        counts = [Int32](repeating: 0, count: HTMLTag.allCases.count)
        // Room for a page's usual depth, so pushes do not grow the arrays one step at a time.
        elements.reserveCapacity(32)
        tags.reserveCapacity(32)
        otherNames.reserveCapacity(32)
    }

    var startIndex: Int { 0 }
    var endIndex: Int { elements.count }
    subscript(position: Int) -> Int { elements[position] }

    /// Whether an element of a known HTML tag id is open (`tag` must not be 0).
    func contains(tag: UInt16) -> Bool { counts[Int(tag)] > 0 }

    /// Whether an element named `name` (any namespace) may be open: `false` only when none is.
    func mayContain(name: String) -> Bool {
        let tag = HTMLTag(name).rawValue
        return tag != 0 ? counts[Int(tag)] > 0 : otherCounts[name, default: 0] > 0
    }

    func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Int>) throws -> R) rethrows -> R {
        try elements.withUnsafeBufferPointer(body)
    }

    /// `name` matters only when `tag` is 0.
    mutating func append(_ element: Int, tag: UInt16, name: String) {
        elements.append(element)
        tags.append(tag)
        otherNames.append(tag == 0 ? name : "")
        counted(tag, name, 1)
    }

    mutating func insert(_ element: Int, tag: UInt16, name: String, at index: Int) {
        elements.insert(element, at: index)
        tags.insert(tag, at: index)
        otherNames.insert(tag == 0 ? name : "", at: index)
        counted(tag, name, 1)
    }

    /// Puts another element in the place of the one at `index`.
    mutating func replace(at index: Int, with element: Int, tag: UInt16, name: String) {
        counted(tags[index], otherNames[index], -1)
        elements[index] = element
        tags[index] = tag
        otherNames[index] = tag == 0 ? name : ""
        counted(tag, name, 1)
    }

    @discardableResult
    mutating func removeLast() -> Int {
        counted(tags.removeLast(), otherNames.removeLast(), -1)
        return elements.removeLast()
    }

    private mutating func counted(_ tag: UInt16, _ name: String, _ change: Int32) {
        counts[Int(tag)] += change
        if tag == 0 { otherCounts[name, default: 0] += change }
    }

    mutating func popLast() -> Int? {
        isEmpty ? nil : removeLast()
    }

    @discardableResult
    mutating func remove(at index: Int) -> Int {
        counted(tags.remove(at: index), otherNames.remove(at: index), -1)
        return elements.remove(at: index)
    }

    /// Pops every element from `range.lowerBound` up.
    mutating func removeSubrange(_ range: PartialRangeFrom<Int>) {
        while count > range.lowerBound { removeLast() }
    }
}
