import KruCore
import KruHTML

/// `css.css-in-html`: CSS written where HTML does not read it: rules typed as
/// page text (outside `<style>`), a whole rule or `<style>` inside a `style=""`
/// attribute, or a `<link>` to a `.css` file without `rel="stylesheet"`.
public struct CSSInHTMLRule: CSSDiagnosticRule {
    public static let id = "css.css-in-html"

    public init() {}

    /// Elements whose text is not page text (or shows code on purpose).
    private static let skippedParents: Set<String> = [
        "style", "script", "pre", "code", "textarea", "template", "noscript", "kbd", "samp", "xmp", "title",
    ]

    public func check(_ context: CSSDiagnosticContext, into emitter: inout FindingEmitter) {
        let document = context.document
        for (index, node) in document.nodes.enumerated() {
            switch node.kind {
            case .text:
                guard node.text.contains("{"), node.text.contains(":"), !isInsideSkipped(NodeID(index), document),
                    Self.looksLikeCSS(node.text)
                else { continue }
                let parent = node.parent.map { document[$0] }
                emitter.emit(
                    Self.id, severity: .error,
                    LocalizedText(
                        en: "CSS rules written as page text: the browser shows them as words instead of using them; put them inside `<style>` … `</style>` in `<head>`, or in a .css file",
                        km: "ច្បាប់ CSS ត្រូវបានសរសេរជាអត្ថបទទំព័រ៖ កម្មវិធីរុករកបង្ហាញវាជាពាក្យ ជំនួសឱ្យការប្រើវា; សូមដាក់វានៅក្នុង `<style>` … `</style>` ក្នុង `<head>` ឬក្នុងឯកសារ .css"),
                    at: node.location.map { Self.skippingWhitespace($0, node.text) } ?? parent?.location)
            case .element:
                if let style = node.attribute("style"), style.contains("{") || style.lowercased().contains("<style") {
                    emitter.emit(
                        Self.id, severity: .error,
                        LocalizedText(
                            en: "a `style` attribute holds only declarations such as `color: red;`, not selectors, `{ }` or `<style>`: the browser ignores what it cannot read here",
                            km: "attribute `style` មានតែការប្រកាសដូចជា `color: red;` ប៉ុណ្ណោះ មិនមែនអ្នកជ្រើសរើស `{ }` ឬ `<style>` ទេ៖ កម្មវិធីរុករកមិនអើពើអ្វីដែលវាមិនអាចអានបាននៅទីនេះ"),
                        at: node.location)
                }
                if node.name == "link", let href = node.attribute("href"),
                    href.lowercased().split(separator: "?").first?.hasSuffix(".css") == true
                {
                    let rels = (node.attribute("rel") ?? "").lowercased().split(whereSeparator: \.isWhitespace)
                    guard !rels.contains("stylesheet"), !rels.contains("preload"), !rels.contains("prefetch") else { continue }
                    emitter.emit(
                        Self.id, severity: .error,
                        LocalizedText(
                            en: "this `<link>` names the CSS file `{href}` but has no `rel=\"stylesheet\"`, so the browser does not use it",
                            km: "`<link>` នេះដាក់ឈ្មោះឯកសារ CSS `{href}` ប៉ុន្តែគ្មាន `rel=\"stylesheet\"` ទេ ដូច្នេះកម្មវិធីរុករកមិនប្រើវាទេ"
                        ).filling(["href": href]),
                        at: node.location,
                        notes: [LocalizedText(
                            en: "Write it as `<link rel=\"stylesheet\" href=\"{href}\">`.",
                            km: "សូមសរសេរជា `<link rel=\"stylesheet\" href=\"{href}\">`។"
                        ).filling(["href": href])])
                }
            default:
                continue
            }
        }
    }

    /// The location of the first non-whitespace character of a text starting at `start`.
    static func skippingWhitespace(_ start: SourceLocation, _ text: String) -> SourceLocation {
        var location = start
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                location.line += 1
                location.column = 1
            } else if scalar == " " || scalar == "\t" || scalar == "\r" {
                location.column += scalar == "\r" ? 0 : 1
            } else {
                break
            }
        }
        return location
    }

    private func isInsideSkipped(_ id: NodeID, _ document: HTMLDocument) -> Bool {
        var current = document[id].parent
        while let parent = current {
            if Self.skippedParents.contains(document[parent].name) { return true }
            current = document[parent].parent
        }
        return false
    }

    /// Whether a text holds at least one rule with a valid declaration.
    static func looksLikeCSS(_ text: String) -> Bool {
        let sheet = CSSParser.parseStyleSheet(text, file: "")
        for rule in sheet.rules {
            guard case .style(let style) = rule, !style.selectorText.isEmpty else { continue }
            for declaration in style.declarations {
                if case .longhands = DeclarationExpander.expand(name: declaration.name, value: declaration.value, quirks: false) {
                    return true
                }
            }
        }
        return false
    }
}
