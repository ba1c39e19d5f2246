import Foundation
import KruBatch
import Testing

/// `kru grade` and `kru history` run as a real process.
@Suite struct GradeCommandTests {
    static func temporaryFolder() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kru-grade-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func write(_ url: URL, _ text: String) {
        try! FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try! Data(text.utf8).write(to: url)
    }

    static func page(_ index: Int) -> String {
        "<!DOCTYPE html>\n<html lang=\"km\">\n<head><title>ទំព័រ \(index)</title></head>\n<body>\n<h1>សួស្តី</h1>\n<p>ខ្ញុំចូលចិត្តរៀនកូដ \(index)</p>\n</body>\n</html>\n"
    }

    /// A cohort of `count` distinct pages and the arguments grading it (one job, so it takes a while).
    static func bigCohort(in folder: URL, count: Int) -> (arguments: [String], db: String) {
        for index in 0..<count {
            write(folder.appendingPathComponent("cohort/student\(index)/web/01-first-page.html"), page(index))
        }
        let db = folder.appendingPathComponent("history.sqlite").path
        return (["grade", folder.appendingPathComponent("cohort").path, "--out", folder.appendingPathComponent("out").path,
                 "--db", db, "--jobs", "1", "--format", "json"], db)
    }

    /// Waits until the run in `process` has committed at least `rows` submissions; returns how many it had.
    static func waitForCommits(_ process: Process, db: String, rows: Int) -> Int {
        var committed = 0
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, process.isRunning {
            if FileManager.default.fileExists(atPath: db), let store = try? HistoryStore(path: db),
               let counts = try? store.counts(run: 1) {
                committed = counts.submissions
                if committed >= rows { break }
            }
            usleep(5_000)
        }
        return committed
    }

    /// The number before " unchanged" in kru grade's last line.
    static func reusedCount(_ text: String) throws -> Int {
        let start = try #require(text.range(of: #"(\d+) unchanged"#, options: .regularExpression)).lowerBound
        return Int(text[start...].prefix { $0.isNumber }) ?? -1
    }

    @Test func killedRunIsMarkedInterruptedAndResumesWithoutLosingOrDuplicatingWork() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let count = 600
        let (arguments, db) = Self.bigCohort(in: folder, count: count)
        let first = try CLIRunner.start(arguments)
        // Wait until some submissions are committed, then kill the run mid-way.
        _ = Self.waitForCommits(first, db: db, rows: 30)
        try #require(first.isRunning, "the first run ended before it could be interrupted")
        kill(first.processIdentifier, SIGKILL)
        first.waitUntilExit()
        let store = try HistoryStore(path: db)
        let afterKill = try store.counts(run: 1)
        #expect(afterKill.submissions >= 30 && afterKill.submissions < count)
        #expect(try store.status(run: 1) == "running")  // nobody could mark it yet

        let second = try CLIRunner.run(arguments)
        #expect(second.status == 0, "\(second.stderr)")
        // The next start found the killed run's process gone.
        #expect(try store.status(run: 1) == "interrupted")
        #expect(try store.status(run: 2) == "complete")
        let after = try store.counts(run: 2)
        #expect(after.submissions == count)
        #expect(after.results == count)  // every distinct page graded exactly once, across both runs
        #expect(try Self.reusedCount(second.stdout) >= afterKill.submissions)
        let history = try store.history(student: "student0")
        #expect(history.map(\.runStatus) == ["interrupted", "complete"])
    }

    @Test func ctrlCStopsTheRunKeepsFinishedWorkAndMarksItInterrupted() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let count = 600
        let (arguments, db) = Self.bigCohort(in: folder, count: count)
        let first = try CLIRunner.start(arguments)
        _ = Self.waitForCommits(first, db: db, rows: 30)
        try #require(first.isRunning, "the first run ended before it could be interrupted")
        kill(first.processIdentifier, SIGINT)
        first.waitUntilExit()
        #expect(first.terminationStatus == 130)
        let store = try HistoryStore(path: db)
        #expect(try store.status(run: 1) == "interrupted")
        let kept = try store.counts(run: 1)
        #expect(kept.submissions >= 30 && kept.submissions < count)
        #expect(kept.results == kept.submissions)  // everything it finished was committed

        let second = try CLIRunner.run(arguments)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(try Self.reusedCount(second.stdout) == kept.submissions)
        #expect(try store.counts(run: 2).results == count)
    }

    @Test func khmerNamesEndToEndAndHistory() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        Self.write(folder.appendingPathComponent("cohort/s01/web/01-first-page.html"), Self.page(1))
        Self.write(folder.appendingPathComponent("cohort/s02/web/01-first-page.html"), "<p>hi</p>")
        Self.write(folder.appendingPathComponent("roster.csv"), "\u{FEFF}id,ឈ្មោះ,ភាសា\ns01,សុខ ចាន់ធា,km\ns02,ស្រីនាង ពៅ,ខ្មែរ\ns03,Dara Chan,en\n")
        let out = folder.appendingPathComponent("out")
        let grade = try CLIRunner.run([
            "grade", folder.appendingPathComponent("cohort").path, "--out", out.path,
            "--roster", folder.appendingPathComponent("roster.csv").path, "--lang", "km",
        ])
        let text = grade.stdout
        #expect(grade.status == 0, "\(grade.stderr)")
        #expect(text.contains("បានដាក់ពិន្ទុសិស្ស 3 នាក់"))
        let report = try String(contentsOf: out.appendingPathComponent("students/s02.html"), encoding: .utf8)
        #expect(report.contains("ស្រីនាង ពៅ") && report.contains("lang=\"km\""))
        let gradebook = try String(contentsOf: out.appendingPathComponent("gradebook.csv"), encoding: .utf8)
        #expect(gradebook.contains("s01,សុខ ចាន់ធា,"))
        let summary = try String(contentsOf: out.appendingPathComponent("summary.html"), encoding: .utf8)
        #expect(summary.contains("Dara Chan"))  // submitted nothing
        let json = try String(contentsOf: out.appendingPathComponent("results.json"), encoding: .utf8)
        #expect(json.contains("\"name\":\"សុខ ចាន់ធា\""))

        let history = try CLIRunner.run(["history", "សុខ ចាន់ធា", "--db", out.appendingPathComponent("history.sqlite").path])
        let historyText = history.stdout
        #expect(history.status == 0)
        #expect(historyText.hasPrefix("សុខ ចាន់ធា (s01)"))
        #expect(historyText.contains("web/01-first-page"))
    }

    /// The README's main job: the bundled demo cohort, every kind of exercise, pictures of the mazes.
    @Test func demoCohortIsGradedWithReportsAndMazePictures() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("demo")
        let grade = try CLIRunner.run(["grade", "examples/cohort", "--out", out.path])
        #expect(grade.status == 0, "\(grade.stderr)")
        #expect(grade.stdout.contains("Graded 12 students"))
        #expect(!grade.stderr.contains("warning"), "\(grade.stderr)")  // roster.csv and README.md are not submissions
        let summary = try String(contentsOf: out.appendingPathComponent("summary.html"), encoding: .utf8)
        for exercise in ["web/01-first-page", "css/06-colors-fonts", "maze/02-turn", "maze/03-repeat"] {
            #expect(summary.contains(exercise), "\(exercise) in the summary")
        }
        #expect(summary.contains("Maly Chea"))  // submitted nothing
        // Dara's program turns the wrong way: the report shows the maze with the crash.
        let dara = try String(contentsOf: out.appendingPathComponent("students/s02.html"), encoding: .utf8)
        #expect(dara.contains("<svg") && dara.contains("kru-maze-crash") && dara.contains("hit a wall"))
        // ចន្ទា's loose block: the program is not run, the maze is still drawn, in Khmer.
        let chantha = try String(contentsOf: out.appendingPathComponent("students/s05.html"), encoding: .utf8)
        #expect(chantha.contains("<svg") && chantha.contains("lang=\"km\"") && chantha.contains("loose"))
        let gradebook = try String(contentsOf: out.appendingPathComponent("gradebook.csv"), encoding: .utf8)
        #expect(gradebook.contains("s03,ស្រីនាង ពៅ,"))
    }

    @Test func exitsWithTwoWhenItCannotRun() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = try CLIRunner.run(["grade", folder.appendingPathComponent("nowhere").path, "--out", folder.appendingPathComponent("o").path])
        #expect(missing.status == 2)
        Self.write(folder.appendingPathComponent("dl/Dara Chan_123456_assignsubmission_file_/index.html"), Self.page(1))
        let moodle = try CLIRunner.run(["grade", folder.appendingPathComponent("dl").path, "--out", folder.appendingPathComponent("o").path])
        #expect(moodle.status == 2)
        #expect(moodle.stderr.contains("--exercise"))
        let badFormat = try CLIRunner.run(["grade", folder.path, "--format", "pdf"])
        #expect(badFormat.status == 2)
    }
}
