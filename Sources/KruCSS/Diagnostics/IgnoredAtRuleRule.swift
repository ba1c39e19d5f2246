import KruCore

/// `css.ignored-at-rule`: an `@import` after other rules, or an `@media` whose query the
/// browser cannot read (`@media screen and(max-width: 600px)`): the browser ignores them
/// without a word, so the rules they hold never apply.
public struct IgnoredAtRuleRule: CSSDiagnosticRule {
    public static let id = "css.ignored-at-rule"

    public init() {}

    public func check(_ context: CSSDiagnosticContext, into emitter: inout FindingEmitter) {
        for sheet in context.sheets.sheets.map(\.sheet) {
            for problem in sheet.problems where problem.kind == .lateImport {
                emitter.emit(
                    Self.id, severity: .error,
                    LocalizedText(
                        en: "the browser ignores this `@import` because other rules come before it",
                        km: "កម្មវិធីរុករកមិនអើពើ `@import` នេះទេ ព្រោះមានច្បាប់ផ្សេងទៀតនៅមុនវា"),
                    at: sheet.location(ofOffset: problem.offset),
                    notes: [LocalizedText(
                        en: "Move every `@import` to the very top of the style sheet, before the first rule.",
                        km: "ផ្លាស់ទី `@import` ទាំងអស់ទៅខាងលើបំផុតនៃសន្លឹករចនាប័ទ្ម មុនច្បាប់ទីមួយ។")])
            }
            checkMedia(sheet.rules, in: sheet, into: &emitter)
        }
    }

    private func checkMedia(_ rules: [CSSRule], in sheet: CSSStyleSheet, into emitter: inout FindingEmitter) {
        for rule in rules {
            switch rule {
            case .media(let list, let children, let start):
                for query in list.queries where !MediaQueryEvaluator.parses(query) || Self.unreadableFeature(in: query) != nil {
                    let text = query.first.map { sheet.slice($0.start, query.last!.end) } ?? ""
                    emitter.emit(
                        Self.id, severity: .error,
                        LocalizedText(
                            en: "the browser cannot read the media query `{query}`, so the rules inside it never apply",
                            km: "កម្មវិធីរុករកមិនអាចអាន media query `{query}` បានទេ ដូច្នេះច្បាប់នៅក្នុងវាមិនដែលត្រូវបានអនុវត្តទេ"
                        ).filling(["query": DiagnosticText.snippet(text)]),
                        at: sheet.location(ofOffset: query.first?.start ?? start),
                        notes: [Self.note(for: query)])
                }
                checkMedia(children, in: sheet, into: &emitter)
            case .supports(_, let children, _), .layer(_, let children?, _):
                checkMedia(children, in: sheet, into: &emitter)
            case .style(let style):
                checkMedia(style.children, in: sheet, into: &emitter)
            default:
                break
            }
        }
    }

    /// Width and height features, whose values are lengths.
    private static let lengthFeatures: Set<String> = {
        var names: Set<String> = []
        for feature in ["width", "height", "device-width", "device-height"] {
            names.formUnion([feature, "min-" + feature, "max-" + feature])
        }
        return names
    }()

    /// A `( … )` feature a browser never matches: a width without unit, `(max-width: 600)`, or
    /// a `min-`/`max-` feature in range syntax, `(max-width = 600px)`.
    enum UnreadableFeature { case unitless, prefixedRange }

    static func unreadableFeature(in values: [ComponentValue]) -> UnreadableFeature? {
        for value in values where value.kind == .block && value.token.kind == .openParen {
            let inner = value.children.nonWhitespace
            if inner.count == 3, inner[0].kind == .token, inner[0].token.kind == .ident,
                lengthFeatures.contains(inner[0].token.value.lowercased()), inner[1].kind == .token,
                inner[1].token.kind == .colon, inner[2].kind == .token, inner[2].token.kind == .number,
                inner[2].token.number != 0
            {
                return .unitless
            }
            if let name = inner.first, name.kind == .token, name.token.kind == .ident,
                ["min-", "max-"].contains(where: { name.token.value.lowercased().hasPrefix($0) }),
                inner.dropFirst().first.map({ $0.kind == .token && $0.token.kind == .delim && "<>=".contains($0.token.value) }) == true
            {
                return .prefixedRange
            }
            if let nested = unreadableFeature(in: value.children) { return nested }
        }
        return nil
    }

    /// What to write instead: a unit, a space after `and`, or the feature in parentheses.
    private static func note(for query: [ComponentValue]) -> LocalizedText {
        switch unreadableFeature(in: query) {
        case .unitless?:
            return LocalizedText(
                en: "A width needs a unit: `(max-width: 600px)`, not `(max-width: 600)`.",
                km: "ទទឹងត្រូវការឯកតា៖ `(max-width: 600px)` មិនមែន `(max-width: 600)` ទេ។")
        case .prefixedRange?:
            return LocalizedText(
                en: "Write `(max-width: 600px)` or `(width <= 600px)`: `min-`/`max-` go with a colon, `<`, `>` and `=` with plain `width`.",
                km: "សរសេរ `(max-width: 600px)` ឬ `(width <= 600px)`៖ `min-`/`max-` ប្រើជាមួយសញ្ញា `:` ហើយ `<` `>` `=` ប្រើជាមួយ `width` ធម្មតា។")
        case nil:
            break
        }
        if query.contains(where: { $0.kind == .function && ["and", "or", "not", "only"].contains($0.token.value.lowercased()) }) {
            return LocalizedText(
                en: "Put a space between `and` and `(`: `screen and (max-width: 600px)`.",
                km: "ដាក់ដកឃ្លារវាង `and` និង `(`៖ `screen and (max-width: 600px)`។")
        }
        return LocalizedText(
            en: "A media query is written like `@media (max-width: 600px) { … }` or `@media screen and (max-width: 600px) { … }`: each feature in parentheses.",
            km: "media query ត្រូវសរសេរដូចជា `@media (max-width: 600px) { … }` ឬ `@media screen and (max-width: 600px) { … }`៖ លក្ខណៈនីមួយៗនៅក្នុងវង់ក្រចក។")
    }
}
