import Foundation
import KruCore

/// Decodes character references (`&amp;`, `&#169;`, `&copy`, `&check;`) the
/// way the WHATWG tokenizer does, for all text and attribute values kru reads
/// from the source. Names come from the full WHATWG table
/// (``NamedCharacterReferences``), so HTML5-only names decode as in a browser.
enum CharacterReferences {
    /// The text of a stretch of the parsed source, which must be valid UTF-8 (the bytes of a
    /// Swift string): a stretch that starts and ends between characters, as every stretch the
    /// scanner cuts at ASCII bytes does, is copied without validating it again; another is
    /// decoded as usual (U+FFFD for a cut character).
    static func sourceText(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        let source = bytes.base
        let buffer = UnsafeBufferPointer(rebasing: bytes)
        guard bytes.startIndex >= source.count || source[bytes.startIndex] & 0xC0 != 0x80,
            bytes.endIndex >= source.count || source[bytes.endIndex] & 0xC0 != 0x80
        else { return String(decoding: buffer, as: UTF8.self) }
        return UTF8Scan.string(buffer, isASCII: false)
    }

    /// The text of `bytes` with its character references decoded. `isSource`: the bytes are
    /// a stretch of the parsed source (valid UTF-8, see ``sourceText(_:)``); otherwise (raw
    /// bytes of a file not yet decoded) invalid bytes become U+FFFD.
    static func decode(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, inAttribute: Bool = false, isSource: Bool = true) -> String {
        let buffer = UnsafeBufferPointer(rebasing: bytes)
        guard let base = buffer.baseAddress, memchr(base, Int32(UInt8(ascii: "&")), buffer.count) != nil else {
            return isSource ? sourceText(bytes) : String(decoding: buffer, as: UTF8.self)
        }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "&"),
                let (text, length) = reference(bytes[(index + 1)...], inAttribute: inAttribute)
            else {
                output.append(byte)
                index += 1
                continue
            }
            output.append(contentsOf: Array(text.utf8))
            index += 1 + length
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The text a reference after `&` stands for and how many bytes it uses.
    private static func reference(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, inAttribute: Bool) -> (String, Int)? {
        guard let first = bytes.first else { return nil }
        if first == UInt8(ascii: "#") { return numeric(bytes.dropFirst()).map { (String($0.0), $0.1 + 1) } }
        var end = bytes.startIndex
        while end < bytes.endIndex, isAlphanumeric(bytes[end]) { end += 1 }
        guard end > bytes.startIndex else { return nil }
        let name = String(decoding: bytes[bytes.startIndex..<end], as: UTF8.self)
        if end < bytes.endIndex, bytes[end] == UInt8(ascii: ";"), let text = NamedCharacterReferences.table[name + ";"] {
            return (text, name.utf8.count + 1)
        }
        // Legacy references may omit the semicolon (`&copy 2024`, `&nbsp`), longest match first.
        let nameBytes = Array(name.utf8)
        var length = min(nameBytes.count, NamedCharacterReferences.longestLegacyName)
        while length > 1 {
            if let text = NamedCharacterReferences.table[String(decoding: nameBytes[..<length], as: UTF8.self)] {
                let next = length < nameBytes.count ? nameBytes[length] : (end < bytes.endIndex ? bytes[end] : 0)
                if inAttribute, isAlphanumeric(next) || next == UInt8(ascii: "=") { return nil }
                return (text, length)
            }
            length -= 1
        }
        return nil
    }

    private static func numeric(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> (Unicode.Scalar, Int)? {
        var index = bytes.startIndex
        var hex = false
        if index < bytes.endIndex, bytes[index] | 0x20 == UInt8(ascii: "x") {
            hex = true
            index += 1
        }
        let digitsStart = index
        var value: UInt32 = 0
        while index < bytes.endIndex {
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f") where hex: digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F") where hex: digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: digit = 99
            }
            if digit == 99 { break }
            value = min(value * (hex ? 16 : 10) + digit, 0x110000)
            index += 1
        }
        guard index > digitsStart else { return nil }
        var length = index - bytes.startIndex
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: ";") { length += 1 }
        if (0x80...0x9F).contains(value), let mapped = Windows1252.scalar(forByte: UInt8(value)) {
            return (mapped, length)
        }
        guard value != 0, let scalar = Unicode.Scalar(value) else { return ("\u{FFFD}", length) }
        return (scalar, length)
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
    }
}
