import KruCore

/// `html.void-end-tag`: an end tag for an empty ("void") element, such as
/// `</img>`, `</br>` or `</input>`. Reported at the `<` of the end tag.
struct VoidEndTagRule: HTMLDiagnosticRule {
    static let id = "html.void-end-tag"
    static let severity = Severity.warning
    static let needs = PageFacts.voidEndTag
    static let summary = LocalizedText(
        en: "An empty element such as <img> or <br> has an end tag (</img>, </br>).",
        km: "ធាតុទទេ ដូចជា <img> ឬ <br> មានស្លាកបិទ (</img>, </br>)។")

    static let message = LocalizedText(
        en: "<{name}> is an empty element: it has no content and no end tag. Remove </{name}>.",
        km: "<{name}> ជាធាតុទទេ៖ វាគ្មានខ្លឹមសារ ហើយក៏គ្មានស្លាកបិទដែរ។ សូមលុប </{name}> ចេញ។")

    static let lineBreakNote = LocalizedText(
        en: "The browser turns </br> into one more line break <br>.",
        km: "កម្មវិធីរុករក (browser) ប្ដូរ </br> ទៅជាការចុះបន្ទាត់ <br> មួយទៀត។")

    static let linkNote = LocalizedText(
        en: "To make a link people can click, use <a href=\"page.html\">text</a>. <link> only connects a file, such as a CSS file, in <head>.",
        km: "ដើម្បីបង្កើតតំណដែលគេអាចចុចបាន សូមប្រើ <a href=\"page.html\">អត្ថបទ</a>។ <link> គ្រាន់តែភ្ជាប់ឯកសារមួយ ដូចជាឯកសារ CSS នៅក្នុង <head> ប៉ុណ្ណោះ។")

    static func check(_ context: HTMLDiagnosticContext, into emitter: inout FindingEmitter) {
        for tag in context.tags
        where tag.isEndTag && !tag.droppedAtEndOfFile && !tag.inForeignContent
            && tag.traits.contains(.void)
        {
            var notes: [LocalizedText] = []
            if tag.name == .br { notes.append(Self.lineBreakNote) }
            if tag.name == .link { notes.append(Self.linkNote) }
            emit(Self.message.filling(["name": context.name(of: tag)]), at: tag.start, notes: notes, in: context, into: &emitter)
        }
    }
}
