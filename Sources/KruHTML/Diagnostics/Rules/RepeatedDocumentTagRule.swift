import KruCore

/// `html.repeated-document-tag`: a second `<html>`, `<head>` or `<body>`
/// start tag, often from pasting a whole second page into the file. Browsers
/// ignore it (its attributes go to the first one). Reported at the `<` of the
/// second tag.
struct RepeatedDocumentTagRule: HTMLDiagnosticRule {
    static let id = "html.repeated-document-tag"
    static let severity = Severity.warning
    static let summary = LocalizedText(
        en: "A page has a second <html>, <head> or <body> tag.",
        km: "ទំព័រមួយមានស្លាក <html>, <head> ឬ <body> ទីពីរ។")

    static let message = LocalizedText(
        en: "This is a second <{name}> tag, but a page has only one <{name}> (the first is on line {line}). The browser ignores this one. Remove it, and keep everything in one <{name}>.",
        km: "នេះជាស្លាក <{name}> ទីពីរ ប៉ុន្តែទំព័រមួយមាន <{name}> តែមួយប៉ុណ្ណោះ (ទីមួយនៅបន្ទាត់ទី {line})។ កម្មវិធីរុករក (browser) មិនអើពើនឹងស្លាកនេះទេ។ សូមលុបវាចេញ ហើយដាក់អ្វីៗទាំងអស់នៅក្នុង <{name}> តែមួយ។")

    static let names: Set<String> = ["html", "head", "body"]

    func check(_ context: HTMLDiagnosticContext, into emitter: inout FindingEmitter) {
        var first: [String: Int] = [:]
        for tag in context.tags
        where !tag.isEndTag && !tag.droppedAtEndOfFile && !tag.inForeignContent && Self.names.contains(tag.name) {
            guard let firstOffset = first[tag.name] else {
                first[tag.name] = tag.start
                continue
            }
            emit(
                Self.message.filling(["name": tag.name, "line": String(context.line(of: firstOffset))]),
                at: tag.start, in: context, into: &emitter)
        }
    }
}
