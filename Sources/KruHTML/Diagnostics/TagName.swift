/// A tag name as a small number, so the diagnostics compare names and look
/// up what they know about them without hashing or allocating strings.
///
/// A name kru knows has its ``HTMLTag`` raw value as id; a page's other names
/// get the ids after the last ``HTMLTag`` in the order the page first uses them
/// (see ``TagNames``). Id 0 (``HTMLTag/other``) is never used.
struct TagName: Hashable, Sendable {
    let index: Int

    init(index: Int) { self.index = index }

    /// The id of a known name.
    @inline(__always)
    init(_ tag: HTMLTag) { index = Int(tag.rawValue) }

    // The names the diagnostics refer to one by one (computed: constants once inlined).
    static var a: TagName { TagName(.a) }
    static var address: TagName { TagName(.address) }
    static var body: TagName { TagName(.body) }
    static var br: TagName { TagName(.br) }
    static var button: TagName { TagName(.button) }
    static var caption: TagName { TagName(.caption) }
    static var colgroup: TagName { TagName(.colgroup) }
    static var dd: TagName { TagName(.dd) }
    static var div: TagName { TagName(.div) }
    static var dt: TagName { TagName(.dt) }
    static var head: TagName { TagName(.head) }
    static var html: TagName { TagName(.html) }
    static var li: TagName { TagName(.li) }
    static var link: TagName { TagName(.link) }
    static var math: TagName { TagName(.math) }
    static var ol: TagName { TagName(.ol) }
    static var optgroup: TagName { TagName(.optgroup) }
    static var option: TagName { TagName(.option) }
    static var p: TagName { TagName(.p) }
    static var plaintext: TagName { TagName(.plaintext) }
    static var rp: TagName { TagName(.rp) }
    static var rt: TagName { TagName(.rt) }
    static var svg: TagName { TagName(.svg) }
    static var tbody: TagName { TagName(.tbody) }
    static var td: TagName { TagName(.td) }
    static var tfoot: TagName { TagName(.tfoot) }
    static var th: TagName { TagName(.th) }
    static var thead: TagName { TagName(.thead) }
    static var tr: TagName { TagName(.tr) }
    static var ul: TagName { TagName(.ul) }
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

extension TagTraits {
    /// The traits of each ``HTMLTag`` raw value (index 0, `other`: none), from the
    /// sets of ``HTMLElementNames`` and the obsolete elements.
    static let byTag: [TagTraits] = {
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
        var traits = [TagTraits](repeating: [], count: HTMLTag.allCases.count)
        for (names, trait) in sets {
            for name in names {
                let tag = HTMLTag(name)
                precondition(tag != .other, "\(name) has an HTMLTag")
                traits[Int(tag.rawValue)].insert(trait)
            }
        }
        return traits
    }()
}

/// The tag names of one page: the known ones, plus the page's other names,
/// numbered in the order the page first uses them.
///
/// It holds only the page's other names (nothing for most pages): made and
/// emptied at almost no cost.
struct TagNames: Sendable {
    private static let knownCount = HTMLTag.allCases.count
    /// The page's other names; name `id` is `unknown[id.index - knownCount]`.
    private var unknown: [String] = []
    private var unknownIDs: [String: TagName] = [:]

    /// The id of a name written in the source, read with ASCII letters lower-cased.
    /// `packed` is the name's lower-cased bytes packed into a number (the first
    /// byte lowest) when it has 1 to 8 bytes and none is 0, else `nil`. Known names are
    /// looked up in `table` (a caller naming many tags keeps ``HTMLTagTable/shared``).
    @inline(__always)
    mutating func intern(
        lowercasing bytes: UnsafeBufferPointer<UInt8>, packed: UInt64? = nil, in table: HTMLTagTable = .shared
    ) -> TagName {
        // Known short names (nearly every tag) are looked up in place, without a call.
        if let packed {
            let known = table.tag(packed: packed)
            if known != .other { return TagName(known) }
        }
        return internSlowly(lowercasing: bytes, packed: packed, in: table)
    }

    /// ``intern(lowercasing:packed:in:)`` for long names and the page's other names.
    @inline(never)
    private mutating func internSlowly(
        lowercasing bytes: UnsafeBufferPointer<UInt8>, packed: UInt64?, in table: HTMLTagTable
    ) -> TagName {
        if packed == nil {
            let known = table.tag(lowercasing: bytes)
            if known != .other { return TagName(known) }
        }
        let name = Self.lowercasedString(bytes)
        if let id = unknownIDs[name] { return id }
        let id = TagName(index: Self.knownCount + unknown.count)
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
        let known = HTMLTagTable.shared.tag(of: name)
        return known != .other ? TagName(known) : unknownIDs[name]
    }

    /// How many ids there are: every id's index is below this.
    var count: Int { Self.knownCount + unknown.count }

    subscript(name: TagName) -> String {
        name.index < Self.knownCount ? HTMLTag.names[name.index] : unknown[name.index - Self.knownCount]
    }

    /// Forgets the page's other names.
    mutating func removeAll() {
        guard !unknown.isEmpty else { return }
        unknown = []
        unknownIDs = [:]
    }

    /// What kru knows about a name: its entry of `byTag` (``TagTraits/byTag``, which a
    /// caller asking about many names keeps).
    @inline(__always)
    static func traits(_ name: TagName, in byTag: [TagTraits] = TagTraits.byTag) -> TagTraits {
        name.index < knownCount ? byTag[name.index] : []
    }
}
