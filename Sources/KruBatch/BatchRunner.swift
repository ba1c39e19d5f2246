import Dispatch
import Foundation
import Synchronization
import KruCore
import KruPack
import KruReports

/// Counts of a finished batch run.
public struct BatchRun: Sendable, Hashable {
    /// The run's id in the history database.
    public var id: Int64
    /// Submissions graded in this run.
    public var graded: Int
    /// Submissions whose result was reused from an earlier run (same content, same rubric).
    public var reused: Int
    /// Error rows (unreadable or refused submissions).
    public var errors: Int
    /// Missing rows (student × exercise with nothing submitted).
    public var missing: Int

    /// All rows of the run.
    public var total: Int { graded + reused + errors + missing }
}

/// Asks a running batch to stop (Ctrl-C): workers finish the submission in
/// hand, commit what is done, and the run is recorded as `interrupted`.
public final class Cancellation: Sendable {
    private let flag = Atomic<Bool>(false)

    public init() {}

    public func cancel() { flag.store(true, ordering: .relaxed) }

    public var isCancelled: Bool { flag.load(ordering: .relaxed) }
}

/// Grades a cohort in parallel, committing finished submissions to the
/// history database in small batches (at most ``commitRows`` rows or
/// ``commitInterval`` seconds of work each).
///
/// Memory stays flat whatever the cohort size: a submission's files are read
/// by the worker that grades it and dropped when its row is committed.
public struct BatchRunner: Sendable {
    public let store: HistoryStore
    public let grading: Grading
    /// Submissions graded at once (default: one per core).
    public let jobs: Int
    /// Rows committed together at most.
    public static let commitRows = 256
    /// Seconds of finished work kept uncommitted at most.
    public static let commitInterval = 0.25

    public init(store: HistoryStore, grading: Grading, jobs: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.store = store
        self.grading = grading
        self.jobs = max(1, jobs)
    }

    /// Grades every submission of `cohort`. `progress(done, total)` is called
    /// after each submission (from worker threads). When `cancellation` is
    /// cancelled, the run commits what it finished, is marked `interrupted`
    /// and throws a ``BatchError`` with `interrupted` set.
    public func run(
        _ cohort: Cohort, pack: String, progress: (@Sendable (Int, Int) -> Void)? = nil, cancellation: Cancellation? = nil
    ) throws(BatchError) -> BatchRun {
        let start = try store.beginRun(cohort: cohort.root.path, layout: cohort.layout.rawValue, pack: pack)
        let runID = start.run
        var positions: [String: Int] = [:]
        for (index, student) in cohort.students.enumerated() where positions[student.key] == nil {
            positions[student.key] = index
        }
        var versions: [String: String] = [:]
        for exercise in cohort.exercises { versions[exercise.id] = grading.rubricVersion(of: exercise) }
        let missing = cohort.missingRows
        try store.record(run: runID, (cohort.errors + missing).map { row in
            HistoryStore.PendingRow(position: positions[row.student.key] ?? 0, row: row, rubricVersion: versions[row.exercise])
        })
        let state = RunState(total: cohort.submissions.count, cancellation: cancellation)
        let (rubricVersions, studentPositions) = (versions, positions)
        let submissions = cohort.submissions
        let store = self.store
        let grading = self.grading
        let work = { @Sendable (index: Int) throws(BatchError) in
            let pending = submissions[index]
            let version = rubricVersions[pending.exercise.id] ?? grading.rubricVersion(of: pending.exercise)
            let position = studentPositions[pending.student.key] ?? 0
            let row: CohortRow
            var wasReused = false
            do {
                let files = try SubmissionReader.read(pending)
                if let refusal = grading.refusal(pending.exercise, files) { throw refusal }
                let hash = SHA256.contentHash(of: files.files)
                // A result with a check that could not judge (a broken grader) is not reused.
                if try store.hasReusableResult(
                    exercise: pending.exercise.id, contentHash: hash, rubricVersion: version, storedBefore: start) {
                    wasReused = true
                    // Only the row is recorded; the reports read the stored result back.
                    let stored = GradedSubmission(result: GradeResult(
                        exercise: pending.exercise.id, title: pending.exercise.title, checks: [], diagnostics: []))
                    row = CohortRow(student: pending.student, exercise: pending.exercise.id, outcome: .graded(stored, reused: true),
                                    origin: pending.origin, contentHash: hash)
                } else {
                    let graded = grading.gradeForReports(pending.exercise, files)
                    row = CohortRow(student: pending.student, exercise: pending.exercise.id, outcome: .graded(graded, reused: false),
                                    origin: pending.origin, contentHash: hash)
                }
            } catch let error as SubmissionError {
                row = CohortRow(student: pending.student, exercise: pending.exercise.id,
                                outcome: .error(file: error.path, message: error.message), origin: pending.origin)
            } catch let error as BatchError {
                throw error
            } catch {
                throw BatchError(
                    en: "\(pending.origin): cannot grade (\(error))",
                    km: "\(pending.origin): មិនអាចដាក់ពិន្ទុបានទេ (\(error))")
            }
            let (done, batch) = state.finished(
                HistoryStore.PendingRow(position: position, row: row, rubricVersion: version), reused: wasReused)
            if let batch { try store.record(run: runID, batch) }
            progress?(done, submissions.count)
        }
        DispatchQueue.concurrentPerform(iterations: min(jobs, max(submissions.count, 1))) { _ in
            while let index = state.next() {
                do throws(BatchError) {
                    try work(index)
                } catch {
                    state.fail(error)
                }
            }
        }
        // Whatever happened, keep the finished work.
        let rest = state.takeAll()
        if state.failure == nil { try store.record(run: runID, rest) }
        if let failure = state.failure {
            try? store.interruptRun(runID)
            throw failure
        }
        if cancellation?.isCancelled == true {
            try store.interruptRun(runID)
            throw BatchError(
                en: "interrupted: \(state.done) of \(submissions.count) submissions were graded and kept; run the same command again to finish",
                km: "បានរំខាន: ការដាក់ស្នើ \(state.done) ក្នុងចំណោម \(submissions.count) ត្រូវបានដាក់ពិន្ទុ និងរក្សាទុក; សូមដំណើរការពាក្យបញ្ជាដដែលម្ដងទៀត ដើម្បីបញ្ចប់",
                interrupted: true)
        }
        try store.finishRun(runID)
        return BatchRun(id: runID, graded: state.graded, reused: state.reused, errors: state.errors + cohort.errors.count, missing: missing.count)
    }
}

/// Shared counters of the workers, and the finished rows not yet committed.
private final class RunState: @unchecked Sendable {
    private let lock = NSLock()
    private var nextIndex = 0
    private let total: Int
    private let cancellation: Cancellation?
    private(set) var graded = 0
    private(set) var reused = 0
    private(set) var errors = 0
    private(set) var done = 0
    private(set) var failure: BatchError?
    private var buffer: [HistoryStore.PendingRow] = []
    private var lastCommit = DispatchTime.now().uptimeNanoseconds

    init(total: Int, cancellation: Cancellation?) {
        self.total = total
        self.cancellation = cancellation
    }

    /// The next submission to grade, or nil when all are taken (or the run failed or was cancelled).
    func next() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard failure == nil, cancellation?.isCancelled != true, nextIndex < total else { return nil }
        nextIndex += 1
        return nextIndex - 1
    }

    /// Counts a finished row; returns the rows to commit now, when a batch is due.
    func finished(_ pending: HistoryStore.PendingRow, reused wasReused: Bool) -> (Int, [HistoryStore.PendingRow]?) {
        lock.lock()
        defer { lock.unlock() }
        switch pending.row.outcome {
        case .graded: if wasReused { reused += 1 } else { graded += 1 }
        case .error: errors += 1
        case .missing: break
        }
        done += 1
        buffer.append(pending)
        let now = DispatchTime.now().uptimeNanoseconds
        guard buffer.count >= BatchRunner.commitRows
            || Double(now - lastCommit) / 1e9 >= BatchRunner.commitInterval
            || cancellation?.isCancelled == true
        else { return (done, nil) }
        lastCommit = now
        let batch = buffer
        buffer = []
        return (done, batch)
    }

    func takeAll() -> [HistoryStore.PendingRow] {
        lock.lock()
        defer { lock.unlock() }
        let batch = buffer
        buffer = []
        return batch
    }

    func fail(_ error: BatchError) {
        lock.lock()
        if failure == nil { failure = error }
        lock.unlock()
    }
}

/// A progress bar on standard error, drawn only on a terminal and at most ten times a second.
public final class ProgressBar: @unchecked Sendable {
    private let lock = NSLock()
    private var last = Date.distantPast
    private let enabled: Bool

    /// `enabled` defaults to whether standard error is a terminal.
    public init(enabled: Bool = isatty(STDERR_FILENO) == 1) {
        self.enabled = enabled
    }

    public func update(_ done: Int, _ total: Int) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        guard done == total || now.timeIntervalSince(last) >= 0.1 else { return }
        last = now
        let width = 30
        let filled = total == 0 ? width : width * done / total
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        FileHandle.standardError.write(Data("\r\(bar) \(done)/\(total)".utf8))
        if done == total { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
