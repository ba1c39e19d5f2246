import Foundation

/// A fast JSON writer for the plain values the reports build (`String`,
/// numbers, `Bool`, `NSNull`, arrays, `[String: Any]`), with sorted keys so
/// output is stable. Foundation's `JSONSerialization` is much slower on
/// Linux, which matters when a run writes thousands of objects.
package enum JSONText {
    package static func compact(_ value: Any) -> String {
        var out = ""
        write(value, into: &out)
        return out
    }

    package static func write(_ value: Any, into out: inout String) {
        // Collections are matched before `NSNull`: asking whether a Swift
        // array or dictionary `is NSNull` bridges it to Foundation first,
        // which made writing a run's JSON many times slower.
        switch value {
        case let text as String: string(text, into: &out)
        case let object as [String: Any]:
            out += "{"
            for (index, element) in object.sorted(by: { $0.key < $1.key }).enumerated() {
                if index > 0 { out += "," }
                string(element.key, into: &out)
                out += ":"
                write(element.value, into: &out)
            }
            out += "}"
        case let array as [Any]:
            out += "["
            for (index, element) in array.enumerated() {
                if index > 0 { out += "," }
                write(element, into: &out)
            }
            out += "]"
        case let bool as Bool: out += bool ? "true" : "false"
        case let int as Int: out += String(int)
        case let int as Int64: out += String(int)
        case let double as Double: out += number(double)
        case is NSNull: out += "null"
        default:
            string(String(describing: value), into: &out)
        }
    }

    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    package static func string(_ text: String, into out: inout String) {
        guard needsEscaping(text) else {
            out += "\""
            out += text
            out += "\""
            return
        }
        var bytes: [UInt8] = []
        string(text, into: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// `text` as a JSON string, quoted and escaped, appended as UTF-8 bytes: the one
    /// escaping rule of every JSON kru writes (`"`, `\`, `\n`, `\r`, `\t`, other
    /// control characters as `\u00XX`; everything else as it is).
    package static func string(_ text: String, into bytes: inout [UInt8]) {
        bytes.append(0x22)
        // Most text needs no escaping: one append.
        guard needsEscaping(text) else {
            bytes.append(contentsOf: text.utf8)
            bytes.append(0x22)
            return
        }
        let hex: StaticString = "0123456789abcdef"
        for byte in text.utf8 {
            switch byte {
            case 0x22: bytes.append(0x5C); bytes.append(0x22)
            case 0x5C: bytes.append(0x5C); bytes.append(0x5C)
            case 0x0A: bytes.append(0x5C); bytes.append(0x6E)
            case 0x0D: bytes.append(0x5C); bytes.append(0x72)
            case 0x09: bytes.append(0x5C); bytes.append(0x74)
            case 0..<0x20:
                bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30])
                bytes.append(hex.utf8Start[Int(byte >> 4)])
                bytes.append(hex.utf8Start[Int(byte & 0xF)])
            default: bytes.append(byte)
            }
        }
        bytes.append(0x22)
    }

    private static func needsEscaping(_ text: String) -> Bool {
        text.utf8.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }
    }
}
