import Foundation
import KruCore
import KruHTML

/// `doctype`: the file begins with `<!DOCTYPE html>` (any letter case, optional
/// whitespace before `html` and before `>`); whitespace and comments before it are
/// allowed, as browsers allow them. A legacy doctype with a public or system identifier
/// (`<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN">`) does not begin with
/// `<!DOCTYPE html>` and fails.
enum DoctypeRule {
    static func evaluate(_ document: HTMLDocument) -> Outcome {
        var source = document.source
        return source.withUTF8 { evaluate(document, bytes: $0) }
    }

    /// Judges the page whose source is `bytes` (UTF-8).
    private static func evaluate(_ document: HTMLDocument, bytes: UnsafeBufferPointer<UInt8>) -> Outcome {
        var index = 0
        let expected = LocalizedText(
            en: "expected <!DOCTYPE html> at the very start of the file",
            km: "ត្រូវដាក់ <!DOCTYPE html> នៅដើមបំផុតនៃឯកសារ")
        /// Whether `prefix` (lowercase ASCII) is written at `index`, in any letter case.
        func at(_ prefix: StaticString) -> Bool {
            let count = prefix.utf8CodeUnitCount
            guard index + count <= bytes.count else { return false }
            for offset in 0..<count where lower(bytes[index + offset]) != prefix.utf8Start[offset] { return false }
            return true
        }
        while index < bytes.count {
            if isSpace(bytes[index]) {
                index += 1
            } else if at("<!--") {
                guard let end = find("-->", in: bytes, from: index + 4) else { break }
                index = end + 3
            } else if at("<?") {
                guard let end = bytes[index...].firstIndex(of: UInt8(ascii: ">")) else { break }
                index = end + 1
            } else {
                break
            }
        }
        // A page that starts with its doctype (most do) is located without the line index (a
        // copy of it, with its arrays, costs more than the rest of the check).
        let location = index == 0
            ? SourceLocation(file: document.file, line: 1, column: 1) : document.lines.location(ofByteOffset: index)
        if at("<!doctype") {
            var cursor = index + 9
            while cursor < bytes.count, isSpace(bytes[cursor]) { cursor += 1 }
            let nameStart = cursor
            while cursor < bytes.count, !isSpace(bytes[cursor]), bytes[cursor] != UInt8(ascii: ">") { cursor += 1 }
            let name = bytes[nameStart..<cursor].lazy.map(lower)
            let namesHTML = cursor - nameStart == 4 && lower(bytes[nameStart]) == UInt8(ascii: "h")
                && lower(bytes[nameStart + 1]) == UInt8(ascii: "t") && lower(bytes[nameStart + 2]) == UInt8(ascii: "m")
                && lower(bytes[nameStart + 3]) == UInt8(ascii: "l")
            while cursor < bytes.count, isSpace(bytes[cursor]) { cursor += 1 }
            if namesHTML, cursor < bytes.count, bytes[cursor] == UInt8(ascii: ">") {
                return .pass(LocalizedText(en: "the file begins with <!DOCTYPE html>", km: "ឯកសារចាប់ផ្ដើមដោយ <!DOCTYPE html>"), at: location)
            }
            if namesHTML {
                // <!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN" …>: not the doctype of today's HTML.
                return .fail(
                    LocalizedText(
                        en: "the doctype at line \(location.line) is an old one with more words after html",
                        km: "doctype នៅបន្ទាត់ទី \(location.line) ជាប្រភេទចាស់ ដែលមានពាក្យផ្សេងទៀតបន្ទាប់ពី html"),
                    expected: expected, at: location)
            }
            let written = String(decoding: name, as: UTF8.self)
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
        if let offset = findIgnoringASCIICase("<!doctype", in: bytes, from: index) {
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
    private static func findIgnoringASCIICase(_ needle: StaticString, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        find(needle, in: bytes, from: start, ignoringCase: true)
    }

    /// Where `needle` is next written in `bytes` (in any ASCII letter case when `ignoringCase`;
    /// `needle` is then lowercase).
    private static func find(
        _ needle: StaticString, in bytes: UnsafeBufferPointer<UInt8>, from start: Int, ignoringCase: Bool = false
    ) -> Int? {
        let count = needle.utf8CodeUnitCount
        let first = needle.utf8Start[0]
        // A first byte that is not a letter is the same in any case: memchr finds it.
        let firstHasCase = ignoringCase && lower(first) >= 0x61 && lower(first) <= 0x7A
        var index = start
        search: while index + count <= bytes.count {
            // Most bytes are not the needle's first: skip them quickly.
            if !firstHasCase, let base = bytes.baseAddress {
                guard let found = memchr(base + index, Int32(first), bytes.count - index) else { return nil }
                index = UnsafeRawPointer(found) - UnsafeRawPointer(base)
                guard index + count <= bytes.count else { return nil }
            } else {
                let byte = bytes[index]
                if byte != first && !(ignoringCase && lower(byte) == first) {
                    index += 1
                    continue
                }
            }
            for offset in 1..<count {
                let other = bytes[index + offset]
                if (ignoringCase ? lower(other) : other) != needle.utf8Start[offset] {
                    index += 1
                    continue search
                }
            }
            return index
        }
        return nil
    }
}
