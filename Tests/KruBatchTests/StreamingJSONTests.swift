import Foundation
import KruCore
import KruReports
import Testing

@testable import KruBatch

/// The history's JSON writer: plain JSON that `JSONDecoder` reads back to the same value.
@Suite struct StreamingJSONTests {
    static let sample = GradedSubmission(
        result: GradeResult(
            exercise: "maze/02-turn", title: LocalizedText(en: "Turn \"the\" corner", km: "បត់ជ្រុង"),
            checks: [
                CheckResult(
                    id: "solved", status: .fail, points: 0, maxPoints: 1.5,
                    title: LocalizedText(en: "Solved", km: "ដោះស្រាយ"),
                    message: LocalizedText(en: "hit a wall\\here\n\ttab \u{1}", km: "បុកជញ្ជាំង"),
                    hint: LocalizedText(en: "turn first", km: "បត់មុន"),
                    location: SourceLocation(file: "02-turn.xml", line: 7, column: 11)),
                CheckResult(
                    id: "one-stack", status: .pass, points: 1, maxPoints: 1,
                    title: LocalizedText(en: "One stack", km: "មួយជង់"), message: LocalizedText(en: "", km: "")),
            ],
            diagnostics: [
                Finding(id: "maze.loose", severity: .error, message: LocalizedText(en: "loose", km: "រលុង"), location: nil,
                        notes: [LocalizedText(en: "a", km: "ក"), LocalizedText(en: "b", km: "ខ")]),
            ],
            run: RunSummary(outcome: .crash, steps: 3, blocks: 4, block: "a3")),
        excerpts: [SourceExcerpt(file: "02-turn.xml", line: 7, text: "  <block type=\"maze_moveForward\" id=\"a3\">")],
        picture: "<svg><title>ផ្លូវ</title></svg>")

    @Test func resultsRoundTripThroughJSONDecoder() throws {
        let data = try StreamingJSON.encode(Self.sample)
        #expect(try JSONDecoder().decode(GradedSubmission.self, from: data) == Self.sample)
        // Plain JSON: Foundation reads it as the same object JSONEncoder writes.
        let ours = try JSONSerialization.jsonObject(with: data) as? NSDictionary
        let theirs = try JSONSerialization.jsonObject(with: JSONEncoder().encode(Self.sample)) as? NSDictionary
        #expect(ours == theirs)
        var empty = Self.sample
        empty.result.checks = []
        empty.result.run = nil
        empty.picture = nil
        #expect(try JSONDecoder().decode(GradedSubmission.self, from: StreamingJSON.encode(empty)) == empty)
    }

    @Test func whatItCannotWriteFallsBackToJSONEncoder() throws {
        enum Shape: Codable, Equatable { case circle(radius: Double), square }  // nested containers
        let shapes: [Shape] = [.circle(radius: 2), .square]
        #expect(try JSONDecoder().decode([Shape].self, from: StreamingJSON.encode(shapes)) == shapes)
    }
}
