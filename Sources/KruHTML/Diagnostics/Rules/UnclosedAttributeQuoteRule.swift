import KruCore

/// `html.unclosed-attribute-quote`: an attribute value that starts with a
/// quote but misses its closing quote, as in `<a href="page.html>` or
/// `<img src="cat.png alt="cat">`. Reported at the opening quote.
///
/// The signs: the value runs to the end of the file; the attribute after it
/// starts with a stray quote; or the value spans lines and holds markup.
struct UnclosedAttributeQuoteRule: HTMLDiagnosticRule {
    static let id = "html.unclosed-attribute-quote"
    static let severity = Severity.error
    static let needs = PageFacts.missingClosingQuote
    static let summary = LocalizedText(
        en: "An attribute value starts with a quote but has no closing quote.",
        km: "តម្លៃរបស់លក្ខណៈ (attribute) ចាប់ផ្ដើមដោយសញ្ញាសម្រង់ ប៉ុន្តែគ្មានសញ្ញាសម្រង់បិទទេ។")

    static let message = LocalizedText(
        en: "The value of {attribute} in <{tag}> starts with the quote {quote} here, but the closing {quote} is missing. Add {quote} at the end of the value.",
        km: "តម្លៃរបស់ {attribute} នៅក្នុង <{tag}> ចាប់ផ្ដើមដោយសញ្ញាសម្រង់ {quote} នៅទីនេះ ប៉ុន្តែខ្វះសញ្ញាសម្រង់ {quote} សម្រាប់បិទ។ សូមបន្ថែម {quote} នៅចុងតម្លៃ។")

    static let swallowedNote = LocalizedText(
        en: "The browser reads everything up to the next {quote} (line {line}) as part of the value, so part of your page can disappear.",
        km: "កម្មវិធីរុករក (browser) អានអ្វីៗទាំងអស់ រហូតដល់សញ្ញា {quote} បន្ទាប់ (បន្ទាត់ទី {line}) ធ្វើជាផ្នែកនៃតម្លៃ ដូច្នេះផ្នែកខ្លះនៃទំព័ររបស់អ្នកអាចបាត់។")

    static let endOfFileNote = LocalizedText(
        en: "There is no other {quote} after it, so the browser reads to the end of the file and drops this tag.",
        km: "គ្មានសញ្ញា {quote} ណាទៀតនៅខាងក្រោយវាទេ ដូច្នេះកម្មវិធីរុករក (browser) អានរហូតដល់ចុងឯកសារ ហើយបោះបង់ស្លាកនេះចោល។")

    static func notes(
        for attribute: SourceAttribute, in tag: SourceTag, values: [String: String], context: HTMLDiagnosticContext
    ) -> [LocalizedText] {
        if let swallowed = attribute.swallowedUpTo {
            var values = values
            values["line"] = String(context.line(of: swallowed))
            return [swallowedNote.filling(values)]
        }
        return tag.droppedAtEndOfFile ? [endOfFileNote.filling(values)] : []
    }

    static func check(_ context: HTMLDiagnosticContext, into emitter: inout FindingEmitter) {
        for tag in context.tags {
            for attribute in context.attributes(of: tag) where attribute.missingClosingQuote {
                guard let quoteOffset = attribute.quoteOffset, let quote = attribute.quote else { continue }
                let values = [
                    "attribute": context.name(of: attribute), "tag": context.name(of: tag),
                    "quote": String(UnicodeScalar(quote)),
                ]
                emit(
                    Self.message.filling(values), at: quoteOffset,
                    notes: Self.notes(for: attribute, in: tag, values: values, context: context),
                    in: context, into: &emitter)
            }
        }
    }
}
