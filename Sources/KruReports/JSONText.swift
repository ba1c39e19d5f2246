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

    static func string(_ text: String, into out: inout String) {
        out += "\""
        let utf8 = text.utf8
        if !utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
            out += text
        } else {
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                default:
                    if scalar.value < 0x20 {
                        out += String(format: "\\u%04x", scalar.value)
                    } else {
                        out.unicodeScalars.append(scalar)
                    }
                }
            }
        }
        out += "\""
    }
}
