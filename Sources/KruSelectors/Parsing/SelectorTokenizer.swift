/// A CSS token (CSS Syntax Level 3, §4) as far as selectors need them.
struct SelectorToken: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        case ident(String)
        case function(String)
        case atKeyword(String)
        case hash(String, isID: Bool)
        case string(String)
        case badString
        case delim(Unicode.Scalar)
        case number(NumericValue)
        case percentage(NumericValue)
        case dimension(NumericValue, unit: String)
        case whitespace
        case colon
        case semicolon
        case comma
        case openSquare
        case closeSquare
        case openParen
        case closeParen
        case openCurly
        case closeCurly
        case cdo
        case cdc
    }

    let kind: Kind
    /// Offset of the token's first character, in Unicode scalars from the start of the text.
    let offset: Int
    /// Offset just after the token.
    let end: Int
}

/// The value of a number, percentage or dimension token.
struct NumericValue: Equatable, Sendable {
    /// Whether the number was written without a fraction or exponent.
    var isInteger: Bool
    /// Whether the number was written with a leading `+` or `-`.
    var hasSign: Bool
    /// The integer value, clamped to the 32-bit range as browsers do.
    var integer: Int
}

/// Splits selector text into CSS tokens, keeping each token's offset.
///
/// Comments are dropped; newlines may be CR, LF, CRLF or FF; NUL becomes U+FFFD.
struct SelectorTokenizer {
    private let scalars: [Unicode.Scalar]
    private var position = 0

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    /// The number of Unicode scalars in the text (the offset of its end).
    var length: Int { scalars.count }

    mutating func tokenize() -> [SelectorToken] {
        var tokens: [SelectorToken] = []
        while let token = next() { tokens.append(token) }
        return tokens
    }

    // MARK: - Characters

    private func at(_ index: Int) -> Unicode.Scalar? {
        index < scalars.count ? scalars[index] : nil
    }

    private static func isNewline(_ c: Unicode.Scalar?) -> Bool {
        c == "\n" || c == "\r" || c == "\u{0C}"
    }

    private static func isWhitespace(_ c: Unicode.Scalar?) -> Bool {
        c == " " || c == "\t" || isNewline(c)
    }

    private static func isDigit(_ c: Unicode.Scalar?) -> Bool {
        guard let c else { return false }
        return c >= "0" && c <= "9"
    }

    private static func isHexDigit(_ c: Unicode.Scalar?) -> Bool {
        guard let c else { return false }
        return isDigit(c) || (c >= "a" && c <= "f") || (c >= "A" && c <= "F")
    }

    private static func isIdentStart(_ c: Unicode.Scalar?) -> Bool {
        guard let c else { return false }
        return (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c == "_" || c.value >= 0x80
    }

    private static func isIdentCharacter(_ c: Unicode.Scalar?) -> Bool {
        isIdentStart(c) || isDigit(c) || c == "-"
    }

    private func isValidEscape(_ index: Int) -> Bool {
        at(index) == "\\" && !Self.isNewline(at(index + 1))
    }

    private func startsIdentSequence(_ index: Int) -> Bool {
        let first = at(index)
        if first == "-" {
            let second = at(index + 1)
            return Self.isIdentStart(second) || second == "-" || isValidEscape(index + 1)
        }
        if Self.isIdentStart(first) { return true }
        return isValidEscape(index)
    }

    private func startsNumber(_ index: Int) -> Bool {
        let first = at(index)
        if first == "+" || first == "-" {
            if Self.isDigit(at(index + 1)) { return true }
            return at(index + 1) == "." && Self.isDigit(at(index + 2))
        }
        if first == "." { return Self.isDigit(at(index + 1)) }
        return Self.isDigit(first)
    }

    // MARK: - Tokens

    private mutating func next() -> SelectorToken? {
        while true {
            guard let c = at(position) else { return nil }
            if c == "/" && at(position + 1) == "*" {
                skipComment()
                continue
            }
            let start = position
            let kind = consumeToken(c)
            return SelectorToken(kind: kind, offset: start, end: position)
        }
    }

    private mutating func skipComment() {
        position += 2
        while position < scalars.count {
            if scalars[position] == "*" && at(position + 1) == "/" {
                position += 2
                return
            }
            position += 1
        }
    }

    private mutating func consumeToken(_ c: Unicode.Scalar) -> SelectorToken.Kind {
        if Self.isWhitespace(c) {
            while Self.isWhitespace(at(position)) { position += 1 }
            return .whitespace
        }
        switch c {
        case "\"", "'":
            position += 1
            return consumeString(quote: c)
        case "#":
            if Self.isIdentCharacter(at(position + 1)) || isValidEscape(position + 1) {
                position += 1
                let isID = startsIdentSequence(position)
                return .hash(consumeIdentSequence(), isID: isID)
            }
        case "(": position += 1; return .openParen
        case ")": position += 1; return .closeParen
        case "[": position += 1; return .openSquare
        case "]": position += 1; return .closeSquare
        case "{": position += 1; return .openCurly
        case "}": position += 1; return .closeCurly
        case ",": position += 1; return .comma
        case ":": position += 1; return .colon
        case ";": position += 1; return .semicolon
        case "+", ".":
            if startsNumber(position) { return consumeNumeric() }
        case "-":
            if startsNumber(position) { return consumeNumeric() }
            if at(position + 1) == "-" && at(position + 2) == ">" {
                position += 3
                return .cdc
            }
            if startsIdentSequence(position) { return consumeIdentLike() }
        case "<":
            if at(position + 1) == "!" && at(position + 2) == "-" && at(position + 3) == "-" {
                position += 4
                return .cdo
            }
        case "@":
            if startsIdentSequence(position + 1) {
                position += 1
                return .atKeyword(consumeIdentSequence())
            }
        case "\\":
            if isValidEscape(position) { return consumeIdentLike() }
        default:
            if Self.isDigit(c) { return consumeNumeric() }
            if Self.isIdentStart(c) { return consumeIdentLike() }
        }
        position += 1
        return .delim(c == "\0" ? "\u{FFFD}" : c)
    }

    private mutating func consumeIdentLike() -> SelectorToken.Kind {
        let name = consumeIdentSequence()
        if at(position) == "(" {
            position += 1
            return .function(name)
        }
        return .ident(name)
    }

    private mutating func consumeIdentSequence() -> String {
        var result = String.UnicodeScalarView()
        while let c = at(position) {
            if Self.isIdentCharacter(c) {
                result.append(c == "\0" ? "\u{FFFD}" : c)
                position += 1
            } else if isValidEscape(position) {
                position += 1
                result.append(consumeEscape())
            } else if c == "\0" {
                result.append("\u{FFFD}")
                position += 1
            } else {
                break
            }
        }
        return String(result)
    }

    /// Consumes what follows a backslash.
    private mutating func consumeEscape() -> Unicode.Scalar {
        guard let c = at(position) else { return "\u{FFFD}" }
        if Self.isHexDigit(c) {
            var value: UInt32 = 0
            var count = 0
            while count < 6, let digit = at(position), Self.isHexDigit(digit) {
                value = value * 16 + UInt32(Self.hexValue(digit))
                position += 1
                count += 1
            }
            if at(position) == "\r" && at(position + 1) == "\n" {
                position += 2
            } else if Self.isWhitespace(at(position)) {
                position += 1
            }
            if value == 0 || (0xD800...0xDFFF).contains(value) || value > 0x10FFFF { return "\u{FFFD}" }
            return Unicode.Scalar(value) ?? "\u{FFFD}"
        }
        position += 1
        return c == "\0" ? "\u{FFFD}" : c
    }

    private static func hexValue(_ c: Unicode.Scalar) -> UInt32 {
        switch c {
        case "0"..."9": return c.value - 0x30
        case "a"..."f": return c.value - 0x61 + 10
        default: return c.value - 0x41 + 10
        }
    }

    private mutating func consumeString(quote: Unicode.Scalar) -> SelectorToken.Kind {
        var result = String.UnicodeScalarView()
        while let c = at(position) {
            if c == quote {
                position += 1
                return .string(String(result))
            }
            if Self.isNewline(c) { return .badString }
            if c == "\\" {
                if at(position + 1) == nil {
                    position += 1
                } else if at(position + 1) == "\r" && at(position + 2) == "\n" {
                    position += 3
                } else if Self.isNewline(at(position + 1)) {
                    position += 2
                } else {
                    position += 1
                    result.append(consumeEscape())
                }
                continue
            }
            result.append(c == "\0" ? "\u{FFFD}" : c)
            position += 1
        }
        return .string(String(result))
    }

    private mutating func consumeNumeric() -> SelectorToken.Kind {
        var text = ""
        var isInteger = true
        let hasSign = at(position) == "+" || at(position) == "-"
        if hasSign {
            text.unicodeScalars.append(scalars[position])
            position += 1
        }
        while Self.isDigit(at(position)) {
            text.unicodeScalars.append(scalars[position])
            position += 1
        }
        if at(position) == ".", Self.isDigit(at(position + 1)) {
            isInteger = false
            text += "."
            position += 1
            while Self.isDigit(at(position)) {
                text.unicodeScalars.append(scalars[position])
                position += 1
            }
        }
        if at(position) == "e" || at(position) == "E" {
            let afterE = at(position + 1)
            if Self.isDigit(afterE) || ((afterE == "+" || afterE == "-") && Self.isDigit(at(position + 2))) {
                isInteger = false
                text += "e"
                position += 1
                if afterE == "+" || afterE == "-" {
                    text.unicodeScalars.append(afterE!)
                    position += 1
                }
                while Self.isDigit(at(position)) {
                    text.unicodeScalars.append(scalars[position])
                    position += 1
                }
            }
        }
        let double = Double(text) ?? 0
        let clamped = min(max(double, Double(Int32.min)), Double(Int32.max))
        let value = NumericValue(isInteger: isInteger, hasSign: hasSign, integer: Int(clamped))
        if startsIdentSequence(position) {
            return .dimension(value, unit: consumeIdentSequence())
        }
        if at(position) == "%" {
            position += 1
            return .percentage(value)
        }
        return .number(value)
    }
}
