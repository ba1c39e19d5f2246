import KruCore
import KruHTML
import Testing

/// A page with location markers (`1️⃣`, `2️⃣` …) removed, and where they were.
struct MarkedHTML {
    static let markerNames = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]

    let text: String
    let markers: [String: KruCore.SourceLocation]

    init(_ marked: String, file: String = "index.html") {
        var text = ""
        var offsets: [String: Int] = [:]
        var rest = Substring(marked)
        outer: while !rest.isEmpty {
            for name in Self.markerNames where rest.hasPrefix(name) {
                offsets[name] = text.utf8.count
                rest = rest.dropFirst(name.count)
                continue outer
            }
            text.append(rest.removeFirst())
        }
        let lines = LineIndex(text: text, file: file)
        self.text = text
        self.markers = offsets.mapValues { lines.location(ofByteOffset: $0) }
    }

    subscript(marker: String) -> KruCore.SourceLocation {
        guard let location = markers[marker] else {
            Issue.record("no marker \(marker) in the test input")
            return KruCore.SourceLocation(file: "", line: 0, column: 0)
        }
        return location
    }
}

/// Runs the diagnostics on a marked page.
func diagnose(_ marked: MarkedHTML) -> [Finding] {
    HTMLDiagnostics.run(on: HTMLParser.parse(text: marked.text, file: "index.html"))
}

/// Expects exactly the findings of `id` at the given markers, in order.
func expectFindings(
    _ id: String, at markerNames: [String], in source: String,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    let marked = MarkedHTML(source)
    let findings = diagnose(marked).filter { $0.id == id }
    let expected: [KruCore.SourceLocation?] = markerNames.map { marked[$0] }
    #expect(findings.map(\.location) == expected, "findings: \(findings.map { "\($0.location?.description ?? "-") \($0.message.en)" })", sourceLocation: sourceLocation)
}
