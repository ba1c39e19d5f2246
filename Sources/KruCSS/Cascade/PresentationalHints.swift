import KruCore
import KruHTML

/// Old HTML attributes that browsers turn into styles ("presentational hints"): `<body
/// bgcolor text>`, `<font color size face>`, `<table border cellpadding width bgcolor align>`,
/// `<td align bgcolor width height>`, `<p align>` … They take part in the cascade as author
/// declarations with no specificity, before every author rule, as in Chromium.
///
/// Not modelled: `<img width height hspace vspace border>` and `<hr>` attributes (their used
/// values depend on the image and on layout), `background=` images, `valign`.
enum PresentationalHints {
    /// One hint: the attribute it comes from and the declaration it stands for.
    struct Hint {
        var attribute: String
        var value: String
        var declaration: PreparedDeclaration
    }

    static let alignableElements: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "caption", "td", "th", "tr", "thead", "tbody", "tfoot",
    ]
    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]
    static let cells: Set<String> = ["td", "th"]
    private static let attributes: Set<String> = [
        "bgcolor", "text", "color", "face", "size", "align", "width", "height", "border", "cellpadding",
    ]

    /// The hints of an element, in the order they apply.
    static func hints(for element: Element) -> [Hint] {
        let name = element.name
        var css: [(String, String, String)] = []  // (attribute, value as written, CSS declaration)
        func add(_ attribute: String, _ declaration: (String) -> String?) {
            guard let value = element.attribute(attribute), let text = declaration(value) else { return }
            css.append((attribute, value, text))
        }
        switch name {
        case "body":
            add("bgcolor") { color($0).map { "background-color: \($0)" } }
            add("text") { color($0).map { "color: \($0)" } }
        case "font":
            add("color") { color($0).map { "color: \($0)" } }
            add("face") { $0.isEmpty ? nil : "font-family: \($0)" }
            add("size") { fontSize($0).map { "font-size: \($0)" } }
        case "table":
            add("bgcolor") { color($0).map { "background-color: \($0)" } }
            add("width") { dimension($0, ignoringZero: true).map { "width: \($0)" } }
            add("height") { dimension($0, ignoringZero: false).map { "height: \($0)" } }
            add("align") { value in
                switch value.trimmingHTMLWhitespace().lowercased() {
                case "center": return "margin-left: auto; margin-right: auto"
                case "left": return "float: left"
                case "right": return "float: right"
                default: return nil
                }
            }
            add("border") { value in
                let width = tableBorder(value)
                return width > 0 ? "border-width: \(width)px; border-style: outset" : nil
            }
        case "td", "th", "tr", "thead", "tbody", "tfoot":
            add("bgcolor") { color($0).map { "background-color: \($0)" } }
            if cells.contains(name) {
                add("width") { dimension($0, ignoringZero: true).map { "width: \($0)" } }
                add("height") { dimension($0, ignoringZero: true).map { "height: \($0)" } }
                if let table = element.ancestors.first(where: { $0.name == "table" }) {
                    if let border = table.attribute("border"), tableBorder(border) > 0 {
                        css.append(("border", border, "border-width: 1px; border-style: inset"))
                    }
                    if let padding = table.attribute("cellpadding"), let px = nonNegativeInteger(padding) {
                        css.append(("cellpadding", padding, "padding: \(px)px"))
                    }
                }
            }
        default:
            break
        }
        if alignableElements.contains(name) {
            // Chromium gives headings the plain values, and the other elements the -webkit- ones
            // that also align block children.
            let prefix = headings.contains(name) ? "" : "-webkit-"
            add("align") { value in
                switch value.trimmingHTMLWhitespace().lowercased() {
                case "left": return "text-align: \(prefix)left"
                case "right": return "text-align: \(prefix)right"
                case "center", "middle": return "text-align: \(prefix)center"
                case "justify": return "text-align: justify"
                default: return nil
                }
            }
        }
        return css.flatMap { attribute, value, text -> [Hint] in
            let sheet = CSSParser.parseStyleAttribute(text, lines: LineIndex(text: text, file: ""), baseOffset: 0)
            return RuleSet.prepare(sheet.rules.styleDeclarations, quirks: false).map {
                Hint(attribute: attribute, value: value, declaration: $0)
            }
        }
    }

    /// Whether an element may have hints (a cheap test before ``hints(for:)``).
    static func mayHaveHints(_ node: HTMLNode) -> Bool {
        if cells.contains(node.name) { return true }  // their table's border and cellpadding
        return node.attributes.contains { attributes.contains($0.name) }
    }

    /// A legacy colour value: a CSS colour, or 3 or 6 hex digits without `#`.
    static func color(_ value: String) -> String? {
        let trimmed = value.trimmingHTMLWhitespace()
        guard !trimmed.isEmpty, trimmed.lowercased() != "transparent" else { return nil }
        if let color = RGBA(css: trimmed) { return color.description }
        if (trimmed.count == 3 || trimmed.count == 6), trimmed.allSatisfy(\.isHexDigit) {
            return RGBA(css: "#" + trimmed)?.description
        }
        return nil
    }

    /// `<font size>`: 1…7, or +N/-N from 3.
    static func fontSize(_ value: String) -> String? {
        let trimmed = value.trimmingHTMLWhitespace()
        var digits = Substring(trimmed)
        var sign = 0
        if digits.first == "+" { sign = 1; digits = digits.dropFirst() } else if digits.first == "-" { sign = -1; digits = digits.dropFirst() }
        let number = digits.prefix { $0.isASCII && $0.isNumber }
        guard let n = Int(number) else { return nil }
        let size = min(7, max(1, sign == 0 ? n : 3 + sign * n))
        return ["x-small", "small", "medium", "large", "x-large", "xx-large", "xxx-large"][size - 1]
    }

    /// HTML dimension values: `300` → `300px`, `50%` → `50%` (leading digits, as browsers read them).
    static func dimension(_ value: String, ignoringZero: Bool) -> String? {
        let trimmed = value.trimmingHTMLWhitespace()
        let number = trimmed.prefix { ($0.isASCII && $0.isNumber) || $0 == "." }
        guard let n = Double(number), n >= 0, !(ignoringZero && n == 0) else { return nil }
        let rest = trimmed.dropFirst(number.count)
        return NumberFormat.format(n) + (rest.first == "%" ? "%" : "px")
    }

    static func nonNegativeInteger(_ value: String) -> Int? {
        Int(value.trimmingHTMLWhitespace().prefix { $0.isASCII && $0.isNumber })
    }

    /// `<table border>`: its width in px (an empty or unreadable value means 1).
    static func tableBorder(_ value: String) -> Int {
        nonNegativeInteger(value) ?? 1
    }
}
