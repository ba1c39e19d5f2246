/// What the diagnostics need to know about HTML element names (WHATWG HTML,
/// lower-case names). ``TagTraits/byTag`` turns these sets into bits of each
/// name's ``TagTraits`` once; every name here is an ``HTMLTag``.
enum HTMLElementNames {
    /// Every conforming HTML element, plus the roots of embedded SVG and MathML.
    static let known: Set<String> = [
        "a", "abbr", "address", "area", "article", "aside", "audio", "b", "base", "bdi", "bdo", "blockquote",
        "body", "br", "button", "canvas", "caption", "cite", "code", "col", "colgroup", "data", "datalist", "dd",
        "del", "details", "dfn", "dialog", "div", "dl", "dt", "em", "embed", "fieldset", "figcaption", "figure",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "i",
        "iframe", "img", "input", "ins", "kbd", "label", "legend", "li", "link", "main", "map", "mark", "menu",
        "meta", "meter", "nav", "noscript", "object", "ol", "optgroup", "option", "output", "p", "picture",
        "pre", "progress", "q", "rp", "rt", "ruby", "s", "samp", "script", "search", "section", "select",
        "selectedcontent", "slot", "small", "source", "span", "strong", "style", "sub", "summary", "sup",
        "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "time", "title", "tr", "track",
        "u", "ul", "var", "video", "wbr", "svg", "math",
    ]

    /// Elements that never have content or an end tag (including obsolete ones
    /// browsers still parse that way, and `<image>`, which becomes `<img>`).
    static let void: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        "basefont", "bgsound", "frame", "keygen", "param", "image",
    ]

    /// Elements whose end tag HTML allows leaving out (WHATWG "optional tags").
    /// A beginner who leaves them out writes valid HTML, so this is not reported.
    static let optionalEndTag: Set<String> = [
        "html", "head", "body", "li", "dt", "dd", "p", "rt", "rp", "optgroup", "option", "colgroup", "caption",
        "thead", "tbody", "tfoot", "tr", "td", "th",
    ]

    /// Elements whose content the tokenizer reads as plain text up to their own end tag.
    static let rawText: Set<String> = [
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript",
    ]

    /// Start tags that close an open `<p>` (WHATWG "close a p element").
    static let closesParagraph: Set<String> = [
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hgroup", "hr", "main", "menu", "nav", "ol", "p", "pre", "listing", "search", "section", "summary",
        "table", "ul", "xmp", "plaintext", "li", "dd", "dt",
    ]

    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    /// WHATWG "special" elements: an implied `</li>`, `</dd>`, `</dt>` search stops at them.
    static let special: Set<String> = [
        "address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote", "body",
        "br", "button", "caption", "center", "col", "colgroup", "dd", "details", "dir", "div", "dl", "dt",
        "embed", "fieldset", "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3",
        "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "iframe", "img", "input", "keygen", "li",
        "link", "listing", "main", "marquee", "menu", "meta", "nav", "noembed", "noframes", "noscript", "object",
        "ol", "p", "param", "plaintext", "pre", "script", "search", "section", "select", "source", "style",
        "summary", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "title", "tr",
        "track", "ul", "wbr", "xmp",
    ]

    /// Elements that end the search for an open element (WHATWG "has an element in scope").
    static let scopeBoundaries: Set<String> = [
        "applet", "caption", "html", "table", "td", "th", "marquee", "object", "template",
    ]

    /// Boundaries of "table scope".
    static let tableScopeBoundaries: Set<String> = ["html", "table", "template"]

    /// `<html>`, `<head>` and `<body>`: they may be left out or repeated, and never nest wrongly.
    static let documentTags: Set<String> = ["html", "head", "body"]

    /// Elements whose end tags close only in "table scope".
    static let tableParts: Set<String> = [
        "table", "caption", "colgroup", "tbody", "thead", "tfoot", "tr", "td", "th",
    ]

    /// Elements that are pointless inside themselves: a bare second start tag
    /// right inside one, when too few end tags follow to close both, is a
    /// forgotten `/`.
    static let notNestedInline: Set<String> = [
        "b", "i", "u", "s", "em", "strong", "small", "mark", "code", "span", "label", "q", "sub", "sup", "del",
        "ins", "abbr", "cite", "kbd", "var", "samp", "big", "font", "center",
        "h1", "h2", "h3", "h4", "h5", "h6",
    ]

    /// Start tags that leave SVG or MathML content and go back to HTML.
    static let foreignBreakout: Set<String> = [
        "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "h1",
        "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol",
        "p", "pre", "ruby", "s", "small", "span", "strong", "strike", "sub", "sup", "table", "tt", "u", "ul",
        "var",
    ]

    /// Names beginners invent for real elements, and the element they mean.
    static let beginnerAliases: [String: String] = [
        "paragraph": "p", "para": "p", "paragraf": "p", "text": "p",
        "heading": "h1",
        "images": "img", "photo": "img", "pic": "img",
        "bold": "strong", "italic": "em", "underline": "u",
        "list": "ul", "item": "li", "listitem": "li",
        "break": "br", "newline": "br", "line": "hr",
        "navbar": "nav", "navigation": "nav", "foot": "footer",
        "textbox": "input", "checkbox": "input",
    ]

    /// Whether `name` is a valid custom element name (lower-case letter first, contains a hyphen).
    static func isCustomElementName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        let utf8 = name.utf8
        if utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII: characters are bytes.
            return utf8.contains(UInt8(ascii: "-")) && !utf8.contains { "\"'=<>/ ".utf8.contains($0) }
        }
        return name.contains("-") && !name.contains(where: { "\"'=<>/ ".contains($0) })
    }
}
