import Foundation
import KruReports
import Testing

/// kru's one JSON string escaping, as text and as bytes.
@Suite struct JSONTextTests {
    @Test func escapesQuotesBackslashesAndControlCharactersOnly() throws {
        let text = "ក \"quoted\" \\ tab\t line\n cr\r nul\u{0} unit\u{1F} é 😀"
        let expected = #""ក \"quoted\" \\ tab\t line\n cr\r nul\u0000 unit\u001f é 😀""#
        var asText = ""
        JSONText.string(text, into: &asText)
        var asBytes: [UInt8] = []
        JSONText.string(text, into: &asBytes)
        #expect(asText == expected)
        #expect(asBytes == Array(expected.utf8))
        // Any JSON reader reads it back as the same text.
        let decoded = try JSONSerialization.jsonObject(with: Data(asBytes), options: .fragmentsAllowed) as? String
        #expect(decoded == text)
    }

    @Test func plainTextIsOnlyQuoted() {
        var asBytes: [UInt8] = []
        JSONText.string("សួស្តី Dara", into: &asBytes)
        #expect(asBytes == Array("\"សួស្តី Dara\"".utf8))
    }
}
