import KruCore
import KruHTML

/// Builds a text in English and Khmer at once: each language is one string, grown in place
/// from pieces (no intermediate strings, no interpolation), turned into a ``LocalizedText``
/// at the end.
struct BilingualWriter {
    private(set) var en: String
    private(set) var km: String

    /// Khmer letters take three bytes each in UTF-8, so the Khmer string gets more room.
    init(capacity: Int = 96) {
        en = ""
        km = ""
        en.reserveCapacity(capacity)
        km.reserveCapacity(2 * capacity)
    }

    /// What has been written.
    var text: LocalizedText { LocalizedText(en: en, km: km) }

    /// Writes the same piece in both languages (a name, a quoted text, punctuation).
    mutating func write(_ both: String) {
        en.append(both)
        km.append(both)
    }

    /// Writes a piece in each language.
    mutating func write(en english: String, km khmer: String) {
        en.append(english)
        km.append(khmer)
    }

    mutating func write(_ text: LocalizedText) {
        write(en: text.en, km: text.km)
    }

    /// Writes a number with Western digits in both languages.
    mutating func write(_ number: Int) {
        write(String(number))
    }

    /// "<img> at line 5" / "<img> នៅបន្ទាត់ទី 5".
    mutating func write(_ element: Element) {
        let node = element.node
        write("<")
        write(node.name)
        write(">")
        if let line = node.location?.line {
            write(en: " at line ", km: " នៅបន្ទាត់ទី ")
            write(line)
        }
    }

    /// "at line 5", "at lines 5 and 9", "at lines 3, 5, 9, 12, 14 and 20…": the distinct
    /// lines in the order given, at most six; nothing when there are none. `lead` comes first
    /// when something is written.
    mutating func write(lines: some Sequence<Int>, lead: (en: String, km: String) = ("", "")) {
        // Six are shown; a seventh distinct line only says there are more.
        var shown: [Int] = []
        var more = false
        for line in lines where !shown.contains(line) {
            if shown.count == 6 {
                more = true
                break
            }
            shown.append(line)
        }
        guard let last = shown.last else { return }
        write(en: lead.en, km: lead.km)
        if shown.count == 1 {
            write(en: "at line ", km: "នៅបន្ទាត់ទី ")
            write(last)
            return
        }
        write(en: "at lines ", km: "នៅបន្ទាត់ទី ")
        for (index, line) in shown.dropLast().enumerated() {
            if index > 0 { write(", ") }
            write(line)
        }
        write(en: " and ", km: " និង ")
        write(last)
        if more { write("…") }
    }

    /// Writes parts separated by "; ", leaving out each part whose English is empty
    /// (with its Khmer): `writePart` writes one part.
    mutating func writeJoined<Part>(_ parts: some Sequence<Part>, _ writePart: (inout BilingualWriter, Part) -> Void) {
        var wroteAny = false
        for part in parts {
            let mark = (en: en.utf8.count, km: km.utf8.count)
            if wroteAny { write("; ") }
            let start = en.utf8.count
            writePart(&self, part)
            if en.utf8.count > start {
                wroteAny = true
            } else {
                truncate(en: mark.en, km: mark.km)
            }
        }
    }

    /// Drops what was written after the first `en` bytes of English and `km` bytes of Khmer.
    private mutating func truncate(en englishCount: Int, km khmerCount: Int) {
        en.unicodeScalars.removeSubrange(en.utf8.index(en.startIndex, offsetBy: englishCount)...)
        km.unicodeScalars.removeSubrange(km.utf8.index(km.startIndex, offsetBy: khmerCount)...)
    }
}
