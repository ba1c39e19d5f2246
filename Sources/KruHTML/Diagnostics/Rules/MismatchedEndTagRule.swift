import KruCore

/// `html.mismatched-end-tag`: an end tag that does not close the element the
/// author is inside:
/// - crossed nesting, `<b><i>…</b></i>`: reported at `</b>`, which closes
///   `<b>` while `<i>` is still open inside it;
/// - a wrong name, `<h1>…</h2>` or `<ul>…</ol>`: reported at the end tag;
/// - an end tag that comes after the browser already ended its element
///   (`<p><b>…<div>…</div></b>`): reported at the late end tag.
struct MismatchedEndTagRule: HTMLDiagnosticRule {
    static let id = "html.mismatched-end-tag"
    static let severity = Severity.error
    static let needs = PageFacts.nestingProblem
    static let summary = LocalizedText(
        en: "An end tag does not match the element it closes (like <h1>…</h2> or <b><i></b></i>).",
        km: "ស្លាកបិទមិនត្រូវគ្នានឹងធាតុដែលវាបិទ (ដូចជា <h1>…</h2> ឬ <b><i></b></i>)។")

    static let crossed = LocalizedText(
        en: "</{name}> closes <{name}>, but <{inner}> (opened on line {line}) is still open inside it. Close the inner tag first: </{inner}></{name}>.",
        km: "</{name}> បិទស្លាក <{name}> ប៉ុន្តែស្លាក <{inner}> (បើកនៅបន្ទាត់ទី {line}) ដែលនៅខាងក្នុងវា នៅតែបើកនៅឡើយ។ សូមបិទស្លាកខាងក្នុងមុនសិន៖ </{inner}></{name}>។")

    static let wrongName = LocalizedText(
        en: "</{name}> does not match <{open}> (line {line}). A start tag and its end tag must have the same name: write </{open}> here.",
        km: "</{name}> មិនត្រូវគ្នានឹង <{open}> (បន្ទាត់ទី {line}) ទេ។ ស្លាកបើក និងស្លាកបិទរបស់វា ត្រូវតែមានឈ្មោះដូចគ្នា៖ សូមសរសេរ </{open}> នៅទីនេះ។")

    static let late = LocalizedText(
        en: "</{name}> comes too late: the browser already ended <{name}> (line {line}) at {closer} on line {closerLine}. Close </{name}> before {closer}.",
        km: "</{name}> មកយឺតពេក៖ កម្មវិធីរុករក (browser) បានបញ្ចប់ <{name}> (បន្ទាត់ទី {line}) រួចហើយ នៅ {closer} លើបន្ទាត់ទី {closerLine}។ សូមសរសេរ </{name}> នៅមុន {closer}។")

    static func check(_ context: HTMLDiagnosticContext, into emitter: inout FindingEmitter) {
        for event in context.structure.events {
            switch event {
            case .crossed(let endTag, let inner):
                let tag = context.tags[endTag]
                let innerTag = context.tags[inner]
                emit(
                    Self.crossed.filling([
                        "name": context.name(of: tag), "inner": context.name(of: innerTag), "line": String(context.line(of: innerTag.start)),
                    ]), at: tag.start, in: context, into: &emitter)
            case .mismatched(let endTag, let open):
                let tag = context.tags[endTag]
                let openTag = context.tags[open]
                emit(
                    Self.wrongName.filling([
                        "name": context.name(of: tag), "open": context.name(of: openTag), "line": String(context.line(of: openTag.start)),
                    ]), at: tag.start, in: context, into: &emitter)
            case .late(let endTag, let start, let closedBy):
                let tag = context.tags[endTag]
                let closer = context.tags[closedBy]
                emit(
                    Self.late.filling([
                        "name": context.name(of: tag), "line": String(context.line(of: context.tags[start].start)),
                        "closer": TagText.of(closer, in: context), "closerLine": String(context.line(of: closer.start)),
                    ]), at: tag.start, in: context, into: &emitter)
            case .unclosed, .missingSlash, .stray:
                continue
            }
        }
    }
}
