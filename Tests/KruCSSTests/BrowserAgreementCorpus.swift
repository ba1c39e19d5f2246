import Foundation
import KruCore
import KruHTML
import Testing

/// The browser-agreement corpus: pages in `Fixtures/browser/` and what
/// Chromium's `getComputedStyle` reported for them, recorded by
/// `scripts/chromium/record_styles.py` into `NAME.chromium.json`.
enum BrowserCorpus {
    /// The properties every recorded element has a value for (issue 3, item 3).
    static let properties = [
        "color", "background-color", "background-image",
        "font-family", "font-size", "font-weight", "font-style", "line-height",
        "text-align", "text-decoration-line", "text-transform",
        "display", "visibility", "opacity",
        "width", "height", "min-width", "max-width", "min-height", "max-height",
        "margin-top", "margin-right", "margin-bottom", "margin-left",
        "padding-top", "padding-right", "padding-bottom", "padding-left",
        "border-top-width", "border-right-width", "border-bottom-width", "border-left-width",
        "border-top-style", "border-right-style", "border-bottom-style", "border-left-style",
        "border-top-color", "border-right-color", "border-bottom-color", "border-left-color",
        "border-top-left-radius", "border-top-right-radius",
        "border-bottom-right-radius", "border-bottom-left-radius",
        "box-sizing", "position", "top", "right", "bottom", "left", "z-index", "float",
        "flex-direction", "flex-wrap", "justify-content", "align-items", "align-content",
        "flex-grow", "flex-shrink", "flex-basis", "row-gap", "column-gap",
        "grid-template-columns", "list-style-type", "cursor", "overflow",
    ]

    /// Properties whose `getComputedStyle` value may be a used value from
    /// layout (CSSOM "resolved value"); the recording then also holds the
    /// typed-OM computed value, which is what kru (no layout) must match.
    static let layoutResolved: Set<String> = [
        "width", "height",
        "margin-top", "margin-right", "margin-bottom", "margin-left",
        "padding-top", "padding-right", "padding-bottom", "padding-left",
        "top", "right", "bottom", "left", "grid-template-columns",
    ]

    /// One recorded page.
    struct Recording: Decodable, Sendable {
        struct Viewport: Decodable, Sendable {
            let width: Double
            let height: Double
            let media: String
        }

        struct RecordedElement: Decodable, Sendable {
            /// `data-k` value, or `TAG:N` (N-th element named TAG) on pages without markers.
            let key: String
            let tag: String
            /// `getComputedStyle(element).getPropertyValue(property)`.
            let computed: [String: String]
            /// `computedStyleMap().get(property).toString()` for layout-resolved
            /// properties, where it differs from `computed`.
            let typedOM: [String: String]?
        }

        /// The page's HTML file, relative to the corpus folder.
        let page: String
        let browser: String
        let viewport: Viewport
        let elements: [RecordedElement]

        /// The page's name: `col-hex` for `col-hex.html` and `file-import/index.html`.
        var name: String {
            page.hasSuffix("/index.html") ? String(page.dropLast("/index.html".count)) : String(page.dropLast(".html".count))
        }
    }

    /// The corpus folder inside the test bundle.
    static var folder: URL {
        get throws {
            try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil)).appendingPathComponent("browser")
        }
    }

    /// Every recording on the standard 1024 x 768 screen (`NAME.chromium.json`), sorted by page;
    /// with `otherScreens`, also the few pages recorded on a phone screen too (`NAME.chromium-WxH.json`).
    static func recordings(otherScreens: Bool = false) throws -> [Recording] {
        let folder = try folder
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".chromium.json") || (otherScreens && $0.contains(".chromium-") && $0.hasSuffix(".json")) }
            .sorted()
        return try names.map { name in
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            return try JSONDecoder().decode(Recording.self, from: data)
        }
    }

    /// The repository's `graders/css` folder.
    static let cssGraders = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("graders/css")

    /// Where an `ex-*` recording's page is: the CSS exercises' solutions and known-wrong samples
    /// are read in place (`ex-06-colors-fonts-solution` → `graders/css/06-colors-fonts/solution.html`,
    /// `ex-08-flexbox-wrong-phone-only` → `graders/css/08-flexbox/wrong/phone-only.html`, or the
    /// folder of that name), as `scripts/chromium/record_styles.py` recorded them.
    static func exercisePage(_ name: String) throws -> URL {
        let exercises = try FileManager.default.contentsOfDirectory(atPath: cssGraders.path)
        let exercise = try #require(exercises.first { name.hasPrefix("ex-\($0)-") }, "no exercise for \(name)")
        let sample = name.dropFirst("ex-\(exercise)-".count)
        let base = sample == "solution"
            ? cssGraders.appendingPathComponent("\(exercise)/solution")
            : cssGraders.appendingPathComponent("\(exercise)/wrong/\(sample.dropFirst("wrong-".count))")
        let file = base.appendingPathExtension("html")
        return FileManager.default.fileExists(atPath: file.path) ? file : base
    }

    /// The page as a submission: a single `.html` file becomes `index.html`,
    /// a folder page holds its linked files too.
    static func submission(for recording: Recording) throws -> SubmissionFiles {
        if recording.name.hasPrefix("ex-") { return try SubmissionLoader.load(try exercisePage(recording.name)) }
        let folder = try folder
        let url = recording.page.hasSuffix("/index.html")
            ? folder.appendingPathComponent(recording.name)
            : folder.appendingPathComponent(recording.page)
        return try SubmissionLoader.load(url)
    }

    /// The parsed `index.html` of a submission.
    static func document(of submission: SubmissionFiles) throws -> HTMLDocument {
        let data = try #require(submission.data("index.html"))
        return try HTMLParser.parse(data: data, file: "index.html")
    }

    /// The element a recorded key names, or `nil` when there is none.
    static func element(forKey key: String, in document: HTMLDocument) -> Element? {
        if let colon = key.lastIndex(of: ":"), let index = Int(key[key.index(after: colon)...]),
            !document.elements.contains(where: { $0.attribute("data-k") != nil })
        {
            let named = document.elements(named: String(key[..<colon]))
            return index < named.count ? named[index] : nil
        }
        let matches = document.elements.filter { $0.attribute("data-k") == key }
        return matches.count == 1 ? matches[0] : nil
    }
}
