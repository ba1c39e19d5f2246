import KruCore
import KruReports
import Testing

private let sample = GradeResult(
    exercise: "web/01-first-page",
    title: LocalizedText(en: "My first web page", km: "គេហទំព័រដំបូងរបស់ខ្ញុំ"),
    checks: [
        CheckResult(
            id: "title", status: .pass, points: 1, maxPoints: 1,
            title: LocalizedText(en: "The page has a title", km: "ទំព័រមានចំណងជើង"),
            message: LocalizedText(en: "found <title>", km: "រកឃើញ <title>")),
        CheckResult(
            id: "one-h1", status: .fail, points: 0, maxPoints: 2,
            title: LocalizedText(en: "One main heading", km: "ចំណងជើងធំមួយ"),
            message: LocalizedText(en: "found 2 <h1> elements", km: "រកឃើញធាតុ <h1> ចំនួន 2"),
            hint: LocalizedText(en: "Keep one <h1>", km: "ទុក <h1> តែមួយ"),
            location: SourceLocation(file: "index.html", line: 2, column: 3)),
    ],
    diagnostics: [
        Finding(
            id: "html.unclosed-element", message: LocalizedText(en: "<div> is never closed", km: "<div> មិនត្រូវបានបិទទេ"),
            location: SourceLocation(file: "index.html", line: 1, column: 1))
    ])

@Test func plainTextReportShowsVerdictsExcerptAndScore() {
    let text = TextReport(language: .english, color: false)
        .render(sample, sources: ["index.html": "<div>\n  <h1>A</h1>\n"])
    #expect(text.contains("✔ title   The page has a title"))
    #expect(text.contains("✘ one-h1  found 2 <h1> elements"))
    #expect(text.contains("index.html:2:3"))
    #expect(text.contains("2 |   <h1>A</h1>"))
    #expect(text.contains("  |   ^"))
    #expect(text.contains("Hint: Keep one <h1>"))
    #expect(text.contains("index.html:1:1 warning <div> is never closed [html.unclosed-element]"))
    #expect(text.contains("Score: 1/3"))
    #expect(!text.contains("\u{1B}["))
}

@Test func khmerReportUsesKhmerEverywhere() {
    let text = TextReport(language: .khmer, color: true).render(sample)
    #expect(text.contains("រកឃើញធាតុ <h1> ចំនួន 2"))
    #expect(text.contains("ពិន្ទុ"))
    #expect(text.contains("គន្លឹះ"))
    #expect(text.contains("\u{1B}[31m✘"))
}

@Test func theRobotLineCountsOneStepAndOneBlockInTheSingular() {
    var result = sample
    result.run = RunSummary(outcome: .stopped, steps: 1, blocks: 1, block: nil)
    let english = TextReport(language: .english, color: false).render(result, sources: [:])
    #expect(english.contains("(1 step, 1 block)"))
    result.run = RunSummary(outcome: .stopped, steps: 6, blocks: 2, block: nil)
    #expect(TextReport(language: .english, color: false).render(result, sources: [:]).contains("(6 steps, 2 blocks)"))
    let khmer = TextReport(language: .khmer, color: false).render(result, sources: [:])
    #expect(khmer.contains("(6 ជំហាន, 2 ប្លុក)"))
    result.run = RunSummary(outcome: .stopped, steps: 1, blocks: 1, block: nil)
    #expect(TextReport(language: .khmer, color: false).render(result, sources: [:]).contains("(1 ជំហាន, 1 ប្លុក)"))
}
