/// A tag name as a small number, so the diagnostics compare names and look
/// up what they know about them without hashing or allocating strings.
///
/// Every name of ``HTMLElementNames`` (and every obsolete element) has a fixed
/// id below ``KnownTagNames/count``; a page's other names get the next ids in
/// the order the page first uses them (see ``TagNames``).
struct TagName: Hashable, Sendable {
    let index: Int

    // The names the diagnostics refer to one by one, with fixed ids
    // (`KnownTagNames.table` starts with them, in this order).
    static let a = TagName(index: 0)
    static let address = TagName(index: 1)
    static let body = TagName(index: 2)
    static let br = TagName(index: 3)
    static let button = TagName(index: 4)
    static let caption = TagName(index: 5)
    static let colgroup = TagName(index: 6)
    static let dd = TagName(index: 7)
    static let div = TagName(index: 8)
    static let dt = TagName(index: 9)
    static let head = TagName(index: 10)
    static let html = TagName(index: 11)
    static let li = TagName(index: 12)
    static let link = TagName(index: 13)
    static let math = TagName(index: 14)
    static let ol = TagName(index: 15)
    static let optgroup = TagName(index: 16)
    static let option = TagName(index: 17)
    static let p = TagName(index: 18)
    static let plaintext = TagName(index: 19)
    static let rp = TagName(index: 20)
    static let rt = TagName(index: 21)
    static let svg = TagName(index: 22)
    static let tbody = TagName(index: 23)
    static let td = TagName(index: 24)
    static let tfoot = TagName(index: 25)
    static let th = TagName(index: 26)
    static let thead = TagName(index: 27)
    static let tr = TagName(index: 28)
    static let ul = TagName(index: 29)

    /// How many names have fixed ids (the ones above): ids below this.
    static var fixedCount: Int { constantNames.count }

    fileprivate static let constantNames = [
        "a", "address", "body", "br", "button", "caption", "colgroup", "dd", "div", "dt", "head", "html", "li",
        "link", "math", "ol", "optgroup", "option", "p", "plaintext", "rp", "rt", "svg", "tbody", "td", "tfoot",
        "th", "thead", "tr", "ul",
    ]
}

/// What the diagnostics know about a tag name: the sets of ``HTMLElementNames``
/// as bits. A name kru does not know has none.
struct TagTraits: OptionSet, Hashable, Sendable {
    let rawValue: UInt32

    static let known = TagTraits(rawValue: 1 << 0)
    static let obsolete = TagTraits(rawValue: 1 << 1)
    static let void = TagTraits(rawValue: 1 << 2)
    static let optionalEndTag = TagTraits(rawValue: 1 << 3)
    static let rawText = TagTraits(rawValue: 1 << 4)
    static let closesParagraph = TagTraits(rawValue: 1 << 5)
    static let heading = TagTraits(rawValue: 1 << 6)
    static let special = TagTraits(rawValue: 1 << 7)
    static let scopeBoundary = TagTraits(rawValue: 1 << 8)
    static let tableScopeBoundary = TagTraits(rawValue: 1 << 9)
    static let foreignBreakout = TagTraits(rawValue: 1 << 10)
    static let documentTag = TagTraits(rawValue: 1 << 11)
    static let tablePart = TagTraits(rawValue: 1 << 12)
    static let notNestedInline = TagTraits(rawValue: 1 << 13)

    /// Whether an element of this name must be closed by its own end tag
    /// (true for names kru does not know).
    var requiresEndTag: Bool { isDisjoint(with: [.optionalEndTag, .void]) }
}

/// The fixed part of the name table: every name kru knows, its traits, and
/// a hash table from lower-case UTF-8 bytes to ids. Built once.
final class KnownTagNames: Sendable {
    static let shared = KnownTagNames()

    /// Every known name; `table[id.index]` is the name of `id`.
    let table: [String]
    let traits: [TagTraits]
    var count: Int { table.count }

    /// The UTF-8 bytes of every name, one after another; name `i` is `bytes[starts[i]..<starts[i + 1]]`.
    private let bytes: [UInt8]
    private let starts: [Int]
    /// Open addressing: slot → id + 1 (0 = empty).
    private let slots: [Int32]
    private static let slotCount = 1024
    /// Names of at most 8 bytes by their bytes packed into a number (see
    /// ``packed(_:)``), open addressing: `packedKeys[slot]` (0 = empty), `packedIDs[slot]`.
    private let packedKeys: [UInt64]
    private let packedIDs: [Int32]

    private init() {
        let sets: [(Set<String>, TagTraits)] = [
            (HTMLElementNames.known, .known),
            (Set(ObsoleteElementRule.advice.keys), .obsolete),
            (HTMLElementNames.void, .void),
            (HTMLElementNames.optionalEndTag, .optionalEndTag),
            (HTMLElementNames.rawText, .rawText),
            (HTMLElementNames.closesParagraph, .closesParagraph),
            (HTMLElementNames.headings, .heading),
            (HTMLElementNames.special, .special),
            (HTMLElementNames.scopeBoundaries, .scopeBoundary),
            (HTMLElementNames.tableScopeBoundaries, .tableScopeBoundary),
            (HTMLElementNames.foreignBreakout, .foreignBreakout),
            (HTMLElementNames.documentTags, .documentTag),
            (HTMLElementNames.tableParts, .tablePart),
            (HTMLElementNames.notNestedInline, .notNestedInline),
        ]
        let constants = TagName.constantNames
        let others = sets.reduce(into: Set<String>()) { $0.formUnion($1.0) }.subtracting(constants).sorted()
        table = constants + others
        let ids = Dictionary(uniqueKeysWithValues: table.enumerated().map { ($1, $0) })
        var traits = [TagTraits](repeating: [], count: table.count)
        for (names, trait) in sets {
            for name in names { traits[ids[name]!].insert(trait) }
        }
        self.traits = traits
        var bytes: [UInt8] = []
        var starts: [Int] = []
        var slots = [Int32](repeating: 0, count: Self.slotCount)
        for (index, name) in table.enumerated() {
            starts.append(bytes.count)
            bytes += name.utf8
            var slot = Self.hash(name.utf8) & (Self.slotCount - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (Self.slotCount - 1) }
            slots[slot] = Int32(index + 1)
        }
        starts.append(bytes.count)
        self.bytes = bytes
        self.starts = starts
        self.slots = slots
        var packedKeys = [UInt64](repeating: 0, count: Self.slotCount)
        var packedIDs = [Int32](repeating: -1, count: Self.slotCount)
        for (index, name) in table.enumerated() where name.utf8.count <= 8 {
            let key = name.utf8.reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            var slot = Self.packedSlot(key)
            while packedKeys[slot] != 0 { slot = (slot + 1) & (Self.slotCount - 1) }
            packedKeys[slot] = key
            packedIDs[slot] = Int32(index)
        }
        self.packedKeys = packedKeys
        self.packedIDs = packedIDs
    }

    @inline(__always)
    private static func packedSlot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 54) }

    /// The id of a known name of at most 8 bytes, none of them 0, given as
    /// those bytes packed into a number, the first byte lowest.
    @inline(__always)
    func id(packed key: UInt64) -> TagName? {
        var slot = Self.packedSlot(key)
        while true {
            let stored = packedKeys[slot]
            if stored == key { return TagName(index: Int(packedIDs[slot])) }
            if stored == 0 { return nil }
            slot = (slot + 1) & (Self.slotCount - 1)
        }
    }

    /// FNV-1a over the bytes.
    @inline(__always)
    static func hash(_ bytes: some Sequence<UInt8>) -> Int {
        var hash: UInt32 = 2_166_136_261
        for byte in bytes { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return Int(hash)
    }

    @inline(__always)
    private static func lowercased(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

    /// The id of the name written in `bytes` (ASCII upper-case letters taken
    /// as lower-case when `lowercasing`), when kru knows it.
    func id(of bytes: UnsafeBufferPointer<UInt8>, lowercasing: Bool) -> TagName? {
        var hash: UInt32 = 2_166_136_261
        for byte in bytes { hash = (hash ^ UInt32(lowercasing ? Self.lowercased(byte) : byte)) &* 16_777_619 }
        var slot = Int(hash) & (Self.slotCount - 1)
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return nil }
            let index = entry - 1
            let start = starts[index]
            if starts[index + 1] - start == bytes.count {
                var same = true
                for offset in 0..<bytes.count {
                    let byte = lowercasing ? Self.lowercased(bytes[offset]) : bytes[offset]
                    if byte != self.bytes[start + offset] {
                        same = false
                        break
                    }
                }
                if same { return TagName(index: index) }
            }
            slot = (slot + 1) & (Self.slotCount - 1)
        }
    }

    /// The UTF-8 bytes of a known name.
    func utf8(of name: TagName) -> ArraySlice<UInt8> { bytes[starts[name.index]..<starts[name.index + 1]] }
}

/// The tag names of one page: the known ones, plus the page's other names,
/// numbered in the order the page first uses them.
struct TagNames: Sendable {
    private let known = KnownTagNames.shared
    private let knownCount = KnownTagNames.shared.count
    /// The page's other names; name `id` is `unknown[id.index - knownCount]`.
    private var unknown: [String] = []
    private var unknownIDs: [String: TagName] = [:]

    /// The id of a name written in the source, read with ASCII letters lower-cased.
    /// `packed` is the name's lower-cased bytes packed into a number (the first
    /// byte lowest) when it has at most 8 bytes and none is 0, else `nil`.
    mutating func intern(lowercasing bytes: UnsafeBufferPointer<UInt8>, packed: UInt64? = nil) -> TagName {
        if let packed {
            if let id = known.id(packed: packed) { return id }
        } else if let id = known.id(of: bytes, lowercasing: true) {
            return id
        }
        let name = Self.lowercasedString(bytes)
        if let id = unknownIDs[name] { return id }
        let id = TagName(index: knownCount + unknown.count)
        unknown.append(name)
        unknownIDs[name] = id
        return id
    }

    /// The text of UTF-8 bytes with ASCII upper-case letters made lower-case.
    static func lowercasedString(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for index in bytes.indices {
                let byte = bytes[index]
                buffer[index] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            }
            return bytes.count
        }
    }

    /// The id of a name exactly as given (a tree element's name), when the page or kru has it.
    func id(of name: String) -> TagName? {
        var name = name
        if let id = name.withUTF8({ known.id(of: $0, lowercasing: false) }) { return id }
        return unknownIDs[name]
    }

    /// How many ids there are: every id's index is below this.
    var count: Int { knownCount + unknown.count }

    subscript(name: TagName) -> String {
        name.index < knownCount ? known.table[name.index] : unknown[name.index - knownCount]
    }

    @inline(__always)
    func traits(_ name: TagName) -> TagTraits { name.index < knownCount ? known.traits[name.index] : [] }

    /// The UTF-8 bytes of a known name.
    func utf8(ofKnown name: TagName) -> ArraySlice<UInt8> { known.utf8(of: name) }
}
