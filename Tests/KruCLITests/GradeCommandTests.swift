import Foundation
import KruBatch
import Testing

/// `kru grade` and `kru history` run as a real process.
@Suite struct GradeCommandTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The built `kru` executable (beside the test bundle).
    static var kru: URL {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("kru")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        return repository.appendingPathComponent(".build/debug/kru")
    }

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

    @discardableResult
    static func run(_ arguments: [String], wait: Bool = true) throws -> (Process, Pipe) {
        let process = Process()
        process.executableURL = kru
        process.arguments = arguments
        process.currentDirectoryURL = repository
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        if wait { process.waitUntilExit() }
        return (process, output)
    }

    @Test func killedRunResumesWithoutLosingOrDuplicatingWork() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let count = 600
        for index in 0..<count {
            Self.write(folder.appendingPathComponent("cohort/student\(index)/web/01-first-page.html"), Self.page(index))
        }
        let db = folder.appendingPathComponent("history.sqlite").path
        let arguments = ["grade", folder.appendingPathComponent("cohort").path, "--out", folder.appendingPathComponent("out").path,
                         "--db", db, "--jobs", "1", "--format", "json"]
        let (first, _) = try Self.run(arguments, wait: false)
        // Wait until some submissions are committed, then kill the run mid-way.
        var committed = 0
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, first.isRunning {
            if FileManager.default.fileExists(atPath: db), let store = try? HistoryStore(path: db),
               let counts = try? store.counts(run: 1) {
                committed = counts.submissions
                if committed >= 30 { break }
            }
            usleep(5_000)
        }
        try #require(first.isRunning, "the first run ended before it could be interrupted")
        kill(first.processIdentifier, SIGKILL)
        first.waitUntilExit()
        let store = try HistoryStore(path: db)
        let afterKill = try store.counts(run: 1)
        #expect(afterKill.submissions >= 30 && afterKill.submissions < count)

        let (second, output) = try Self.run(arguments)
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(second.terminationStatus == 0, "\(text)")
        let after = try store.counts(run: 2)
        #expect(after.submissions == count)
        #expect(after.results == count)  // every distinct page graded exactly once, across both runs
        let reused = try #require(text.range(of: #"(\d+) unchanged"#, options: .regularExpression)).lowerBound
        let reusedCount = Int(text[reused...].prefix { $0.isNumber }) ?? -1
        #expect(reusedCount >= afterKill.submissions)
        // The interrupted run is visible as such in the history.
        let history = try store.history(student: "student0")
        #expect(history.first?.runStatus == "running")
        #expect(history.last?.runStatus == "complete")
    }

    @Test func khmerNamesEndToEndAndHistory() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        Self.write(folder.appendingPathComponent("cohort/s01/web/01-first-page.html"), Self.page(1))
        Self.write(folder.appendingPathComponent("cohort/s02/web/01-first-page.html"), "<p>hi</p>")
        Self.write(folder.appendingPathComponent("roster.csv"), "\u{FEFF}id,ឈ្មោះ,ភាសា\ns01,សុខ ចាន់ធា,km\ns02,ស្រីនាង ពៅ,ខ្មែរ\ns03,Dara Chan,en\n")
        let out = folder.appendingPathComponent("out")
        let (process, output) = try Self.run([
            "grade", folder.appendingPathComponent("cohort").path, "--out", out.path,
            "--roster", folder.appendingPathComponent("roster.csv").path, "--lang", "km",
        ])
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains("បានដាក់ពិន្ទុសិស្ស 3 នាក់"))
        let report = try String(contentsOf: out.appendingPathComponent("students/s02.html"), encoding: .utf8)
        #expect(report.contains("ស្រីនាង ពៅ") && report.contains("lang=\"km\""))
        let gradebook = try String(contentsOf: out.appendingPathComponent("gradebook.csv"), encoding: .utf8)
        #expect(gradebook.contains("s01,សុខ ចាន់ធា,"))
        let summary = try String(contentsOf: out.appendingPathComponent("summary.html"), encoding: .utf8)
        #expect(summary.contains("Dara Chan"))  // submitted nothing
        let json = try String(contentsOf: out.appendingPathComponent("results.json"), encoding: .utf8)
        #expect(json.contains("\"name\":\"សុខ ចាន់ធា\""))

        let (history, historyOutput) = try Self.run(["history", "សុខ ចាន់ធា", "--db", out.appendingPathComponent("history.sqlite").path])
        let historyText = String(decoding: historyOutput.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(history.terminationStatus == 0)
        #expect(historyText.hasPrefix("សុខ ចាន់ធា (s01)"))
        #expect(historyText.contains("web/01-first-page"))
    }

    @Test func exitsWithTwoWhenItCannotRun() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (missing, _) = try Self.run(["grade", folder.appendingPathComponent("nowhere").path, "--out", folder.appendingPathComponent("o").path])
        #expect(missing.terminationStatus == 2)
        Self.write(folder.appendingPathComponent("dl/Dara Chan_123456_assignsubmission_file_/index.html"), Self.page(1))
        let (moodle, output) = try Self.run(["grade", folder.appendingPathComponent("dl").path, "--out", folder.appendingPathComponent("o").path])
        #expect(moodle.terminationStatus == 2)
        #expect(String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).contains("--exercise"))
        let (badFormat, _) = try Self.run(["grade", folder.path, "--format", "pdf"])
        #expect(badFormat.terminationStatus == 2)
    }
}
