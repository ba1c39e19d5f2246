/// Turns UTF-8 byte offsets into line and column numbers.
///
/// Parsers (libxml2, the CSS tokenizer, the maze text loader) report
/// positions as byte offsets into the UTF-8 text; this converts them once,
/// the same way everywhere, into ``SourceLocation``s.
public struct LineIndex: Sendable {
    private let utf8: [UInt8]
    private let lineStarts: [Int]
    /// The file the locations name.
    public let file: String

    public init(text: String, file: String) {
        self.file = file
        let utf8 = Array(text.utf8)
        self.utf8 = utf8
        self.lineStarts = utf8.withUnsafeBufferPointer(Self.lineStarts)
    }

    /// Where each line starts: after `\n`, `\r\n` or a lone `\r`. Eight bytes at a time are
    /// skipped when none of them is a line break.
    private static func lineStarts(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        var starts = [0]
        var index = 0
        let count = bytes.count
        while index < count {
            if index + 8 <= count {
                let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
                if !containsLineBreak(word) {
                    index += 8
                    continue
                }
            }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") {
                starts.append(index + 1)
            } else if byte == UInt8(ascii: "\r") {
                if index + 1 < count, bytes[index + 1] == UInt8(ascii: "\n") { index += 1 }
                starts.append(index + 1)
            }
            index += 1
        }
        return starts
    }

    /// Whether one of the eight bytes of `word` is `\n` or `\r` (the classic "has a zero byte"
    /// test on the word XORed with each).
    @inline(__always)
    private static func containsLineBreak(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ value: UInt64) -> Bool { (value &- ones) & ~value & highs != 0 }
        return hasZeroByte(word ^ (ones &* 0x0A)) || hasZeroByte(word ^ (ones &* 0x0D))
    }

    /// Number of lines in the text (an empty text has one line).
    public var lineCount: Int { lineStarts.count }

    /// The location of a UTF-8 byte offset (clamped to the text).
    public func location(ofByteOffset offset: Int) -> SourceLocation {
        let offset = max(0, min(offset, utf8.count))
        // Binary search for the last line start <= offset.
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        let start = lineStarts[low]
        var column = 1
        var index = start
        while index < offset {
            // Count scalar starts: bytes that are not UTF-8 continuation bytes.
            if utf8[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return SourceLocation(file: file, line: low + 1, column: column)
    }

    /// The byte offset where a 1-based line starts, or `nil` when out of range.
    public func byteOffset(ofLine line: Int) -> Int? {
        guard line >= 1, line <= lineStarts.count else { return nil }
        return lineStarts[line - 1]
    }

    /// The text of a 1-based line without its line break, or `nil` when out of range.
    public func lineText(_ line: Int) -> String? {
        guard let start = byteOffset(ofLine: line) else { return nil }
        var end = line < lineStarts.count ? lineStarts[line] : utf8.count
        while end > start, utf8[end - 1] == UInt8(ascii: "\n") || utf8[end - 1] == UInt8(ascii: "\r") {
            end -= 1
        }
        return String(decoding: utf8[start..<end], as: UTF8.self)
    }
}
