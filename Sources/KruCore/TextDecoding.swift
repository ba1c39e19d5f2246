import Foundation

/// Decodes the bytes of a student's text file (HTML, CSS, a program).
///
/// kru reads UTF-8 (with or without a byte-order mark) and, as browsers do,
/// UTF-16 that starts with its byte-order mark (what old Notepad saves as
/// "Unicode"). Bytes that are not text (NUL bytes, invalid UTF-8) are an
/// error that names the file, never a crash and never silent garbage.
public enum TextDecoding {
    /// Why bytes could not be read as text.
    public enum Failure: Error, Hashable, Sendable {
        /// The file holds binary data (a picture, a Word document…).
        case binary
        /// The bytes are not valid in the named encoding.
        case invalid(encoding: String)
        /// A UTF-16 byte-order mark followed by bytes that are not valid UTF-16.
        case utf16
    }

    /// Decodes a text file: UTF-8 without or with a byte-order mark (dropped),
    /// or UTF-16 announced by its byte-order mark.
    public static func decode(_ data: Data) -> Result<String, Failure> {
        // Read in place: no copy of the bytes before the one the String makes.
        data.withUnsafeBytes { raw -> Result<String, Failure> in
            var bytes = raw.bindMemory(to: UInt8.self)
            if bytes.count >= 2, (bytes[0] == 0xFE && bytes[1] == 0xFF) || (bytes[0] == 0xFF && bytes[1] == 0xFE) {
                return decodeUTF16(Array(bytes))
            }
            if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
                bytes = UnsafeBufferPointer(rebasing: bytes[3...])
            }
            return decodeUTF8(bytes)
        }
    }

    /// Strict UTF-8, for bytes without a byte-order mark: `.binary` when they
    /// look binary (``looksBinary(_:)``), `.invalid` when they are not UTF-8,
    /// else the text. Reads the bytes once (``UTF8Scan``) and copies them once.
    package static func decodeUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<String, Failure> {
        switch UTF8Scan.verdict(bytes) {
        case .text(let isASCII): return .success(UTF8Scan.string(bytes, isASCII: isASCII))
        case .binary: return .failure(.binary)
        case .invalid: return .failure(.invalid(encoding: "UTF-8"))
        }
    }

    private static func decodeUTF16(_ bytes: [UInt8]) -> Result<String, Failure> {
        let bigEndian = bytes[0] == 0xFE
        let body = bytes.dropFirst(2)
        guard body.count % 2 == 0 else { return .failure(.utf16) }
        var units: [UInt16] = []
        units.reserveCapacity(body.count / 2)
        var index = body.startIndex
        while index < body.endIndex {
            let (first, second) = (UInt16(body[index]), UInt16(body[index + 1]))
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        guard let text = String(validating: units, as: UTF16.self) else { return .failure(.utf16) }
        if looksBinary(Array(text.utf8)) { return .failure(.binary) }
        return .success(text)
    }

    /// True when the bytes contain NUL or many control characters: not a text file.
    public static func looksBinary(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { looksBinary($0) }
    }

    /// True when the bytes contain NUL or many control characters (in their
    /// first 8 KiB): not a text file.
    package static func looksBinary(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = min(bytes.count, 8192)
        guard count > 0, let base = bytes.baseAddress else { return false }
        var controls = 0
        var index = 0
        while index < count {
            // Eight bytes at a time: most words of a text hold no byte below 0x20.
            if index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                    continue
                }
            }
            for byte in UnsafeBufferPointer(rebasing: bytes[index..<min(index + 8, count)]) where byte < 0x20 {
                if byte == 0 { return true }
                if byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C { controls += 1 }
            }
            index += 8
        }
        return controls * 10 > count
    }

    /// A student-facing explanation of a failure, naming the file.
    public static func message(_ failure: Failure, file: String) -> LocalizedText {
        switch failure {
        case .binary:
            return LocalizedText(
                en: "\(file) is not a text file (it looks like a picture or another binary file); save your work as plain text from your code editor",
                km: "\(file) មិនមែនជាឯកសារអត្ថបទទេ (វាដូចជារូបភាព ឬឯកសារប្រភេទផ្សេង); សូមរក្សាទុកការងាររបស់អ្នកជាអត្ថបទធម្មតាពីកម្មវិធីសរសេរកូដ"
            )
        case .invalid(let encoding):
            return LocalizedText(
                en: "\(file) is not valid \(encoding) text; in your editor choose \"Save with encoding\" → UTF-8",
                km: "\(file) មិនមែនជាអត្ថបទ \(encoding) ត្រឹមត្រូវទេ; នៅក្នុងកម្មវិធីសរសេរកូដ សូមជ្រើស \"Save with encoding\" → UTF-8"
            )
        case .utf16:
            return LocalizedText(
                en: "\(file) starts like UTF-16 (\"Unicode\") text but is not valid UTF-16; save it again as UTF-8",
                km: "\(file) ចាប់ផ្ដើមដូចអត្ថបទ UTF-16 (\"Unicode\") ប៉ុន្តែមិនមែនជា UTF-16 ត្រឹមត្រូវទេ; សូមរក្សាទុកវាម្ដងទៀតជា UTF-8"
            )
        }
    }
}
