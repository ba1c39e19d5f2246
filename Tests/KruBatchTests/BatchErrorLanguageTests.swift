import Foundation
import KruCore
import KruPack
import Testing
@testable import KruBatch

/// Every problem that stops `kru grade` is told in English and in Khmer,
/// naming the file; `description` stays the English text.
@Suite struct BatchErrorLanguageTests {
    /// Runs `body`, which must throw a ``BatchError``, and checks both
    /// languages: the English and the Khmer phrase, and `names` in each.
    func expectBilingual(
        en: String, km: String, names: String, sourceLocation: Testing.SourceLocation = #_sourceLocation, _ body: () throws -> Void
    ) {
        do {
            try body()
            Issue.record("no BatchError was thrown", sourceLocation: sourceLocation)
        } catch let error as BatchError {
            #expect(error.message.en.contains(en), "\(error.message.en)", sourceLocation: sourceLocation)
            #expect(error.message.km.contains(km), "\(error.message.km)", sourceLocation: sourceLocation)
            #expect(error.message.en.contains(names) && error.message.km.contains(names), sourceLocation: sourceLocation)
            #expect(!error.message.km.contains(en), "the Khmer text is translated", sourceLocation: sourceLocation)
            #expect(error.description == error.message.en, sourceLocation: sourceLocation)
        } catch {
            Issue.record("not a BatchError: \(error)", sourceLocation: sourceLocation)
        }
    }

    @Test func rosterProblems() {
        expectBilingual(en: "the roster is empty", km: "បញ្ជីឈ្មោះទទេ", names: "r.csv") {
            _ = try Roster.parse(Data(), file: "r.csv")
        }
        expectBilingual(en: "no id or name column", km: "គ្មានជួរឈរអត្តលេខ ឬឈ្មោះ", names: "\"a,b\"") {
            _ = try Roster.parse(Data("a,b\n1,2\n".utf8), file: "r.csv")
        }
        expectBilingual(en: "unknown language \"fr\"", km: "មិនស្គាល់ភាសា \"fr\"", names: "r.csv:2") {
            _ = try Roster.parse(Data("id,name,lang\n1,A,fr\n".utf8), file: "r.csv")
        }
        expectBilingual(en: "is on the roster twice", km: "មាននៅក្នុងបញ្ជីឈ្មោះពីរដង", names: "r.csv:3") {
            _ = try Roster.parse(Data("id,name\ns1,សុខ\ns1,Dara\n".utf8), file: "r.csv")
        }
        expectBilingual(en: "cannot read the roster", km: "មិនអាចអានបញ្ជីឈ្មោះបានទេ", names: "/nonexistent/roster.csv") {
            _ = try Roster.load(URL(fileURLWithPath: "/nonexistent/roster.csv"))
        }
        // Not UTF-8: TextDecoding's own bilingual message.
        expectBilingual(en: "is not valid UTF-8 text", km: "មិនមែនជាអត្ថបទ UTF-8 ត្រឹមត្រូវទេ", names: "r.csv") {
            _ = try Roster.parse(Data([0x69, 0x64, 0x0A, 0xC3, 0x28, 0xFF]), file: "r.csv")
        }
    }

    @Test func cohortsThatCannotBeRead() throws {
        let scratch = Scratch()
        let pack = try makePack(in: scratch)
        func discover(_ path: String, exercise: String? = nil) throws {
            _ = try CohortDiscovery.discover(scratch.path(path), pack: pack, exercise: exercise, roster: nil, language: .english)
        }
        expectBilingual(en: "no such file or folder", km: "គ្មានឯកសារ ឬថតនៅទីនេះទេ", names: scratch.path("nowhere").path) {
            try discover("nowhere")
        }
        scratch.write("notes.txt", "hello")
        expectBilingual(en: "a cohort is a folder of student folders", km: "ថ្នាក់មួយគឺជាថត", names: "notes.txt") {
            try discover("notes.txt")
        }
        scratch.zip("all.zip", [("Dara Chan_123456_assignsubmission_file_/index.html", Data(goodPage.utf8))])
        expectBilingual(en: "a Moodle zip holds one assignment", km: "zip ពី Moodle មានកិច្ចការតែមួយ", names: "all.zip") {
            try discover("all.zip")
        }
        scratch.write("dl/Dara Chan_123456_assignsubmission_file_/index.html", goodPage)
        expectBilingual(en: "this is a Moodle download", km: "នេះជាការទាញយកពី Moodle", names: scratch.path("dl").path) {
            try discover("dl")
        }
        scratch.write("broken.zip", "this is not a zip at all")
        expectBilingual(en: "not a readable zip", km: "មិនមែនជា zip ដែលអាចអានបានទេ", names: "broken.zip") {
            try discover("broken.zip", exercise: "web/01-first-page")
        }
        expectBilingual(en: "no exercise \"web/01-first-pag\"", km: "គ្មានលំហាត់ \"web/01-first-pag\"", names: "web/01-first-page") {
            try discover("dl", exercise: "web/01-first-pag")
        }
    }

    @Test func emptyCohortUnwritableOutputAndBrokenDatabase() throws {
        let scratch = Scratch()
        let pack = try makePack(in: scratch)
        scratch.write("empty/README.md", "nothing here")
        let options = GradeJobOptions(cohort: scratch.path("empty"), out: scratch.path("out"), jobs: 1, formats: [.json])
        expectBilingual(en: "no student work found", km: "រកមិនឃើញការងាររបស់សិស្សទេ", names: scratch.path("empty").path) {
            _ = try GradeJob.run(options, pack: pack, grading: .pack(pack))
        }
        let blocker = scratch.write("file.txt", "a file, not a folder")
        expectBilingual(en: "cannot write", km: "មិនអាចសរសេរបានទេ", names: "file.txt/report.html") {
            try AtomicFile.write("<p>hi</p>", to: blocker.appendingPathComponent("report.html"))
        }
        let garbage = scratch.write("history.sqlite", String(repeating: "not a database ", count: 400))
        expectBilingual(en: "cannot open the history database", km: "មិនអាចបើកមូលដ្ឋានទិន្នន័យប្រវត្តិបានទេ", names: garbage.path) {
            _ = try HistoryStore(path: garbage.path)
        }
    }

    @Test func anInterruptedRunSaysWhatWasKept() throws {
        let scratch = Scratch()
        let pack = try makePack(in: scratch)
        scratch.write("cohort/dara/web/01-first-page.html", goodPage)
        let cancellation = Cancellation()
        cancellation.cancel()
        let options = GradeJobOptions(
            cohort: scratch.path("cohort"), out: scratch.path("out"), jobs: 1, formats: [.json], cancellation: cancellation)
        do {
            _ = try GradeJob.run(options, pack: pack, grading: .pack(pack))
            Issue.record("a cancelled run must stop")
        } catch {
            #expect(error.interrupted)
            #expect(error.message.en.contains("run the same command again"))
            #expect(error.message.km.contains("សូមដំណើរការពាក្យបញ្ជាដដែលម្ដងទៀត"))
        }
    }
}
