import KruCore

/// `html.unclosed-tag`: a tag missing its closing `>`, so that the next tag
/// starts inside it (`</p` then `<p>` on the next line), or the file ends
/// inside it. Browsers read the next tag as junk attributes, or drop a tag
/// cut off by the end of the file; kru takes the tag to end where the next
/// `<` starts. Reported at the `<` of the tag missing its `>`.
struct UnclosedTagRule: HTMLDiagnosticRule {
    static let id = "html.unclosed-tag"
    static let severity = Severity.error
    static let needs = PageFacts.incompleteTag
    static let summary = LocalizedText(
        en: "A tag is missing its closing >.",
        km: "ស្លាកមួយខ្វះសញ្ញា > សម្រាប់បិទ។")

    static let message = LocalizedText(
        en: "The tag {tag} has no closing > before the next tag starts. Add > at the end of the tag: {tag}>.",
        km: "ស្លាក {tag} គ្មានសញ្ញា > សម្រាប់បិទ មុនពេលស្លាកបន្ទាប់ចាប់ផ្ដើមទេ។ សូមបន្ថែម > នៅចុងស្លាក៖ {tag}>។")

    static let endOfFileMessage = LocalizedText(
        en: "The tag {tag} has no closing > before the end of the file, so the browser drops it. Add > at the end of the tag: {tag}>.",
        km: "ស្លាក {tag} គ្មានសញ្ញា > សម្រាប់បិទ មុនចុងឯកសារទេ ដូច្នេះកម្មវិធីរុករក (browser) បោះបង់វាចោល។ សូមបន្ថែម > នៅចុងស្លាក៖ {tag}>។")

    /// A tag cut off inside a quoted value is reported by `html.unclosed-attribute-quote`.
    static func hasOpenQuote(_ tag: SourceTag, in context: HTMLDiagnosticContext) -> Bool {
        context.attributes(of: tag).contains { $0.missingClosingQuote }
    }

    static func check(_ context: HTMLDiagnosticContext, into emitter: inout FindingEmitter) {
        for tag in context.tags where tag.missingGreaterThan || (tag.droppedAtEndOfFile && !Self.hasOpenQuote(tag, in: context)) {
            let written = (tag.isEndTag ? "</" : "<") + context.name(of: tag)
            let message = tag.missingGreaterThan ? Self.message : Self.endOfFileMessage
            emit(message.filling(["tag": written]), at: tag.start, in: context, into: &emitter)
        }
    }
}
