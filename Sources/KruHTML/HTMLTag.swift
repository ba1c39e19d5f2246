/// Every HTML element name kru knows, one number each: KruHTML's one tag table.
///
/// The tree builder switches over these numbers instead of comparing strings (its
/// per-tag category bits, ``ElementCategories/Flags`` and ``ElementCategories/Kinds``,
/// are tables indexed by the raw value), and known names are shared strings instead
/// of one new string per tag. The diagnostics number a page's names with the same
/// raw values (``TagName``; their ``TagTraits`` are indexed by it too), giving the
/// page's other names the numbers after the last case.
///
/// `other` (0) stands for every other name, and for SVG and MathML elements in the tree builder.
/// The names are the union of what the tree builder treats specially (WHATWG tree
/// construction) and what the diagnostics know (``HTMLElementNames``, obsolete elements).
@usableFromInline enum HTMLTag: UInt16, CaseIterable, Sendable {
    case other = 0
    case a, abbr, acronym, address, applet, area, article, aside, audio, b, base, basefont, bdi, bdo, bgsound, big
    case blink, blockquote, body, br, button, canvas, caption, center, cite, code, col, colgroup, data, datalist, dd
    case del, details, dfn, dialog, dir, div, dl, dt, em, embed, fieldset, figcaption, figure, font, footer, form
    case frame, frameset, h1, h2, h3, h4, h5, h6, head, header, hgroup, hr, html, i, iframe, image, img, input, ins
    case isindex, kbd, keygen, label, legend, li, link, listing, main, map, mark, marquee, math, menu, menuitem, meta
    case meter, multicol, nav, nextid, nobr, noembed, noframes, noscript, object, ol, optgroup, option, output, p
    case param, picture, plaintext, pre, progress, q, rb, rp, rt, rtc, ruby, s, samp, script, search, section, select
    case selectedcontent, slot, small, source, spacer, span, strike, strong, style, sub, summary, sup, svg, table
    case tbody, td, template, textarea, tfoot, th, thead, time, title, tr, track, tt, u, ul, `var`, video, wbr, xmp

    /// Every name, by raw value (`""` for `other`).
    @usableFromInline static let names: [String] = [
        "",
        "a", "abbr", "acronym", "address", "applet", "area", "article", "aside", "audio", "b", "base", "basefont",
        "bdi", "bdo", "bgsound", "big", "blink", "blockquote", "body", "br", "button", "canvas", "caption",
        "center", "cite", "code", "col", "colgroup", "data", "datalist", "dd", "del", "details", "dfn", "dialog",
        "dir", "div", "dl", "dt", "em", "embed", "fieldset", "figcaption", "figure", "font", "footer", "form",
        "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "i",
        "iframe", "image", "img", "input", "ins", "isindex", "kbd", "keygen", "label", "legend", "li", "link",
        "listing", "main", "map", "mark", "marquee", "math", "menu", "menuitem", "meta", "meter", "multicol", "nav",
        "nextid", "nobr", "noembed", "noframes", "noscript", "object", "ol", "optgroup", "option", "output", "p",
        "param", "picture", "plaintext", "pre", "progress", "q", "rb", "rp", "rt", "rtc", "ruby", "s", "samp",
        "script", "search", "section", "select", "selectedcontent", "slot", "small", "source", "spacer", "span",
        "strike", "strong", "style", "sub", "summary", "sup", "svg", "table", "tbody", "td", "template", "textarea",
        "tfoot", "th", "thead", "time", "title", "tr", "track", "tt", "u", "ul", "var", "video", "wbr", "xmp",
    ]

    /// The lower-case tag name (`""` for `other`).
    var name: String { Self.names[Int(rawValue)] }

    /// The tag of a lower-case HTML element name (`other` when the name is not one of these).
    init(_ name: String) { self = HTMLTagTable.shared.tag(of: name) }

    /// The tag of a name written in the source, ASCII letters taken as lower-case.
    init(lowercasing bytes: UnsafeBufferPointer<UInt8>) { self = HTMLTagTable.shared.tag(lowercasing: bytes) }

    /// The tag of a lower-case name of 1 to 8 bytes, none of them 0, given as those
    /// bytes packed into a number, the first byte lowest (`other` when it is not known).
    @inline(__always)
    init(packed key: UInt64) { self = HTMLTagTable.shared.tag(packed: key) }

}

/// Short names as numbers, for comparing many element names cheaply: a name of 1 to 8 bytes,
/// none of them 0, is its bytes packed in a `UInt64` (the first byte lowest), so two such
/// names are equal exactly when their numbers are. The tag table keys its short names the same way.
package enum PackedName {
    /// `name` as a number, or `nil` when it is empty, longer than 8 bytes or holds a 0 byte.
    package static func of(_ name: String) -> UInt64? {
        var name = name
        return name.withUTF8 { HTMLTagTable.packedKey($0, lowercasing: false) }
    }
}

/// The names of every ``HTMLTag``, looked up with a cheap hash of their bytes
/// (the tree builder and the diagnostics ask for every tag of a page). Built once;
/// a caller that looks up many names may keep ``shared`` instead of asking for it each time.
final class HTMLTagTable: Sendable {
    static let shared = HTMLTagTable()

    /// The UTF-8 bytes of every name, one after another, by raw value: the name of the tag
    /// of raw value `i` (from 1) is `bytes[starts[i - 1]..<starts[i]]`.
    private let bytes: [UInt8]
    private let starts: [Int]
    /// Open addressing by hash (``HTMLTag/other``: empty).
    private let slots: [HTMLTag]
    private static let mask = 1023
    /// Names of at most 8 bytes by their bytes packed into a number (see ``packedKey(_:lowercasing:)``),
    /// open addressing: `packedKeys[slot]` (0 = empty) is the name of `packedTags[slot]`.
    private let packedKeys: [UInt64]
    private let packedTags: [HTMLTag]

    private init() {
        var bytes: [UInt8] = []
        var starts = [0]
        var slots = [HTMLTag](repeating: .other, count: Self.mask + 1)
        var packedKeys = [UInt64](repeating: 0, count: Self.mask + 1)
        var packedTags = [HTMLTag](repeating: .other, count: Self.mask + 1)
        for tag in HTMLTag.allCases.dropFirst() {
            let utf8 = Array(tag.name.utf8)
            var slot = Self.hash(utf8) & Self.mask
            while slots[slot] != .other { slot = (slot + 1) & Self.mask }
            bytes += utf8
            starts.append(bytes.count)
            precondition(starts.count - 1 == Int(tag.rawValue), "tags in raw value order")
            slots[slot] = tag
            if let key = utf8.withUnsafeBufferPointer({ Self.packedKey($0, lowercasing: false) }) {
                var slot = Self.packedSlot(key)
                while packedKeys[slot] != 0 { slot = (slot + 1) & Self.mask }
                packedKeys[slot] = key
                packedTags[slot] = tag
            }
        }
        self.bytes = bytes
        self.starts = starts
        self.slots = slots
        self.packedKeys = packedKeys
        self.packedTags = packedTags
    }

    /// The bytes of a name of 1 to 8 bytes, none of them 0, as a number (the first byte lowest).
    @inline(__always)
    fileprivate static func packedKey(_ name: UnsafeBufferPointer<UInt8>, lowercasing: Bool) -> UInt64? {
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
    private static func packedSlot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 54) & mask }

    /// The tag of the name, or `other`.
    func tag(of name: String) -> HTMLTag {
        var name = name
        return name.withUTF8 { lookUp($0, lowercasing: false) }
    }

    /// The tag of the name the bytes spell with ASCII letters lower-cased, or `other`.
    func tag(lowercasing name: UnsafeBufferPointer<UInt8>) -> HTMLTag { lookUp(name, lowercasing: true) }

    /// The tag of a name of 1 to 8 bytes given as its packed key (see ``packedKey(_:lowercasing:)``), or `other`.
    @inline(__always)
    func tag(packed key: UInt64) -> HTMLTag {
        var slot = Self.packedSlot(key)
        while true {
            let stored = packedKeys[slot]
            if stored == key { return packedTags[slot] }
            if stored == 0 { return .other }
            slot = (slot + 1) & Self.mask
        }
    }

    @inline(__always)
    private func lookUp(_ name: UnsafeBufferPointer<UInt8>, lowercasing: Bool) -> HTMLTag {
        // Short names (nearly all): one number compared per probe. Every name of the table
        // that short is in `packedKeys`.
        if let key = Self.packedKey(name, lowercasing: lowercasing) { return tag(packed: key) }
        var slot = Self.hash(name, lowercasing: lowercasing) & Self.mask
        while true {
            let tag = slots[slot]
            if tag == .other { return .other }
            let id = Int(tag.rawValue)
            let start = starts[id - 1]
            if starts[id] - start == name.count {
                var same = true
                for offset in 0..<name.count {
                    let byte = lowercasing ? lower(name[offset]) : name[offset]
                    if byte != bytes[start + offset] {
                        same = false
                        break
                    }
                }
                if same { return tag }
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
