import Foundation
import KruXML
import Testing

/// `kru lint` end to end: exit codes, formats, the pack argument.
struct LintCommandTests {
    static let fixtures = CLIRunner.packageRoot.appendingPathComponent("Tests/KruLintTests/Fixtures")

    @Test func aCleanPackExitsZero() throws {
        let output = try CLIRunner.run(["lint", "clean", "--strict"], in: Self.fixtures)
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout == "kru lint: 2 exercises, no problems (strict)\n")
    }

    @Test func problemsExitOneWithPathsFromWhereKruRuns() throws {
        let output = try CLIRunner.run(["lint", "broken"], in: Self.fixtures)
        #expect(output.status == 1)
        #expect(output.stdout.contains(
            "broken/graders/web/positive-points/rubric.yaml:8:13: error: points must be a positive number, found 0 [positive-points]\n"))
        #expect(output.stdout.hasSuffix("kru lint: 17 exercises, 16 errors, 2 warnings\n"))
    }

    @Test func warningsFailOnlyUnderStrict() throws {
        let pack = FileManager.default.temporaryDirectory.appendingPathComponent("kru-lint-cli-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("clean"), to: pack)
        defer { try? FileManager.default.removeItem(at: pack) }
        let expect = pack.appendingPathComponent("graders/web/01-page/wrong/no-h1.expect.yaml")
        try Data("fails: [one-h1]\nmistake: {en: No heading., km: No heading.}\n".utf8).write(to: expect)
        #expect(try CLIRunner.run(["lint", pack.path]).status == 0)
        #expect(try CLIRunner.run(["lint", pack.path, "--strict"]).status == 1)
    }

    @Test func noPackExitsTwo() throws {
        let output = try CLIRunner.run(["lint", "no-such-pack"], in: Self.fixtures)
        #expect(output.status == 2)
        #expect(output.stderr.contains("no exercises/ folder here"))
        #expect(try CLIRunner.run(["lint", "clean", "--format", "yaml"], in: Self.fixtures).status == 2)
    }

    @Test func everyFormatIsWellFormed() throws {
        let junit = try CLIRunner.run(["lint", "broken", "--format", "junit"], in: Self.fixtures)
        #expect(junit.status == 1)
        let root = try XMLReader.parse(text: junit.stdout, file: "lint.xml")
        #expect(root.children(named: "testsuite").count == 18)  // pack + 17 exercises
        let github = try CLIRunner.run(["lint", "broken", "--format", "github"], in: Self.fixtures)
        let lines = github.stdout.split(separator: "\n")
        #expect(lines.count == 19 && lines.allSatisfy { $0.hasPrefix("::") })
        #expect(lines.contains { $0.hasPrefix("::error file=broken/graders/web/positive-points/rubric.yaml,line=8,col=13,") })
        let json = try CLIRunner.run(["lint", "broken", "--format", "json", "--lang", "km"], in: Self.fixtures)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect((object?["findings"] as? [Any])?.count == 18)
        #expect(object?["pack"] as? String == "broken")
    }

    @Test func khmerText() throws {
        let output = try CLIRunner.run(["lint", "broken", "--lang", "km"], in: Self.fixtures)
        #expect(output.stdout.contains("broken/graders/web/positive-points/rubric.yaml:8:13: កំហុស: ពិន្ទុត្រូវតែជាចំនួនវិជ្ជមាន តែរកឃើញ 0 [positive-points]"))
        #expect(output.stdout.hasSuffix("kru lint: លំហាត់ 17, កំហុស 16, ការព្រមាន 2\n"))
    }

    @Test func helpExplainsTheCommand() throws {
        let output = try CLIRunner.run(["lint", "--help"])
        #expect(output.status == 0)
        for text in ["--format", "--strict", "junit", "github", "Exit status", "kru lint --format github --strict"] {
            #expect(output.stdout.contains(text), "\(text)")
        }
    }
}
