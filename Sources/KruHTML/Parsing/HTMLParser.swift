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
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) || bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) {
            return TextDecoding.decode(data)
        }
        if !TextDecoding.looksBinary(bytes), let label = CharsetPrescan.declaredCharset(in: bytes) {
            return TextDecoding.decode(data, declaredEncoding: label)
        }
        return TextDecoding.decode(data)
    }

    /// Parses decoded text. Line breaks (`\r\n`, `\r`) are read as `\n`, as
    /// browsers do, and ``HTMLDocument/source`` holds the text so normalised
    /// (lines and columns are unchanged).
    public static func parse(text: String, file: String = "index.html") -> HTMLDocument {
        var source = text
        if source.utf8.contains(where: { $0 == 0x0D || $0 == 0x00 }) {
            source = source.replacingOccurrences(of: "\r\n", with: "\n")
                .replacingOccurrences(of: "\r", with: "\n")
                .replacingOccurrences(of: "\u{0}", with: "\u{FFFD}")
        }
        let bytes = Array(source.utf8)
        let (nodes, messages, quirksMode) = bytes.withUnsafeBufferPointer { buffer in
            let result = SAXTokenSource.run(buffer)
            var offsets = result.builder.nodes.lazy.map(\.offset).filter { $0 >= 0 } + result.messages.map(\.offset)
            offsets.sort()
            let locator = OffsetLocator(bytes: buffer, sortedOffsets: offsets, file: file)
            let nodes = result.builder.finish(locate: locator.location(of:))
            let messages = result.messages.map {
                ParserMessage(code: $0.code, message: $0.text, location: locator.location(of: $0.offset), offset: $0.offset)
            }
            return (nodes, messages, result.builder.quirks)
        }
        return HTMLDocument(file: file, source: source, nodes: nodes, parserMessages: messages, quirksMode: quirksMode)
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
            while index < target {
                let byte = bytes[index]
                if byte == 0x0A {
                    line += 1
                    column = 1
                } else if byte & 0xC0 != 0x80 {
                    column += 1
                }
                index += 1
            }
            offsets.append(offset)
            locations.append(SourceLocation(file: file, line: line, column: column))
        }
        self.offsets = offsets
        self.locations = locations
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
