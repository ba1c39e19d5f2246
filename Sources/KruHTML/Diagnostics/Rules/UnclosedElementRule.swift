import KruCore

/// `html.unclosed-element`: an element whose end tag is required (`<div>`,
/// `<a>`, `<h1>`, `<ul>`, `<span>`, `<title>` …) is never closed by its own
/// end tag. Reported at the `<` of its start tag.
///
/// Elements whose end tag HTML allows leaving out (`<p>`, `<li>`, `<td>`,
/// `<tr>`, `<option>`, `<html>`, `<head>`, `<body>` …) are not reported: a
/// page that leaves out `</li>` is valid HTML and browsers agree on its tree.
struct UnclosedElementRule: HTMLDiagnosticRule {
    static let id = "html.unclosed-element"
    static let severity = Severity.error
    static let needs = PageFacts.nestingProblem
    static let summary = LocalizedText(
        en: "An element that needs an end tag (like <div> or <a>) is never closed.",
        km: "ធាតុដែលត្រូវការស្លាកបិទ (ដូចជា <div> ឬ <a>) មិនដែលត្រូវបានបិទទេ។")

    static let message = LocalizedText(
        en: "<{name}> is opened here but never closed. Add </{name}> where it should end.",
        km: "ស្លាក <{name}> ត្រូវបានបើកនៅទីនេះ ប៉ុន្តែមិនដែលបិទទេ។ សូមបន្ថែម </{name}> នៅកន្លែងដែលវាគួរបញ្ចប់។")

    static let rawTextMessage = LocalizedText(
        en: "<{name}> is never closed, so the browser takes everything after it, to the end of the file, as part of it, and the rest of your page disappears. Add </{name}>.",
        km: "ស្លាក <{name}> មិនដែលបិទទេ ដូច្នេះកម្មវិធីរុករក (browser) យកអ្វីៗទាំងអស់នៅខាងក្រោយវា រហូតដល់ចុងឯកសារ ធ្វើជាផ្នែករបស់វា ហើយផ្នែកដែលនៅសល់នៃទំព័ររបស់អ្នកបាត់អស់។ សូមបន្ថែម </{name}>។")

    static let missingSlash = LocalizedText(
        en: "<{name}> is opened here but never closed: on line {line} there is a second <{name}> where </{name}> should be. An end tag needs a slash: write </{name}>.",
        km: "ស្លាក <{name}> ត្រូវបានបើកនៅទីនេះ ប៉ុន្តែមិនដែលបិទទេ៖ នៅបន្ទាត់ទី {line} មាន <{name}> ទីពីរ នៅកន្លែងដែលគួរតែជា </{name}>។ ស្លាកបិទត្រូវការសញ្ញា / ៖ សូមសរសេរ </{name}>។")

    static let closedByNote = LocalizedText(
        en: "The browser ended it by itself at {closer} on line {line}.",
        km: "កម្មវិធីរុករកបានបញ្ចប់វាដោយខ្លួនឯង នៅ {closer} លើបន្ទាត់ទី {line}។")

    static let selfClosingNote = LocalizedText(
        en: "In HTML, \"/>\" does not close <{name}>: only empty elements such as <br> and <img> can end like that. Write <{name}></{name}>.",
        km: "ក្នុង HTML សញ្ញា \"/>\" មិនបិទ <{name}> ទេ៖ មានតែធាតុទទេ ដូចជា <br> និង <img> ទេ ដែលអាចបញ្ចប់បែបនេះបាន។ សូមសរសេរ <{name}></{name}>។")

    static func notes(for tag: SourceTag, closedBy: Int?, in context: HTMLDiagnosticContext) -> [LocalizedText] {
        var notes: [LocalizedText] = []
        // </body> and </html> end nothing in a browser: no note for them.
        if let closedBy, context.tags[closedBy].name != .body, context.tags[closedBy].name != .html {
            let closer = context.tags[closedBy]
            notes.append(closedByNote.filling([
                "closer": TagText.of(closer, in: context), "line": String(context.line(of: closer.start)),
            ]))
        }
        if tag.selfClosing, !tag.inForeignContent {
            notes.append(selfClosingNote.filling(["name": context.name(of: tag)]))
        }
        return notes
    }

    static func check(_ context: HTMLDiagnosticContext, into emitter: inout FindingEmitter) {
        for event in context.structure.events {
            if case .missingSlash(let start, let again) = event {
                let tag = context.tags[start]
                let repeated = context.tags[again]
                emit(
                    Self.missingSlash.filling([
                        "name": context.name(of: tag), "line": String(context.line(of: repeated.start)),
                    ]), at: tag.start, in: context, into: &emitter)
                continue
            }
            guard case .unclosed(let start, let closedBy) = event else { continue }
            let tag = context.tags[start]
            emit(
                (tag.rawTextRunsToEndOfFile ? Self.rawTextMessage : Self.message).filling(["name": context.name(of: tag)]),
                at: tag.start, notes: Self.notes(for: tag, closedBy: closedBy, in: context),
                in: context, into: &emitter)
        }
    }
}
