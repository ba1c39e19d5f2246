import KruCore

/// `css.missing-stylesheet`: a `<link rel="stylesheet">` (or `@import`) naming
/// a file that is not in the submission, so none of its styles apply.
public struct MissingStylesheetRule: CSSDiagnosticRule {
    public static let id = "css.missing-stylesheet"

    public init() {}

    public func check(_ context: CSSDiagnosticContext, into emitter: inout FindingEmitter) {
        let cssFiles = context.sheets.submissionCSSFiles
        for missing in context.sheets.missing {
            var notes: [LocalizedText] = []
            if let path = missing.resolvedPath,
                let match = cssFiles.first(where: { $0.lowercased() == path.lowercased() })
                    ?? DiagnosticText.closest(to: path, in: cssFiles)
            {
                notes.append(LocalizedText(
                    en: "The submission has `{file}`: file names must match exactly, including capital letters and folders.",
                    km: "ការដាក់ស្នើមានឯកសារ `{file}`៖ ឈ្មោះឯកសារត្រូវតែដូចគ្នាបេះបិទ រួមទាំងអក្សរធំ និងថត។"
                ).filling(["file": match]))
            } else if missing.resolvedPath == nil {
                notes.append(LocalizedText(
                    en: "The link leads outside the submission folder; keep the CSS file next to the page.",
                    km: "តំណនេះនាំទៅក្រៅថតនៃការដាក់ស្នើ; សូមទុកឯកសារ CSS នៅជាមួយទំព័រ។"))
            }
            emitter.emit(
                Self.id, severity: .error,
                LocalizedText(
                    en: "the style sheet `{href}` is not in the submission, so none of its styles apply",
                    km: "សន្លឹករចនាប័ទ្ម `{href}` មិនមាននៅក្នុងការដាក់ស្នើទេ ដូច្នេះគ្មានរចនាប័ទ្មណាមួយរបស់វាត្រូវបានអនុវត្តទេ"
                ).filling(["href": missing.href]),
                at: missing.location, notes: notes)
        }
    }
}
