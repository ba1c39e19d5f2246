import KruCore

/// `css.invalid-value`: a known property with a value it does not accept
/// (`color: reed`, `width: -5px`, `display: flexbox`); the browser ignores the
/// declaration. Values that are two declarations run together are left to
/// ``MissingSemicolonRule``.
public struct InvalidValueRule: CSSDiagnosticRule {
    public static let id = "css.invalid-value"

    public init() {}

    public func check(_ context: CSSDiagnosticContext, into emitter: inout FindingEmitter) {
        let quirks = context.sheets.quirksMode
        for sheet in context.allSheets {
            for declaration in context.declarations(of: sheet) {
                guard DeclarationExpander.expand(name: declaration.name, value: declaration.value, quirks: quirks)
                    == .invalidValue, MissingSemicolonRule.runTogether(declaration) == nil
                else { continue }
                let value = sheet.slice(declaration.valueStart, declaration.end)
                var notes: [LocalizedText] = []
                if let hint = Self.hint(declaration, value: value, quirks: quirks) { notes.append(hint) }
                emitter.emit(
                    Self.id, severity: .warning,
                    value.isEmpty
                        ? LocalizedText(
                            en: "`{property}` has no value: the browser ignores this declaration",
                            km: "`{property}` គ្មានតម្លៃទេ៖ កម្មវិធីរុករកមិនអើពើការប្រកាសនេះ"
                        ).filling(["property": declaration.name])
                        : LocalizedText(
                            en: "`{value}` is not a valid value for `{property}`: the browser ignores this declaration",
                            km: "`{value}` មិនមែនជាតម្លៃត្រឹមត្រូវសម្រាប់ `{property}` ទេ៖ កម្មវិធីរុករកមិនអើពើការប្រកាសនេះ"
                        ).filling(["value": DiagnosticText.snippet(value), "property": declaration.name]),
                    at: sheet.location(ofOffset: declaration.valueStart), notes: notes)
            }
        }
    }

    private static func hint(_ declaration: CSSDeclaration, value: String, quirks: Bool) -> LocalizedText? {
        let parts = declaration.value.nonWhitespace
        // A misspelt colour name.
        if parts.count == 1, parts[0].kind == .token, parts[0].token.kind == .ident,
            ["color", "background-color", "background", "border-color"].contains(declaration.name)
                || declaration.name.hasSuffix("-color"),
            let name = DiagnosticText.closest(to: parts[0].token.value.lowercased(), in: Array(NamedColors.table.keys).sorted())
        {
            return LocalizedText(en: "Did you mean `{suggestion}`?", km: "តើអ្នកចង់សរសេរ `{suggestion}` មែនទេ?")
                .filling(["suggestion": name])
        }
        // A number without a unit.
        if parts.contains(where: { $0.kind == .token && $0.token.kind == .number && $0.token.number != 0 }),
            DeclarationExpander.expand(name: declaration.name, value: declaration.value, quirks: true) != .invalidValue
                || ["width", "height", "margin", "padding", "font-size", "top", "left", "gap"].contains(declaration.name)
        {
            return LocalizedText(
                en: "Lengths need a unit, for example `10px` or `2em` (only `0` may have none).",
                km: "ប្រវែងត្រូវការឯកតា ឧទាហរណ៍ `10px` ឬ `2em` (មានតែ `0` ទេដែលអាចគ្មានឯកតា)។")
        }
        // A value of one longhand given to the `flex` shorthand: `flex: wrap` is `flex-wrap: wrap`.
        if declaration.name == "flex", parts.count == 1, parts[0].kind == .token, parts[0].token.kind == .ident {
            let word = parts[0].token.value.lowercased()
            let longhand = ["wrap", "nowrap", "wrap-reverse"].contains(word) ? "flex-wrap"
                : ["row", "row-reverse", "column", "column-reverse"].contains(word) ? "flex-direction" : nil
            if let longhand {
                return LocalizedText(en: "Did you mean `{suggestion}`?", km: "តើអ្នកចង់សរសេរ `{suggestion}` មែនទេ?")
                    .filling(["suggestion": "\(longhand): \(word)"])
            }
        }
        // A space inside a number and unit (`10 px`).
        if value.range(of: #"\d\s+(px|em|rem|%)"#, options: .regularExpression) != nil {
            return LocalizedText(
                en: "Write the number and its unit together, without a space: `10px`.",
                km: "សរសេរលេខ និងឯកតារបស់វាជាប់គ្នា ដោយគ្មានដកឃ្លា៖ `10px`។")
        }
        return nil
    }
}
