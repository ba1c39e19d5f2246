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
        case .html: return flags(tag: HTMLTag(name).rawValue)
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
    static func kinds(_ name: String) -> Kinds { kinds(HTMLTag(name)) }

    /// The sets a tag is in.
    static func kinds(_ tag: HTMLTag) -> Kinds { kindsByTag[Int(tag.rawValue)] }

    private static let kindsByTag: [Kinds] = {
        var table = [Kinds](repeating: [], count: HTMLTag.allCases.count)
        func add(_ names: Set<String>, _ kind: Kinds) {
            for name in names { table[Int(HTMLTag(name).rawValue)].insert(kind) }
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

    /// The flags of an HTML element from its ``HTMLTag`` raw value.
    static func flags(tag: UInt16) -> Flags { htmlFlags[Int(tag)] }

    /// The flags of each ``HTMLTag`` raw value (index 0: unknown names, no flags).
    private static let htmlFlags: [Flags] = {
        var table = [Flags](repeating: [], count: HTMLTag.allCases.count)
        func add(_ names: some Sequence<String>, _ flags: Flags) {
            for name in names { table[Int(HTMLTag(name).rawValue)].formUnion(flags) }
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

/// A set of known HTML tag names as a bit set over their ``HTMLTag`` raw values,
/// so asking whether an element is one of them tests a bit instead of hashing a name.
/// Four words and nothing else: using a set costs no reference counting.
struct TagSet {
    private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    /// Every name must have a tag id.
    init(_ names: [String]) {
        precondition(HTMLTag.allCases.count <= 256, "tag ids fit in four words")
        for name in names {
            let tag = HTMLTag(name).rawValue
            precondition(tag != 0, "\(name) has a tag id")
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
    func contains(name: String) -> Bool { contains(HTMLTag(name).rawValue) }

    /// Whether `body` holds for every tag id in the set.
    func allMembers(satisfy body: (UInt16) -> Bool) -> Bool {
        for index in 0..<4 {
            var bits: UInt64
            switch index {
            case 0: bits = words.0
            case 1: bits = words.1
            case 2: bits = words.2
            default: bits = words.3
            }
            while bits != 0 {
                if !body(UInt16(index * 64 + bits.trailingZeroBitCount)) { return false }
                bits &= bits - 1
            }
        }
        return true
    }

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
