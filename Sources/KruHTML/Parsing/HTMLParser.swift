import CLibXML2
import Foundation
import KruCore

/// Why a file could not be parsed as HTML at all.
public struct HTMLParseError: Error, Hashable, Sendable {
    public let file: String
    /// What went wrong and what to do, in English and Khmer, naming the file.
    public let message: LocalizedText
}

/// Parses HTML with libxml2 into an ``HTMLDocument`` shaped as a browser
/// builds it.
///
/// libxml2's HTML parser reads the source (tags, attributes, script and style
/// text) and reports its errors; ``TreeBuilder`` then builds the WHATWG tree
/// from the tokens libxml2 saw, so `<p>` closes before `<section>`, `<source>`
/// is void, tables get their `<tbody>` … exactly as in a browser. Safe to call
/// from many threads at once.
public enum HTMLParser {
    /// Parses the bytes of a file: decodes them (UTF-8 with or without a
    /// byte-order mark, or the encoding a `<meta charset>` declares), parses,
    /// and converts the tree.
    ///
    /// - Throws: ``HTMLParseError`` when the bytes are not text (a picture, a
    ///   Word file, a file with NUL bytes) or not valid in their encoding.
    public static func parse(data: Data, file: String) throws(HTMLParseError) -> HTMLDocument {
        switch decode(data) {
        case .success(let text): return parse(text: text, file: file)
        case .failure(let failure):
            throw HTMLParseError(file: file, message: TextDecoding.message(failure, file: file))
        }
    }

    /// Decodes the bytes of a page as a browser would: a byte-order mark
    /// (UTF-8 or UTF-16) wins, then a `<meta charset>` in the first bytes,
    /// else UTF-8.
    public static func decode(_ data: Data) -> Result<String, TextDecoding.Failure> {
        var label: String?
        let decoded = data.withUnsafeBytes { raw -> Result<String, TextDecoding.Failure>? in
            let bytes = raw.bindMemory(to: UInt8.self)
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) || bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) {
                return nil
            }
            if TextDecoding.looksBinary(bytes) { return .failure(.binary) }
            label = CharsetPrescan.declaredCharset(in: bytes)
            // UTF-8, declared or not, is decoded in place.
            if let label, !TextDecoding.isUTF8(label: label) { return nil }
            return TextDecoding.decodeUTF8(bytes)
        }
        if let decoded { return decoded }
        if let label { return TextDecoding.decode(data, declaredEncoding: label) }
        return TextDecoding.decode(data)
    }

    /// Parses decoded text. Line breaks (`\r\n`, `\r`) are read as `\n`, as
    /// browsers do, and ``HTMLDocument/source`` holds the text so normalised
    /// (lines and columns are unchanged).
    public static func parse(text: String, file: String = "index.html") -> HTMLDocument {
        parse(text: text, file: file, libxml2DepthLimit: SAXTokenSource.libxml2DepthLimit)
    }

    /// ``parse(text:file:)`` with libxml2 stopped past `libxml2DepthLimit` open elements
    /// (tests show the tree does not depend on it).
    static func parse(text: String, file: String, libxml2DepthLimit: Int) -> HTMLDocument {
        var source = text
        if source.withUTF8(needsNormalizing) { source = normalized(source) }
        let (nodes, messages, quirksMode) = source.withUTF8 { buffer in
            let result = SAXTokenSource.run(buffer, libxml2DepthLimit: libxml2DepthLimit)
            var offsets = result.builder.nodeOffsets()
            for message in result.messages { offsets.append(message.offset) }
            offsets.sort()
            let locator = OffsetLocator(bytes: buffer, sortedOffsets: offsets, file: file)
            let nodes = result.takeTree(locate: locator.location(of:))
            let messages = result.messages.map {
                ParserMessage(code: $0.code, message: $0.text, location: locator.location(of: $0.offset), offset: $0.offset)
            }
            return (nodes, messages, result.builder.quirks)
        }
        return HTMLDocument(file: file, source: source, nodes: nodes, parserMessages: messages, quirksMode: quirksMode)
    }
}

extension HTMLParser {
    /// Whether the text holds a carriage return or a NUL byte.
    private static func needsNormalizing(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        return memchr(base, 0x0D, bytes.count) != nil || memchr(base, 0x00, bytes.count) != nil
    }

    /// The text with `\r\n` and `\r` read as `\n` and NUL as U+FFFD, as browsers read them.
    private static func normalized(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                switch byte {
                case 0x0D:
                    if index < bytes.count, bytes[index] == 0x0A { continue }
                    output.append(0x0A)
                case 0x00: output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                default: output.append(byte)
                }
            }
            return String(decoding: output, as: UTF8.self)
        }
    }
}

/// Turns many byte offsets into lines and columns in one pass over the text
/// (columns count Unicode scalars, as ``LineIndex`` does).
struct OffsetLocator {
    private let offsets: [Int]
    private let locations: [SourceLocation]

    init(bytes: UnsafeBufferPointer<UInt8>, sortedOffsets: [Int], file: String) {
        var offsets: [Int] = []
        var locations: [SourceLocation] = []
        offsets.reserveCapacity(sortedOffsets.count)
        locations.reserveCapacity(sortedOffsets.count)
        var line = 1
        var column = 1
        var index = 0
        for offset in sortedOffsets where offsets.last != offset {
            let target = min(offset, bytes.count)
            if index < target {
                Self.advance(over: bytes, from: index, to: target, line: &line, column: &column)
                index = target
            }
            offsets.append(offset)
            locations.append(SourceLocation(file: file, line: line, column: column))
        }
        self.offsets = offsets
        self.locations = locations
    }

    /// Moves `line` and `column` over `bytes[start..<end]`: a newline starts a
    /// line, every byte that starts a scalar (not `10xxxxxx`) is a column.
    /// Eight bytes at a time.
    private static func advance(
        over bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, line: inout Int, column: inout Int
    ) {
        guard let base = bytes.baseAddress else { return }
        let highBits: UInt64 = 0x8080_8080_8080_8080
        var index = start
        while index + 8 <= end {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            // The high bit of each continuation byte, and of each newline byte.
            let continuations = word & ~(word << 1) & highBits
            let x = word ^ 0x0A0A_0A0A_0A0A_0A0A
            let newlines = ~(((x & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | x) & highBits
            if newlines == 0 {
                column += 8 - continuations.nonzeroBitCount
            } else {
                line += newlines.nonzeroBitCount
                let last = (63 - newlines.leadingZeroBitCount) / 8
                let after = continuations >> UInt64((last + 1) * 8)
                column = 1 + (7 - last) - after.nonzeroBitCount
            }
            index += 8
        }
        while index < end {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
    }

    func location(of offset: Int) -> SourceLocation {
        var low = 0
        var high = offsets.count
        while low < high {
            let mid = (low + high) / 2
            if offsets[mid] < offset { low = mid + 1 } else { high = mid }
        }
        return locations[min(low, locations.count - 1)]
    }
}
