/// Attribute value comparisons on UTF-8 bytes (code point by code point, as browsers compare;
/// never Unicode canonical equivalence), optionally ASCII case-insensitive.
enum ValueMatching {
    /// The HTML attributes whose values selectors compare ASCII case-insensitively in HTML
    /// documents (HTML §4.16.2 "Case-sensitivity of selectors"; Chromium's list).
    static let caseInsensitiveAttributes: Set<String> = [
        "accept", "accept-charset", "align", "alink", "axis", "bgcolor", "charset", "checked", "clear",
        "codetype", "color", "compact", "declare", "defer", "dir", "direction", "disabled", "enctype",
        "face", "frame", "hreflang", "http-equiv", "lang", "language", "link", "media", "method",
        "multiple", "nohref", "noresize", "noshade", "nowrap", "readonly", "rel", "rev", "rules",
        "scope", "scrolling", "selected", "shape", "target", "text", "type", "valign", "valuetype",
        "vlink",
    ]

    static func matches(
        _ op: AttributeSelector.Operator, value: String, needle: String, ignoringCase: Bool
    ) -> Bool {
        var value = value
        var needle = needle
        return value.withUTF8 { haystack in
            needle.withUTF8 { needle in
                compare(op, haystack, needle, ignoringCase)
            }
        }
    }

    /// Whether two strings are identical code point by code point.
    static func equal(_ lhs: String, _ rhs: String) -> Bool {
        matches(.equals, value: lhs, needle: rhs, ignoringCase: false)
    }

    private static func compare(
        _ op: AttributeSelector.Operator, _ value: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>,
        _ ignoringCase: Bool
    ) -> Bool {
        switch op {
        case .equals:
            return value.count == needle.count && same(value, 0, needle, 0, needle.count, ignoringCase)
        case .prefix:
            return !needle.isEmpty && value.count >= needle.count && same(value, 0, needle, 0, needle.count, ignoringCase)
        case .suffix:
            return !needle.isEmpty && value.count >= needle.count
                && same(value, value.count - needle.count, needle, 0, needle.count, ignoringCase)
        case .substring:
            guard !needle.isEmpty, value.count >= needle.count else { return false }
            for start in 0...(value.count - needle.count)
            where same(value, start, needle, 0, needle.count, ignoringCase) {
                return true
            }
            return false
        case .dashMatch:
            guard value.count >= needle.count, same(value, 0, needle, 0, needle.count, ignoringCase) else { return false }
            return value.count == needle.count || value[needle.count] == UInt8(ascii: "-")
        case .includes:
            guard !needle.isEmpty, !needle.contains(where: isWhitespace) else { return false }
            var start = 0
            while start < value.count {
                while start < value.count && isWhitespace(value[start]) { start += 1 }
                var end = start
                while end < value.count && !isWhitespace(value[end]) { end += 1 }
                if end - start == needle.count && same(value, start, needle, 0, needle.count, ignoringCase) {
                    return true
                }
                start = end
            }
            return false
        }
    }

    private static func same(
        _ a: UnsafeBufferPointer<UInt8>, _ aStart: Int, _ b: UnsafeBufferPointer<UInt8>, _ bStart: Int, _ count: Int,
        _ ignoringCase: Bool
    ) -> Bool {
        if ignoringCase {
            for offset in 0..<count where lower(a[aStart + offset]) != lower(b[bStart + offset]) { return false }
        } else {
            for offset in 0..<count where a[aStart + offset] != b[bStart + offset] { return false }
        }
        return true
    }

    private static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
    }

    /// ASCII whitespace: space, tab, LF, FF, CR.
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }
}
