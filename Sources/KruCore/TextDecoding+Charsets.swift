import Foundation

extension TextDecoding {
    /// Decodes bytes in the encoding a page declares (`<meta charset>`), as a
    /// browser does: `windows-1252`, `iso-8859-1`, `latin1` and `us-ascii` all
    /// mean windows-1252; `utf-8` is strict UTF-8; other labels Foundation knows
    /// (`shift_jis`, `windows-1251` …) go through Foundation. A label nobody knows
    /// falls back to UTF-8.
    public static func decode(_ data: Data, declaredEncoding label: String) -> Result<String, Failure> {
        let label = normalizedLabel(label)
        if isUTF8(label: label) { return decode(data) }
        if windows1252Labels.contains(label) {
            let bytes = [UInt8](data)
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return decode(data) }
            if looksBinary(bytes) { return .failure(.binary) }
            var scalars = String.UnicodeScalarView()
            scalars.reserveCapacity(bytes.count)
            for byte in bytes { scalars.append(Windows1252.scalar(forByte: byte) ?? Unicode.Scalar(byte)) }
            return .success(String(scalars))
        }
        guard let encoding = foundationEncodings[label] else { return decode(data) }
        if looksBinary([UInt8](data.prefix(8192))) { return .failure(.binary) }
        guard let text = String(data: data, encoding: encoding) else { return .failure(.invalid(encoding: label)) }
        return .success(text)
    }

    /// Whether a trimmed, lower-case label names UTF-8.
    package static func isUTF8(label: String) -> Bool {
        label == "utf-8" || label == "utf8" || label == "unicode-1-1-utf-8"
    }

    /// The label trimmed and lower-cased; labels of printable ASCII without
    /// spaces (all real ones) skip Foundation's trimming.
    private static func normalizedLabel(_ label: String) -> String {
        let plain = label.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F }
        return (plain ? label : label.trimmingCharacters(in: .whitespacesAndNewlines)).lowercased()
    }

    /// Other labels a page may declare, decoded by Foundation.
    static let foundationEncodings: [String: String.Encoding] = [
        "shift_jis": .shiftJIS, "sjis": .shiftJIS, "windows-31j": .shiftJIS, "euc-jp": .japaneseEUC,
        "iso-2022-jp": .iso2022JP, "iso-8859-2": .isoLatin2, "latin2": .isoLatin2, "windows-1250": .windowsCP1250,
        "windows-1251": .windowsCP1251, "windows-1253": .windowsCP1253, "windows-1254": .windowsCP1254,
        "macintosh": .macOSRoman,
    ]

    /// The labels browsers decode as windows-1252 (WHATWG Encoding standard).
    static let windows1252Labels: Set<String> = [
        "ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1", "iso-ir-100",
        "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1", "us-ascii", "windows-1252",
        "x-cp1252",
    ]
}

/// The windows-1252 code page, which browsers use for Latin-1 pages and for
/// numeric references `&#128;`…`&#159;`.
public enum Windows1252 {
    /// The scalar a byte stands for; bytes 0x81, 0x8D, 0x8F, 0x90 and 0x9D map to
    /// the C1 control of the same value, as in browsers.
    public static func scalar(forByte byte: UInt8) -> Unicode.Scalar? {
        guard byte >= 0x80, byte <= 0x9F else { return Unicode.Scalar(byte) }
        return Unicode.Scalar(high[Int(byte - 0x80)])
    }

    private static let high: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152,
        0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122,
        0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]
}
