import KruCore

/// `html.duplicate-attribute`: a start tag that has the same attribute twice
/// (`<img src="a.png" src="b.png">`); browsers keep the first and ignore the
/// rest. Reported at the name of the repeated attribute.
struct DuplicateAttributeRule: HTMLDiagnosticRule {
    static let id = "html.duplicate-attribute"
    static let severity = Severity.warning
    static let summary = LocalizedText(
        en: "A tag has the same attribute twice; the browser ignores the second one.",
        km: "ស្លាកមួយមានលក្ខណៈ (attribute) ដូចគ្នាពីរដង កម្មវិធីរុករកមិនអើពើនឹងលក្ខណៈទីពីរទេ។")

    static let message = LocalizedText(
        en: "<{tag}> has the attribute {attribute} twice. The browser keeps only the first one (line {line}, column {column}) and ignores this one. Keep just one {attribute}.",
        km: "<{tag}> មានលក្ខណៈ (attribute) {attribute} ពីរដង។ កម្មវិធីរុករក (browser) យកតែលក្ខណៈទីមួយ (បន្ទាត់ទី {line} ជួរឈរទី {column}) ហើយមិនអើពើនឹងលក្ខណៈនេះទេ។ សូមទុក {attribute} តែមួយប៉ុណ្ណោះ។")

    static let classNote = LocalizedText(
        en: "To give an element several classes, write them all in one attribute, separated by spaces: class=\"big red\".",
        km: "ដើម្បីឲ្យធាតុមួយមាន class ច្រើន សូមសរសេរវាទាំងអស់នៅក្នុងលក្ខណៈតែមួយ ដោយដកឃ្លារវាងពួកវា៖ class=\"big red\"។")

    static func message(tag: String, attribute: String, first: SourceLocation) -> LocalizedText {
        message.filling([
            "tag": tag, "attribute": attribute, "line": String(first.line), "column": String(first.column),
        ])
    }

    func check(_ context: HTMLDiagnosticContext, into emitter: inout FindingEmitter) {
        for tag in context.tags where !tag.isEndTag && !tag.droppedAtEndOfFile {
            // A broken quote makes junk attributes; that is reported by its own rule.
            let broken = tag.attributes.contains {
                $0.missingClosingQuote || $0.name.contains(where: { $0 == "\"" || $0 == "'" })
            }
            guard !broken, tag.attributes.count > 1 else { continue }
            var first: [String: SourceAttribute] = [:]
            for attribute in tag.attributes {
                guard let original = first[attribute.name] else {
                    first[attribute.name] = attribute
                    continue
                }
                emit(
                    Self.message(tag: tag.name, attribute: attribute.name, first: context.location(of: original.nameOffset)),
                    at: attribute.nameOffset, notes: attribute.name == "class" ? [Self.classNote] : [],
                    in: context, into: &emitter)
            }
        }
    }
}
