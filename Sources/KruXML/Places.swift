import KruCore

/// Turns the byte offsets of start tags into line and column numbers in one
/// pass over the text, for offsets met in increasing order (document order);
/// an earlier offset starts again from the top.
///
/// Gives exactly what ``LineIndex/location(ofByteOffset:)`` gives (lines end
/// at `\n`, `\r\n` or `\r`; columns count Unicode scalars), without indexing
/// every line of the file first.
struct Places {
    let bytes: UnsafeBufferPointer<UInt8>
    /// The file the locations name.
    let file: String
    private var offset = 0
    private var line = 1
    private var column = 1

    init(bytes: UnsafeBufferPointer<UInt8>, file: String) {
        self.bytes = bytes
        self.file = file
    }

    mutating func location(ofByteOffset target: Int) -> SourceLocation {
        let target = max(0, min(target, bytes.count))
        if target < offset { (offset, line, column) = (0, 1, 1) }
        while offset < target {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\n") {
                (line, column) = (line + 1, 1)
            } else if byte == UInt8(ascii: "\r") {
                // `\r\n` is one line break, unless the target is the `\n` itself.
                if offset + 1 < target, bytes[offset + 1] == UInt8(ascii: "\n") {
                    offset += 1
                    (line, column) = (line + 1, 1)
                } else if offset + 1 < bytes.count, bytes[offset + 1] == UInt8(ascii: "\n") {
                    column += 1
                } else {
                    (line, column) = (line + 1, 1)
                }
            } else if byte & 0xC0 != 0x80 {
                // Count scalar starts: bytes that are not UTF-8 continuation bytes.
                column += 1
            }
            offset += 1
        }
        return SourceLocation(file: file, line: line, column: column)
    }
}
