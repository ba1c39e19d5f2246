import KruCore

/// Turns byte offsets of a page's source into ``SourceLocation``s, with the
/// same lines and columns as ``LineIndex``, in time that does not grow with
/// the length of the line (a minified page can be one line of megabytes).
///
/// Only the findings a page has need a location, so nothing is prepared
/// until a long line is asked about.
final class SourceLocator {
    private static let stride = 64
    /// Columns of places at most this far from their line's start are counted directly.
    private static let directCount = 512
    private let lines: LineIndex
    private let utf8: [UInt8]
    /// `scalarsBefore[k]` = number of Unicode scalars that start before byte `k * stride`.
    private lazy var scalarsBefore: [Int] = {
        var checkpoints: [Int] = []
        checkpoints.reserveCapacity(utf8.count / Self.stride + 1)
        var count = 0
        for (index, byte) in utf8.enumerated() {
            if index % Self.stride == 0 { checkpoints.append(count) }
            if byte & 0xC0 != 0x80 { count += 1 }
        }
        if utf8.count % Self.stride == 0 { checkpoints.append(count) }
        return checkpoints
    }()

    init(source: [UInt8], lines: LineIndex) {
        self.lines = lines
        self.utf8 = source
    }

    /// The location of a byte offset (clamped to the source).
    func location(ofByteOffset offset: Int) -> SourceLocation {
        let offset = max(0, min(offset, utf8.count))
        let line = line(ofClampedOffset: offset)
        let lineStart = lines.byteOffset(ofLine: line) ?? 0
        return SourceLocation(file: lines.file, line: line, column: scalars(from: lineStart, to: offset) + 1)
    }

    /// The 1-based line of a byte offset.
    func line(ofByteOffset offset: Int) -> Int { line(ofClampedOffset: max(0, min(offset, utf8.count))) }

    private func line(ofClampedOffset offset: Int) -> Int {
        var low = 1
        var high = lines.lineCount
        while low < high {
            let mid = (low + high + 1) / 2
            if (lines.byteOffset(ofLine: mid) ?? Int.max) <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The number of Unicode scalars that start in `start..<end`.
    private func scalars(from start: Int, to end: Int) -> Int {
        if end - start <= Self.directCount { return Self.countScalars(utf8, start, end) }
        return scalars(before: end) - scalars(before: start)
    }

    private func scalars(before offset: Int) -> Int {
        let checkpoint = offset / Self.stride
        return scalarsBefore[checkpoint] + Self.countScalars(utf8, checkpoint * Self.stride, offset)
    }

    static func countScalars(_ utf8: [UInt8], _ start: Int, _ end: Int) -> Int {
        var count = 0
        var index = start
        while index < end {
            if utf8[index] & 0xC0 != 0x80 { count += 1 }
            index += 1
        }
        return count
    }
}
