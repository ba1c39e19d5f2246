import Foundation
import KruCore
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
        let check = value.result.checks[0]
        value.result.checks[0] = CheckResult(
            id: check.id, status: check.status, points: check.points, maxPoints: .infinity, title: check.title,
            message: check.message, hint: check.hint, location: check.location, notes: check.notes)
        #expect(StoredResultWriter.encode(value) == nil)
        #expect((try? StreamingJSON.encode(value)) == nil)
        #expect(HistoryStore.PendingRow(position: 0, row: CohortRow(
            student: CohortStudent(key: "s", name: "s", language: .english), exercise: "web/x",
            outcome: .graded(value, reused: false), origin: "s/web/x.html", contentHash: "h"), rubricVersion: "1").payload == nil)
    }
}
