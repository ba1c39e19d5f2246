/// One pass over the bytes of a file (without a byte-order mark) that tells
/// what decoding them needs: whether they look binary (exactly as
/// ``TextDecoding/looksBinary(_:)`` decides), else whether they are valid
/// UTF-8 (exactly as the standard library decides) and whether they are all
/// ASCII.
///
/// Replaces three passes (the binary test, the standard library's
/// validation, and its second validation when the `String` is made): text
/// found valid here becomes a `String` without being validated again.
package enum UTF8Scan {
    /// What the bytes are.
    package enum Verdict: Hashable, Sendable {
        /// Valid UTF-8 that does not look binary.
        case text(isASCII: Bool)
        /// NUL or many control characters in the first 8 KiB.
        case binary
        /// Not valid UTF-8 (and not binary).
        case invalid
    }

    /// How many leading bytes the binary test reads.
    static let binaryWindow = 8192

    /// Reads the bytes once, eight at a time where they are ASCII letters,
    /// digits and punctuation.
    package static func verdict(_ bytes: UnsafeBufferPointer<UInt8>) -> Verdict {
        guard let base = bytes.baseAddress else { return .text(isASCII: true) }
        let count = bytes.count
        let window = min(count, binaryWindow)
        var controls = 0
        var isASCII = true
        var index = 0
        while index < count {
            if index + 8 <= count {
                // The lowest byte of the word that is below 0x20 or from 0x80 up ("has less than"
                // is exact for the lowest flagged byte: no borrow reaches it from below).
                let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                let flagged = ((word &- 0x2020_2020_2020_2020) & ~word | word) & 0x8080_8080_8080_8080
                if flagged == 0 {
                    index += 8
                    continue
                }
                index += flagged.trailingZeroBitCount / 8
            }
            var byte = base[index]
            if byte < 0x80 {
                if byte < 0x20, index < window {
                    if byte == 0 { return .binary }
                    if byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C { controls += 1 }
                }
                index += 1
                continue
            }
            isASCII = false
            // A run of multi-byte sequences (a word of Khmer) is read without looking at words.
            repeat {
                if isCommonThreeByteSequence(base, at: index, count: count) {
                    index += 3
                    guard index < count else { break }
                    byte = base[index]
                    continue
                }
                let length = sequenceLength(base, at: index, count: count)
                guard length > 0 else {
                    // Binary wins over invalid, whatever follows in the first 8 KiB.
                    return TextDecoding.looksBinary(bytes) ? .binary : .invalid
                }
                index += length
                guard index < count else { break }
                byte = base[index]
            } while byte >= 0x80
        }
        return controls * 10 > window ? .binary : .text(isASCII: isASCII)
    }

    /// Whether a well-formed three-byte sequence (Khmer, most scripts of Asia) starts at
    /// `index` with a lead other than 0xE0 (overlong forms) and 0xED (surrogates): then any
    /// two continuation bytes are well-formed, tested on four bytes at once. Other sequences,
    /// and the last three bytes, go through ``sequenceLength(_:at:count:)``.
    @inline(__always)
    private static func isCommonThreeByteSequence(_ base: UnsafePointer<UInt8>, at index: Int, count: Int) -> Bool {
        guard index + 4 <= count else { return false }
        let bytes = UInt32(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt32.self))
        let lead = base[index]
        return bytes & 0x00C0_C0F0 == 0x0080_80E0 && lead != 0xE0 && lead != 0xED
    }

    /// The length of the well-formed UTF-8 sequence of two to four bytes that
    /// starts at `index` (a byte from 0x80 up), or 0 when it is not one
    /// (Unicode Table 3-7: no overlong forms, no surrogates, nothing past
    /// U+10FFFF). Three-byte sequences (Khmer) are tested first.
    @inline(__always)
    private static func sequenceLength(_ base: UnsafePointer<UInt8>, at index: Int, count: Int) -> Int {
        let lead = base[index]
        if lead & 0xF0 == 0xE0 {
            guard index + 3 <= count, isContinuation(base[index + 2]) else { return 0 }
            let second = base[index + 1]
            switch lead {
            case 0xE0: return second >= 0xA0 && second <= 0xBF ? 3 : 0
            case 0xED: return second >= 0x80 && second <= 0x9F ? 3 : 0
            default: return isContinuation(second) ? 3 : 0
            }
        }
        if lead & 0xE0 == 0xC0 {
            guard lead >= 0xC2, index + 2 <= count else { return 0 }
            return isContinuation(base[index + 1]) ? 2 : 0
        }
        guard lead >= 0xF0, lead <= 0xF4, index + 4 <= count else { return 0 }
        let second = base[index + 1]
        let low: UInt8 = lead == 0xF0 ? 0x90 : 0x80
        let high: UInt8 = lead == 0xF4 ? 0x8F : 0xBF
        guard second >= low, second <= high, isContinuation(base[index + 2]), isContinuation(base[index + 3]) else { return 0 }
        return 4
    }

    @inline(__always)
    private static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }

    /// The text of bytes known to be valid UTF-8 (``verdict(_:)`` found them to be
    /// `.text(isASCII:)`, or kru wrote them from whole strings), made without validating
    /// them again. `isASCII`: whether they are all ASCII, when known (else it is worked
    /// out, as `String` keeps it for its fast paths).
    package static func string(_ bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool? = nil) -> String {
        // `UTF8Span` is new in Swift 6.2's standard library (on Apple systems, their 26 releases).
        if #available(macOS 26, *) {
            var text = unsafe UTF8Span(unchecked: bytes.span, isKnownASCII: isASCII ?? false)
            if isASCII == nil { _ = text.checkForASCII() }
            return String(copying: text)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
