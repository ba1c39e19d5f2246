import CLibXML2
import KruCore

/// Decodes character references (`&amp;`, `&#169;`, `&copy`) the way the
/// WHATWG tokenizer does, for text kru reads from the source itself (text
/// libxml2 skipped, `<title>`/`<textarea>` content, attributes of tags libxml2
/// dropped). Names come from libxml2's HTML 4 entity table plus `&apos;`.
enum CharacterReferences {
    static func decode(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, inAttribute: Bool = false) -> String {
        guard bytes.contains(UInt8(ascii: "&")) else { return String(decoding: bytes, as: UTF8.self) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "&"),
                let (scalar, length) = reference(bytes[(index + 1)...], inAttribute: inAttribute)
            else {
                output.append(byte)
                index += 1
                continue
            }
            output.append(contentsOf: Array(String(scalar).utf8))
            index += 1 + length
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The scalar a reference after `&` stands for and how many bytes it uses.
    private static func reference(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, inAttribute: Bool) -> (Unicode.Scalar, Int)? {
        guard let first = bytes.first else { return nil }
        if first == UInt8(ascii: "#") { return numeric(bytes.dropFirst()).map { ($0.0, $0.1 + 1) } }
        var end = bytes.startIndex
        while end < bytes.endIndex, isAlphanumeric(bytes[end]) { end += 1 }
        guard end > bytes.startIndex else { return nil }
        let name = Array(bytes[bytes.startIndex..<end])
        if end < bytes.endIndex, bytes[end] == UInt8(ascii: ";"), let scalar = lookup(name) {
            return (scalar, name.count + 1)
        }
        // Legacy references may omit the semicolon (`&copy 2024`, `&nbsp`), longest match first.
        var length = name.count
        while length > 1 {
            let prefix = Array(name[..<length])
            if let scalar = lookup(prefix), scalar.value <= 0xFF, isLegacy(prefix) {
                let next = length < name.count ? name[length] : (end < bytes.endIndex ? bytes[end] : 0)
                if inAttribute, isAlphanumeric(next) || next == UInt8(ascii: "=") { return nil }
                return (scalar, length)
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

    private static func lookup(_ name: [UInt8]) -> Unicode.Scalar? {
        switch name {
        case Array("apos".utf8): return "'"
        case Array("AMP".utf8): return "&"
        case Array("LT".utf8): return "<"
        case Array("GT".utf8): return ">"
        case Array("QUOT".utf8): return "\""
        case Array("COPY".utf8): return "\u{A9}"
        case Array("REG".utf8): return "\u{AE}"
        default: break
        }
        let entity = (name + [0]).withUnsafeBufferPointer { htmlEntityLookup($0.baseAddress) }
        guard let entity else { return nil }
        return Unicode.Scalar(entity.pointee.value)
    }

    /// References a browser decodes without a semicolon: the Latin-1 ones.
    private static func isLegacy(_ name: [UInt8]) -> Bool {
        name != Array("apos".utf8)
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
    }
}
