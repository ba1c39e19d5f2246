import Foundation

/// Finds the encoding a page declares, as Chromium does: the WHATWG "prescan
/// a byte stream to determine its encoding" algorithm (`<meta charset="…">` or
/// `<meta http-equiv="Content-Type" content="…; charset=…">`) over the first
/// 1024 bytes, and past them for as long as only head content (`<title>`,
/// `<link>`, `<style>`, `<script>`, comments …) has been seen.
enum CharsetPrescan {
    /// Bytes always searched, whatever they hold.
    static let bytesCheckedUnconditionally = 1024

    /// Tags that keep the search in the head (for end tags, without `html` and `head`).
    private static func isHeadTag(_ tag: HTMLTag) -> Bool {
        switch tag {
        case .script, .noscript, .style, .link, .meta, .object, .title, .base: return true
        default: return false
        }
    }

    /// The declared label (lower-case, trimmed), or `nil` when the page declares none.
    static func declaredCharset(in buffer: UnsafeBufferPointer<UInt8>) -> String? {
        guard containsMetaTag(buffer) else { return nil }
        let scanner = SourceScanner(bytes: buffer)
        var inHead = true
        var index = 0
        while index < buffer.count {
            if !inHead, index >= bytesCheckedUnconditionally { return nil }
            guard buffer[index] == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            if scanner.matchesLiteral("<!--", at: index) {
                index = scanner.index(after: "-->", from: index + 4) ?? buffer.count
                continue
            }
            let next = index + 1 < buffer.count ? buffer[index + 1] : 0
            if isASCIIAlpha(next) || (next == UInt8(ascii: "/") && index + 2 < buffer.count && isASCIIAlpha(buffer[index + 2])) {
                let isEndTag = next == UInt8(ascii: "/")
                let start = isEndTag ? index + 1 : index
                // Only a `<meta>`'s attributes matter: other tags are read without them (a tag
                // ends in the same place either way). A `<meta>` is known from its name's bytes.
                if !isEndTag, namesMeta(buffer, at: index + 1) {
                    var attributes: [HTMLAttribute] = []
                    guard let (_, end) = scanner.startTag(at: start, limit: buffer.count, attributes: &attributes) else { return nil }
                    if let label = charset(of: attributes) { return label }
                    // A head tag: the search stays in the head.
                    index = end
                    continue
                }
                guard let (id, end) = scanner.startTagEnd(at: start, limit: buffer.count) else { return nil }
                if !isHeadTag(id), isEndTag || (id != .html && id != .head) { inHead = false }
                index = end
                continue
            }
            if next == UInt8(ascii: "!") || next == UInt8(ascii: "/") || next == UInt8(ascii: "?") {
                index = scanner.index(after: ">", from: index + 1) ?? buffer.count
                continue
            }
            index += 1
        }
        return nil
    }

    /// Whether a `<meta` tag (in any case) occurs in the bytes: only a `<meta>` declares a
    /// charset, so most pages need no prescan.
    static func containsMetaTag(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = buffer.baseAddress else { return false }
        var index = 0
        while index < buffer.count, let found = memchr(base + index, Int32(UInt8(ascii: "<")), buffer.count - index) {
            index = UnsafeRawPointer(found) - UnsafeRawPointer(base) + 1
            if namesMeta(buffer, at: index) { return true }
        }
        return false
    }

    /// Whether the tag name at `index` is `meta` (in any case): the name ends where
    /// ``SourceScanner`` ends it, at whitespace, `/`, `>` or the end of the bytes.
    private static func namesMeta(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index + 4 <= buffer.count, lower(buffer[index]) == UInt8(ascii: "m"), lower(buffer[index + 1]) == UInt8(ascii: "e"),
            lower(buffer[index + 2]) == UInt8(ascii: "t"), lower(buffer[index + 3]) == UInt8(ascii: "a")
        else { return false }
        guard index + 4 < buffer.count else { return true }
        let after = buffer[index + 4]
        return isWhitespace(after) || after == UInt8(ascii: "/") || after == UInt8(ascii: ">")
    }

    private static func charset(of attributes: [HTMLAttribute]) -> String? {
        if let charset = attributes.first(where: { $0.name == "charset" })?.value {
            return normalized(charset)
        }
        guard attributes.first(where: { $0.name == "http-equiv" })?.value.lowercased() == "content-type",
            let content = attributes.first(where: { $0.name == "content" })?.value
        else { return nil }
        return charset(inContent: content)
    }

    /// The charset in a `Content-Type` value: `text/html; charset=windows-1252`.
    static func charset(inContent content: String) -> String? {
        let lower = content.lowercased()
        guard let range = lower.range(of: "charset") else { return nil }
        var rest = lower[range.upperBound...].drop { $0 == " " || $0 == "\t" || $0 == "\n" }
        guard rest.first == "=" else { return charset(inContent: String(lower[range.upperBound...])) }
        rest = rest.dropFirst().drop { $0 == " " || $0 == "\t" || $0 == "\n" }
        if let quote = rest.first, quote == "\"" || quote == "'" {
            let body = rest.dropFirst()
            guard let close = body.firstIndex(of: quote) else { return nil }
            return normalized(String(body[..<close]))
        }
        let value = rest.prefix { $0 != ";" && $0 != " " && $0 != "\t" && $0 != "\n" }
        return value.isEmpty ? nil : normalized(String(value))
    }

    private static func normalized(_ label: String) -> String? {
        // Labels of printable ASCII (all real ones) need no trimming.
        let plain = label.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F }
        let trimmed = (plain ? label : label.trimmingHTMLWhitespace()).lowercased()
        if trimmed.isEmpty { return nil }
        // A page cannot declare itself UTF-16 in ASCII bytes: browsers read UTF-8.
        if trimmed.hasPrefix("utf-16") || trimmed == "x-user-defined" { return "utf-8" }
        return trimmed
    }
}
