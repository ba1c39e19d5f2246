import Foundation

/// Reads the constructs of raw source for ``TokenSource`` (and the charset
/// prescan), following the WHATWG tokenizer for what beginners write: tags,
/// end tags, comments, doctypes, bogus comments, text with character references.
struct SourceScanner {
    let bytes: UnsafeBufferPointer<UInt8>

    enum Construct {
        case token(HTMLToken)
        /// Consumed, but produces nothing (`</>`, a tag cut off by the end of the file).
        case nothing
    }

    /// The construct starting at `start` (a `<`) and where it ends; `nil` when the
    /// `<` is plain text. An unfinished comment, doctype or bogus comment runs to
    /// the end of the bytes; an unfinished tag is dropped (`.nothing`).
    /// In SVG or MathML (`foreign`), `<![CDATA[…]]>` is text.
    /// The attributes of a start tag are appended to `attributes` (the token holds their range).
    /// Inlined into its one caller, ``TokenSource``: called once a construct, an outlined call
    /// costs about 35 instructions, most of them moving the token it returns.
    @inline(__always)
    func construct(at start: Int, foreign: Bool, attributes: inout [HTMLAttribute]) -> (Construct, Int)? {
        let limit = bytes.count
        guard start + 1 < limit else { return nil }
        let next = bytes[start + 1]
        if foreign, matches("<![CDATA[", at: start, limit: limit) {
            let dataStart = start + 9
            guard let end = index(after: "]]>", from: dataStart) else {
                return (.token(.text(text(dataStart, limit), offset: dataStart)), limit)
            }
            return (.token(.text(text(dataStart, end - 3), offset: dataStart)), end)
        }
        if next == UInt8(ascii: "!") {
            if matches("<!--", at: start, limit: limit) { return comment(at: start) }
            if matchesIgnoringCase("<!doctype", at: start, limit: limit) {
                guard let end = find(UInt8(ascii: ">"), from: start, limit: limit) else {
                    return (doctype(start: start, end: limit, complete: false), limit)
                }
                return (doctype(start: start, end: end), end + 1)
            }
            return bogusComment(at: start, dataStart: start + 2)
        }
        if next == UInt8(ascii: "?") {
            return bogusComment(at: start, dataStart: start + 1)
        }
        if next == UInt8(ascii: "/") {
            guard start + 2 < limit else { return nil }
            let third = bytes[start + 2]
            if third == UInt8(ascii: ">") { return (.nothing, start + 3) }
            guard isASCIIAlpha(third) else { return bogusComment(at: start, dataStart: start + 2) }
            guard let end = find(UInt8(ascii: ">"), from: start, limit: limit) else { return (.nothing, limit) }
            let nameEnd = tagNameEnd(from: start + 2, limit: end)
            let (name, id) = tagName(start + 2, nameEnd)
            return (.token(.endTag(name: name, offset: start, id: id)), end + 1)
        }
        guard isASCIIAlpha(next) else { return nil }
        guard let (tag, end) = startTag(at: start, limit: limit, attributes: &attributes) else { return (.nothing, limit) }
        return (.token(.startTag(tag)), end)
    }

    private func comment(at start: Int) -> (Construct, Int) {
        let limit = bytes.count
        let dataStart = start + 4
        // `<!-->` and `<!--->` are empty comments.
        if matches(">", at: dataStart, limit: limit) { return (.token(.comment("", offset: start)), dataStart + 1) }
        if matches("->", at: dataStart, limit: limit) { return (.token(.comment("", offset: start)), dataStart + 2) }
        var index = dataStart
        while index + 2 < limit {
            if bytes[index] == UInt8(ascii: "-"), bytes[index + 1] == UInt8(ascii: "-") {
                if bytes[index + 2] == UInt8(ascii: ">") {
                    return (.token(.comment(text(dataStart, index), offset: start)), index + 3)
                }
                // `--!>` also ends a comment.
                if index + 3 < limit, bytes[index + 2] == UInt8(ascii: "!"), bytes[index + 3] == UInt8(ascii: ">") {
                    return (.token(.comment(text(dataStart, index), offset: start)), index + 4)
                }
            }
            index += 1
        }
        return (.token(.comment(text(dataStart, limit), offset: start)), limit)
    }

    private func bogusComment(at start: Int, dataStart: Int) -> (Construct, Int) {
        guard let end = find(UInt8(ascii: ">"), from: start, limit: bytes.count) else {
            return (.token(.comment(text(dataStart, bytes.count), offset: start)), bytes.count)
        }
        return (.token(.comment(text(dataStart, end), offset: start)), end + 1)
    }

    /// A doctype from `<!doctype` to `end` (its `>`, or the end of the file when
    /// `complete` is false, which forces quirks mode as in a browser).
    private func doctype(start: Int, end: Int, complete: Bool = true) -> Construct {
        var index = start + 9
        skipWhitespace(&index, limit: end)
        var nameEnd = index
        while nameEnd < end, !isWhitespace(bytes[nameEnd]) { nameEnd += 1 }
        let name = lowercased(index, nameEnd)
        index = nameEnd
        skipWhitespace(&index, limit: end)
        var publicID = ""
        var systemID = ""
        var forceQuirks = !complete || name.isEmpty
        if matchesIgnoringCase("public", at: index, limit: end) {
            index += 6
            if let (value, closed) = quoted(&index, limit: end) {
                publicID = value
                if !closed { forceQuirks = true }
                if let (value, closed) = quoted(&index, limit: end) {
                    systemID = value
                    if !closed { forceQuirks = true }
                }
            } else {
                forceQuirks = true  // `<!DOCTYPE html PUBLIC>`
            }
        } else if matchesIgnoringCase("system", at: index, limit: end) {
            index += 6
            if let (value, closed) = quoted(&index, limit: end) {
                systemID = value
                if !closed { forceQuirks = true }
            } else {
                forceQuirks = true
            }
        } else if index < end {
            forceQuirks = true  // `<!DOCTYPE html xyz>`
        }
        return .token(.doctype(name: name, publicID: publicID, systemID: systemID, forceQuirks: forceQuirks, offset: start))
    }

    /// A quoted string after optional whitespace (doctype identifiers), and
    /// whether its closing quote came before `limit`.
    private func quoted(_ index: inout Int, limit: Int) -> (value: String, closed: Bool)? {
        skipWhitespace(&index, limit: limit)
        guard index < limit, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") else { return nil }
        let quote = bytes[index]
        let close = find(quote, from: index + 1, limit: limit)
        let value = text(index + 1, close ?? limit)
        index = min((close ?? limit) + 1, limit)
        return (value, close != nil)
    }

    private func skipWhitespace(_ index: inout Int, limit: Int) {
        while index < limit, isWhitespace(bytes[index]) { index += 1 }
    }

    /// A start tag at `start`, and where it ends; `nil` when it does not end before `limit`.
    /// Its attributes are appended to `attributes` (the tag holds their range).
    func startTag(at start: Int, limit: Int, attributes: inout [HTMLAttribute]) -> (HTMLToken.StartTag, Int)? {
        let nameEnd = tagNameEnd(from: start + 1, limit: limit)
        let first = attributes.count
        guard let (end, selfClosing) = tagEnd(from: nameEnd, limit: limit, into: &attributes, reading: true) else {
            attributes.removeSubrange(first...)
            return nil
        }
        // Only a name without a tag id is kept as a string.
        let id = HTMLTag(lowercasing: UnsafeBufferPointer(rebasing: bytes[(start + 1)..<max(start + 1, nameEnd)]))
        let name = id == .other ? lowercased(start + 1, nameEnd) : ""
        let tag = HTMLToken.StartTag(name: name, id: id, attributes: first..<attributes.count, selfClosing: selfClosing, offset: start)
        return (tag, end)
    }

    /// The ``HTMLTag`` of a start tag at `start` and where the tag ends, as
    /// ``startTag(at:limit:attributes:)`` ends it, without reading its name and
    /// attributes into strings; `nil` when it does not end before `limit`.
    func startTagEnd(at start: Int, limit: Int) -> (id: HTMLTag, end: Int)? {
        let nameEnd = tagNameEnd(from: start + 1, limit: limit)
        var none: [HTMLAttribute] = []
        guard let (end, _) = tagEnd(from: nameEnd, limit: limit, into: &none, reading: false) else { return nil }
        return (HTMLTag(lowercasing: UnsafeBufferPointer(rebasing: bytes[(start + 1)..<nameEnd])), end)
    }

    /// Where a start tag at `start` ends, as ``startTag(at:limit:attributes:)`` ends it, without
    /// making strings: `visit` gets the byte ranges of each attribute's name and value (`nil`:
    /// none), in source order, repeated names included; `nil` when it does not end before `limit`.
    func startTagEnd(at start: Int, limit: Int, visitingAttributes visit: (Range<Int>, Range<Int>?) -> Void) -> Int? {
        walkAttributes(from: tagNameEnd(from: start + 1, limit: limit), limit: limit, visit)?.end
    }

    /// Reads the attributes of a start tag from the end of its name: where the tag ends and
    /// whether it closes itself (`/>`); `nil` when it does not end before `limit`. With
    /// `reading`, the attributes are appended to `attributes`, each name once.
    private func tagEnd(
        from nameEnd: Int, limit: Int, into attributes: inout [HTMLAttribute], reading: Bool
    ) -> (end: Int, selfClosing: Bool)? {
        let first = attributes.count
        return walkAttributes(from: nameEnd, limit: limit) { nameRange, valueRange in
            guard reading else { return }
            let name = lowercased(nameRange.lowerBound, nameRange.upperBound)
            if !attributes[first...].contains(where: { $0.name == name }) {
                let value = valueRange.map { CharacterReferences.decode(bytes[$0], inAttribute: true) } ?? ""
                attributes.append(HTMLAttribute(name: name, value: value))
            }
        }
    }

    /// Walks the attributes of a start tag from the end of its name, as the WHATWG tokenizer
    /// reads them, giving `visit` the byte ranges of each one's name and value (`nil`: none):
    /// where the tag ends and whether it closes itself (`/>`); `nil` when it does not end
    /// before `limit`.
    @inline(__always)
    private func walkAttributes(
        from nameEnd: Int, limit: Int, _ visit: (Range<Int>, Range<Int>?) -> Void
    ) -> (end: Int, selfClosing: Bool)? {
        var index = nameEnd
        while index < limit {
            let byte = bytes[index]
            if byte == UInt8(ascii: ">") { return (index + 1, false) }
            if isWhitespace(byte) {
                index += 1
                continue
            }
            if byte == UInt8(ascii: "/") {
                if index + 1 < limit, bytes[index + 1] == UInt8(ascii: ">") { return (index + 2, true) }
                index += 1
                continue
            }
            let attributeStart = index
            index += 1
            while index < limit, !isWhitespace(bytes[index]), bytes[index] != UInt8(ascii: "/"),
                bytes[index] != UInt8(ascii: ">"), bytes[index] != UInt8(ascii: "=")
            {
                index += 1
            }
            let attributeNameEnd = index
            var valueRange: Range<Int>?
            var probe = index
            while probe < limit, isWhitespace(bytes[probe]) { probe += 1 }
            if probe < limit, bytes[probe] == UInt8(ascii: "=") {
                probe += 1
                while probe < limit, isWhitespace(bytes[probe]) { probe += 1 }
                guard probe < limit else { return nil }
                let quote = bytes[probe]
                if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                    guard let close = find(quote, from: probe + 1, limit: limit) else { return nil }
                    valueRange = (probe + 1)..<close
                    index = close + 1
                } else {
                    var end = probe
                    while end < limit, !isWhitespace(bytes[end]), bytes[end] != UInt8(ascii: ">") { end += 1 }
                    valueRange = probe..<end
                    index = end
                }
            }
            visit(attributeStart..<attributeNameEnd, valueRange)
        }
        return nil
    }

    /// Where `</name` closing a raw-text element starts, searching from `start`.
    func endTagStart(of name: String, from start: Int) -> Int? {
        var name = name
        return name.withUTF8 { nameBytes in
            // `</name` must fit before the end: its `<` comes before `limit`.
            let limit = bytes.count - 1 - nameBytes.count
            var index = start
            while let found = find(UInt8(ascii: "<"), from: index, limit: limit) {
                if bytes[found + 1] == UInt8(ascii: "/"), matchesName(nameBytes, at: found + 2) { return found }
                index = found + 1
            }
            return nil
        }
    }

    /// Where `</script` closing a script starts, following the WHATWG script
    /// data states: inside `<!--` … `-->`, a `<script>` makes the next
    /// `</script>` part of the text (`document.write("<script></script>")`).
    func scriptEnd(from start: Int) -> Int? {
        let script: StaticString = "script"
        let name = UnsafeBufferPointer(start: script.utf8Start, count: script.utf8CodeUnitCount)
        var escaped = false
        var doubleEscaped = false
        var index = start
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "<"):
                if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "/"), matchesName(name, at: index + 2) {
                    if !doubleEscaped { return index }
                    doubleEscaped = false
                    index += 8
                    continue
                }
                if !escaped, matchesLiteral("<!--", at: index) {
                    escaped = true
                    index += 2  // the dashes may also close: `<!-->`
                    continue
                }
                if escaped, !doubleEscaped, matchesName(name, at: index + 1) {
                    doubleEscaped = true
                    index += 7
                    continue
                }
            case UInt8(ascii: "-") where escaped && matchesLiteral("-->", at: index):
                escaped = false
                doubleEscaped = false
                index += 3
                continue
            default: break
            }
            index += 1
        }
        return nil
    }

    /// Whether the bytes at `index` spell `name` (ASCII case-insensitive) followed by
    /// a character that ends a tag name.
    private func matchesName(_ name: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index + name.count <= bytes.count else { return false }
        for offset in 0..<name.count where lower(bytes[index + offset]) != name[offset] { return false }
        let after = index + name.count
        return after == bytes.count || isWhitespace(bytes[after]) || bytes[after] == UInt8(ascii: "/")
            || bytes[after] == UInt8(ascii: ">")
    }

    // MARK: - Bytes

    func matchesLiteral(_ literal: StaticString, at start: Int) -> Bool {
        matches(literal, at: start, limit: bytes.count)
    }

    /// The offset just after the next occurrence of `literal` at or after `start`.
    func index(after literal: StaticString, from start: Int) -> Int? {
        var index = start
        while index + literal.utf8CodeUnitCount <= bytes.count {
            if matches(literal, at: index, limit: bytes.count) { return index + literal.utf8CodeUnitCount }
            index += 1
        }
        return nil
    }

    func text(_ start: Int, _ end: Int) -> String {
        CharacterReferences.sourceText(bytes[start..<max(start, end)])
    }

    private func lowercased(_ start: Int, _ end: Int) -> String {
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<max(start, end)])
        guard slice.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return text(start, end) }
        return String(unsafeUninitializedCapacity: slice.count) { output in
            for index in 0..<slice.count { output[index] = lower(slice[index]) }
            return slice.count
        }
    }

    /// A tag's lower-case name and its ``HTMLTag``: known names are shared strings, not new ones.
    func tagName(_ start: Int, _ end: Int) -> (String, HTMLTag) {
        let tag = HTMLTag(lowercasing: UnsafeBufferPointer(rebasing: bytes[start..<max(start, end)]))
        return tag == .other ? (lowercased(start, end), .other) : (tag.name, tag)
    }

    private func tagNameEnd(from start: Int, limit: Int) -> Int {
        var index = start
        while index < limit, !isWhitespace(bytes[index]), bytes[index] != UInt8(ascii: "/"), bytes[index] != UInt8(ascii: ">") {
            index += 1
        }
        return index
    }

    /// The first `byte` in `start..<limit`, or `nil`.
    func find(_ byte: UInt8, from start: Int, limit: Int) -> Int? {
        guard start < limit, let base = bytes.baseAddress,
            let found = memchr(base + start, Int32(byte), limit - start)
        else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    private func matches(_ literal: StaticString, at start: Int, limit: Int) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard start + count <= limit else { return false }
        let pointer = literal.utf8Start
        for offset in 0..<count where bytes[start + offset] != pointer[offset] { return false }
        return true
    }

    private func matchesIgnoringCase(_ literal: StaticString, at start: Int, limit: Int) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard start + count <= limit else { return false }
        let pointer = literal.utf8Start
        for offset in 0..<count where lower(bytes[start + offset]) != pointer[offset] { return false }
        return true
    }
}

@inline(__always) func isWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
}

@inline(__always) func isASCIIAlpha(_ byte: UInt8) -> Bool {
    let folded = byte | 0x20
    return folded >= 0x61 && folded <= 0x7A
}

@inline(__always) func lower(_ byte: UInt8) -> UInt8 {
    byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
}
