import KruCSS
import KruCore
import KruHTML
import KruSelectors
import Testing

/// A page parsed and styled, with helpers to ask for values by selector.
struct StyledPage {
    let document: HTMLDocument
    let styles: ComputedStyles

    init(_ html: String, files: [String: String] = [:], viewport: Viewport = .standard) {
        document = HTMLParser.parse(text: html, file: "index.html")
        var data = files.mapValues { Data($0.utf8) }
        data["index.html"] = Data(html.utf8)
        let submission = SubmissionFiles(origin: "test", files: data)
        let sheets = StyleSheetSet.collect(from: document, submission: submission, htmlPath: "index.html")
        styles = ComputedStyles.compute(document: document, sheets: sheets, viewport: viewport)
    }

    func element(_ selector: String) -> Element {
        guard let element = try? SelectorList.parse(selector).select(in: document).first else {
            Issue.record("no element matches \(selector)")
            return document.documentElement!
        }
        return element
    }

    /// The serialised computed value, as getComputedStyle reports it.
    func value(_ selector: String, _ property: String) -> String? {
        styles.value(property, for: element(selector))
    }
}

/// `<!DOCTYPE html>` page with a style sheet and a body.
func page(css: String, body: String) -> String {
    "<!DOCTYPE html>\n<html><head><style>\n\(css)\n</style></head><body>\(body)</body></html>"
}

import Foundation
