import Foundation
import KruCore
import KruReports

/// Reads a stored result (the JSON ``StreamingJSON`` writes of a
/// ``GradedSubmission``) straight from its bytes: `JSONDecoder` builds a map
/// of the whole document and goes through `Decodable`'s containers for every
/// field, which cost more than rendering every report of a run.
///
/// Strict on purpose: it reads exactly the fields of the result types with
/// the meaning their synthesized `Decodable` gives them (an optional field
/// may be absent or `null`), and gives up (`nil`) on anything else: an
/// unknown or repeated key, a number it would have to round, a string that
/// is not valid UTF-8 or holds a raw control character, a lone surrogate.
/// Callers then decode with `JSONDecoder`, so a row written by another
/// version of kru reads exactly as before, only slower.
package enum StoredResultReader {
    /// The submission stored in `data`, or `nil` when this reader cannot be sure to read it as `JSONDecoder` would.
    package static func decode(_ data: Data) -> GradedSubmission? {
        data.withUnsafeBytes { raw -> GradedSubmission? in
            var reader = JSONBytes(raw.bindMemory(to: UInt8.self))
            do {
                let value = try reader.gradedSubmission()
                reader.skipSpace()
                return reader.index == reader.bytes.count ? value : nil
            } catch {
                return nil
            }
        }
    }
}

/// Not the JSON this reader knows: decode with `JSONDecoder` instead.
struct Unreadable: Error {}

/// A cursor over JSON text, reading the result types field by field.
struct JSONBytes {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    // MARK: The result types

    mutating func gradedSubmission() throws(Unreadable) -> GradedSubmission {
        var result: GradeResult?, excerpts: [SourceExcerpt]?, picture: String?, sawPicture = false
        try object { (r, key) throws(Unreadable) in
            switch key {
            case "result" where result == nil: result = try r.gradeResult()
            case "excerpts" where excerpts == nil: excerpts = try r.array { (r) throws(Unreadable) in try r.excerpt() }
            case "picture" where !sawPicture:
                sawPicture = true
                picture = try r.optional { (r) throws(Unreadable) in try r.string() }
            default: throw Unreadable()
            }
        }
        guard let result, let excerpts else { throw Unreadable() }
        return GradedSubmission(result: result, excerpts: excerpts, picture: picture)
    }

    mutating func gradeResult() throws(Unreadable) -> GradeResult {
        var exercise: String?, title: LocalizedText?, checks: [CheckResult]?, diagnostics: [Finding]?
        var run: RunSummary?, sawRun = false
        try object { (r, key) throws(Unreadable) in
            switch key {
            case "exercise" where exercise == nil: exercise = try r.string()
            case "title" where title == nil: title = try r.localizedText()
            case "checks" where checks == nil: checks = try r.array { (r) throws(Unreadable) in try r.checkResult() }
            case "diagnostics" where diagnostics == nil: diagnostics = try r.array { (r) throws(Unreadable) in try r.finding() }
            case "run" where !sawRun:
                sawRun = true
                run = try r.optional { (r) throws(Unreadable) in try r.runSummary() }
            default: throw Unreadable()
            }
        }
        guard let exercise, let title, let checks, let diagnostics else { throw Unreadable() }
        return GradeResult(exercise: exercise, title: title, checks: checks, diagnostics: diagnostics, run: run)
    }

    mutating func checkResult() throws(Unreadable) -> CheckResult {
        var id: String?, status: CheckStatus?, points: Double?, maxPoints: Double?
        var title: LocalizedText?, message: LocalizedText?, notes: [LocalizedText]?
        var hint: LocalizedText?, location: SourceLocation?
        var seen: (hint: Bool, location: Bool) = (false, false)
        try object { (r, key) throws(Unreadable) in
            switch key {
            case "id" where id == nil: id = try r.string()
            case "status" where status == nil:
                guard let value = CheckStatus(rawValue: try r.string()) else { throw Unreadable() }
                status = value
            case "points" where points == nil: points = try r.double()
            case "maxPoints" where maxPoints == nil: maxPoints = try r.double()
            case "title" where title == nil: title = try r.localizedText()
            case "message" where message == nil: message = try r.localizedText()
            case "notes" where notes == nil: notes = try r.array { (r) throws(Unreadable) in try r.localizedText() }
            case "hint" where !seen.hint:
                seen.hint = true
                hint = try r.optional { (r) throws(Unreadable) in try r.localizedText() }
            case "location" where !seen.location:
                seen.location = true
                location = try r.optional { (r) throws(Unreadable) in try r.sourceLocation() }
            default: throw Unreadable()
            }
        }
        guard let id, let status, let points, let maxPoints, let title, let message, let notes else { throw Unreadable() }
        return CheckResult(
            id: id, status: status, points: points, maxPoints: maxPoints, title: title, message: message, hint: hint,
            location: location, notes: notes)
    }

    mutating func finding() throws(Unreadable) -> Finding {
        var id: String?, severity: Severity?, message: LocalizedText?, notes: [LocalizedText]?
        var location: SourceLocation?, sawLocation = false
        try object { (r, key) throws(Unreadable) in
            switch key {
            case "id" where id == nil: id = try r.string()
            case "severity" where severity == nil:
                guard let value = Severity(rawValue: try r.string()) else { throw Unreadable() }
                severity = value
            case "message" where message == nil: message = try r.localizedText()
            case "notes" where notes == nil: notes = try r.array { (r) throws(Unreadable) in try r.localizedText() }
            case "location" where !sawLocation:
                sawLocation = true
                location = try r.optional { (r) throws(Unreadable) in try r.sourceLocation() }
            default: throw Unreadable()
            }
        }
        guard let id, let severity, let message, let notes else { throw Unreadable() }
        return Finding(id: id, severity: severity, message: message, location: location, notes: notes)
    }

    mutating func runSummary() throws(Unreadable) -> RunSummary {
        var outcome: RunSummary.Outcome?, steps: Int?, blocks: Int?, block: String?, sawBlock = false
        try object { (r, key) throws(Unreadable) in
            switch key {
            case "outcome" where outcome == nil:
                guard let value = RunSummary.Outcome(rawValue: try r.string()) else { throw Unreadable() }
                outcome = value
            case "steps" where steps == nil: steps = try r.int()
            case "blocks" where blocks == nil: blocks = try r.int()
            case "block" where !sawBlock:
                sawBlock = true
                block = try r.optional { (r) throws(Unreadable) in try r.string() }
            default: throw Unreadable()
            }
        }
        guard let outcome, let steps, let blocks else { throw Unreadable() }
        return RunSummary(outcome: outcome, steps: steps, blocks: blocks, block: block)
    }

    mutating func localizedText() throws(Unreadable) -> LocalizedText {
        var en: String?, km: String?
        try object { (r, key) throws(Unreadable) in
            switch key {
            case "en" where en == nil: en = try r.string()
            case "km" where km == nil: km = try r.string()
            default: throw Unreadable()
            }
        }
        guard let en, let km else { throw Unreadable() }
        return LocalizedText(en: en, km: km)
    }

    mutating func sourceLocation() throws(Unreadable) -> SourceLocation {
        var file: String?, line: Int?, column: Int?
        try object { (r, key) throws(Unreadable) in
            switch key {
            case "file" where file == nil: file = try r.string()
            case "line" where line == nil: line = try r.int()
            case "column" where column == nil: column = try r.int()
            default: throw Unreadable()
            }
        }
        guard let file, let line, let column else { throw Unreadable() }
        return SourceLocation(file: file, line: line, column: column)
    }

    mutating func excerpt() throws(Unreadable) -> SourceExcerpt {
        var file: String?, line: Int?, text: String?
        try object { (r, key) throws(Unreadable) in
            switch key {
            case "file" where file == nil: file = try r.string()
            case "line" where line == nil: line = try r.int()
            case "text" where text == nil: text = try r.string()
            default: throw Unreadable()
            }
        }
        guard let file, let line, let text else { throw Unreadable() }
        return SourceExcerpt(file: file, line: line, text: text)
    }

    // MARK: JSON

    mutating func skipSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    /// The next byte after white space (0 at the end, which no value starts with).
    mutating func peek() -> UInt8 {
        skipSpace()
        return index < bytes.count ? bytes[index] : 0
    }

    mutating func expect(_ byte: UInt8) throws(Unreadable) {
        guard peek() == byte else { throw Unreadable() }
        index += 1
    }

    /// An object: `member` reads the value of each key.
    mutating func object(_ member: (inout JSONBytes, String) throws(Unreadable) -> Void) throws(Unreadable) {
        try expect(UInt8(ascii: "{"))
        if peek() == UInt8(ascii: "}") {
            index += 1
            return
        }
        while true {
            let key = try string()
            try expect(UInt8(ascii: ":"))
            try member(&self, key)
            switch peek() {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"):
                index += 1
                return
            default: throw Unreadable()
            }
        }
    }

    mutating func array<Element>(_ element: (inout JSONBytes) throws(Unreadable) -> Element) throws(Unreadable) -> [Element] {
        try expect(UInt8(ascii: "["))
        var elements: [Element] = []
        if peek() == UInt8(ascii: "]") {
            index += 1
            return elements
        }
        while true {
            elements.append(try element(&self))
            switch peek() {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "]"):
                index += 1
                return elements
            default: throw Unreadable()
            }
        }
    }

    /// `null`, or the value `read` reads (what `decodeIfPresent` does).
    mutating func optional<Value>(_ read: (inout JSONBytes) throws(Unreadable) -> Value) throws(Unreadable) -> Value? {
        guard peek() == UInt8(ascii: "n") else { return try read(&self) }
        guard index + 4 <= bytes.count, bytes[index + 1] == UInt8(ascii: "u"), bytes[index + 2] == UInt8(ascii: "l"),
              bytes[index + 3] == UInt8(ascii: "l")
        else { throw Unreadable() }
        index += 4
        return nil
    }

    mutating func string() throws(Unreadable) -> String {
        try expect(UInt8(ascii: "\""))
        let start = index
        var ascii = true
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let text = UnsafeBufferPointer(rebasing: bytes[start..<index])
                index += 1
                if ascii { return String(decoding: text, as: UTF8.self) }
                guard let valid = String(validating: text, as: UTF8.self) else { throw Unreadable() }
                return valid
            }
            if byte == UInt8(ascii: "\\") { return try escapedString(from: start) }
            if byte < 0x20 { throw Unreadable() }
            if byte >= 0x80 { ascii = false }
            index += 1
        }
        throw Unreadable()
    }

    /// The rest of a string holding escapes; `start` is its first byte.
    private mutating func escapedString(from start: Int) throws(Unreadable) -> String {
        var text = Array(bytes[start..<index])
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\""):
                guard let valid = String(validating: text, as: UTF8.self) else { throw Unreadable() }
                return valid
            case UInt8(ascii: "\\"):
                guard index < bytes.count else { throw Unreadable() }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): text.append(escape)
                case UInt8(ascii: "b"): text.append(0x08)
                case UInt8(ascii: "f"): text.append(0x0C)
                case UInt8(ascii: "n"): text.append(0x0A)
                case UInt8(ascii: "r"): text.append(0x0D)
                case UInt8(ascii: "t"): text.append(0x09)
                case UInt8(ascii: "u"):
                    var value = try hex4()
                    if (0xD800..<0xDC00).contains(value) {
                        // A surrogate pair: the low half must follow at once.
                        guard index + 2 <= bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
                        else { throw Unreadable() }
                        index += 2
                        let low = try hex4()
                        guard (0xDC00..<0xE000).contains(low) else { throw Unreadable() }
                        value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let scalar = Unicode.Scalar(value) else { throw Unreadable() }
                    text.append(contentsOf: UTF8.encode(scalar)!)
                default: throw Unreadable()
                }
            default:
                if byte < 0x20 { throw Unreadable() }
                text.append(byte)
            }
        }
        throw Unreadable()
    }

    private mutating func hex4() throws(Unreadable) -> UInt32 {
        guard index + 4 <= bytes.count else { throw Unreadable() }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            index += 1
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw Unreadable()
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// An integer written without fraction or exponent, as kru writes them.
    mutating func int() throws(Unreadable) -> Int {
        let (start, integral, whole) = try number()
        guard whole, integral <= 18 else { throw Unreadable() }
        return try integer(start..<index)
    }

    mutating func double() throws(Unreadable) -> Double {
        let (start, integral, whole) = try number()
        // Up to 15 digits, an integer is exact in a Double: no rounding to get wrong.
        if whole, integral <= 15 { return Double(try integer(start..<index)) }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else { throw Unreadable() }
        return value
    }

    /// The value of the digits in `range`, after an optional minus sign.
    private func integer(_ range: Range<Int>) throws(Unreadable) -> Int {
        var position = range.lowerBound
        let negative = bytes[position] == UInt8(ascii: "-")
        if negative { position += 1 }
        var value = 0
        while position < range.upperBound {
            value = value * 10 + Int(bytes[position] - UInt8(ascii: "0"))
            position += 1
        }
        // `-0` is a Double of its own: left to JSONDecoder.
        if negative && value == 0 { throw Unreadable() }
        return negative ? -value : value
    }

    /// Scans a JSON number; returns where it starts, its count of integral
    /// digits, and whether it has neither fraction nor exponent.
    private mutating func number() throws(Unreadable) -> (start: Int, integral: Int, whole: Bool) {
        skipSpace()
        let start = index
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        let digitsStart = index
        let integral = digits()
        guard integral > 0, integral == 1 || bytes[digitsStart] != UInt8(ascii: "0") else { throw Unreadable() }
        var whole = true
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { throw Unreadable() }
            whole = false
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard digits() > 0 else { throw Unreadable() }
            whole = false
        }
        return (start, integral, whole)
    }

    private mutating func digits() -> Int {
        let start = index
        while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") { index += 1 }
        return index - start
    }
}
