import KruCore
import KruSelectors

/// `css.missing-brace`: a rule whose `}` or `{` is missing, or an extra `}`.
/// Browsers then swallow the following rules (or drop the broken one), so
/// styles silently stop working.
public struct MissingBraceRule: CSSDiagnosticRule {
    public static let id = "css.missing-brace"

    public init() {}

    public func check(_ context: CSSDiagnosticContext, into emitter: inout FindingEmitter) {
        for sheet in context.sheets.sheets.map(\.sheet) {
            checkUnclosed(sheet, context, &emitter)
            for problem in sheet.problems where problem.kind == .strayCloseBrace {
                emitter.emit(
                    Self.id, severity: .error,
                    LocalizedText(
                        en: "extra `}` with no `{` to close: the browser also ignores the rule that follows it",
                        km: "មាន `}` លើស ដែលគ្មាន `{` ត្រូវបិទ៖ កម្មវិធីរុករកក៏មិនអើពើច្បាប់ដែលនៅបន្ទាប់វាដែរ"),
                    at: sheet.location(ofOffset: problem.offset),
                    notes: [Self.countNote])
            }
            for rule in context.styleRules(of: sheet) where !rule.nested {
                guard (try? SelectorList.parse(rule.selectorText)) == nil,
                    let declarationStart = Self.declarationInPrelude(rule.prelude)
                else { continue }
                let selector = DiagnosticText.snippet(sheet.slice(rule.selectorStart, declarationStart.selectorEnd))
                emitter.emit(
                    Self.id, severity: .error,
                    LocalizedText(
                        en: "missing `{` after the selector `{selector}`: the browser ignores this whole rule",
                        km: "ខ្វះ `{` បន្ទាប់ពីអ្នកជ្រើសរើស `{selector}`៖ កម្មវិធីរុករកមិនអើពើច្បាប់ទាំងមូលនេះ"
                    ).filling(["selector": selector]),
                    at: sheet.location(ofOffset: declarationStart.selectorEnd),
                    notes: [Self.countNote])
            }
        }
    }

    private static let countNote = LocalizedText(
        en: "Every rule is `selector { declarations }`: one `{` after the selector and one `}` at the end.",
        km: "ច្បាប់នីមួយៗមានទម្រង់ `selector { declarations }`៖ `{` មួយបន្ទាប់ពីអ្នកជ្រើសរើស និង `}` មួយនៅចុង។")

    private func checkUnclosed(_ sheet: CSSStyleSheet, _ context: CSSDiagnosticContext, _ emitter: inout FindingEmitter) {
        for rule in context.styleRules(of: sheet) where !rule.closed {
            // The innermost unclosed rule is where the `}` is missing; its unclosed parents follow from it.
            if rule.children.contains(where: { if case .style(let child) = $0 { return !child.closed } else { return false } }) {
                continue
            }
            let name = DiagnosticText.snippet(rule.selectorText)
            if let firstChild = rule.children.compactMap({ child -> CSSStyleRule? in
                if case .style(let style) = child { return style } else { return nil }
            }).first, !firstChild.selectorText.contains("&") {
                emitter.emit(
                    Self.id, severity: .error,
                    LocalizedText(
                        en: "missing `}` to close the rule `{selector}` (opened at line {line}): the browser puts the rules after it inside it",
                        km: "ខ្វះ `}` ដើម្បីបិទច្បាប់ `{selector}` (បើកនៅបន្ទាត់ {line})៖ កម្មវិធីរុករកដាក់ច្បាប់បន្ទាប់ៗទៅក្នុងវា"
                    ).filling(["selector": name, "line": String(sheet.location(ofOffset: rule.blockStart).line)]),
                    at: sheet.location(ofOffset: firstChild.selectorStart),
                    notes: [Self.countNote])
            } else {
                emitter.emit(
                    Self.id, severity: .warning,
                    LocalizedText(
                        en: "the `{` of the rule `{selector}` is never closed with `}`",
                        km: "`{` របស់ច្បាប់ `{selector}` មិនត្រូវបានបិទដោយ `}` ទេ"
                    ).filling(["selector": name]),
                    at: sheet.location(ofOffset: rule.blockStart),
                    notes: [Self.countNote])
            }
        }
    }

    /// When a prelude holds `selector name: value;` (a declaration outside braces), where the selector ends.
    static func declarationInPrelude(_ prelude: [ComponentValue]) -> (selectorEnd: Int, Void)? {
        for (index, part) in prelude.enumerated() where part.kind == .token && part.token.kind == .colon {
            // `a:hover` has no space before the colon's value; a declaration has `name:` followed by a value
            // and a `;`/`}` somewhere after.
            let rest = prelude[(index + 1)...]
            guard rest.contains(where: { $0.kind == .token && ($0.token.kind == .semicolon || $0.token.kind == .closeCurly) })
            else { continue }
            var nameIndex = index - 1
            while nameIndex >= 0, prelude[nameIndex].isWhitespace { nameIndex -= 1 }
            guard nameIndex > 0, prelude[nameIndex].kind == .token, prelude[nameIndex].token.kind == .ident else { continue }
            var end = nameIndex - 1
            while end >= 0, prelude[end].isWhitespace { end -= 1 }
            guard end >= 0 else { continue }
            return (prelude[end].end, ())
        }
        return nil
    }
}
