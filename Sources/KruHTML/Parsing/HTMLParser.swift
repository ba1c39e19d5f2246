import CLibXML2
import Foundation
import KruCore

/// Why a file could not be parsed as HTML at all.
public struct HTMLParseError: Error, Hashable, Sendable {
    public let file: String
    /// What went wrong and what to do, in English and Khmer, naming the file.
    public let message: LocalizedText
}

/// Parses HTML into an ``HTMLDocument`` shaped as a browser builds it.
///
/// kru reads the source as a browser's tokenizer does (``TokenSource``) and
/// ``TreeBuilder`` builds the WHATWG tree from those tokens, so `<p>` closes
/// before `<section>`, `<source>` is void, tables get their `<tbody>` … exactly
/// as in a browser. libxml2's HTML parser reads the source for its messages
/// when they are first asked for (``HTMLDocument/parserMessages``). Safe to
/// call from many threads at once.
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
            if startsWithByteOrderMark(bytes) { return nil }
            // UTF-8, declared or not, is decoded in place, in one pass that also tells binary bytes.
            let utf8 = TextDecoding.decodeUTF8(bytes)
            if case .failure(.binary) = utf8 { return utf8 }
            label = CharsetPrescan.declaredCharset(in: bytes)
            if let label, !TextDecoding.isUTF8(label: label) { return nil }
            return utf8
        }
        if let decoded { return decoded }
        if let label { return TextDecoding.decode(data, declaredEncoding: label) }
        return TextDecoding.decode(data)
    }

    /// Whether the bytes start with a UTF-8 or UTF-16 byte-order mark.
    private static func startsWithByteOrderMark(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 2 else { return false }
        switch (bytes[0], bytes[1]) {
        case (0xFE, 0xFF), (0xFF, 0xFE): return true
        case (0xEF, 0xBB): return bytes.count >= 3 && bytes[2] == 0xBF
        default: return false
        }
    }

    /// Parses decoded text. Line breaks (`\r\n`, `\r`) are read as `\n`, as
    /// browsers do, and ``HTMLDocument/source`` holds the text so normalised
    /// (lines and columns are unchanged).
    public static func parse(text: String, file: String = "index.html") -> HTMLDocument {
        parse(text: text, file: file, libxml2DepthLimit: Libxml2Messages.depthLimit)
    }

    /// ``parse(text:file:)`` with libxml2 stopped past `libxml2DepthLimit` open elements
    /// (tests show the tree does not depend on it).
    static func parse(text: String, file: String, libxml2DepthLimit: Int) -> HTMLDocument {
        var source = text
        if source.withUTF8(needsNormalizing) { source = normalized(source) }
        let lines = LineIndex(text: source, file: file)
        let (nodes, quirksMode) = source.withUTF8 { buffer in
            var builder = TokenSource.run(buffer)
            // Nodes come in document order, their offsets mostly increasing: a cursor counts on.
            var cursor = lines.cursor()
            let nodes = builder.finish(file: file) { cursor.lineAndColumn(ofByteOffset: $0) }
            return (nodes, builder.quirks)
        }
        // libxml2 reads the page when its messages are first asked for (see HTMLDocument.parserMessages).
        return HTMLDocument(
            source: source, lines: lines, nodes: nodes, parserMessages: nil, libxml2DepthLimit: libxml2DepthLimit,
            quirksMode: quirksMode)
    }

    /// libxml2's messages about `source` (as ``parse(text:file:)`` left it), located with `lines`;
    /// libxml2 is stopped past `libxml2DepthLimit` open elements.
    static func messages(in source: String, lines: LineIndex, libxml2DepthLimit: Int) -> [ParserMessage] {
        var source = source
        return source.withUTF8 { buffer in
            Libxml2Messages.read(buffer, depthLimit: libxml2DepthLimit).map {
                ParserMessage(code: $0.code, message: $0.text, location: lines.location(ofByteOffset: $0.offset), offset: $0.offset)
            }
        }
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
