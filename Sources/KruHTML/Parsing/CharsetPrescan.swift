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
        // Only a `<` starts something to read: the search jumps from one to the next.
        while let found = scanner.find(UInt8(ascii: "<"), from: index, limit: buffer.count) {
            index = found
            if !inHead, index >= bytesCheckedUnconditionally { return nil }
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
                    var meta = MetaAttributes()
                    guard let end = scanner.startTagEnd(at: start, limit: buffer.count, visitingAttributes: { name, value in
                        meta.note(name: buffer[name], value: value)
                    }) else { return nil }
                    if let label = meta.charset(in: buffer) { return label }
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
                index = scanner.find(UInt8(ascii: ">"), from: index + 1, limit: buffer.count).map { $0 + 1 } ?? buffer.count
                continue
            }
            index += 1
        }
        return nil
    }

    /// The attributes of a `<meta>` that may declare a charset, as byte ranges of their values
    /// (an empty range: no value): the first `charset`, `http-equiv` and `content`, as a tag's
    /// attributes keep the first of each name.
    private struct MetaAttributes {
        var charset: Range<Int>?
        var httpEquiv: Range<Int>?
        var content: Range<Int>?

        /// Keeps the value of an attribute named `charset`, `http-equiv` or `content` (in any case)
        /// unless one of that name came before.
        mutating func note(name: Slice<UnsafeBufferPointer<UInt8>>, value: Range<Int>?) {
            let value = value ?? 0..<0
            if charset == nil, name.count == 7, matches(name, "charset") {
                charset = value
            } else if httpEquiv == nil, name.count == 10, matches(name, "http-equiv") {
                httpEquiv = value
            } else if content == nil, name.count == 7, matches(name, "content") {
                content = value
            }
        }

        private func matches(_ name: Slice<UnsafeBufferPointer<UInt8>>, _ lowerCase: StaticString) -> Bool {
            var offset = 0
            for byte in name {
                if lower(byte) != lowerCase.utf8Start[offset] { return false }
                offset += 1
            }
            return true
        }

        /// The declared label: the `charset` value, else the charset in the `content` value of an
        /// `http-equiv="Content-Type"` (values decoded as attribute values are; the bytes are the
        /// file's, not yet known to be UTF-8).
        func charset(in buffer: UnsafeBufferPointer<UInt8>) -> String? {
            func text(_ range: Range<Int>) -> String {
                CharacterReferences.decode(buffer[range], inAttribute: true, isSource: false)
            }
            if let charset { return CharsetPrescan.normalized(text(charset)) }
            guard let httpEquiv, let content, text(httpEquiv).lowercased() == "content-type" else { return nil }
            return CharsetPrescan.charset(inContent: text(content))
        }
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

    fileprivate static func normalized(_ label: String) -> String? {
        // Labels of printable ASCII (all real ones) need no trimming.
        func isPlain(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F }
        func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
        let (plain, upper) = label.utf8.withContiguousStorageIfAvailable { ($0.allSatisfy(isPlain), $0.contains(where: isUpper)) }
            ?? (label.utf8.allSatisfy(isPlain), label.utf8.contains(where: isUpper))
        // A plain label without capitals (`utf-8`, nearly every page) is already lower-case.
        let trimmed = plain && !upper ? label : (plain ? label : label.trimmingHTMLWhitespace()).lowercased()
        if trimmed.isEmpty { return nil }
        // A page cannot declare itself UTF-16 in ASCII bytes: browsers read UTF-8.
        if trimmed.hasPrefix("utf-16") || trimmed == "x-user-defined" { return "utf-8" }
        return trimmed
    }
}
