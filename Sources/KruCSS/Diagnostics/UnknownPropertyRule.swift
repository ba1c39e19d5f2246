import KruCore

/// `css.unknown-property`: a property name the browser does not know
/// (`colour`, `font-colour`, `backround`); the declaration is ignored.
public struct UnknownPropertyRule: CSSDiagnosticRule {
    public static let id = "css.unknown-property"

    public init() {}

    /// Beginners' usual guesses that are not near the right name by spelling.
    private static let guesses: [String: String] = [
        "font-color": "color", "text-color": "color", "font-colour": "color", "text-size": "font-size",
        "font-bold": "font-weight", "background-colour": "background-color", "bg-color": "background-color",
        "text-font": "font-family", "font": "font", "align": "text-align", "center": "text-align",
        "border-colour": "border-color", "text-style": "font-style", "spacing": "letter-spacing",
    ]

    public func check(_ context: CSSDiagnosticContext, into emitter: inout FindingEmitter) {
        for sheet in context.allSheets {
            for declaration in context.declarations(of: sheet) {
                guard DeclarationExpander.expand(name: declaration.name, value: declaration.value, quirks: false)
                    == .unknownProperty
                else { continue }
                let suggestion = Self.guesses[declaration.name]
                    ?? DiagnosticText.closest(to: declaration.name, in: KnownProperties.allNames)
                var notes: [LocalizedText] = []
                if let suggestion {
                    notes.append(LocalizedText(
                        en: "Did you mean `{suggestion}`?", km: "តើអ្នកចង់សរសេរ `{suggestion}` មែនទេ?"
                    ).filling(["suggestion": suggestion]))
                }
                emitter.emit(
                    Self.id, severity: .warning,
                    LocalizedText(
                        en: "unknown property `{property}`: the browser ignores this declaration",
                        km: "លក្ខណៈ `{property}` មិនស្គាល់ទេ៖ កម្មវិធីរុករកមិនអើពើការប្រកាសនេះ"
                    ).filling(["property": declaration.name]),
                    at: sheet.location(ofOffset: declaration.start), notes: notes)
            }
        }
    }
}
