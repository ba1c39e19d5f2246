import Foundation
import KruCore

/// The mentor's page for a whole run: pass rate per exercise (students whose
/// every check passes, among those who submitted) and per check,
/// the checks failed most (what to re-teach), students who submitted
/// nothing, and what could not be graded, with bar charts as inline SVG.
///
/// Built row by row (``add(_:)``), so a cohort of any size needs only the
/// counts in memory.
public struct CohortSummary: Sendable {
    struct CheckTally: Sendable {
        var title: LocalizedText
        var passed = 0
        var failed = 0
    }

    struct ExerciseTally: Sendable {
        var submitted = 0
        var graded = 0
        var allPass = 0
        var scoreSum = 0.0
        var checks: [String: CheckTally] = [:]
        var checkOrder: [String] = []
    }

    public let exercises: [CohortExercise]
    public let language: Language
    var tallies: [String: ExerciseTally] = [:]
    var students = 0
    var reused = 0
    var nothing: [CohortStudent] = []
    var errorRows: [(student: CohortStudent, exercise: String, file: String, message: LocalizedText)] = []
    /// Report file of each student (relative link), in order.
    var reportLinks: [(student: CohortStudent, link: String?, score: Double, max: Double)] = []
    public var problems: [(file: String, message: LocalizedText)] = []

    public init(exercises: [CohortExercise], language: Language) {
        self.exercises = exercises
        self.language = language
    }

    /// Adds one student's rows; `report` is the relative path of their report page.
    public mutating func add(student: CohortStudent, rows: [CohortRow], report: String?) {
        students += 1
        var score = 0.0, max = 0.0
        if rows.allSatisfy({ $0.outcome == .missing }) { nothing.append(student) }
        for row in rows {
            var tally = tallies[row.exercise] ?? ExerciseTally()
            switch row.outcome {
            case .missing: break
            case .error(let file, let message):
                tally.submitted += 1
                errorRows.append((student, row.exercise, file, message))
            case .graded(let graded, let wasReused):
                if wasReused { reused += 1 }
                let result = graded.result
                tally.submitted += 1
                tally.graded += 1
                if result.passed { tally.allPass += 1 }
                tally.scoreSum += result.score
                score += result.score
                max += result.maxScore
                for check in result.checks {
                    if tally.checks[check.id] == nil {
                        tally.checks[check.id] = CheckTally(title: check.title)
                        tally.checkOrder.append(check.id)
                    }
                    switch check.status {
                    case .pass: tally.checks[check.id]!.passed += 1
                    case .fail: tally.checks[check.id]!.failed += 1
                    case .error: break  // the check could not judge: not the student's mistake
                    }
                }
            }
            tallies[row.exercise] = tally
        }
        reportLinks.append((student, report, score, max))
    }

    /// The page.
    public func render(date: Date, counts: (graded: Int, reused: Int, errors: Int, missing: Int)) -> String {
        let e = HTMLReportStyle.escape
        let l = { (text: LocalizedText) in e(text.text(self.language)) }
        var html = """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(l(BatchLabels.summaryTitle)) — kru</title>
            <style>\(HTMLReportStyle.css)</style>
            </head>
            <body>
            <header>
            <h1>\(l(BatchLabels.summaryTitle))</h1>
            <p class="muted">\(e(BatchLabels.generated.filling(["date": HTMLReport.dateText(date)]).text(language)))</p>
            <p>\(e(BatchLabels.counts.filling([
                "students": String(students), "graded": String(counts.graded + counts.reused), "reused": String(counts.reused),
                "errors": String(counts.errors), "missing": String(counts.missing),
            ]).text(language)))</p>
            </header>
            <main>
            <h2>\(l(BatchLabels.exercises))</h2>

            """
        let rates = exercises.map { exercise -> (String, Double) in
            let tally = tallies[exercise.id] ?? ExerciseTally()
            return (exercise.title.text(language), tally.submitted == 0 ? 0 : Double(tally.allPass) / Double(tally.submitted))
        }
        html += Self.barChart(rates)
        html += "<table><thead><tr><th>\(l(BatchLabels.exercise))</th><th class=\"num\">\(l(BatchLabels.submitted))</th>"
        html += "<th class=\"num\">\(l(BatchLabels.allChecksPass))</th><th class=\"num\">\(l(BatchLabels.passRate))</th>"
        html += "<th class=\"num\">\(l(BatchLabels.averageScore))</th></tr></thead><tbody>\n"
        for exercise in exercises {
            let tally = tallies[exercise.id] ?? ExerciseTally()
            let average = tally.graded == 0 ? "–" : ReportLabels.points((tally.scoreSum / Double(tally.graded) * 10).rounded() / 10)
            html += "<tr><td>\(e(exercise.title.text(language)))<br><span class=\"muted\">\(e(exercise.id))</span></td>"
            html += "<td class=\"num\">\(tally.submitted)/\(students)</td><td class=\"num\">\(tally.allPass)</td>"
            html += "<td class=\"num\">\(Self.percent(tally.allPass, tally.submitted))</td>"
            html += "<td class=\"num\">\(average)/\(exercise.maxScore.map(ReportLabels.points) ?? "–")</td></tr>\n"
        }
        html += "</tbody></table>\n"

        // Most failed checks across the cohort.
        var failing: [(exercise: CohortExercise, id: String, tally: CheckTally)] = []
        for exercise in exercises {
            guard let tally = tallies[exercise.id] else { continue }
            for id in tally.checkOrder where tally.checks[id]!.failed > 0 {
                failing.append((exercise, id, tally.checks[id]!))
            }
        }
        failing.sort { ($0.tally.failed, $1.id) > ($1.tally.failed, $0.id) }
        html += "<h2>\(l(BatchLabels.mostFailed))</h2>\n"
        if failing.isEmpty {
            html += "<p>\(l(BatchLabels.none))</p>\n"
        } else {
            html += Self.barChart(failing.prefix(10).map { item in
                ("\(item.exercise.id) · \(item.id)", Double(item.tally.failed) / Double(max(1, item.tally.passed + item.tally.failed)))
            }, color: "#b3261e")
            html += "<table><thead><tr><th>\(l(BatchLabels.check))</th><th>\(l(BatchLabels.exercise))</th><th class=\"num\">\(l(BatchLabels.failed))</th></tr></thead><tbody>\n"
            for item in failing.prefix(10) {
                html += "<tr><td>\(e(item.tally.title.text(language)))<br><span class=\"muted\">\(e(item.id))</span></td>"
                html += "<td>\(e(item.exercise.id))</td><td class=\"num\">\(item.tally.failed)/\(item.tally.passed + item.tally.failed)</td></tr>\n"
            }
            html += "</tbody></table>\n"
        }

        html += "<h2>\(l(BatchLabels.checks))</h2>\n"
        for exercise in exercises {
            guard let tally = tallies[exercise.id], !tally.checkOrder.isEmpty else { continue }
            html += "<h3>\(e(exercise.title.text(language))) <span class=\"muted\">\(e(exercise.id))</span></h3>\n"
            html += Self.barChart(tally.checkOrder.map { id in
                let check = tally.checks[id]!
                return (id, Double(check.passed) / Double(max(1, check.passed + check.failed)))
            })
        }

        html += "<h2>\(l(BatchLabels.nothingSubmitted))</h2>\n"
        if nothing.isEmpty {
            html += "<p>\(l(BatchLabels.none))</p>\n"
        } else {
            html += "<ul>\n" + nothing.map { "<li>\(e($0.name)) <span class=\"muted\">\(e($0.key))</span></li>\n" }.joined() + "</ul>\n"
        }

        html += "<h2>\(l(BatchLabels.errors))</h2>\n"
        if errorRows.isEmpty {
            html += "<p>\(l(BatchLabels.none))</p>\n"
        } else {
            html += "<table><thead><tr><th>\(l(BatchLabels.student))</th><th>\(l(BatchLabels.exercise))</th><th>\(l(BatchLabels.file))</th><th>\(l(BatchLabels.reason))</th></tr></thead><tbody>\n"
            for row in errorRows {
                html += "<tr><td>\(e(row.student.name))</td><td>\(e(row.exercise))</td><td><code>\(e(row.file))</code></td><td>\(e(row.message.text(language)))</td></tr>\n"
            }
            html += "</tbody></table>\n"
        }
        if !problems.isEmpty {
            html += "<h2>\(l(BatchLabels.problems))</h2>\n<table><tbody>\n"
            for problem in problems {
                html += "<tr><td><code>\(e(problem.file))</code></td><td>\(e(problem.message.text(language)))</td></tr>\n"
            }
            html += "</tbody></table>\n"
        }

        html += "<h2>\(l(BatchLabels.students))</h2>\n<table><thead><tr><th>\(l(BatchLabels.student))</th><th class=\"num\">\(l(BatchLabels.total))</th><th>\(l(BatchLabels.report))</th></tr></thead><tbody>\n"
        for entry in reportLinks {
            let link = entry.link.map { "<a href=\"\(e($0))\">\(l(BatchLabels.report))</a>" } ?? ""
            html += "<tr><td>\(e(entry.student.name))</td><td class=\"num\">\(ReportLabels.points(entry.score))/\(ReportLabels.points(entry.max))</td><td>\(link)</td></tr>\n"
        }
        html += "</tbody></table>\n</main>\n</body>\n</html>\n"
        return html
    }

    static func percent(_ part: Int, _ whole: Int) -> String {
        whole == 0 ? "–" : "\(Int((Double(part) / Double(whole) * 100).rounded()))%"
    }

    /// Horizontal bars (label, fraction 0…1) as inline SVG.
    static func barChart(_ bars: [(String, Double)], color: String = "#1b7f3b") -> String {
        guard !bars.isEmpty else { return "" }
        let e = HTMLReportStyle.escape
        let rowHeight = 22, labelWidth = 260, barWidth = 360
        let height = bars.count * rowHeight + 4
        var svg = "<svg class=\"chart\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(labelWidth + barWidth + 60)\" height=\"\(height)\" viewBox=\"0 0 \(labelWidth + barWidth + 60) \(height)\">\n"
        for (index, bar) in bars.enumerated() {
            let y = index * rowHeight + 2
            let fraction = min(max(bar.1, 0), 1)
            let label = bar.0.count > 40 ? String(bar.0.prefix(39)) + "…" : bar.0
            svg += "<text x=\"\(labelWidth - 6)\" y=\"\(y + 15)\" text-anchor=\"end\">\(e(label))</text>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(barWidth)\" height=\"\(rowHeight - 8)\" fill=\"#eeeeee\"/>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(Int(Double(barWidth) * fraction))\" height=\"\(rowHeight - 8)\" fill=\"\(color)\"><title>\(e(bar.0)): \(Int((fraction * 100).rounded()))%</title></rect>"
            svg += "<text x=\"\(labelWidth + barWidth + 6)\" y=\"\(y + 15)\">\(Int((fraction * 100).rounded()))%</text>\n"
        }
        return svg + "</svg>\n"
    }
}
