import KruCore

/// `css.missing-semicolon`: two declarations run together because the `;`
/// between them is missing (`color: red background: blue`); the browser reads
/// them as one invalid declaration and drops both.
public struct MissingSemicolonRule: CSSDiagnosticRule {
    public static let id = "css.missing-semicolon"

    public init() {}

    public func check(_ context: CSSDiagnosticContext, into emitter: inout FindingEmitter) {
        for sheet in context.allSheets {
            for declaration in context.declarations(of: sheet) where !declaration.name.hasPrefix("--") {
                guard let (before, second) = Self.runTogether(declaration) else { continue }
                let result = DeclarationExpander.expand(name: declaration.name, value: declaration.value, quirks: false)
                guard result == .invalidValue else { continue }
                let snippet = DiagnosticText.snippet(sheet.slice(declaration.start, declaration.end))
                let text = sheet.slice(before.start, before.end)
                emitter.emit(
                    Self.id, severity: .error,
                    LocalizedText(
                        en: "missing `;` after `{before}`: the browser reads `{snippet}` as one declaration and ignores both `{first}` and `{second}`",
                        km: "ខ្វះ `;` បន្ទាប់ពី `{before}`៖ កម្មវិធីរុករកអាន `{snippet}` ជាការប្រកាសតែមួយ ហើយមិនអើពើទាំង `{first}` និង `{second}`"
                    ).filling(["before": text, "snippet": snippet, "first": declaration.name, "second": second]),
                    at: sheet.location(ofOffset: before.end),
                    notes: [LocalizedText(
                        en: "End every declaration with `;`, for example `color: red;`.",
                        km: "បញ្ចប់ការប្រកាសនីមួយៗដោយ `;` ឧទាហរណ៍ `color: red;`។")])
            }
        }
    }

    /// The value component just before a `name:` that starts a second declaration, and that name.
    static func runTogether(_ declaration: CSSDeclaration) -> (CSSToken, String)? {
        let value = declaration.value
        var index = 1
        while index < value.count {
            let part = value[index]
            if part.kind == .token, part.token.kind == .ident, value[index - 1].isWhitespace {
                var next = index + 1
                while next < value.count, value[next].isWhitespace { next += 1 }
                if next < value.count, value[next].kind == .token, value[next].token.kind == .colon {
                    var previous = index - 1
                    while previous >= 0, value[previous].isWhitespace { previous -= 1 }
                    guard previous >= 0 else { return nil }
                    var token = value[previous].token
                    token.end = value[previous].end
                    return (token, part.token.value.lowercased())
                }
            }
            index += 1
        }
        return nil
    }
}
