import KruCore
import KruHTML

/// Builds a text in English and Khmer at once. Each language is a ``UTF8Buffer`` grown in place
/// from pieces (appending bytes costs a fraction of appending to a `String`) and becomes a
/// `String` once, in ``take()``. One writer can build many texts: its buffers keep their room.
struct BilingualWriter: ~Copyable {
    private var en: UTF8Buffer
    private var km: UTF8Buffer

    /// Khmer letters take three bytes each in UTF-8, so the Khmer buffer gets more room.
    init(capacity: Int = 128) {
        en = UTF8Buffer(capacity: capacity)
        km = UTF8Buffer(capacity: 3 * capacity)
    }

    /// What has been written, after which the writer is empty again.
    mutating func take() -> LocalizedText {
        let text = LocalizedText(en: en.string(), km: km.string())
        en.truncate(to: 0)
        km.truncate(to: 0)
        return text
    }

    /// Writes the same fixed piece (punctuation, a keyword) in both languages.
    @inline(__always)
    mutating func write(_ both: StaticString) {
        let bytes = UnsafeBufferPointer(start: both.utf8Start, count: both.utf8CodeUnitCount)
        en.append(bytes)
        km.append(bytes)
    }

    /// Writes a fixed piece in each language.
    @inline(__always)
    mutating func write(en english: StaticString, km khmer: StaticString) {
        write(en: english)
        write(km: khmer)
    }

    /// Writes a fixed piece in English only.
    @inline(__always)
    mutating func write(en english: StaticString) {
        en.append(UnsafeBufferPointer(start: english.utf8Start, count: english.utf8CodeUnitCount))
    }

    /// Writes a fixed piece in Khmer only.
    @inline(__always)
    mutating func write(km khmer: StaticString) {
        km.append(UnsafeBufferPointer(start: khmer.utf8Start, count: khmer.utf8CodeUnitCount))
    }

    /// Writes the same text (a name, a student's text) in both languages.
    @inline(__always)
    mutating func write(both text: String) {
        // Straight from the string's bytes: a `Substring` of it costs more than the copy.
        var text = text
        text.withUTF8 { write(both: $0) }
    }

    /// Writes the same part of a text in both languages.
    @inline(__always)
    mutating func write(both text: Substring) {
        var text = text
        text.withUTF8 { write(both: $0) }
    }

    /// Writes the same UTF-8 bytes (whole characters) in both languages.
    @inline(__always)
    private mutating func write(both bytes: UnsafeBufferPointer<UInt8>) {
        en.append(bytes)
        km.append(bytes)
    }

    mutating func write(_ text: LocalizedText) {
        var english = text.en, khmer = text.km
        english.withUTF8 { en.append($0) }
        khmer.withUTF8 { km.append($0) }
    }

    /// Writes a number with Western digits in both languages.
    mutating func write(_ number: Int) {
        let start = en.count
        Self.append(number, to: &en)
        en.withBytes(from: start) { km.append($0) }
    }

    /// Writes a number in English only.
    mutating func write(en number: Int) {
        Self.append(number, to: &en)
    }

    /// Writes a number in Khmer only (with Western digits, as Cambodian code editors show them).
    mutating func write(km number: Int) {
        Self.append(number, to: &km)
    }

    /// The decimal digits of `number` (with a minus sign when it is negative).
    private static func append(_ number: Int, to buffer: inout UTF8Buffer) {
        if number < 0 { buffer.append(UInt8(ascii: "-")) }
        let magnitude = number.magnitude
        var divisor: UInt = 1
        while divisor <= magnitude / 10 { divisor *= 10 }
        var rest = magnitude
        while divisor > 0 {
            buffer.append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }

    /// "<img> at line 5" / "<img> នៅបន្ទាត់ទី 5".
    mutating func write(_ element: Element) {
        // The node is read once, in place; a known tag's name is written from its packed bytes.
        let (tag, line) = element.document.withNodes { ($0[element.id.index].tagNumber, $0[element.id.index].locationLine) }
        write("<")
        if tag != 0, let packed = TagNames.packedName(ofTag: tag) {
            en.append(packed: packed)
            km.append(packed: packed)
        } else {
            write(both: element.document.withNodes { $0[element.id.index].name })
        }
        write(">")
        if let line {
            write(en: " at line ", km: " នៅបន្ទាត់ទី ")
            write(line)
        }
    }

    /// A student's text in quotes, shortened as ``Phrases/shortened(_:limit:)`` says;
    /// `quoteEnd`, when given, is where the quote of ``Phrases/quoteLimit`` characters ends
    /// (`KhmerScan.offset(ofCluster:in:)`).
    mutating func write(quoting text: String, quoteEnd: Int? = nil) {
        let (shown, cut) = quoteEnd.map { Phrases.shortened(text, limit: Phrases.quoteLimit, clusterEnd: $0) }
            ?? Phrases.shortened(text, limit: Phrases.quoteLimit)
        write("\"")
        write(both: shown)
        write(cut ? "…\"" : "\"")
    }

    /// "at line 5", "at lines 5 and 9", "at lines 3, 5, 9, 12, 14 and 20…": the distinct
    /// lines in the order given, at most six; nothing when there are none. `lead` comes first
    /// when something is written.
    mutating func write(lines: some Sequence<Int>, lead: (en: StaticString, km: StaticString) = ("", "")) {
        // Six are shown; a seventh distinct line only says there are more. They are gathered
        // on the stack: a message is written for nearly every check.
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 6) { shown in
            var count = 0
            var more = false
            for line in lines where !shown[..<count].contains(line) {
                if count == 6 {
                    more = true
                    break
                }
                shown[count] = line
                count += 1
            }
            guard count > 0 else { return }
            let last = shown[count - 1]
            write(en: lead.en, km: lead.km)
            if count == 1 {
                write(en: "at line ", km: "នៅបន្ទាត់ទី ")
                write(last)
                return
            }
            write(en: "at lines ", km: "នៅបន្ទាត់ទី ")
            for index in 0..<(count - 1) {
                if index > 0 { write(", ") }
                write(shown[index])
            }
            write(en: " and ", km: " និង ")
            write(last)
            if more { write("…") }
        }
    }

    /// Writes parts separated by "; ", leaving out each part whose English is empty
    /// (with its Khmer): `writePart` writes one part.
    mutating func writeJoined<Part>(_ parts: some Sequence<Part>, _ writePart: (inout BilingualWriter, Part) -> Void) {
        var wroteAny = false
        for part in parts {
            let mark = (en: en.count, km: km.count)
            if wroteAny { write("; ") }
            let start = en.count
            writePart(&self, part)
            if en.count > start {
                wroteAny = true
            } else {
                en.truncate(to: mark.en)
                km.truncate(to: mark.km)
            }
        }
    }
}
