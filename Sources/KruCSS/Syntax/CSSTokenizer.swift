/// The tokenizer of CSS Syntax Level 3 (§4), over UTF-8 bytes.
///
/// Comments are skipped; CR, FF and CRLF count as newlines without being
/// rewritten, so token offsets are offsets into the original text.
public struct CSSTokenizer {
    private let bytes: [UInt8]
    private var position = 0
    /// Byte offsets of comments that are never closed (`/*` until the end).
    public private(set) var unclosedComments: [Int] = []

    public init(_ text: String) { self.bytes = Array(text.utf8) }
    public init(bytes: [UInt8]) { self.bytes = bytes }

    /// Tokenizes the whole text.
    public static func tokenize(_ text: String) -> [CSSToken] {
        var tokenizer = CSSTokenizer(text)
        return tokenizer.all()
    }

    /// Every remaining token.
    public mutating func all() -> [CSSToken] {
        var tokens: [CSSToken] = []
        tokens.reserveCapacity(bytes.count / 3)
        while let token = next() { tokens.append(token) }
        return tokens
    }

    // MARK: - Byte helpers

    private func byte(_ offset: Int = 0) -> UInt8? {
        let index = position + offset
        return index < bytes.count ? bytes[index] : nil
    }

    private static func isNewline(_ b: UInt8) -> Bool { b == 0x0A || b == 0x0D || b == 0x0C }
    private static func isWhitespace(_ b: UInt8) -> Bool { isNewline(b) || b == 0x20 || b == 0x09 }
    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    private static func isHex(_ b: UInt8) -> Bool {
        isDigit(b) || (b >= 0x41 && b <= 0x46) || (b >= 0x61 && b <= 0x66)
    }
    private static func isNameStart(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F || b >= 0x80
    }
    private static func isName(_ b: UInt8) -> Bool { isNameStart(b) || isDigit(b) || b == 0x2D }

    private func isValidEscape(at offset: Int) -> Bool {
        guard let first = byte(offset), first == 0x5C else { return false }
        guard let second = byte(offset + 1) else { return false }
        return !Self.isNewline(second)
    }

    private func startsIdentifier(at offset: Int) -> Bool {
        guard let first = byte(offset) else { return false }
        if first == 0x2D {
            guard let second = byte(offset + 1) else { return false }
            return Self.isNameStart(second) || second == 0x2D || isValidEscape(at: offset + 1)
        }
        if Self.isNameStart(first) { return true }
        return first == 0x5C && isValidEscape(at: offset)
    }

    private func startsNumber(at offset: Int) -> Bool {
        guard let first = byte(offset) else { return false }
        if first == 0x2B || first == 0x2D {
            guard let second = byte(offset + 1) else { return false }
            if Self.isDigit(second) { return true }
            if second == 0x2E, let third = byte(offset + 2), Self.isDigit(third) { return true }
            return false
        }
        if first == 0x2E { return byte(offset + 1).map(Self.isDigit) ?? false }
        return Self.isDigit(first)
    }

    // MARK: - Tokens

    /// The next token, or `nil` at the end.
    public mutating func next() -> CSSToken? {
        skipComments()
        guard let b = byte() else { return nil }
        let start = position
        func single(_ kind: CSSToken.Kind) -> CSSToken {
            position += 1
            return CSSToken(kind: kind, start: start, end: position)
        }
        switch b {
        case _ where Self.isWhitespace(b):
            while let c = byte(), Self.isWhitespace(c) { position += 1 }
            return CSSToken(kind: .whitespace, value: " ", start: start, end: position)
        case 0x22, 0x27:
            return consumeString(quote: b)
        case 0x23:
            if let c = byte(1), Self.isName(c) || isValidEscape(at: 1) {
                let isID = startsIdentifier(at: 1)
                position += 1
                let name = consumeName()
                return CSSToken(kind: .hash(isID: isID), value: name, start: start, end: position)
            }
            return delim(start)
        case 0x28: return single(.openParen)
        case 0x29: return single(.closeParen)
        case 0x2B:
            if startsNumber(at: 0) { return consumeNumeric() }
            return delim(start)
        case 0x2C: return single(.comma)
        case 0x2D:
            if startsNumber(at: 0) { return consumeNumeric() }
            if byte(1) == 0x2D, byte(2) == 0x3E {
                position += 3
                return CSSToken(kind: .cdc, start: start, end: position)
            }
            if startsIdentifier(at: 0) { return consumeIdentLike() }
            return delim(start)
        case 0x2E:
            if startsNumber(at: 0) { return consumeNumeric() }
            return delim(start)
        case 0x3A: return single(.colon)
        case 0x3B: return single(.semicolon)
        case 0x3C:
            if byte(1) == 0x21, byte(2) == 0x2D, byte(3) == 0x2D {
                position += 4
                return CSSToken(kind: .cdo, start: start, end: position)
            }
            return delim(start)
        case 0x40:
            if startsIdentifier(at: 1) {
                position += 1
                let name = consumeName()
                return CSSToken(kind: .atKeyword, value: name, start: start, end: position)
            }
            return delim(start)
        case 0x5B: return single(.openSquare)
        case 0x5C:
            if isValidEscape(at: 0) { return consumeIdentLike() }
            return delim(start)
        case 0x5D: return single(.closeSquare)
        case 0x7B: return single(.openCurly)
        case 0x7D: return single(.closeCurly)
        case _ where Self.isDigit(b):
            return consumeNumeric()
        case _ where Self.isNameStart(b):
            return consumeIdentLike()
        default:
            return delim(start)
        }
    }

    private mutating func delim(_ start: Int) -> CSSToken {
        // One code point: advance over a whole UTF-8 sequence.
        let lead = bytes[position]
        let length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        position = min(bytes.count, position + length)
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        return CSSToken(kind: .delim, value: text, start: start, end: position)
    }

    private mutating func skipComments() {
        while byte() == 0x2F, byte(1) == 0x2A {
            let start = position
            position += 2
            var closed = false
            while position < bytes.count {
                if bytes[position] == 0x2A, byte(1) == 0x2F {
                    position += 2
                    closed = true
                    break
                }
                position += 1
            }
            if !closed { unclosedComments.append(start) }
        }
    }

    private mutating func consumeEscape() -> Unicode.Scalar {
        // Position is just after the backslash.
        guard let b = byte() else { return "\u{FFFD}" }
        if Self.isHex(b) {
            var value: UInt32 = 0
            var count = 0
            while count < 6, let c = byte(), Self.isHex(c) {
                value = value * 16 + UInt32(Self.hexValue(c))
                position += 1
                count += 1
            }
            if let c = byte(), Self.isWhitespace(c) {
                position += 1
                if c == 0x0D, byte() == 0x0A { position += 1 }
            }
            if value == 0 || (value >= 0xD800 && value <= 0xDFFF) || value > 0x10FFFF { return "\u{FFFD}" }
            return Unicode.Scalar(value) ?? "\u{FFFD}"
        }
        return consumeScalar()
    }

    private static func hexValue(_ b: UInt8) -> UInt8 {
        if isDigit(b) { return b - 0x30 }
        if b >= 0x61 { return b - 0x61 + 10 }
        return b - 0x41 + 10
    }

    /// Decodes one UTF-8 scalar at the position and advances past it.
    private mutating func consumeScalar() -> Unicode.Scalar {
        let lead = bytes[position]
        let length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        let end = min(bytes.count, position + length)
        let text = String(decoding: bytes[position..<end], as: UTF8.self)
        position = end
        if lead == 0 { return "\u{FFFD}" }
        return text.unicodeScalars.first ?? "\u{FFFD}"
    }

    private mutating func consumeName() -> String {
        var result = String.UnicodeScalarView()
        var runStart = position
        func flush(_ end: Int) {
            if end > runStart {
                result.append(contentsOf: String(decoding: bytes[runStart..<end], as: UTF8.self).unicodeScalars)
            }
        }
        while let b = byte() {
            if Self.isName(b) {
                position += 1
            } else if isValidEscape(at: 0) {
                flush(position)
                position += 1
                result.append(consumeEscape())
                runStart = position
            } else {
                break
            }
        }
        flush(position)
        return String(result)
    }

    private mutating func consumeNumber() -> (Double, Bool) {
        let start = position
        var isInteger = true
        if let b = byte(), b == 0x2B || b == 0x2D { position += 1 }
        while let b = byte(), Self.isDigit(b) { position += 1 }
        if byte() == 0x2E, let next = byte(1), Self.isDigit(next) {
            isInteger = false
            position += 2
            while let b = byte(), Self.isDigit(b) { position += 1 }
        }
        if let e = byte(), e == 0x45 || e == 0x65 {
            if let n = byte(1), Self.isDigit(n) {
                isInteger = false
                position += 2
                while let b = byte(), Self.isDigit(b) { position += 1 }
            } else if let s = byte(1), s == 0x2B || s == 0x2D, let n = byte(2), Self.isDigit(n) {
                isInteger = false
                position += 3
                while let b = byte(), Self.isDigit(b) { position += 1 }
            }
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        return (Double(text) ?? 0, isInteger)
    }

    private mutating func consumeNumeric() -> CSSToken {
        let start = position
        let (value, isInteger) = consumeNumber()
        if startsIdentifier(at: 0) {
            let unit = consumeName()
            return CSSToken(kind: .dimension, value: unit, number: value, isInteger: isInteger, start: start, end: position)
        }
        if byte() == 0x25 {
            position += 1
            return CSSToken(kind: .percentage, number: value, isInteger: isInteger, start: start, end: position)
        }
        return CSSToken(kind: .number, number: value, isInteger: isInteger, start: start, end: position)
    }

    private mutating func consumeIdentLike() -> CSSToken {
        let start = position
        let name = consumeName()
        if byte() == 0x28 {
            if name.lowercased() == "url" {
                position += 1
                // Skip whitespace to see whether the argument is a quoted string.
                var look = position
                while look < bytes.count, Self.isWhitespace(bytes[look]) { look += 1 }
                if look < bytes.count, bytes[look] == 0x22 || bytes[look] == 0x27 {
                    return CSSToken(kind: .function, value: name, start: start, end: position)
                }
                return consumeURL(start: start)
            }
            position += 1
            return CSSToken(kind: .function, value: name, start: start, end: position)
        }
        return CSSToken(kind: .ident, value: name, start: start, end: position)
    }

    private mutating func consumeString(quote: UInt8) -> CSSToken {
        let start = position
        position += 1
        var result = String.UnicodeScalarView()
        while position < bytes.count {
            let b = bytes[position]
            if b == quote {
                position += 1
                return CSSToken(kind: .string, value: String(result), start: start, end: position)
            }
            if Self.isNewline(b) {
                return CSSToken(kind: .badString, value: String(result), start: start, end: position)
            }
            if b == 0x5C {
                guard let next = byte(1) else {
                    position += 1
                    break
                }
                if Self.isNewline(next) {
                    position += 2
                    if next == 0x0D, byte() == 0x0A { position += 1 }
                    continue
                }
                position += 1
                result.append(consumeEscape())
                continue
            }
            result.append(consumeScalar())
        }
        return CSSToken(kind: .string, value: String(result), start: start, end: position)
    }

    private mutating func consumeURL(start: Int) -> CSSToken {
        var result = String.UnicodeScalarView()
        while let c = byte(), Self.isWhitespace(c) { position += 1 }
        while position < bytes.count {
            let b = bytes[position]
            if b == 0x29 {
                position += 1
                return CSSToken(kind: .url, value: String(result), start: start, end: position)
            }
            if Self.isWhitespace(b) {
                while let c = byte(), Self.isWhitespace(c) { position += 1 }
                if byte() == 0x29 || byte() == nil {
                    if byte() != nil { position += 1 }
                    return CSSToken(kind: .url, value: String(result), start: start, end: position)
                }
                consumeBadURLRemnants()
                return CSSToken(kind: .badURL, start: start, end: position)
            }
            if b == 0x22 || b == 0x27 || b == 0x28 || b < 0x09 || b == 0x0B || (b >= 0x0E && b <= 0x1F) || b == 0x7F {
                consumeBadURLRemnants()
                return CSSToken(kind: .badURL, start: start, end: position)
            }
            if b == 0x5C {
                if isValidEscape(at: 0) {
                    position += 1
                    result.append(consumeEscape())
                    continue
                }
                consumeBadURLRemnants()
                return CSSToken(kind: .badURL, start: start, end: position)
            }
            result.append(consumeScalar())
        }
        return CSSToken(kind: .url, value: String(result), start: start, end: position)
    }

    private mutating func consumeBadURLRemnants() {
        while position < bytes.count {
            if bytes[position] == 0x29 {
                position += 1
                return
            }
            if isValidEscape(at: 0) {
                position += 1
                _ = consumeEscape()
                continue
            }
            position += 1
        }
    }
}
