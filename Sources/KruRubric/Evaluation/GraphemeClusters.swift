/// Counts user-perceived characters the way browsers do (`Intl.Segmenter` in Chromium,
/// Unicode 17 extended grapheme clusters).
///
/// Swift's `Character` follows Unicode 15.1, whose rule GB9c keeps a consonant cluster
/// (consonant + virama + consonant) together only for six Indic scripts. Unicode 17 adds
/// Khmer: a consonant (or independent vowel, U+1780–U+17B3), the coeng sign U+17D2 and the
/// subscript consonant after it are one cluster (`ខ្ញុំ` is one character, not two), as
/// Chromium counts them. This joins such Swift characters.
///
/// Text made only of ASCII, Khmer and a few format characters (what students write) is
/// segmented by ``KhmerScan`` straight from its scalars; any other text goes through Swift's
/// `Character`s, which give the same answer more slowly.
enum GraphemeClusters {
    /// The clusters of `text` that are not whitespace.
    static func visibleCount(_ text: String) -> Int {
        KhmerScan.visibleCount(text, joiningConjuncts: true, stopAtFirst: false) ?? characterVisibleCount(text)
    }

    /// ``visibleCount(_:)`` through Swift's `Character`s, for any text.
    static func characterVisibleCount(_ text: String) -> Int {
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
        if let count = KhmerScan.visibleCount(text, joiningConjuncts: true, stopAtFirst: true) { return count > 0 }
        return text.contains { !$0.isWhitespace }
    }

    /// Whether `next` continues the cluster of `previous` through a Khmer coeng: `previous`
    /// starts with a Khmer letter and ends with U+17D2 (then only marks or ZWJ), `next`
    /// starts with a Khmer letter.
    static func joinsKhmerConjunct(_ previous: Character, _ next: Character) -> Bool {
        guard let first = previous.unicodeScalars.first, KhmerScan.isKhmerLetter(first.value),
              let start = next.unicodeScalars.first, KhmerScan.isKhmerLetter(start.value) else { return false }
        for scalar in previous.unicodeScalars.reversed() {
            if scalar.value == 0x17D2 { return true }
            guard scalar.value == 0x200D || scalar.properties.generalCategory == .nonspacingMark else { return false }
        }
        return false
    }
}

/// Grapheme cluster segmentation of text written in ASCII and Khmer, read from its Unicode
/// scalars without Swift's general (and much slower) `Character` machinery.
///
/// Within this repertoire only a few rules of UAX #29 apply: CR LF stays together (GB3);
/// a break comes before and after a control (GB4, GB5); nothing breaks before an extending
/// mark, a spacing mark or ZWJ (GB9, GB9a); everything else breaks (GB999). The scan also
/// tells where a Khmer letter after a coeng joins the cluster before (the conjunct join of
/// ``GraphemeClusters/joinsKhmerConjunct(_:_:)``); the callers decide whether to count it.
/// Any other scalar makes the scan give up
/// (`nil`), and the caller falls back to `Character`s.
enum KhmerScan {
    /// How a scalar takes part in segmentation.
    private enum Kind: Equatable {
        case control, carriageReturn, lineFeed
        /// Starts a cluster (it is not a Khmer letter); `whitespace` for Unicode White_Space.
        case base(whitespace: Bool)
        /// Never breaks before it (GB9, GB9a). `nonspacing` for Mn and ZWJ, which keep a coeng
        /// pending; `coeng` for U+17D2.
        case mark(nonspacing: Bool, coeng: Bool)
    }

    static func isKhmerLetter(_ value: UInt32) -> Bool { (0x1780...0x17B3).contains(value) }

    /// For a Khmer sign U+17B4…U+17DD (given as its distance from U+1780): whether it is a
    /// nonspacing mark and whether it is the coeng U+17D2, or `nil` for the symbols
    /// U+17D4…U+17DC (which start clusters). One bit each: the spacing marks are U+17B6,
    /// U+17BE…U+17C5, U+17C7 and U+17C8.
    @inline(__always)
    private static func khmerMark(_ khmer: UInt32) -> (nonspacing: Bool, coeng: Bool)? {
        let bit = UInt64(1) << UInt64(khmer - 0x34)
        if bit == 1 << 0x1E { return (true, true) }
        if bit & 0x1FF_0000_0000 != 0 { return nil }
        return (bit & 0x1B_FC04 == 0, false)
    }

    /// The kind of a scalar other than printable ASCII and U+1780…U+17DD (the Khmer letters and
    /// signs), which the scan classifies itself; `nil` outside the repertoire.
    private static func kind(_ value: UInt32) -> Kind? {
        switch value {
        case 0x0D: return .carriageReturn
        case 0x0A: return .lineFeed
        case 0x20, 0xA0: return .base(whitespace: true)
        case 0x00...0x1F, 0x7F...0x9F, 0x200B: return .control
        case 0x17E0...0x17E9, 0x17F0...0x17F9, 0x19E0...0x19FF: return .base(whitespace: false)
        case 0x200C: return .mark(nonspacing: false, coeng: false)  // ZWNJ: extends, but is Cf
        case 0x200D: return .mark(nonspacing: true, coeng: false)   // ZWJ
        default: return nil
        }
    }

    /// Walks the clusters of `text` (as Swift's `Character`s split it, without the conjunct
    /// join), calling `cluster(whitespace, lineBreak, offset, joinsConjunct)` at the start of
    /// each: whether its first scalar is White_Space, whether it is a line break (U+000A…U+000D,
    /// U+0085), the UTF-8 offset of that scalar, and whether it is a Khmer letter that joins the
    /// cluster before through a coeng (no break with the conjunct join). `cluster` returns
    /// `false` to stop. Returns `false` when `text` leaves the repertoire (nothing is promised
    /// about the calls made before).
    @inline(__always)
    private static func clusters(
        _ text: String,
        _ cluster: (_ whitespace: Bool, _ lineBreak: Bool, _ offset: Int, _ joinsConjunct: Bool) -> Bool
    ) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            // What came before, as far as the rules above ask: nothing or a control (after which
            // everything breaks, GB4, like at the start), a CR (then LF joins it, GB3), whether the
            // current cluster starts with a Khmer letter, and whether a coeng waits for the letter
            // it joins.
            var afterControl = true
            var afterCarriageReturn = false
            var startsWithLetter = false
            var coengPending = false
            var offset = 0
            let count = bytes.count
            while offset < count {
                let lead = bytes[offset]
                // Printable ASCII always starts a cluster (GB999; a mark never comes before it).
                if lead &- 0x21 < 0x5E {
                    startsWithLetter = false
                    guard cluster(false, false, offset, false) else { return true }
                    coengPending = false
                    afterControl = false
                    afterCarriageReturn = false
                    offset += 1
                    continue
                }
                // U+1780…U+17DD (E1 9E 80…E1 9F 9D), Khmer letters and signs: classified in place.
                if lead == 0xE1, offset + 2 < count {
                    let second = bytes[offset + 1], third = bytes[offset + 2]
                    if second == 0x9E || (second == 0x9F && third <= 0x9D) {
                        let khmer = UInt32(second & 1) << 6 | UInt32(third & 0x3F)
                        if khmer < 0x34 {
                            // A letter: it joins the cluster of a pending coeng (pending only after
                            // a mark, never after a control).
                            startsWithLetter = true
                            guard cluster(false, false, offset, coengPending) else { return true }
                            coengPending = false
                        } else if let (nonspacing, coeng) = khmerMark(khmer) {
                            if afterControl {
                                startsWithLetter = false
                                guard cluster(false, false, offset, false) else { return true }
                            }
                            coengPending = coeng ? startsWithLetter : coengPending && nonspacing
                        } else {
                            // A symbol (U+17D4…U+17DC) starts a cluster of its own.
                            startsWithLetter = false
                            guard cluster(false, false, offset, false) else { return true }
                            coengPending = false
                        }
                        afterControl = false
                        afterCarriageReturn = false
                        offset += 3
                        continue
                    }
                }
                // Any other scalar, decoded: ASCII, the two bytes of U+0080…U+07FF or the three of
                // U+0800…U+FFFF. Anything longer is outside the repertoire.
                let value: UInt32
                let width: Int
                if lead < 0x80 {
                    value = UInt32(lead)
                    width = 1
                } else if lead & 0xE0 == 0xC0, offset + 1 < count {
                    value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[offset + 1] & 0x3F)
                    width = 2
                } else if lead & 0xF0 == 0xE0, offset + 2 < count {
                    value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[offset + 1] & 0x3F) << 6 | UInt32(bytes[offset + 2] & 0x3F)
                    width = 3
                } else {
                    return false
                }
                guard let kind = kind(value) else { return false }
                switch kind {
                case .base(let whitespace):
                    startsWithLetter = false
                    guard cluster(whitespace, false, offset, false) else { return true }
                    coengPending = false
                    afterControl = false
                    afterCarriageReturn = false
                case .mark(let nonspacing, let coeng):
                    // Nothing breaks before a mark (GB9, GB9a) but a control does (GB4).
                    if afterControl {
                        startsWithLetter = false
                        guard cluster(false, false, offset, false) else { return true }
                    }
                    coengPending = coeng ? startsWithLetter : coengPending && nonspacing
                    afterControl = false
                    afterCarriageReturn = false
                case .control, .carriageReturn, .lineFeed:
                    // A break before and after a control (GB4, GB5), except inside CR LF (GB3).
                    if !(afterCarriageReturn && kind == .lineFeed) {
                        startsWithLetter = false
                        // The controls that are White_Space: U+0009…U+000D and U+0085.
                        let lineBreak = (0x0A...0x0D).contains(value) || value == 0x85
                        guard cluster(lineBreak || value == 0x09, lineBreak, offset, false) else { return true }
                    }
                    coengPending = false
                    afterControl = true
                    afterCarriageReturn = kind == .carriageReturn
                }
                offset += width
            }
            return true
        }
    }

    /// The clusters of `text` that are not whitespace (as far as the first one when
    /// `stopAtFirst`), or `nil` when `text` leaves the repertoire.
    static func visibleCount(_ text: String, joiningConjuncts: Bool, stopAtFirst: Bool) -> Int? {
        var count = 0
        let complete = clusters(text) { whitespace, _, _, joinsConjunct in
            if !whitespace && !(joiningConjuncts && joinsConjunct) { count += 1 }
            return !(stopAtFirst && count > 0)
        }
        return complete ? count : nil
    }

    /// The UTF-8 offset where `text`'s cluster number `limit` (from 0) starts, as Swift's
    /// `Character`s split it: `text.utf8.count` when it has at most `limit` clusters; `nil`
    /// when `text` leaves the repertoire or a line break comes before that cluster.
    static func offset(ofCluster limit: Int, in text: String) -> Int? {
        measure(text, clusterLimit: limit, counting: false)?.clusterEnd
    }

    /// ``visibleCount(_:joiningConjuncts:stopAtFirst:)`` (with the join) and
    /// ``offset(ofCluster:in:)`` of one text, in one pass; `nil` when `text` leaves the repertoire.
    static func measure(_ text: String, clusterLimit limit: Int) -> (visible: Int, clusterEnd: Int?)? {
        measure(text, clusterLimit: limit, counting: true)
    }

    /// ``measure(_:clusterLimit:)``, which stops at the cluster `limit` (or a line break before
    /// it) unless `counting`.
    @inline(__always)
    private static func measure(_ text: String, clusterLimit limit: Int, counting: Bool) -> (visible: Int, clusterEnd: Int?)? {
        var visible = 0
        var seen = 0
        var end: Int? = text.utf8.count
        var ended = false
        let complete = clusters(text) { whitespace, lineBreak, offset, joinsConjunct in
            if !ended {
                if seen == limit {
                    end = offset
                    ended = true
                } else if lineBreak {
                    end = nil
                    ended = true
                } else {
                    seen += 1
                }
            }
            if !whitespace && !joinsConjunct { visible += 1 }
            return counting || !ended
        }
        return complete ? (visible, end) : nil
    }
}
