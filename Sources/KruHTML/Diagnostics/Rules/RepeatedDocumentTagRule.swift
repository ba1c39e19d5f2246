import KruCore

/// `html.repeated-document-tag`: a second `<html>`, `<head>` or `<body>`
/// start tag, often from pasting a whole second page into the file. Browsers
/// ignore it (its attributes go to the first one). Reported at the `<` of the
/// second tag.
struct RepeatedDocumentTagRule: HTMLDiagnosticRule {
    static let id = "html.repeated-document-tag"
    static let severity = Severity.warning
    static let needs = PageFacts.repeatedDocumentTag
    static let summary = LocalizedText(
        en: "A page has a second <html>, <head> or <body> tag.",
        km: "ទំព័រមួយមានស្លាក <html>, <head> ឬ <body> ទីពីរ។")

    static let message = LocalizedText(
        en: "This is a second <{name}> tag, but a page has only one <{name}> (the first is on line {line}). The browser ignores this one. Remove it, and keep everything in one <{name}>.",
        km: "នេះជាស្លាក <{name}> ទីពីរ ប៉ុន្តែទំព័រមួយមាន <{name}> តែមួយប៉ុណ្ណោះ (ទីមួយនៅបន្ទាត់ទី {line})។ កម្មវិធីរុករក (browser) មិនអើពើនឹងស្លាកនេះទេ។ សូមលុបវាចេញ ហើយដាក់អ្វីៗទាំងអស់នៅក្នុង <{name}> តែមួយ។")

    static func check(_ context: HTMLDiagnosticContext, into emitter: inout FindingEmitter) {
        // Where the first `<html>`, `<head>` and `<body>` are.
        var (firstHTML, firstHead, firstBody): (Int?, Int?, Int?) = (nil, nil, nil)
        for tag in context.tags
        where !tag.isEndTag && !tag.droppedAtEndOfFile && !tag.inForeignContent && tag.traits.contains(.documentTag) {
            let first = tag.name == .html ? firstHTML : tag.name == .head ? firstHead : firstBody
            guard let firstOffset = first else {
                switch tag.name {
                case .html: firstHTML = tag.start
                case .head: firstHead = tag.start
                default: firstBody = tag.start
                }
                continue
            }
            emit(
                Self.message.filling(["name": context.name(of: tag), "line": String(context.line(of: firstOffset))]),
                at: tag.start, in: context, into: &emitter)
        }
    }
}
