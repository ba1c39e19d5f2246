/// Counts user-perceived characters the way browsers do (`Intl.Segmenter` in Chromium,
/// Unicode 17 extended grapheme clusters).
///
/// Swift's `Character` follows Unicode 15.1, whose rule GB9c keeps a consonant cluster
/// (consonant + virama + consonant) together only for six Indic scripts. Unicode 17 adds
/// Khmer: a consonant (or independent vowel, U+1780–U+17B3), the coeng sign U+17D2 and the
/// subscript consonant after it are one cluster (`ខ្ញុំ` is one character, not two), as
/// Chromium counts them. This joins such Swift characters.
enum GraphemeClusters {
    /// The clusters of `text` that are not whitespace.
    static func visibleCount(_ text: String) -> Int {
        if let ascii = asciiVisibleCount(text) { return ascii }
        var count = 0
        var previous: Character?
        for character in text {
            defer { previous = character }
            if let previous, joinsKhmerConjunct(previous, character) { continue }
            if !character.isWhitespace { count += 1 }
        }
        return count
    }

    /// Whether `text` has a cluster that is not whitespace (`visibleCount(text) > 0`), looking
    /// only as far as the first one: a cluster joined to the one before it through a Khmer
    /// coeng follows a counted cluster, so the first non-whitespace cluster is always counted.
    static func hasVisible(_ text: String) -> Bool {
        text.contains { !$0.isWhitespace }
    }

    /// The count for pure-ASCII text, read from its UTF-8 bytes (`nil` when `text` is not
    /// ASCII). Every ASCII character is its own cluster except CR LF, and both are whitespace;
    /// the ASCII whitespace characters are U+0009–U+000D and U+0020.
    private static func asciiVisibleCount(_ text: String) -> Int? {
        var count = 0
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            if byte != 0x20 && !(0x09...0x0D).contains(byte) { count += 1 }
        }
        return count
    }

    /// Whether `next` continues the cluster of `previous` through a Khmer coeng: `previous`
    /// starts with a Khmer letter and ends with U+17D2 (then only marks or ZWJ), `next`
    /// starts with a Khmer letter.
    static func joinsKhmerConjunct(_ previous: Character, _ next: Character) -> Bool {
        guard let first = previous.unicodeScalars.first, isKhmerLetter(first),
              let start = next.unicodeScalars.first, isKhmerLetter(start) else { return false }
        for scalar in previous.unicodeScalars.reversed() {
            if scalar.value == 0x17D2 { return true }
            guard scalar.value == 0x200D || scalar.properties.generalCategory == .nonspacingMark else { return false }
        }
        return false
    }

    private static func isKhmerLetter(_ scalar: Unicode.Scalar) -> Bool {
        (0x1780...0x17B3).contains(scalar.value)
    }
}
