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
        var count = 0
        var previous: Character?
        for character in text {
            defer { previous = character }
            if let previous, joinsKhmerConjunct(previous, character) { continue }
            if !character.isWhitespace { count += 1 }
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
