import KruCore
import KruHTML
import KruSelectors

/// `css.selector-matches-nothing`: a selector that matches no element of the
/// page (a typo in a class name, `.card` vs `class="crad"`, `#Main` vs `id="main"`),
/// so its rule styles nothing. Selectors about interaction (`:hover`, `:focus` …)
/// and pseudo-elements (`::before`) are not judged.
public struct SelectorMatchesNothingRule: CSSDiagnosticRule {
    public static let id = "css.selector-matches-nothing"

    public init() {}

    public func check(_ context: CSSDiagnosticContext, into emitter: inout FindingEmitter) {
        let matching = SelectorMatchingContext(document: context.document)
        let elements = context.document.elements
        for sheet in context.sheets.sheets.map(\.sheet) {
            for (rule, text) in context.resolvedStyleRules(of: sheet) {
                guard let list = try? SelectorList.parse(text) else { continue }
                let starts = Self.selectorStarts(rule)
                for (index, selector) in list.selectors.enumerated() where Self.isJudged(selector) {
                    guard !elements.contains(where: { selector.matches($0, in: matching) }) else { continue }
                    let offset = rule.nested || starts.count != list.selectors.count ? rule.selectorStart : starts[index]
                    let written = rule.nested || starts.count != list.selectors.count
                        ? rule.selectorText : selector.serialized
                    var notes: [LocalizedText] = []
                    if let hint = Self.hint(selector, context.document) { notes.append(hint) }
                    emitter.emit(
                        Self.id, severity: .warning,
                        LocalizedText(
                            en: "the selector `{selector}` matches no element of this page, so it styles nothing",
                            km: "អ្នកជ្រើសរើស `{selector}` មិនត្រូវនឹងធាតុណាមួយនៃទំព័រនេះទេ ដូច្នេះវាមិនកំណត់រចនាប័ទ្មអ្វីទាំងអស់"
                        ).filling(["selector": DiagnosticText.snippet(written)]),
                        at: sheet.location(ofOffset: offset), notes: notes)
                }
            }
        }
    }

    /// Interaction pseudo-classes and pseudo-elements depend on things kru does not see.
    static func isJudged(_ selector: Selector) -> Bool {
        !selector.simpleSelectors(includingNested: true).contains { simple in
            switch simple {
            case .pseudoElement: return true
            case .pseudoClass(let pseudo):
                if case .dynamic = pseudo { return true }
                return false
            default: return false
            }
        }
    }

    /// Byte offsets where each comma-separated selector of a rule starts.
    static func selectorStarts(_ rule: CSSStyleRule) -> [Int] {
        var starts: [Int] = []
        var expectStart = true
        for part in rule.prelude {
            if part.kind == .token, part.token.kind == .comma {
                expectStart = true
            } else if expectStart, !part.isWhitespace {
                starts.append(part.start)
                expectStart = false
            }
        }
        return starts
    }

    /// "Did you mean" for a class or id that is close to one the page uses.
    static func hint(_ selector: Selector, _ document: HTMLDocument) -> LocalizedText? {
        var classes = Set<String>()
        var ids = Set<String>()
        for element in document.elements {
            if let c = element.attribute("class") { classes.formUnion(c.split(whereSeparator: \.isWhitespace).map(String.init)) }
            if let i = element.attribute("id") { ids.insert(i) }
        }
        for simple in selector.simpleSelectors(includingNested: false) {
            switch simple {
            case .class(let name) where !classes.contains(name):
                if let match = classes.first(where: { $0.lowercased() == name.lowercased() })
                    ?? DiagnosticText.closest(to: name, in: classes.sorted())
                {
                    return LocalizedText(
                        en: "The page has `class=\"{found}\"`; class names must match exactly (`.{found}`).",
                        km: "ទំព័រមាន `class=\"{found}\"`; ឈ្មោះ class ត្រូវតែដូចគ្នាបេះបិទ (`.{found}`)។"
                    ).filling(["found": match])
                }
                return LocalizedText(
                    en: "No element has `class=\"{name}\"`.", km: "គ្មានធាតុណាមួយមាន `class=\"{name}\"` ទេ។"
                ).filling(["name": name])
            case .id(let name) where !ids.contains(name):
                if let match = ids.first(where: { $0.lowercased() == name.lowercased() })
                    ?? DiagnosticText.closest(to: name, in: ids.sorted())
                {
                    return LocalizedText(
                        en: "The page has `id=\"{found}\"`; ids must match exactly (`#{found}`).",
                        km: "ទំព័រមាន `id=\"{found}\"`; id ត្រូវតែដូចគ្នាបេះបិទ (`#{found}`)។"
                    ).filling(["found": match])
                }
                return LocalizedText(
                    en: "No element has `id=\"{name}\"`.", km: "គ្មានធាតុណាមួយមាន `id=\"{name}\"` ទេ។"
                ).filling(["name": name])
            default:
                continue
            }
        }
        return nil
    }
}
