import Foundation
import GRDB
import KruCore
import KruReports

/// Every batch run recorded in SQLite: runs, submissions (with their content
/// hash) and results (with the rubric version that produced them).
///
/// The database is in WAL mode with a busy timeout, so several `kru grade`
/// runs can share one file. Finished submissions are committed in small
/// batches (a fraction of a second of work each), so an interrupted run loses
/// at most its last batch and the next run reuses everything committed.
///
/// Tables:
/// - `runs(id, started_at, finished_at, status, cohort, layout, pack, owner)`; status `running` until it
///   completes (`complete`) or is stopped (`interrupted`: by Ctrl-C, or found on the next start with its
///   process gone); `owner` identifies the process running it
/// - `results(id, exercise, content_hash, rubric_version, score, max_score, passed, graded, graded_at, picture, judged)`,
///   unique per (exercise, content_hash, rubric_version); `graded` is the JSON of the result (its picture, an
///   SVG document, in `picture`); `judged` is 1 when every check could judge (only such results are reused)
/// - `submissions(id, run_id, position, student_key, student_name, student_language, participant,
///   exercise, status, reused, origin, content_hash, rubric_version, result_id, error_file, error_en, error_km,
///   recorded_at)`, unique per (run_id, student_key, exercise); status `graded`, `error` or `missing`
public final class HistoryStore: Sendable {
    let pool: DatabasePool
    /// The database file.
    public let path: String

    /// Opens (creating when needed) the history database at `path`.
    public init(path: String) throws(BatchError) {
        self.path = path
        var configuration = Configuration()
        configuration.busyMode = .timeout(60)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        do {
            try FileManager.default.createDirectory(
                at: URL(fileURLWithPath: path).deletingLastPathComponent(), withIntermediateDirectories: true)
            pool = try DatabasePool(path: path, configuration: configuration)
            try pool.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) {
                    try db.execute(sql: Self.schema)
                    // Databases written by earlier versions of kru.
                    if try !db.columns(in: "runs").contains(where: { $0.name == "owner" }) {
                        try db.execute(sql: "ALTER TABLE runs ADD COLUMN owner TEXT")
                    }
                    if try !db.columns(in: "results").contains(where: { $0.name == "judged" }) {
                        try db.execute(sql: "ALTER TABLE results ADD COLUMN picture TEXT")
                        try db.execute(sql: "ALTER TABLE results ADD COLUMN judged INTEGER NOT NULL DEFAULT 0")
                    }
                    return .commit
                }
            }
        } catch {
            throw BatchError(
                en: "\(path): cannot open the history database (\(error)); choose another file with --db",
                km: "\(path): មិនអាចបើកមូលដ្ឋានទិន្នន័យប្រវត្តិបានទេ (\(error)); សូមជ្រើសឯកសារផ្សេងដោយប្រើ --db")
        }
    }

    static let schema = """
        CREATE TABLE IF NOT EXISTS runs (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            status TEXT NOT NULL,
            cohort TEXT NOT NULL,
            layout TEXT NOT NULL,
            pack TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS results (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            exercise TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            rubric_version TEXT NOT NULL,
            score REAL NOT NULL,
            max_score REAL NOT NULL,
            passed INTEGER NOT NULL,
            graded BLOB NOT NULL,
            graded_at TEXT NOT NULL,
            picture TEXT,
            judged INTEGER NOT NULL DEFAULT 0,
            UNIQUE (exercise, content_hash, rubric_version)
        );
        CREATE TABLE IF NOT EXISTS submissions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            run_id INTEGER NOT NULL REFERENCES runs(id),
            position INTEGER NOT NULL,
            student_key TEXT NOT NULL,
            student_name TEXT NOT NULL,
            student_language TEXT NOT NULL,
            participant TEXT,
            exercise TEXT NOT NULL,
            status TEXT NOT NULL,
            reused INTEGER NOT NULL DEFAULT 0,
            origin TEXT NOT NULL,
            content_hash TEXT,
            rubric_version TEXT,
            result_id INTEGER REFERENCES results(id),
            error_file TEXT,
            error_en TEXT,
            error_km TEXT,
            recorded_at TEXT NOT NULL,
            UNIQUE (run_id, student_key, exercise)
        );
        CREATE INDEX IF NOT EXISTS submissions_student ON submissions(student_key);
        """

    static func now() -> String { UTCDate.iso8601(Date()) }

    private func write<T>(_ body: (Database) throws -> T) throws(BatchError) -> T {
        do {
            return try pool.writeWithoutTransaction { db in
                var value: T?
                try db.inTransaction(.immediate) {
                    value = try body(db)
                    return .commit
                }
                return value!
            }
        } catch {
            throw BatchError(
                en: "\(path): cannot write the history database (\(error))",
                km: "\(path): មិនអាចសរសេរទៅមូលដ្ឋានទិន្នន័យប្រវត្តិបានទេ (\(error))")
        }
    }

    private func read<T>(_ body: (Database) throws -> T) throws(BatchError) -> T {
        do {
            return try pool.read(body)
        } catch {
            throw cannotRead(error)
        }
    }

    private func cannotRead(_ error: any Error) -> BatchError {
        BatchError(
            en: "\(path): cannot read the history database (\(error))",
            km: "\(path): មិនអាចអានមូលដ្ឋានទិន្នន័យប្រវត្តិបានទេ (\(error))")
    }

    /// Starts a run owned by this process; returns its id. Runs left
    /// `running` by a process that no longer exists (killed, crashed) are
    /// marked `interrupted` first.
    public func beginRun(cohort: String, layout: String, pack: String) throws(BatchError) -> RunStart {
        try write { db in
            try Self.markAbandonedRuns(db)
            try db.execute(
                sql: "INSERT INTO runs (started_at, status, cohort, layout, pack, owner) VALUES (?, 'running', ?, ?, ?, ?)",
                arguments: [Self.now(), cohort, layout, pack, RunOwner.current])
            let run = db.lastInsertedRowID
            let lastResult = try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM results") ?? 0
            return RunStart(run: run, lastEarlierResult: lastResult)
        }
    }

    /// A run just begun: its id, and the newest result stored before it.
    public struct RunStart: Sendable, Hashable {
        /// The run's id.
        public var run: Int64
        /// Results up to this id were stored by earlier runs: only they are reused, so that
        /// which of two identical submissions of one run is "reused" never depends on timing
        /// (both are graded; a later run reuses their result).
        public var lastEarlierResult: Int64
    }

    /// Marks a run complete.
    public func finishRun(_ run: Int64) throws(BatchError) {
        try end(run, status: "complete")
    }

    /// Marks a run interrupted (stopped before it completed; what it committed stays).
    public func interruptRun(_ run: Int64) throws(BatchError) {
        try end(run, status: "interrupted")
    }

    private func end(_ run: Int64, status: String) throws(BatchError) {
        try write { db in
            try db.execute(
                sql: "UPDATE runs SET finished_at = ?, status = ? WHERE id = ? AND status = 'running'",
                arguments: [Self.now(), status, run])
        }
    }

    /// The status of a run (`running`, `complete`, `interrupted`), or nil when there is no such run.
    public func status(run: Int64) throws(BatchError) -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT status FROM runs WHERE id = ?", arguments: [run]) }
    }

    /// Marks `interrupted` every `running` run whose owner process is gone.
    static func markAbandonedRuns(_ db: Database) throws {
        let running = try Row.fetchAll(db, sql: "SELECT id, owner FROM runs WHERE status = 'running'")
        for row in running {
            let owner: String? = row["owner"]
            if let owner, RunOwner.isAlive(owner) { continue }
            try db.execute(
                sql: "UPDATE runs SET status = 'interrupted', finished_at = COALESCE(finished_at, ?) WHERE id = ?",
                arguments: [now(), row["id"] as Int64])
        }
    }

    /// Whether a result for this content under this rubric version was stored by a run
    /// before `run` began and can be reused: every check could judge (a result with a check
    /// in `error`, such as a broken grader's, is graded again).
    public func hasReusableResult(
        exercise: String, contentHash: String, rubricVersion: String, storedBefore run: RunStart
    ) throws(BatchError) -> Bool {
        // Asked once per submission: one statement (a snapshot of its own, no
        // transaction around it), prepared once per connection.
        do {
            return try pool.unsafeRead { db in
                let statement = try db.cachedStatement(
                    sql: "SELECT 1 FROM results WHERE exercise = ? AND content_hash = ? AND rubric_version = ? AND judged = 1 AND id <= ?")
                return try Bool.fetchOne(statement, arguments: [exercise, contentHash, rubricVersion, run.lastEarlierResult]) ?? false
            }
        } catch {
            throw cannotRead(error)
        }
    }

    /// A row ready to be committed: its result already encoded (encoding
    /// happens on the worker threads, outside the write transaction).
    public struct PendingRow: Sendable {
        public var position: Int
        public var row: CohortRow
        public var rubricVersion: String?
        var payload: Data?
        /// Kept beside the JSON: an SVG picture is large and full of quotes to escape.
        var picture: String?
        var judged = false

        public init(position: Int, row: CohortRow, rubricVersion: String?) {
            self.position = position
            self.row = row
            self.rubricVersion = rubricVersion
            if case .graded(var graded, let reused) = row.outcome, !reused {
                picture = graded.picture
                judged = !graded.result.checks.contains { $0.status == .error }
                graded.picture = nil
                payload = StoredResultWriter.encode(graded)
            }
        }
    }

    /// Commits one row of a run (and its result, when graded) in one transaction.
    public func record(run: Int64, position: Int, row: CohortRow, rubricVersion: String?) throws(BatchError) {
        try record(run: run, [PendingRow(position: position, row: row, rubricVersion: rubricVersion)])
    }

    /// Commits rows of a run (and their results) in one transaction: all or none.
    public func record(run: Int64, _ rows: [PendingRow]) throws(BatchError) {
        guard !rows.isEmpty else { return }
        try write { db in
            let now = Self.now()
            let upsert = try db.cachedStatement(sql: """
                INSERT INTO results (exercise, content_hash, rubric_version, score, max_score, passed, graded, graded_at, picture, judged)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (exercise, content_hash, rubric_version) DO UPDATE SET
                    score = excluded.score, max_score = excluded.max_score, passed = excluded.passed,
                    graded = excluded.graded, graded_at = excluded.graded_at, picture = excluded.picture, judged = excluded.judged
                WHERE results.graded != excluded.graded OR results.judged != excluded.judged
                    OR results.picture IS NOT excluded.picture
                """)
            let lookup = try db.cachedStatement(
                sql: "SELECT id FROM results WHERE exercise = ? AND content_hash = ? AND rubric_version = ?")
            let insert = try db.cachedStatement(sql: """
                INSERT OR REPLACE INTO submissions (run_id, position, student_key, student_name, student_language,
                    participant, exercise, status, reused, origin, content_hash, rubric_version, result_id,
                    error_file, error_en, error_km, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for pending in rows {
                let row = pending.row
                var resultID: Int64?
                if case .graded(let graded, _) = row.outcome, let hash = row.contentHash, let rubricVersion = pending.rubricVersion {
                    if let payload = pending.payload {
                        try upsert.execute(arguments: [
                            row.exercise, hash, rubricVersion, graded.result.score, graded.result.maxScore,
                            graded.result.passed, payload, now, pending.picture, pending.judged,
                        ])
                    }
                    resultID = try Int64.fetchOne(lookup, arguments: [row.exercise, hash, rubricVersion])
                }
                var errorFile: String?, errorEN: String?, errorKM: String?
                var reused = false
                switch row.outcome {
                case .error(let file, let message): (errorFile, errorEN, errorKM) = (file, message.en, message.km)
                case .graded(_, let wasReused): reused = wasReused
                case .missing: break
                }
                try insert.execute(arguments: [
                    run, pending.position, row.student.key, row.student.name, row.student.language.rawValue,
                    row.student.participant, row.exercise, row.status, reused, row.origin, row.contentHash,
                    pending.rubricVersion, resultID, errorFile, errorEN, errorKM, now,
                ])
            }
        }
    }

    /// The rows of a run in report order (students in cohort order, then exercises by id).
    public func forEachRow(run: Int64, _ body: (CohortRow) throws -> Void) throws(BatchError) {
        try forEachStoredRow(run: run) { try body($0.decoded()) }
    }

    /// A row as stored, its result still encoded: decoding is the costly
    /// part of reading a run back, so the report writers do it in parallel.
    package struct StoredRow: Sendable {
        /// The row with a placeholder outcome when it is graded.
        var row: CohortRow
        var graded: Data?
        var picture: String?
        var reused: Bool

        /// The student the row belongs to.
        package var student: CohortStudent { row.student }

        /// The row with its result decoded.
        package func decoded() -> CohortRow {
            guard row.status == "graded" else { return row }
            var decoded = row
            if let graded, var submission = Self.decode(graded) {
                submission.picture = submission.picture ?? picture
                decoded.outcome = .graded(submission, reused: reused)
            } else {
                decoded.outcome = .error(file: row.origin, message: LocalizedText(
                    en: "the stored result could not be read; run kru grade again",
                    km: "មិនអាចអានលទ្ធផលដែលបានរក្សាទុកបានទេ; សូមដំណើរការ kru grade ម្ដងទៀត"))
            }
            return decoded
        }

        /// A stored result: read by ``StoredResultReader`` (kru's own JSON, fast), else by `JSONDecoder`.
        static func decode(_ data: Data) -> GradedSubmission? {
            StoredResultReader.decode(data) ?? (try? JSONDecoder().decode(GradedSubmission.self, from: data))
        }
    }

    /// The rows of a run in report order, results not yet decoded.
    package func forEachStoredRow(run: Int64, _ body: (StoredRow) throws -> Void) throws(BatchError) {
        try read { db in
            let cursor = try Row.fetchCursor(
                db,
                sql: """
                    SELECT s.*, r.graded, r.picture FROM submissions s LEFT JOIN results r ON r.id = s.result_id
                    WHERE s.run_id = ? ORDER BY s.position, s.exercise
                    """,
                arguments: [run])
            while let row = try cursor.next() {
                try body(Self.storedRow(row))
            }
        }
    }

    static func storedRow(_ row: Row) -> StoredRow {
        let student = CohortStudent(
            key: row["student_key"], name: row["student_name"],
            language: Language(rawValue: row["student_language"]) ?? .english, participant: row["participant"])
        let outcome: SubmissionOutcome
        switch row["status"] as String {
        case "graded":
            // Replaced by the decoded result (or an error) in `decoded()`.
            outcome = .graded(GradedSubmission(result: GradeResult(exercise: row["exercise"], title: LocalizedText(en: "", km: ""), checks: [], diagnostics: [])), reused: row["reused"])
        case "error":
            outcome = .error(
                file: row["error_file"] ?? "",
                message: LocalizedText(en: row["error_en"] ?? "", km: row["error_km"] ?? ""))
        default:
            outcome = .missing
        }
        return StoredRow(
            row: CohortRow(student: student, exercise: row["exercise"], outcome: outcome, origin: row["origin"], contentHash: row["content_hash"]),
            graded: row["graded"], picture: row["picture"], reused: row["reused"])
    }

    /// One line of a student's history.
    public struct HistoryEntry: Hashable, Sendable {
        public var run: Int64
        public var startedAt: String
        public var runStatus: String
        public var student: CohortStudent
        public var exercise: String
        public var status: String
        public var score: Double?
        public var maxScore: Double?
        public var passed: Bool?
        public var error: LocalizedText?
    }

    /// Every recorded row of a student (by key, participant number or exact
    /// name), oldest run first.
    public func history(student: String) throws(BatchError) -> [HistoryEntry] {
        try read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT s.*, runs.started_at, runs.status AS run_status, r.score, r.max_score, r.passed
                    FROM submissions s JOIN runs ON runs.id = s.run_id LEFT JOIN results r ON r.id = s.result_id
                    WHERE s.student_key = ? OR s.participant = ? OR s.student_name = ?
                    ORDER BY s.run_id, s.exercise
                    """,
                arguments: [student, student, student])
            return rows.map { row in
                HistoryEntry(
                    run: row["run_id"], startedAt: row["started_at"], runStatus: row["run_status"],
                    student: CohortStudent(
                        key: row["student_key"], name: row["student_name"],
                        language: Language(rawValue: row["student_language"]) ?? .english, participant: row["participant"]),
                    exercise: row["exercise"], status: row["status"], score: row["score"], maxScore: row["max_score"],
                    passed: row["passed"],
                    error: (row["error_en"] as String?).map { LocalizedText(en: $0, km: row["error_km"] ?? "") })
            }
        }
    }

    /// Counts for tests and reports: (results, submissions of `run`).
    public func counts(run: Int64) throws(BatchError) -> (results: Int, submissions: Int) {
        try read { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM results") ?? 0,
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM submissions WHERE run_id = ?", arguments: [run]) ?? 0)
        }
    }
}

extension HistoryStore {
    /// The points available per exercise among the graded rows of a run.
    public func maxScores(run: Int64) throws(BatchError) -> [String: Double] {
        try read { db in
            var scores: [String: Double] = [:]
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT s.exercise, MAX(r.max_score) AS max_score FROM submissions s JOIN results r ON r.id = s.result_id
                    WHERE s.run_id = ? GROUP BY s.exercise
                    """,
                arguments: [run])
            for row in rows { scores[row["exercise"]] = row["max_score"] }
            return scores
        }
    }
}
