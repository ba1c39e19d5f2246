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
                for query in list.queries where !MediaQueryEvaluator.parses(query) {
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
            case .supports(_, let children, _):
                checkMedia(children, in: sheet, into: &emitter)
            case .style(let style):
                checkMedia(style.children, in: sheet, into: &emitter)
            default:
                break
            }
        }
    }

    /// What to write instead: a space after `and`, or the feature in parentheses.
    private static func note(for query: [ComponentValue]) -> LocalizedText {
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
