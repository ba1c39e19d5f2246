import KruCore

/// `html.stray-end-tag`: an end tag with no open element of that name to
/// close (`</div>` once too often, `</p>` after the browser already ended
/// the paragraph at a `<div>` or `<ul>`). Reported at the `<` of the end tag.
struct StrayEndTagRule: HTMLDiagnosticRule {
    static let id = "html.stray-end-tag"
    static let severity = Severity.warning
    static let needs = PageFacts.nestingProblem
    static let summary = LocalizedText(
        en: "An end tag has no open element to close.",
        km: "ស្លាកបិទគ្មានធាតុដែលកំពុងបើក សម្រាប់បិទទេ។")

    static let message = LocalizedText(
        en: "</{name}> has nothing to close: no <{name}> is open here. Remove it, or add the missing <{name}> before it.",
        km: "</{name}> គ្មានអ្វីសម្រាប់បិទទេ៖ នៅទីនេះគ្មានស្លាក <{name}> ណាមួយកំពុងបើកទេ។ សូមលុបវាចេញ ឬបន្ថែម <{name}> ដែលបាត់ នៅពីមុខវា។")

    static let closedEarlyNote = LocalizedText(
        en: "The <{name}> on line {line} was already ended by {closer} on line {closerLine}.",
        km: "ស្លាក <{name}> នៅបន្ទាត់ទី {line} ត្រូវបានបញ្ចប់រួចហើយ ដោយ {closer} នៅបន្ទាត់ទី {closerLine}។")

    static let paragraphNote = LocalizedText(
        en: "A paragraph <p> cannot contain {closer}, so the browser ends the paragraph there. Close </p> before {closer}, or use <div> instead of <p>.",
        km: "កថាខណ្ឌ <p> មិនអាចផ្ទុក {closer} នៅខាងក្នុងបានទេ ដូច្នេះកម្មវិធីរុករក (browser) បញ្ចប់កថាខណ្ឌនៅទីនោះ។ សូមបិទ </p> នៅមុន {closer} ឬប្រើ <div> ជំនួស <p>។")

    static func notes(
        for tag: SourceTag, closedEarly early: TagStructure.EarlyClose?, in context: HTMLDiagnosticContext
    ) -> [LocalizedText] {
        guard let early else { return [] }
        let closer = context.tags[early.closedBy]
        let values = [
            "name": context.name(of: tag), "line": String(context.line(of: context.tags[early.start].start)),
            "closer": TagText.of(closer, in: context), "closerLine": String(context.line(of: closer.start)),
        ]
        var notes = [closedEarlyNote.filling(values)]
        if tag.name == .p, !closer.isEndTag, closer.name != .p {
            notes.append(paragraphNote.filling(values))
        }
        return notes
    }

    static func check(_ context: HTMLDiagnosticContext, into emitter: inout FindingEmitter) {
        for event in context.structure.events {
            guard case .stray(let endTag, let early) = event else { continue }
            let tag = context.tags[endTag]
            emit(
                Self.message.filling(["name": context.name(of: tag)]), at: tag.start,
                notes: Self.notes(for: tag, closedEarly: early, in: context), in: context, into: &emitter)
        }
    }
}
