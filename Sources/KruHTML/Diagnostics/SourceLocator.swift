import KruCore

/// Turns byte offsets of a page's source into ``SourceLocation``s, with the
/// same lines and columns as ``LineIndex``, in time that does not grow with
/// the length of the line (a minified page can be one line of megabytes).
struct SourceLocator: Sendable {
    private static let stride = 64
    private let lines: LineIndex
    private let utf8: [UInt8]
    /// `scalarsBefore[k]` = number of Unicode scalars that start before byte `k * stride`.
    private let scalarsBefore: [Int]

    init(source: String, lines: LineIndex) {
        self.lines = lines
        let bytes = Array(source.utf8)
        self.utf8 = bytes
        var checkpoints: [Int] = []
        checkpoints.reserveCapacity(bytes.count / Self.stride + 1)
        var count = 0
        for (index, byte) in bytes.enumerated() {
            if index % Self.stride == 0 { checkpoints.append(count) }
            if byte & 0xC0 != 0x80 { count += 1 }
        }
        if bytes.count % Self.stride == 0 { checkpoints.append(count) }
        self.scalarsBefore = checkpoints
    }

    /// The location of a byte offset (clamped to the source).
    func location(ofByteOffset offset: Int) -> SourceLocation {
        let offset = max(0, min(offset, utf8.count))
        var low = 1
        var high = lines.lineCount
        while low < high {
            let mid = (low + high + 1) / 2
            if (lines.byteOffset(ofLine: mid) ?? Int.max) <= offset { low = mid } else { high = mid - 1 }
        }
        let lineStart = lines.byteOffset(ofLine: low) ?? 0
        return SourceLocation(file: lines.file, line: low, column: scalars(before: offset) - scalars(before: lineStart) + 1)
    }

    /// The 1-based line of a byte offset.
    func line(ofByteOffset offset: Int) -> Int { location(ofByteOffset: offset).line }

    private func scalars(before offset: Int) -> Int {
        let checkpoint = offset / Self.stride
        var count = scalarsBefore[checkpoint]
        var index = checkpoint * Self.stride
        while index < offset {
            if utf8[index] & 0xC0 != 0x80 { count += 1 }
            index += 1
        }
        return count
    }
}
