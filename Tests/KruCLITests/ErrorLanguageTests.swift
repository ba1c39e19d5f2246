import Foundation
import KruBatch
import Testing

/// The errors and warnings of `kru` are printed in the user's language
/// (`--lang`, `KRU_LANG`, `LANG`), naming the file or student they are about.
@Suite struct ErrorLanguageTests {
    /// A scratch folder holding a pack copied from the bundled exercises
    /// web/01-first-page and maze/01-straight, whose grader files the tests break.
    final class ScratchPack {
        let root: URL

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("kru-lang-\(UUID().uuidString)")
            for id in ["web/01-first-page", "maze/01-straight"] {
                let exercise = "exercises/\(id)/exercise.yaml"
                try write(exercise, String(contentsOf: CLIRunner.packageRoot.appendingPathComponent(exercise), encoding: .utf8))
            }
            try write("graders/web/01-first-page/rubric.yaml", "checks: [\n")
            try write("graders/maze/01-straight/puzzle.yaml", "ideal: 3\nspeed: 2\n")
            try write("page.html", "<!DOCTYPE html><html lang=\"en\"><title>Hi</title><h1>Hi</h1><p>Hello there, world</p>")
            try write("program.txt", "forward\nforward\nforward\n")
        }

        deinit { try? FileManager.default.removeItem(at: root) }

        @discardableResult
        func write(_ path: String, _ text: String) throws -> URL {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
            return url
        }

        func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

        /// Runs kru with `--pack` set to this pack.
        func run(_ arguments: [String], environment: [String: String] = [:]) throws -> CLIRunner.Output {
            try CLIRunner.run(arguments + ["--pack", root.path], environment: environment)
        }
    }

    /// True when `text` holds Khmer letters.
    static func hasKhmer(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x1780...0x17FF).contains($0.value) }
    }

    @Test func checkWithABrokenGraderTellsTheStudentInTheirLanguage() throws {
        let pack = try ScratchPack()
        let english = try pack.run(["check", "web/01-first-page", pack.path("page.html")])
        #expect(english.status == 2)
        #expect(english.stderr.contains("the grader of this exercise cannot be loaded"), "\(english.stderr)")
        #expect(english.stderr.contains("tell your mentor"))
        #expect(english.stderr.contains("graders/web/01-first-page/rubric.yaml"))
        #expect(!Self.hasKhmer(english.stderr))

        for khmer in [
            try pack.run(["check", "web/01-first-page", pack.path("page.html"), "--lang", "km"]),
            try pack.run(["check", "web/01-first-page", pack.path("page.html")], environment: ["KRU_LANG": "km"]),
        ] {
            #expect(khmer.status == 2)
            #expect(khmer.stderr.contains("មិនអាចផ្ទុកកម្មវិធីដាក់ពិន្ទុរបស់លំហាត់នេះបានទេ"), "\(khmer.stderr)")
            #expect(khmer.stderr.contains("សូមប្រាប់គ្រូណែនាំរបស់អ្នក"))
            #expect(khmer.stderr.contains("graders/web/01-first-page/rubric.yaml"))
            #expect(!khmer.stderr.contains("cannot be loaded"))
        }
    }

    @Test func checkWithABrokenGraderInJSONPrintsTheDocumentedErrorObject() throws {
        let pack = try ScratchPack()
        for language in ["en", "km"] {
            let output = try pack.run(["check", "web/01-first-page", pack.path("page.html"), "--format", "json", "--lang", language])
            #expect(output.status == 2)
            #expect(output.stderr.isEmpty, "\(output.stderr)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
            #expect(object["schemaVersion"] as? Int == 1)
            #expect(object["exercise"] as? String == "web/01-first-page")
            let error = try #require(object["error"] as? [String: Any])
            #expect((error["file"] as? String)?.hasSuffix("graders/web/01-first-page/rubric.yaml") == true, "\(error)")
            let message = try #require(error["message"] as? String)
            #expect(Self.hasKhmer(message) == (language == "km"), "\(message)")
        }
    }

    @Test func usageErrorsAreLedInKhmerForKhmerReaders() throws {
        let english = try CLIRunner.run(["check", "web/01-first-page"])
        #expect(english.status == 2)
        #expect(english.stderr.contains("Missing expected argument"), "\(english.stderr)")
        #expect(!Self.hasKhmer(english.stderr))

        for khmer in [
            try CLIRunner.run(["check", "web/01-first-page", "--lang", "km"]),
            try CLIRunner.run(["check", "--lang=km", "web/01-first-page"]),
            try CLIRunner.run(["check", "web/01-first-page"], environment: ["KRU_LANG": "km"]),
        ] {
            #expect(khmer.status == 2)
            #expect(khmer.stderr.hasPrefix("kru: ពាក្យបញ្ជានេះមិនត្រឹមត្រូវទេ"), "\(khmer.stderr)")
            #expect(khmer.stderr.contains("kru check --help"))
            #expect(khmer.stderr.contains("Missing expected argument"))
        }
        // An unknown subcommand names kru's own help.
        let unknown = try CLIRunner.run(["chek", "--lang", "km"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("សូមវាយ kru --help"), "\(unknown.stderr)")
    }

    @Test func runAndShowWithABrokenPuzzleFile() throws {
        let pack = try ScratchPack()
        let english = try pack.run(["run", "maze/01-straight", pack.path("program.txt")])
        #expect(english.status == 2)
        #expect(english.stderr.contains("this puzzle cannot be loaded"), "\(english.stderr)")
        #expect(english.stderr.contains("puzzle.yaml:2:1"))
        #expect(english.stderr.contains("unknown key `speed`"))
        #expect(!Self.hasKhmer(english.stderr))

        let khmer = try pack.run(["run", "maze/01-straight", pack.path("program.txt"), "--lang", "km"])
        #expect(khmer.status == 2)
        #expect(khmer.stderr.contains("មិនអាចផ្ទុកល្បែងនេះបានទេ"), "\(khmer.stderr)")
        #expect(khmer.stderr.contains("មិនស្គាល់ key `speed`"))  // the puzzle's own message, in Khmer too
        #expect(khmer.stderr.contains("puzzle.yaml:2:1"))

        let show = try pack.run(["show", "maze/01-straight"], environment: ["LANG": "km_KH.UTF-8"])
        #expect(show.status == 2)
        #expect(show.stderr.contains("មិនអាចផ្ទុកល្បែងនេះបានទេ"), "\(show.stderr)")
        #expect(show.stderr.contains("puzzle.yaml:2:1"))

        // A web exercise given to kru run.
        let web = try pack.run(["run", "web/01-first-page", pack.path("program.txt"), "--lang", "km"])
        #expect(web.status == 2)
        #expect(web.stderr.contains("web/01-first-page ជាលំហាត់ប្រភេទ web"), "\(web.stderr)")
    }

    @Test func historyErrorsInBothLanguages() throws {
        let pack = try ScratchPack()
        let missing = pack.path("nowhere/history.sqlite")
        let noDatabase = try CLIRunner.run(["history", "s01", "--db", missing])
        #expect(noDatabase.status == 2)
        #expect(noDatabase.stderr.contains("\(missing): no history database here"), "\(noDatabase.stderr)")
        let noDatabaseKm = try CLIRunner.run(["history", "s01", "--db", missing, "--lang", "km"])
        #expect(noDatabaseKm.status == 2)
        #expect(noDatabaseKm.stderr.contains("\(missing): គ្មានមូលដ្ឋានទិន្នន័យប្រវត្តិនៅទីនេះទេ"), "\(noDatabaseKm.stderr)")

        let empty = pack.path("history.sqlite")
        _ = try HistoryStore(path: empty)
        let unknown = try CLIRunner.run(["history", "សុខ ចាន់ធា", "--db", empty])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("no student \"សុខ ចាន់ធា\" in \(empty)"), "\(unknown.stderr)")
        let unknownKm = try CLIRunner.run(["history", "សុខ ចាន់ធា", "--db", empty], environment: ["KRU_LANG": "km"])
        #expect(unknownKm.status == 2)
        #expect(unknownKm.stderr.contains("គ្មានសិស្ស \"សុខ ចាន់ធា\" នៅក្នុង \(empty) ទេ"), "\(unknownKm.stderr)")

        let garbage = try pack.write("garbage.sqlite", String(repeating: "not a database ", count: 400)).path
        let broken = try CLIRunner.run(["history", "s01", "--db", garbage])
        #expect(broken.status == 2)
        #expect(broken.stderr.contains("\(garbage): cannot open the history database"), "\(broken.stderr)")
        let brokenKm = try CLIRunner.run(["history", "s01", "--db", garbage, "--lang", "km"])
        #expect(brokenKm.status == 2)
        #expect(brokenKm.stderr.contains("\(garbage): មិនអាចបើកមូលដ្ឋានទិន្នន័យប្រវត្តិបានទេ"), "\(brokenKm.stderr)")
    }

    @Test func gradeErrorsAndWarningsInTheMentorsLanguage() throws {
        let pack = try ScratchPack()
        let nowhere = pack.path("nowhere")
        let english = try pack.run(["grade", nowhere, "--out", pack.path("out")])
        #expect(english.status == 2)
        #expect(english.stderr.contains("\(nowhere): no such file or folder"), "\(english.stderr)")
        let khmer = try pack.run(["grade", nowhere, "--out", pack.path("out"), "--lang", "km"])
        #expect(khmer.status == 2)
        #expect(khmer.stderr.contains("\(nowhere): គ្មានឯកសារ ឬថតនៅទីនេះទេ"), "\(khmer.stderr)")

        try pack.write("roster-cohort/roster.csv", "id,name,lang\ns01,សុខ,fr\n")
        try pack.write("roster-cohort/s01/web/01-first-page.html", "<h1>hi</h1>")
        let roster = try pack.run(["grade", pack.path("roster-cohort"), "--out", pack.path("out")], environment: ["LANG": "km_KH.UTF-8"])
        #expect(roster.status == 2)
        #expect(roster.stderr.contains("roster.csv:2: មិនស្គាល់ភាសា \"fr\" ទេ"), "\(roster.stderr)")

        // A folder that is not a student's is a warning, in the mentor's language.
        try pack.write("cohort/dara/web/01-first-page.html", "<h1>hi</h1>")
        try pack.write("cohort/notes.html", "<p>not a student</p>")
        let warned = try pack.run(["grade", pack.path("cohort"), "--out", pack.path("out2"), "--format", "json", "--lang", "km"])
        #expect(warned.status == 0, "\(warned.stderr)")
        #expect(warned.stderr.contains("kru: ការព្រមាន៖ notes.html"), "\(warned.stderr)")
        #expect(!warned.stderr.contains("warning"))
    }

    @Test func listAndPackProblemsInBothLanguages() throws {
        let pack = try ScratchPack()
        try pack.write("exercises/web/02-broken/exercise.yaml", "kind: web\n")
        let english = try pack.run(["list"])
        #expect(english.status == 0)
        #expect(english.stdout.contains("web/01-first-page"))
        #expect(english.stderr.contains("kru: warning: an exercise cannot be loaded"), "\(english.stderr)")
        #expect(english.stderr.contains("web/02-broken/exercise.yaml"))
        let khmer = try pack.run(["list", "--lang", "km"])
        #expect(khmer.stderr.contains("kru: ការព្រមាន៖ មិនអាចផ្ទុកលំហាត់មួយបានទេ"), "\(khmer.stderr)")
        #expect(khmer.stderr.contains("web/02-broken/exercise.yaml"))

        let notAPack = pack.path("graders")
        let noPack = try CLIRunner.run(["list", "--pack", notAPack, "--lang", "km"])
        #expect(noPack.status == 2)
        #expect(noPack.stderr.contains("\(notAPack): គ្មានថត exercises/ នៅទីនេះទេ"), "\(noPack.stderr)")
        let noPackEnglish = try CLIRunner.run(["check", "web/01-first-page", "x.html", "--pack", notAPack])
        #expect(noPackEnglish.status == 2)
        #expect(noPackEnglish.stderr.contains("\(notAPack): no exercises/ folder here"), "\(noPackEnglish.stderr)")

        let badLanguage = try CLIRunner.run(["list", "--lang", "fr"], environment: ["KRU_LANG": "km"])
        #expect(badLanguage.status == 2)
        #expect(badLanguage.stderr.contains("មិនស្គាល់ភាសា \"fr\" ទេ"), "\(badLanguage.stderr)")
    }
}
