import KruCore
import KruSelectors

/// `css.invalid-selector`: a selector the browser cannot read; the whole rule is ignored.
/// (Rules with a missing `{` are reported by ``MissingBraceRule`` instead.)
public struct InvalidSelectorRule: CSSDiagnosticRule {
    public static let id = "css.invalid-selector"

    public init() {}

    public func check(_ context: CSSDiagnosticContext, into emitter: inout FindingEmitter) {
        for sheet in context.sheets.sheets.map(\.sheet) {
            for rule in context.styleRules(of: sheet) where !rule.nested {
                guard MissingBraceRule.declarationInPrelude(rule.prelude) == nil else { continue }
                do {
                    _ = try SelectorList.parse(rule.selectorText)
                } catch let error {
                    emitter.emit(
                        Self.id, severity: .error,
                        LocalizedText(
                            en: "the browser cannot read the selector `{selector}`, so it ignores this whole rule",
                            km: "កម្មវិធីរុករកមិនអាចអានអ្នកជ្រើសរើស `{selector}` បានទេ ដូច្នេះវាមិនអើពើច្បាប់ទាំងមូលនេះ"
                        ).filling(["selector": DiagnosticText.snippet(rule.selectorText)]),
                        at: sheet.location(ofOffset: rule.selectorStart), notes: [error.message])
                }
            }
        }
    }
}
