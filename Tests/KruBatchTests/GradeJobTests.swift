import Foundation
import KruBatch
import KruCore
import KruPack
import KruReports
import Synchronization
import Testing

/// Counts how often the fake grader runs.
final class CallCounter: Sendable {
    let count = Atomic<Int>(0)
    func grading() -> Grading {
        Grading(engineVersion: "test") { exercise, files in
            self.count.add(1, ordering: .relaxed)
            return fakeGrade(exercise, files)
        }
    }
}

/// A cohort with Khmer and English names, a roster, a missing student and a broken file.
func makeCohort(_ scratch: Scratch) {
    scratch.write("cohort/s01/web/01-first-page.html", goodPage)
    scratch.write("cohort/s01/maze/01-straight.txt", "moveForward\nmoveForward\n")
    scratch.write("cohort/s02/web/01-first-page/index.html", "<!DOCTYPE html>\n<html>\n<body>\n<p>no heading</p>\n</body></html>\n")
    scratch.write("cohort/s02/maze/01-straight.xml", "<xml><block type=\"turnLeft\"/></xml>")
    scratch.write("cohort/s03/web/01-first-page.html", Data([0x00, 0x01, 0x02, 0xFF]))
    scratch.write("roster.csv", "\u{FEFF}id,name,language\ns01,សុខ ចាន់ធា,km\ns02,\"Chan, Dara\",en\ns03,ស្រីនាង ពៅ,km\ns04,Vanna Kim,en\n")
}

func options(_ scratch: Scratch, out: String = "out", db: String? = nil, gradescope: Bool = true) -> GradeJobOptions {
    GradeJobOptions(
        cohort: scratch.path("cohort"), out: scratch.path(out), database: db.map { scratch.path($0) }, jobs: 2,
        roster: scratch.path("roster.csv"), language: .english, gradescope: gradescope)
}

@Suite struct GradeJobTests {
    @Test func writesEveryOutputWithKhmerNamesKept() throws {
        let scratch = Scratch()
        let pack = try makePack(in: scratch)
        makeCohort(scratch)
        let result = try GradeJob.run(options(scratch), pack: pack, grading: CallCounter().grading())
        #expect(result.run.graded == 4)
        #expect(result.run.errors == 1)
        #expect(result.run.missing == 3)  // s04 has nothing for either exercise, s03 no puzzle

        // Gradebook: BOM, header, Khmer name exact, points, error and empty cells.
        let gradebook = try Data(contentsOf: scratch.path("out/gradebook.csv"))
        #expect(gradebook.starts(with: [0xEF, 0xBB, 0xBF]))
        let lines = String(decoding: gradebook.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
        #expect(lines[0] == "Student ID,Name,maze/01-straight,web/01-first-page,Total,Maximum")
        #expect(lines[1] == "s01,សុខ ចាន់ធា,2,2,4,4")
        #expect(lines[2] == "s02,\"Chan, Dara\",0,0,0,4")
        #expect(lines[3] == "s03,ស្រីនាង ពៅ,,error,0,4")
        #expect(lines[4] == "s04,Vanna Kim,,,0,4")
    }

    @Test func moodleWorksheetHasExactlyMoodlesColumns() throws {
        let scratch = Scratch()
        let pack = try makePack(in: scratch)
        scratch.write("dl/សុខ ចាន់ធា_123456_assignsubmission_file_/index.html", goodPage)
        scratch.write("dl/Dara Chan_654321_assignsubmission_file_/page.html", "<html><body>\n<p>x</p></body></html>")
        var job = GradeJobOptions(cohort: scratch.path("dl"), out: scratch.path("out"), jobs: 1, exercise: "web/01-first-page")
        job.language = .khmer
        _ = try GradeJob.run(job, pack: pack, grading: CallCounter().grading())
        let data = try Data(contentsOf: scratch.path("out/moodle/web-01-first-page.csv"))
        #expect(data.starts(with: [0xEF, 0xBB, 0xBF]))
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        let lines = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines[0] == "Identifier,Full name,Grade,Maximum Grade,Last modified (grade),Feedback comments")
        #expect(lines.count == 3)
        let sok = try #require(lines.first { $0.hasPrefix("Participant 123456,") })
        #expect(sok.hasPrefix("Participant 123456,សុខ ចាន់ធា,2,2,"))
        let dara = try #require(lines.first { $0.hasPrefix("Participant 654321,") })
        #expect(dara.hasPrefix("Participant 654321,Dara Chan,0,2,"))
        #expect(dara.contains("បាត់"))  // the mentor chose Khmer for students without a roster language
        // The date column is ISO 8601 (read by Moodle with strtotime).
        let fields = dara.split(separator: ",").map(String.init)
        #expect(ISO8601DateFormatter().date(from: fields[4]) != nil)
    }

    @Test func gradescopeResultsCarryTheDocumentedFields() throws {
        let scratch = Scratch()
        let pack = try makePack(in: scratch)
        makeCohort(scratch)
        _ = try GradeJob.run(options(scratch), pack: pack, grading: CallCounter().grading())
        let url = scratch.path("out/gradescope/s02/web/01-first-page/results.json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        #expect(object["score"] as? Double == 0)
        let tests = try #require(object["tests"] as? [[String: Any]])
        #expect(tests.count == 1)
        let test = tests[0]
        #expect(test["name"] as? String == "has-h1: Has it")
        #expect(test["score"] as? Double == 0)
        #expect(test["max_score"] as? Double == 2)
        #expect(test["status"] as? String == "failed")
        #expect(test["visibility"] as? String == "visible")
        let output = try #require(test["output"] as? String)
        #expect(output.contains("missing it") && output.contains("index.html:3:1") && output.contains("3 | <body>"))
        // A student reading Khmer gets Khmer output; an error row scores 0 and says why.
        let sok = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: scratch.path("out/gradescope/s01/maze/01-straight/results.json"))) as? [String: Any])
        #expect(sok["score"] as? Double == 2)
        #expect((sok["tests"] as? [[String: Any]])?.first?["status"] as? String == "passed")
        #expect((sok["tests"] as? [[String: Any]])?.first?["output"] as? String == "មានវា")
        let broken = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: scratch.path("out/gradescope/s03/web/01-first-page/results.json"))) as? [String: Any])
        #expect(broken["score"] as? Int == 0)
        #expect((broken["output"] as? String)?.contains("01-first-page.html") == true)
        #expect(!FileManager.default.fileExists(atPath: scratch.path("out/gradescope/s04").path))
    }

    @Test func studentReportsAreSelfContainedAndInTheStudentsLanguage() throws {
        let scratch = Scratch()
        let pack = try makePack(in: scratch)
        makeCohort(scratch)
        _ = try GradeJob.run(options(scratch), pack: pack, grading: CallCounter().grading())
        let sok = try String(contentsOf: scratch.path("out/students/s01.html"), encoding: .utf8)
        #expect(sok.contains("<html lang=\"km\">"))
        #expect(sok.contains("មតិកែលម្អសម្រាប់ សុខ ចាន់ធា"))
        let dara = try String(contentsOf: scratch.path("out/students/s02.html"), encoding: .utf8)
        #expect(dara.contains("<html lang=\"en\">"))
        #expect(dara.contains("Feedback for Chan, Dara"))
        #expect(dara.contains("missing it"))
        #expect(dara.contains("3 | </span>&lt;body&gt;"))  // the failing source line, escaped
        #expect(dara.contains("Hint: add it"))
        for page in [sok, dara] {
            #expect(!page.contains("<link") && !page.contains("<script") && !page.contains("src=") && !page.contains("@import"))
            #expect(page.contains("@media print"))
        }
        let missing = try String(contentsOf: scratch.path("out/students/s04.html"), encoding: .utf8)
        #expect(missing.contains("Nothing submitted yet"))
        let broken = try String(contentsOf: scratch.path("out/students/s03.html"), encoding: .utf8)
        #expect(broken.contains("not a text file") || broken.contains("មិនមែនជាឯកសារអត្ថបទ"))
    }

    @Test func summaryAndRunJSONDescribeTheCohort() throws {
        let scratch = Scratch()
        let pack = try makePack(in: scratch)
        makeCohort(scratch)
        _ = try GradeJob.run(options(scratch), pack: pack, grading: CallCounter().grading())
        let summary = try String(contentsOf: scratch.path("out/summary.html"), encoding: .utf8)
        #expect(summary.contains("<svg class=\"chart\""))
        #expect(summary.contains("Students who submitted nothing"))
        #expect(summary.contains("<li>Vanna Kim"))
        #expect(summary.contains("ស្រីនាង ពៅ"))  // in the error table
        #expect(summary.contains("has-h1"))  // most-failed checks
        #expect(summary.contains("href=\"students/s01.html\""))

        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: scratch.path("out/results.json"))) as? [String: Any])
        #expect(json["schemaVersion"] as? Int == 1)
        let students = try #require(json["students"] as? [[String: Any]])
        #expect(students.map { $0["name"] as? String } == ["សុខ ចាន់ធា", "Chan, Dara", "ស្រីនាង ពៅ", "Vanna Kim"])
        let first = try #require(students[0]["submissions"] as? [[String: Any]])
        #expect(first.map { $0["status"] as? String } == ["graded", "graded"])
        let result = try #require(first[1]["result"] as? [String: Any])
        #expect(result["exercise"] as? String == "web/01-first-page")
        #expect(result["language"] as? String == "km")
        let third = try #require(students[2]["submissions"] as? [[String: Any]])
        #expect(third.map { $0["status"] as? String } == ["missing", "error"])
        let summaryObject = try #require(json["summary"] as? [String: Any])
        #expect(summaryObject["graded"] as? Int == 4)
        #expect(summaryObject["missing"] as? Int == 3)
        // No temporary files left behind.
        let leftovers = try FileManager.default.subpathsOfDirectory(atPath: scratch.path("out").path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }
}
