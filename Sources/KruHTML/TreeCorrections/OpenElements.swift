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
    private var counts: [Int32] = []
    /// The names of the elements whose tag id is 0, bottom first, and how many of each are open.
    private var otherNames: [String] = []
    private var otherCounts: [String: Int32] = [:]

    init() {
        counts = [Int32](repeating: 0, count: HTMLTag.names.count)
        // Room for a page's usual depth, so pushes do not grow the arrays one step at a time.
        elements.reserveCapacity(32)
        tags.reserveCapacity(32)
    }

    /// A stack without room for anything, not to be used: what is left where a stack moved out
    /// (see ``TreeBuilderMemory``). Allocates nothing.
    static var movedOut: OpenElements { OpenElements(movedOut: ()) }

    private init(movedOut: Void) {}

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
        counts[Int(tag)] += 1
        if tag == 0 { added(name) }
    }

    mutating func insert(_ element: Int, tag: UInt16, name: String, at index: Int) {
        if tag == 0 { otherNames.insert(name, at: otherPosition(before: index)) }
        elements.insert(element, at: index)
        tags.insert(tag, at: index)
        counted(tag, name, 1)
    }

    /// Puts another element in the place of the one at `index`.
    mutating func replace(at index: Int, with element: Int, tag: UInt16, name: String) {
        let position = otherPosition(before: index)
        if tags[index] == 0 { counted(0, otherNames.remove(at: position), -1) } else { counted(tags[index], "", -1) }
        if tag == 0 { otherNames.insert(name, at: position) }
        elements[index] = element
        tags[index] = tag
        counted(tag, name, 1)
    }

    @discardableResult
    mutating func removeLast() -> Int {
        let tag = tags.removeLast()
        counts[Int(tag)] -= 1
        if tag == 0 { otherCounts[otherNames.removeLast(), default: 0] -= 1 }
        return elements.removeLast()
    }

    private mutating func added(_ name: String) {
        otherNames.append(name)
        otherCounts[name, default: 0] += 1
    }

    /// Where the name of an element at `index` goes in ``otherNames``: after those of the
    /// elements below it whose tag id is 0.
    private func otherPosition(before index: Int) -> Int {
        var position = 0
        for below in 0..<index where tags[below] == 0 { position += 1 }
        return position
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
        let tag = tags.remove(at: index)
        counted(tag, tag == 0 ? otherNames.remove(at: otherPosition(before: index)) : "", -1)
        return elements.remove(at: index)
    }

    /// Empties the stack, keeping its room.
    mutating func removeAll() {
        elements.removeAll(keepingCapacity: true)
        tags.removeAll(keepingCapacity: true)
        counts.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
        otherNames.removeAll(keepingCapacity: true)
        otherCounts.removeAll(keepingCapacity: true)
    }

    /// Pops every element from `range.lowerBound` up.
    mutating func removeSubrange(_ range: PartialRangeFrom<Int>) {
        while count > range.lowerBound { removeLast() }
    }
}
