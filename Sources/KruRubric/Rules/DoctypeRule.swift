import KruCore
import KruHTML

/// `doctype`: the file begins with `<!DOCTYPE html>` (any letter case, optional
/// whitespace before `html` and before `>`); whitespace and comments before it are
/// allowed, as browsers allow them. A legacy doctype with a public or system identifier
/// (`<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN">`) does not begin with
/// `<!DOCTYPE html>` and fails.
enum DoctypeRule {
    static func evaluate(_ document: HTMLDocument) -> Outcome {
        let bytes = Array(document.source.utf8)
        var index = 0
        let expected = LocalizedText(
            en: "expected <!DOCTYPE html> at the very start of the file",
            km: "ត្រូវដាក់ <!DOCTYPE html> នៅដើមបំផុតនៃឯកសារ")
        func at(_ prefix: String) -> Bool {
            let p = Array(prefix.utf8)
            guard index + p.count <= bytes.count else { return false }
            return zip(bytes[index..<index + p.count], p).allSatisfy { lower($0) == $1 }
        }
        while index < bytes.count {
            if isSpace(bytes[index]) {
                index += 1
            } else if at("<!--") {
                guard let end = find(Array("-->".utf8), in: bytes, from: index + 4) else { break }
                index = end + 3
            } else if at("<?") {
                guard let end = bytes[index...].firstIndex(of: UInt8(ascii: ">")) else { break }
                index = end + 1
            } else {
                break
            }
        }
        let location = document.lines.location(ofByteOffset: index)
        if at("<!doctype") {
            var cursor = index + 9
            while cursor < bytes.count, isSpace(bytes[cursor]) { cursor += 1 }
            var name: [UInt8] = []
            while cursor < bytes.count, !isSpace(bytes[cursor]), bytes[cursor] != UInt8(ascii: ">") {
                name.append(lower(bytes[cursor]))
                cursor += 1
            }
            let written = String(decoding: name, as: UTF8.self)
            while cursor < bytes.count, isSpace(bytes[cursor]) { cursor += 1 }
            if written == "html", cursor < bytes.count, bytes[cursor] == UInt8(ascii: ">") {
                return .pass(LocalizedText(en: "the file begins with <!DOCTYPE html>", km: "ឯកសារចាប់ផ្ដើមដោយ <!DOCTYPE html>"), at: location)
            }
            if written == "html" {
                // <!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN" …>: not the doctype of today's HTML.
                return .fail(
                    LocalizedText(
                        en: "the doctype at line \(location.line) is an old one with more words after html",
                        km: "doctype នៅបន្ទាត់ទី \(location.line) ជាប្រភេទចាស់ ដែលមានពាក្យផ្សេងទៀតបន្ទាប់ពី html"),
                    expected: expected, at: location)
            }
            return .fail(
                LocalizedText(
                    en: "the doctype at line \(location.line) names \"\(written)\" instead of html",
                    km: "doctype នៅបន្ទាត់ទី \(location.line) សរសេរ \"\(written)\" ជំនួសឱ្យ html"),
                expected: expected, at: location)
        }
        if index >= bytes.count {
            return .fail(LocalizedText(en: "the file is empty", km: "ឯកសារទទេ"), expected: expected, at: location)
        }
        let lineText = document.lines.lineText(location.line) ?? ""
        let start = lineText.unicodeScalars.dropFirst(location.column - 1)
        let snippet = Phrases.quote(String(Substring(start)), limit: 30)
        if let offset = findIgnoringASCIICase(Array("<!doctype".utf8), in: bytes, from: index) {
            let line = document.lines.location(ofByteOffset: offset).line
            return .fail(
                LocalizedText(
                    en: "the file begins with \(snippet) at line \(location.line); the doctype at line \(line) comes too late",
                    km: "ឯកសារចាប់ផ្ដើមដោយ \(snippet) នៅបន្ទាត់ទី \(location.line); doctype នៅបន្ទាត់ទី \(line) មកយឺតពេក"),
                expected: expected, at: location)
        }
        return .fail(
            LocalizedText(
                en: "the file begins with \(snippet) at line \(location.line) and has no doctype",
                km: "ឯកសារចាប់ផ្ដើមដោយ \(snippet) នៅបន្ទាត់ទី \(location.line) ហើយគ្មាន doctype ទេ"),
            expected: expected, at: location)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }

    private static func lower(_ byte: UInt8) -> UInt8 {
        (byte >= 0x41 && byte <= 0x5A) ? byte + 0x20 : byte
    }

    /// Where `needle` (lowercase) is next written in `bytes`, in any ASCII letter case.
    private static func findIgnoringASCIICase(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index..<index + needle.count].lazy.map(lower).elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
