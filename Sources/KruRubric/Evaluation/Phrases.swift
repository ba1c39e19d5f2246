import KruCore
import KruHTML

/// Bilingual pieces of the messages conditions generate. Numbers are written
/// with Western digits in both languages, as Cambodian code editors show them.
enum Phrases {
    /// "at line 5", "at lines 5 and 9", "at lines 3, 5, 9 and 12".
    static func lines(_ lines: [Int]) -> LocalizedText {
        var writer = BilingualWriter(capacity: 32)
        writer.write(lines: lines)
        return writer.text
    }

    /// "<img> at line 5" / "<img> នៅបន្ទាត់ទី 5".
    static func element(_ element: Element) -> LocalizedText {
        var writer = BilingualWriter(capacity: 32)
        writer.write(element)
        return writer.text
    }

    /// Shortens a student's text for quoting in a message.
    static func quote(_ text: String, limit: Int = 40) -> String {
        // Line breaks (runs of them) become one space, leading and trailing
        // ones are dropped; only the first `limit` characters are looked at.
        // No line break among the first `limit` characters, and none or a visible character
        // after them: the text is cut (or not) as it is.
        if let end = KhmerScan.offset(ofCluster: limit, in: text) {
            if end == text.utf8.count { return "\"\(text)\"" }
            if !isLineBreak(text.unicodeScalars[text.utf8.index(text.startIndex, offsetBy: end)]) {
                return "\"\(String(decoding: text.utf8.prefix(end), as: UTF8.self))…\""
            }
        }
        return quoteByCharacters(text, limit: limit)
    }

    /// ``quote(_:limit:)`` through Swift's `Character`s, for any text.
    static func quoteByCharacters(_ text: String, limit: Int) -> String {
        // Without a line break (no scalar that can begin a newline Character), the text is
        // its own flat form: cut it after `limit` characters.
        if !text.unicodeScalars.contains(where: isLineBreak) {
            guard let end = text.index(text.startIndex, offsetBy: limit, limitedBy: text.endIndex), end != text.endIndex else {
                return "\"\(text)\""
            }
            return "\"\(text[..<end])…\""
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
                guard count < limit else { return "\"\(flat)…\"" }
                flat.append(" ")
                count += 1
                pendingSpace = false
            }
            guard count < limit else { return "\"\(flat)…\"" }
            flat.append(character)
            count += 1
        }
        return "\"\(flat)\""
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
        return writer.text
    }
}
