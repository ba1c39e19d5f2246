import Foundation
import KruBatch
import KruCore
import KruPack
import KruReports
import Testing

@Suite struct HistoryTests {
    @Test func rerunReusesUnchangedSubmissionsAndRegradesChangedOnes() throws {
        let scratch = Scratch()
        let pack = try makePack(in: scratch)
        makeCohort(scratch)
        let counter = CallCounter()
        let first = try GradeJob.run(options(scratch), pack: pack, grading: counter.grading())
        #expect(first.run.graded == 4 && first.run.reused == 0)
        #expect(counter.count.load(ordering: .relaxed) == 4)

        let second = try GradeJob.run(options(scratch), pack: pack, grading: counter.grading())
        #expect(second.run.graded == 0 && second.run.reused == 4)
        #expect(counter.count.load(ordering: .relaxed) == 4)

        // One student fixes their page: only that one is graded again.
        scratch.write("cohort/s02/web/01-first-page/index.html", goodPage + "<!-- fixed -->")
        let third = try GradeJob.run(options(scratch), pack: pack, grading: counter.grading())
        #expect(third.run.graded == 1 && third.run.reused == 3)
        #expect(counter.count.load(ordering: .relaxed) == 5)

        // A changed rubric regrades that exercise's submissions.
        scratch.write("pack/graders/maze/01-straight/puzzle.yaml", "ideal: 2\n")
        let fourth = try GradeJob.run(options(scratch), pack: pack, grading: counter.grading())
        #expect(fourth.run.graded == 2 && fourth.run.reused == 2)

        // History shows the progress.
        let store = try HistoryStore(path: scratch.path("out/history.sqlite").path)
        let entries = try store.history(student: "s02").filter { $0.exercise == "web/01-first-page" }
        #expect(entries.map(\.score) == [0, 0, 2, 2])
        #expect(entries.allSatisfy { $0.runStatus == "complete" })
        let byName = try store.history(student: "សុខ ចាន់ធា")
        #expect(byName.count == 8)
        #expect(byName.allSatisfy { $0.student.name == "សុខ ចាន់ធា" })
    }

    @Test func identicalSubmissionsInOneRunAreBothGradedAndReusedByTheNextRun() throws {
        let scratch = Scratch()
        let pack = try makePack(in: scratch)
        // Many students hand in the very same page: which one would be "reused" must not
        // depend on which worker committed first, so none is; the next run reuses them all.
        // More than one commit's worth of rows, so that some are committed while others wait.
        let count = BatchRunner.commitRows + 44
        for index in 0..<count {
            scratch.write("cohort/student\(index)/web/01-first-page.html", goodPage)
        }
        scratch.write("roster.csv", "id,name\n")
        for jobs in [1, 4] {
            var job = options(scratch, out: "out\(jobs)", db: "history\(jobs).sqlite", gradescope: false)
            job.roster = nil
            job.jobs = jobs
            let counter = CallCounter()
            let first = try GradeJob.run(job, pack: pack, grading: counter.grading())
            #expect(first.run.graded == count && first.run.reused == 0, "jobs \(jobs): \(first.run)")
            let second = try GradeJob.run(job, pack: pack, grading: counter.grading())
            #expect(second.run.graded == 0 && second.run.reused == count, "jobs \(jobs): \(second.run)")
            #expect(counter.count.load(ordering: .relaxed) == count)
        }
    }

    @Test func concurrentRunsShareOneDatabase() throws {
        let scratch = Scratch()
        let pack = try makePack(in: scratch)
        for index in 0..<60 {
            scratch.write("cohort/student\(index)/web/01-first-page.html", goodPage + "<!-- \(index) -->")
        }
        scratch.write("roster.csv", "id,name\n")
        let failures = ErrorBox()
        let group = DispatchGroup()
        for runner in 0..<3 {
            DispatchQueue.global().async(group: group) {
                do {
                    var job = options(scratch, out: "out\(runner)", db: "shared.sqlite", gradescope: false)
                    job.roster = nil
                    let result = try GradeJob.run(job, pack: pack, grading: CallCounter().grading())
                    if result.run.graded + result.run.reused != 60 { failures.add("run \(runner): \(result.run)") }
                } catch {
                    failures.add("run \(runner): \(error)")
                }
            }
        }
        group.wait()
        #expect(failures.messages.isEmpty, "\(failures.messages)")
        let store = try HistoryStore(path: scratch.path("shared.sqlite").path)
        for run in 1...3 {
            let counts = try store.counts(run: Int64(run))
            #expect(counts.results == 60)  // one result per distinct content, never duplicated
            #expect(counts.submissions == 60)
        }
    }
}

final class ErrorBox: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []
    func add(_ message: String) { lock.lock(); list.append(message); lock.unlock() }
    var messages: [String] { lock.lock(); defer { lock.unlock() }; return list }
}
