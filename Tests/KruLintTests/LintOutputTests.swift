import Foundation
import KruCore
@testable import KruLint
import KruXML
import Testing

/// Each output format, checked for shape on the broken fixture pack.
struct LintOutputTests {
    @Test func junitIsWellFormedWithOneTestCasePerExerciseAndRule() throws {
        let report = try lintFixture("broken")
        let xml = LintJUnitWriter(language: .english).render(report)
        let root = try XMLReader.parse(text: xml, file: "lint.xml")
        #expect(root.name == "testsuites")
        let suites = root.children(named: "testsuite")
        #expect(suites.map { $0.attributes["name"] ?? "" } == ["pack"] + report.exercises.map(\.id))
        var failures = 0
        for suite in suites {
            let cases = suite.children(named: "testcase")
            #expect(suite.attributes["tests"] == String(cases.count))
            #expect(Set(cases.map { $0.attributes["name"] ?? "" }).count == cases.count, "one test case per rule")
            failures += cases.filter { !$0.children(named: "failure").isEmpty }.count
        }
        #expect(root.attributes["failures"] == String(failures))
        #expect(root.attributes["tests"] == String(suites.reduce(0) { $0 + $1.children(named: "testcase").count }))
        // A web exercise is judged by every rule for web; a maze one by the maze rules.
        let web = try #require(suites.first { $0.attributes["name"] == "web/solution-passes" })
        let names = web.children(named: "testcase").compactMap { $0.attributes["name"] }
        #expect(names.contains("solution-passes") && names.contains("rubric-selectors") && !names.contains("puzzle-map"))
        let failing = try #require(web.children(named: "testcase").first { $0.attributes["name"] == "solution-passes" })
        let failure = try #require(failing.child(named: "failure"))
        #expect(failure.attributes["file"] == "graders/web/solution-passes/solution.html")
        #expect(failure.attributes["line"] == "6")
        #expect(failure.attributes["message"]?.contains("found 2 <h1> elements") == true)  // escaped and read back
        // The orphan grader folder is in the pack suite.
        #expect(suites[0].children(named: "testcase").map { $0.attributes["name"] ?? "" } == ["grader-pairing"])
        // Warnings are not failures.
        let khmer = try #require(suites.first { $0.attributes["name"] == "web/khmer-translation" }?
            .children(named: "testcase").first { $0.attributes["name"] == "khmer-translation" })
        #expect(khmer.children(named: "failure").isEmpty)
        #expect(khmer.child(named: "system-out")?.text.contains("untranslated") == true)
    }

    @Test func junitEscapesEverythingXMLCannotHoldRaw() throws {
        let finding = Finding(
            id: "solution-passes", severity: .error,
            message: LocalizedText(en: "a <b> & \"c\" 'd'\nnext\u{1}line", km: "ក"),
            location: SourceLocation(file: "graders/a&b/<x>.html", line: 1, column: 1))
        let report = LintReport(
            exercises: [LintedExercise(id: "web/a&b", kind: .web)], rules: Linter.rules,
            findings: [LintFinding(exercise: "web/a&b", finding: finding)], strict: false)
        let root = try XMLReader.parse(text: LintJUnitWriter(language: .english).render(report), file: "lint.xml")
        let failure = try #require(root.children(named: "testsuite").last?.children(named: "testcase")
            .first { $0.attributes["name"] == "solution-passes" }?.child(named: "failure"))
        #expect(failure.attributes["message"] == "a <b> & \"c\" 'd'\nnext\u{FFFD}line")
        #expect(failure.attributes["file"] == "graders/a&b/<x>.html")
    }

    @Test func githubAnnotationsAreOneCommandPerLine() throws {
        let report = try lintFixture("broken")
        let output = LintGitHubWriter(language: .english, pathPrefix: "packs/broken/").render(report)
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(output.hasSuffix("\n"))
        #expect(lines.count == report.findings.count + 1)
        let pattern = /^::(error|warning) file=([^,:]+),line=(\d+),col=(\d+),title=kru lint%3A [a-z-]+::.+$/
        for line in lines.dropLast() {
            #expect(line.wholeMatch(of: pattern) != nil, "\(line)")
        }
        #expect(lines.last?.hasPrefix("::notice title=kru lint::kru lint: 17 exercises, ") == true)
        #expect(lines.filter { $0.hasPrefix("::warning ") }.count == 2)
        // A note goes on the same command, after an escaped line break.
        let expect = try #require(lines.first { $0.contains("file=packs/broken/graders/web/expect-file/") })
        #expect(expect.hasPrefix("::error file=packs/broken/graders/web/expect-file/wrong/no-h1.expect.yaml,line=1,col=17,"))
        #expect(expect.hasSuffix("%0Adid you mean \"one-h1\"?"))
    }

    @Test func githubEscapingFollowsTheRunnerRules() {
        #expect(LintGitHubWriter.escapeData("50% done\r\nnext: a, b") == "50%25 done%0D%0Anext: a, b")
        #expect(LintGitHubWriter.escapeProperty("a:b,c%\n") == "a%3Ab%2Cc%25%0A")
    }

    @Test func jsonHasTheDocumentedShape() throws {
        let report = try lintFixture("broken")
        let text = LintJSONWriter(pack: "broken").render(report)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["schemaVersion", "tool", "pack", "strict", "summary", "exercises", "rules", "findings"])
        #expect(object["schemaVersion"] as? Int == 1)
        #expect(object["pack"] as? String == "broken")
        let summary = try #require(object["summary"] as? [String: Any])
        #expect(summary["errors"] as? Int == report.errorCount)
        #expect(summary["warnings"] as? Int == 2)
        #expect(summary["clean"] as? Bool == false)
        let rules = try #require(object["rules"] as? [[String: Any]])
        #expect(rules.compactMap { $0["id"] as? String } == Linter.rules.map(\.id))
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.count == report.findings.count)
        for finding in findings {
            #expect(Set(finding.keys) == ["rule", "severity", "exercise", "file", "line", "column", "message", "notes"])
            let message = try #require(finding["message"] as? [String: String])
            #expect(message["en"]?.isEmpty == false && message["km"]?.isEmpty == false)
        }
        let orphan = try #require(findings.first { $0["file"] as? String == "graders/web/grader-paring/rubric.yaml" })
        #expect(orphan["exercise"] is NSNull)
        #expect(orphan["line"] as? Int == 1)
    }

    @Test func textHasOneLinePerFindingAndASummary() throws {
        let report = try lintFixture("broken")
        let text = LintTextWriter(language: .english).render(report)
        let lines = text.split(separator: "\n")
        #expect(lines.last == "kru lint: 17 exercises, \(report.errorCount) errors, 2 warnings")
        #expect(lines.contains("graders/web/positive-points/rubric.yaml:8:13: error: points must be a positive number, found 0 [positive-points]"))
        #expect(lines.contains("    note: did you mean \"one-h1\"?"))
        let khmer = LintTextWriter(language: .khmer).render(report)
        #expect(khmer.hasSuffix("kru lint: លំហាត់ 17, កំហុស \(report.errorCount), ការព្រមាន 2\n"))
        let clean = LintTextWriter(language: .english).render(try lintFixture("clean"))
        #expect(clean == "kru lint: 2 exercises, no problems\n")
    }
}
