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
        case .html: return htmlFlags[name] ?? []
        case .svg:
            return specialSVG.contains(name) ? [.special, .defaultScope, .listItemScope, .buttonScope] : []
        case .mathML:
            return specialMathML.contains(name) ? [.special, .defaultScope, .listItemScope, .buttonScope] : []
        }
    }

    /// A small number for each HTML element name the tree builder knows (0 for others).
    static func tagID(_ name: String) -> UInt16 { tagIDs[name] ?? 0 }

    private static let tagIDs: [String: UInt16] = {
        let names = special.union(formatting).union(impliedEnd).union(closesParagraph)
            .union(["ruby", "span", "label", "option", "optgroup", "select"]).sorted()
        return Dictionary(uniqueKeysWithValues: names.enumerated().map { ($0.element, UInt16($0.offset + 1)) })
    }()

    private static let htmlFlags: [String: Flags] = {
        var table: [String: Flags] = [:]
        for name in special { table[name, default: []].insert(.special) }
        for name in defaultScope { table[name, default: []].formUnion([.defaultScope, .listItemScope, .buttonScope]) }
        for name in ["ol", "ul"] { table[name, default: []].insert(.listItemScope) }
        table["button", default: []].insert(.buttonScope)
        for name in ["html", "table", "template"] { table[name, default: []].insert(.tableScope) }
        for name in impliedEnd { table[name, default: []].insert(.impliedEnd) }
        for name in headings { table[name, default: []].insert(.heading) }
        return table
    }()
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
