import Foundation
import KruBatch
import KruCore
import KruPack
import KruReports
import Testing

/// `Grading.pack`: the pack's own graders (through `ExerciseGrader`) in a batch run.
@Suite struct PackGradingTests {
    /// The repository's pack (exercises/ and graders/).
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func rows(_ result: GradeJobResult, _ store: HistoryStore) throws -> [String: CohortRow] {
        var rows: [String: CohortRow] = [:]
        try store.forEachRow(run: result.run.id) { rows[$0.student.key + " " + $0.exercise] = $0 }
        return rows
    }

    @Test func gradesWebAndPuzzleSubmissionsWithTheRealGraders() throws {
        let scratch = Scratch()
        let pack = try Pack.load(root: Self.repository)
        scratch.write("cohort/dara/web/01-first-page.html", goodPage)
        scratch.write("cohort/dara/maze/01-straight.txt", "forward\nforward\n")
        scratch.write("cohort/sok/web/01-first-page.html", "<html><body><h1>a</h1><h1>b</h1></body></html>")
        scratch.write("cohort/sok/maze/01-straight.txt", "forward\n")
        // Two pages and no index.html: the grader cannot tell which is the main page.
        scratch.write("cohort/vanna/web/01-first-page/home.html", goodPage)
        scratch.write("cohort/vanna/web/01-first-page/about.html", goodPage)
        let job = GradeJobOptions(cohort: scratch.path("cohort"), out: scratch.path("out"), jobs: 2, formats: [.json])
        let result = try GradeJob.run(job, pack: pack, grading: .pack(pack))
        #expect(result.run.graded == 4 && result.run.errors == 1)
        let rows = try rows(result, HistoryStore(path: job.databaseURL.path))

        guard case .graded(let good, _) = rows["dara web/01-first-page"]?.outcome else { Issue.record("dara's page"); return }
        #expect(good.result.exercise == "web/01-first-page")
        #expect(good.result.checks.first { $0.id == "one-h1" }?.status == .pass)
        guard case .graded(let bad, _) = rows["sok web/01-first-page"]?.outcome else { Issue.record("sok's page"); return }
        #expect(bad.result.checks.first { $0.id == "one-h1" }?.status == .fail)
        #expect(bad.result.checks.first { $0.id == "doctype" }?.status == .fail)

        guard case .graded(let solved, _) = rows["dara maze/01-straight"]?.outcome else { Issue.record("dara's puzzle"); return }
        #expect(solved.result.run?.outcome == .solved)
        #expect(solved.result.checks.first { $0.id == "solved" }?.status == .pass)
        guard case .graded(let short, _) = rows["sok maze/01-straight"]?.outcome else { Issue.record("sok's puzzle"); return }
        #expect(short.result.checks.first { $0.id == "solved" }?.status == .fail)

        // Puzzles carry the maze with the robot's path; web pages have no picture.
        let picture = try #require(solved.picture)
        #expect(picture.hasPrefix("<svg") && picture.contains("kru-maze-path") && picture.contains("kru-maze-finish"))
        #expect(picture.contains("Straight ahead: the robot reached the finish at step 2"))
        #expect(picture.contains("ត្រង់ទៅមុខ"))
        #expect(short.picture?.contains("the robot stopped before the finish after 1 steps") == true)
        #expect(good.picture == nil)

        guard case .error(let file, let message) = rows["vanna web/01-first-page"]?.outcome else { Issue.record("vanna"); return }
        #expect(file.contains("vanna"))
        #expect(message.en.contains("no index.html") && !message.km.isEmpty)
    }

    @Test func aBrokenGraderGivesErrorChecksNamingItsFileAndIsNeverReused() throws {
        let scratch = Scratch()
        let pack = try makePack(in: scratch)
        scratch.write("pack/graders/web/01-first-page/rubric.yaml", "checks: [\n")
        scratch.write("cohort/dara/web/01-first-page.html", goodPage)
        scratch.write("cohort/sok/web/01-first-page.html", goodPage + "<!-- sok -->")
        let job = GradeJobOptions(cohort: scratch.path("cohort"), out: scratch.path("out"), jobs: 2, formats: [.json])
        for _ in 0..<2 {
            let result = try GradeJob.run(job, pack: pack, grading: .pack(pack))
            #expect(result.run.graded == 2 && result.run.reused == 0)  // every student still gets a row, graded again next time
            for row in try rows(result, HistoryStore(path: job.databaseURL.path)).values {
                guard case .graded(let graded, _) = row.outcome else { Issue.record("\(row.student.key) not graded"); continue }
                let check = try #require(graded.result.checks.first)
                #expect(check.status == .error)
                #expect(check.message.en.contains("graders/web/01-first-page/rubric.yaml"))
                #expect(check.message.km.contains("graders/web/01-first-page/rubric.yaml"))
                #expect(check.message.en.contains("tell your mentor") && check.message.km.contains("គ្រូណែនាំ"))
            }
        }
    }
}
