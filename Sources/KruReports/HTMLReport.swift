import Foundation
import KruCore

/// One student's report as a single self-contained HTML page (inline CSS,
/// inline SVG, no external files), in the student's language, that prints
/// well: each exercise with its score, every check, the failing ones with
/// what was found, the source line and a hint; puzzles with the maze picture.
public enum HTMLReport {
    /// The page for `student` from their rows (one per exercise), with the exercise titles.
    public static func page(
        student: CohortStudent, rows: [CohortRow], exercises: [CohortExercise], date: Date
    ) -> String {
        let language = student.language
        let e = HTMLReportStyle.escape
        let title = BatchLabels.reportTitle.filling(["name": student.name]).text(language)
        var earned = 0.0, available = 0.0
        for row in rows {
            if case .graded(let graded, _) = row.outcome {
                earned += graded.result.score
                available += graded.result.maxScore
            } else if let max = exercises.first(where: { $0.id == row.exercise })?.maxScore {
                available += max
            }
        }
        var html = """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(e(title)) — kru</title>
            <style>\(HTMLReportStyle.css)</style>
            </head>
            <body>
            <header>
            <h1>\(e(title))</h1>
            <p class="muted">\(e(BatchLabels.generated.filling(["date": dateText(date)]).text(language)))</p>
            <p><strong>\(e(BatchLabels.total.text(language))): \(ReportLabels.points(earned))/\(ReportLabels.points(available))</strong></p>
            </header>
            <main>

            """
        for row in rows {
            let exercise = exercises.first { $0.id == row.exercise }
            html += section(row, title: exercise?.title, maxScore: exercise?.maxScore, language: language)
        }
        html += "</main>\n</body>\n</html>\n"
        return html
    }

    static func dateText(_ date: Date) -> String { UTCDate.readable(date) }

    static func section(_ row: CohortRow, title: LocalizedText?, maxScore: Double?, language: Language) -> String {
        let e = HTMLReportStyle.escape
        let heading = title.map { $0.text(language) } ?? row.exercise
        switch row.outcome {
        case .missing:
            return """
                <section class="exercise missing"><h2><span>\(e(heading))</span><span class="score">–/\(maxScore.map(ReportLabels.points) ?? "–")</span></h2>
                <p class="muted">\(e(row.exercise))</p>
                <p>\(e(BatchLabels.notSubmitted.text(language)))</p></section>

                """
        case .error(let file, let message):
            return """
                <section class="exercise error"><h2><span>\(e(heading))</span><span class="score">–/\(maxScore.map(ReportLabels.points) ?? "–")</span></h2>
                <p class="muted">\(e(row.exercise))</p>
                <p><span class="mark error">!</span><strong>\(e(BatchLabels.couldNotGrade.text(language)))</strong></p>
                <p class="detail"><code>\(e(file))</code>: \(e(message.text(language)))</p></section>

                """
        case .graded(let graded, let reused):
            let result = graded.result
            var html = """
                <section class="exercise \(result.passed ? "pass" : "fail")"><h2><span>\(e(result.title.text(language)))</span><span class="score">\(ReportLabels.points(result.score))/\(ReportLabels.points(result.maxScore))</span></h2>
                <p class="muted">\(e(row.exercise)) · \(e(BatchLabels.submittedFrom.text(language))): <code>\(e(row.origin))</code>\(reused ? " · " + e(BatchLabels.reused.text(language)) : "")</p>
                <ul class="checks">

                """
            for check in result.checks {
                let status = check.status.rawValue
                let mark = check.status == .pass ? "✔" : (check.status == .fail ? "✘" : "!")
                html += "<li class=\"\(status)\"><span class=\"mark \(status)\">\(mark)</span><strong>\(e(check.title.text(language)))</strong>"
                html += " <span class=\"muted\">(\(e(check.id)), \(ReportLabels.points(check.points))/\(ReportLabels.points(check.maxPoints)))</span>"
                if check.status != .pass {
                    html += "<p class=\"detail\">\(e(check.message.text(language)))</p>"
                    if let location = check.location {
                        html += source(location, graded: graded)
                    }
                    if let hint = check.hint {
                        html += "<p class=\"hint\">\(e(ReportLabels.hint.text(language))): \(e(hint.text(language)))</p>"
                    }
                }
                for note in check.notes { html += "<p class=\"detail muted\">\(e(note.text(language)))</p>" }
                html += "</li>\n"
            }
            html += "</ul>\n"
            if let run = result.run {
                html += "<p>\(e(ReportLabels.robot.text(language))): \(e(ReportLabels.outcome(run.outcome).text(language)))"
                html += " (\(e(ReportLabels.runSize(steps: run.steps, blocks: run.blocks, in: language))))</p>\n"
            }
            if let picture = graded.picture {
                html += "<figure class=\"picture\">\(inlineSVG(picture))<figcaption class=\"muted\">\(e(BatchLabels.mazePicture.text(language)))</figcaption></figure>\n"
            }
            if !result.diagnostics.isEmpty {
                html += "<h3>\(e(ReportLabels.advice.text(language)))</h3>\n<ul class=\"checks\">\n"
                for finding in result.diagnostics {
                    let severity = ReportLabels.severity(finding.severity).text(language)
                    html += "<li><span class=\"mark \(finding.severity == .error ? "fail" : "error")\">•</span>"
                    html += "<strong>\(e(severity))</strong> \(e(finding.message.text(language))) <span class=\"muted\">[\(e(finding.id))]</span>"
                    if let location = finding.location { html += source(location, graded: graded) }
                    for note in finding.notes { html += "<p class=\"detail muted\">\(e(note.text(language)))</p>" }
                    html += "</li>\n"
                }
                html += "</ul>\n"
            }
            return html + "</section>\n"
        }
    }

    static func source(_ location: SourceLocation, graded: GradedSubmission) -> String {
        let e = HTMLReportStyle.escape
        var html = "<p class=\"detail muted\">\(e(location.description))</p>"
        if let excerpt = graded.excerpt(at: location) {
            html += "<pre class=\"source\"><span class=\"ln\">\(excerpt.line) | </span>\(e(excerpt.text))</pre>"
        }
        return html
    }

    /// An SVG document made fit to sit inside HTML: the XML declaration and
    /// doctype dropped, scripts refused.
    static func inlineSVG(_ svg: String) -> String {
        let bytes = Array(svg.utf8)
        guard let start = firstIndex(of: "<svg", in: bytes),
              firstIndex(of: "<script", in: bytes) == nil, firstIndex(of: "javascript:", in: bytes) == nil
        else { return "" }
        return String(decoding: bytes[start...], as: UTF8.self)
    }

    /// Where ASCII `needle` first occurs in `bytes`, ignoring ASCII case
    /// (a byte scan: lowercasing a whole picture for the test cost more than drawing it).
    static func firstIndex(of needle: String, in bytes: [UInt8]) -> Int? {
        let wanted = Array(needle.lowercased().utf8)
        guard bytes.count >= wanted.count else { return nil }
        outer: for index in 0...(bytes.count - wanted.count) {
            for offset in 0..<wanted.count {
                var byte = bytes[index + offset]
                if byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
                if byte != wanted[offset] { continue outer }
            }
            return index
        }
        return nil
    }
}
