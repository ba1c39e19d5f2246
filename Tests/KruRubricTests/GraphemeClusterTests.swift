import KruTestSupport
import Testing

@testable import KruRubric

/// The scalar scan for ASCII and Khmer text gives the answers of Swift's `Character`s (with
/// the Khmer conjunct join), on every pair of scalars of its repertoire and on many random texts.
struct GraphemeClusterTests {
    /// Every scalar ``KhmerScan`` reads itself.
    static let repertoire: [Unicode.Scalar] = {
        let ranges: [ClosedRange<UInt32>] = [0x00...0xA0, 0x1780...0x17DD, 0x17E0...0x17E9, 0x17F0...0x17F9, 0x19E0...0x19FF, 0x200B...0x200D]
        return ranges.flatMap { $0.compactMap(Unicode.Scalar.init) }
    }()

    /// The scalars that matter most for Khmer clusters, drawn more often in random texts.
    static let khmer: [Unicode.Scalar] = ["ក", "ញ", "អ", "ឥ", "\u{17D2}", "\u{17B6}", "\u{17BB}", "\u{17C6}", "\u{17C7}", "\u{200D}", "\u{200C}", " ", "\n", "\r", "a"]

    func expectSameAnswers(_ text: String) {
        #expect(KhmerScan.visibleCount(text, joiningConjuncts: true, stopAtFirst: false) == GraphemeClusters.characterVisibleCount(text), "\(text.debugDescription)")
        #expect(GraphemeClusters.hasVisible(text) == text.contains { !$0.isWhitespace }, "\(text.debugDescription)")
        for limit in 0...3 {
            let end = text.index(text.startIndex, offsetBy: limit, limitedBy: text.endIndex) ?? text.endIndex
            let lineBreakFirst = text[..<end].contains { $0.isNewline }
            let expected = lineBreakFirst ? nil : text.utf8.distance(from: text.startIndex, to: end)
            #expect(KhmerScan.offset(ofCluster: limit, in: text) == expected, "\(text.debugDescription) \(limit)")
            // One pass counts and finds the same offset; a quote cut there is the quote.
            let measured = KhmerScan.measure(text, clusterLimit: limit)
            #expect(measured?.visible == GraphemeClusters.characterVisibleCount(text) && measured?.clusterEnd == expected, "\(text.debugDescription) \(limit)")
            #expect(Phrases.shortened(text, limit: limit, clusterEnd: expected) == Phrases.shortened(text, limit: limit))
        }
    }

    @Test func everyPairOfScalarsIsSplitAsCharactersSplitThem() {
        for first in Self.repertoire {
            for second in Self.repertoire {
                var text = ""
                text.unicodeScalars.append(first)
                text.unicodeScalars.append(second)
                let count = KhmerScan.visibleCount(text, joiningConjuncts: true, stopAtFirst: false)
                guard count != GraphemeClusters.characterVisibleCount(text) else { continue }
                Issue.record("\(text.debugDescription): scan \(String(describing: count)), characters \(GraphemeClusters.characterVisibleCount(text))")
                return
            }
        }
    }

    @Test func randomTextsAreCountedAsCharactersCountThem() {
        var random = SplitMix64(seed: 17)
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...10, using: &random) {
                let pool = Bool.random(using: &random) ? Self.khmer : Self.repertoire
                text.unicodeScalars.append(pool.randomElement(using: &random)!)
            }
            expectSameAnswers(text)
        }
    }

    /// A text trimmed of white space has a visible character exactly when it is not empty (the
    /// text test judges emptiness of trimmed texts so): on random texts of the repertoire, of
    /// white space of any kind, marks, controls and other scripts.
    @Test func trimmedTextsHaveAVisibleCharacterExactlyWhenNotEmpty() {
        let others: [Unicode.Scalar] = ["\u{85}", "\u{1680}", "\u{2000}", "\u{2028}", "\u{2029}", "\u{202F}", "\u{3000}", "\u{180E}", "\u{FEFF}", "\u{301}", "\u{93F}", "क", "👍", "\u{1F3FD}"]
        var random = SplitMix64(seed: 29)
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...8, using: &random) {
                let pool = [Self.khmer, Self.repertoire, others][Int.random(in: 0...2, using: &random)]
                text.unicodeScalars.append(pool.randomElement(using: &random)!)
            }
            let trimmed = text.trimmingHTMLWhitespaceQuickly()
            #expect(GraphemeClusters.hasVisible(trimmed) == !trimmed.isEmpty, "\(text.debugDescription)")
        }
    }

    @Test func otherScriptsFallBackToCharacters() {
        #expect(KhmerScan.visibleCount("क्क e\u{301}", joiningConjuncts: true, stopAtFirst: false) == nil)
        #expect(KhmerScan.offset(ofCluster: 1, in: "👍🏽x") == nil)
        // The offset is found before the text leaves the repertoire; the count needs all of it.
        #expect(KhmerScan.offset(ofCluster: 1, in: "ab👍") == 1 && KhmerScan.measure("ab👍", clusterLimit: 1) == nil)
        #expect(GraphemeClusters.visibleCount("ខ្ញុំ 👍🏽") == 2)
    }
}
