/// Turns UTF-8 byte offsets into line and column numbers.
///
/// Parsers (libxml2, the CSS tokenizer, the maze text loader) report
/// positions as byte offsets into the UTF-8 text; this converts them once,
/// the same way everywhere, into ``SourceLocation``s.
///
/// Answers in time that does not grow with the length of the line: a minified page can be one
/// line of megabytes with thousands of places on it, so scalars are counted ahead, per block of
/// ``blockSize`` bytes.
public struct LineIndex: Sendable {
    private let utf8: [UInt8]
    private let lineStarts: [Int]
    /// `scalarsBefore[k]`: how many Unicode scalars start before byte `k * blockSize`.
    private let scalarsBefore: [Int]
    private static let blockSize = 64
    /// The file the locations name.
    public let file: String

    public init(text: String, file: String) {
        self.init(utf8: Array(text.utf8), file: file)
    }

    /// The index of text given as its UTF-8 bytes.
    public init(utf8 bytes: UnsafeBufferPointer<UInt8>, file: String) {
        self.init(utf8: Array(bytes), file: file)
    }

    private init(utf8: [UInt8], file: String) {
        self.file = file
        self.utf8 = utf8
        (lineStarts, scalarsBefore) = utf8.withUnsafeBufferPointer(Self.tables)
    }

    /// Where each line starts (after `\n`, `\r\n` or a lone `\r`) and how many scalars start
    /// before each block, in one pass eight bytes at a time: a byte starts a scalar unless it is a
    /// continuation byte (`10xxxxxx`), and only the line breaks of a word are looked at one by one.
    private static func tables(_ bytes: UnsafeBufferPointer<UInt8>) -> (lineStarts: [Int], scalarsBefore: [Int]) {
        let count = bytes.count
        var starts: [Int] = []
        // Room for lines of 32 bytes on average, so the array rarely grows step by step.
        starts.reserveCapacity(count / 32 + 8)
        starts.append(0)
        var blocks: [Int] = []
        blocks.reserveCapacity(count / blockSize + 1)
        var scalars = 0
        // A `\n` that ends a `\r\n` whose line start is already counted.
        var newlineAfterReturn = -1
        func lineBreak(at offset: Int) {
            if bytes[offset] == UInt8(ascii: "\n") {
                if offset != newlineAfterReturn { starts.append(offset + 1) }
            } else if offset + 1 < count, bytes[offset + 1] == UInt8(ascii: "\n") {
                newlineAfterReturn = offset + 1
                starts.append(offset + 2)
            } else {
                starts.append(offset + 1)
            }
        }
        var offset = 0
        while offset + 8 <= count {
            if offset % blockSize == 0 { blocks.append(scalars) }
            let word = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self))
            scalars += 8 - continuationBytes(word)
            // Most words hold no byte below 0x0E, so neither `\n` nor `\r`.
            if (word &- 0x0E0E_0E0E_0E0E_0E0E) & ~word & 0x8080_8080_8080_8080 != 0 {
                var breaks = lineBreakBytes(word)
                while breaks != 0 {
                    lineBreak(at: offset + breaks.trailingZeroBitCount / 8)
                    breaks &= breaks - 1
                }
            }
            offset += 8
        }
        if offset < count, offset % blockSize == 0 { blocks.append(scalars) }
        while offset < count {
            if bytes[offset] & 0xC0 != 0x80 { scalars += 1 }
            if bytes[offset] == UInt8(ascii: "\n") || bytes[offset] == UInt8(ascii: "\r") { lineBreak(at: offset) }
            offset += 1
        }
        if count % blockSize == 0 { blocks.append(scalars) }
        return (starts, blocks)
    }

    /// How many of the eight bytes of `word` are UTF-8 continuation bytes (`10xxxxxx`): their
    /// flags, one per byte, summed by one multiplication (cheaper than a population count
    /// where the processor has none).
    @inline(__always)
    private static func continuationBytes(_ word: UInt64) -> Int {
        let flags = (word & ~(word << 1) & 0x8080_8080_8080_8080) >> 7
        return Int((flags &* 0x0101_0101_0101_0101) >> 56)
    }

    /// The high bit of each byte of `word` that is `\n` or `\r`, and no other (the exact
    /// "which bytes are zero" test on the word XORed with each).
    @inline(__always)
    private static func lineBreakBytes(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        func zeroBytes(_ value: UInt64) -> UInt64 { ~(((value & lows) &+ lows) | value | lows) }
        return zeroBytes(word ^ (ones &* 0x0A)) | zeroBytes(word ^ (ones &* 0x0D))
    }

    /// Number of lines in the text (an empty text has one line).
    public var lineCount: Int { lineStarts.count }

    /// The location of a UTF-8 byte offset (clamped to the text).
    public func location(ofByteOffset offset: Int) -> SourceLocation {
        let offset = max(0, min(offset, utf8.count))
        let line = line(ofByteOffset: offset)
        return SourceLocation(file: file, line: line, column: scalars(from: lineStarts[line - 1], to: offset) + 1)
    }

    /// A cursor that finds the locations of many offsets, cheapest when they come in increasing
    /// order (the nodes of a page in document order): each is counted on from the one before.
    public func cursor() -> Cursor { Cursor(index: self) }

    /// See ``cursor()``. Gives the same locations as ``location(ofByteOffset:)``.
    public struct Cursor: Sendable {
        private let index: LineIndex
        /// The location of byte `offset`.
        private var offset = 0
        private var line = 1
        private var column = 1

        fileprivate init(index: LineIndex) { self.index = index }

        /// The location of a UTF-8 byte offset (clamped to the text).
        public mutating func location(ofByteOffset target: Int) -> SourceLocation {
            let (line, column) = lineAndColumn(ofByteOffset: target)
            return SourceLocation(file: index.file, line: line, column: column)
        }

        /// The 1-based line and column of a UTF-8 byte offset (clamped to the text), as
        /// ``location(ofByteOffset:)`` gives them, without a ``SourceLocation`` naming the file.
        public mutating func lineAndColumn(ofByteOffset target: Int) -> (line: Int, column: Int) {
            let target = max(0, min(target, index.utf8.count))
            guard target >= offset else {
                let line = index.line(ofByteOffset: target)
                let column = index.scalars(from: index.lineStarts[line - 1], to: target) + 1
                (offset, self.line, self.column) = (target, line, column)
                return (line, column)
            }
            index.lineStarts.withUnsafeBufferPointer { starts in
                if line < starts.count, starts[line] <= target {
                    // A later line: find it (lines are passed once), count from its start.
                    repeat { line += 1 } while line < starts.count && starts[line] <= target
                    column = 1 + index.scalarStarts(from: starts[line - 1], to: target)
                } else {
                    column += index.scalarStarts(from: offset, to: target)
                }
            }
            offset = target
            return (line, column)
        }
    }

    /// The 1-based line of a UTF-8 byte offset (clamped to the text).
    public func line(ofByteOffset offset: Int) -> Int {
        let offset = max(0, min(offset, utf8.count))
        // Binary search for the last line start <= offset.
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }

    /// How many Unicode scalars start in `start..<end`.
    private func scalars(from start: Int, to end: Int) -> Int {
        if end - start <= 2 * Self.blockSize { return scalarStarts(from: start, to: end) }
        return scalars(before: end) - scalars(before: start)
    }

    private func scalars(before offset: Int) -> Int {
        let block = offset / Self.blockSize
        return scalarsBefore[block] + scalarStarts(from: block * Self.blockSize, to: offset)
    }

    /// How many scalars start in `start..<end`, eight bytes at a time.
    private func scalarStarts(from start: Int, to end: Int) -> Int {
        utf8.withUnsafeBufferPointer { bytes in
            var count = 0
            var index = start
            while index + 8 <= end {
                let word = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self))
                count += 8 - Self.continuationBytes(word)
                index += 8
            }
            let rest = end - index
            if rest > 0, end >= 8 {
                // The last `rest` bytes are the top ones of the word that ends at `end`; the
                // bytes shifted in are 0, no continuation bytes.
                let word = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + end - 8).loadUnaligned(as: UInt64.self))
                return count + rest - Self.continuationBytes(word >> UInt64((8 - rest) * 8))
            }
            while index < end {
                if bytes[index] & 0xC0 != 0x80 { count += 1 }
                index += 1
            }
            return count
        }
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
