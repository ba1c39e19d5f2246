import KruCore

/// `html.unclosed-comment`: a `<!--` comment that is never closed with
/// `-->`, which hides the whole rest of the page. Reported at the `<!--`.
struct UnclosedCommentRule: HTMLDiagnosticRule {
    static let id = "html.unclosed-comment"
    static let severity = Severity.error
    static let needs = PageFacts.unclosedComment
    static let summary = LocalizedText(
        en: "A comment <!-- is never closed with -->, so the rest of the page is hidden.",
        km: "មតិយោបល់ <!-- មិនដែលបិទដោយ --> ទេ ដូច្នេះផ្នែកដែលនៅសល់នៃទំព័រត្រូវបានលាក់។")

    static let message = LocalizedText(
        en: "This comment <!-- is never closed with -->, so the browser hides everything after it. Add --> where the comment should end.",
        km: "មតិយោបល់ (comment) <!-- នេះមិនដែលបិទដោយ --> ទេ ដូច្នេះកម្មវិធីរុករក (browser) លាក់អ្វីៗទាំងអស់នៅខាងក្រោយវា។ សូមបន្ថែម --> នៅកន្លែងដែលមតិយោបល់គួរបញ្ចប់។")

    static func check(_ context: HTMLDiagnosticContext, into emitter: inout FindingEmitter) {
        if let offset = context.markup.unclosedComment {
            emit(Self.message, at: offset, in: context, into: &emitter)
        }
    }
}
