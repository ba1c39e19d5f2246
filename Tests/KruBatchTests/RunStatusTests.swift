import Foundation
import GRDB
import KruCore
import Testing

@testable import KruBatch

/// Runs left `running` by a process that is gone, and databases of older kru versions.
@Suite struct RunStatusTests {
    @Test func runsOfDeadProcessesAreMarkedInterruptedAndLiveOnesAreLeftAlone() throws {
        let scratch = Scratch()
        let path = scratch.path("history.sqlite").path
        let store = try HistoryStore(path: path)
        let live = try store.beginRun(cohort: "c", layout: "folder", pack: "p").run  // this process: alive
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            // A process id that cannot exist (above pid_max), and one of another machine.
            try db.execute(sql: """
                INSERT INTO runs (started_at, status, cohort, layout, pack, owner) VALUES
                    ('2026-01-01T00:00:00Z', 'running', 'c', 'folder', 'p', ?),
                    ('2026-01-01T00:00:00Z', 'running', 'c', 'folder', 'p', 'another-host:1:1'),
                    ('2026-01-01T00:00:00Z', 'running', 'c', 'folder', 'p', NULL)
                """, arguments: ["\(RunOwner.hostName):99999999:1"])
        }
        let next = try store.beginRun(cohort: "c", layout: "folder", pack: "p").run
        #expect(try store.status(run: live) == "running")
        #expect(try store.status(run: live + 1) == "interrupted")  // its process is gone
        #expect(try store.status(run: live + 2) == "running")  // cannot be checked from here
        #expect(try store.status(run: live + 3) == "interrupted")  // no owner: written by an older kru
        try store.finishRun(next)
        try store.interruptRun(next)  // a finished run stays complete
        #expect(try store.status(run: next) == "complete")
        #expect(RunOwner.isAlive(RunOwner.current))
    }

    @Test func aDatabaseOfAnOlderKruIsUpgradedInPlace() throws {
        let scratch = Scratch()
        let pack = try makePack(in: scratch)
        makeCohort(scratch)
        let path = scratch.path("out/history.sqlite")
        try FileManager.default.createDirectory(at: path.deletingLastPathComponent(), withIntermediateDirectories: true)
        // The tables as the first version of kru grade made them.
        try DatabaseQueue(path: path.path).write { db in
            try db.execute(sql: """
                CREATE TABLE runs (id INTEGER PRIMARY KEY AUTOINCREMENT, started_at TEXT NOT NULL, finished_at TEXT,
                    status TEXT NOT NULL, cohort TEXT NOT NULL, layout TEXT NOT NULL, pack TEXT NOT NULL);
                CREATE TABLE results (id INTEGER PRIMARY KEY AUTOINCREMENT, exercise TEXT NOT NULL, content_hash TEXT NOT NULL,
                    rubric_version TEXT NOT NULL, score REAL NOT NULL, max_score REAL NOT NULL, passed INTEGER NOT NULL,
                    graded BLOB NOT NULL, graded_at TEXT NOT NULL, UNIQUE (exercise, content_hash, rubric_version));
                INSERT INTO runs (started_at, status, cohort, layout, pack) VALUES ('2026-01-01T00:00:00Z', 'running', 'c', 'folder', 'p');
                """)
        }
        let counter = CallCounter()
        let first = try GradeJob.run(options(scratch), pack: pack, grading: counter.grading())
        #expect(first.run.graded == 4)
        let store = try HistoryStore(path: path.path)
        #expect(try store.status(run: 1) == "interrupted")
        let second = try GradeJob.run(options(scratch), pack: pack, grading: counter.grading())
        #expect(second.run.reused == 4 && counter.count.load(ordering: .relaxed) == 4)
    }
}
