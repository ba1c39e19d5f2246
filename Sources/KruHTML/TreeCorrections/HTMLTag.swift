/// The HTML element names the tree builder treats specially, one number each,
/// so the insertion modes switch over numbers instead of comparing strings,
/// and known names are shared strings instead of one new string per tag.
///
/// The raw value is the name's id in ``ElementCategories`` (``ElementCategories/tagID(_:)``);
/// `other` (0) stands for every other name, and for SVG and MathML elements.
enum HTMLTag: UInt16, CaseIterable {
    case other = 0
    case a, address, applet, area, article, aside, b, base, basefont, bgsound, big, blockquote, body, br, button
    case caption, center, code, col, colgroup, dd, details, dialog, dir, div, dl, dt, em, embed, fieldset
    case figcaption, figure, font, footer, form, frame, frameset, h1, h2, h3, h4, h5, h6, head, header, hgroup
    case hr, html, i, iframe, image, img, input, keygen, label, li, link, listing, main, marquee, math, menu
    case meta, nav, nobr, noembed, noframes, noscript, object, ol, optgroup, option, p, param, plaintext, pre
    case rb, rp, rt, rtc, ruby, s, script, search, section, select, small, source, span, strike, strong, style
    case summary, svg, table, tbody, td, template, textarea, tfoot, th, thead, title, tr, track, tt, u, ul, wbr
    case xmp

    /// Every name, by raw value (`""` for `other`).
    static let names: [String] = [
        "",
        "a", "address", "applet", "area", "article", "aside", "b", "base", "basefont", "bgsound", "big",
        "blockquote", "body", "br", "button", "caption", "center", "code", "col", "colgroup", "dd", "details",
        "dialog", "dir", "div", "dl", "dt", "em", "embed", "fieldset", "figcaption", "figure", "font", "footer",
        "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr",
        "html", "i", "iframe", "image", "img", "input", "keygen", "label", "li", "link", "listing", "main",
        "marquee", "math", "menu", "meta", "nav", "nobr", "noembed", "noframes", "noscript", "object", "ol",
        "optgroup", "option", "p", "param", "plaintext", "pre", "rb", "rp", "rt", "rtc", "ruby", "s", "script",
        "search", "section", "select", "small", "source", "span", "strike", "strong", "style", "summary", "svg",
        "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "title", "tr", "track", "tt",
        "u", "ul", "wbr", "xmp",
    ]

    /// The lower-case tag name (`""` for `other`).
    var name: String { Self.names[Int(rawValue)] }

    /// The tag of a lower-case HTML element name (`other` when the name is not one of these).
    init(_ name: String) {
        self = HTMLTag(rawValue: ElementCategories.tagID(name)) ?? .other
    }
}
