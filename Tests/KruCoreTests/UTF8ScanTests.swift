import Foundation
import KruCore
import KruTestSupport
import Testing

/// The one-pass scan agrees with the two checks it replaces: the binary test
/// (``TextDecoding/looksBinary(_:)``) and the standard library's UTF-8 validation.
@Suite struct UTF8ScanTests {
    /// What the scan must say: binary first, then the standard library's verdict.
    private func expected(_ bytes: [UInt8]) -> UTF8Scan.Verdict {
        if TextDecoding.looksBinary(bytes) { return .binary }
        guard String(validating: bytes, as: UTF8.self) != nil else { return .invalid }
        return .text(isASCII: bytes.allSatisfy { $0 < 0x80 })
    }

    private func verdict(_ bytes: [UInt8]) -> UTF8Scan.Verdict {
        bytes.withUnsafeBufferPointer(UTF8Scan.verdict)
    }

    /// Every sequence of one or two bytes, and every lead byte with the second bytes at
    /// the edges of the valid ranges followed by a continuation, an ASCII byte or nothing,
    /// at each position of ASCII text (so that the eight-bytes-at-a-time path meets it at
    /// every offset of a word).
    @Test func agreesWithTheStandardLibraryWhereverASequenceFalls() {
        var sequences: [[UInt8]] = (0...255).map { [UInt8($0)] }
        let edges: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF]
        for lead in 0x80...0xFF {
            for second in 0...255 { sequences.append([UInt8(lead), UInt8(second)]) }
            for second in edges where lead >= 0xE0 {
                for third in edges { sequences.append([UInt8(lead), second, third]) }
                for fourth in edges where lead >= 0xF0 { sequences.append([UInt8(lead), second, 0x80, fourth]) }
            }
        }
        var mismatches: [String] = []
        for sequence in sequences {
            // Two-byte sequences at a word's start and across two words; longer ones everywhere.
            for before in sequence.count == 2 ? [0, 7] : Array(0...8) {
                let bytes = [UInt8](repeating: 0x61, count: before) + sequence + [UInt8](repeating: 0x62, count: 9 - before)
                if verdict(bytes) != expected(bytes) { mismatches.append("\(sequence) after \(before)") }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    }

    /// Random mixtures of ASCII, line breaks, controls, NUL, Khmer, emoji and stray bytes.
    @Test func agreesWithTheStandardLibraryOnRandomText() {
        let pieces: [[UInt8]] = [
            Array("<p>".utf8), Array("abcdefgh".utf8), [0x0A], [0x0D, 0x0A], [0x0D], [0x09], [0x0C], [0x01], [0x1B], [0x00],
            Array("ក".utf8), Array("ខ្មែរ".utf8), Array("😀".utf8), Array("é".utf8), [0x80], [0xE1, 0x9E], [0xF4, 0x90, 0x80, 0x80],
            [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xFF], [0x7F],
        ]
        var generator = SplitMix64(seed: 5)
        for round in 0..<5_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(generator.next() % 24) {
                bytes += pieces[Int(generator.next() % UInt64(pieces.count))]
            }
            #expect(verdict(bytes) == expected(bytes), "round \(round): \(bytes)")
        }
    }

    /// Binary means NUL or more than a tenth controls in the first 8 KiB, even when the
    /// bytes are not UTF-8 either; past 8 KiB only validity counts.
    @Test func binaryWinsOverInvalidWithinTheFirst8KiB() {
        #expect(verdict([0xFF, 0x61, 0x00]) == .binary, "NUL after an invalid byte")
        #expect(verdict([0xFF] + [UInt8](repeating: 0x01, count: 3)) == .binary, "controls after an invalid byte")
        #expect(verdict([0xFF, 0x61, 0x61]) == .invalid)
        let long = [UInt8](repeating: 0x61, count: 8192)
        #expect(verdict(long + [0x00]) == .text(isASCII: true), "NUL past 8 KiB")
        #expect(verdict(long + [0x00, 0xFF]) == .invalid)
        #expect(verdict([UInt8](repeating: 0x01, count: 820) + long.dropLast(820)) == .binary)
        #expect(verdict([UInt8](repeating: 0x01, count: 819) + long.dropLast(819)) == .text(isASCII: true))
        #expect(verdict([]) == .text(isASCII: true))
    }

    /// Text becomes the same String the standard library makes, ASCII or not.
    @Test func stringIsTheValidatedString() {
        for text in ["", "a", "<p>hello</p>\n", "សួស្តី ពិភពលោក", "<h1>😀 é</h1>\r\n", String(repeating: "ក\n", count: 100)] {
            let bytes = Array(text.utf8)
            let made = bytes.withUnsafeBufferPointer { buffer -> String? in
                guard case .text(let isASCII) = UTF8Scan.verdict(buffer) else { return nil }
                return UTF8Scan.string(buffer, isASCII: isASCII)
            }
            #expect(made == text)
            #expect(made.map { Array($0.utf8) } == bytes)
            #expect(made?.count == text.count)
        }
    }
}
