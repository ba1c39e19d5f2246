import Foundation
import KruCore
import KruLint
import Testing

/// The broken fixture pack holds one deliberate mistake per lint rule, each in
/// an exercise named after the rule; the clean pack passes every rule.
struct LintRuleTests {
    /// A rule's expected finding: where it is, and the text that starts at
    /// that place in the fixture file (so the location is checked against the input).
    struct Expected: CustomTestStringConvertible, Sendable {
        var rule: String
        var file: String
        var line: Int
        var column: Int
        var token: String
        var severity: Severity = .error
        var testDescription: String { rule }
    }

    static let expected: [Expected] = [
        Expected(rule: "exercise-file", file: "exercises/web/exercise-file/exercise.yaml", line: 2, column: 1, token: "titel:"),
        Expected(rule: "grader-pairing", file: "exercises/web/grader-pairing/exercise.yaml", line: 1, column: 1, token: "kind: web"),
        Expected(rule: "grader-pairing", file: "graders/web/grader-paring/rubric.yaml", line: 1, column: 1, token: "checks:"),
        Expected(rule: "rubric-file", file: "graders/web/rubric-file/rubric.yaml", line: 11, column: 17, token: "cuont: h1"),
        Expected(rule: "puzzle-file", file: "graders/maze/puzzle-file/puzzle.yaml", line: 1, column: 1, token: "idael: 2"),
        Expected(rule: "puzzle-map", file: "exercises/maze/puzzle-map/exercise.yaml", line: 11, column: 6, token: ">F"),
        Expected(rule: "expect-file", file: "graders/web/expect-file/wrong/no-h1.expect.yaml", line: 1, column: 17, token: "one-h2]"),
        Expected(rule: "bilingual-text", file: "exercises/web/bilingual-text/exercise.yaml", line: 2, column: 8, token: "{en: \"Hello {name}\""),
        Expected(
            rule: "khmer-translation", file: "exercises/web/khmer-translation/exercise.yaml", line: 6, column: 35,
            token: "\"One heading.\"}", severity: .warning),
        Expected(rule: "rubric-selectors", file: "graders/web/rubric-selectors/rubric.yaml", line: 11, column: 28, token: ">\""),
        Expected(rule: "unique-check-ids", file: "graders/web/unique-check-ids/rubric.yaml", line: 12, column: 5, token: "id: one-h1"),
        Expected(rule: "positive-points", file: "graders/web/positive-points/rubric.yaml", line: 8, column: 13, token: "0"),
        Expected(rule: "starter-fails", file: "exercises/web/starter-fails/starter/index.html", line: 1, column: 1, token: "<!DOCTYPE html>"),
        Expected(rule: "solution-passes", file: "graders/web/solution-passes/solution.html", line: 6, column: 1, token: "<h1>Again"),
        Expected(rule: "wrong-samples", file: "graders/web/wrong-samples/wrong/no-h1.expect.yaml", line: 1, column: 8, token: "[doctype]"),
        Expected(rule: "puzzle-ideal", file: "graders/maze/puzzle-ideal/puzzle.yaml", line: 1, column: 8, token: "1"),
        Expected(rule: "puzzle-requires", file: "graders/maze/puzzle-requires/puzzle.yaml", line: 3, column: 11, token: "if"),
        Expected(
            rule: "clean-solution", file: "graders/web/clean-solution/solution.html", line: 6, column: 1, token: "<center>",
            severity: .warning),
    ]

    @Test func theCleanPackHasNoFindings() throws {
        let report = try lintFixture("clean", strict: true)
        #expect(report.findings.map { "\($0.finding.location?.description ?? ""): \($0.finding.message.en)" } == [])
        #expect(report.isClean)
        #expect(report.exercises.map(\.id) == ["maze/01-line", "web/01-page"])
    }

    @Test func everyRuleHasAMistakeInTheBrokenPack() {
        let tested = Set(Self.expected.map(\.rule)).union(["unique-ids"])  // unique-ids: uniqueIDsIgnoreCase
        #expect(tested == Set(Linter.rules.map(\.id)))
    }

    @Test(arguments: expected) func ruleFiresAtTheMistake(_ expected: Expected) throws {
        let report = try lintFixture("broken")
        let found = report.findings.filter { $0.rule == expected.rule }.compactMap(\.finding.location)
        let location = SourceLocation(file: expected.file, line: expected.line, column: expected.column)
        #expect(found.contains(location), "\(expected.rule) found at \(found)")
        let item = try #require(report.findings.first { $0.rule == expected.rule && $0.finding.location == location })
        #expect(item.severity == expected.severity)
        #expect(!item.finding.message.en.isEmpty && !item.finding.message.km.isEmpty)
        #expect(item.finding.message.km.unicodeScalars.contains { (0x1780...0x17FF).contains($0.value) })
        // The location points at the mistake in the fixture file.
        let text = try String(contentsOf: fixturePack("broken").appendingPathComponent(expected.file), encoding: .utf8)
        let line = LineIndex(text: text, file: expected.file).lineText(expected.line) ?? ""
        let rest = String(String.UnicodeScalarView(line.unicodeScalars.dropFirst(expected.column - 1)))
        #expect(rest.hasPrefix(expected.token), "\(expected.file):\(expected.line): \(line)")
    }

    @Test func eachMistakeFiresOnlyItsOwnRule() throws {
        let report = try lintFixture("broken")
        for item in report.findings {
            let exercise = item.exercise ?? ""
            // Exercises are named after the rule they break (the orphan grader belongs to grader-pairing).
            let owner = exercise.split(separator: "/").last.map(String.init) ?? "grader-pairing"
            #expect(owner == item.rule, "\(item.rule) fired on \(exercise): \(item.finding.message.en)")
        }
        #expect(report.findings.count == Self.expected.count)
    }

    @Test func aBadSelectorIsNotAlsoReportedAsABrokenRubric() throws {
        let report = try lintFixture("broken")
        #expect(report.findings.filter { $0.exercise == "web/rubric-selectors" }.map(\.rule) == ["rubric-selectors"])
    }

    @Test func misspeltKeysGetADidYouMean() throws {
        let report = try lintFixture("broken")
        let notes = { (rule: String) in report.findings.filter { $0.rule == rule }.flatMap(\.finding.notes).map(\.en) }
        let exerciseFile = report.findings.first { $0.rule == "exercise-file" }?.finding.message.en ?? ""
        #expect(exerciseFile.contains("did you mean \"title\""))
        #expect(notes("puzzle-file") == ["did you mean `ideal`?"])
        #expect(notes("expect-file") == ["did you mean \"one-h1\"?"])
        #expect(report.findings.first { $0.rule == "rubric-file" }?.finding.message.en.contains("did you mean \"count\"") == true)
    }

    @Test func aWrongSampleMessageSaysWhatDiffers() throws {
        let report = try lintFixture("broken")
        let finding = try #require(report.findings.first { $0.rule == "wrong-samples" }?.finding)
        #expect(finding.message.en
            == "wrong/no-h1 fails [one-h1] but `fails:` declares [doctype]; not declared: one-h1; declared but passing: doctype")
        #expect(finding.notes.map(\.en) == [
            "one-h1 at graders/web/wrong-samples/wrong/no-h1.html:1:1: found no <h1> element; expected exactly 1",
        ])
    }

    @Test func strictMakesWarningsErrors() throws {
        let relaxed = try lintFixture("broken")
        let strict = try lintFixture("broken", strict: true)
        #expect(relaxed.warningCount == 2)
        #expect(strict.warningCount == 0)
        #expect(strict.errorCount == relaxed.errorCount + 2)
    }

    @Test func warningsAloneLeaveThePackClean() throws {
        let pack = try TemporaryPack(copying: "clean")
        defer { pack.remove() }
        try pack.write("graders/web/01-page/wrong/no-h1.expect.yaml", """
            fails: [one-h1]
            mistake: {en: There is no heading., km: ""}
            """)
        let report = try Linter().lint(packAt: pack.root)
        #expect(report.findings.map(\.rule) == ["khmer-translation"])
        #expect(report.findings.first?.finding.location == SourceLocation(
            file: "graders/web/01-page/wrong/no-h1.expect.yaml", line: 2, column: 41))
        #expect(report.isClean)
        #expect(try Linter(strict: true).lint(packAt: pack.root).isClean == false)
    }

    @Test func uniqueIDsIgnoreCase() throws {
        let pack = try TemporaryPack(copying: "clean")
        defer { pack.remove() }
        let exercise = try String(contentsOf: pack.root.appendingPathComponent("exercises/web/01-page/exercise.yaml"), encoding: .utf8)
        try pack.write("exercises/web/01-Page/exercise.yaml", exercise)
        let report = try Linter().lint(packAt: pack.root)
        let found = report.findings.filter { $0.rule == "unique-ids" }
        #expect(found.map(\.finding.location) == [SourceLocation(file: "exercises/web/01-page/exercise.yaml", line: 1, column: 1)])
        #expect(found.first?.finding.message.en.contains("web/01-Page") == true)
    }

    @Test func samplesAndExpectFilesComeInPairs() throws {
        let pack = try TemporaryPack(copying: "clean")
        defer { pack.remove() }
        try pack.write("graders/web/01-page/wrong/lonely.html", "<p>no doctype</p>")
        try pack.write("graders/web/01-page/wrong/ghost.expect.yaml", "fails: [one-h1]\nmistak: {en: A, km: ក}\n")
        let report = try Linter().lint(packAt: pack.root)
        let places = report.findings.filter { $0.rule == "expect-file" }.compactMap(\.finding.location).map(\.description)
        #expect(places == [
            "graders/web/01-page/wrong/ghost.expect.yaml:1:1",  // no sample; no mistake
            "graders/web/01-page/wrong/ghost.expect.yaml:1:1",
            "graders/web/01-page/wrong/ghost.expect.yaml:2:1",  // unknown key mistak
            "graders/web/01-page/wrong/lonely.html:1:1",  // no expect file
        ])
        let unknownKey = report.findings.first { $0.finding.location?.line == 2 }
        #expect(unknownKey?.finding.notes.map(\.en) == ["did you mean `mistake`?"])
    }

    @Test func aPuzzleWithIdealOverMaxBlocksNamesMaxBlocks() throws {
        let pack = try TemporaryPack(copying: "clean")
        defer { pack.remove() }
        try pack.write("graders/maze/01-line/puzzle.yaml", "ideal: 3\nmax-blocks: 2\n")
        let report = try Linter().lint(packAt: pack.root)
        #expect(report.findings.map(\.rule) == ["puzzle-ideal"])
        #expect(report.findings.first?.finding.location == SourceLocation(file: "graders/maze/01-line/puzzle.yaml", line: 2, column: 13))
    }

    @Test func aSolutionIsRequiredAndOnlyOne() throws {
        let pack = try TemporaryPack(copying: "clean")
        defer { pack.remove() }
        try pack.write("graders/web/01-page/solution/index.html", "<p>an older solution</p>")
        try FileManager.default.removeItem(at: pack.root.appendingPathComponent("graders/maze/01-line/solution.txt"))
        let report = try Linter().lint(packAt: pack.root)
        #expect(report.findings.map(\.rule) == ["solution-passes", "solution-passes"])
        #expect(report.findings.compactMap(\.finding.location).map(\.description) == [
            "graders/maze/01-line/puzzle.yaml:1:1", "graders/web/01-page/solution:1:1",
        ])
        #expect(report.findings.map(\.finding.message.en) == [
            "no reference solution: add graders/maze/01-line/solution.txt (or .xml, .json)",
            "more than one reference solution: kru uses graders/web/01-page/solution.html and ignores graders/web/01-page/solution; keep one",
        ])
    }

    @Test func filesThatAreNotTextAreReportedNotSkipped() throws {
        let pack = try TemporaryPack(copying: "clean")
        defer { pack.remove() }
        let binary = Data([0x63, 0x68, 0xFF, 0xFE, 0x00, 0x80])
        try binary.write(to: pack.root.appendingPathComponent("graders/web/01-page/rubric.yaml"))
        try binary.write(to: pack.root.appendingPathComponent("graders/maze/01-line/wrong/no-loop.expect.yaml"))
        let report = try Linter().lint(packAt: pack.root)
        #expect(report.findings.map { "\($0.rule) \($0.finding.location?.description ?? "")" } == [
            "expect-file graders/maze/01-line/wrong/no-loop.expect.yaml:1:1",
            "rubric-file graders/web/01-page/rubric.yaml:1:1",
        ])
        #expect(report.findings.allSatisfy { $0.finding.message.en.contains("not UTF-8") })
    }

    @Test func aMissingPackCannotBeLinted() {
        #expect(throws: (any Error).self) {
            try Linter().lint(packAt: fixturePack("no-such-pack"))
        }
    }
}
