/// The element sets of the WHATWG tree-construction algorithm.
enum ElementCategories {
    /// "Special" elements (HTML namespace). Without `search`: Chromium does not
    /// count it (`<b>1<search>2</b>3` keeps the search inside the `<b>`).
    static let special: Set<String> = [
        "address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote", "body", "br",
        "button", "caption", "center", "col", "colgroup", "dd", "details", "dir", "div", "dl", "dt", "embed",
        "fieldset", "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6",
        "head", "header", "hgroup", "hr", "html", "iframe", "img", "input", "keygen", "li", "link", "listing", "main",
        "marquee", "menu", "meta", "nav", "noembed", "noframes", "noscript", "object", "ol", "p", "param", "plaintext",
        "pre", "script", "section", "select", "source", "style", "summary", "table", "tbody", "td",
        "template", "textarea", "tfoot", "th", "thead", "title", "tr", "track", "ul", "wbr", "xmp",
    ]
    /// Special elements of the SVG and MathML namespaces.
    static let specialSVG: Set<String> = ["foreignobject", "desc", "title"]
    static let specialMathML: Set<String> = ["mi", "mo", "mn", "ms", "mtext", "annotation-xml"]

    /// Start tags that close an open `<p>` ("close a p element in button scope").
    static let closesParagraph: Set<String> = [
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl",
        "fieldset", "figcaption", "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p",
        "search", "section", "summary", "ul",
    ]
    /// End tags handled as "close the element if it is in scope".
    static let blockEndTags: Set<String> = closesParagraph.union(["button", "listing", "pre"])

    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]
    static let formatting: Set<String> = [
        "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u",
    ]
    /// Elements that `generate implied end tags` closes.
    static let impliedEnd: Set<String> = ["dd", "dt", "li", "optgroup", "option", "p", "rb", "rp", "rt", "rtc"]
    static let headContent: Set<String> = [
        "base", "basefont", "bgsound", "link", "meta", "noframes", "script", "style", "template", "title",
    ]
    static let voidInBody: Set<String> = ["area", "br", "embed", "img", "keygen", "wbr"]
    static let tableSections: Set<String> = ["tbody", "tfoot", "thead"]
    static let tableParts: Set<String> = [
        "caption", "col", "colgroup", "tbody", "td", "tfoot", "th", "thead", "tr",
    ]
    /// Elements whose content is raw text in a browser (scripting enabled).
    static let rawText: Set<String> = ["iframe", "noembed", "noframes", "noscript", "xmp", "plaintext"]
    /// Elements whose content is text with character references.
    static let escapableRawText: Set<String> = ["title", "textarea"]

    /// Start tags that leave SVG/MathML content.
    static let foreignBreakout: Set<String> = [
        "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "h1",
        "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p",
        "pre", "ruby", "s", "small", "span", "strong", "strike", "sub", "sup", "table", "tt", "u", "ul", "var",
    ]

    /// Elements that bound "has an element in scope". Chromium's
    /// customizable-select parsing adds `<select>`: `</div>`, `</p>`, `</b>` …
    /// inside an unclosed `<select>` do not close what is outside it.
    static let defaultScope: Set<String> = [
        "applet", "caption", "html", "table", "td", "th", "marquee", "object", "select", "template",
    ]

    // MARK: - Flags

    /// Per-element facts the tree builder asks on every step, computed once
    /// per element so walks over deep stacks compare bits, not strings.
    struct Flags: OptionSet, Hashable {
        let rawValue: UInt16
        static let special = Flags(rawValue: 1 << 0)
        static let defaultScope = Flags(rawValue: 1 << 1)
        static let listItemScope = Flags(rawValue: 1 << 2)
        static let buttonScope = Flags(rawValue: 1 << 3)
        static let tableScope = Flags(rawValue: 1 << 4)
        static let impliedEnd = Flags(rawValue: 1 << 5)
        static let heading = Flags(rawValue: 1 << 6)

        /// `contains` without OptionSet's generic machinery (hot in debug builds).
        @inline(__always) func has(_ flag: Flags) -> Bool { rawValue & flag.rawValue != 0 }
    }

    static func flags(name: String, namespace: HTMLNamespace) -> Flags {
        switch namespace {
        case .html: return flags(tag: tagID(name))
        case .svg:
            return specialSVG.contains(name) ? [.special, .defaultScope, .listItemScope, .buttonScope] : []
        case .mathML:
            return specialMathML.contains(name) ? [.special, .defaultScope, .listItemScope, .buttonScope] : []
        }
    }

    /// Which of the name sets above a start or end tag's name is in, for the
    /// insertion modes that ask several of them per tag.
    struct Kinds: OptionSet {
        let rawValue: UInt16
        static let headContent = Kinds(rawValue: 1 << 0)
        static let closesParagraph = Kinds(rawValue: 1 << 1)
        static let heading = Kinds(rawValue: 1 << 2)
        static let formatting = Kinds(rawValue: 1 << 3)
        static let voidInBody = Kinds(rawValue: 1 << 4)
        static let blockEndTag = Kinds(rawValue: 1 << 5)

        @inline(__always) func has(_ kind: Kinds) -> Bool { rawValue & kind.rawValue != 0 }
    }

    /// The sets a tag name is in (one table lookup instead of one hash per set).
    static func kinds(_ name: String) -> Kinds { kindsByTag[Int(tagID(name))] }

    /// The sets a tag is in.
    static func kinds(_ tag: HTMLTag) -> Kinds { kindsByTag[Int(tag.rawValue)] }

    private static let kindsByTag: [Kinds] = {
        var table = [Kinds](repeating: [], count: tagTable.count + 1)
        func add(_ names: Set<String>, _ kind: Kinds) {
            for name in names { table[Int(tagTable.id(of: name))].insert(kind) }
        }
        add(headContent, .headContent)
        add(closesParagraph, .closesParagraph)
        add(headings, .heading)
        add(formatting, .formatting)
        add(voidInBody, .voidInBody)
        add(blockEndTags, .blockEndTag)
        precondition(table[0].isEmpty, "every name of a set has a tag id")
        return table
    }()

    /// The flags of an HTML element from its ``tagID(_:)``.
    static func flags(tag: UInt16) -> Flags { htmlFlags[Int(tag)] }

    /// A small number for each HTML element name the tree builder knows (0 for
    /// others): the raw value of its ``HTMLTag``.
    static func tagID(_ name: String) -> UInt16 { tagTable.id(of: name) }

    /// ``tagID(_:)`` of a name written in the source, ASCII letters taken as lower-case.
    static func tagID(lowercasing bytes: UnsafeBufferPointer<UInt8>) -> UInt16 { tagTable.id(lowercasing: bytes) }

    /// The largest tag id ``tagID(_:)`` gives.
    static var tagCount: Int { tagTable.count }

    private static let tagTable = NameTable(names: Array(HTMLTag.names.dropFirst()))

    /// The flags of each tag id (index 0: unknown names, no flags).
    private static let htmlFlags: [Flags] = {
        var table = [Flags](repeating: [], count: tagTable.count + 1)
        func add(_ names: some Sequence<String>, _ flags: Flags) {
            for name in names { table[Int(tagTable.id(of: name))].formUnion(flags) }
        }
        add(special, .special)
        add(defaultScope, [.defaultScope, .listItemScope, .buttonScope])
        add(["ol", "ul"], .listItemScope)
        add(["button"], .buttonScope)
        add(["html", "table", "template"], .tableScope)
        add(impliedEnd, .impliedEnd)
        add(headings, .heading)
        precondition(table[0].isEmpty, "every name with flags has a tag id")
        return table
    }()
}

/// A fixed set of names numbered 1…n, looked up with a cheap hash of their
/// bytes (the tree builder asks for every element it makes).
private struct NameTable {
    /// The UTF-8 bytes of every name, one after another; name `i` (from 1) is `bytes[starts[i - 1]..<starts[i]]`.
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]
    private var slots: [UInt16]
    private static let mask = 511
    /// Names of at most 8 bytes by their bytes packed into a number (see ``packedKey(_:lowercasing:)``),
    /// open addressing: `packedKeys[slot]` (0 = empty) has the number `packedIDs[slot]`.
    private var packedKeys: [UInt64]
    private var packedIDs: [UInt16]

    init(names: [String]) {
        slots = [UInt16](repeating: 0, count: Self.mask + 1)
        packedKeys = [UInt64](repeating: 0, count: Self.mask + 1)
        packedIDs = [UInt16](repeating: 0, count: Self.mask + 1)
        for name in names {
            let utf8 = Array(name.utf8)
            var slot = Self.hash(utf8) & Self.mask
            while slots[slot] != 0 { slot = (slot + 1) & Self.mask }
            bytes += utf8
            starts.append(bytes.count)
            let id = UInt16(starts.count - 1)
            slots[slot] = id
            if let key = utf8.withUnsafeBufferPointer({ Self.packedKey($0, lowercasing: false) }) {
                var slot = Self.packedSlot(key)
                while packedKeys[slot] != 0 { slot = (slot + 1) & Self.mask }
                packedKeys[slot] = key
                packedIDs[slot] = id
            }
        }
    }

    /// The bytes of a name of 1 to 8 bytes, none of them 0, as a number (the first byte lowest).
    @inline(__always)
    private static func packedKey(_ name: UnsafeBufferPointer<UInt8>, lowercasing: Bool) -> UInt64? {
        guard !name.isEmpty, name.count <= 8 else { return nil }
        var key: UInt64 = 0
        for index in 0..<name.count {
            let byte = lowercasing ? lower(name[index]) : name[index]
            if byte == 0 { return nil }
            key |= UInt64(byte) << (8 * UInt64(index))
        }
        return key
    }

    @inline(__always)
    private static func packedSlot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 55) & mask }

    var count: Int { starts.count - 1 }

    /// The name's number, or 0 when it is not in the table.
    func id(of name: String) -> UInt16 {
        var name = name
        return name.withUTF8 { lookUp($0, lowercasing: false) }
    }

    /// The number of the name the bytes spell with ASCII letters lower-cased, or 0.
    func id(lowercasing name: UnsafeBufferPointer<UInt8>) -> UInt16 { lookUp(name, lowercasing: true) }

    @inline(__always)
    private func lookUp(_ name: UnsafeBufferPointer<UInt8>, lowercasing: Bool) -> UInt16 {
        // Short names (nearly all): one number compared per probe. Every name of the table
        // that short is in `packedKeys`.
        if let key = Self.packedKey(name, lowercasing: lowercasing) {
            var slot = Self.packedSlot(key)
            while true {
                let stored = packedKeys[slot]
                if stored == key { return packedIDs[slot] }
                if stored == 0 { return 0 }
                slot = (slot + 1) & Self.mask
            }
        }
        var slot = Self.hash(name, lowercasing: lowercasing) & Self.mask
        while true {
            let id = slots[slot]
            if id == 0 { return 0 }
            let start = starts[Int(id) - 1]
            if starts[Int(id)] - start == name.count {
                var same = true
                for offset in 0..<name.count {
                    let byte = lowercasing ? lower(name[offset]) : name[offset]
                    if byte != bytes[start + offset] {
                        same = false
                        break
                    }
                }
                if same { return id }
            }
            slot = (slot + 1) & Self.mask
        }
    }

    /// FNV-1a over the bytes.
    @inline(__always)
    private static func hash(_ name: some Collection<UInt8>, lowercasing: Bool = false) -> Int {
        var hash: UInt32 = 2_166_136_261
        for byte in name { hash = (hash ^ UInt32(lowercasing ? lower(byte) : byte)) &* 16_777_619 }
        return Int(hash ^ hash >> 16)
    }
}

/// A set of known HTML tag names as a bit set over their ``ElementCategories/tagID(_:)``s,
/// so asking whether an element is one of them tests a bit instead of hashing a name.
struct TagSet {
    private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    /// The tag ids in the set.
    private(set) var members: [UInt16] = []

    /// Every name must have a tag id.
    init(_ names: [String]) {
        precondition(ElementCategories.tagCount < 256, "tag ids fit in four words")
        for name in names {
            let tag = ElementCategories.tagID(name)
            precondition(tag != 0, "\(name) has a tag id")
            members.append(tag)
            switch tag >> 6 {
            case 0: words.0 |= 1 << (tag & 63)
            case 1: words.1 |= 1 << (tag & 63)
            case 2: words.2 |= 1 << (tag & 63)
            default: words.3 |= 1 << (tag & 63)
            }
        }
    }

    /// Whether the tag id is in the set (0, an unknown name, never is).
    @inline(__always) func contains(_ tag: UInt16) -> Bool {
        let word: UInt64
        switch tag >> 6 {
        case 0: word = words.0
        case 1: word = words.1
        case 2: word = words.2
        default: word = words.3
        }
        return word & (1 << (tag & 63)) != 0 && tag != 0
    }

    /// Whether a name is in the set.
    func contains(name: String) -> Bool { contains(ElementCategories.tagID(name)) }

    static let headings = TagSet(["h1", "h2", "h3", "h4", "h5", "h6"])
    static let tableSections = TagSet(["tbody", "tfoot", "thead"])
    static let cells = TagSet(["td", "th"])
    /// Where text in a table goes through the "in table text" mode.
    static let tableTextContext = TagSet(["table", "tbody", "template", "tfoot", "thead", "tr"])
    /// Where foster parenting applies.
    static let fosterContext = TagSet(["table", "tbody", "tfoot", "thead", "tr"])
    /// "Clear the stack back to a table context" and its body and row variants.
    static let tableContext = TagSet(["table", "template", "html"])
    static let tableBodyContext = TagSet(["tbody", "tfoot", "thead", "template", "html"])
    static let tableRowContext = TagSet(["tr", "template", "html"])
}

/// The kinds of "has an element in … scope" of the WHATWG algorithm.
enum Scope {
    case `default`, listItem, button, table

    var boundary: ElementCategories.Flags {
        switch self {
        case .default: return .defaultScope
        case .listItem: return .listItemScope
        case .button: return .buttonScope
        case .table: return .tableScope
        }
    }
}
