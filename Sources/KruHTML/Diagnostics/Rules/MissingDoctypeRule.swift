import KruCore

/// `html.missing-doctype`: the page does not begin with `<!DOCTYPE html>`
/// (only whitespace and comments may come before it), so browsers render it
/// in quirks mode. Reported at line 1, column 1.
struct MissingDoctypeRule: HTMLDiagnosticRule {
    static let id = "html.missing-doctype"
    static let severity = Severity.warning
    static let needs = PageFacts.contentBeforeDoctype
    static let summary = LocalizedText(
        en: "The page does not start with <!DOCTYPE html>.",
        km: "ទំព័រមិនចាប់ផ្ដើមដោយ <!DOCTYPE html> ទេ។")

    static let message = LocalizedText(
        en: "The page does not start with <!DOCTYPE html>. Without it the browser uses an old \"quirks\" mode and your page can look different from what you expect. Add <!DOCTYPE html> as the very first line.",
        km: "ទំព័រនេះមិនចាប់ផ្ដើមដោយ <!DOCTYPE html> ទេ។ បើគ្មានវាទេ កម្មវិធីរុករក (browser) ប្រើរបៀបចាស់មួយហៅថា \"quirks\" ហើយទំព័ររបស់អ្នកអាចបង្ហាញខុសពីអ្វីដែលអ្នករំពឹងទុក។ សូមសរសេរ <!DOCTYPE html> នៅបន្ទាត់ទីមួយបង្អស់។")

    static let lateDoctype = LocalizedText(
        en: "There is a <!DOCTYPE> on line {line}, but it must come before everything else.",
        km: "មាន <!DOCTYPE> នៅបន្ទាត់ទី {line} ប៉ុន្តែវាត្រូវតែនៅមុនអ្វីៗទាំងអស់។")

    static func check(_ context: HTMLDiagnosticContext, into emitter: inout FindingEmitter) {
        guard case .contentFirst(let lateDoctype) = context.markup.prologue else { return }
        let notes = lateDoctype.map { [Self.lateDoctype.filling(["line": String(context.line(of: $0))])] } ?? []
        emit(Self.message, at: 0, notes: notes, in: context, into: &emitter)
    }
}
