import Testing

@testable import KruRubric

/// The byte buffer messages are written into.
struct UTF8BufferTests {
    func append(_ text: String, to buffer: inout UTF8Buffer) {
        var text = text
        text.withUTF8 { buffer.append($0) }
    }

    @Test func growsAndKeepsEveryPiece() {
        var buffer = UTF8Buffer(capacity: 1)
        var expected = ""
        for index in 0..<200 {
            let piece = index % 3 == 0 ? "សួស្តី " : index % 3 == 1 ? "\(index)" : ""
            append(piece, to: &buffer)
            expected += piece
            buffer.append(UInt8(ascii: "|"))
            expected += "|"
        }
        #expect(buffer.count == expected.utf8.count)
        #expect(buffer.string() == expected)
    }

    @Test func packedNamesOfEveryLengthWhereverTheyLand() {
        // A packed name is stored as a whole word: at every offset, near the end of the room
        // too, only its own bytes count, and what follows overwrites the rest of the word.
        let names = ["a", "h1", "img", "abbr", "table", "option", "section", "textarea"]
        for offset in 0..<12 {
            for name in names {
                var buffer = UTF8Buffer(capacity: 16)
                append(String(repeating: "x", count: offset), to: &buffer)
                buffer.append(packed: TagNames.key(name))
                buffer.append(UInt8(ascii: ">"))
                #expect(buffer.string() == String(repeating: "x", count: offset) + name + ">")
            }
        }
    }

    @Test func truncatesAndIsReused() {
        var buffer = UTF8Buffer(capacity: 8)
        append("ខ្ញុំ; ", to: &buffer)
        let mark = buffer.count
        append("extra text that needs more room", to: &buffer)
        buffer.truncate(to: mark)
        #expect(buffer.string() == "ខ្ញុំ; ")
        buffer.truncate(to: 0)
        #expect(buffer.string() == "")
        append("again", to: &buffer)
        #expect(buffer.string() == "again")
    }

    @Test func keepsPiecesOfEveryLengthWhereverTheyLand() {
        // Short pieces are copied word by word, longer ones in one go: every length from 0 to
        // 40 bytes, starting at every offset of a word.
        let source = Array("abcdefghijklmnopqrstuvwxyz0123456789ABCD".utf8)
        for start in 0..<9 {
            for length in 0...source.count {
                var buffer = UTF8Buffer(capacity: 1)
                var expected = Array(repeating: UInt8(ascii: "-"), count: start)
                for _ in 0..<start { buffer.append(UInt8(ascii: "-")) }
                source[..<length].withUnsafeBufferPointer { buffer.append($0) }
                buffer.append(UInt8(ascii: "|"))
                expected += source[..<length] + [UInt8(ascii: "|")]
                #expect(buffer.withBytes(from: 0) { Array($0) } == expected, "start \(start), length \(length)")
            }
        }
    }

    @Test func lendsTheBytesWrittenAfterAMark() {
        var buffer = UTF8Buffer(capacity: 4)
        append("line ", to: &buffer)
        let mark = buffer.count
        append("១២ 12", to: &buffer)
        #expect(buffer.withBytes(from: mark) { Array($0) } == Array("១២ 12".utf8))
        #expect(buffer.withBytes(from: buffer.count) { $0.count } == 0)
        #expect(buffer.withBytes(from: 0) { String(decoding: $0, as: UTF8.self) } == "line ១២ 12")
    }

    @Test func stringsEqualAndHashAsTheSameTextBuiltAnyOtherWay() {
        for text in ["plain ASCII text", "សួស្តី <h1> នៅបន្ទាត់ទី 5", "e\u{301} café", ""] {
            var buffer = UTF8Buffer(capacity: 4)
            append(text, to: &buffer)
            let built = buffer.string()
            #expect(built == text)
            #expect(built.utf8.elementsEqual(text.utf8))
            #expect(Set([built]).contains(text))
            #expect(built.count == text.count)
        }
    }
}
