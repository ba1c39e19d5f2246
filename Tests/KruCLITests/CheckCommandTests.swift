import Foundation
import Testing

/// `kru check` run as a real process: both languages, both formats, every exit code.
@Suite struct CheckCommandTests {
    /// A beginner's first page with two `<h1>`, no doctype, no `lang` and a short paragraph.
    static let page = """
        <html>
        <head><title>Hi</title></head>
        <body>
        <h1>One</h1>
        <h1>Two</h1>
        <p>short</p>
        </body>
        </html>

        """

    static func write(_ text: String, name: String = "index.html") throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kru-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    static func json(_ output: CLIRunner.Output) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8))
        return try #require(object as? [String: Any])
    }

    @Test func textInEnglishNamesTheLineAndExitsOne() throws {
        let file = try Self.write(Self.page)
        let output = try CLIRunner.run(["check", "web/01-first-page", file.path, "--lang", "en"])
        #expect(output.status == 1)
        #expect(output.stdout.hasPrefix("web/01-first-page — My first web page"))
        #expect(output.stdout.contains("✘ one-h1"))
        #expect(output.stdout.contains("found 2 <h1> elements, at lines 4 and 5"))
        #expect(output.stdout.contains("index.html:5:1"))
        #expect(output.stdout.contains("5 | <h1>Two</h1>"))
        #expect(output.stdout.contains("✔ title"))
        #expect(output.stdout.contains("[html.missing-doctype]"))
        #expect(output.stdout.contains("Score: 1/5"))
        #expect(!output.stdout.contains("\u{1B}["), "piped output has no colour codes")
    }

    @Test func textInKhmerFromOptionAndFromEnvironment() throws {
        let file = try Self.write(Self.page)
        let option = try CLIRunner.run(["check", "web/01-first-page", file.path, "--lang", "km"])
        #expect(option.status == 1)
        #expect(option.stdout.contains("គេហទំព័រដំបូងរបស់ខ្ញុំ"))
        #expect(option.stdout.contains("រកឃើញធាតុ <h1> ចំនួន 2"))
        #expect(option.stdout.contains("ពិន្ទុ: 1/5"))
        #expect(!option.stdout.contains("Score:"))
        let environment = try CLIRunner.run(["check", "web/01-first-page", file.path], environment: ["KRU_LANG": "km"])
        #expect(environment.stdout == option.stdout)
        let locale = try CLIRunner.run(["check", "web/01-first-page", file.path], environment: ["LANG": "km_KH.UTF-8"])
        #expect(locale.stdout == option.stdout)
    }

    @Test func jsonHasTheDocumentedShape() throws {
        let file = try Self.write(Self.page)
        let output = try CLIRunner.run(["check", "web/01-first-page", file.path, "--format", "json"])
        #expect(output.status == 1)
        let object = try Self.json(output)
        #expect(object["schemaVersion"] as? Int == 1)
        #expect(object["exercise"] as? String == "web/01-first-page")
        #expect(object["language"] as? String == "en")
        #expect(object["score"] as? Int == 1)
        #expect(object["maxScore"] as? Int == 5)
        #expect(object["passed"] as? Bool == false)
        let checks = try #require(object["checks"] as? [[String: Any]])
        #expect(checks.map { $0["id"] as? String } == ["doctype", "html-lang", "title", "one-h1", "paragraph"])
        #expect(checks.map { $0["status"] as? String } == ["fail", "fail", "pass", "fail", "fail"])
        let oneH1 = checks[3]
        let location = try #require(oneH1["location"] as? [String: Any])
        #expect(location["file"] as? String == "index.html")
        #expect(location["line"] as? Int == 5)
        #expect(location["column"] as? Int == 1)
        #expect((oneH1["message"] as? String)?.contains("found 2 <h1> elements") == true)
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.first?["id"] as? String == "html.missing-doctype")
        #expect((diagnostics.first?["location"] as? [String: Any])?["line"] as? Int == 1)
        #expect(object["run"] == nil, "only puzzles have a run")
    }

    @Test func jsonInKhmer() throws {
        let file = try Self.write(Self.page)
        let object = try Self.json(try CLIRunner.run(["check", "web/01-first-page", file.path, "--format", "json", "--lang", "km"]))
        #expect(object["language"] as? String == "km")
        let checks = try #require(object["checks"] as? [[String: Any]])
        #expect((checks[3]["message"] as? String)?.contains("រកឃើញធាតុ <h1> ចំនួន 2") == true)
    }

    @Test func referenceSolutionPassesWithExitZero() throws {
        let solution = CLIRunner.packageRoot.appendingPathComponent("graders/web/01-first-page/solution.html")
        let output = try CLIRunner.run(["check", "web/01-first-page", solution.path])
        #expect(output.status == 0)
        #expect(output.stdout.contains("Score: 5/5"))
        #expect(!output.stdout.contains("✘"))
    }

    @Test func folderSubmissionAndExerciseGivenAsPath() throws {
        let solution = CLIRunner.packageRoot.appendingPathComponent("graders/web/09-two-pages/solution")
        let exercise = CLIRunner.packageRoot.appendingPathComponent("exercises/web/09-two-pages")
        let output = try CLIRunner.run(["check", exercise.path, solution.path, "--format", "json"])
        #expect(output.status == 0)
        #expect(try Self.json(output)["exercise"] as? String == "web/09-two-pages")
    }

    @Test func puzzleJSONHasARunObject() throws {
        let program = try Self.write("repeat 4 { forward }\n", name: "program.txt")
        let output = try CLIRunner.run(["check", "maze/03-repeat", program.path, "--format", "json"])
        #expect(output.status == 1)
        let object = try Self.json(output)
        let run = try #require(object["run"] as? [String: Any])
        #expect(run["outcome"] as? String == "stopped")
        #expect(run["blocks"] as? Int == 2)
        #expect(run["steps"] as? Int == 9)
        #expect(run["block"] is String)
        let checks = try #require(object["checks"] as? [[String: Any]])
        #expect(checks.first { $0["id"] as? String == "solved" }?["status"] as? String == "fail")
        #expect(checks.first { $0["id"] as? String == "uses-loop" }?["status"] as? String == "pass")
    }

    @Test func ungradableSubmissionExitsTwoWithItsReason() throws {
        var binary = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        binary.append(contentsOf: (0..<200).map { UInt8($0 % 7) })
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kru-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("index.html")
        try binary.write(to: file)

        let text = try CLIRunner.run(["check", "web/01-first-page", file.path])
        #expect(text.status == 2)
        #expect(text.stderr.contains(file.path))
        #expect(text.stderr.contains("not a text file"))

        let json = try CLIRunner.run(["check", "web/01-first-page", file.path, "--format", "json"])
        #expect(json.status == 2)
        let error = try #require(try Self.json(json)["error"] as? [String: Any])
        #expect(error["file"] as? String == file.path)
        #expect((error["message"] as? String)?.contains("not a text file") == true)

        let missing = try CLIRunner.run(["check", "web/01-first-page", folder.appendingPathComponent("nope.html").path])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("nope.html"))

        let noIndex = try Self.write("<p>hello</p>", name: "home.html").deletingLastPathComponent()
        let wrongName = try CLIRunner.run(["check", "web/01-first-page", noIndex.path, "--lang", "km"])
        #expect(wrongName.status == 2)
        #expect(wrongName.stderr.contains("index.html"))
    }
}
