/// An attribute as written in the source, with its byte offsets.
struct SourceAttribute: Hashable, Sendable {
    /// Lower-case name as written (may hold junk such as a stray quote when the source is broken).
    var name: String
    /// Byte offset of the name's first character.
    var nameOffset: Int
    /// The raw value (character references not decoded); `nil` when there is no `=`.
    var value: String?
    /// The quote character (`"` or `'`) when the value is quoted.
    var quote: Character?
    /// Byte offset of the opening quote, when quoted.
    var quoteOffset: Int?
    /// The value's opening quote was, by every sign, never closed as the author meant
    /// (the value ran to the end of the file, swallowed markup, or the next
    /// attribute starts with a quote).
    var missingClosingQuote = false
    /// Byte offset of the quote the browser took as the closing one, when the
    /// value swallowed text up to a later quote.
    var swallowedUpTo: Int?
}

/// A start or end tag as written in the source.
struct SourceTag: Hashable, Sendable {
    /// Lower-case tag name.
    var name: String
    var isEndTag: Bool
    /// Byte offset of the `<`.
    var start: Int
    /// Byte offset just after the `>` (or the end of the input).
    var end: Int
    var attributes: [SourceAttribute]
    /// Written `<x/>`.
    var selfClosing: Bool
    /// Inside `<svg>` or `<math>`, where `/>` closes elements and names are not HTML names.
    var inForeignContent: Bool
    /// The input ended inside the tag: browsers drop such a tag.
    var droppedAtEndOfFile: Bool
    /// The tag has no `>`: another tag starts (`<`) where its next attribute
    /// would be. The tag is taken to end there, as the author meant.
    var missingGreaterThan = false
    /// A start tag of a raw-text element (`<script>`, `<style>`, `<title>`,
    /// `<textarea>` …) whose end tag never comes: the rest of the file is its text.
    var rawTextRunsToEndOfFile = false
}

/// One piece of the source, in order.
enum SourceToken: Hashable, Sendable {
    case tag(SourceTag)
    /// `<!DOCTYPE …>`; the offset of its `<`.
    case doctype(offset: Int)
    /// `<!-- … -->` or a bogus comment (`<? … >`, `<! … >`); `closed` is false
    /// when the input ended inside a `<!--` comment.
    case comment(offset: Int, closed: Bool)
    /// Text between tags; `blank` when it holds only whitespace.
    case text(offset: Int, blank: Bool)
}

/// A small HTML tokenizer over the raw source that keeps byte offsets, so
/// diagnostics can point at the exact `<`, attribute or quote.
///
/// It follows the WHATWG tokenizer where beginners' pages need it: tags and
/// attributes (quoted, unquoted, missing values), comments, doctype, bogus
/// comments, raw-text elements (`<script>`, `<style>`, `<textarea>`,
/// `<title>` …) and `<svg>`/`<math>` content. One deliberate difference: when
/// an attribute value is missing its closing quote and has swallowed a `>`,
/// the tag is cut at that `>`, as the author meant, so the tags after it are
/// judged as written instead of as a cascade of made-up errors; likewise a
/// tag missing its `>` ends where the next `<` starts.
struct SourceTokenizer {
    private let bytes: [UInt8]
    private var position = 0
    private var foreignDepth = 0
    private(set) var tokens: [SourceToken] = []

    static func tokenize(_ source: String) -> [SourceToken] {
        var tokenizer = SourceTokenizer(bytes: Array(source.utf8))
        tokenizer.run()
        return tokenizer.tokens
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    // MARK: Bytes

    private static let lessThan = UInt8(ascii: "<")
    private static let greaterThan = UInt8(ascii: ">")
    private static let slash = UInt8(ascii: "/")
    private static let equals = UInt8(ascii: "=")
    private static let doubleQuote = UInt8(ascii: "\"")
    private static let singleQuote = UInt8(ascii: "'")

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    private func lowercased(_ range: Range<Int>) -> String {
        String(decoding: bytes[range].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    private func hasPrefix(_ prefix: String, at offset: Int, caseInsensitive: Bool) -> Bool {
        let prefixBytes = Array(prefix.utf8)
        guard offset + prefixBytes.count <= bytes.count else { return false }
        for (index, expected) in prefixBytes.enumerated() {
            var byte = bytes[offset + index]
            if caseInsensitive, byte >= 0x41, byte <= 0x5A { byte |= 0x20 }
            if byte != expected { return false }
        }
        return true
    }

    private func firstIndex(of byte: UInt8, from offset: Int, before limit: Int? = nil) -> Int? {
        var index = offset
        let end = limit ?? bytes.count
        while index < end {
            if bytes[index] == byte { return index }
            index += 1
        }
        return nil
    }

    private func firstIndex(of sequence: String, from offset: Int) -> Int? {
        let needle = Array(sequence.utf8)
        guard let first = needle.first else { return offset }
        var index = offset
        while let candidate = firstIndex(of: first, from: index) {
            if hasPrefix(sequence, at: candidate, caseInsensitive: false) { return candidate }
            index = candidate + 1
        }
        return nil
    }

    // MARK: Data

    private mutating func run() {
        var textStart = 0
        while position < bytes.count {
            guard let lessThan = firstIndex(of: Self.lessThan, from: position) else {
                position = bytes.count
                break
            }
            let markupStart = lessThan
            if consumeMarkup(at: lessThan, textStart: textStart) {
                textStart = position
            } else {
                position = markupStart + 1
            }
        }
        flushText(from: textStart, to: bytes.count)
    }

    private mutating func flushText(from start: Int, to end: Int) {
        guard start < end else { return }
        // A byte order mark at the very start is not text.
        let hasBOM = start == 0 && bytes.starts(with: [0xEF, 0xBB, 0xBF])
        let blank = bytes[(hasBOM ? min(3, end) : start)..<end].allSatisfy(Self.isWhitespace)
        tokens.append(.text(offset: start, blank: blank))
    }

    /// Reads the markup that starts at a `<`; returns false when the `<` is just text.
    private mutating func consumeMarkup(at offset: Int, textStart: Int) -> Bool {
        let next = offset + 1 < bytes.count ? bytes[offset + 1] : nil
        if next == UInt8(ascii: "!") {
            flushText(from: textStart, to: offset)
            readDeclaration(at: offset)
            return true
        }
        if next == UInt8(ascii: "?") {
            flushText(from: textStart, to: offset)
            readBogusComment(at: offset, contentStart: offset + 1)
            return true
        }
        if next == Self.slash {
            guard offset + 2 < bytes.count else { return false }
            let third = bytes[offset + 2]
            if Self.isASCIILetter(third) {
                flushText(from: textStart, to: offset)
                readTag(at: offset, isEndTag: true)
                return true
            }
            flushText(from: textStart, to: offset)
            if third == Self.greaterThan {
                position = offset + 3  // `</>` is dropped
            } else {
                readBogusComment(at: offset, contentStart: offset + 2)
            }
            return true
        }
        if let next, Self.isASCIILetter(next) {
            flushText(from: textStart, to: offset)
            readTag(at: offset, isEndTag: false)
            return true
        }
        return false
    }

    private mutating func readDeclaration(at offset: Int) {
        if hasPrefix("<!--", at: offset, caseInsensitive: false) {
            // `<!-->` and `<!--->` are complete (empty) comments.
            if hasPrefix("<!-->", at: offset, caseInsensitive: false) {
                tokens.append(.comment(offset: offset, closed: true))
                position = offset + 5
                return
            }
            if hasPrefix("<!--->", at: offset, caseInsensitive: false) {
                tokens.append(.comment(offset: offset, closed: true))
                position = offset + 6
                return
            }
            var search = offset + 4
            while let dash = firstIndex(of: "--", from: search) {
                if hasPrefix("-->", at: dash, caseInsensitive: false) {
                    tokens.append(.comment(offset: offset, closed: true))
                    position = dash + 3
                    return
                }
                if hasPrefix("--!>", at: dash, caseInsensitive: false) {
                    tokens.append(.comment(offset: offset, closed: true))
                    position = dash + 4
                    return
                }
                search = dash + 1
            }
            tokens.append(.comment(offset: offset, closed: false))
            position = bytes.count
            return
        }
        if hasPrefix("<!doctype", at: offset, caseInsensitive: true) {
            tokens.append(.doctype(offset: offset))
            position = (firstIndex(of: Self.greaterThan, from: offset) ?? bytes.count - 1) + 1
            return
        }
        if foreignDepth > 0, hasPrefix("<![CDATA[", at: offset, caseInsensitive: false) {
            tokens.append(.text(offset: offset, blank: false))
            position = (firstIndex(of: "]]>", from: offset + 9).map { $0 + 3 }) ?? bytes.count
            return
        }
        readBogusComment(at: offset, contentStart: offset + 2)
    }

    private mutating func readBogusComment(at offset: Int, contentStart: Int) {
        tokens.append(.comment(offset: offset, closed: true))
        position = (firstIndex(of: Self.greaterThan, from: contentStart).map { $0 + 1 }) ?? bytes.count
    }

    // MARK: Tags

    private mutating func readTag(at offset: Int, isEndTag: Bool) {
        var tag = parseTag(at: offset, isEndTag: isEndTag, limit: bytes.count)
        if let repaired = repairMissingQuote(in: tag) { tag = repaired }
        position = tag.end
        if !tag.isEndTag, !tag.droppedAtEndOfFile {
            if foreignDepth > 0, HTMLElementNames.foreignBreakout.contains(tag.name) { foreignDepth = 0 }
            tag.inForeignContent = foreignDepth > 0 || tag.name == "svg" || tag.name == "math"
            if (tag.name == "svg" || tag.name == "math"), !tag.selfClosing { foreignDepth += 1 }
        } else if tag.isEndTag {
            tag.inForeignContent = foreignDepth > 0
            if foreignDepth > 0, tag.name == "svg" || tag.name == "math" { foreignDepth -= 1 }
        }
        if !tag.isEndTag, !tag.droppedAtEndOfFile, foreignDepth == 0,
            HTMLElementNames.rawText.contains(tag.name) || tag.name == "plaintext"
        {
            let contentEnd = tag.name == "plaintext" ? nil : rawTextEnd(of: tag.name, from: tag.end)
            tag.rawTextRunsToEndOfFile = contentEnd == nil
            tokens.append(.tag(tag))
            let end = contentEnd ?? bytes.count
            flushText(from: tag.end, to: end)
            position = end
            return
        }
        tokens.append(.tag(tag))
    }

    /// Where the end tag of a raw-text element starts (`</script` followed by
    /// whitespace, `/` or `>`), or `nil` when the file ends first.
    private func rawTextEnd(of name: String, from offset: Int) -> Int? {
        let closing = "</" + name
        var search = offset
        while let candidate = firstIndex(of: Self.lessThan, from: search) {
            if hasPrefix(closing, at: candidate, caseInsensitive: true) {
                let after = candidate + closing.utf8.count
                if after >= bytes.count { return candidate }
                let byte = bytes[after]
                if Self.isWhitespace(byte) || byte == Self.slash || byte == Self.greaterThan { return candidate }
            }
            search = candidate + 1
        }
        return nil
    }

    /// Parses a tag as the WHATWG tokenizer does, reading no further than `limit`.
    private func parseTag(at offset: Int, isEndTag: Bool, limit: Int) -> SourceTag {
        var index = offset + (isEndTag ? 2 : 1)
        let nameStart = index
        while index < limit, !Self.isWhitespace(bytes[index]), bytes[index] != Self.slash,
            bytes[index] != Self.greaterThan
        {
            index += 1
        }
        var tag = SourceTag(
            name: lowercased(nameStart..<index), isEndTag: isEndTag, start: offset, end: limit, attributes: [],
            selfClosing: false, inForeignContent: false, droppedAtEndOfFile: true)
        while index < limit {
            let byte = bytes[index]
            if Self.isWhitespace(byte) {
                index += 1
                continue
            }
            if byte == Self.greaterThan {
                tag.end = index + 1
                tag.droppedAtEndOfFile = false
                return tag
            }
            if byte == Self.slash {
                if index + 1 < limit, bytes[index + 1] == Self.greaterThan {
                    tag.selfClosing = true
                    tag.end = index + 2
                    tag.droppedAtEndOfFile = false
                    return tag
                }
                index += 1
                continue
            }
            if byte == Self.lessThan {
                tag.missingGreaterThan = true
                tag.end = index
                tag.droppedAtEndOfFile = false
                return tag
            }
            // Attribute name; a leading `=` belongs to the name.
            let attributeStart = index
            index += 1
            while index < limit, !Self.isWhitespace(bytes[index]), bytes[index] != Self.slash,
                bytes[index] != Self.greaterThan, bytes[index] != Self.equals
            {
                index += 1
            }
            var attribute = SourceAttribute(name: lowercased(attributeStart..<index), nameOffset: attributeStart)
            var afterName = index
            while afterName < limit, Self.isWhitespace(bytes[afterName]) { afterName += 1 }
            guard afterName < limit, bytes[afterName] == Self.equals else {
                tag.attributes.append(attribute)
                index = afterName
                continue
            }
            index = afterName + 1
            while index < limit, Self.isWhitespace(bytes[index]) { index += 1 }
            guard index < limit else {
                tag.attributes.append(attribute)
                break
            }
            let first = bytes[index]
            if first == Self.doubleQuote || first == Self.singleQuote {
                attribute.quote = Character(Unicode.Scalar(first))
                attribute.quoteOffset = index
                if let close = firstIndex(of: first, from: index + 1, before: limit) {
                    attribute.value = String(decoding: bytes[(index + 1)..<close], as: UTF8.self)
                    index = close + 1
                } else {
                    attribute.value = String(decoding: bytes[(index + 1)..<limit], as: UTF8.self)
                    attribute.missingClosingQuote = true
                    index = limit
                }
            } else if first == Self.greaterThan {
                attribute.value = ""
            } else {
                let valueStart = index
                while index < limit, !Self.isWhitespace(bytes[index]), bytes[index] != Self.greaterThan {
                    index += 1
                }
                attribute.value = String(decoding: bytes[valueStart..<index], as: UTF8.self)
            }
            tag.attributes.append(attribute)
        }
        return tag
    }

    /// Finds a quoted value that, by every sign, misses its closing quote:
    /// it runs to the end of the file, the attribute after it starts with a
    /// stray quote, or it spans lines and holds markup. When such a value holds
    /// a `>`, the tag is re-read up to that `>`.
    private func repairMissingQuote(in tag: SourceTag) -> SourceTag? {
        for (index, attribute) in tag.attributes.enumerated() {
            guard let quoteOffset = attribute.quoteOffset, let value = attribute.value else { continue }
            var suspicious = attribute.missingClosingQuote
            // A stray quote in the attributes after it, before the next quoted value.
            for next in tag.attributes[(index + 1)...] where !suspicious {
                suspicious = next.name.contains(where: Self.isQuote)
                    || (next.quoteOffset == nil && (next.value ?? "").contains(where: Self.isQuote))
                if next.quoteOffset != nil { break }
            }
            if !suspicious {
                suspicious = value.contains(where: { $0 == "\n" || $0 == "\r" }) && Self.holdsMarkup(value)
            }
            guard suspicious else { continue }
            let valueStart = quoteOffset + 1
            let valueEnd = valueStart + value.utf8.count
            let closingQuote = attribute.missingClosingQuote ? nil : valueEnd
            guard let greaterThan = firstIndex(of: Self.greaterThan, from: valueStart, before: valueEnd) else {
                var marked = tag
                marked.attributes[index].missingClosingQuote = true
                marked.attributes[index].swallowedUpTo = closingQuote
                return marked
            }
            var cut = tag
            cut.attributes = Array(tag.attributes[..<index])
            var repaired = attribute
            repaired.missingClosingQuote = true
            repaired.swallowedUpTo = closingQuote
            var valueBytes = Array(bytes[valueStart..<greaterThan])
            var selfClosing = false
            if valueBytes.last == Self.slash, !tag.isEndTag {
                valueBytes.removeLast()
                selfClosing = true
            }
            repaired.value = String(decoding: valueBytes, as: UTF8.self)
            cut.attributes.append(repaired)
            cut.selfClosing = selfClosing
            cut.end = greaterThan + 1
            cut.droppedAtEndOfFile = false
            return cut
        }
        return nil
    }

    private static func isQuote(_ character: Character) -> Bool { character == "\"" || character == "'" }

    /// Whether a value holds something that looks like a tag (`<p`, `</a`, `<!--`).
    private static func holdsMarkup(_ value: String) -> Bool {
        let scalars = Array(value.utf8)
        for index in scalars.indices.dropLast() where scalars[index] == lessThan {
            let next = scalars[index + 1]
            if isASCIILetter(next) || next == slash || next == UInt8(ascii: "!") { return true }
        }
        return false
    }
}
