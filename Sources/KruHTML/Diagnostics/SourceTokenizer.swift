#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An attribute as written in the source, as byte offsets (its name is read
/// with the context's `name(of:)`).
struct SourceAttribute: Hashable, Sendable {
    /// Byte offset of the name's first character.
    var nameOffset: Int
    /// Byte offset just after the name. The name may hold junk such as a
    /// stray quote when the source is broken.
    var nameEnd: Int
    /// The raw value's bounds (`valueStart` is -1 when there is no `=`).
    private var valueStart = -1
    private var valueEnd = -1
    /// The opening quote character, or 0 when the value is not quoted.
    private var quoteByte: UInt8 = 0
    /// The value's opening quote was, by every sign, never closed as the author meant
    /// (the value ran to the end of the file, swallowed markup, or the next
    /// attribute starts with a quote).
    var missingClosingQuote = false
    /// See ``swallowedUpTo`` (-1: none).
    private var swallowedEnd = -1

    init(nameOffset: Int, nameEnd: Int) {
        self.nameOffset = nameOffset
        self.nameEnd = nameEnd
    }

    /// The bytes of the raw value (character references not decoded); `nil` when there is no `=`.
    var value: Range<Int>? {
        get { valueStart >= 0 ? valueStart..<valueEnd : nil }
        set {
            valueStart = newValue?.lowerBound ?? -1
            valueEnd = newValue?.upperBound ?? -1
        }
    }

    /// Sets a quoted value: the opening `quote` is just before `value`.
    mutating func setQuotedValue(_ value: Range<Int>, quote: UInt8) {
        self.value = value
        quoteByte = quote
    }

    /// The quote character (`"` or `'`) when the value is quoted.
    var quote: UInt8? { quoteByte != 0 ? quoteByte : nil }
    /// Byte offset of the opening quote, when quoted.
    var quoteOffset: Int? { quoteByte != 0 ? valueStart - 1 : nil }

    /// Byte offset of the quote the browser took as the closing one, when the
    /// value swallowed text up to a later quote.
    var swallowedUpTo: Int? {
        get { swallowedEnd >= 0 ? swallowedEnd : nil }
        set { swallowedEnd = newValue ?? -1 }
    }
}

/// A start or end tag as written in the source.
struct SourceTag: Hashable, Sendable {
    var name: TagName
    /// What kru knows about the name.
    var traits: TagTraits
    var isEndTag: Bool
    /// Byte offset of the `<`.
    var start: Int
    /// Byte offset just after the `>` (or the end of the input).
    var end: Int
    /// The tag's attributes: indices into ``SourceMarkup/attributes``.
    var attributes: Range<Int>
    /// Written `<x/>`.
    var selfClosing = false
    /// Inside `<svg>` or `<math>`, where `/>` closes elements and names are not HTML names.
    var inForeignContent = false
    /// The input ended inside the tag: browsers drop such a tag.
    var droppedAtEndOfFile = true
    /// The tag has no `>`: another tag starts (`<`) where its next attribute
    /// would be. The tag is taken to end there, as the author meant.
    var missingGreaterThan = false
    /// A start tag of a raw-text element (`<script>`, `<style>`, `<title>`,
    /// `<textarea>` …) whose end tag never comes: the rest of the file is its text.
    var rawTextRunsToEndOfFile = false
    /// One of the tag's attribute values is quoted (only such a value can miss its closing quote).
    var hasQuotedValue = false
}

/// What comes first in a page, before its first tag or text: whether it
/// starts with a doctype.
enum Prologue: Hashable, Sendable {
    /// The page holds nothing but whitespace and comments (and no doctype).
    case empty
    /// A doctype comes before any tag or text (only whitespace and comments before it).
    case doctypeFirst
    /// A tag or text comes before any doctype; `lateDoctype` is the offset of
    /// the `<` of the first doctype after it, if there is one.
    case contentFirst(lateDoctype: Int?)
}

/// What the diagnostics read from the raw source: every start and end tag
/// in order, their attributes, their names, and the few facts about the rest
/// of the markup that rules ask about.
struct SourceMarkup: Sendable {
    /// Every start and end tag of the source in order (tags the browser drops
    /// at the end of the file included; check ``SourceTag/droppedAtEndOfFile``).
    var tags: [SourceTag] = []
    /// The attributes of every tag, one tag after another.
    var attributes: [SourceAttribute] = []
    var names = TagNames()
    var prologue = Prologue.empty
    /// The offset of the `<` of a `<!--` comment the input ended inside.
    var unclosedComment: Int?
    /// What kinds of tags there are.
    var summary = TagSummary()

    /// Empties the markup for another page, keeping the memory of its arrays.
    mutating func removeAll() {
        tags.removeAll(keepingCapacity: true)
        // Many pages have no attribute.
        if !attributes.isEmpty { attributes.removeAll(keepingCapacity: true) }
        names.removeAll()
        prologue = .empty
        unclosedComment = nil
        summary = TagSummary()
    }
}

/// A set of ASCII bytes below 64 as the bits of one number, so that the
/// tokenizer's loops test a byte without a chain of comparisons.
struct ByteClass {
    let bits: UInt64

    @inline(__always)
    func contains(_ byte: UInt8) -> Bool { byte < 64 && (bits >> UInt64(byte)) & 1 != 0 }

    /// HTML whitespace: tab, line feed, form feed, carriage return, space.
    static var whitespace: ByteClass { ByteClass(bits: 1 << 0x09 | 1 << 0x0A | 1 << 0x0C | 1 << 0x0D | 1 << 0x20) }
    /// What ends a tag name: whitespace, `/` or `>`.
    static var tagNameEnd: ByteClass { ByteClass(bits: whitespace.bits | 1 << 0x2F | 1 << 0x3E) }
    /// What ends an attribute name: whitespace, `/`, `>` or `=`.
    static var attributeNameEnd: ByteClass { ByteClass(bits: tagNameEnd.bits | 1 << 0x3D) }
    /// What ends an unquoted attribute value: whitespace or `>`.
    static var unquotedValueEnd: ByteClass { ByteClass(bits: whitespace.bits | 1 << 0x3E) }
}

/// A small HTML tokenizer over the raw source bytes that keeps byte offsets,
/// so diagnostics can point at the exact `<`, attribute or quote.
///
/// It follows the WHATWG tokenizer where beginners' pages need it: tags and
/// attributes (quoted, unquoted, missing values), comments, doctype, bogus
/// comments, raw-text elements (`<script>`, `<style>`, `<textarea>`,
/// `<title>` …) and `<svg>`/`<math>` content. One deliberate difference: when
/// an attribute value is missing its closing quote and has swallowed a `>`,
/// the tag is cut at that `>`, as the author meant, so the tags after it are
/// judged as written instead of as a cascade of made-up errors; likewise a
/// tag missing its `>` ends where the next `<` starts.
///
/// Text is not kept: only whether text that is not whitespace comes before
/// the doctype (``SourceMarkup/prologue``).
struct SourceTokenizer {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    private var foreignDepth = 0
    private var markup = SourceMarkup()
    /// Kept while tokenizing: every tag asks them.
    private let tagTable = HTMLTagTable.shared
    private let traitsByTag = TagTraits.byTag

    /// The markup of `source`.
    static func tokenize(_ source: String) -> SourceMarkup {
        var markup = SourceMarkup()
        tokenize(source, into: &markup)
        return markup
    }

    /// Reads `source` into `markup`, which is empty (``SourceMarkup/removeAll()``): its
    /// arrays' memory is reused.
    static func tokenize(_ source: String, into markup: inout SourceMarkup) {
        var source = source
        source.withUTF8 { bytes in
            var tokenizer = SourceTokenizer(bytes: bytes)
            // Moved in and out, not copied.
            swap(&tokenizer.markup, &markup)
            // About one tag per 20 bytes on a beginner's page; more are made room for as they come.
            tokenizer.markup.tags.reserveCapacity(min(bytes.count / 20, 1024) + 8)
            tokenizer.markup.attributes.reserveCapacity(min(bytes.count / 40, 512) + 4)
            tokenizer.run()
            swap(&tokenizer.markup, &markup)
        }
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// What kru knows about a tag name.
    @inline(__always)
    private func traits(_ name: TagName) -> TagTraits { TagNames.traits(name, in: traitsByTag) }

    // MARK: Bytes

    private static let lessThan = UInt8(ascii: "<")
    private static let greaterThan = UInt8(ascii: ">")
    private static let slash = UInt8(ascii: "/")
    private static let equals = UInt8(ascii: "=")
    private static let doubleQuote = UInt8(ascii: "\"")
    private static let singleQuote = UInt8(ascii: "'")
    private static let dash = UInt8(ascii: "-")

    @inline(__always)
    static func isWhitespace(_ byte: UInt8) -> Bool { ByteClass.whitespace.contains(byte) }

    @inline(__always)
    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    @inline(__always)
    private static func lowercased(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

    /// Eight bytes packed in a number with their ASCII upper-case letters made
    /// lower-case at once (other bytes, non-ASCII ones included, unchanged).
    @inline(__always)
    static func lowercasedASCII(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let heptets = word & (0x7F &* ones)
        // The high bit of each byte: set where the byte is at least `A`, and where it is past `Z`.
        let atLeastA = heptets &+ (0x80 - 0x41) &* ones
        let pastZ = heptets &+ (0x80 - 0x5B) &* ones
        let upperCase = atLeastA & ~pastZ & ~word & (0x80 &* ones)
        return word | (upperCase >> 2)
    }

    /// Whether the bytes at `offset` are `literal` (ASCII letters of the source
    /// compared as lower-case when `caseInsensitive`; `literal` is lower-case).
    private func matches(_ literal: StaticString, at offset: Int, caseInsensitive: Bool = false) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard offset + count <= bytes.count else { return false }
        let expected = literal.utf8Start
        for index in 0..<count {
            let byte = caseInsensitive ? Self.lowercased(bytes[offset + index]) : bytes[offset + index]
            if byte != expected[index] { return false }
        }
        return true
    }

    /// The next `byte` at or after `offset`, searched with `memchr` (for long runs of text).
    private func scan(for byte: UInt8, from offset: Int) -> Int? { Self.scan(bytes, for: byte, from: offset) }

    /// The next `<` at or after `offset`. Markup often follows at once or after
    /// a line break (`</li>\n<li>`): the first bytes are looked at before `memchr` is asked.
    @inline(__always)
    private func nextLessThan(from offset: Int) -> Int? {
        var index = offset
        while index < bytes.count, index < offset + 4 {
            if bytes[index] == Self.lessThan { return index }
            index += 1
        }
        return scan(for: Self.lessThan, from: index)
    }

    /// The first `byte` of `bytes` at or after `offset`, searched with `memchr`.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, for byte: UInt8, from offset: Int) -> Int? {
        guard offset < bytes.count, let base = bytes.baseAddress,
            let found = memchr(base + offset, Int32(byte), bytes.count - offset)
        else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
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

    // MARK: Data

    private mutating func run() {
        var textStart = 0
        while position < bytes.count {
            guard let lessThan = nextLessThan(from: position) else {
                position = bytes.count
                break
            }
            if consumeMarkup(at: lessThan, textStart: textStart) {
                textStart = position
            } else {
                position = lessThan + 1
            }
        }
        flushText(from: textStart, to: bytes.count)
    }

    /// Text between `start` and `end`: it matters only before the first tag or
    /// text, where a page that is not blank has content before its doctype.
    @inline(__always)
    private mutating func flushText(from start: Int, to end: Int) {
        guard start < end, case .empty = markup.prologue else { return }
        noteText(from: start, to: end)
    }

    private mutating func noteText(from start: Int, to end: Int) {
        // A byte order mark at the very start is not text.
        let hasBOM = start == 0 && end >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        var index = hasBOM ? 3 : start
        while index < end {
            if !Self.isWhitespace(bytes[index]) {
                markup.prologue = .contentFirst(lateDoctype: nil)
                return
            }
            index += 1
        }
    }

    @inline(__always)
    private mutating func noteContent() {
        if case .empty = markup.prologue { markup.prologue = .contentFirst(lateDoctype: nil) }
    }

    private mutating func noteDoctype(at offset: Int) {
        switch markup.prologue {
        case .empty: markup.prologue = .doctypeFirst
        case .contentFirst(nil): markup.prologue = .contentFirst(lateDoctype: offset)
        case .doctypeFirst, .contentFirst: break
        }
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
        if matches("<!--", at: offset) {
            // `<!-->` and `<!--->` are complete (empty) comments.
            if matches("<!-->", at: offset) {
                position = offset + 5
                return
            }
            if matches("<!--->", at: offset) {
                position = offset + 6
                return
            }
            var search = offset + 4
            while let dash = firstIndex(of: Self.dash, from: search) {
                if dash + 1 < bytes.count, bytes[dash + 1] == Self.dash {
                    if matches("-->", at: dash) {
                        position = dash + 3
                        return
                    }
                    if matches("--!>", at: dash) {
                        position = dash + 4
                        return
                    }
                }
                search = dash + 1
            }
            markup.unclosedComment = offset
            position = bytes.count
            return
        }
        if matches("<!doctype", at: offset, caseInsensitive: true) {
            noteDoctype(at: offset)
            position = (firstIndex(of: Self.greaterThan, from: offset) ?? bytes.count - 1) + 1
            return
        }
        if foreignDepth > 0, matches("<![CDATA[", at: offset) {
            noteContent()
            var search = offset + 9
            position = bytes.count
            while let bracket = firstIndex(of: UInt8(ascii: "]"), from: search) {
                if matches("]]>", at: bracket) {
                    position = bracket + 3
                    break
                }
                search = bracket + 1
            }
            return
        }
        readBogusComment(at: offset, contentStart: offset + 2)
    }

    private mutating func readBogusComment(at offset: Int, contentStart: Int) {
        position = (firstIndex(of: Self.greaterThan, from: contentStart).map { $0 + 1 }) ?? bytes.count
    }

    // MARK: Tags

    /// Reads a start or end tag; most are written `<name>` or `</name>`, which are read at once.
    @inline(__always)
    private mutating func readTag(at offset: Int, isEndTag: Bool) {
        let (name, nameEnd) = readTagName(from: offset + (isEndTag ? 2 : 1))
        guard nameEnd < bytes.count, bytes[nameEnd] == Self.greaterThan else {
            readTag(at: offset, isEndTag: isEndTag, name: name, nameEnd: nameEnd)
            return
        }
        noteContent()
        let attributes = markup.attributes.count
        let tag = SourceTag(
            name: name, traits: traits(name), isEndTag: isEndTag, start: offset, end: nameEnd + 1,
            attributes: attributes..<attributes, droppedAtEndOfFile: false)
        if isEndTag { add(endTag: tag) } else { add(startTag: tag, nameEnd: nameEnd) }
    }

    /// Reads any tag whose name, ending at `nameEnd`, is read.
    @inline(never)
    private mutating func readTag(at offset: Int, isEndTag: Bool, name: TagName, nameEnd: Int) {
        noteContent()
        var tag = parseTag(at: offset, isEndTag: isEndTag, name: name, nameEnd: nameEnd)
        if tag.hasQuotedValue { repairMissingQuote(in: &tag) }
        if tag.isEndTag {
            add(endTag: tag)
        } else if tag.droppedAtEndOfFile {
            position = tag.end
            markup.summary.note(tag)
            markup.tags.append(tag)
        } else {
            add(startTag: tag, nameEnd: nameEnd)
        }
    }

    /// Adds a complete start tag whose name ends at `nameEnd`, noting whether it is inside `<svg>`
    /// or `<math>`, and skips the text of a raw-text element.
    @inline(__always)
    private mutating func add(startTag: SourceTag, nameEnd: Int) {
        var tag = startTag
        position = tag.end
        let traits = tag.traits
        let foreignRoot = tag.name == .svg || tag.name == .math
        if foreignDepth > 0, traits.contains(.foreignBreakout) { foreignDepth = 0 }
        tag.inForeignContent = foreignDepth > 0 || foreignRoot
        if foreignRoot, !tag.selfClosing { foreignDepth += 1 }
        markup.summary.note(tag)
        if foreignDepth == 0, traits.contains(.rawText) || tag.name == .plaintext {
            let contentEnd = tag.name == .plaintext ? nil : rawTextEnd(named: (tag.start + 1)..<nameEnd, from: tag.end)
            tag.rawTextRunsToEndOfFile = contentEnd == nil
            markup.tags.append(tag)
            position = contentEnd ?? bytes.count
            return
        }
        markup.tags.append(tag)
    }

    /// Adds an end tag, noting whether it is inside `<svg>` or `<math>`.
    @inline(__always)
    private mutating func add(endTag: SourceTag) {
        var tag = endTag
        position = tag.end
        tag.inForeignContent = foreignDepth > 0
        if foreignDepth > 0, tag.name == .svg || tag.name == .math { foreignDepth -= 1 }
        markup.summary.note(tag)
        markup.tags.append(tag)
    }

    /// Where the end tag of a raw-text element starts (`</script` followed by
    /// whitespace, `/` or `>`), or `nil` when the file ends first. `name` is
    /// where its start tag's name is written (in any case).
    private func rawTextEnd(named name: Range<Int>, from offset: Int) -> Int? {
        var search = offset
        candidates: while let candidate = scan(for: Self.lessThan, from: search) {
            search = candidate + 1
            let after = candidate + 2 + name.count
            guard after <= bytes.count, bytes[candidate + 1] == Self.slash else { continue }
            for index in 0..<name.count
            where Self.lowercased(bytes[candidate + 2 + index]) != Self.lowercased(bytes[name.lowerBound + index]) {
                continue candidates
            }
            if after >= bytes.count { return candidate }
            let byte = bytes[after]
            if Self.isWhitespace(byte) || byte == Self.slash || byte == Self.greaterThan { return candidate }
        }
        return nil
    }

    /// The name of a tag that starts at `start` (with a letter), and where it ends.
    @inline(__always)
    private mutating func readTagName(from start: Int) -> (TagName, end: Int) {
        // Most names are shorter than 8 bytes: their end is found in the next 8 bytes at once, and they are
        // looked up by those bytes packed into a number.
        if start + 8 <= bytes.count {
            let word = UnsafeRawPointer(bytes.baseAddress! + start).loadUnaligned(as: UInt64.self)
            let ends = Self.possibleNameEnds(UInt64(littleEndian: word))
            if ends != 0 {
                let length = ends.trailingZeroBitCount / 8
                // A control character other than whitespace (or a 0, which a packed name cannot hold)
                // may be the first byte below `!`: then the name is read byte by byte.
                if ByteClass.tagNameEnd.contains(bytes[start + length]) {
                    let key = UInt64(littleEndian: word) & (UInt64.max >> (64 - 8 * UInt64(length)))
                    let name = markup.names.intern(
                        lowercasing: UnsafeBufferPointer(rebasing: bytes[start..<(start + length)]),
                        packed: Self.lowercasedASCII(key), in: tagTable)
                    return (name, start + length)
                }
            }
        }
        var index = start
        var packed: UInt64 = 0
        var shift: UInt64 = 0
        var packs = true
        while index < bytes.count {
            let byte = bytes[index]
            if ByteClass.tagNameEnd.contains(byte) { break }
            if shift < 64, byte != 0 {
                packed |= UInt64(byte) << shift
                shift += 8
            } else {
                packs = false
            }
            index += 1
        }
        let name = markup.names.intern(
            lowercasing: UnsafeBufferPointer(rebasing: bytes[start..<index]),
            packed: packs ? Self.lowercasedASCII(packed) : nil, in: tagTable)
        return (name, index)
    }

    /// The bytes of `word` (8 bytes, the first lowest) that may end a tag
    /// name, as their high bits: every byte below `!` (whitespace among them),
    /// `/` and `>`. Only the lowest bit set is exact (higher ones may be wrong).
    @inline(__always)
    static func possibleNameEnds(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        func zeroBytes(_ value: UInt64) -> UInt64 { (value &- ones) & ~value & high }
        let below = (word &- 0x21 &* ones) & ~word & high
        return below | zeroBytes(word ^ (0x2F &* ones)) | zeroBytes(word ^ (0x3E &* ones))
    }

    /// Parses a tag as the WHATWG tokenizer does (its name, ending at `nameEnd`, is read), appending
    /// its attributes to the markup.
    @inline(__always)
    private mutating func parseTag(at offset: Int, isEndTag: Bool, name: TagName, nameEnd: Int) -> SourceTag {
        let limit = bytes.count
        var index = nameEnd
        let firstAttribute = markup.attributes.count
        var tag = SourceTag(
            name: name, traits: traits(name), isEndTag: isEndTag, start: offset, end: limit,
            attributes: firstAttribute..<firstAttribute)
        scan: while index < limit {
            let byte = bytes[index]
            if Self.isWhitespace(byte) {
                index += 1
                continue
            }
            if byte == Self.greaterThan {
                tag.end = index + 1
                tag.droppedAtEndOfFile = false
                break scan
            }
            if byte == Self.slash {
                if index + 1 < limit, bytes[index + 1] == Self.greaterThan {
                    tag.selfClosing = true
                    tag.end = index + 2
                    tag.droppedAtEndOfFile = false
                    break scan
                }
                index += 1
                continue
            }
            if byte == Self.lessThan {
                tag.missingGreaterThan = true
                tag.end = index
                tag.droppedAtEndOfFile = false
                break scan
            }
            // Attribute name; a leading `=` belongs to the name.
            let attributeStart = index
            index += 1
            while index < limit, !ByteClass.attributeNameEnd.contains(bytes[index]) { index += 1 }
            var attribute = SourceAttribute(nameOffset: attributeStart, nameEnd: index)
            var afterName = index
            while afterName < limit, Self.isWhitespace(bytes[afterName]) { afterName += 1 }
            guard afterName < limit, bytes[afterName] == Self.equals else {
                markup.attributes.append(attribute)
                index = afterName
                continue
            }
            index = afterName + 1
            while index < limit, Self.isWhitespace(bytes[index]) { index += 1 }
            guard index < limit else {
                markup.attributes.append(attribute)
                break scan
            }
            let first = bytes[index]
            if first == Self.doubleQuote || first == Self.singleQuote {
                tag.hasQuotedValue = true
                if let close = scan(for: first, from: index + 1) {
                    attribute.setQuotedValue((index + 1)..<close, quote: first)
                    index = close + 1
                } else {
                    attribute.setQuotedValue((index + 1)..<limit, quote: first)
                    attribute.missingClosingQuote = true
                    markup.summary.hasMissingClosingQuote = true
                    index = limit
                }
            } else if first == Self.greaterThan {
                attribute.value = index..<index
            } else {
                let valueStart = index
                while index < limit, !ByteClass.unquotedValueEnd.contains(bytes[index]) { index += 1 }
                attribute.value = valueStart..<index
            }
            markup.attributes.append(attribute)
        }
        tag.attributes = firstAttribute..<markup.attributes.count
        return tag
    }

    /// Finds a quoted value that, by every sign, misses its closing quote:
    /// it runs to the end of the file, the attribute after it starts with a
    /// stray quote, or it spans lines and holds markup. When such a value holds
    /// a `>`, the tag is re-read up to that `>`.
    private mutating func repairMissingQuote(in tag: inout SourceTag) {
        for index in tag.attributes {
            let attribute = markup.attributes[index]
            guard attribute.quoteOffset != nil, let value = attribute.value else { continue }
            var suspicious = attribute.missingClosingQuote
            // A stray quote in the attributes after it, before the next quoted value.
            var next = index + 1
            while !suspicious, next < tag.attributes.upperBound {
                let following = markup.attributes[next]
                suspicious = Self.containsQuote(following.nameOffset..<following.nameEnd, in: bytes)
                    || (following.quoteOffset == nil && following.value.map { Self.containsQuote($0, in: bytes) } == true)
                if following.quoteOffset != nil { break }
                next += 1
            }
            if !suspicious {
                suspicious = containsLineBreak(value) && holdsMarkup(value)
            }
            guard suspicious else { continue }
            let closingQuote = attribute.missingClosingQuote ? nil : value.upperBound
            markup.attributes[index].missingClosingQuote = true
            markup.summary.hasMissingClosingQuote = true
            markup.attributes[index].swallowedUpTo = closingQuote
            guard let greaterThan = firstIndex(of: Self.greaterThan, from: value.lowerBound, before: value.upperBound)
            else { return }
            markup.attributes.removeSubrange((index + 1)...)
            tag.attributes = tag.attributes.lowerBound..<(index + 1)
            var valueEnd = greaterThan
            var selfClosing = false
            if greaterThan > value.lowerBound, bytes[greaterThan - 1] == Self.slash, !tag.isEndTag {
                valueEnd -= 1
                selfClosing = true
            }
            markup.attributes[index].value = value.lowerBound..<valueEnd
            tag.selfClosing = selfClosing
            tag.end = greaterThan + 1
            tag.droppedAtEndOfFile = false
            return
        }
    }

    /// Whether the text of `range` has a character that is a quote (`"` or
    /// `'`) on its own: a quote that a combining mark joins is another character.
    static func containsQuote(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var found = false
        var ascii = true
        for index in range {
            let byte = bytes[index]
            if byte == doubleQuote || byte == singleQuote { found = true }
            if byte >= 0x80 { ascii = false }
        }
        guard found, !ascii else { return found }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
            .contains { $0 == "\"" || $0 == "'" }
    }

    /// Whether the text of `range` has a line break character other than `\r\n`
    /// (which is one character): a lone `\n` or `\r`.
    private func containsLineBreak(_ range: Range<Int>) -> Bool {
        for index in range {
            let byte = bytes[index]
            if byte == 0x0A, index == range.lowerBound || bytes[index - 1] != 0x0D { return true }
            if byte == 0x0D, index + 1 == range.upperBound || bytes[index + 1] != 0x0A { return true }
        }
        return false
    }

    /// Whether a value holds something that looks like a tag (`<p`, `</a`, `<!--`).
    private func holdsMarkup(_ range: Range<Int>) -> Bool {
        guard range.count > 1 else { return false }
        for index in range.lowerBound..<(range.upperBound - 1) where bytes[index] == Self.lessThan {
            let next = bytes[index + 1]
            if Self.isASCIILetter(next) || next == Self.slash || next == UInt8(ascii: "!") { return true }
        }
        return false
    }
}
