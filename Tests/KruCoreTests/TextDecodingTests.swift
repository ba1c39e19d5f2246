import Foundation
import KruCore
import Testing

@Suite struct TextDecodingTests {
    @Test func utf8WithAndWithoutByteOrderMark() throws {
        #expect(try TextDecoding.decode(Data("<p>សួស្តី</p>".utf8)).get() == "<p>សួស្តី</p>")
        #expect(try TextDecoding.decode(Data([0xEF, 0xBB, 0xBF] + Array("<p>ក</p>".utf8))).get() == "<p>ក</p>")
    }

    /// Old Notepad saves "Unicode" as UTF-16 with a byte-order mark; browsers read it, so kru does.
    @Test func utf16WithByteOrderMarkInBothByteOrders() throws {
        let text = "<h1>ខ្ញុំ 😀</h1>"
        let little: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try TextDecoding.decode(Data(little)).get() == text)
        #expect(try TextDecoding.decode(Data(big)).get() == text)
    }

    @Test func brokenUTF16InvalidUTF8AndBinaryAreNamedFailures() {
        #expect(TextDecoding.decode(Data([0xFF, 0xFE, 0x3C])) == .failure(.utf16))
        #expect(TextDecoding.decode(Data([0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00])) == .failure(.utf16), "a lone surrogate")
        #expect(TextDecoding.decode(Data([0x3C, 0x70, 0x3E, 0xE9, 0x3C])) == .failure(.invalid(encoding: "UTF-8")))
        #expect(TextDecoding.decode(Data([0x89, 0x50, 0x4E, 0x47, 0, 0])) == .failure(.binary))
        #expect(TextDecoding.message(.utf16, file: "index.html").en.contains("index.html"))
    }

    /// The check reads eight bytes at a time: a control byte counts wherever it
    /// falls. NUL means binary; other controls only when over a tenth of the
    /// first 8 KiB; line breaks, tabs and form feeds are text.
    @Test func binaryDetectionSeesControlsAtEveryPosition() {
        for length in 1...24 {
            for position in 0..<length {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length)
                bytes[position] = 0
                #expect(TextDecoding.looksBinary(bytes), "NUL at \(position) of \(length)")
                bytes[position] = 0x01
                #expect(TextDecoding.looksBinary(bytes) == (length < 10), "control at \(position) of \(length)")
                for byte: UInt8 in [0x09, 0x0A, 0x0C, 0x0D, 0x20, 0x7F, 0x80, 0xE1] {
                    bytes[position] = byte
                    #expect(!TextDecoding.looksBinary(bytes), "byte \(byte) at \(position) of \(length)")
                }
            }
        }
        #expect(!TextDecoding.looksBinary(Array("សួស្តី\n\t\r\u{0C}".utf8)))
        #expect(!TextDecoding.looksBinary([UInt8](repeating: 0x61, count: 8192) + [0]), "only the first 8 KiB are read")
        #expect(!TextDecoding.looksBinary([]))
    }
}
