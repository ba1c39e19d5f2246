import Foundation
import KruCore
import KruPack
import KruReports
import Testing

@testable import KruBatch

/// The fast reader of stored results reads exactly what `JSONDecoder` reads,
/// and leaves to `JSONDecoder` whatever it is not sure of.
@Suite struct StoredResultReaderTests {
    /// Text a student or a rubric can put in a result: Khmer, quotes,
    /// backslashes, every control character, emoji, separators, `\u` look-alikes.
    static let hostile: [String] = [
        "សួស្តី! ខ្ញុំឈ្មោះ ស្រីនាង ពៅ",
        "found 2 <h1> elements, at lines 5 and 9; \"quoted\" and 'single' & \\backslash\\",
        String((0..<0x20).map { Character(Unicode.Scalar(UInt8($0))) }) + "\u{7F}",
        "emoji 👩🏽‍💻 🇰🇭 ✔ ✘ and a lone combining mark \u{17C1}",
        "line\u{2028}separator\u{2029}paragraph \u{FEFF}bom",
        #"\u0041 is not an escape here, nor \n or \""#,
        "/slashes/ </script> {placeholder}",
        "",
        String(repeating: "ក", count: 300),
    ]

    static func sample(_ text: String, _ index: Int) -> GradedSubmission {
        let localized = LocalizedText(en: text, km: Self.hostile[(index + 1) % Self.hostile.count])
        return GradedSubmission(
            result: GradeResult(
                exercise: "web/\(text)", title: localized,
                checks: [
                    CheckResult(
                        id: text, status: .fail, points: 0, maxPoints: [0.1, 1.5, 1e-05, 2.5e20, 3, 0.3333333333333333][index % 6],
                        title: localized, message: LocalizedText(en: "m " + text, km: "ម " + text), hint: localized,
                        location: SourceLocation(file: text, line: index + 1, column: 1_000_000 + index),
                        notes: [localized, LocalizedText(en: "", km: "")]),
                    CheckResult(
                        id: "pass", status: .pass, points: 123_456_789_012_345, maxPoints: 123_456_789_012_345,
                        title: localized, message: localized),
                    CheckResult(id: "e", status: .error, points: 0, maxPoints: 0.5, title: localized, message: localized),
                ],
                diagnostics: [
                    Finding(id: "html.\(index)", severity: .info, message: localized, location: nil),
                    Finding(
                        id: "css", severity: .error, message: localized, location: SourceLocation(file: "style.css", line: 2, column: 3),
                        notes: [localized]),
                ],
                run: index % 2 == 0 ? RunSummary(outcome: .notRun, steps: 0, blocks: index, block: index % 4 == 0 ? text : nil) : nil),
            excerpts: [SourceExcerpt(file: "index.html", line: index, text: text)],
            picture: index % 3 == 0 ? "<svg><title>\(text)</title></svg>" : nil)
    }

    static func jsonDecoder(_ data: Data) -> GradedSubmission? {
        try? JSONDecoder().decode(GradedSubmission.self, from: data)
    }

    @Test func readsWhatKruWritesAsJSONDecoderDoes() throws {
        for (index, text) in Self.hostile.enumerated() {
            let value = Self.sample(text, index)
            let data = try StreamingJSON.encode(value)
            let fast = try #require(StoredResultReader.decode(data), "\(text.debugDescription)")
            #expect(fast == value)
            #expect(fast == Self.jsonDecoder(data))
            // Bit for bit, so the reports print the same numbers.
            for (ours, theirs) in zip(fast.result.checks, value.result.checks) {
                #expect(ours.maxPoints.bitPattern == theirs.maxPoints.bitPattern)
            }
            // Rows an older kru wrote with JSONEncoder (`\/` escaped), in any key order, spaced out.
            let encoder = JSONEncoder()
            for formatting: JSONEncoder.OutputFormatting in [[], [.sortedKeys], [.prettyPrinted, .sortedKeys]] {
                encoder.outputFormatting = formatting
                let old = try encoder.encode(value)
                #expect(StoredResultReader.decode(old) == value)
                #expect(HistoryStore.StoredRow.decode(old) == value)
            }
        }
    }

    @Test func readsEscapesAsJSONDecoderDoes() throws {
        let escaped = #"\u0041\u00e9\u17a0\uD83D\uDE00\ud83c\uddf0\ud83c\udded\/\b\f\n\r\t\"\\\u0000\u001f"#
        let json = #"{"result":{"exercise":"x","title":{"en":""# + escaped + #"","km":"ក"},"checks":[],"diagnostics":[]},"excerpts":[]}"#
        let data = Data(json.utf8)
        let fast = try #require(StoredResultReader.decode(data))
        #expect(fast == Self.jsonDecoder(data))
        #expect(fast.result.title.en == "Aéហ😀🇰🇭/\u{8}\u{C}\n\r\t\"\\\u{0}\u{1F}")
        #expect(fast.result.run == nil && fast.picture == nil)
        // `null` optionals, white space anywhere.
        let spaced = Data(#" { "picture" : null , "result" : { "run" : null , "exercise":"x","title":{"en":"","km":""},"checks":[ ],"diagnostics":[ ] } , "excerpts" : [ ] } "#.utf8)
        let spacedResult = try #require(StoredResultReader.decode(spaced))
        #expect(spacedResult == Self.jsonDecoder(spaced))
    }

    /// What the reader is not sure of is left to JSONDecoder, whose answer (a result or none) stands.
    @Test func leavesTheRestToJSONDecoder() throws {
        let good = String(decoding: try StreamingJSON.encode(Self.sample("text", 0)), as: UTF8.self)
        let variants: [(String, Data)] = [
            ("an unknown key", Data(good.replacingOccurrences(of: #"{"result":"#, with: #"{"future":[1,{"a":null}],"result":"#).utf8)),
            ("a repeated key", Data(good.replacingOccurrences(of: #""excerpts":"#, with: #""excerpts":[],"excerpts":"#).utf8)),
            ("an integer written as a fraction", Data(good.replacingOccurrences(of: #""steps":0"#, with: #""steps":0.0"#).utf8)),
            ("an integer with an exponent", Data(good.replacingOccurrences(of: #""blocks":0"#, with: #""blocks":0e0"#).utf8)),
            ("negative zero", Data(good.replacingOccurrences(of: #""points":0.0,"#, with: #""points":-0,"#).utf8)),
            ("a lone surrogate", Data(good.replacingOccurrences(of: #""id":"text""#, with: #""id":"\ud800x""#).utf8)),
            ("a raw control character", Data(good.replacingOccurrences(of: #""id":"text""#, with: "\"id\":\"te\u{1}xt\"").utf8)),
            ("a missing field", Data(good.replacingOccurrences(of: #","excerpts":[{"#, with: #","excerpt":[{"#).utf8)),
            ("trailing text", Data((good + " x").utf8)),
            ("a truncated row", Data(good.utf8.dropLast(3))),
            ("a number out of range", Data(good.replacingOccurrences(of: #""maxPoints":0.1"#, with: #""maxPoints":1e999"#).utf8)),
            ("an unknown status", Data(good.replacingOccurrences(of: #""status":"fail""#, with: #""status":"maybe""#).utf8)),
        ]
        for (what, data) in variants {
            #expect(data != Data(good.utf8), "\(what): the variant changes the row")
            #expect(StoredResultReader.decode(data) == nil, "\(what)")
            #expect(HistoryStore.StoredRow.decode(data) == Self.jsonDecoder(data), "\(what)")
        }
        var invalid = Array(good.utf8)
        invalid.insert(contentsOf: [0xE1, 0x9E], at: invalid.firstIndex(of: UInt8(ascii: "t"))!)  // cut-off Khmer letter
        #expect(StoredResultReader.decode(Data(invalid)) == nil)
        #expect(HistoryStore.StoredRow.decode(Data(invalid)) == Self.jsonDecoder(Data(invalid)))
        // JSONDecoder still reads the rows with an extra key: only slower.
        #expect(HistoryStore.StoredRow.decode(variants[0].1) == Self.sample("text", 0))
    }

    /// Every result of the bundled demo cohort (web, CSS and puzzles, Khmer
    /// and English), graded for real: stored as the reference (Encodable-driven)
    /// writer writes it, and read back from the history as JSONDecoder reads it.
    @Test func theDemoCohortIsStoredAndReadBackExactly() throws {
        let scratch = Scratch()
        let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let pack = try Pack.load(root: root)
        let options = GradeJobOptions(
            cohort: root.appendingPathComponent("examples/cohort"), out: scratch.path("out"), jobs: 2, formats: [.json])
        let job = try GradeJob.run(options, pack: pack, grading: .pack(pack))
        let store = try HistoryStore(path: options.databaseURL.path)
        var read = 0
        try store.forEachStoredRow(run: job.run.id) { row in
            guard let data = row.graded else { return }
            let fast = try #require(StoredResultReader.decode(data))
            #expect(fast == Self.jsonDecoder(data))
            // What was stored is what the writer writes; with the picture too.
            #expect(StoredResultWriter.encode(fast) == data)
            var withPicture = fast
            withPicture.picture = row.picture
            #expect(StoredResultWriter.encode(withPicture) == (try StreamingJSON.encode(withPicture)))
            read += 1
        }
        #expect(read == job.run.graded + job.run.reused)
        #expect(read >= 20)  // web, CSS and puzzle results
    }
}
