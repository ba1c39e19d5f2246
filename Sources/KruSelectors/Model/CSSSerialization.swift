/// CSSOM serialisation of identifiers and strings, and ASCII case folding.
enum CSSSerialization {
    /// Lower-cases ASCII letters only (CSS and HTML names are ASCII case-insensitive).
    static func asciiLowercased(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.value >= 0x41 && scalar.value <= 0x5A {
                scalars.append(Unicode.Scalar(scalar.value + 32)!)
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// CSSOM "serialize an identifier": escapes what would not read back as the same identifier.
    static func identifier(_ name: String) -> String {
        var result = ""
        let scalars = Array(name.unicodeScalars)
        if scalars == ["-"] { return "\\-" }
        for (index, scalar) in scalars.enumerated() {
            let value = scalar.value
            if value == 0 {
                result += "\u{FFFD}"
            } else if (0x1...0x1F).contains(value) || value == 0x7F
                || (index == 0 && (0x30...0x39).contains(value))
                || (index == 1 && (0x30...0x39).contains(value) && scalars[0] == "-")
            {
                result += "\\" + String(value, radix: 16) + " "
            } else if value >= 0x80 || scalar == "-" || scalar == "_" || (0x30...0x39).contains(value)
                || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
            {
                result.unicodeScalars.append(scalar)
            } else {
                result += "\\"
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// CSSOM "serialize a string": double quotes, with `"` and `\` escaped.
    static func string(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value == 0 {
                result += "\u{FFFD}"
            } else if (0x1...0x1F).contains(value) || value == 0x7F {
                result += "\\" + String(value, radix: 16) + " "
            } else if scalar == "\"" || scalar == "\\" {
                result += "\\"
                result.unicodeScalars.append(scalar)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
