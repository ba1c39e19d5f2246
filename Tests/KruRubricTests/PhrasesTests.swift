import KruTestSupport
import Testing

@testable import KruRubric

/// Quoting a student's text in messages.
struct PhrasesTests {
    /// The plain definition: line breaks become spaces, at most `limit` characters, "…" when cut.
    func reference(_ text: String, limit: Int) -> String {
        let flat = text.split(whereSeparator: { $0.isNewline }).joined(separator: " ")
        return flat.count > limit ? "\"\(flat.prefix(limit))…\"" : "\"\(flat)\""
    }

    @Test func quoteFlattensLinesAndCutsLongText() {
        #expect(Phrases.quote("សួស្តី\n\nពិភពលោក") == "\"សួស្តី ពិភពលោក\"")
        #expect(Phrases.quote(String(repeating: "ក", count: 45)) == "\"" + String(repeating: "ក", count: 40) + "…\"")
        let samples = [
            "", "\n", "\n\nabc\n", "abc", "a\r\nb", String(repeating: "x", count: 40), String(repeating: "x", count: 41),
            String(repeating: "x", count: 39) + "\ny", String(repeating: "x", count: 40) + "\n", String(repeating: "x", count: 40) + "\ny",
            "ខ្ញុំរស់នៅភ្នំពេញ ហើយខ្ញុំចូលចិត្តរៀនសរសេរកូដ។\nI am student number 7.",
            "a\u{85}b", "x\u{2028}y", "\u{2029}", "ក\u{85}", "ក\u{2029}ខ",
        ]
        for sample in samples {
            for limit in [1, 3, 39, 40, 41] {
                #expect(Phrases.quote(sample, limit: limit) == reference(sample, limit: limit), "\(sample.debugDescription) limit \(limit)")
            }
        }
    }

    /// The scalar scan for ASCII and Khmer text quotes as the general path through `Character`s.
    @Test func quoteCutsRandomTextsAsCharactersCutThem() {
        var random = SplitMix64(seed: 40)
        let pool = GraphemeClusterTests.khmer + ["\r", "\n", "\u{2028}", "é", "👍"]
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...9, using: &random) {
                text.unicodeScalars.append(pool.randomElement(using: &random)!)
            }
            for limit in 1...4 {
                #expect(Phrases.shortened(text, limit: limit) == Phrases.shortenedByCharacters(text, limit: limit), "\(text.debugDescription) limit \(limit)")
            }
        }
    }
}
