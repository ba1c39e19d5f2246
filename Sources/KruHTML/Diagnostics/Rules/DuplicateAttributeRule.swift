import KruCore

/// `html.duplicate-attribute`: a start tag that has the same attribute twice
/// (`<img src="a.png" src="b.png">`); browsers keep the first and ignore the
/// rest. Reported at the name of the repeated attribute.
struct DuplicateAttributeRule: HTMLDiagnosticRule {
    static let id = "html.duplicate-attribute"
    static let severity = Severity.warning
    static let needs = PageFacts.severalAttributes
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

    static func check(_ context: HTMLDiagnosticContext, into emitter: inout FindingEmitter) {
        for tag in context.tags where !tag.isEndTag && !tag.droppedAtEndOfFile && tag.attributes.count > 1 {
            let attributes = context.attributes(of: tag)
            // A broken quote makes junk attributes; that is reported by its own rule.
            let broken = attributes.contains { $0.missingClosingQuote || context.nameHasQuote($0) }
            guard !broken else { continue }
            for (index, original) in Self.repeatedAttributes(attributes, in: context.source) {
                let attribute = attributes[index]
                emit(
                    Self.message(
                        tag: context.name(of: tag), attribute: context.name(of: attribute),
                        first: context.location(of: original.nameOffset)),
                    at: attribute.nameOffset, notes: context.name(of: attribute) == "class" ? [Self.classNote] : [],
                    in: context, into: &emitter)
            }
        }
    }

    /// Every attribute whose name (ignoring ASCII case) an earlier one has, with that first one, in order.
    static func repeatedAttributes(
        _ attributes: ArraySlice<SourceAttribute>, in source: [UInt8]
    ) -> [(index: Int, first: SourceAttribute)] {
        func name(_ attribute: SourceAttribute) -> ArraySlice<UInt8> { source[attribute.nameOffset..<attribute.nameEnd] }
        var repeated: [(index: Int, first: SourceAttribute)] = []
        if attributes.count <= 16 {
            for index in attributes.indices {
                let written = name(attributes[index])
                let first = attributes[..<index].first { other in
                    let otherName = name(other)
                    return otherName.count == written.count
                        && zip(otherName, written).allSatisfy { lowercased($0) == lowercased($1) }
                }
                if let first { repeated.append((index, first)) }
            }
            return repeated
        }
        var first: [[UInt8]: SourceAttribute] = [:]
        for index in attributes.indices {
            let key = name(attributes[index]).map(lowercased)
            if let original = first[key] { repeated.append((index, original)) } else { first[key] = attributes[index] }
        }
        return repeated
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
}
