import KruCore
import KruHTML

/// Bilingual pieces of the messages conditions generate. Numbers are written
/// with Western digits in both languages, as Cambodian code editors show them.
enum Phrases {
    /// "at line 5", "at lines 5 and 9", "at lines 3, 5, 9 and 12".
    static func lines(_ lines: [Int]) -> LocalizedText {
        var writer = BilingualWriter(capacity: 32)
        writer.write(lines: lines)
        return writer.take()
    }

    /// "<img> at line 5" / "<img> នៅបន្ទាត់ទី 5".
    static func element(_ element: Element) -> LocalizedText {
        var writer = BilingualWriter(capacity: 32)
        writer.write(element)
        return writer.take()
    }

    /// How many characters of a student's text a message quotes.
    static let quoteLimit = 40

    /// A student's text in quotes, shortened for a message (see ``shortened(_:limit:)``).
    static func quote(_ text: String, limit: Int = quoteLimit) -> String {
        let (shown, cut) = shortened(text, limit: limit)
        return cut ? "\"\(shown)…\"" : "\"\(shown)\""
    }

    /// What a message quotes of a student's text: line breaks (runs of them) become one space,
    /// leading and trailing ones are dropped, and only the first `limit` characters are kept;
    /// `cut` tells whether some were left out.
    static func shortened(_ text: String, limit: Int) -> (text: Substring, cut: Bool) {
        // No more scalars than `limit` (so no more characters) and no line break: the whole text.
        if isShortSingleLine(text, limit: limit) { return (text[...], false) }
        return shortened(text, limit: limit, clusterEnd: KhmerScan.offset(ofCluster: limit, in: text))
    }

    /// ``shortened(_:limit:)`` when `KhmerScan.offset(ofCluster: limit, in: text)` is known to
    /// be `clusterEnd`.
    static func shortened(_ text: String, limit: Int, clusterEnd: Int?) -> (text: Substring, cut: Bool) {
        // No line break among the first `limit` characters, and none or a visible character
        // after them: the text is cut (or not) as it is.
        if let end = clusterEnd {
            if end == text.utf8.count { return (text[...], false) }
            let index = text.utf8.index(text.startIndex, offsetBy: end)
            if !isLineBreak(text.unicodeScalars[index]) { return (text[..<index], true) }
        }
        return shortenedByCharacters(text, limit: limit)
    }

    /// ``shortened(_:limit:)`` through Swift's `Character`s, for any text.
    static func shortenedByCharacters(_ text: String, limit: Int) -> (text: Substring, cut: Bool) {
        // Without a line break (no scalar that can begin a newline Character), the text is
        // its own flat form: cut it after `limit` characters.
        if !text.unicodeScalars.contains(where: isLineBreak) {
            guard let end = text.index(text.startIndex, offsetBy: limit, limitedBy: text.endIndex), end != text.endIndex else {
                return (text[...], false)
            }
            return (text[..<end], true)
        }
        var flat = ""
        var count = 0
        var pendingSpace = false
        for character in text {
            if character.isNewline {
                pendingSpace = count > 0
                continue
            }
            if pendingSpace {
                guard count < limit else { return (flat[...], true) }
                flat.append(" ")
                count += 1
                pendingSpace = false
            }
            guard count < limit else { return (flat[...], true) }
            flat.append(character)
            count += 1
        }
        return (flat[...], false)
    }

    /// Whether UTF-8 text has at most `limit` scalars and none that can begin a newline
    /// `Character` (see `isLineBreak`): U+000A…U+000D, U+0085 (C2 85), U+2028 and U+2029
    /// (E2 80 A8, E2 80 A9).
    private static func isShortSingleLine(_ text: String, limit: Int) -> Bool {
        // Each scalar takes at most four bytes.
        guard text.utf8.count <= 4 * limit else { return false }
        var text = text
        return text.withUTF8 { bytes in
            // Every scalar has one byte that is not a continuation byte (10xxxxxx).
            var continuations = 0
            var index = 0
            // Eight bytes at a time while none can be part of a line break: no control below
            // U+0020 and no byte 85, A8 or A9 (which end the others).
            if let base = bytes.baseAddress {
                while index + 8 <= bytes.count {
                    let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                    if hasByte(in: word, below: 0x20) || hasByte(word, equalTo: 0x85) || hasByte(word, equalTo: 0xA8)
                        || hasByte(word, equalTo: 0xA9) {
                        break
                    }
                    continuations += (word & ~(word << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
                    index += 8
                }
            }
            var last: UInt8 = index > 0 ? bytes[index - 1] : 0
            var beforeLast: UInt8 = index > 1 ? bytes[index - 2] : 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte & 0xC0 == 0x80 { continuations += 1 }
                if (0x0A...0x0D).contains(byte) || (byte == 0x85 && last == 0xC2)
                    || ((byte == 0xA8 || byte == 0xA9) && last == 0x80 && beforeLast == 0xE2) {
                    return false
                }
                beforeLast = last
                last = byte
                index += 1
            }
            return bytes.count - continuations <= limit
        }
    }

    /// Whether some byte of `word` is below `bound` (at most 0x80).
    @inline(__always)
    private static func hasByte(in word: UInt64, below bound: UInt8) -> Bool {
        (word &- 0x0101_0101_0101_0101 &* UInt64(bound)) & ~word & 0x8080_8080_8080_8080 != 0
    }

    /// Whether some byte of `word` is `byte`.
    @inline(__always)
    private static func hasByte(_ word: UInt64, equalTo byte: UInt8) -> Bool {
        hasByte(in: word ^ (0x0101_0101_0101_0101 &* UInt64(byte)), below: 1)
    }

    /// Whether a scalar can begin a newline `Character`.
    private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        (0x0A...0x0D).contains(scalar.value) || scalar.value == 0x85 || scalar.value == 0x2028 || scalar.value == 0x2029
    }

    /// "a, b or c" / "a, b ឬ c".
    static func alternatives(_ items: [String]) -> LocalizedText {
        guard items.count > 1 else { return LocalizedText(en: items.first ?? "", km: items.first ?? "") }
        let head = items.dropLast().joined(separator: ", ")
        return LocalizedText(en: "\(head) or \(items.last!)", km: "\(head) ឬ \(items.last!)")
    }

    /// Joins texts with "; " in both languages, leaving out texts with no English.
    static func joined(_ parts: [LocalizedText]) -> LocalizedText {
        var writer = BilingualWriter()
        writer.writeJoined(parts) { $0.write($1) }
        return writer.take()
    }
}
