import Foundation
import KruCore
import KruPack
import KruReports
import Testing

@testable import KruBatch

/// The stored JSON is written field by field; its bytes are those the
/// generic `Encodable` writer (``StreamingJSON``, kept here as the reference)
/// gives, so a field added to the result types and forgotten by the writer
/// fails these tests.
@Suite struct StoredResultWriterTests {
    @Test func writesWhatTheEncodableWriterWrites() throws {
        for (index, text) in StoredResultReaderTests.hostile.enumerated() {
            let value = StoredResultReaderTests.sample(text, index)
            let written = try #require(StoredResultWriter.encode(value))
            #expect(written == (try StreamingJSON.encode(value)), "\(text.debugDescription)")
            #expect(StoredResultReader.decode(written) == value)
            var bare = value
            bare.picture = nil
            bare.result.run = nil
            bare.result.checks = []
            bare.excerpts = []
            #expect(StoredResultWriter.encode(bare) == (try StreamingJSON.encode(bare)))
        }
    }

    @Test func aNumberJSONCannotHoldIsNotStored() {
        var value = StoredResultReaderTests.sample("x", 1)
        value.result.checks[0].maxPoints = .infinity
        #expect(StoredResultWriter.encode(value) == nil)
        #expect((try? StreamingJSON.encode(value)) == nil)
        #expect(HistoryStore.PendingRow(position: 0, row: CohortRow(
            student: CohortStudent(key: "s", name: "s", language: .english), exercise: "web/x",
            outcome: .graded(value, reused: false), origin: "s/web/x.html", contentHash: "h"), rubricVersion: "1").payload == nil)
    }

    /// The demo cohort's results (web, CSS, puzzles), graded for real.
    @Test func writesTheDemoCohortAsTheEncodableWriterDoes() throws {
        let scratch = Scratch()
        let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let pack = try Pack.load(root: root)
        let options = GradeJobOptions(
            cohort: root.appendingPathComponent("examples/cohort"), out: scratch.path("out"), jobs: 2, formats: [.json])
        let job = try GradeJob.run(options, pack: pack, grading: .pack(pack))
        let store = try HistoryStore(path: options.databaseURL.path)
        var written = 0
        try store.forEachStoredRow(run: job.run.id) { row in
            guard let data = row.graded else { return }
            // What was stored is what the writer writes; with the picture too.
            var value = try #require(StoredResultReader.decode(data))
            #expect(StoredResultWriter.encode(value) == data)
            value.picture = row.picture
            #expect(StoredResultWriter.encode(value) == (try StreamingJSON.encode(value)))
            written += 1
        }
        #expect(written >= 20)
    }
}
